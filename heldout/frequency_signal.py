#!/usr/bin/env python3
"""Would how common a word is in general Japanese find the jargon no word list holds?

An experiment, not a rule: it measures the signal on the dev sets and prints precision and
recall, so that the decision not to ship it (README, "Quality": "How common a word is") can be
checked and redone. It needs wordfreq (Apache-2.0 code; data under CC BY-SA 4.0), which
replylint does not depend on: install it in a scratch environment, never into the project's
dependencies for this script's sake.

    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python heldout/frequency_signal.py                 # every dev set
    .venv/bin/python heldout/frequency_signal.py --words         # and the words it finds, set by set

What it measures. Each reply is parsed and tokenized by replylint (fugashi + unidic-lite). A
candidate is a run of nominal tokens written in kanji or katakana (nouns, nominal suffixes and
prefixes other than お/ご; not numerals or pronouns), in a body sentence of a reply to a private
customer (the reader replylint infers), not a proper noun, not the customer's own word, not
quoted in brackets, not explained where it stands (gloss.explained_at). Its frequency is looked up
in wordfreq's Japanese list directly (wordfreq's own Japanese tokenizer, MeCab with ipadic, is not
used): that list counts ipadic's words, so a compound ipadic does not know as one word is missing
from it, and so are common words it presumably cut apart (クラウド, アップロード, 一人, 右上 and 打刻
are not in it; クラウドファンディング is). Two ways to look:

  token   the candidate's unidic tokens of two characters or more, surface or lemma, whichever
          is commoner: flagged when one is in the list and rarer than zipf T (or, in the
          `absent` variant, a kanji token missing from the list);
  greedy  the candidate cut into the list's own words by longest match (ipadic-like pieces):
          flagged when a piece of two characters or more is in the list and rarer than zipf T
          (or, in the `absent` variant, when two or more pieces are single characters: a word the list
          does not know).

A candidate counts as found when it overlaps a labeled jargon span (expect), as ignored when it
overlaps an optional one, and as a false positive otherwise. Recall is over the labeled jargon
spans written in Japanese script (acronyms are jargon/acronym's) in replies to private customers.
Thresholds are chosen on the sets at odd positions (alphabetical by file name: 1st, 3rd, ...) and
reported on the others, then on all. "beyond the rule" counts labeled spans that jargon/term and
jargon/acronym miss today and the signal finds, and false positives where no jargon finding
stands today.

Reads heldout/dev only: it refuses any path under heldout/sealed.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KANJI = re.compile(r"[一-龥々〆]")
WRITTEN = re.compile(r"^[一-龥々〆ヶァ-ヺーぁ-ん]+$")
HIRAGANA = re.compile(r"^[ぁ-ん]+$")
LATIN = re.compile(r"[A-Za-z]")
SCRIPT = re.compile(r"[一-龥々ァ-ヺー]{2,}")


def nominal(t) -> bool:
    if not WRITTEN.match(t.surface) or HIRAGANA.match(t.surface):
        return False
    p0, p1 = t.pos[0], t.pos[1]
    return (p0 == "名詞" and p1 not in ("数詞", "代名詞") or p0 == "接尾辞" and p1 == "名詞的"
            or p0 == "接頭辞" and t.surface not in ("お", "ご", "御"))


def spans_of(text: str, words) -> list[tuple[int, int]]:
    out = []
    for w in words:
        k = text.find(w)
        while k >= 0:
            out.append((k, k + len(w)))
            k = text.find(w, k + 1)
    return out


def overlaps(a: int, b: int, spans) -> bool:
    return any(x < b and y > a for x, y in spans)


def collect(paths):
    """Candidates and labeled spans of every reply, with what the rules find today."""
    import replylint
    from replylint import segments as seg
    from replylint.document import parse
    from replylint.gloss import explained_at
    from replylint.tokenize import get_backend

    backend = get_backend()
    cands, labels = [], []
    for fi, path in enumerate(paths):
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            text = r["text"]
            doc = parse(text, backend, r["channel"])
            found = [(f.start, f.end) for f in replylint.lint(text, r["channel"]).findings
                     if f.category == "jargon" and f.severity in ("warning", "error")]
            jargon = spans_of(text, [e["span"] for e in r["expect"] if e["category"] == "jargon"])
            optional = spans_of(text, [e["span"] for e in r.get("optional", []) if e["category"] == "jargon"])
            reader = doc.reader
            for e in r["expect"]:
                if e["category"] == "jargon":
                    sp = spans_of(text, [e["span"]])
                    labels.append(dict(file=fi, id=r["id"], span=e["span"], at=sp, reader=reader,
                                       caught=any(overlaps(a, b, found) for a, b in sp)))
            if reader != "consumer":
                continue
            norm = doc.norm
            for s in doc.linted_sentences(seg.BODY):
                run: list = []
                for t in [*doc.sentence_tokens(s), None]:
                    if t is not None and nominal(t) and (not run or run[-1].nend == t.nstart):
                        run.append(t)
                        continue
                    if run:
                        a, b = run[0].nstart, run[-1].nend
                        oa, ob = doc.original_span(a, b)
                        surf = norm[a:b]
                        cands.append(dict(
                            file=fi, id=r["id"], clean=not r["expect"], surf=surf, start=oa, end=ob,
                            parts=[(x.surface, x.lemma, x.pos) for x in run],
                            label="pos" if overlaps(oa, ob, jargon) else "opt" if overlaps(oa, ob, optional) else "neg",
                            skip=bool(explained_at(norm, a, b, s.nstart, s.nend) or surf in doc.their_words
                                      or surf in doc.own_names or a > 0 and norm[a - 1] in "「『[" and norm[b:b + 1] in "」』]"
                                      or any(x.pos[1] == "固有名詞" for x in run)),
                            caught=overlaps(oa, ob, found)))
                    run = [t] if t is not None and nominal(t) else []
    return cands, labels


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", default=sorted(glob.glob(os.path.join(HERE, "dev", "*.jsonl"))))
    ap.add_argument("--words", action="store_true", help="print the words found beyond the rules, and the false positives")
    args = ap.parse_args()
    if any("sealed" in os.path.normpath(p).split(os.sep) for p in args.sets):
        sys.exit("frequency_signal.py: the sealed sets are not read")
    try:
        import wordfreq
    except ImportError:
        sys.exit("frequency_signal.py: needs wordfreq (.venv/bin/pip install wordfreq==3.1.1)")
    freq = wordfreq.get_frequency_dict("ja", "large")

    def zipf(w: str) -> float:
        f = freq.get(w)
        return math.log10(f) + 9 if f else 0.0

    def pieces(w: str) -> list[str]:
        out, i = [], 0
        while i < len(w):
            j = next(j for j in range(min(len(w), i + 12), i, -1) if w[i:j] in freq or j == i + 1)
            out.append(w[i:j])
            i = j
        return out

    def token_rule(c, T, absent):
        if c["skip"] or zipf(c["surf"]) >= 2.5:
            return False
        for surface, lemma, pos in c["parts"]:
            if len(surface) < 2 or pos[0] != "名詞":
                continue
            z = max(zipf(surface), zipf(lemma))
            if 0 < z < T or absent and z == 0 and KANJI.search(surface) and not re.search("[ぁ-ん]", surface):
                return True
        return False

    def greedy_rule(c, T, absent):
        if c["skip"] or zipf(c["surf"]) >= 2.5 or not SCRIPT.fullmatch(c["surf"]):
            return False
        ps = pieces(c["surf"])
        return any(len(p) >= 2 and 0 < zipf(p) < T for p in ps) \
            or absent and sum(len(p) == 1 for p in ps) >= 2 and bool(KANJI.search(c["surf"]))

    cands, labels = collect(args.sets)

    def evaluate(sel, rule, T, absent):
        flagged = collections.defaultdict(list)
        tp = fp = fp_new = 0
        clean_fp, fp_words = set(), collections.Counter()
        for c in cands:
            if sel(c["file"]) and rule(c, T, absent):
                flagged[c["id"]].append((c["start"], c["end"]))
                tp += c["label"] == "pos"
                if c["label"] == "neg":
                    fp += 1
                    if not c["caught"]:
                        fp_new += 1
                        fp_words[c["surf"]] += 1
                        if c["clean"]:
                            clean_fp.add(c["id"])
        todo = [x for x in labels if sel(x["file"]) and x["reader"] == "consumer" and not LATIN.search(x["span"])]
        hit = [x for x in todo if any(overlaps(a, b, flagged[x["id"]]) for a, b in x["at"])]
        p = tp / max(1, tp + fp)
        r = len(hit) / max(1, len(todo))
        return dict(P=p, R=r, F=2 * p * r / max(1e-9, p + r), hits=len(hit), n=len(todo), fp=fp, fp_new=fp_new,
                    clean=len(clean_fp), missed=sum(not x["caught"] for x in todo),
                    added=[x["span"] for x in hit if not x["caught"]], fp_words=fp_words)

    def show(tag, m):
        print(f"{tag}: P={m['P']:.2f} R={m['R']:.2f} F1={m['F']:.2f} (spans {m['hits']}/{m['n']}, FP {m['fp']}); "
              f"beyond the rule: +{len(m['added'])}/{m['missed']} missed spans, new FP {m['fp_new']} "
              f"on {m['clean']} clean replies")
        if args.words:
            print("    found beyond the rule:", ", ".join(m["added"]) or "-")
            print("    false positives:", ", ".join(f"{w}×{n}" for w, n in m["fp_words"].most_common(40)))

    fit = lambda f: f % 2 == 0  # (1st, 3rd, ... set: odd positions)
    held = lambda f: f % 2 == 1
    every = lambda f: True
    variants = [(name, rule, T, absent) for name, rule in (("token", token_rule), ("greedy", greedy_rule))
                for T in (1.5, 2.0, 2.5, 3.0, 3.5) for absent in (False, True)]
    print(f"{len(args.sets)} sets; thresholds chosen on the {(len(args.sets) + 1) // 2} at odd positions")
    scored = []
    for name, rule, T, absent in variants:
        m = evaluate(fit, rule, T, absent)
        scored.append((m, name, rule, T, absent))
        show(f"  fit half   {name:6} T={T} absent={absent!s:5}", m)
    for what, key in (("best F1", lambda x: x[0]["F"]), ("best precision", lambda x: (x[0]["P"], x[0]["R"]))):
        _m, name, rule, T, absent = max(scored, key=key)
        for part, sel in (("held-out half", held), ("all sets", every)):
            show(f"{what} on the fit half ({name} T={T} absent={absent}), {part}", evaluate(sel, rule, T, absent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
