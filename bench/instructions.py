"""Instructions per reply, counted by valgrind (callgrind): a before/after comparison that the
machine's noise cannot touch. Wall and CPU times on a shared 2-core machine move by 10-20 %
from one run to the next; the instruction count of the same code on the same input does not.

    python bench/instructions.py --count 300                       # this checkout
    python bench/instructions.py --count 300 --before ../old/.venv/bin/python
    python bench/instructions.py --stage rules --before ../old/.venv/bin/python   # per rule

With --stage rules the driver parses the replies, runs the phrase matcher over them, then runs
each check (trigger search included) over all of them in turn, as the engine orders them, so
each rule pays for what it asks first (a sentence's act is searched once, by the first asker).
Callgrind dumps its count each time the driver calls a marker (operator.call, which no rule
uses), so one run gives every part's count. The garbage collector is off while parts are counted
(its passes would land on whichever part allocated last).

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

# Patterns that compile on first use (Grammar, LazyPattern) are compiled before counting, as
# start-up: a driver counts the lint, not where each pattern happened to be compiled first.
COMPILE_NOW = r"""
try:
    from replylint import regexes
    for g in regexes._grammars:
        g.regex, g.gate
    import gc as _gc
    for o in _gc.get_objects():
        if type(o) is getattr(regexes, "LazyPattern", None):
            o.groups
except (ImportError, AttributeError):
    pass
"""

DRIVER = r"""
import sys
from pathlib import Path
import replylint
from replylint.document import parse
folder, count, stage = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
files = sorted(folder.glob("*.txt"))[:count]
linter = replylint.get_linter()
{compile_now}for p in files:
    text = p.read_text(encoding="utf-8")
    if stage == "parse":
        parse(text, linter.backend, "email")
    else:
        linter.lint(text, "email")
"""


RULES_DRIVER = r"""
import gc, operator, sys
from pathlib import Path
import replylint
from replylint.document import parse
folder, count = Path(sys.argv[1]), int(sys.argv[2])
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:count]]
linter = replylint.get_linter()
linter.lint(texts[0], "email")  # plans, lazy patterns: start-up
{compile_now}engine = linter.engine
mark = lambda name: operator.call(print, "part", name, flush=True)
# The garbage collector would run at points that depend on what is alive (here every parsed
# reply) and charge its pass to whichever part allocated last: it is off while parts are counted.
gc.collect()
gc.disable()
mark("parse")
docs = [parse(t, linter.backend, "email") for t in texts]
mark("phrase matcher")
kinds = engine._phrase_kinds["email"]
for d in docs:
    list(engine._matcher.find(d, kinds))

def run_checks(d, plan):  # an older engine, without Engine.run_checks: what its run() did
    for a in plan:
        trigger = a.ctx.trigger
        if trigger is not None:
            first = trigger.search(d.norm)
            if first is None:
                continue
            d.cache[trigger] = first
        list(engine._checks[a.index](d, a.ctx))


run_checks = getattr(engine, "run_checks", run_checks)
for a in engine._plans["email"]:
    if engine._checks.get(a.index) is None:
        continue
    mark(a.ctx.spec.id)
    for d in docs:
        run_checks(d, [a])
mark("end")
"""

DRIVER, RULES_DRIVER = (d.replace("{compile_now}", COMPILE_NOW.lstrip("\n")) for d in (DRIVER, RULES_DRIVER))


def rule_instructions(python: str, folder: Path, count: int) -> dict[str, int]:
    """Instructions per part (parse, the phrase matcher, each check) over `count` replies."""
    with tempfile.TemporaryDirectory() as tmp:
        driver = Path(tmp) / "driver.py"
        driver.write_text(RULES_DRIVER, encoding="utf-8")
        out = Path(tmp) / "callgrind.out"
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONHASHSEED": "0"}
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                               "--dump-before=_operator_call", python, str(driver), str(folder), str(count)],
                              capture_output=True, text=True, env=env, cwd=tmp)
        names = [ln.split(" ", 1)[1] for ln in proc.stdout.splitlines() if ln.startswith("part ")]
        dumps = sorted(Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
        if proc.returncode != 0 or len(dumps) < len(names):
            raise SystemExit(f"bench/instructions.py: {python} failed:\n{proc.stderr[-2000:]}")
        # Dump k (k >= 1) holds what ran between marker k-1 and marker k: part names[k-1].
        counts = {}
        for k, name in enumerate(names[:-1], start=1):
            m = re.search(r"^(?:summary|totals): (\d+)", dumps[k].read_text(), re.M)
            counts[name] = int(m.group(1))
        return counts


def counted(argv: list[str], cwd: str | Path, ok: tuple[int, ...] = (0,)) -> int:
    """Instructions executed by one run of argv under callgrind (a fixed hash seed: the same
    count on every run); SystemExit with valgrind's output when the run fails."""
    if not shutil.which("valgrind"):
        raise SystemExit("bench: valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONHASHSEED": "0"}
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/callgrind.out", *argv],
                              capture_output=True, text=True, env=env, cwd=cwd)
        m = re.search(r"Collected : (\d+)", proc.stderr)
        if proc.returncode not in ok or not m:
            raise SystemExit(f"bench: {' '.join(argv)} failed under valgrind:\n{proc.stderr[-2000:]}")
        return int(m.group(1))


def instructions(python: str, folder: Path, count: int, stage: str = "lint") -> int:
    with tempfile.TemporaryDirectory() as tmp:
        driver = Path(tmp) / "driver.py"
        driver.write_text(DRIVER, encoding="utf-8")
        return counted([python, str(driver), str(folder), str(count), stage], cwd=tmp)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=300, help="replies to lint (default 300)")
    ap.add_argument("--before", metavar="PYTHON", help="the Python of another build (an older checkout's venv)")
    ap.add_argument("--stage", choices=("lint", "parse", "rules"), default="lint",
                    help="what to count: a full lint (default), parsing alone, or each part of a lint "
                         "(parse, phrase matcher, each check) over --count replies")
    args = ap.parse_args()
    from run import make_corpus  # the benchmark's corpus, generated once

    folder, _ = make_corpus(2000)
    pythons = {"after": sys.executable}
    if args.before:
        pythons = {"before": args.before, **pythons}
    if args.stage == "rules":
        parts = {name: rule_instructions(python, folder, args.count) for name, python in pythons.items()}
        names = list(dict.fromkeys(n for c in parts.values() for n in c))
        head = "part".ljust(34) + "".join(f"{n:>14}" for n in parts) + ("   after/before" if args.before else "")
        print(head)
        for n in names + ["total"]:
            got = {b: (sum(c.values()) if n == "total" else c.get(n)) for b, c in parts.items()}
            row = n.ljust(34) + "".join(f"{(v or 0) / args.count:>14,.0f}" for v in got.values())
            if args.before and got.get("before") and got.get("after") is not None:
                row += f"   {got['after'] / got['before']:.3f}"
            print(row, flush=True)
        print(f"(instructions per reply, {args.count} replies)")
        return
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
