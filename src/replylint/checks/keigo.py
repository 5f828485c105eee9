"""Keigo checks that need the shape of a sentence, not only its words."""

from __future__ import annotations

import re

from .. import segments as seg
from ..conjugate import masu_stem
from ..document import Document, Sentence
from ..engine import CheckContext, Hit
from ..tokenize import Token

_PUNCT = ("補助記号", "記号")
_BULLET = re.compile(r"^\s*([・\-*•●○◯■□◆◇▼▽▶►※✓✔]|\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳]|【[^】]*】\s*$)")
_POLITE, _PLAIN = "polite", "plain"


def _ending(doc: Document, s: Sentence) -> list[Token] | None:
    """The sentence's tokens up to its predicate end (final punctuation and particles cut)."""
    toks = doc.sentence_tokens(s)
    while toks and toks[-1].pos[0] in _PUNCT:
        if toks[-1].surface in ")」』】]〉》":
            return None  # ends in a quotation or an aside: not our sentence-final form
        toks = toks[:-1]
    while toks and toks[-1].pos[1] == "終助詞":
        toks = toks[:-1]
    return toks or None


def _classify(toks: list[Token]) -> tuple[str, int] | None:
    """(_POLITE | _PLAIN, index where the predicate starts) for a sentence's ending."""
    last = toks[-1]
    prev = toks[-2] if len(toks) > 1 else None
    p0 = last.pos[0]
    if p0 == "助動詞":
        if last.norm in ("です", "ます"):
            return _POLITE, len(toks) - 1
        if last.norm in ("た", "う", "よう", "ぬ", "ん") and prev is not None and prev.norm in ("です", "ます"):
            return _POLITE, len(toks) - 2
        if last.norm == "た" and prev is not None and prev.norm == "ない" and len(toks) > 2 \
                and toks[-3].norm == "ます":
            return _POLITE, len(toks) - 3
        if last.norm in ("だ", "た", "ない", "う", "よう", "まい"):
            return _PLAIN, _predicate_start(toks)
        return None
    if p0 in ("動詞", "形容詞") and last.cform.startswith("終止形"):
        if last.norm == "ある" and prev is not None and prev.norm == "だ":
            return _PLAIN, _predicate_start(toks)  # である
        if last.pos[1] == "非自立可能" and prev is not None and prev.pos[0] == "助詞" and prev.surface == "て":
            return _PLAIN, _predicate_start(toks)  # 〜ている
        return _PLAIN, _predicate_start(toks)
    return None


def _predicate_start(toks: list[Token]) -> int:
    """Walk back over auxiliaries to the verb / adjective / noun that carries the predicate."""
    i = len(toks) - 1
    while i > 0 and (toks[i].pos[0] == "助動詞" or (toks[i].pos[0] in ("動詞", "形容詞") and toks[i].pos[1] == "非自立可能")
                     or (toks[i].pos[0] == "助詞" and toks[i].surface in ("て", "で", "は"))):
        i -= 1
    # The noun of a サ変 verb (発送|する) or before だ (予定|だ) belongs to the predicate.
    if i > 0 and toks[i].pos[0] in ("動詞", "助動詞") and toks[i - 1].pos[0] in ("名詞", "形状詞") \
            and toks[i - 1].nend == toks[i].nstart:
        i -= 1
    return i


def _polite_form(toks: list[Token], start: int) -> str | None:
    """A です・ます rewrite of toks[start:], or None when no safe rewrite is known."""
    pred = toks[start:]
    norms = [t.norm for t in pred]
    head = pred[0]
    prefix = ""
    if head.pos[0] in ("名詞", "形状詞"):
        prefix, pred, norms = head.surface, pred[1:], norms[1:]
        if not pred:
            return None
        head = pred[0]
    # Copula: だ / だった / である / だろう / ではない
    if head.norm == "だ":
        rest = "".join(t.surface for t in pred)
        for plain, polite in (("だった", "でした"), ("だろう", "でしょう"), ("である", "です"),
                              ("ではない", "ではありません"), ("じゃない", "ではありません"), ("だ", "です")):
            if rest == plain:
                return prefix + polite
        return None
    if head.pos[0] == "形容詞":
        return prefix + "".join(t.surface for t in pred) + "です"
    if head.pos[0] != "動詞":
        return None
    verbs = [t for t in pred if t.pos[0] == "動詞"]
    main = verbs[-1]
    stem = masu_stem(main)
    if stem is None:
        return None
    lead = prefix + "".join(t.surface for t in pred[:pred.index(main)])
    tail = norms[pred.index(main) + 1:]
    endings = {(): "ます", ("た",): "ました", ("ない",): "ません", ("ない", "た"): "ませんでした",
               ("う",): "ましょう", ("よう",): "ましょう"}
    if tuple(tail) in endings:
        return lead + stem + endings[tuple(tail)]
    return None


def _judged(doc: Document, s: Sentence) -> bool:
    """Sentences whose ending we judge: written prose, not bullets, headings or cut lines."""
    if s.kind not in (seg.GREETING, seg.BODY, seg.CLOSING):
        return False
    line = doc.lines[s.line]
    if _BULLET.match(doc.norm, line.nstart, line.nend) and s.nstart <= line.nstart + 4:
        return False
    if not s.terminated:
        nxt = s.line + 1
        # A line wrapped in the middle of a sentence is not a sentence end.
        if nxt < len(doc.lines) and doc.lines[nxt].nend > doc.lines[nxt].nstart:
            return False
    return True


def mixed_style(doc: Document, ctx: CheckContext):
    judged: list[tuple[list[Token], int]] = []
    polite = 0
    for s in doc.sentences:
        if not _judged(doc, s):
            continue
        toks = _ending(doc, s)
        if toks is None:
            continue
        kind = _classify(toks)
        if kind is None:
            continue
        if kind[0] == _POLITE:
            polite += 1
        else:
            judged.append((toks, kind[1]))
    if polite == 0 or polite < len(judged):
        return  # not a です・ます reply; nothing to be consistent with
    for toks, start in judged:
        yield Hit(toks[start].start, toks[-1].end, suggestion=_polite_form(toks, start))
