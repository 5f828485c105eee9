"""A deterministic macro library with planted near-copies, for `replylint dupes`.

The originals are email replies from ../shared/bench/make_corpus.py (seed 1): written from a
few hundred shared fragments, so that different macros share stock sentences, as a real
library does. One group in ten gets one to three planted copies of its original, each made by
two to four of the edits a support team makes when it copies a macro:

  reflow      line breaks and spaces moved, the text re-wrapped
  width       digits and ASCII letters made full-width
  slot        the addressee's name replaced by {{ticket.requester.name}} (or the reverse)
  signature   the signature block swapped for another one, or dropped
  drop        one sentence deleted
  add         one sentence taken from another macro
  reword      a few stock words and phrases said another way
  numbers     the digits of dates, amounts and numbers changed

Writes a JSONL library ({"id", "title", "body"} per macro; the reader names each by its id) and
the planted groups (a JSON list of lists of ids). Same --count, same --seed: same bytes.

    python bench/dupes_library.py --count 50000 --out bench/out/dupes-50k.jsonl --truth bench/out/dupes-50k.truth.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "make_corpus.py"
GROUP_EVERY = 10  # one original in this many gets planted copies

# Stock wording and another way to say it (both directions are used).
REWORDS = [
    ("申し訳ございません", "申し訳ありません"), ("誠に", "大変"), ("ご連絡", "ご一報"),
    ("いたします", "します"), ("恐れ入りますが", "お手数ですが"), ("確認", "確かめ"),
    ("お問い合わせ", "お問合せ"), ("ございます", "あります"), ("ください", "くださいませ"),
    ("何卒", "どうぞ"), ("本日", "今日"), ("お客様", "お客さま"),
]
_NAME_LINE = re.compile(r"^[^\n]{1,30}?\s?様$", re.M)
_SLOT_LINE = re.compile(r"^\{\{ticket\.requester\.name\}\} 様$", re.M)
_SENTENCE = re.compile(r"[^。\n]+。")
_SIGNATURE_START = re.compile(r"\n\n(――|--|━━)[\s\S]*$|\n\n[^\n]*株式会社[^\n]*\n[^\n]*サポート[^\n]*\n[^\n]*$")
_FULL = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
                      "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")


def _corpus():
    import importlib.util

    if not CORPUS.is_file():
        raise SystemExit(f"dupes_library: {CORPUS} not found (shared/ must sit beside the project)")
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reflow(text: str, rng: random.Random) -> str:
    out = text.replace("。", rng.choice(["。\n", "。", "。 "]))
    return re.sub(r"\n{3,}", "\n\n", out).replace("、", rng.choice(["、", "、 ", "、\n"]))


def _width(text: str, rng: random.Random) -> str:
    return text.translate(_FULL)


def _slot(text: str, rng: random.Random) -> str:
    if _SLOT_LINE.search(text):
        return _SLOT_LINE.sub("佐藤 様", text, count=1)
    return _NAME_LINE.sub("{{ticket.requester.name}} 様", text, count=1)


def _signature(text: str, rng: random.Random, signatures: list[str]) -> str:
    body = _SIGNATURE_START.sub("", text)
    return body if rng.random() < 0.3 else body + "\n\n" + rng.choice(signatures)


def _drop(text: str, rng: random.Random) -> str:
    found = list(_SENTENCE.finditer(text))
    if len(found) < 3:
        return text
    m = rng.choice(found[1:])
    return text[:m.start()] + text[m.end():]


def _add(text: str, rng: random.Random, other: str) -> str:
    found = _SENTENCE.findall(other)
    if not found:
        return text
    extra = rng.choice(found).strip()
    places = [m.end() for m in _SENTENCE.finditer(text)] or [len(text)]
    p = rng.choice(places)
    return text[:p] + extra + text[p:]


def _reword(text: str, rng: random.Random) -> str:
    for a, b in rng.sample(REWORDS, 4):
        if rng.random() < 0.5:
            a, b = b, a
        text = text.replace(a, b)
    return text


def _numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\d", lambda m: str(rng.randrange(10)), text)


EDITS = ("reflow", "width", "slot", "signature", "drop", "add", "reword", "numbers")


def near_copy(text: str, rng: random.Random, other: str, signatures: list[str]) -> tuple[str, list[str]]:
    """A copy of `text` with two to four edits; `other` lends a sentence to `add`."""
    chosen = rng.sample(EDITS, rng.randint(2, 4))
    for edit in chosen:
        if edit == "signature":
            text = _signature(text, rng, signatures)
        elif edit == "add":
            text = _add(text, rng, other)
        else:
            text = globals()["_" + edit](text, rng)
    return text, chosen


def build(count: int, seed: str = "1"):
    """(macros, groups): `count` macros as (id, text), and the planted groups of ids."""
    mc = _corpus()
    rng = random.Random(f"replylint-dupes:{seed}")
    email = {"email": 1.0}
    signatures = [mc._fmt(s, mc.make_slots(random.Random(f"sig:{seed}:{k}"))[1])
                  for k, s in enumerate(mc.SIGNATURES)]
    macros: list[tuple[str, str]] = []
    groups: list[list[str]] = []
    n = 0  # originals drawn from the corpus
    while len(macros) < count:
        original = mc.make_reply(seed, n, email)["text"]
        n += 1
        ident = f"m{len(macros) + 1:06d}"
        macros.append((ident, original))
        if n % GROUP_EVERY:
            continue
        group = [ident]
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            if len(macros) >= count:
                break
            other = mc.make_reply(seed, 10**7 + len(macros), email)["text"]
            copy, _ = near_copy(original, rng, other, signatures)
            ident = f"m{len(macros) + 1:06d}"
            macros.append((ident, copy))
            group.append(ident)
        if len(group) > 1:
            groups.append(group)
    return macros, groups


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=50000)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--out", required=True, help="the JSONL library to write")
    ap.add_argument("--truth", required=True, help="the planted groups (JSON) to write")
    args = ap.parse_args(argv)
    macros, groups = build(args.count, args.seed)
    with open(args.out, "w", encoding="utf-8") as f:
        for ident, text in macros:
            f.write(json.dumps({"id": ident, "title": f"マクロ {ident}", "body": text}, ensure_ascii=False) + "\n")
    with open(args.truth, "w", encoding="utf-8") as f:
        json.dump(groups, f)
    planted = sum(len(g) - 1 for g in groups)
    print(f"{len(macros)} macros, {len(groups)} planted groups ({planted} copies)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
