"""How short a plain-text draft can be and still have its encoding detected right.

Samples of N characters are cut at random from the labeled corpus (real reply texts), encoded
in each encoding the detector has to tell apart without a BOM, and read back with
`replylint.readers.text.detect`. A sample counts as right when the text read back is the text
that was written. Samples of ASCII alone are left out for the legacy encodings (ASCII is
UTF-8). Prints a Markdown table for bench/RESULTS.md.

    .venv/bin/python bench/encodings.py [--samples 300] [--seed 16]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from replylint.readers.text import InputError, detect

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
ENCODINGS = ("cp932", "euc-jp", "iso2022_jp", "utf-16-le", "utf-16-be")
LENGTHS = (1, 2, 3, 4, 6, 8, 12, 16, 32, 64)


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("labeled*.jsonl")):
        with path.open(encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f if line.strip())
    return texts


def samples(texts: list[str], length: int, count: int, rng: random.Random) -> list[str]:
    long_enough = [t for t in texts if len(t) >= length]
    out = []
    for _ in range(count):
        t = rng.choice(long_enough)
        i = rng.randrange(len(t) - length + 1)
        out.append(t[i:i + length])
    return out


def right(sample: str, codec: str) -> bool | None:
    """True/False: read back right or not; None: the sample is not a test of this codec."""
    if sample.isascii() and not codec.startswith("utf"):
        return None
    try:
        data = sample.encode(codec)
    except UnicodeEncodeError:  # half-width katakana have no ISO-2022-JP form
        return None
    try:
        return detect(data, "sample")[0] == sample
    except InputError:
        return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=300)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = corpus_texts()
    print("| characters | " + " | ".join(ENCODINGS) + " |")
    print("|---:|" + "---:|" * len(ENCODINGS))
    for length in LENGTHS:
        batch = samples(texts, length, args.samples, rng)
        cells = []
        for codec in ENCODINGS:
            results = [r for r in (right(s, codec) for s in batch) if r is not None]
            cells.append(f"{100 * sum(results) / len(results):.1f}% of {len(results)}")
        print(f"| {length} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
