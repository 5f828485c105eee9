"""template/verbatim-copy against a large library: load time, memory, time per draft, and what it flags.

The library is bench/out/dupes-<count>.jsonl (bench/dupes_library.py). Drafts:
- copied: --drafts macros of the library with the addressee's name filled in (片岡 優子 様):
  each should be flagged;
- written: --drafts email replies of ../shared/bench/make_corpus.py from another seed, which
  are not in the library (but are built from the same fragments): few should be flagged.

    .venv/bin/python bench/verbatim.py                       # 50,000 macros, 200 drafts of each kind
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dupes_library  # noqa: E402

_ADDRESSEE = re.compile(r"^[^\n]{1,30}?\s?様$", re.M)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=50000)
    ap.add_argument("--drafts", type=int, default=200)
    args = ap.parse_args(argv)
    lib = HERE / "out" / f"dupes-{args.count}.jsonl"
    if not lib.exists():
        (HERE / "out").mkdir(exist_ok=True)
        dupes_library.main(["--count", str(args.count), "--out", str(lib), "--truth", str(lib.with_suffix(".truth.json"))])

    import replylint
    from replylint.readers import read_path

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu = time.perf_counter(), time.process_time()
    library = replylint.TemplateLibrary.from_paths([str(lib)])
    load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    linter = replylint.get_linter()
    rule = "template/verbatim-copy"

    macros = read_path(str(lib))
    step = max(1, len(macros) // args.drafts)
    copied = [_ADDRESSEE.sub("片岡 優子 様", m.text, count=1) for m in macros[::step][:args.drafts]]
    corpus = dupes_library._corpus()
    written = [corpus.make_reply("other", i, {"email": 1.0})["text"] for i in range(args.drafts)]

    def flagged(texts):
        times, hits = [], 0
        for text in texts:
            t = time.perf_counter()
            report = linter.lint(text, templates=library)
            times.append(time.perf_counter() - t)
            hits += any(f.rule == rule for f in report.findings)
        return hits, statistics.median(times)

    copied_hits, copied_time = flagged(copied)
    written_hits, written_time = flagged(written)
    baseline = statistics.median([_timed(linter.lint, t) for t in written])
    print(f"library: {len(library)} macros from {lib.name}, loaded in {load:.1f} s (CPU {load_cpu:.1f} s); "
          f"peak RSS {peak:.0f} MiB (before loading: {before:.0f} MiB)\n")
    print("| drafts | flagged | lint time per draft, median (ms) |")
    print("|---|---:|---:|")
    print(f"| {len(copied)} library macros with the name filled in | {copied_hits} | {copied_time * 1000:.1f} |")
    print(f"| {len(written)} replies not in the library | {written_hits} | {written_time * 1000:.1f} |")
    print(f"| the same {len(written)} replies, no templates | — | {baseline * 1000:.1f} |")
    return 0


def _timed(f, *args) -> float:
    t = time.perf_counter()
    f(*args)
    return time.perf_counter() - t


if __name__ == "__main__":
    sys.exit(main())
