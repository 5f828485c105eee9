#!/usr/bin/env python3
"""False alarms on clean replies, and recall, per labeled set: the figures the structure issue
is judged by.

Runs the shared scorer (../shared/eval/score.py) on each set with every category scored
(the six core ones plus clarity, empathy and sns) and findings of severity warning and above,
then counts, among the clean replies (expect == []), those with a false positive

  - from the reply-structure family: greeting/*, closing/*, keigo/mixed-style, empathy/*,
    clarity/* (the issue's target: at most 3 %);
  - from any rule.

    python3 heldout/false_alarms.py heldout/dev/*.jsonl --cmd ".venv/bin/replylint"
    python3 heldout/false_alarms.py --sealed heldout/sealed/sealed-2026-12.jsonl --cmd ...

--sealed prints aggregate figures only (no case ids, no text, no rule names per case), so
that a sealed set can be scored without reading it.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")
ALL_CATEGORIES = ("jargon", "positive", "template", "keigo", "greeting", "closing", "clarity", "empathy", "sns")
STRUCTURE = ("greeting/", "closing/", "keigo/mixed-style", "empathy/", "clarity/")


def in_structure_family(rule: str) -> bool:
    return any(rule == p or (p.endswith("/") and rule.startswith(p)) for p in STRUCTURE)


def score(path: str, cmd: str, scorer: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "result.json")
        proc = subprocess.run([sys.executable, scorer, path, "--cmd", cmd, "--json", out,
                               "--min-severity", "warning", "--categories", ",".join(ALL_CATEGORIES)],
                              capture_output=True, text=True)
        if proc.returncode != 0 or not os.path.exists(out):
            sys.exit(f"false_alarms.py: the scorer failed on {path}:\n{proc.stderr[-2000:]}")
        with open(out, encoding="utf-8") as fh:
            return json.load(fh)


def summarize(result: dict) -> dict:
    clean = [c for c in result["cases"] if not c["expect"]]
    structure_hit = [c for c in clean
                     if any(f["status"] == "fp" and in_structure_family(f["rule"]) for f in c["findings"])]
    any_hit = [c for c in clean if any(f["status"] == "fp" for f in c["findings"])]
    rules = collections.Counter(f["rule"] for c in clean for f in c["findings"] if f["status"] == "fp")
    return {"cases": len(result["cases"]), "clean": len(clean), "structure_fp": structure_hit,
            "any_fp": any_hit, "rules": rules, "per_category": result["per_category"],
            "summary": result["summary"], "result": result}


def pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.1f} %)" if d else "-"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="labeled JSONL files")
    ap.add_argument("--cmd", default=".venv/bin/replylint")
    ap.add_argument("--scorer", default=DEFAULT_SCORER)
    ap.add_argument("--sealed", action="store_true", help="aggregate figures only")
    ap.add_argument("--cases", action="store_true", help="list each clean case with a false alarm")
    ap.add_argument("--misses", metavar="CATS",
                    help="list, for these categories (comma-separated), every missed label and every false positive")
    args = ap.parse_args(argv)

    totals = collections.Counter()
    cat_totals = {c: collections.Counter() for c in ALL_CATEGORIES}
    all_rules = collections.Counter()
    for path in args.sets:
        s = summarize(score(path, args.cmd, args.scorer))
        totals.update(cases=s["cases"], clean=s["clean"], structure=len(s["structure_fp"]), any=len(s["any_fp"]))
        for c in ALL_CATEGORIES:
            cat_totals[c].update({k: s["per_category"][c][k] for k in ("tp", "fp", "fn")})
        all_rules.update(s["rules"])
        label = "sealed set" if args.sealed else os.path.relpath(path)
        print(f"{label}: {s['cases']} cases, {s['clean']} clean; clean with a structure-family false alarm "
              f"{pct(len(s['structure_fp']), s['clean'])}, with any false alarm {pct(len(s['any_fp']), s['clean'])}; "
              f"micro P={s['summary']['precision']:.2f} R={s['summary']['recall']:.2f}")
        if args.cases and not args.sealed:
            for c in s["any_fp"]:
                rules = sorted({f["rule"] for f in c["findings"] if f["status"] == "fp"})
                print(f"    {c['id']}: {', '.join(rules)}")
        if args.misses and not args.sealed:
            cats = set(args.misses.split(","))
            for c in s["result"]["cases"]:
                missed = [f"{e['category']}:{e['span']}" for e in c["expect"]
                          if e["category"] in cats and e["matched_by"] is None]
                false = [f["rule"] for f in c["findings"] if f["status"] == "fp" and f["category"] in cats]
                if missed or false:
                    print(f"    {c['id']}: missed {missed} false {false}")
    if len(args.sets) > 1:
        print(f"all: {totals['cases']} cases, {totals['clean']} clean; structure-family "
              f"{pct(totals['structure'], totals['clean'])}, any {pct(totals['any'], totals['clean'])}")
    print(f"\n{'category':9s} {'TP':>4s} {'FP':>4s} {'FN':>4s} {'P':>5s} {'R':>5s}   (warning and above)")
    for c in ALL_CATEGORIES:
        t = cat_totals[c]
        if t["tp"] + t["fp"] + t["fn"] == 0:
            continue
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
        print(f"{c:9s} {t['tp']:4d} {t['fp']:4d} {t['fn']:4d} {p:5.2f} {r:5.2f}")
    if not args.sealed:
        print("\nfalse alarms on clean replies, by rule:")
        for rule, n in all_rules.most_common():
            print(f"  {n:4d}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
