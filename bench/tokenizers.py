"""How to build tokens, and which backend to make the default: measured side by side.

    python bench/tokenizers.py [--count 2000] [--repeat 5]

1. fugashi: reading each node's parsed UniDic feature (node.feature / node.pos), splitting
   node.feature_raw, and splitting MeCab's own output written as one stream of the fields
   we read (no node objects), which is what replylint's backend does.
2. Backends: raw tokenization (each backend's own loop, no replylint code), replylint's
   backend wrapper, and a full `lint` of every reply, for fugashi and sudachi.

The corpus comes from ../shared/bench/make_corpus.py when it is there; otherwise the
project's own clean corpus is repeated. Prints medians of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"
from floor import _STREAM as STREAM_ARGS  # noqa: E402  (bench/ is on the path: the same format as the backend's)


def corpus(count: int) -> list[tuple[str, str]]:
    if MAKE_CORPUS.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "c.jsonl"
            subprocess.run([sys.executable, str(MAKE_CORPUS), "--count", str(count), "--seed", "1",
                            "--jsonl", str(out)], check=True, capture_output=True)
            return [(r["channel"], r["text"]) for r in map(json.loads, out.read_text("utf-8").splitlines())]
    clean = sorted((ROOT / "tests" / "corpus" / "clean").glob("*.txt"))
    rows = [(p.name.split("-")[0], p.read_text("utf-8")) for p in clean]
    return (rows * (count // len(rows) + 1))[:count]


def timings(fn, repeat: int, clock=time.perf_counter) -> list[float]:
    """Seconds of `repeat` runs of fn, by `clock`."""
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return times


def median_time(fn, repeat: int) -> float:
    return statistics.median(timings(fn, repeat))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import fugashi
    import unidic_lite
    from sudachipy import Dictionary, SplitMode

    import replylint
    from replylint.tokenize import get_backend

    rows = corpus(args.count)
    lines = [ln for _, text in rows for ln in text.split("\n") if ln.strip()]
    chars = sum(len(t) for _, t in rows)
    print(f"corpus: {len(rows)} replies, {chars} characters, {len(lines)} non-empty lines")

    tagger = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null')
    unidic = fugashi.Tagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null')

    def fugashi_feature():  # the parsed UniDic namedtuple: what `node.pos`/`node.feature` build
        for ln in lines:
            for n in unidic(ln):
                f = n.feature
                (n.surface, f.orthBase, f.lemma, f.kana, f.pos1, f.pos2, f.pos3, f.pos4, f.cType, f.cForm)

    def fugashi_raw():  # splitting feature_raw, as replylint's backend does
        for ln in lines:
            for n in tagger(ln):
                f = n.feature_raw.split(",", 18)
                (n.surface, f[:6])

    stream = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null ' + STREAM_ARGS)

    def fugashi_stream():  # MeCab's word stream with only our fields, as replylint's backend
        for ln in lines:
            it = iter(stream.parse(ln).split("\t"))
            for w in zip(it, it, it, it, it):
                pass

    sudachi_dict = Dictionary(dict="core")
    sudachi_tok = getattr(sudachi_dict, "tokenizer", None) or sudachi_dict.create
    sudachi = sudachi_tok(mode=SplitMode.C)

    def sudachi_raw():
        for ln in lines:
            for m in sudachi.tokenize(ln):
                (m.surface(), m.part_of_speech(), m.dictionary_form(), m.normalized_form(), m.reading_form())

    results = {}
    results["fugashi: node.feature (UniDic namedtuple)"] = median_time(fugashi_feature, args.repeat)
    results["fugashi: feature_raw split"] = median_time(fugashi_raw, args.repeat)
    results["fugashi: MeCab word stream split"] = median_time(fugashi_stream, args.repeat)
    results["sudachi: morpheme accessors"] = median_time(sudachi_raw, args.repeat)
    for name in ("fugashi", "sudachi"):
        be = get_backend(name)
        results[f"{name}: replylint backend.tokenize"] = median_time(
            lambda: [be.tokenize(ln) for ln in lines], args.repeat)
        linter = replylint.get_linter({"tokenizer": name})
        results[f"{name}: replylint lint (all rules)"] = median_time(
            lambda: [linter.lint(t, ch) for ch, t in rows], args.repeat)

    floor = results["fugashi: feature_raw split"]
    print(f"\n| measurement (median of {args.repeat}) | seconds | chars/s | × fugashi raw |")
    print("|---|---:|---:|---:|")
    for k, v in results.items():
        print(f"| {k} | {v:.3f} | {chars / v:,.0f} | {v / floor:.2f} |")


if __name__ == "__main__":
    main()
