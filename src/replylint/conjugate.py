"""Just enough conjugation to turn a plain predicate into its です・ます form."""

from __future__ import annotations

from .tokenize import Token

_I_ROW = {"カ": "き", "ガ": "ぎ", "サ": "し", "タ": "ち", "ナ": "に", "バ": "び", "マ": "み",
          "ラ": "り", "ワア": "い", "ワ": "い", "ア": "い"}
# 五段-ラ行 honorific verbs whose ます-stem ends in い.
_IRREGULAR_STEM = {"いらっしゃる": "いらっしゃい", "くださる": "ください", "下さる": "下さい",
                   "なさる": "なさい", "おっしゃる": "おっしゃい", "仰る": "仰い", "ござる": "ござい"}


def masu_stem(verb: Token) -> str | None:
    """The 連用形 that ます attaches to (発送する -> 発送し, 届く -> 届き), or None."""
    lemma, ctype = verb.lemma, verb.ctype
    if lemma in _IRREGULAR_STEM:
        return _IRREGULAR_STEM[lemma]
    if ctype.startswith("五段-"):
        row = ctype.split("-", 1)[1].removesuffix("行").split("-")[0]
        kana = _I_ROW.get(row)
        return lemma[:-1] + kana if kana and lemma else None
    if ctype.startswith(("上一段", "下一段")):
        return lemma[:-1] if len(lemma) > 1 else None
    if ctype.startswith("サ行変格"):
        if lemma.endswith("する"):
            return lemma[:-2] + "し"
        if lemma.endswith("ずる"):
            return lemma[:-2] + "じ"
    if ctype.startswith("カ行変格"):
        return lemma[:-1] if lemma.endswith("来る") else "き"
    return None


_TE_ENDING = {"カ": "いて", "ガ": "いで", "サ": "して", "タ": "って", "ラ": "って", "ワ": "って", "ワア": "って", "ア": "って",
              "ナ": "んで", "バ": "んで", "マ": "んで"}


def te_form(verb: Token) -> str | None:
    """The verb's て-form from its dictionary form (待つ -> 待って, 読む -> 読んで, 行く -> 行って,
    調べる -> 調べて), or None."""
    lemma, ctype = verb.lemma, verb.ctype
    if ctype.startswith("五段-"):
        if ctype.startswith("五段-カ行") and lemma.endswith(("行く", "いく", "逝く")):
            return lemma[:-1] + "って"
        row = ctype.split("-", 1)[1].removesuffix("行").split("-")[0]
        ending = _TE_ENDING.get(row)
        return lemma[:-1] + ending if ending and len(lemma) > 1 else None
    stem = masu_stem(verb)
    return stem + "て" if stem else None


def ra_godan_form(verb: Token, after: list[Token]) -> str | None:
    """A 五段-ラ行 verb (おっしゃる, いらっしゃる, なる, 召し上がる) in the form the tokens
    `after` it ask for, written out with them: ます (おっしゃいます), た/て (おっしゃった),
    ない (おっしゃらない), or the dictionary form when nothing follows. None for any other ending:
    the caller then has no exact rewrite."""
    lemma = verb.lemma
    rest = "".join(t.surface for t in after)
    if not after:
        return lemma
    first = after[0]
    if first.norm == "ます":
        stem = masu_stem(verb) or lemma[:-1] + "り"
        return stem + rest
    if first.norm == "た" or first.surface in ("て", "た"):
        return lemma[:-1] + "っ" + rest
    if first.lemma in ("ない", "ず", "ぬ") or first.norm in ("ない", "ず", "ぬ"):
        return lemma[:-1] + "ら" + rest
    return None
