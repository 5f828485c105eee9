"""positive/threat: a sanction said flatly as what follows their failure.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

from ... import segments as seg
from ...document import Document
from ...engine import CheckContext, triggered_by
from ...regexes import lazy
from ._shared import _end_of_words, _from_rarest, _hit


# What we will do to them if they fail, said flatly as a sanction: 遅刻した場合は契約を打ち切ります /
# 返却されない場合は、容器代を請求します / 期限を過ぎた場合は、機器代金として11,000円を請求します.
# (Their failure as the condition: not done, late, past, broken; our act in the plain ます: not the
# news of a charge, 差額をご請求いたします, nor a condition of ours, 不要な場合は.)
# (or what they did, found out: 見つけた場合は, 発覚した場合は; and the sanction of voiding it: 無効とします)
_THREAT = lazy(r"(ない|なかった|過ぎた|すぎた|遅れた|遅刻した|超えた|破った|違反した"
               r"|見つけた|見つかった|発見した|発見された|発覚した|判明した)場合(は|には)?[、,]?[^。]{0,30}?"
               r"((請求|解約|解除|停止|処分|廃棄|破棄|没収|退会|強制退会|除籍|無効)(と)?します|打ち切ります|打ち切りとします)")


# ...or the trouble said to come back unless they act (in the honorific or as received from them: not
# 弊社で対策しないと, ours): 御社側でマスタを直していただかないと、同じことが何度でも起きます
_THREAT_AGAIN = lazy(r"(いただか|なさら|され)ないと[、,]?[^。]{0,20}?(同じこと|同様のこと|同じ問題|同様の問題|同じトラブル"
                     r"|同様のトラブル|同じ不具合|同様の不具合|同じエラー)[^。]{0,10}?(起き|起こり|起こる|発生し|発生する|繰り返さ|繰り返し)")


# (what each pattern holds: _THREAT's condition ends in い場合 or た場合, _THREAT_AGAIN's in ないと;
# not 場合 alone, in nearly every offer of help: ご不明な点がある場合は)
@triggered_by(_from_rarest(["い場合", "た場合", "ないと"]))
def threat(doc: Document, ctx: CheckContext):
    norm = doc.norm
    for s in ctx.sentences(doc, doc.linted_sentences(seg.BODY, seg.CLOSING)):
        m = norm.find("場合", s.nstart, s.nend) >= 0 and _THREAT.search(norm, s.nstart, s.nend) \
            or norm.find("ないと", s.nstart, s.nend) >= 0 and _THREAT_AGAIN.search(norm, s.nstart, s.nend) or None
        if m is not None:
            comma = max(norm.rfind("、", s.nstart, m.start()), norm.rfind(",", s.nstart, m.start()))
            start = comma + 1 if comma >= 0 else s.nstart
            yield _hit(doc, start, _end_of_words(norm, start, m.end()), suggestion=ctx.options.get("hint") or None)
