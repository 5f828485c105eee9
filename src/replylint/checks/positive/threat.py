"""positive/threat: a sanction said flatly as what follows their failure.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

from ... import segments as seg
from ...document import Document
from ...engine import CheckContext, triggered_by
from ...regexes import lazy
from ._shared import _end_of_words, _hit, _sentences_with_any


# What we will do to them if they fail, said flatly as a sanction: 遅刻した場合は契約を打ち切ります /
# 返却されない場合は、容器代を請求します / 期限を過ぎた場合は、機器代金として11,000円を請求します.
# (Their failure as the condition: not done, late, past, broken; our act in the plain ます: not the
# news of a charge, 差額をご請求いたします, nor a condition of ours, 不要な場合は.)
# (or what they did, found out: 見つけた場合は, 発覚した場合は; and the sanction of voiding it: 無効とします)
# (and in the polite forms, いたします / させていただきます, which make a sanction no softer: 期限までにお支払い
# がない場合は、アカウントを停止させていただきます; legal steps in any form: 法的措置を講じます)
# The sanctions we may take, said as the act (停止いたします) or as the step toward it (停止の手続きに入ります)
_SANCTIONS = ("請求", "解約", "解除", "停止", "処分", "廃棄", "退会", "強制退会", "除籍", "取り消し", "取消し", "キャンセル扱い")
_THREAT = lazy(r"(?P<cond>ない|なかった|過ぎた|すぎた|遅れた|遅刻した|超えた|破った|違反した|違反された|違反なさった"
               r"|見つけた|見つかった|発見した|発見された|発覚した|判明した"
               # (what they did without leave: 無断でキャンセルされた場合は)
               r"|無断で[^。、]{0,12}?(?:され|し|なさっ)た"
               # (a wrong of theirs said to have been found or judged so: 同様の行為があった場合は /
               # 不正利用と判断した場合は)
               r"|(?:行為|違反|不正[^。、]{0,4}?|迷惑行為|撮影|転売|無断[^。、]{0,6}?|(?:同じ|同様の)こと)(?:が|と)?(?:あった|確認された|確認できた"
               r"|認められた|判断した|判断された))場合(は|には)?[、,]?[^。]{0,30}?"
               # (not a free service offered as the default: ご指定がない場合は、無料処分とさせていただきます)
               r"((?<!無料)(?<!無償)(?P<act>" + "|".join(_SANCTIONS + ("破棄", "没収", "無効", "凍結")) + r")(と)?"
               r"(?P<end>します|いたします|致します|させていただきます)"
               r"|取り消します|打ち切ります|打ち切りとします|打ち切らせていただきます"
               # (the sanction as the step we take: 供給停止の手続きに入ります / 解約の手続きを進めます)
               r"|(?:" + "|".join(_SANCTIONS + ("差し押さえ", "差押え")) + r")の(?:お)?手続き"
               r"(?:に入り|を(?:取り|とり|行い|開始し|開始いたし|進め|進めさせていただき|取らせていただき))ます"
               r"|法的(?:な)?(?:措置|手段|対応)を(?:とり|取り|講じ|とらせていただき|取らせていただき|講じさせていただき)ます"
               # (or their use refused from now on, or what they would get withheld altogether:
               # 今後のご利用をお断りすることになります / 入庫をお断りします / 補償は一切行いません /
               # 救済は一切いたしません; or named as what they become subject to: 除籍の対象となります;
               # round 34, labeled by four blind writers)
               r"|(?:ご利用|ご予約|ご入場|ご入館|ご来店|ご乗車|ご搭乗|ご参加|面会|入庫|お取引|サービス|お申し込み)を(?:お断り|お受けできなく)"
               r"(?:します|いたします|致します|させていただきます|することになります|することがございます|する場合がございます|なります)"
               r"|(?:補償|救済|返金|保証|対応|交換)(?:は|も)?一切(?:行い|いたし|致し|し)ません"
               # (or any dealing with it refused, when they fail: 領収書がない場合は対応できません / 型番が分からない
               # 場合は対応できませんので / これ以上の調査はできません; round 36, labeled by eight blind writers,
               # in no clean dev reply; not what we cannot do for a cause of ours)
               r"|(?:対応|お調べ|調査|作業)(?:は)?(?:できません|できかねます|いたしかねます|致しかねます|いたしません|致しません)"
               r"|一切(?:の)?(?:補償|救済|返金|保証|対応)(?:を|は)?(?:行い|いたし|致し|し)ません"
               r"|(?:除籍|退学|退会処分|強制退会|契約解除|利用停止|処分)の対象(?:と|に)なります"
               # (or the police called on them: 警察に通報いたします / 警察へ届け出ます)
               r"|警察(?:に|へ)[^。]{0,6}?(?:通報|届け出|届出|相談)(?:いたし|致し|し|させていただき)?ます)")
# Found out, in a polite sanction: a wrong of theirs found (not 不具合が見つかった場合は…販売を停止いたします,
# a fault of the thing, and a step of ours)
_FOUND = ("見つけた", "見つかった", "発見した", "発見された", "発覚した", "判明した")
_WRONG = lazy(r"不正|違反|転売|無断|虚偽|なりすまし|重複|二重|録画|撮影|持ち出|改ざん|譲渡|複製|転載|盗用|迷惑行為")
# A charge in the polite form is a sanction when it is a penalty (違約金, 延滞金, 全額): 差額をご請求いたします
# is news of a bill
_PENALTY = lazy(r"違約金|延滞|遅延損害|損害|賠償|罰金|ペナルティ|全額|弁償|手数料|代金|容器代|機器代")


_FOR_SAFETY = lazy(r"(?:安全|セキュリティ|保護|被害を防ぐ|不正を防ぐ|悪用を防ぐ)[^。、]{0,6}?ため")


def _sanction(norm: str, m) -> bool:
    """The match of _THREAT says a sanction: the plain します as before; a polite ending only after
    a failure of theirs or a wrong of theirs found, and for a charge, a penalty."""
    if _FOR_SAFETY.search(norm, m.start(), m.end()):
        return False  # a step taken to keep them safe (更新が確認できない場合は、安全のため、弊社でこの
        # プラグインを一時的に停止いたします): a protection, told with its reason; eight clean dev replies
        # give such a step, none labeled (round 37)
    if m.group("end") in (None, "します"):
        return True
    if m.group("cond") in _FOUND and not _WRONG.search(norm, max(0, m.start() - 30), m.start()):
        return False
    return m.group("act") != "請求" or _PENALTY.search(norm, m.start(), m.end()) is not None


# ...or the trouble said to come back unless they act (in the honorific or as received from them: not
# 弊社で対策しないと, ours): 御社側でマスタを直していただかないと、同じことが何度でも起きます
# ...or as soon as the wrong is seen, a penalty (確認でき次第、退会処分とさせていただきます): not a
# step they asked for, ご入金が確認でき次第、解約の手続きを進めます (no penalty named)
_THREAT_ON_SIGHT = lazy(r"(?:確認|発見|判明)(?:でき|され|し)次第[、,]?[^。]{0,20}?(?:退会処分|強制退会|除名|出入り禁止|出入禁止|利用停止"
                        r"|アカウント(?:を)?(?:停止|凍結|削除)|会員資格(?:を)?(?:停止|取り消し|剥奪)|退場)"
                        r"(?:と|を|に)?(?:します|いたします|致します|させていただきます|となります)")
_THREAT_AGAIN = lazy(r"(いただか|なさら|され)ないと[、,]?[^。]{0,20}?(同じこと|同様のこと|同じ問題|同様の問題|同じトラブル"
                     r"|同様のトラブル|同じ不具合|同様の不具合|同じエラー)[^。]{0,10}?(起き|起こり|起こる|発生し|発生する|繰り返さ|繰り返し)")


# (what each pattern holds: _THREAT's condition ends in い場合 or た場合, _THREAT_AGAIN's in ないと;
# not 場合 alone, in nearly every offer of help: ご不明な点がある場合は. Each from one literal: see
# _sentences_with_any)
_IF_NOT = lazy(r"場(?:(?<=い場)|(?<=た場))合")
_UNLESS = lazy(r"ないと")
_ONCE_SEEN = lazy(r"第(?<=次第)")


@triggered_by(_IF_NOT, _UNLESS, _ONCE_SEEN)
def threat(doc: Document, ctx: CheckContext):
    norm = doc.norm
    for s in _sentences_with_any(doc, ctx, doc.linted_sentences(seg.BODY, seg.CLOSING), (_IF_NOT, _UNLESS, _ONCE_SEEN)):
        m = norm.find("場合", s.nstart, s.nend) >= 0 and next(
            (t for t in _THREAT.finditer(norm, s.nstart, s.nend) if _sanction(norm, t)), None) \
            or norm.find("ないと", s.nstart, s.nend) >= 0 and _THREAT_AGAIN.search(norm, s.nstart, s.nend) \
            or norm.find("次第", s.nstart, s.nend) >= 0 and _THREAT_ON_SIGHT.search(norm, s.nstart, s.nend) or None
        if m is not None:
            comma = max(norm.rfind("、", s.nstart, m.start()), norm.rfind(",", s.nstart, m.start()))
            start = comma + 1 if comma >= 0 else s.nstart
            yield _hit(doc, start, _end_of_words(norm, start, m.end()), suggestion=ctx.options.get("hint") or None)
