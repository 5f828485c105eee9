"""An atheris fuzz target for the readers (bytes -> replies -> findings), issue 14.

Every input file kind is fed the fuzzer's bytes through the same path as the CLI (read a file,
decode, parse, lint); an InputError is a correct refusal, and any other exception is a bug.

    .venv/bin/pip install atheris                      # not a dependency of replylint
    .venv/bin/python bench/fuzz_readers.py -max_total_time=60     # a bounded run (seconds)
    .venv/bin/python bench/fuzz_readers.py -runs=2000              # or a number of inputs

Other libFuzzer flags work as usual (a corpus folder as the last argument keeps what was found).
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    import replylint
    from replylint.readers import InputError, read_path

SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".csv", ".tsv", ".yaml", ".eml", ".html")
_dir = tempfile.mkdtemp(prefix="replylint-fuzz-")
_linter = replylint.get_linter()


def one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    channel = ("email", "chat", "sns")[data[0] // len(SUFFIXES) % 3]
    path = os.path.join(_dir, "input" + suffix)
    with open(path, "wb") as f:
        f.write(data[1:])
    try:
        replies = read_path(path, limit=1 << 20)
    except InputError:
        return
    for r in replies:
        report = _linter.lint(r.text, channel, mode=r.mode or "draft")
        for finding in report.findings:
            assert 0 <= finding.start <= finding.end <= len(r.text), finding


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
