"""positive/rule-citing: a rule given as the only reason for a refusal.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

from ... import segments as seg
from ...document import Document, Sentence
from ...engine import CheckContext, triggered_by
from ...regexes import lazy
from ._shared import (
    _FILLER, _NOT_REFUSAL_AFTER, _POSSIBLE, _TURN, _from_rarest_parts, _has_alternative, _hit, _phrase_start, _refusals,
    _sentence_ok,
)
from .blame import _blames
from .lecturing import _ORDERS, _ORDER_WORDS


# (規程: 規定's other spelling; 条例: a town's own rule, cited as a local office's reason)
# (and a club's, a school's, a dormitory's or a hall's own rules, and a call's terms: 会則, 学則, 要項)
_RULE = (r"(規定|規程|規則|規約|約款|決まり|ルール|方針|仕様|マニュアル|社則|社内規定|社内規則|社内ルール|制度|定め|契約書|契約条件|利用条件|条例|ポリシー"
         r"|会則|学則|校則|園則|寮則|館則|細則|募集要項|要項|要綱)")
# 規定ですので / 決まりなので / 当社の方針のため、
_RULE_BECAUSE = lazy(_RULE
                    # (or what it lays down, named: 規約に定められた措置ですので / 規定で決められた手数料のため、)
                    + r"((に|で)(定められ|決められ|定まっ)た[^。、]{1,8}?)?"
                    + r"(です|でございます|となっております|になっております|となります|な|の)?"
                           # (につき gives the reason; につきまして names the topic: 家賃減額制度につきまして、ご案内申し上げます)
                           r"(ので|から|ため[、,]|につき(?!まして)"
                           # (or ため with no comma, right before the refusal: 当館の決まりのため対応いたしかねます)
                           r"|ため(?=[^。、]{0,24}?(?:でき(?:ません|かね)|出来(?:ません|かね)|(?:いたし|致し)かね|お受け(?:でき|いたしかね|して)"
                           r"|承れ|応じられ|対応(?:でき|いたしかね|しておりません))))")
# 規定により〜できません / ルール上〜いたしかねます
_RULE_BY = lazy(_RULE + r"(第[0-9]{1,3}条(第[0-9]{1,2}項)?)?([^。、]{0,8}?に(定める|定めた|記載の|明記の|記載された"
                      # (明記しておりますとおり / 定めておりますとおり / 記載がございますとおり)
                      r"|(記載|明記|定め)(して|いたして|させていただいて|て|されて|られて)(おります|おり|ある|あります|いる|います)"
                      r"|(記載|明記|定め)が(ございます|あります|ある))(とおり|通り)"
                      r"|により|によって|に基づき|に従い|上|で決まっており|で定められており|として"
                      # (or as the reason said whole: 社内規定で決まっていることですので)
                      r"|で(決まって|定められて|決められて)(いる|おる)(こと|もの)?(です|でございます)?(ので|から|ため)"

                      r"|に定めが(ございます|あります|ある)(ので|ため)|がございますので|があるため)[、,]?")
# 当院の決まりでできません / 規則で、お受けできません: the rule as the means of a refusal that
# follows in its clause (not 仕様, a make told by what it does: 本機の仕様で横向きには表示できません)
_RULE_MEANS = lazy(_RULE + r"で(?:は)?[、,]?")
_RULE_MEANS_REACH = 24  # (how far before the refusal the rule may stand: one clause)
# 規約で認められておりません: the rule itself refusing, as the only word given
# (or forbidding it: 当日のキャンセルはルールで禁止されています / 規約上、転売は禁じられております)
_RULE_FORBIDS = lazy(_RULE + r"(で|により|上|において)(は)?[、,]?(([^。]{0,30}?(は|も))?[、,]?(一切|原則として|原則)?[、,]?(認められて|許可されて|許されて)(おり|い)ません"
                    r"|[^。、]{0,12}?(禁止|禁じ)(されて|られて|となって|になって|して|いたして)(おり|い)ます|[^。、]{0,12}?禁止(です|でございます)"
                    # (or NG: 公演中止以外の返金は規約上NGです)
                    r"|[^。、]{0,12}?NG(です|でございます|となって(おり|い)ます|となります)"
                    # (規定でできないことになっています)
                    r"|[^。、]{0,10}?(でき|いたせ|お受けでき|お受けし|承れ)(ない|ません)(こと|形)に(なって)(おり|い)ます)")
# "It is by design" as the whole answer, the sentence's last words (それは仕様です / 通知が出るのは
# 現在の仕様です): the reader is told nothing of what happens or what they can do. Not the make of a
# thing told by what it does (「対象外」が入る仕様となっております: a clause before 仕様), nor 同じ仕様です
# (two things compared).
_BY_DESIGN = lazy(r"(?:(?<=[はがもの、,。!\s])|^)(?:現在の|今の|アプリの|システムの|サービスの|本製品の|当社の|弊社の)?"
                  r"仕様(?:です|でございます|となっております|になっております|となります)(?=[。!]?\s*$)")
_BY_DESIGN_HINT = "どう動くのかと、そのうえでできることを具体的に書いてください（例: 「保存すると元の画像は上書きされます。元の画像を残したいときは、先に複製してください」）。"
# 〜できない決まりです / お受けしない規定となっております
_RULE_STATED = lazy(r"(ない|ません|かねる|られない|という|との)(という|との)?(こと|形)?(に|と)?(なって)?(おります|いる)?"
                          + _RULE + r"(です|でございます|(と|に)なって(おり|い)ます|となります|がございます|があります)")
# 〜できない仕様になっており、どうしようもございません / お受けしない規定となっており、いたしかねます: the same
# rule in the clause form, with a refusal after it in its sentence (read only then: a clause may go on to
# what can be done, 変更できない仕様になっており、代わりに…); refusal() reports the refusal on its own
_RULE_STATED_CLAUSE = lazy(r"(?:ない|かねる|られない)(?:こと|形)?(?:に|と)?(?:なって)?(?:おり|いる)?" + _RULE + r"(?:と|に)なっており[、,]")
# 利用規約にそのように定めております / 規約に明記しております: the rule named as saying so, in the
# sentence after a refusal (the rule is then the reason given for it)
# (規約でそう決まっておりますので: the same, in words of its own)
_RULE_SAYS_SO = lazy(_RULE + r"(第[0-9]{1,3}条(第[0-9]{1,2}項)?)?(に|で|にも|でも)[、,]?(「[^」\n]{1,60}」と)?[^。]{0,12}?((定め|記載|明記|規定|決まっ|決められ|定まっ)(て|られて|されて|して)(おり|い)ます"
                          # (規約に記載がございます / 規定に定めがあります)
                          r"|(定め|記載|明記|規定)(が|も)(ございます|あります))")
# ...or the rule's wording said to be what happens, with only a plea for understanding after it
# (利用規約第12条に定めるとおりですので、ご了承ください / 契約約款にも記載のとおりですので、ご理解ください;
# round 34); after a refusal it only points at the rule, _RULE_POINTED's
_RULE_AS_WRITTEN = lazy(_RULE + r"(第[0-9]{1,3}条(第[0-9]{1,2}項)?)?(に|で|にも|でも)[、,]?"
                        r"(定める|定めた|定めている|定められている|記載の|明記の|記載している|明記している|記載されている)(とおり|通り)(です|でございます)")
# ...or asking only for understanding after it: 交付は14日以内と院内規程で定められております。ご理解ください。
_ONLY_UNDERSTANDING = lazy(r"\s*(何卒|なにとぞ|どうか|どうぞ)?[、,]?(ご理解|ご了承|ご容赦)(ください|くださいませ|のほど|を(お願い|賜り)"
                           r"|いただけますよう|いただきますよう)[^。]{0,20}?[。!]?\s*$")
_UNDERSTAND_AFTER = lazy(r"(ので|ため)[、,]?(何卒|なにとぞ|どうか)?[、,]?(ご理解|ご了承|ご容赦)")
# ...or, after the rule's wording said to be what happens, only sent to read it or keep it (約款に記載のとおり
# ですので、ご確認ください / しおりに記載のとおりですので、必ずお守りください; round 35)
_GO_CHECK_AFTER = lazy(r"(ので|ため)[、,]?(必ず|よく|今一度|再度|改めて)?[、,]?(ご確認|ご覧|お読み|お守り)")
# The rule's text pointed to as the answer: 契約書第8条をご確認ください / 利用規約をご覧ください
_RULE_POINTED = lazy(r"\s*[^。]{0,24}?" + _RULE + r"(の)?(第[0-9０-９]{1,3}条(第[0-9０-９]{1,2}項)?)?[^。、]{0,10}?"
                     r"(を[、,]?(ご確認|ご覧|お読み|ご参照)(ください|くださいませ|いただけますよう|いただきますよう)[^。]{0,10}?"
                     # (or said to be where it is written, as all there is to say: ご購入時にご同意いただいた
                     # 利用規約第12条に記載のとおりです / 規約に明記しているとおりでございます)
                     r"|に(記載|明記|記述|規定|定め)(して(おり|い)ます|されて(おり|い)ます|されている|している|の)?"
                     r"(とおり|通り)(です|でございます))[。!]?\s*$")
# ...or an outcome laid on the customer by it, done: 規定により返品処理となりました / 規約に基づき失効とさせていただきました
_IMPOSED = lazy(r"[^。]{0,12}?(キャンセル|失効|無効|解約|退会|返品|返送|処分|廃棄|没収|取り消し|取消|停止|打ち切り|除名|強制)[^。、]{0,6}?"
                # (done already, to them: a policy told ahead, 規約により1年で失効となります, informs)
                r"(と|に)(なりました|させていただきました|いたしました)")
# ...or for a charge or a duty laid on the customer: 当社の規定により、追加の車両費はご負担いただく
# ことになっております
_CHARGED = lazy(r"ご負担|お支払いいただ|ご請求|請求(いたし|させていただき)|(料|費|代)[^。]{0,8}?(発生|かかり|頂戴)")
# A reason given with the rule: 二重発行を防ぐための規定ですので
# (or a reason of its own, said with a verb: …ご依頼を受けたことがあるため、職務上のルールにより)
# (or named as a reason: 衛生上の理由から / 安全上の理由により / 防犯の観点から)
# (or what the thing is, as the reason: 「本人確認あり」の公演のため、名義変更はお受けできない決まりです;
# not a rule's own name before のため: 規約のため、 is the rule again)
_REASON_BEFORE = lazy(r"ため(の|に)|防[ぐぎ]|守る|保護|安全|(ある|いる|おる|した|ない)ため[、,]|理由(から|により|によって|で[、,]|のため)|観点から"
                      r"|(?<![規約定則款針])(?<!決まり)(?<!ルール)(?<!仕様)(?<!原則)(?<!法律)(?<!法令)の(?<!上の)ため[、,]")


# The rule as all there is to say, and the reader asked to accept it (台風の場合でも規定どおりとなります
# ので、ご了承ください), or the charge said to follow it, as the whole sentence (退会後のご請求は、規約に
# 基づいたものです): nothing of why or of what they can do
_RULE_AS_ALL = lazy(_RULE + r"((どおり|通り|のとおり)(と|に)?(なります|なっております|させていただきます|です|でございます"
                    r"|の[^。、]{1,6}?(と|に)(なります|なっております|させていただきます))(ので|ため)[、,]?(何卒|なにとぞ|どうか)?[、,]?"
                    r"(ご理解|ご了承|ご容赦)"
                    r"|(に基づ(いた|く)|に沿った|に則った|どおりの)(もの|措置|対応|ご請求|請求|処理|金額|お取り扱い|取り扱い)"
                    r"(です|でございます|となります|となっております)[。!]?\s*$)")


# Something offered in place of what a rule rules out.
_SUBSTITUTE = lazy(r"代わりに|かわりに|代替|別の(方法|手段|形)|ほかの(方法|手段)|他の(方法|手段)"
                   r"|(方法|手段)(が|も)(ございます|あります)(?!ん)")


def _substitute_next(norm: str, body: list[Sentence], k: int) -> bool:
    """Something offered in place of what body[k] rules out, in one of the two sentences after it."""
    return any(_SUBSTITUTE.search(norm, n.nstart, n.nend) for n in body[k + 1:k + 3])


# ...or right after the refusal, in its own sentence: 〜はお受けしておりませんが、公式リセールで
# お譲りいただけます
_BUT_OFFERED = lazy(r"が[、,][^。]{0,80}?(いただけ|でき|承り|承れ|ご利用になれ)ます(?!ん)")


def _pleads_only(doc: Document, body: list[Sentence], k: int, end: int) -> bool:
    """Nothing follows the rule that ends at `end` in body[k] but a plea for understanding, in its
    sentence (…ので、ご理解ください) or as the next one (…と定められております。ご理解ください。), and
    no way is shown after that."""
    norm, s = doc.norm, body[k]
    return bool(_UNDERSTAND_AFTER.match(norm, end, s.nend)) and not _design_way_after(doc, body, k) \
        or end + 2 >= s.nend and k + 1 < len(body) \
        and bool(_ONLY_UNDERSTANDING.match(norm, body[k + 1].nstart, body[k + 1].nend)) \
        and not _design_way_after(doc, body, k + 1)


def _rule_cited(norm: str, s: Sentence, before: int) -> bool:
    """A rule is cited as the reason earlier in the sentence (before a refusal at `before`)."""
    # (each pattern below starts with a rule's word, which the trigger finds from a rarer
    # character: one scan that stops at few characters, where the three stopped at every 規, 社,
    # 会 … of the clause, in the nineteen refusals in twenty that cite no rule)
    if rule_citing.trigger.search(norm, s.nstart, before) is None:
        return False
    for m in _RULE_BY.finditer(norm, s.nstart, before):
        if not _REASON_BEFORE.search(norm, s.nstart, before):
            return True
    for m in _RULE_BECAUSE.finditer(norm, s.nstart, before):
        if not _REASON_BEFORE.search(norm, s.nstart, m.start()):
            return True
    # (or as the means of the refusal, in its clause: 当院の決まりでできません, which rule_citing reports
    # refusal and all, as it does the others)
    for m in _RULE_MEANS.finditer(norm, max(s.nstart, before - _RULE_MEANS_REACH), before):
        if m.group(1) != "仕様" and "。" not in norm[m.end():before] and not _REASON_BEFORE.search(norm, s.nstart, before):
            return True
    return False


# Every pattern names the rule: its words are the trigger, each found from its rarest character and
# read back behind it (_from_rarest_parts), not from its first (re stopped at every 社 of 株式会社, 会 of
# 会社, 方 and 利 of a reply, walking the words' thirty alternatives at each: 24.8k -> 21.9k
# instructions a reply, searched whole in the nineteen replies in twenty that name no rule). A match
# then starts inside its word, in the same sentence, which is all the trigger tells.
_TRIGGER = _from_rarest_parts(_RULE[1:-1].split("|"), 0)[0]


@triggered_by(_TRIGGER)
def rule_citing(doc: Document, ctx: CheckContext):
    norm = doc.norm
    body = doc.linted_sentences(seg.BODY)
    index = {id(s): k for k, s in enumerate(body)}
    for s in ctx.sentences(doc, body):
        refusal_m = None
        for r in _refusals(norm, s.nstart, s.nend):
            if not _NOT_REFUSAL_AFTER.match(norm, r.end(), s.nend):
                refusal_m = r
                break
        found = None
        for m in _RULE_BECAUSE.finditer(norm, s.nstart, s.nend):
            if _REASON_BEFORE.search(norm, s.nstart, m.start()):
                continue
            if m.group(1) == "仕様" and refusal_m is None and m.start() > s.nstart and norm[m.start() - 1] in "いるた":
                continue  # a product's make told by what it does, as the cause of what happens (この電波を
                # 受信できない仕様のため、つながりにくくなっています), not a rule that refuses (仕様ですので、ご了承ください)
            end = refusal_m.end() if refusal_m and refusal_m.start() > m.start() else m.end()
            found = (m.start(), end)
            break
        if found is None and refusal_m is not None:
            for m in _RULE_BY.finditer(norm, s.nstart, refusal_m.start()):
                # (before the rule, or between it and the refusal: 規約により、衛生上の理由から、…)
                if _REASON_BEFORE.search(norm, s.nstart, refusal_m.start()):
                    continue
                found = (m.start(), refusal_m.end())
                break
        if found is None:
            m = _RULE_FORBIDS.search(norm, s.nstart, s.nend)
            # (the reason may stand between the rule and the ban: 規約では、不正利用を防ぐため、ポイントの
            # 譲渡を認めておりません)
            if m is not None and not _REASON_BEFORE.search(norm, s.nstart, m.end()) \
                    and not ((_BANNED.search(m.group()) or _BUT_OFFERED.match(norm, m.end(), s.nend))
                             and _offered_after(doc, body, index[id(s)], m.end())):
                found = (m.start(), m.end())
        if found is None and refusal_m is not None:
            k = index[id(s)]
            offered = (_has_alternative(doc, refusal_m.end(), s.nend) or _BUT_OFFERED.match(norm, refusal_m.end(), s.nend)
                       or _substitute_next(norm, body, k))
            for m in () if offered else _RULE_STATED_CLAUSE.finditer(norm, s.nstart, refusal_m.start()):
                if not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                    # (the clause alone: the refusal after it, helplessness as often as not, is refusal's)
                    found = (_phrase_start(doc, s, m.start()), m.end() - 1)
                    break
        if found is None:
            m = _RULE_STATED.search(norm, s.nstart, s.nend)
            # (a programme named and said to be there for them: 「記帳サポーター登録」という制度がございます)
            if m is not None and m.group().startswith(("という制度", "との制度")) and m.group().endswith(("ございます", "あります")):
                m = None
            if m is not None and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                found = (_phrase_start(doc, s, m.start()), m.end())
        if found is None and refusal_m is not None:
            for m in _RULE_MEANS.finditer(norm, max(s.nstart, refusal_m.start() - _RULE_MEANS_REACH), refusal_m.start()):
                if m.group(1) == "仕様" or "。" in norm[m.end():refusal_m.start()] \
                        or _REASON_BEFORE.search(norm, s.nstart, refusal_m.start()):
                    continue
                found = (m.start(), refusal_m.end())
                break
        if found is None:
            for m in _RULE_BY.finditer(norm, s.nstart, s.nend):
                if (_CHARGED.search(norm, m.end(), s.nend) or _IMPOSED.match(norm, m.end(), s.nend)) \
                        and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                    k = index[id(s)]
                    if _substitute_next(norm, body, k):
                        break  # (and something offered in its place: キャンセル料の代わりに、…振り替えることも可能です)
                    found = (m.start(), m.end())
                    break
        if found is None:
            m = _RULE_AS_ALL.search(norm, s.nstart, s.nend)
            if m is not None and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                found = (m.start(), m.end())
        hint = None
        if found is None:
            m = _BY_DESIGN.search(norm, s.nstart, s.nend)
            if m is not None and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                found, hint = (m.start(), m.end()), _BY_DESIGN_HINT
        if found is None:
            k = index[id(s)]
            m = _RULE_SAYS_SO.search(norm, s.nstart, s.nend)
            # (after a refusal; or with nothing after it but a plea for understanding, in its own
            # sentence or the next: …と院内規程で定められております。ご理解ください。)
            # (and no way given after that: …ご了承ください。代わりに、ポイントでのお戻しを承ります)
            # (or before a refusal that has nothing but the rule behind it: 受付期間は、規定により30日以内と
            # 定められております。お客様の場合は期間を過ぎておりますので、対応いたしかねます。)
            if m is not None and (k > 0 and _refuses(norm, body[k - 1])
                                  or k + 1 < len(body) and _refuses(norm, body[k + 1])
                                  and not _design_way_after(doc, body, k + 1)
                                  and not _has_alternative(doc, body[k + 1].nstart, body[k + 1].nend)
                                  or _pleads_only(doc, body, k, m.end())) \
                    and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                found = (m.start(), m.end())
        if found is None:
            k = index[id(s)]
            m = _RULE_AS_WRITTEN.search(norm, s.nstart, s.nend)
            if m is not None and (_pleads_only(doc, body, k, m.end()) or _GO_CHECK_AFTER.match(norm, m.end(), s.nend)
                                  and not _design_way_after(doc, body, k)) \
                    and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                found = (m.start(), m.end())
        if found is None:
            # 持ち込み料の免除はいたしかねます。契約書第8条をご確認ください。: the rule's text as the answer
            k = index[id(s)]
            # (not after a refusal that cites the rule itself, reported there: 規約上お受けできません。
            # 利用規約第12条に記載のとおりです)
            if k > 0 and _RULE_POINTED.match(norm, s.nstart, s.nend) and _refuses(norm, body[k - 1]) \
                    and not _rule_cited(norm, body[k - 1], body[k - 1].nend):
                found = (s.nstart + len(norm[s.nstart:s.nend]) - len(norm[s.nstart:s.nend].lstrip()), s.nend)
        if found is None:
            continue
        if norm.find("仕様", found[0], found[1]) >= 0 and (_design_way_after(doc, body, index[id(s)])
                                                          or _design_way_in_two(doc, body, index[id(s)])):
            continue  # SV権限ではキューの設定を変更できない仕様になっております。管理者の方が権限を変更
            # すれば、編集できるようになります: how the product works, and what to do to get it
        if refusal_m is not None and found[1] == refusal_m.end():
            # a rule given as the reason for a limit, and something offered in its place: the
            # reader learns why and what to do instead (主催者の方針により対象外です。代わりに、
            # 公式リセールを…). (Only an offer in its place: the next step of another matter,
            # 解約のお手続きは…, leaves the rule the only reason.)
            k = index[id(s)]
            if _SUBSTITUTE.search(norm, refusal_m.end(), s.nend) or _BUT_OFFERED.match(norm, refusal_m.end(), s.nend) \
                    or _substitute_next(norm, body, k) or _turns_to_way(doc, body, k):
                continue
        yield _hit(doc, *found, suggestion=hint)


_BANNED = lazy(r"禁")


def _design_way_after(doc: Document, body: list[Sentence], k: int) -> bool:
    """The sentence after body[k] (a product's make, 仕様) shows a way to what it rules out: a step,
    and what it then makes possible (管理者の方が権限を変更すれば、編集できるようになります), not a
    plea for understanding, an order or a blame."""
    if k + 1 >= len(body):
        return False
    n = body[k + 1]
    return _plain_step(doc, n) and _has_alternative(doc, n.nstart, n.nend)


def _plain_step(doc: Document, n: Sentence) -> bool:
    """Sentence `n` after a make's limit is no plea for understanding, order or blame."""
    norm = doc.norm
    return _sentence_ok(doc, n) and not _FILLER.search(norm, n.nstart, n.nend) and not _blames(doc, n) \
        and not (_ORDER_WORDS.search(norm, n.nstart, n.nend) and _ORDERS.search(norm, n.nstart, n.nend))


def _design_way_in_two(doc: Document, body: list[Sentence], k: int) -> bool:
    """The way to what the make of body[k] rules out takes two sentences: what it needs, then the
    way offered (12名でお使いになる場合は、ビジネスプランへのお切り替えが必要になります。14日間、
    追加料金なしでお試しいただけますので、…いかがでしょうか). The first of them must be no plea,
    order or blame either."""
    return k + 2 < len(body) and _plain_step(doc, body[k + 1]) and _design_way_after(doc, body, k + 1)


def _turns_to_way(doc: Document, body: list[Sentence], k: int) -> bool:
    """The sentence after the limit in body[k] turns from it (ただ、/ なお、) to a way the reader can
    take (ただ、お住まいの市に見舞金の制度がございます。…お問い合わせください): the rule is one reason
    among what the reply gives, not the only answer."""
    # (the way may come in the sentence after the turn: ただ、市に見舞金の制度がございます。防災課が
    # 窓口ですので、お問い合わせください; and an apology may stand before the turn: …お受けできません。
    # ご期待に沿えず申し訳ございません。ただ、同行者登録ができますので…)
    norm = doc.norm
    if k + 2 < len(body) and _FILLER.search(norm, body[k + 1].nstart, body[k + 1].nend) \
            and _TURN.match(norm, body[k + 2].nstart, body[k + 2].nend):
        k += 1
    return k + 1 < len(body) and _TURN.match(norm, body[k + 1].nstart, body[k + 1].nend) is not None \
        and (_design_way_after(doc, body, k) or _design_way_after(doc, body, k + 1))


def _offered_after(doc: Document, body: list[Sentence], k: int, at: int) -> bool:
    """What is allowed instead, said as possible, follows a ban at `at` in body[k]: in the rest of
    its sentence (…禁止されていますが、補助犬はご一緒にご入館いただけます) or in the next one (not a
    reprimand, 次回からは必ず前日までにご連絡ください, nor a charge, 手数料を請求いたします)."""
    norm, s = doc.norm, body[k]
    if _POSSIBLE.search(norm, at, s.nend) or _SUBSTITUTE.search(norm, at, s.nend):
        return True
    n = body[k + 1] if k + 1 < len(body) else None
    return n is not None and (_POSSIBLE.search(norm, n.nstart, n.nend) or _SUBSTITUTE.search(norm, n.nstart, n.nend)) is not None


def _refuses(norm: str, s: Sentence) -> bool:
    return any(not _NOT_REFUSAL_AFTER.match(norm, r.end(), s.nend) for r in _refusals(norm, s.nstart, s.nend))
