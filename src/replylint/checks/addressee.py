"""The honorific on the addressee lines: 御中 given to a person, or 御中 over a person's 様.

An addressee is part of a mail's opening (greeting/addressee-honorific, as 殿 on a customer is
greeting/addressee-dono): blind writers label these slips as the opening's, 15 times against 8 as
keigo (round 37). An honorific doubled inside one name (部長様, 様各位, 御中様) stays
keigo/honorific-title's, wherever it stands.
"""

from __future__ import annotations

from .. import segments as seg
from ..document import Document, Sentence
from ..engine import CheckContext, Hit, triggered_by
from ..regexes import Grammar, lazy
from .keigo._common import _hit
from .keigo.honorifics import _DOUBLE_TITLE

_ONCHU = lazy(r"御中")
_PERSON_SAMA = Grammar(r"[^\s、,]{1,12}[ \u3000]?(様|さま|殿)")
_NAME_LINE_END = lazy(r"(様|さま|殿)\s*$")


def _header(doc: Document) -> list[Sentence]:
    """The addressee, with the name lines right under it (会社名 御中 / 部署名 ○○様)."""
    out = list(doc.linted_sentences(seg.ADDRESSEE))
    if not out:
        return out
    line = out[-1].line
    for s in doc.sentences:
        if s.line <= line or s.kind == seg.QUOTED:
            continue
        if s.line != line + 1 or s.terminated or not _NAME_LINE_END.search(doc.norm, s.nstart, s.nend):
            break
        out.append(s)
        line = s.line
    return out


def _onchu_for_a_person(doc: Document, s: Sentence):
    """御中 after a person's full name (三好 達也 御中): 御中 is for a company or a department, a
    person takes 様. (Only with the given name: a surname alone may be a shop's name.)"""
    if "御中" not in doc.norm[s.nstart:s.nend]:
        return  # (safe: the loop below reports only at a token whose surface is 御中)
    toks = doc.sentence_tokens(s)
    for i, t in enumerate(toks):
        if t.surface == "御中" and i > 0 and toks[i - 1].pos[2] == "人名" and toks[i - 1].pos[3:4] == ("名",):
            k = i - 1
            while k > 0 and toks[k - 1].pos[2] == "人名":
                k -= 1
            name = doc.text[toks[k].start:toks[i - 1].end]
            yield _hit(toks, i, i + 1, suggestion="様", fix=None,
                       message=f"個人の名前（{name}）に「御中」を付けています。「御中」は会社や部署に付ける敬称です。"
                               f"「{name} 様」と書きます。")


@triggered_by(r"御中")
def addressee_honorific(doc: Document, ctx: CheckContext):
    addressee = _header(doc)
    if not addressee:
        return
    for s in addressee:
        yield from _onchu_for_a_person(doc, s)
    # 御中 on one line, 様 for a person on the next: the addressee block as a whole.
    block = [(s, doc.norm[s.nstart:s.nend]) for s in addressee]
    onchu = [(s, m) for s, t in block for m in _ONCHU.finditer(t)]
    # (a role under the company, 経理ご担当者様, names no person: 御中 over it is common usage,
    # which blind writers accept; a person's name with 様 under 御中 is not)
    sama = [(s, m) for s, t in block for m in _PERSON_SAMA.finditer(t)
            if "御中" not in m.group() and "担当" not in m.group()]
    # (御中様 written as one is keigo/honorific-title's: not reported twice)
    if onchu and sama and not any(_DOUBLE_TITLE.search(t) and "御中" in t for _, t in block):
        s, m = onchu[0]
        a, b = doc.original_span(s.nstart + m.start(), s.nstart + m.end())
        yield Hit(a, b, "「御中」と「様」を併用しています。人宛てなら「御中」を外し、"
                        "「会社名 部署名 ○○様」（名前がわからなければ「ご担当者様」）と書きます。", "（御中を削除）")
