"""Where the time goes, in one process: each stage of linting, relative to the floor.

    python bench/stages.py [--count 2000] [--repeat 5] [--checks]

Times, over the same generated replies (../shared/bench/make_corpus.py, seed 1) in interleaved
rounds: the floor (fugashi nodes, as bench/floor.py), the stream floor (MeCab's word stream),
the backend's tokenize of whole replies, parse (lines, segments, sentences: no words yet), and
a full lint (which tokenizes the sentences its rules look at; the share of the text it
tokenized is printed too). With --checks, each check and the phrase matcher on their own over
the parsed replies, each tokenizing the sentences it reads as if it ran first (so their sum
counts shared words more than once). CPU time of this process, best of --repeat (the least
disturbed run: the machine is shared).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import fugashi
import unidic_lite

from floor import _STREAM
from tokenizers import corpus, timings

import replylint
from replylint.document import parse


def best(fn, repeat: int) -> float:
    """CPU seconds of the least disturbed of `repeat` runs."""
    return min(timings(fn, repeat, time.process_time))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--checks", action="store_true", help="also time each check on its own")
    args = ap.parse_args()

    rows = corpus(args.count)
    texts = [t for _, t in rows]
    linter = replylint.get_linter()
    backend, engine = linter.backend, linter.engine
    nodes = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null')
    stream = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null ' + _STREAM)

    def floor():
        for t in texts:
            for n in nodes(t):
                n.surface
                n.feature_raw.split(",", 18)

    def stream_floor():
        for t in texts:
            it = iter(stream.parse(t).split("\t"))
            for _w in zip(it, it, it, it, it):
                pass

    def tokenize():
        for t in texts:
            backend.tokenize(t)

    def parse_all():
        for (ch, t) in rows:
            parse(t, backend, ch)

    def lint():
        for (ch, t) in rows:
            linter.lint(t, ch)

    stages = {"floor (fugashi nodes)": floor, "stream floor": stream_floor, "tokenize (backend)": tokenize,
              "parse": parse_all, "lint": lint}
    times = {k: [] for k in stages}
    for _ in range(args.repeat):  # interleaved rounds: noise falls on every stage alike
        for name, fn in stages.items():
            times[name].append(best(fn, 1))
    base = min(times["floor (fugashi nodes)"])
    print(f"{len(texts)} replies, {sum(map(len, texts)):,} characters; CPU s, best of {args.repeat}\n")
    print("| stage | s | × floor |\n|---|---:|---:|")
    for name, ts in times.items():
        print(f"| {name} | {min(ts):.3f} | {min(ts) / base:.2f} |")

    # How much of the text a full lint tokenizes: sentences get their words only when a rule asks.
    worded = total = 0
    for ch, t in rows:
        doc = parse(t, backend, ch)
        engine.run(doc)
        total += sum(s.nend - s.nstart for s in doc.sentences)
        worded += sum(s.nend - s.nstart for s in doc.sentences if s.words is not None)
    print(f"\nA full lint tokenized {worded:,} of the sentences' {total:,} characters ({worded / total:.0%}).")

    if args.checks:
        docs = [parse(t, backend, ch) for ch, t in rows]
        def phrases():
            for d in docs:
                for s in d.sentences:
                    s.words = None
                engine._matcher.find(d)

        parts = {"phrase matcher": phrases}
        for a in engine._plans["email"]:
            check = engine._checks.get(a.index)
            if check is None:
                continue

            def run(check=check, a=a):
                for d in docs:
                    d.cache.clear()  # each check pays for what it computes first, words included
                    for s in d.sentences:
                        s.words = None
                    if a.ctx.trigger is None or a.ctx.trigger.search(d.norm):
                        for _h in check(d, a.ctx):
                            pass
            parts[engine.specs[a.index].id] = run
        print("\n| part (email plan, on parsed replies) | s | × floor |\n|---|---:|---:|")
        for name, fn in sorted(((n, best(f, args.repeat)) for n, f in parts.items()), key=lambda x: -x[1]):
            print(f"| {name} | {fn:.3f} | {fn / base:.3f} |")


if __name__ == "__main__":
    main()
