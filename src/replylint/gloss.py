"""Whether a term is explained where it stands: a plain gloss in brackets right after it
(SLA(サービス品質の保証), セッション「ログイン状態」), the plain words right before it with the
term in brackets (ログイン状態(セッション)), a definition (SLAとは、…), or `以下` naming it.

Offsets are into the normalized view (NFKC: full-width brackets are half-width there). The
patterns are compiled at their first use, as the checks' are: most replies explain nothing.
"""

from __future__ import annotations

from .regexes import lazy

# A gloss right after the term (a few more letters of the word may stand between: CSV形式(…)).
# It must hold words, not only a number or a code.
_GLOSS_AFTER = lazy(r"[一-龥ァ-ヶー]{0,4}\s*[(「]([^()「」\n]{2,60})[)」]")
_HAS_WORDS = lazy(r"[ぁ-んァ-ヶ一-龥]{2}")
# ... or defined in words: SLAとは、… / SLA、つまり… / SLA=… / (一般にSSOと呼ばれる仕組み)
_DEFINED_AFTER = lazy(r"\s*(とは|って|、?つまり|=|:|と" + "(?:呼ば|呼び|いい|言い|いう|言う))")
# ... or introduced as a name: いわゆるSSO
_NAMED_BEFORE = lazy(r"いわゆる[「\s]?$")
# ... or named for what follows: 以下「SLA」, (以下、SLA)
_GLOSS_BEFORE = lazy(r"以下[、,]?\s*[「(]?$")
_LATER_IS_DEFINED = lazy(r"以下")


def explained_at(norm: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Whether the term at norm[start:end], in the sentence norm[s_start:s_end], is explained there."""
    before = norm[s_start:start]
    if norm[end:end + 1] == ")" and before[-1:] == "(":
        # サービス品質保証(SLA): the words before the bracket explain it.
        return bool(_HAS_WORDS.search(before[-12:-1])) or bool(_LATER_IS_DEFINED.search(before))
    if _GLOSS_BEFORE.search(before) or _NAMED_BEFORE.search(before):
        return True
    m = _GLOSS_AFTER.match(norm, end, s_end)
    if m and _HAS_WORDS.search(m.group(1)):
        return True
    return bool(_DEFINED_AFTER.match(norm, end, s_end))
