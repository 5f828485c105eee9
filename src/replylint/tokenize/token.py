"""The backend-neutral token every rule reads."""

from __future__ import annotations

from typing import NamedTuple

# Inflecting parts of speech: their tokens carry a conjugation type and form.
INFLECTING = frozenset({"動詞", "形容詞", "助動詞", "形状詞"})


class Token(NamedTuple):
    """One morpheme.

    ``start``/``end`` are code-point offsets into the ORIGINAL reply text; ``nstart``/``nend``
    are offsets into the document's normalized (NFKC) view, which the matchers walk.
    """

    surface: str  # as it appears in the normalized view
    lemma: str  # dictionary form, same spelling as the surface (行っ -> 行く)
    norm: str  # normalized lexeme, spelling variants merged (下さい -> 下さる, サーバ -> サーバー)
    reading: str  # katakana reading of the surface, "" when unknown
    pos: tuple[str, str, str, str]  # UniDic-style POS levels, "*" when empty
    ctype: str  # conjugation type (五段-ラ行 ...), "*" when not inflecting
    cform: str  # conjugation form (連用形-一般 ...), "*" when not inflecting
    start: int
    end: int
    nstart: int
    nend: int

    @property
    def inflects(self) -> bool:
        return self.ctype != "*"
