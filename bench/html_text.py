"""The HTML → shown text conversion, now and at an earlier commit, side by side.

Each labeled-corpus reply is wrapped in <p> per line with an entity and a <br> (as a helpdesk's
HTML comment is), and converted `--rounds` times per run; runs alternate between the two
versions and the medians per document are printed. `html_to_text` (no source map: the
Zendesk reader and .eml) and `html_to_shown` (with the map: .html drafts) are both timed.

    .venv/bin/python bench/html_text.py [--baseline main] [--runs 7] [--rounds 20]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from replylint.readers import htmltext

ROOT = Path(__file__).resolve().parent.parent


def baseline_module(rev: str):
    source = subprocess.run(["git", "show", f"{rev}:src/replylint/readers/htmltext.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location("htmltext_baseline", f.name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents() -> list[str]:
    with (ROOT / "tests" / "corpus" / "labeled.jsonl").open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    return ["".join(f"<p>{line}</p>\n" for line in t.split("\n")) + "<br><b>担当 &amp; 山田</b>" for t in texts]


def per_document(convert, docs: list[str], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            convert(d)
    return (time.perf_counter() - start) / (rounds * len(docs))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", default="main")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    old = baseline_module(args.baseline)
    docs = documents()
    if any(old.html_to_text(d) != htmltext.html_to_text(d) for d in docs):
        sys.exit("the two versions give different text: compare their output first")
    timings: dict[str, list[float]] = {"baseline html_to_text": [], "html_to_text": [], "html_to_shown": []}
    for _ in range(args.runs):
        timings["baseline html_to_text"].append(per_document(old.html_to_text, docs, args.rounds))
        timings["html_to_text"].append(per_document(htmltext.html_to_text, docs, args.rounds))
        timings["html_to_shown"].append(per_document(htmltext.html_to_shown, docs, args.rounds))
    size = statistics.mean(len(d) for d in docs)
    print(f"{len(docs)} documents of {size:.0f} characters on average; median of {args.runs} runs")
    for name, values in timings.items():
        print(f"| {name} | {statistics.median(values) * 1e6:.1f} µs per document |")


if __name__ == "__main__":
    main()
