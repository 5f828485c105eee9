"""Time grows linearly with a reply's length, for every shape of input (issue 14).

Lints one long reply of each shape at two lengths and prints the time of each (median of
`--repeat` runs, the shapes interleaved) and the ratio between the two lengths: a ratio near the
ratio of the lengths is linear, one near its square is quadratic. Also the time for 1 MB of
joined realistic replies (../shared/bench/make_corpus.py), the target being ≤ 3 s, and every
shape ≤ 10× ordinary text of the same length.

    .venv/bin/python bench/shapes.py                        # 20,000 and 100,000 characters
    .venv/bin/python bench/shapes.py --short 10000 --long 50000 --repeat 3 --only お,「
    .venv/bin/python bench/shapes.py --before ../old/.venv/bin/python   # side by side
    .venv/bin/python bench/shapes.py --before-src /tmp/old             # an older tree's src/

With `--before PYTHON`, the same measurements are taken with another build's interpreter (an
older checkout installed in its own venv), interleaved with this one's, and printed side by side;
`--before-src DIR` runs this interpreter on DIR/src instead (`git archive OLD | tar -x -C DIR`).
A run over `--timeout` seconds is stopped and shown as `>T`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_SCRIPT = HERE.parent.parent / "shared" / "bench" / "make_corpus.py"

# name -> (unit repeated to the length, channel)
SHAPES: dict[str, tuple[str, str]] = {
    "replies": ("", "email"),  # joined realistic replies (the reference)
    "prose-no-punct": ("お客様のご注文の商品を確認してご案内します", "email"),
    "お": ("お", "email"),
    "ご": ("ご", "email"),
    "「": ("「", "email"),
    "」": ("」", "email"),
    "(": ("(", "email"),
    "【": ("【", "email"),
    "{{": ("{{", "email"),
    "{": ("{", "email"),
    "[": ("[", "email"),
    "<": ("<", "email"),
    "%": ("%", "email"),
    "○": ("○", "email"),
    "※": ("※", "email"),
    "U+FDFA": ("\ufdfa", "email"),
    "ｶﾞ": ("ｶﾞ", "email"),
    "が\u3099": ("が\u3099", "email"),
    "。": ("。", "email"),
    "、": ("、", "email"),
    "ー": ("ー", "email"),
    "a": ("a", "email"),
    "A ": ("A ", "email"),
    "様": ("様", "email"),
    "です": ("です", "email"),
    "ました。": ("ました。", "email"),
    "lines": ("確認します\n", "email"),
    "blank lines": ("\n", "email"),
    "> quote": ("> お問い合わせ\n", "email"),
    "spaces": (" ", "email"),
    "CR": ("確認します\r", "email"),
    "NUL": ("確認\x00", "email"),
    "今後とも": ("今後とも", "email"),
    "いつも〇〇をご利用": ("いつも〇〇をご利用", "email"),
    "distinct sentences": ("", "email"),  # generated: every sentence different
    "お…する": ("お客様に確認", "email"),
    "sns": ("お客様のご注文を確認します。", "sns"),
    "chat": ("お客様のご注文を確認します。", "chat"),
}

_DRIVER = r"""
import json, statistics, sys, time
import replylint
cases = json.load(open(sys.argv[1], encoding="utf-8"))
tok = sys.argv[2]
linter = replylint.get_linter({"tokenizer": tok})
linter.lint("お問い合わせありがとうございます。", "email")
out = {}
for name, text, channel in cases:
    t = time.perf_counter()
    linter.lint(text, channel)
    out[name] = time.perf_counter() - t
print(json.dumps(out))
"""


def replies_text(n: int, workdir: Path) -> str:
    path = workdir / "corpus.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(CORPUS_SCRIPT), "--count", "4000", "--seed", "1",
                        "--jsonl", str(path)], check=True, stderr=subprocess.DEVNULL)
    # Each reply without the customer's message it quotes: a quote marks the rest of the joined
    # text as quoted, which is never linted.
    from replylint.segments import quoted_lines

    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        lines = json.loads(line)["text"].split("\n")
        quoted = quoted_lines(lines)
        texts.append("\n".join(lines[:quoted.index(True)] if True in quoted else lines).rstrip())
    out, size = [], 0
    for t in texts:
        out.append(t)
        size += len(t) + 2
        if size >= n:
            break
    return "\n\n".join(out)[:n]


def distinct_sentences(n: int) -> str:
    parts, size, k = [], 0, 0
    while size < n:
        s = f"ご注文番号{k}の商品は明日発送いたします。"
        parts.append(s)
        size += len(s)
        k += 1
    return "".join(parts)[:n]


def text_of(name: str, n: int, workdir: Path) -> str:
    unit, _ = SHAPES[name]
    if name == "replies":
        return replies_text(n, workdir)
    if name == "distinct sentences":
        return distinct_sentences(n)
    return (unit * (n // len(unit) + 1))[:n]


def run_once(python: str, cases_file: Path, tokenizer: str, timeout: float, path: str | None) -> dict[str, float]:
    env = dict(os.environ)
    if path:
        env["PYTHONPATH"] = path
    try:
        proc = subprocess.run([python, "-c", _DRIVER, str(cases_file), tokenizer], capture_output=True,
                              text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {}
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return {}
    return json.loads(proc.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--short", type=int, default=20000)
    ap.add_argument("--long", type=int, default=100000)
    ap.add_argument("--mb", type=int, default=1_000_000, help="characters of joined replies (0: skip)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--tokenizer", default="fugashi")
    ap.add_argument("--before", default=None, help="another build's python, timed side by side")
    ap.add_argument("--before-src", default=None, help="another tree (its src/ is imported), timed side by side")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per case before it is stopped")
    args = ap.parse_args()
    names = [n for n in SHAPES if not args.only or n in args.only.split(",")]
    builds = [("after", sys.executable, None)]
    if args.before:
        builds.append(("before", args.before, None))
    elif args.before_src:
        builds.append(("before", sys.executable, str(Path(args.before_src).resolve() / "src")))
    work = Path(tempfile.mkdtemp(prefix="replylint-shapes-"))
    cases = [(f"{name}@{n}", text_of(name, n, work), SHAPES[name][1])
             for name in names for n in (args.short, args.long)]
    if args.mb:
        cases.append((f"replies@{args.mb}", replies_text(args.mb, work), "email"))
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.repeat):
        for case in cases:  # one process per case: a case that hangs costs only itself
            f = work / "case.json"
            f.write_text(json.dumps([case], ensure_ascii=False), encoding="utf-8")
            for build, python, path in builds:
                got = run_once(python, f, args.tokenizer, args.timeout, path)
                times.setdefault((build, case[0]), []).append(got.get(case[0], float("inf")))

    def fmt(build: str, key: str) -> str:
        xs = times.get((build, key), [])
        if not xs:
            return "–"
        m = statistics.median(xs)
        return f">{args.timeout:.0f}" if m == float("inf") else f"{m:.3f}"

    def ratio(build: str, name: str) -> str:
        a = statistics.median(times[(build, f"{name}@{args.short}")])
        b = statistics.median(times[(build, f"{name}@{args.long}")])
        return "–" if float("inf") in (a, b) or a <= 0 else f"{b / a:.1f}"

    def vs_text(build: str, name: str) -> str:
        ref = statistics.median(times[(build, f"replies@{args.long}")]) if "replies" in names else None
        b = statistics.median(times[(build, f"{name}@{args.long}")])
        return "–" if not ref or b == float("inf") else f"{b / ref:.1f}"

    head = [f"shape", f"{args.short:,} s", f"{args.long:,} s", "ratio", "× replies"]
    print(f"tokenizer {args.tokenizer}, median of {args.repeat}; length ratio {args.long / args.short:.1f}")
    cols = head if len(builds) == 1 else ["shape"] + [f"{b} {h}" for h in head[1:] for b, *_ in builds]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for name in names:
        row = [name]
        for getter in (lambda b: fmt(b, f"{name}@{args.short}"), lambda b: fmt(b, f"{name}@{args.long}"),
                       lambda b: ratio(b, name), lambda b: vs_text(b, name)):
            row += [getter(b) for b, *_ in builds]
        print("| " + " | ".join(row) + " |")
    if args.mb:
        key = f"replies@{args.mb}"
        print(f"\n{args.mb:,} characters of joined replies: "
              + ", ".join(f"{b} {fmt(b, key)} s" for b, *_ in builds))


if __name__ == "__main__":
    main()
