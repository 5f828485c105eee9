"""positive/refusal: a refusal stated as the company's position, with no way forward near it.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

import itertools

from ... import segments as seg
from ...document import Document, Sentence, _holds_any_between
from ...engine import CheckContext
from ...regexes import _top_alternatives, by_first_char, lazy
from ._shared import (
    _CONTENT_WORD, _FILLER, _LIMIT_ONLY, _NONE_GIVEN_BACK, _NOT_REFUSAL_AFTER, _PARTY_WORD, _POSSIBLE, _REFUSAL, _REFUSAL_MORE, _REFUSAL_WORDS, _TURN, _alternative_at,
    _has_alternative, _hit, _holding_no_other, _index_in, _phrase_start, _refuses_in, _restates, _sentence_ok, _sentences_with_parts,
    _tok_index,
)
from .blame import _blamed_before, _blames
from .curt_request import _curt_at
from .double_negative import _DURING, _NEG_CONDITION, _UNAVAILABLE, _UNTIL_DONE
from .lecturing import ALSO_WRITTEN_GO, _NORM_WORDS, _ORDERS, _ORDER_WORDS, _norm_held
from .negative_command import _NEG_CMD
from .rule_citing import _rule_cited


# Not a refusal: what a maintenance or a change leaves untouched (本メンテナンスの対象外となります),
# and the no-reply line of a mail sent by a system (送信専用のため、返信できません).
_SCOPE_BEFORE = lazy(r"(メンテナンス|作業|工事|障害|変更|改定|停止|影響|値上げ|今回の措置)の$")
_SEND_ONLY = lazy(r"送信専用|配信専用|自動送信|自動配信")
# A scope stated (〜が対象です); and the refusal that holds for a request not done (ご連絡のない,
# 書類がない), right after the request itself (〜ください)
_IN_SCOPE = lazy(r"対象(です|となります|でございます|となっております)")
# (or the act itself undone: 分配してください。分配されていないチケットでは入場できません)
_IF_NOT_DONE = lazy(r"([一-龥ァ-ヶー]{1,6})((の|が)ない|(され|し)て(い|おら)?ない)")


def _asked_before(norm: str, prev, start: int, end: int) -> bool:
    """The refusal in norm[start:end] holds for a request not done (ご連絡のない返品は), and the
    sentence before asks for just that (事前にご連絡ください)."""
    # (every match holds ない: _IF_NOT_DONE starts with a class of kanji, tried at every one)
    m = _IF_NOT_DONE.search(norm, start, end) if norm.find("ない", start, end) >= 0 else None
    if m is None:
        return False
    asked = norm.find(m.group(1), prev.nstart, prev.nend)
    return asked >= 0 and bool(_ASK_RIGHT_AFTER.match(norm, asked + len(m.group(1)), prev.nend))


_ASK_RIGHT_AFTER = lazy(r"[^。、]{0,4}?(ください|くださいませ|(を|の)?お願い(いたし|し|申し上げ)ます)")
# Not a refusal: the customer's own report, a question, a quotation, a condition.
# What our own mind cannot do (理解できません, 納得いたしかねます,
# 把握することができません): a state of the writer, not a service withheld, so no way forward is owed.
_OWN_MIND_BEFORE = lazy(r"(理解|納得|想像|把握|予想|予測|判断|断定)(する|いたす|致す)?(こと)?(が|は|も)?$")
# A limit or a charge as what we set none of (有効期限は設けておりません / 解約金は設けておりません)
_NO_LIMIT_BEFORE = lazy(r"(期限|制限|上限|下限|手数料|料金|違約金|解約金|縛り|キャンセル料|最低利用期間|ノルマ|回数|定員|条件)"
                        r"(は|も|など(は|も)?|等(は|も)?)[、,]?\s*(特に|とくに)?[、,]?\s*$")
# Someone else as the one who cannot (相手の方が / 第三者が / ほかの方も): a safeguard of the reader's
# (or one who found or took what is the reader's, 端末を拾った方が / 盗んだ人が, and our own staff, 弊社の
# 社員でも: what their data is safe from)
_OTHERS_CANNOT = lazy(r"(?:相手の?方|相手先|第三者|他人|他の方|ほかの方|他のお客様|ほかのお客様|外部(?:の方)?|悪意のある[^。、]{0,6}?"
                      r"|(?:拾っ|拾われ|拾わ|盗ん|盗まれ|盗ま|持ち去っ|手に入れ|入手し|不正に[^。、]{0,8}?し)た(?:方|人|者)"
                      r"|(?:弊社|当社|私ども|わたくしども)の?(?:社員|スタッフ|従業員|担当者|サポート担当者?)(?:で)?)"
                      r"(?:が|も|は|から)(?![^。]{0,6}?(?:ご本人|お客様ご自身))")
# ...and among those, the ones that set what follows against the limit: a sentence that opens
# with one and refuses nothing says what is possible (ただ、後期の出願は3月2日まで受け付けています).
# (Not ただし or なお, which add a further condition or a note.)
_CONTRAST = lazy(r"\s*(ただ|しかし|一方で?|その代わり(に|として)?|そのかわり(に|として)?|ですが|とはいえ)[、,]")
# A sentence that only gives the refusal's reason (〜確定して発券しているためです; 情報が第三者の目に
# 触れるおそれがあるため、メールでの送付は控えております): the way forward may come after it.
# (and one that gives what the limit is for, 〜トラブルを防ぐための取り決めでございます, or why it
# was stopped, 有効期限が切れているため、利用が停止されております)
_REASON_ONLY = lazy(r"(ため|から|ためで|もので)(です|でございます)[。!]?\s*$|(ため|ので)[、,][^。]{0,40}?(控え|見合わせ)"
                    r"|ための(取り決め|決まり|規定|ルール|措置|仕組み|制限|お願い)(です|でございます|となっております)[。!]?\s*$"
                    r"|(ため|ので)[、,][^。]{0,40}?(停止|制限|休止|保留|凍結|ロック|無効)(され|となっ|になっ|に)て(おり|い)ます[。!]?\s*$"
                    # (or the rule the limit keeps, told after it: 町との取り決めでも、そのようにご案内するよう
                    # 定められております; round 37)
                    r"|(取り決め|取決め|規定|規約|決まり|ルール|法令|法律|条例|契約)[^。]{0,30}?(定められ|決められ|決まっ)て(おり|い)ます[。!]?\s*$")


def _reason_only(norm: str, start: int, end: int) -> bool:
    """norm[start:end], a sentence, only gives a refusal's reason (_REASON_ONLY)."""
    # (every match holds ため, から or ので: most sentences after a refusal hold none, and the
    # pattern stops at every た, か, も and の of theirs)
    span = norm[start:end]
    return ("ため" in span or "から" in span or "ので" in span or "られて" in span or "決まっ" in span) \
        and _REASON_ONLY.search(norm, start, end) is not None


# Who else the reader may be sent to: a carrier, a maker, a card company, the shop it was bought at
# (the words bare, for refusal's trigger: each of its alternatives starts with a literal)
_THIRD_WORDS = (r"運送会社|運送業者|配送業者|配送会社|配達業者|宅配業者|物流会社|メーカー|製造元|製造会社|カード会社|決済代行会社"
                r"|販売店|購入店|購入先|発行元|提供元|通信会社|携帯会社|保険会社|管理会社|各社"
                # (the shop it was bought at, in plain words: 購入されたお店 / お買い求めになった店舗 / 代理店)
                r"|お店|代理店|店舗|販売元|公式アカウント|購入元|販売会社|販売業者|施工会社|施工業者|工事会社|設置業者|プロバイダ"
                # (any company or trader named by what it does, ローン会社, 信販会社, 修理業者: the noun's head)
                r"|会社|業者"
                # (or a carrier by its name's head: ヤマト運輸, 佐川急便, 郵便局; round 34)
                r"|運輸|急便|郵便局|日本郵便"
                # (or a hospital or an office the matter belongs to: それは病院に聞いてください / 市役所にお問い合わせ
                # ください; round 31. Not the reader's own doctor, whom a pharmacist rightly sends them to:
                # 次回の受診時に、主治医へご相談ください)
                r"|病院|医療機関|クリニック|市役所|区役所|役所|警察|税務署|保健所")
_THIRD = "(?:" + _THIRD_WORDS + ")"
# The reader sent there, as what to do (運送会社へ直接お問い合わせください / メーカーにご相談ください)
_REFERRAL_TAIL = (r"(?:(?:さん|様)?(?:の(?:サポート|お客様|お客様相談|カスタマー)?(?:窓口|センター|デスク|相談室)|のサポート|の公式(?:アカウント|サイト))?"
                  # (or sent there to do it themselves: メーカーの窓口へご自身でご連絡をお願いします)
                  r"(?:へ|に|まで)[、,]?(?:直接|改めて|あらためて|別途|(?:お客(?:様|さま))?ご自身で)?[、,]?"
                  # (or asked there, or called: メーカーさんに聞いていただけますか / 公式アカウントにお尋ねください /
                  # サポートセンターへお電話ください)
                  # (or asked to check it with them: カード会社にご確認ください)
                  r"(?:お問い合わせ|お問合せ|お問い合せ|ご連絡|ご相談|お尋ね|お聞き|お電話|ご確認)(?:ください|くださいませ|をお願い(?:いたし|し|申し上げ)ます"
                  r"|(?:いただけ|いただき)ますよう(?:[、,]?(?:お願い(?:いたし|し|申し上げ)ます))?|いただけます(?:でしょう)?か)"
                  # (and in the plain verb: 運送会社に問い合わせてください)
                  r"|(?:さん|様)?(?:へ|に)[、,]?(?:直接)?(?:聞いて|尋ねて|問い合わせて|問合せて|相談して|連絡して|電話して)"
                  r"(?:ください|いただけます(?:でしょう)?か|もらえますか))")
# (also in refusal's trigger, the whole referral, so that a reply which only names a maker or a carrier
# is not walked)
_REFERRAL = lazy(_THIRD + _REFERRAL_TAIL)
assert "|お店|" in _THIRD_WORDS  # (the trigger finds it from its 店)
# ...offered as one way among ours (お急ぎの場合は / お急ぎでしたら / あわせて), not as the answer
_AS_OPTION = lazy(r"場合は|場合には|でしたら|であれば|なら[、,]|あわせて|併せて")
# What we do offer, named before the refusal in the same sentence (JPEGのみのご用意となり、…)
_ONLY_OFFERED = lazy(r"のみ(?:の[^。、]{1,8}?)?(?:となり|となっており|となります(?:ので|が)|でございまして|でございますので)[、,]")


def _referred(doc: Document, sentences: list[Sentence], s: Sentence):
    """The reader sent to a third party in `s` (_REFERRAL) as the whole answer: not as an option, and
    with no help of ours in this sentence or any other (弊社からも確認いたします); None otherwise."""
    norm = doc.norm
    m = _REFERRAL.search(norm, s.nstart, s.nend)
    if m is None or _AS_OPTION.search(norm, s.nstart, m.start()) or _has_alternative(doc, s.nstart, m.start()) \
            or _has_alternative(doc, m.end(), s.nend):
        return None
    # (what was done already, 調査いたしました, is a report, no help offered; nor is the answer
    # announced, お問い合わせの件、回答いたします)
    if any(n is not s and _sentence_ok(doc, n) and not _DONE_ALREADY.search(norm, n.nstart, n.nend)
           and not _ANNOUNCED.search(norm, n.nstart, n.nend)
           and (_has_alternative(doc, n.nstart, n.nend) or _OUR_DEED.search(norm, n.nstart, n.nend)) for n in sentences):
        return None
    return m


# ...sent there to deal with it themselves (直接, ご自身で) or in the plain verb (聞いてください)
_AWAY = lazy(r"直接|ご自身で|(聞いて|尋ねて|問い合わせて|問合せて|相談して|連絡して|電話して)(ください|もらえますか)")


def _pushed_away(doc: Document, sentences: list[Sentence], n: Sentence) -> bool:
    """`n`, after a refusal, only sends the reader to a third party to deal with it themselves
    (当社では対応いたしかねます。配送業者へ直接お問い合わせください): no way forward of ours. A referral
    asked politely (メーカーの窓口にお問い合わせいただきますようお願い申し上げます) still shows the way."""
    m = _referred(doc, sentences, n)
    return m is not None and _AWAY.search(doc.norm, m.start(), m.end()) is not None


# The work left to the reader alone, asked for (ご自身で業者を手配してください / 各自でご対応ください)
_ON_THEIR_OWN = lazy(r"(?:ご自身|ご自分|お客様ご自身|お客様自身|各自)で[^。]{0,20}?(?:ください|下さい|お願い)")


# A way to have the decision looked at again, offered (再審査のお申し出も承っております / 異議申し立て
# フォームで受け付けています / 再審査をお申し込みいただけます)
_APPEAL = lazy(r"(再審査|再審|再検討|再査定|異議|不服|審査請求)[^。]{0,20}?(申し出|申し立て|申立て|申し込み|請求|依頼)[^。]{0,12}?"
               r"(承|受け付け|受付|可能|でき|いただけ)")
# A can't that goes on past が to more of the same sentence (…できませんが、お電話なら15分ほどで完了します)
# What the sentence asks of the reader after the "cannot": to take care (…ので、ご注意ください)
# (or a reassurance: what is refused is a risk to them, or someone else's offer we turn down for them:
# …受付係が丁寧にお断りいたしますので、ご安心ください / 拾った方が見ることはできませんので、ご安心ください)
_CAUTION_AFTER = lazy(r"(?:ので|ため)[、,]?[^。、]{0,10}?(?:ご注意"
                      r"(?:ください|くださいませ|願います|をお願い|いただけますよう|いただきますよう)"
                      r"|ご安心(?:ください|くださいませ|いただけ))")
_CAN_NOT = ("できません", "出来ません", "いただけません", "承れません", "かねます", "はございません", "はありません")
# (not a cushion only, asking them to accept it: 返品はできませんが、ご了承ください)
_BUT_GOES_ON = lazy(r"(が|けれど|けれども)[、,](?!\s*(何卒|なにとぞ|どうか|どうぞ|大変|誠に)?[、,]?\s*(ご了承|ご理解|ご容赦|あしからず|ご勘弁)[^。]*[。!]?\s*$)"
                    r"[^。]{4,}")
_DONE_ALREADY = lazy(r"(まし|でし)た[。!]?\s*$")
# Our side doing something for them, said as our deed: 当社からも配送業者に状況をお伝えいたします
_OUR_DEED = lazy(r"(当社|弊社|当店|当方|私ども|わたくしども|こちら)(から|で|でも|より|としても)(も)?[、,]?[^。]{0,30}?"
                 r"(?<!願)(?<!願い)(いたし|致し|申し上げ)ます")
# The answer announced, as its own sentence: お問い合わせの件、回答いたします / ご質問についてご案内申し上げます
_ANNOUNCED = lazy(r"(件|について|につきまして|に関して)[、,]?(ご?回答|ご?案内|お知らせ|ご?報告|ご?説明|お答え)"
                  r"(いたし|致し|申し上げ|し)ます[。!]?\s*$")
# Not our part to handle (担当ではございません / 管轄外です), and the reader sent on to ask elsewhere after it
# in its sentence, with nothing of ours done for them (not 担当部署に確認してご連絡いたします)
_DISOWNED = ("担当", "管轄", "所管")  # (the words a match of the refusal starts with)
_SENT_ON = lazy(r"(?:へ|に|まで)[、,]?(?:直接|改めて|あらためて|別途)?(?:お問い合わせ|お問合せ|お問い合せ|ご連絡|ご相談|お尋ね)"
                r"(?:ください|くださいませ|いただけ|いただき|をお願い)")
_OUR_ACT = lazy(r"(?:いたし|致し)ます|お調べ|おつなぎ|お繋ぎ|お取り次ぎ|お取次ぎ|取り次|転送|引き継|申し伝え|確認し")


def _sent_on(doc: Document, sentences: list[Sentence], s: Sentence, m) -> bool:
    """After the disowning `m` in `s`, the reader is only sent to ask elsewhere: in the rest of `s`,
    with no act of ours there nor a way forward in any other sentence of the reply."""
    norm = doc.norm
    if _SENT_ON.search(norm, m.end(), s.nend) is None or _OUR_ACT.search(norm, m.end(), s.nend):
        return False
    return not any(n is not s and _sentence_ok(doc, n) and not _DONE_ALREADY.search(norm, n.nstart, n.nend)
                   and _has_alternative(doc, n.nstart, n.nend) for n in sentences)


# (see _shared: every match of _REFUSAL holds one of _REFUSAL_WORDS; and a time passed or a scope outside, as
# the only reason: _LIMIT_ONLY, found from its verb or 外; one pattern, searched once)
# (_REFUSAL_WORDS, its words that open on ま, お, ご, て, し or い found from a rarer character, the
# rest read behind: ません at its ん. A match then starts inside its word, in the same sentence, which
# is all the trigger tells.)
# (いたしかた is left out: it holds しかた, two characters on, in the same sentence. しかた is found at
# its か: the search stopped at every い and し of a reply, two thirds of its stops, and a full search
# of a reply cost 45k -> 30k instructions.)
_TRIGGER_WORDS = _REFUSAL_WORDS.pattern
assert "|いたしかた|" in "|" + _TRIGGER_WORDS + "|"
_TRIGGER_WORDS = ("|" + _TRIGGER_WORDS + "|").replace("|いたしかた|", "|")[1:-1]
for _word, _rarer in ((r"ません(?<!ございません)", r"ん(?<=ません)(?<!ございません)"), (r"かね(?:ます|る)", r"ね(?<=かね)(?:ます|る)"),
                      ("お断り", "断(?<=お断)り"), ("ご容赦", "容(?<=ご容)赦"), (r"て(?:おら|い)ず", r"ず(?<=ておらず)|ず(?<=ていず)"),
                      (r"しか(?:ない|ござい)", r"か(?<=しか)(?:ない|ござい)"), ("いかんとも", "ん(?<=いかん)とも"),
                      ("しかた", "か(?<=しか)た")):
    assert ("|" + _word + "|") in ("|" + _TRIGGER_WORDS + "|")
    _TRIGGER_WORDS = ("|" + _TRIGGER_WORDS + "|").replace("|" + _word + "|", "|" + _rarer + "|")[1:-1]
del _word, _rarer


_REFUSING = lazy(_TRIGGER_WORDS + r"|過ぎ(?:て(?:おり|い)|ました|た)|経過し|超え(?:て|ました|た)|超過し|終了し|満了し"
                 r"|切れて|期限切れ|期間切れ|外(?:の|とな|でござ|です)")


def refusal(doc: Document, ctx: CheckContext):
    norm = doc.norm
    sentences = doc.linted_sentences()
    suggestion = ctx.options.get("hint") or None
    nowhere = None  # no way forward anywhere in the reply: found once, when first asked
    reported = -2  # (the index of the last sentence whose refusal was reported)
    appeal = None  # (a way to appeal the decision anywhere in the reply: found once, when first asked)
    left_open = {}  # (sentence index -> where its refusal's phrase starts, when only a later sentence may answer it)
    # (only the sentences that hold the trigger, each found in `sentences` by its start: the
    # others were walked and skipped one by one)
    for s in _sentences_with_parts(doc, ctx, sentences, _TRIGGER_PARTS):
        # (a refusal that ends on ご容赦, ご了承 or ご理解 may read as a closing line: 返品につきましては、ご容赦
        # いただけますようお願い申し上げます / 保証の対象外となっておりますので、何卒ご理解ください)
        forgive_only = s.kind == seg.CLOSING and _FORGIVE.search(norm, s.nstart, s.nend) is not None
        # (an opening apology that goes on to the answer, read as the greeting: すみません、もう発送済み
        # なのでカードの追加はできないです / 申し訳ございませんが、返品はお受けできません: what follows the
        # apology is the body's)
        led = _APOLOGY_LEAD.match(norm, s.nstart, s.nend) if s.kind == seg.GREETING else None
        if s.kind != seg.BODY and not forgive_only and led is None:
            continue
        if doc.role(s) == seg.ITEM:
            continue  # ・返却期限を過ぎた本は延長できません / ・削除後は…復元することができません: a condition
            # among the items of a list of terms, not the reader's request refused (in the dev sets five
            # such findings, none labeled, three in clean replies)
        k = _index_in(sentences, s)
        answered = False  # (a refusal read as answered by what follows it: a referral may be all that does)
        for m in _refusal_matches(norm, s.nstart, s.nend):
            if forgive_only and _FORGIVE.search(norm, m.start(), s.nend) is None:
                continue
            if led is not None:
                if m.start() < led.end():
                    continue
                if nowhere is None:
                    nowhere = _offered_nowhere(doc, sentences)
                if not nowhere:
                    break  # (read there only when the reply offers nothing anywhere: an opening
                    # apology is most often about the matter the rest of the reply sets right)
            if _NOT_REFUSAL_AFTER.match(norm, m.end(), s.nend) and not (
                    # (a question after ので that only sends the reader on: 担当ではございませんので、〜へ
                    # お問い合わせいただけますでしょうか)
                    m.group().startswith(_DISOWNED) and norm.startswith("ので", m.end()) and _SENT_ON.search(norm, m.end(), s.nend)):
                continue
            if _CAUTION_AFTER.match(norm, m.end(), s.nend):
                continue  # 納品書は領収書としてはご利用いただけませんので、ご注意ください: a caution about
                # how a thing works, so the reader does not count on it, not their request refused
            if m.group().endswith(_CAN_NOT) and _BUT_GOES_ON.match(norm, m.end(), s.nend):
                break  # 予約はできませんが、日曜日は例年昼前でも空きがございます: what follows が is what the
                # reader can do or count on (twenty such sentences in the blind sets, none labeled)
            if _declined_with_grace(doc, sentences, k, m.start()):
                continue  # 今期は予算の都合で、ご提案をお受けすることができません。せっかくお声がけいただいたにも
                # かかわらず、申し訳ございません: an offer made to us, declined with its reason and regret (a
                # letter of refusal's own form), not a customer's request refused
            if norm.rfind("(", s.nstart, m.start()) > norm.rfind(")", s.nstart, m.start()):
                continue  # （入学金は返還の対象外です）/ （10年のご契約はお取り扱いしておりません）: an aside
                # to a figure or an item, in brackets, not the reader's request refused (three in the dev
                # sets, in clean replies all)
            if _OWN_MIND_BEFORE.search(norm, max(s.nstart, m.start() - 12), m.start()):
                continue  # 理解することができません: the writer's mind, not a refusal
            if m.group().startswith("設け") and _NO_LIMIT_BEFORE.search(norm, max(s.nstart, m.start() - 16), m.start()):
                continue  # 有効期限は設けておりません: a limit we do not set, good news, not a refusal
            if _OTHERS_CANNOT.search(norm, s.nstart, m.start()):
                break  # 相手の方がリンクを開いても、内容を書き換えることはできません: what someone else
                # cannot do to the reader's things, a safeguard told, not a service refused
            if m.group().startswith("ご容赦") and not _asked_to_forgive(doc, s, m):
                continue  # ご不便をおかけしますが、ご容赦ください: an apology's matter, not a request refused
            if _rule_cited(norm, s, m.start()):
                break  # positive/rule-citing reports this sentence, refusal and all
            if norm.startswith("例外", m.start()):
                # 例外は認められません / 例外はございません: the door shut on the reader's case, whatever
                # way is offered beside it (27 dev replies say it, each labeled, none clean)
                yield _hit(doc, m.start(), m.end(), suggestion=suggestion)
                reported = k
                break
            if norm.startswith(("対象外", "対応外"), m.start()) and _blamed_before(norm, s, m.start()):
                break  # お客様の梱包が不十分だったため、補償の対象外となります: the scope follows from the
                # cause, and positive/blame reports the cause (a request refused, 免除はできません, is
                # reported on its own)
            if _condition_before(norm, s.nstart, m.start()):
                break  # 〜ないと…できません: a condition, put negatively (positive/double-negative's);
                # 返却されるまで、新たな貸出はできません: until an act is done, the same condition; and
                # 古いアプリのままですと、…受けることができません: what staying so costs, not a refusal
            if _UNAVAILABLE.match(norm, m.start(), m.end()) and _DURING.search(norm, s.nstart, m.start()):
                break  # 作業の間、サービスをご利用いただけません: what a maintenance stops, not a refusal
            if norm.startswith("対象外", m.start()) and _IN_ADVANCE.match(norm, m.end(), s.nend):
                break  # 加工中の破損は保証の対象外となりますので、あらかじめご了承ください: a scope told
                # ahead, before anything happened, not a request refused (two clean dev replies)
            if norm.startswith("対象外", m.start()) and (
                    _SCOPE_BEFORE.search(norm, max(s.nstart, m.start() - 10), m.start())
                    or k > 0 and _IN_SCOPE.search(norm, sentences[k - 1].nstart, sentences[k - 1].nend)
                    or k + 1 < len(sentences) and _IN_SCOPE.search(norm, sentences[k + 1].nstart, sentences[k + 1].nend)):
                break  # 本メンテナンスの対象外となります: left untouched, good news; 個人のお客様が
                # 対象です。※法人契約は対象外です: the other side of a scope just stated, before or after it (…その間に
                # 発症した病気は補償の対象外となります。ココちゃんの皮膚炎は…補償の対象です)
            if k > 0 and _asked_before(norm, sentences[k - 1], s.nstart, m.start()):
                break  # 事前にご連絡ください。ご連絡のない返品は、お受けできません: the way is the request
            if norm.find("返信", s.nstart, m.end()) >= 0 and _SEND_ONLY.search(norm, sentences[k - 1].nstart if k else s.nstart, s.nend):
                break  # このメールは送信専用です。返信できません: how the mail works, not a refusal
            if m.group().startswith(_DISOWNED) and _sent_on(doc, sentences, s, m):
                pass  # こちらの窓口の担当ではございませんので、〜の窓口へお問い合わせいただけますでしょうか: the
                # reader sent on is no way forward
            elif (_helpless_way if m.group().startswith(_HELPLESS) else _way_forward)(doc, sentences, k, m):
                # (当店ではわかりかねますので、メーカーにお問い合わせください: the reader sent elsewhere in
                # its sentence is what answered it, and _referred reads that below)
                answered = _REFERRAL.search(norm, m.end(), s.nend) is not None
                if not answered:
                    left_open[k] = m.start() if _NOUN_HELD.match(m.group()) else _phrase_start(doc, s, m.start())
                break
            if _ONLY_OFFERED.search(norm, s.nstart, m.start()):
                break  # JPEGのみのご用意となり、TIFFでの納品は承っておりません / 回数券はご本人様のみのご利用と
                # なっており、ご家族への譲渡は承っておりません: what we do offer named first, in the same
                # sentence (three blind writers leave such sentences clean; those that cite a rule beside
                # it are positive/rule-citing's)
            if appeal is None:
                appeal = _APPEAL.search(norm) is not None
            if appeal:
                break  # 今回の判断にご納得いただけない場合は、再審査のお申し出も承っております: a way to
                # have the decision looked at again is a way forward (three clean dev replies offer one)
            # (a match that holds its noun, 変更はいたしません / 無理です, is whole already)
            start = m.start() if _NOUN_HELD.match(m.group()) else _phrase_start(doc, s, m.start())
            if norm.startswith("ん", m.start()):
                # (補償はございません, matched at its ん: the finding starts at what is said to be none)
                held = _NONE_GIVEN_BACK.search(norm, max(s.nstart, m.start() - 16), m.end())
                start = min(start, held.start()) if held else start
            # (a second refusal that the first gives the reason for, in the same sentence, is where the
            # reply turns the request down: 土日の手術は行っておりませんので、ご希望には沿えません; the
            # finding runs on to it)
            end = m.end()
            if _REASON_LINK.match(norm, end):
                end = next((r.end() for r in _refusal_matches(norm, end, s.nend)), end)
            yield _hit(doc, start, end, suggestion=suggestion)
            reported = k
            break  # one finding per sentence
        else:
            r = _referred(doc, sentences, s)
            # (not again for the referral that left the refusal just before it unanswered)
            if r is not None and reported != k - 1:
                # (the refusal just before it, which only this referral answered, is where the reply
                # turns the reader away: 当社ではわかりかねます。カード会社にお問い合わせください; the
                # finding runs from it, where writers mark it, to the referral)
                yield _hit(doc, left_open.get(k - 1, r.start()), r.end(), suggestion=suggestion)
                continue
            m = _not_offered(doc, s)
            if m is not None:
                if nowhere is None:
                    nowhere = _offered_nowhere(doc, sentences)
                if nowhere:
                    yield _hit(doc, _phrase_start(doc, s, m.start() + 1), m.end(), suggestion=suggestion)
        if answered:
            r = _referred(doc, sentences, s)
            if r is not None:
                yield _hit(doc, r.start(), r.end(), suggestion=suggestion)


def _refusal_matches(norm: str, start: int, end: int):
    """The matches of _REFUSAL in norm[start:end], then _REFUSAL_MORE's, then _LIMIT_ONLY's, as
    finditer gives them, each searched for only when those before it are spent: most sentences
    stop at _REFUSAL's first, and a scanner made costs twice a search (about 2.8k instructions
    against 1.4k; no match of the three is empty, so the next search starts at a match's end)."""
    for rx in (_REFUSAL, _REFUSAL_MORE, _LIMIT_ONLY):
        # (every match ends on one of these before the request: most sentences with a refusal hold
        # none, and the search stopped at each of its verbs' and 外's first characters)
        if rx is _LIMIT_ONLY and not _holds_any_between(norm, _LIMIT_ONLY_WORDS, start, end):
            return
        m = rx.search(norm, start, end)
        while m is not None:
            yield m
            m = rx.search(norm, m.end(), end)


_LIMIT_ONLY_WORDS = ("ご了承", "ご容赦", "ご理解")  # (what every match of _LIMIT_ONLY ends on)


# The refusal words and the referral, one alternation behind their first characters (by_first_char):
# re's scan for a set of characters costs some 60 instructions a character, more than the stops of
# the two at ん, 会, 店 …, and two thirds of the replies hold neither, where the two as parts apart
# (_REFUSING, then the referral) were each scanned to the end. The referral from the words that hold
# no other (会社, not 運送会社 or カード会社: the shorter one, with the same tail, stands in the same
# sentence), and お店 from its 店, read behind (re stopped at every お of the reply, two stops in
# three, for a word that stands in few). A match then starts inside its word, in the same sentence,
# which is all the trigger tells. (And _NOT_OFFERED's plain やってない, which holds no refusal word:
# _not_offered reads only the sentences the trigger finds, ピアノの運搬は、やってないのですが.)
_TRIGGER_PARTS = (lazy(by_first_char(
    _top_alternatives(_REFUSING.pattern)
    + [w.replace("お店", "店(?<=お店)") + _REFERRAL_TAIL for w in _holding_no_other(_THIRD_WORDS.split("|"))]
    + ["やってない"])),)
refusal.trigger = _TRIGGER_PARTS[0]


# Nothing at all said to be possible (こちらではどうすることもできません / どうしようもないんです), or only
# the reader's burden left (お支払いいただくしかありません): any act that follows is no way forward
# (次回のお届けも予定どおりお送りします; 追跡番号で調べてもらえますか), only one told as possible.
# (the words a match of the refusal starts with: str.startswith, where a pattern's match cost a call
# and a scan's set-up)
_HELPLESS = ("どうすることも", "どうしようも", "どうにも", "いただくしか", "なんとも", "手の打ちよう", "何も", "いかんとも", "打つ手",
             "手の施しよう")


def _helpless_way(doc: Document, sentences: list[Sentence], k: int, m) -> bool:
    """The helpless refusal `m` in sentences[k] is answered by what is possible (代わりに, 〜でしたら,
    〜いただけます, 可能です, 承ります) after it in its sentence, in the sentence before it or in the two
    read after it, or by a sentence set against it (ただ、送料はこちらで負担いたします)."""
    norm, s = doc.norm, sentences[k]
    if _POSSIBLE.search(norm, m.end(), s.nend):
        return True
    near = _next_read(doc, sentences, k)
    if k > 0 and sentences[k - 1].line >= s.line - 1:
        near.append(sentences[k - 1])
    return any(_sentence_ok(doc, n) and (_POSSIBLE.search(norm, n.nstart, n.nend)
                                         or n.nstart > s.nstart and _CONTRAST.match(norm, n.nstart, n.nend)
                                         and not _refuses_in(doc, n.nstart, n.nend))
               for n in near)


# What ご容赦 is asked for when it ends an apology, not a request: the trouble caused (ご不便, ご迷惑,
# 遅れ), a letter's faults (乱文), a time or a case (際, 場合, 点, 段)
_FORGIVEN_NOT_ASKED = lazy(r"(不便|迷惑|失礼|遅れ|遅延|不手際|乱文|乱筆|無礼|行き違い|重複|点|際|段|場合|こと|旨|件|状況|ため)$")


_FORGIVE = lazy(r"ご容赦|ご了承|ご理解")
# An apology that opens a sentence and leads on to more of it (申し訳ございませんが、 / すみません、)
_APOLOGY_LEAD = lazy(r"\s*(?:大変|誠に|本当に)?(?:申し訳(?:ございません|ありません|ないです|ない)|すみません|すいません)(?:が|けれど|けど)?[、,]")
# The topic's particle before ご容赦 (返品につきましては、何卒ご容赦ください)
_TOPIC_BEFORE = lazy(r"(?:は|につきましては|については)[、,]?(?:何卒|なにとぞ)?$")


def _asked_to_forgive(doc: Document, s: Sentence, m) -> bool:
    """The ご容赦 of `m` (〜は、ご容赦ください) is asked for a request of the reader named as its topic
    (返品につきましては / 日程の変更は): a noun that names an act, a サ変 noun or one of those _REFUSAL
    knows, not the trouble an apology covers."""
    norm = doc.norm
    topic = _TOPIC_BEFORE.search(norm, max(s.nstart, m.start() - 12), m.start())
    if topic is None or _FORGIVEN_NOT_ASKED.search(norm, max(s.nstart, topic.start() - 6), topic.start()):
        return False
    toks = doc.sentence_tokens(s)
    i = _tok_index(toks, topic.start() - 1)
    if i < 0 or toks[i].nend != topic.start():
        return False
    t = toks[i]
    return t.pos[0] == "名詞" and (t.pos[2] == "サ変可能" or t.surface.endswith(("引き", "替え", "戻し", "延長", "免除")))


def _not_offered(doc: Document, s: Sentence):
    """A service said not to be done in `s` (_NOT_OFFERED), with no way forward in `s`; None
    otherwise. (refusal() reports it when no other sentence offers one either.)"""
    norm = doc.norm
    # (every match holds やって or 扱: most sentences hold neither, and the pattern stops at every は and も)
    span = norm[s.nstart:s.nend]
    m = _NOT_OFFERED.search(norm, s.nstart, s.nend) if "やって" in span or "扱" in span else None
    if m is None or _NOT_REFUSAL_AFTER.match(norm, m.end(), s.nend) or _NOT_YET.search(norm, s.nstart, m.start()) \
            or _PARTY_WORD.search(norm, s.nstart, m.start()) or _has_alternative(doc, s.nstart, s.nend):
        return None
    return m


# A service of ours said not to be done or carried, in plain words (ピアノの運搬はやっておりません /
# その商品の取り扱いはございません): a refusal when nothing else in the reply offers a way forward.
# (Not 設定はまだやっておりません, a step not yet done; nor the customer's own doing: _PARTY_WORD.)
_NOT_OFFERED = lazy(r"(?:は|も)[、,]?やって(?:は)?(?:おり|い)ません|(?:は|も)[、,]?やって(?:ない|ません)(?:です)?"
                    r"|(?:取り扱い|取扱い|取扱|お取り扱い|お取扱い)(?:は|が|も)[、,]?(?:一切)?(?:ございません|ありません"
                    r"|(?:して|いたして|致して)(?:おり|い)ません)")
_NOT_YET = lazy(r"まだ|未だ|いまだ|現在[^。]{0,10}?確認")


def _offered_nowhere(doc: Document, sentences: list[Sentence]) -> bool:
    """No sentence of the reply offers a way forward (an offer of further help is none)."""
    return not any(_sentence_ok(doc, n) and _has_alternative(doc, n.nstart, n.nend) for n in sentences)


_NOUN_HELD = lazy(r"無理|[^はいた]{1,6}は(いたし|致し|行い)ません")
# What was sent to us, sent back (端末は本日、ご返送いたしました): what follows a refusal, not a way
# forward; the sentence after it is read too.
_RETURNED = lazy(r"(返送|返却)(いたし|致し|させていただき|させて頂き|し)(ます|ました)")
# A note to the writer left in a draft (※…を引用すること): no sentence of the reply, read past it
_WRITER_NOTE = lazy(r"\s*[※(【\[<〈〔《（][^。]*こと[)】\]>〉〕》）]?[。]?\s*$")


# How many sentences after a refusal its way forward is looked for in (a clean refusal often gives
# its reason, an apology and a word on the matter before the way)
_READ_AFTER = 4


def _same_matter(norm: str, start: int, end: int, s: Sentence) -> bool:
    """Sentence `s` gives a reason (ため, ので, から) or names something norm[start:end] (the refusal
    and the sentence before it) names: two kanji or katakana of one of its words stand there too
    (配信 in 再配信の予定も… after 配信が終了したため…ご覧いただけません)."""
    text = norm[s.nstart:s.nend]
    if "ため" in text or "ので" in text or "から" in text:
        return True
    # (the refused text's pairs of letters, made once: each pair of the sentence's words is then
    # looked up, so that a long sentence after a long refusal costs linear time)
    refused = norm[start:end]
    pairs = {refused[k:k + 2] for k in range(len(refused) - 1)}
    w = _CONTENT_WORD.search(norm, s.nstart, s.nend)
    while w is not None:
        word = w.group()
        if any(word[k:k + 2] in pairs for k in range(len(word) - 1)):
            return True
        w = _CONTENT_WORD.search(norm, w.end(), s.nend)
    return False


def _next_read(doc: Document, sentences: list[Sentence], k: int, count: int = 2) -> list[Sentence]:
    """The `count` sentences after sentences[k] that the reader reads, past a note to the writer."""
    after = [n for n in sentences[k + 1:k + count + 2] if not _WRITER_NOTE.match(doc.norm, n.nstart, n.nend)]
    return after[:count]


def _joined(doc: Document, sentences: list[Sentence]):
    """`sentences` with each sentence a writer wrapped onto the next lines after a comma read as one
    (原則としてお受けしておりませんが、⏎今回は次の空き時間にお振り替えいたします), the index of each piece's start
    in that list, and the line each joined sentence ends on; None when no sentence is wrapped (most
    replies). Built once per reply, from Document's wrapped spans."""
    key = ("positive.joined", len(sentences), sentences[0].nstart if sentences else -1, sentences[-1].nend if sentences else -1)
    found = doc.cache.get(key, _UNSET)
    if found is _UNSET:
        wrapped = doc.wrapped()
        found = None
        if wrapped:
            joined, index, last_line = [], {}, {}
            for s in sentences:
                span = wrapped.get(s.nstart)
                if span is not None and joined and joined[-1].nstart == span[0]:
                    index[s.nstart] = len(joined) - 1
                    last_line[span[0]] = s.line
                    continue
                if span is not None:
                    s = Sentence(s.start, doc.view.end_in_original(span[1]), span[0], span[1], s.line, s.kind, False)
                index[s.nstart] = len(joined)
                last_line[s.nstart] = s.line
                joined.append(s)
            found = (joined, index, last_line)
        doc.cache[key] = found
    return found


_UNSET = object()


def _ends_on(s: Sentence, ends) -> int:
    """The line sentence `s` ends on (its last piece's, when it is wrapped)."""
    return s.line if ends is None else ends.get(s.nstart, s.line)


def _way_forward(doc: Document, sentences: list[Sentence], k: int, m) -> bool:
    """Whether the refusal `m` in sentences[k] comes with a way forward: in its own sentence,
    in the one before it ("what can be done, then the limit"), or in the next one (and the one
    after that when the next only apologizes, asks for understanding or gives the reason).
    A sentence wrapped onto the next lines after a comma is read whole, as one sentence."""
    ends = None  # (the line each sentence ends on, when some are wrapped)
    joined = _joined(doc, sentences)
    if joined is not None:
        piece = sentences[k]
        sentences, ends = joined[0], joined[2]
        k = joined[1][piece.nstart]
    norm, s = doc.norm, sentences[k]
    # an alternative in the sentence, unless all of it comes after the refusal and only repeats
    # it (延長はできませんので、期限までにお支払いください)
    # (around the refusal, not inside it: a refusal's own words offer no way forward)
    # (nor the work put back on them, after it: 当社では対応できませんので、ご自身で業者を手配してください)
    if _alternative_at(doc, s.nstart, m.start()) >= 0 or _alternative_at(doc, m.end(), s.nend) >= 0 \
            and not _restates(norm, (s.nstart, m.end()), m.end(), s.nend) \
            and not _ON_THEIR_OWN.search(norm, m.end(), s.nend):
        return True
    # (the next sentence read, when it offers a way that answers the refusal, is read into `near`
    # below whatever follows it: no blame is read before it, nothing told, no paragraph crossed but
    # its own. Most refusals are answered so, and the sentences around it are then not read.)
    after = _next_read(doc, sentences, k, _READ_AFTER)
    if after and _has_alternative(doc, after[0].nstart, after[0].nend) and _sentence_ok(doc, after[0]) \
            and _answers(doc, sentences, s, after[0]):
        return True
    near = []
    # (the cheap tests first: _sentence_ok searches the sentence the first time it is asked)
    if k > 0 and _ends_on(sentences[k - 1], ends) >= s.line - 1 and _sentence_ok(doc, sentences[k - 1]):
        near.append(sentences[k - 1])
        # (a limit added after what can be done and a word on it: 発送前でしたら、キャンセルを承って
        # おります。その際、代金は全額お返しいたします。なお、発送後のキャンセルはお受けできません)
        if k > 1 and norm.startswith(("なお", "ただし", "但し", "尚、"), s.nstart) and _ends_on(sentences[k - 2], ends) >= s.line - 2 \
                and _sentence_ok(doc, sentences[k - 2]):
            near.append(sentences[k - 2])
    blamed = None  # (a blame read past: what follows it counts only on its next line)
    restated = False  # (the limit said again, once: the way after it answers both)
    told = 0  # (plain statements read past: 再配信の予定も決まっておりません / お振込み予定日は1月6日です)
    last_line = _ends_on(s, ends)
    breaks = 0  # (paragraph breaks crossed: the way may open the next paragraph, not one further)
    for nxt in after:
        if blamed is not None and nxt.line > blamed.line + 1 or not _sentence_ok(doc, nxt):
            break
        if doc.is_fragment(nxt) and (told or not _has_alternative(doc, nxt.nstart, nxt.nend)):
            break  # (a heading, or a list's item after the matter is told: another matter, 4. 結果の送付)
        if nxt.line > last_line + 1:
            breaks += 1
            if breaks > 1:
                break
        last_line = _ends_on(nxt, ends)
        near.append(nxt)
        if not restated and _limit_again(doc, nxt):
            restated = True  # (返品はお受けできません。セール品のため、返品の対象外となっております。代わりに…)
            continue
        refused = _refuses_in(doc, nxt.nstart, nxt.nend)
        if refused or not (
                _FILLER.search(norm, nxt.nstart, nxt.nend) or _TURN.match(norm, nxt.nstart, nxt.nend)
                or _NOTE_ONLY.match(norm, nxt.nstart, nxt.nend)
                or _reason_only(norm, nxt.nstart, nxt.nend) or _RETURNED.search(norm, nxt.nstart, nxt.nend)):
            # (a blame is no way forward, but the sentence right after it may hold one: よくお読み
            # ください。本人確認書類をご提出いただければ、手続きを進めることができます)
            if refused:
                break
            if _blames(doc, nxt):
                blamed = nxt
                continue
            # A plain statement of the matter (no refusal, no blame) may stand between the refusal and
            # the way: 再配信の予定も、今のところ決まっておりません。…「見たいリスト」に登録しておくことが
            # できます / なお、3,100マイルは5月31日に有効期限を迎えます。…クーポンに交換でき…
            # (one that goes on to another matter ends the reading: 変更はいたしかねます。お届けは明日の
            # 午前中です。配送状況はマイページでご確認いただけます: the way to check is the delivery's)
            told += 1
            if told > 1 or _has_alternative(doc, nxt.nstart, nxt.nend) \
                    or not _same_matter(norm, sentences[k - 1].nstart if k and sentences[k - 1].line >= s.line - 1 else s.nstart,
                                        s.nend, nxt):
                break
    # (a reprimand is no way forward: 次回からは、お申し込みの前にご予定をよくご確認ください; nor is a
    # blame, ヘルプページをよくお読みいただければ、おわかりになったはずです)
    return any(_answers(doc, sentences, s, n) if n.nstart > s.nstart else _POSSIBLE.search(norm, n.nstart, n.nend)
               # (or asks for the form that is taken, and the refusal names only the other form: 原本を
               # ご提出ください。コピーは受け付けておりません)
               or _BARE_REFUSAL.match(norm, s.nstart, s.nend) and _HAND_IN.search(norm, n.nstart, n.nend)
               for n in near) \
        or _ways_listed(doc, sentences, k) \
        or any(norm.startswith(("ただし", "但し"), n.nstart) and _OTHERWISE_OPEN.search(norm, n.nstart, n.nend)
               and not _refuses_in(doc, n.nstart, n.nend)
               for n in itertools.chain(near, (x for x in sentences[k + 1:k + 3] if x.line <= s.line + 1)) if n.nstart > s.nstart)


# One of the two sentences after the refusal (past a word on the rule's scope, on the same line or
# the next) that turns, with ただし, to what is open to the reader or covered
# for them (ただし、冷媒回路はメーカー保証で5年間無償修理の対象です): not a further limit (ただし、
# 未開封のものに限ります), which names nothing offered.
_OTHERWISE_OPEN = lazy(r"(?:無償|無料)[^。]{0,12}?(?:対象|いたします|となります)|(?<!不)可能です|(?:でき|いただけ)ます(?!ん)|承ります"
                      # (or what we give in its place: …ご提示いただくと、500円クーポンをお渡ししています)
                      r"|(?:お渡し|ご用意|差し上げ|お送り)(?:して|いたして|させていただいて)(?:い|おり)ます|対象(?:です|となります)"
                      # (or our help on the matter offered in its place: ただし、相手方とのやり取りで分からないことが
                      # あれば、いつでも私にご相談ください)
                      r"|(?:ご相談|お申し付け|お声がけ)(?:ください|くださいませ|いただけます)")


# An offer made to us (ご提案, お誘い, ご招待, お声がけ, 出展・協賛・登壇のご依頼), the reason we decline it
# (予算の都合で, 〜ため), and our regret for it (申し訳ございません, 恐縮, 残念ながら, 心苦しい)
_OFFER_TO_US = lazy(r"ご提案|お誘い|ご招待|お声がけ|お声掛け|ご推薦|(?:ご出展|ご協賛|ご登壇|ご出演|ご講演|ご寄稿|ご出稿|ご掲載)の(?:ご依頼|お誘い|ご案内)")
_OFFER_LETTERS = "提誘招声推展賛壇演稿掲"  # (提案 誘い 招待 声がけ 推薦 出展 協賛 登壇 出演 講演 寄稿 掲載: each of _OFFER_TO_US's words holds one)
_DECLINE_REASON = lazy(r"都合|ため[、,]?|事情|により|によって|ので[、,]?|方針")
# (せっかくのご提案ながら / せっかくお声がけいただきましたが: the regret of a gift declined)
_REGRET = lazy(r"申し訳|恐縮|残念|心苦し|ご期待に沿え|お詫び|せっかく|折角")


def _declined_with_grace(doc: Document, sentences: list[Sentence], k: int, at: int) -> bool:
    """The refusal at `at` in sentences[k] declines an offer made to us, named in its sentence or the
    one before, with a reason before it in its sentence and regret in it or in the next sentence.
    (Where each word first stands is found once per sentence, kept with the reply: a sentence of many
    refusals is read once, not once per refusal.)"""
    norm, s = doc.norm, sentences[k]
    found = doc.cache.get(("refusal.grace", s.nstart))
    if found is None:
        a = sentences[k - 1].nstart if k > 0 else s.nstart
        b = sentences[k + 1].nend if k + 1 < len(sentences) else s.nend
        span = norm[a:s.nend]
        # (every match holds one of these letters, the offer's own noun: few sentences hold one,
        # and the pattern stops at every ご and お of theirs)
        offer = _OFFER_TO_US.search(norm, a, s.nend) if any(c in span for c in _OFFER_LETTERS) else None
        reason = _DECLINE_REASON.search(norm, s.nstart, s.nend) if offer is not None else None
        regret = _REGRET.search(norm, s.nstart, b) if reason is not None else None
        found = doc.cache[("refusal.grace", s.nstart)] = (
            (offer.start(), reason.start()) if offer is not None and reason is not None and regret is not None else ())
    return bool(found) and found[0] < at and found[1] < at


_REASON_LINK = lazy(r"(?:ので|ため)[、,]")


def _answers(doc: Document, sentences: list[Sentence], s: Sentence, n: Sentence) -> bool:
    """`n`, read after the refusal in `s`, answers it with a way forward: an alternative, or a
    sentence set against it (ただ、…) that refuses nothing; and more than the refusal said again."""
    norm = doc.norm
    return bool((_has_alternative(doc, n.nstart, n.nend) or _CONTRAST.match(norm, n.nstart, n.nend)
                 and not _refuses_in(doc, n.nstart, n.nend) and not _FILLER.search(norm, n.nstart, n.nend))
                and not _restates(norm, (s.nstart, s.nend), n.nstart, n.nend)
                and not _NOTE_ONLY.match(norm, n.nstart, n.nend)
                # (nor where the limit was written, said of it: 申込期限は公式サイトに明記しておりますので、
                # ご確認ください; 明記 so said by us, in the dev sets, is a reproach wherever it stands)
                and _CLEARLY_WRITTEN.search(norm, n.nstart, n.nend) is None
                # (nor a call to keep the rule or heed it, nor to look it up where it is written too:
                # 返却時刻は必ずお守りください / 規約にも記載しておりますので、必ずご確認ください)
                and _HEED.search(norm, n.nstart, n.nend) is None
                and not (_ORDER_WORDS.search(norm, n.nstart, n.nend) and _ORDERS.search(norm, n.nstart, n.nend))
                and not _blames(doc, n)
                # (nor the reader sent to a third party, with no help of ours anywhere: 当社では対応
                # いたしかねます。配送業者へ直接お問い合わせください)
                and not _pushed_away(doc, sentences, n)
                # (nor an order given bare: 窓口に来てください, positive/curt-request's; nor a prohibition:
                # 次回からは締め切りを過ぎないようにしてください)
                and _curt_at(doc, n) is None and _NEG_CMD.search(norm, n.nstart, n.nend) is None
                # (nor a norm held over the reader: 本来であれば、期限を守っていただくのが当然です)
                and not (_NORM_WORDS.search(norm, n.nstart, n.nend) and _norm_held(norm, n) is not None))


# A call to keep a rule or heed it, or to check it where it is written too: asks the reader to
# comply, opens nothing
_HEED = lazy(r"(?:お守り|守って|遵守して|厳守して|ご注意|注意して|ご留意|お気をつけ)(?:ください|下さい|くださいませ|いただきますよう"
             r"|いただけますよう|をお願い|のほど)|(?:ご注意|厳守|遵守)を?お願い"
             r"|" + ALSO_WRITTEN_GO)


# That it was clearly written (明記しております / 明記してございます / 明記いたしておりました): our
# own act, not 明記していただく, what we ask the reader to write
_CLEARLY_WRITTEN = lazy(r"明記(?:して|いたして|させていただいて|してあ)(?:おり|ござい|い(?!ただ)|ります)")


# ...told ahead: となりますので、あらかじめご了承ください (after 対象外); or said by us to be told
# ahead: 同じく対象外となりますので、あらかじめお伝えいたします (round 35, a clean insurer's mail)
_IN_ADVANCE = lazy(r"[^。]{0,12}?(?:ので|ため)[、,]?\s?(?:あらかじめ|予め|前もって)[、,]?(?:ご了承|ご承知|ご理解|お伝え|お知らせ|ご案内|申し添え)")


# A sentence that only asks the reader to take note of what was said (以上、ご確認ください /
# ご承知おきください): nothing to do, so no way forward
_NOTE_ONLY = lazy(r"\s*(以上[、,]?\s*)?(ご確認|ご承知(おき)?|ご留意|お含みおき)(ください|くださいませ|のほど[^。]{0,6}?お願い(いたし|申し上げ)ます"
                  r"|を?お願い(いたし|申し上げ)ます|いただけますと幸いです|いただきますようお願い(いたし|申し上げ)ます)[。!！]?\s*$")


# ...after a request to hand in what is taken (ご提出ください, お持ちください, ご郵送ください)
_HAND_IN = lazy(r"(ご提出|ご持参|お持ち|ご郵送|お送り|ご送付|ご返送|ご用意|お支払い)(ください|くださいませ|をお願い(いたし|し|申し上げ)ます"
                r"|いただきますよう|いただけますよう)")
# A refusal that is the whole sentence, of a noun alone: コピーは受け付けておりません
_BARE_REFUSAL = lazy(r"\s*[一-龥ァ-ヶー]{1,8}(は|も)(受け付けて|お受けして|受付して|承って)(おり|い)ません[。!]?\s*$")


# A time or a limit said to be passed, as the whole of a sentence (ご購入から30日が経過しております /
# お申し込みの期限を過ぎております): the reason for the refusal before it, offering nothing
_PASSED = lazy(r"(経過|過ぎ|超え|超過|終了|満了|切れ)て?(おり|い)ます[。!]?\s*$|(経過|超過|終了|満了)(しております|となっております|いたしました)[。!]?\s*$")


def _limit_again(doc: Document, s: Sentence) -> bool:
    """`s` only says the limit again, as a refusal or as what has passed, with no way forward in it
    (the way may then come in the sentence after it)."""
    norm = doc.norm
    if _has_alternative(doc, s.nstart, s.nend):
        return False
    return _refuses_in(doc, s.nstart, s.nend) or _PASSED.search(norm, s.nstart, s.nend) is not None


# A sentence that announces the ways there are (次の方法で期限内の卒業を目指せます / 以下のいずれかを
# お選びいただけます): the list after it holds them.
# (or by their number: 次の2つをおすすめしております / 以下の3点をお試しください)
_WAYS_LISTED = lazy(r"(次|以下|下記)の(方法|手段|選択肢|ような方法|いずれか|ご提案|プラン|[0-9０-９一二三四五]+(つ|点|通り))")


def _ways_listed(doc: Document, sentences: list[Sentence], k: int) -> bool:
    """One of the three sentences after the refusal in sentences[k] announces the ways there are,
    or offers one in place of what was refused (代わりにご案内できるものとして、… / 代わりに、市の
    体育館では…): after the reason and an apology, a way offered so is still the refusal's answer."""
    # (the words first: one search for a literal, where _sentence_ok may search the sentence twice)
    norm = doc.norm
    return any((_WAYS_LISTED.search(norm, n.nstart, n.nend) or _IN_ITS_PLACE.match(norm, n.nstart, n.nend))
               and _sentence_ok(doc, n) for n in sentences[k + 1:k + 4])


# A sentence that opens on what is offered instead (代わりに、 / 代わりとして / その代わり): read in the
# three sentences after a refusal
_IN_ITS_PLACE = lazy(r"\s*(なお[、,]?\s*)?(その)?(代わり|かわり)(に|として|にご案内)")


# A consequence told of a state kept: 古いアプリのままですと / このままでは
_AS_IT_IS = r"まま(ですと|だと|では|にしておくと|にしておきますと)"
# The three, one search (each of them breaks off the same way: one scan of the clause, not three;
# they hold no named group nor back reference, and a match of the whole is a match of one of them)
_CONDITION_BEFORE = lazy("|".join((_NEG_CONDITION.pattern, _UNTIL_DONE.pattern, _AS_IT_IS)))


def _condition_before(norm: str, start: int, end: int) -> bool:
    """A condition or what staying so costs in norm[start:end], the clause before a refusal
    (_CONDITION_BEFORE)."""
    # (every match holds one of these words: most clauses hold none, and the pattern stops at
    # every な, い, く, さ and ま of theirs)
    span = norm[start:end]
    return ("いと" in span or "ければ" in span or "限り" in span or "かぎり" in span or "うちは" in span
            or "まで" in span or "まま" in span) and _CONDITION_BEFORE.search(norm, start, end) is not None
