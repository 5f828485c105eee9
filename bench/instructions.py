"""Instructions per reply, counted by valgrind (callgrind): a before/after comparison that the
machine's noise cannot touch. Wall and CPU times on a shared 2-core machine move by 10-20 %
from one run to the next; the instruction count of the same code on the same input does not.

    python bench/instructions.py --count 300                       # this checkout
    python bench/instructions.py --count 300 --before ../old/.venv/bin/python

Each Python runs a small driver twice under callgrind, linting the first --count replies of the
generated corpus (../shared/bench/make_corpus.py, seed 1) and linting only one (start-up, imports,
loading the rules, compiling the patterns); the difference over count - 1 is the cost per reply. Slow: valgrind runs Python
about 50 times slower than it runs alone.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

DRIVER = r"""
import sys
from pathlib import Path
import replylint
from replylint.document import parse
folder, count, stage = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
files = sorted(folder.glob("*.txt"))[:count]
linter = replylint.get_linter()
try:  # patterns that compile on first use: compile them now, as start-up (the count for one reply)
    from replylint import regexes
    for g in regexes._grammars:
        g.regex, g.gate
except (ImportError, AttributeError):
    pass
for p in files:
    text = p.read_text(encoding="utf-8")
    if stage == "parse":
        parse(text, linter.backend, "email")
    else:
        linter.lint(text, "email")
"""


def instructions(python: str, folder: Path, count: int, stage: str = "lint") -> int:
    if not shutil.which("valgrind"):
        raise SystemExit("bench/instructions.py: valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        driver = Path(tmp) / "driver.py"
        driver.write_text(DRIVER, encoding="utf-8")
        out = Path(tmp) / "callgrind.out"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", python, str(driver),
                               str(folder), str(count), stage], capture_output=True, text=True, env=env, cwd=tmp)
        m = re.search(r"Collected : (\d+)", proc.stderr)
        if proc.returncode != 0 or not m:
            raise SystemExit(f"bench/instructions.py: {python} failed:\n{proc.stderr[-2000:]}")
        return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=300, help="replies to lint (default 300)")
    ap.add_argument("--before", metavar="PYTHON", help="the Python of another build (an older checkout's venv)")
    ap.add_argument("--stage", choices=("lint", "parse"), default="lint",
                    help="what to count: a full lint (default) or parsing alone")
    args = ap.parse_args()
    from run import make_corpus  # the benchmark's corpus, generated once

    folder, _ = make_corpus(2000)
    pythons = {"after": sys.executable}
    if args.before:
        pythons = {"before": args.before, **pythons}
    per_reply = {}
    for name, python in pythons.items():
        one = instructions(python, folder, 1, args.stage)
        many = instructions(python, folder, args.count, args.stage)
        per_reply[name] = (many - one) / (args.count - 1)
        print(f"{name}: {per_reply[name]:,.0f} instructions per reply, {args.stage} ({python})", flush=True)
    if args.before:
        print(f"after / before: {per_reply['after'] / per_reply['before']:.3f}")


if __name__ == "__main__":
    main()
