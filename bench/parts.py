"""Where a full lint's time goes, part by part, measured in place: each check timed inside the
engine's own run, in plan order, with the caches and the words the parts before it left.

    python bench/parts.py [--count 2000] [--repeat 3] [--before OTHER_PYTHON]

bench/instructions.py counts instructions, which the machine's noise cannot touch, but not what
they cost: the sixth round found the same instructions per reply running 1.3 times slower when
they were spread over more distinct code (bench/RESULTS.md). This measures the time itself: the
generated replies with their channels (../shared/bench/make_corpus.py, seed 1; the mail-only
harness never runs the SNS rules), each part's share of a lint in microseconds per reply: parse,
the phrase hits (the matcher and its filters), each check (its trigger search included, and the
sentences it is the first to tokenize), and the findings' assembly. The total is the wall time of
linting, best of --repeat passes; each part's figure is from the same pass.

With --before, another build's Python runs this same file in turn with this one, pass by pass
(so that the machine's load falls on both alike), and the two are printed side by side. The
other build needs an engine with run_checks and _run_check (2026-12-06 or later), unless --alike:
then each check's function is wrapped the same way in either build, found where that build keeps
it (the plans' checks, or an older engine's table of checks), and timed without its trigger
search; parse, the phrase hits and the findings are not told apart, only the total. That is the
way to compare with a7438fa.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _timed_lint(linter, rows, spent: collections.Counter) -> None:
    """Lint `rows` once as start-up (lazy patterns, plans), then once timed: the parts' times of
    that second pass in `spent`, and the whole pass as (total)."""
    for channel, text in rows:
        linter.lint(text, channel)
    spent.clear()
    t0 = time.perf_counter_ns()
    for channel, text in rows:
        linter.lint(text, channel)
    spent["(total)"] = time.perf_counter_ns() - t0


def one_pass(count: int) -> dict[str, float]:
    """Microseconds per reply of each part, over one pass of `count` replies (this process's build)."""
    from tokenizers import corpus

    import replylint
    from replylint.document import parse
    from replylint.engine import Engine

    rows = corpus(count)
    linter = replylint.get_linter()
    engine = linter.engine
    spent: collections.Counter = collections.Counter()
    clock = time.perf_counter_ns
    phrase_hits, findings = engine._phrase_hits, engine._findings

    def run_checks(doc, plan):
        hits: list = []
        for a in plan:
            if a.check is not None:
                t0 = clock()
                Engine._run_check(doc, a, hits)
                spent[engine.specs[a.index].id] += clock() - t0
        return hits

    def timed(name, fn):
        def part(*args):
            t0 = clock()
            out = fn(*args)
            spent[name] += clock() - t0
            return out
        return part

    engine.run_checks = run_checks
    engine._phrase_hits = timed("(phrase hits)", phrase_hits)
    engine._findings = timed("(findings)", findings)
    _timed_lint(linter, rows, spent)
    t0 = clock()
    for channel, text in rows:
        parse(text, linter.backend, channel)
    spent["(parse)"] = clock() - t0
    return {k: v / len(rows) / 1000 for k, v in spent.items()}


def one_pass_alike(count: int) -> dict[str, float]:
    """Microseconds per reply of each check's own function (trigger search left out), wrapped the
    same way in this build or an older one, and the whole lint's."""
    from tokenizers import corpus

    import replylint

    rows = corpus(count)
    linter = replylint.get_linter()
    engine = linter.engine
    spent: collections.Counter = collections.Counter()
    clock = time.perf_counter_ns

    def wrapped(check, name):
        def part(doc, ctx):
            t0 = clock()
            hits = list(check(doc, ctx))
            spent[name] += clock() - t0
            return hits
        return part

    plans = [a for plan in getattr(engine, "_plans", {}).values() for a in plan]
    if any(getattr(a, "check", None) is not None for a in plans):
        done = set()
        for a in plans:  # (the plans hold each check: a frozen record, set as its own field)
            if getattr(a, "check", None) is not None and id(a) not in done:
                object.__setattr__(a, "check", wrapped(a.check, engine.specs[a.index].id))
                done.add(id(a))
    else:  # an older engine: its table of checks, looked up per reply
        for index, check in list(engine._checks.items()):
            engine._checks[index] = wrapped(check, engine.specs[index].id)
    _timed_lint(linter, rows, spent)
    return {k: v / len(rows) / 1000 for k, v in spent.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--before", metavar="PYTHON", help="another build's Python, run in turn with this one")
    ap.add_argument("--alike", action="store_true",
                    help="time each check's function wrapped alike in both builds (for an older build, such as a7438fa)")
    ap.add_argument("--one-pass", action="store_true", help=argparse.SUPPRESS)  # (a child's run)
    args = ap.parse_args()
    if args.one_pass:
        print(json.dumps((one_pass_alike if args.alike else one_pass)(args.count)))
        return
    builds = {"after": sys.executable} if not args.before else {"before": args.before, "after": sys.executable}
    best: dict[str, dict[str, float]] = {b: {} for b in builds}
    for _ in range(args.repeat):
        for build, python in builds.items():
            out = subprocess.run([python, __file__, "--one-pass", "--count", str(args.count)] + (["--alike"] if args.alike else []),
                                 capture_output=True, text=True)
            if out.returncode != 0:
                raise SystemExit(f"bench/parts.py: {python} failed:\n{out.stderr[-2000:]}")
            for part, us in json.loads(out.stdout).items():
                best[build][part] = min(us, best[build].get(part, us))
    names = sorted({p for b in best.values() for p in b}, key=lambda p: -best["after"].get(p, 0))
    print(f"microseconds per reply, {args.count} generated replies, best of {args.repeat} passes\n")
    if args.before:
        print("| part | before | after | after / before |\n|---|---:|---:|---:|")
        for p in names:
            b, a = best["before"].get(p), best["after"].get(p)
            ratio = f"{a / b:.2f}" if a is not None and b else ""
            print(f"| {p} | {'' if b is None else f'{b:.1f}'} | {'' if a is None else f'{a:.1f}'} | {ratio} |")
    else:
        print("| part | µs |\n|---|---:|")
        for p in names:
            print(f"| {p} | {best['after'][p]:.1f} |")


if __name__ == "__main__":
    main()
