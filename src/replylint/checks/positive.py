"""Positive phrasing: refusals must come with what can be done."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..document import Document
from ..engine import CheckContext, Hit

# A refusal stated as the company's position (run on the normalized view).
_REFUSAL = re.compile(
    r"(でき|出来)(ません|かねます)"
    r"|(いたし|致し|し|承り|応じ|お受けし)かねます"
    r"|(対応|受け付け|受付|取り扱い|取扱い|承っ)て?(おり|い)ません"
    r"|不可能です|不可となります|お受けできません"
    r"|ご利用(いただけ|になれ)ません")
# Not a refusal: the customer's own report, a question, a condition.
_NOT_REFUSAL_AFTER = re.compile(r"(でした|と(の|いう)|か|場合|ので[^。]*(か|でしょうか)|ため[^。]*確認)")
# An alternative: something that can be done, offered in the same or the next sentence.
_ALTERNATIVE = re.compile(
    r"代わりに|かわりに|代替|別の(方法|手段|商品)|ほかの(方法|手段)|他の(方法|手段)"
    r"|であれば|でしたら|なら[、,]?[^。]{0,30}(可能|でき|いただけ)|場合は[^。]{0,30}(可能|でき|いただけ)"
    r"|いただけます|いただくことができます|いただくことも可能|可能です|できます(?!ん)"
    r"|ご案内(いたし|し|申し上げ)ます|ご利用ください|お試しください|ご検討ください|ご活用ください"
    r"|お手続き(いただけ|ください)|ご提案|お選びいただけ|お送り(いたし|し)ます"
    r"|承ります|お受け(いたし|し)ます|手配(いたし|し)ます|お取り替え|お取替え|交換(いたし|し)ます"
    r"|お申し付けください|ご相談ください|お問い合わせください")


def _word_start(doc: Document, nstart: int) -> int:
    """Take the noun a refusal verb hangs on along: 返金|できません, 再発行は|いたしかねます -> 再発行."""
    i = bisect_right(doc.tokens_nstarts, nstart) - 1
    if i < 0 or doc.tokens[i].nstart != nstart:
        return nstart
    j = i - 1
    if j >= 0 and doc.tokens[j].pos[0] == "助詞" and doc.tokens[j].surface in ("は", "を", "が", "も"):
        j -= 1
    if j >= 0 and doc.tokens[j].pos[0] == "名詞" and doc.tokens[j].pos[2] == "サ変可能":
        return doc.tokens[j].nstart
    return nstart


def refusal(doc: Document, ctx: CheckContext):
    norm = doc.norm
    sentences = doc.linted_sentences()
    to_start, to_end = doc.view.start_in_original, doc.view.end_in_original
    for k, s in enumerate(sentences):
        for m in _REFUSAL.finditer(norm, s.nstart, s.nend):
            if _NOT_REFUSAL_AFTER.match(norm, m.end(), s.nend):
                continue
            window_end = sentences[k + 1].nend if k + 1 < len(sentences) else s.nend
            if _ALTERNATIVE.search(norm, s.nstart, window_end):
                continue
            yield Hit(to_start(_word_start(doc, m.start())), to_end(m.end()))
            break  # one finding per sentence
