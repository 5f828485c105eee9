"""`replylint dupes` on a generated library with planted near-copies: speed, memory, quality.

1. Builds the library (bench/dupes_library.py: 50,000 macros by default, one group in ten
   with planted copies) into bench/out/.
2. Quality: on its first --sweep-count macros, clusters at each of several thresholds (in this
   process, through replylint.dupes) and reports the precision and recall of the planted pairs
   (a pair is two macros of one cluster; the truth is every pair inside a planted group).
3. Scale: `replylint dupes --format json` on the whole library as a fresh process, --repeat
   times: wall time and peak memory (max RSS, from wait4), medians; precision and recall of
   that run at the default threshold.

    .venv/bin/python bench/dupes.py                     # 50,000 macros, 3 runs
    .venv/bin/python bench/dupes.py --count 5000 --repeat 1 --sweep-count 5000   # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dupes_library  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def pairs_of(groups) -> set[tuple[str, str]]:
    return {(a, b) for g in groups for a, b in combinations(sorted(g), 2)}


def quality(found: set, truth: set) -> tuple[float, float, int]:
    hit = len(found & truth)
    return (hit / len(found) if found else 1.0), (hit / len(truth) if truth else 1.0), len(found - truth)


def sweep(path: Path, truth_groups, count: int, thresholds) -> list[str]:
    from replylint.dupes import Entry, find_clusters
    from replylint.readers import read_path

    replies = read_path(str(path))[:count]
    kept = {r.locator for r in replies}
    truth = pairs_of([[m for m in g if m in kept] for g in truth_groups])
    rows = ["| threshold | precision | recall | F1 | pairs found | not planted | clusters | time (s) |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for t in thresholds:
        start = time.perf_counter()
        result = find_clusters(((Entry(r.path, r.locator), r.text) for r in replies), t)
        took = time.perf_counter() - start
        found = pairs_of([[m.entry.locator for m in c.members] for c in result.clusters])
        p, r, extra = quality(found, truth)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(f"| {t:.2f} | {p:.4f} | {r:.4f} | {f1:.4f} | {len(found)} | {extra} | {len(result.clusters)} | {took:.1f} |")
        print(rows[-1], file=sys.stderr, flush=True)
    return rows


def run_cli(path: Path, out: Path, threshold: float | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MiB) of one `replylint dupes` process."""
    exe = Path(sys.executable).with_name("replylint")
    start = time.perf_counter()
    with open(out, "w") as f:
        extra = [] if threshold is None else ["--threshold", str(threshold)]
        proc = subprocess.Popen([str(exe), "dupes", "--format", "json", *extra, str(path)], stdout=f)
        _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"replylint dupes exited {code}")
    return took, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=50000)
    ap.add_argument("--sweep-count", type=int, default=10000, help="macros in the sweep (0: no sweep)")
    ap.add_argument("--thresholds", default=",".join(map(str, THRESHOLDS)), help="for the sweep, comma-separated")
    ap.add_argument("--threshold", type=float, default=None, help="for the command runs (default: its own default)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the command (0: the quality sweep only)")
    args = ap.parse_args(argv)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    lib, truth_file = out / f"dupes-{args.count}.jsonl", out / f"dupes-{args.count}.truth.json"
    if not lib.exists() or not truth_file.exists():
        dupes_library.main(["--count", str(args.count), "--out", str(lib), "--truth", str(truth_file)])
    groups = json.loads(truth_file.read_text())
    thresholds = [float(t) for t in args.thresholds.split(",") if t.strip()]
    if args.sweep_count > 0:
        print(f"## Quality: the first {args.sweep_count} macros of {lib.name}\n")
        print("\n".join(sweep(lib, groups, args.sweep_count, thresholds)) + "\n", flush=True)

    if args.repeat < 1:
        return 0
    times, peaks, cpus = [], [], []
    result_file = out / f"dupes-{args.count}.result.json"
    for _ in range(args.repeat):
        took, cpu, peak = run_cli(lib, result_file, args.threshold)
        times.append(took)
        cpus.append(cpu)
        peaks.append(peak)
        print(f"run: {took:.1f} s, CPU {cpu:.1f} s, {peak:.0f} MiB", file=sys.stderr, flush=True)
    result = json.loads(result_file.read_text())
    found = pairs_of([[m["reply"] for m in c["members"]] for c in result["clusters"]])
    p, r, extra = quality(found, pairs_of(groups))
    print(f"## Scale: `replylint dupes --format json {lib.name}` ({args.count} macros, "
          f"{sum(len(g) - 1 for g in groups)} planted copies in {len(groups)} groups), threshold {result['threshold']}\n")
    print("| runs | wall time, median (s) | min–max (s) | CPU time, median (s) | peak RSS, median (MiB) | precision | recall | clusters |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {args.repeat} | {statistics.median(times):.1f} | {min(times):.1f}–{max(times):.1f} | {statistics.median(cpus):.1f} | "
          f"{statistics.median(peaks):.0f} | {p:.4f} | {r:.4f} | {len(result['clusters'])} |")
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f} (2 cores, shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
