"""Cold start: one draft, one process, as CI and pre-commit start replylint for each batch.

    python bench/startup.py                                   # this checkout's replylint
    python bench/startup.py --before ../old/.venv/bin/replylint --runs 21

Runs, interleaved so that the machine's load falls on all of them alike:
- `python -c pass`: the interpreter alone;
- the tokenizer alone (bench/floor.py on the same draft: import fugashi, load unidic-lite,
  tokenize the file);
- `replylint DRAFT` of this checkout (the console script next to this Python) and, with
  --before, another build's.
Prints the median wall time and the median peak resident memory (ru_maxrss of each process,
from wait4) of each, and replylint's ratio to the tokenizer alone. With --instructions, also
each command's instruction count under valgrind (callgrind): the same on a busy machine as on
a quiet one, for a before/after comparison that load cannot blur.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
DRAFT = ROOT / "examples" / "email-with-problems.txt"


def run_once(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one run of argv; its output is discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if proc.returncode not in (0, 1):  # 1: the draft has findings
        raise SystemExit(f"bench/startup.py: {' '.join(argv)} exited {proc.returncode}:\n{err[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def instructions(argv: list[str]) -> int:
    """Instructions executed by one run of argv (children not traced); 1 (findings) is a success."""
    from instructions import counted  # bench/instructions.py

    return counted(argv, cwd=ROOT, ok=(0, 1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    ap.add_argument("--before", metavar="REPLYLINT", help="another build's replylint console script")
    ap.add_argument("--draft", type=Path, default=DRAFT, help="the draft to check (default: the shipped example)")
    ap.add_argument("--instructions", action="store_true", help="also count each command's instructions (valgrind)")
    args = ap.parse_args()
    here = Path(sys.executable).with_name("replylint")
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "tokenizer alone": [sys.executable, str(ROOT / "bench" / "floor.py"), str(args.draft)],
    }
    if args.before:
        commands["replylint (before)"] = [args.before, str(args.draft)]
    commands["replylint"] = [str(here), str(args.draft)]
    got: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for name, argv in commands.items():  # one untimed run each: the files are in the page cache
        run_once(argv)
    for _ in range(args.runs):
        for name, argv in commands.items():
            got[name].append(run_once(argv))
    floor = statistics.median(w for w, _ in got["tokenizer alone"])
    print(f"{'command':<22}{'median s':>10}{'peak MB':>10}{'× tokenizer':>13}")
    for name, runs in got.items():
        wall = statistics.median(w for w, _ in runs)
        rss = statistics.median(m for _, m in runs)
        print(f"{name:<22}{wall:>10.3f}{rss:>10.1f}{wall / floor:>13.2f}")
    print(f"({args.runs} runs each, interleaved; draft {args.draft.name})")
    if args.instructions:
        counts = {name: instructions(argv) for name, argv in commands.items()}
        for name, n in counts.items():
            print(f"{name:<22}{n:>16,} instructions{n / counts['tokenizer alone']:>8.2f} × tokenizer")


if __name__ == "__main__":
    main()
