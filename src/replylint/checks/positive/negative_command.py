"""positive/negative-command: a request put as a prohibition (〜しないでください).

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

from ...document import Document, Sentence
from ...engine import CheckContext, triggered_by
from ...regexes import WordsByLetter, lazy, literal_first
from ._shared import _PRESSED, _alternative_at, _hit, _phrase_start, _tok_index
from .rule_citing import _RULE_FORBIDS


_NEG_CMD = lazy(literal_first(
    # (the words spaced too, as in a reply in easy Japanese: 忘れないで ください)
    r"(?<!つ)ないで\s?(ください|下さい|くださいませ|いただけますか|いただけますでしょうか|ね)"  # (not つないで: connect)
    # (stop doing it, in plain words: 担当者に直接相談するのは絶対にやめてください)
    r"|(?<=[のはを、,に])やめて(ください|下さい|くださいませ)"
    r"|(?<!の)ないよう(に)?(して|お気をつけ|ご注意)?(ください|下さい|くださいませ|お願い(いたし|し|申し上げ)ます)"
    r"|(は|を)?おやめ(ください|くださいませ|いただけますか)"
    r"|(ては|では)(いけません|いけない|なりません|だめです|ダメです)"
    r"|禁止(です|でございます|となっております|となります|されております|されています|しております|いたしております)"))
# Someone's words quoted, not our request to the reader: 「ぜひ続けないでくださいね」との声,
# 「走らないでください」という貼り紙, 「押さないで」など. (The opening 「 is looked for at most
# 80 characters back: a longer quotation is rare, and the scan stays bounded.)
# (or the words named as a thing's, or taken as a noun by a particle: 「起こさないでください」の札,
# 「押さないで」を掲示する; not 「…」のお願い, a request that is still ours)
_QUOTED_AFTER = lazy(r"[。!?!?]?」(と|という|といった|との|など|って|のよう|の(?!お願い)|を|が|は|も)")


def _quoted(norm: str, s: Sentence, start: int, end: int) -> bool:
    opened = norm.rfind("「", max(s.nstart, start - 80), start)
    return opened >= 0 and norm.find("」", opened, start) < 0 and _QUOTED_AFTER.match(norm, end) is not None


# Kind words, not commands: ご心配なさらないでください, お気になさらないでください, お気を悪くなさらないでください.
_KIND = lazy(r"(心配|気に|無理|遠慮|諦め|あきらめ|焦ら|慌て|落ち込ま|悲しま|気を悪く|気を落と|気落ち)[^。、]{0,4}$")
# A warning of harm: a prohibition that gives it, before it or in the next sentence, keeps
# someone safe and says why (破片が落ちることがありますので…こすらないようご注意ください;
# スイッチは入れたり切ったりしないでください。火花で引火するおそれがあります).
# (harm to the body there and then: burns, shocks, injury, heat and cold; read on its own before a
# prohibition, _DANGER_NOW)
_BODILY_DANGER = r"危険|けが|怪我|やけど|火傷|感電|熱く|高温|熱い|凍傷"
_HARM = lazy(_BODILY_DANGER + r"|おそれ|恐れ|引火|火災|発火|爆発|破損|故障|破片|事故|中毒|窒息|転倒"
             r"|変形|変色|劣化|漏電|ガス漏れ|原因(と|に)な"
             # (the harm of a leak or a fraud: セキュリティのため、パスワードはメールに書かないでください)
             r"|セキュリティ|安全のため|不正|悪用|なりすまし|詐欺|漏えい|漏洩|流出|第三者に知られ|個人情報"
             # (or of a public reply, where anyone reads it: 公開のリプライには書き込まないようご注意ください)
             # (公開リプライ too, written as one word: eight clean dev replies, none labeled; round 34)
             r"|公開の?(リプライ|返信|コメント|投稿|タイムライン|スレッド)"
             # (or this public thread named by where they would write: こちらへの返信には、お名前やご住所などを
             # 書き込まないようお願いいたします / 返信欄には)
             r"|返信欄|こちらへの(返信|リプライ|コメント)"
             # (or the public network itself, named with 上: ユーザーIDはX上には書き込まないようご注意ください)
             r"|(?<![A-Za-z])(X|SNS|Twitter|ツイッター|Instagram|インスタ|インスタグラム|Facebook|フェイスブック|Threads|タイムライン"
             r"|ネット|インターネット|掲示板|コメント欄)上"

             # (heat, as _BODILY_DANGER's 熱く: 本体が熱くなりますので、周りに物を置かないようご注意ください;
             # cold that burns, and what the bare hand must not touch: ドライアイスは素手で触らないようご注意ください)
             r"|低温やけど|素手|ドライアイス")
# A secret of theirs or ours, whose leak a soft request not to post or pass it on guards against
_SECRET = lazy(r"パスワード|暗証番号|口座番号|カード番号|認証コード|確認コード|引き継ぎコード")
# ...with why it is kept, before the request (…だけにお知らせしているものですので; not カード番号はDMに
# 書かないようお願いいたします, the request bare)
_SECRET_KEPT = lazy(r"(ので|ため)[、,]")
# A danger there now, said in the sentence before the prohibition (熱くなっています / 感電のおそれ): not
# the damage already done, 基板が破損しているため, which a reprimand names as often
_DANGER_NOW = lazy(_BODILY_DANGER)
# The next sentence gives the reason (…引火するおそれがあります / …割れることがございます).
_REASON_END = lazy(r"(あります|ございます|ためです|からです|おそれがあります|なります)[。!]?\s*$")
# What a ban is for, said before it: 野鳥の繁殖地を守るため / 安全を確保するために
_PURPOSE = lazy(r"(守る|確保する|防ぐ|防止する|保つ|配慮する|避ける)(ため|ために)|の(ため|ために)[、,]")
# ...or what would be lost without it, said as the reason (お守りできなくなるため / ご利用いただけなくなるので)
_LOST_IF = lazy(r"(でき|いただけ|守れ)なくなる(ため|ので|から|おそれ)")
# A list led in by a caution or a purpose (次の点にご注意ください / 検査を正確に行うため、次の点にご
# 協力をお願いいたします): its items are the precautions it announces, with their reason.
# (or by what to do at once, in an emergency: ガスのにおいがするとのこと、すぐに次のことをお願いします)
_CAUTION_LEAD = lazy(r"注意|ため[、,に]|すぐに|直ちに|ただちに|至急|緊急|安全")


# ...what one kindly asks them to stop (無理をするのは / 我慢なさるのは やめてください)
_KIND_STOP = lazy(r"(無理|我慢|頑張りすぎ|がんばりすぎ|心配|遠慮|自分を責め|ご自分を責め|悩|抱え込)[^。、]{0,8}$")
# Positive rewrites for common verbs (dictionary form -> what to ask for instead).
_POSITIVE_FORM = {
    "置く": "〜の前は空けておいてください", "触る": "離れてお待ちください", "触れる": "離れてお待ちください",
    "捨てる": "保管しておいてください", "開ける": "閉じたままにしてください", "抜く": "差したままにしてください",
    "消す": "残しておいてください", "切る": "入れたままにしてください", "削除": "保存しておいてください",
    "忘れる": "必ずお持ちください（お忘れなく）", "遅れる": "時間までにお越しください", "押す": "一度だけ押してください",
    "入力": "空欄のままにしてください", "使う": "〜をお使いください", "使用": "〜をお使いください",
    "入れる": "〜に入れてください（入れてよい場所を示す）", "止める": "動かしたままにしてください",
}


# (searched from each word's な, や, け, め, ダ or 禁: letters found in a reply by str's test, where
# re's scan for the first letters, い and お among them, cost 50 instructions a character)
@triggered_by(WordsByLetter(("ないで", "ないよう", "おやめ", "やめて", "いけ", "なりません", "だめ", "ダメ", "禁止"), "なやけめダ禁"))
def negative_command(doc: Document, ctx: CheckContext):
    norm = doc.norm
    sentences = doc.linted_sentences()
    index = None  # each sentence's place, built when first needed
    for s in ctx.sentences(doc, sentences):
        for m in _NEG_CMD.finditer(norm, s.nstart, s.nend):
            start = m.start()
            if not m.group().startswith(("禁止", "は", "を", "お")):
                start = _phrase_start(doc, s, m.start())
            if _KIND.search(norm, s.nstart, m.start()) or _quoted(norm, s, m.start(), m.end()):
                continue
            if m.group().startswith(("やめて", "はおやめ", "をおやめ", "おやめ")) and _KIND_STOP.search(norm, max(s.nstart, m.start() - 12), m.start()):
                continue  # 無理をするのはやめてくださいね: care for the reader, not an order
            if _NOTE_ON_REQUEST.search(norm, max(s.nstart, start - 40), start):
                continue  # DMでお知らせください（口座番号は送らないでください）: a note on how to do what
                # was just asked, in brackets after it
            if index is None:
                index = {id(x): n for n, x in enumerate(sentences)}
            nxt = sentences[index[id(s)] + 1] if index[id(s)] + 1 < len(sentences) else None
            prv = sentences[index[id(s)] - 1] if index[id(s)] > 0 else None
            pressed = _PRESSED.search(norm, s.nstart, m.start()) is not None or _pressed_before(doc, sentences, index, s)
            if not pressed and m.group().startswith("ないよう") and "お願い" in m.group() \
                    and _WE_CANNOT_SO.search(norm, s.nstart, start):
                continue  # こちらのDMは薬剤師が確認できないため、処方内容はお送りにならないようお願いいたします:
                # asked politely, with what we cannot do as its reason
            if not pressed and m.group().startswith("ないよう") and "お願い" in m.group() \
                    and _HONORIFIC_NEG.search(norm, max(s.nstart, m.start() - 14), m.start()):
                continue  # カード番号はDMにもお書きにならないようお願いいたします / 口にされないようお願いいたします:
                # the reader's act in the respectful form, asked for with お願い: the softest way a
                # request not to do is put, not an order
            if not pressed and m.group().startswith("ないよう") and "お願い" in m.group() \
                    and _SECRET.search(norm, s.nstart, start) and _SECRET_KEPT.search(norm, s.nstart, start):
                continue  # このパスワードは在園児のご家庭にだけお知らせしているものですので、SNSなどには載せ
                # ないようお願いいたします: a secret kept, asked for softly (not パスワードは使い回さないで
                # ください, a bare order that blind writers label; round 37)
            if not pressed and _FOR_A_WHILE.search(norm, s.nstart, start):
                continue  # 養生期間中ですので、あと2日ほどは重い家具を置かないようお願いいたします: a
                # precaution for a time, with its reason
            if not pressed and _UNTIL_DONE.search(norm, max(s.nstart, start - _UNTIL_DONE_REACH), start):
                continue  # 読み込みが終わったことを確かめるまでは、アカウントの解約はしないでください
            if not pressed and _WHILE_STEP.search(norm, max(s.nstart, start - _WHILE_STEP_REACH), start):
                continue  # 約3分待つ（この間はガス機器をお使いにならないでください）: a precaution for the
                # time a step takes, not an order about how the reader behaves
            if not pressed and (
                    _HARM.search(norm, s.nstart, start)
                    or nxt is not None and nxt.line <= s.line + 1 and _HARM.search(norm, nxt.nstart, nxt.nend)
                    and _REASON_END.search(norm, nxt.nstart, nxt.nend)
                    # (or the harm said just before, on its line or the line above: ふたの奥は印刷直後だと
                    # 熱くなっています。金属の部分には触れないようにしてください; round 36)
                    or prv is not None and prv.line >= s.line - 1 and _DANGER_NOW.search(norm, prv.nstart, prv.nend)):
                continue  # a warning of harm, with its reason
            if not pressed and nxt is not None and nxt.line <= s.line + 1 and _ALLOWED.search(norm, nxt.nstart, nxt.nend):
                continue  # a precaution told with where it stops (ごはんを与えないでください。お水は朝まで
                # 飲ませても大丈夫です): what they may still do is said in the next sentence
            lead = doc.list_lead(s)
            # (asked with Document.act: once per list's lead, not once per item)
            if lead is not None and not pressed \
                    and (doc.act(_CAUTION_LEAD, lead) or doc.act(_HARM, lead)):
                continue  # an item of a list of precautions
            if m.group().startswith("禁止") and _RULE_FORBIDS.search(norm, s.nstart, m.end()):
                continue  # a rule said to forbid it: positive/rule-citing's (規約により禁止となっております)
            if m.group().startswith("禁止") and (
                    _PURPOSE.search(norm, s.nstart, start)
                    or nxt is not None and nxt.line <= s.line + 1
                    and (_PURPOSE.search(norm, nxt.nstart, nxt.nend) or _LOST_IF.search(norm, nxt.nstart, nxt.nend))):
                continue  # a ban described with what it protects (野鳥を守るため…禁止しております), before it
                # or in the next sentence (…禁止されております。トラブルの際に支援者さまをお守りできなくなるため、…)
            if m.group().startswith("禁止") and _says_what_to_do(doc, m.end(), s, nxt):
                continue  # a rule of the place, told with what to do (土足禁止となっておりますので、上履きを
                # お持ちください): the request is the positive form
            verb = None
            toks = doc.sentence_tokens(s)
            i = _tok_index(toks, start)
            if i >= 0:
                for t in toks[i:_tok_index(toks, m.start()) + 1]:
                    if t.lemma in _POSITIVE_FORM or t.norm in _POSITIVE_FORM:
                        verb = _POSITIVE_FORM.get(t.lemma) or _POSITIVE_FORM.get(t.norm)
                        break
            hint = f"してほしいことを「{verb}」のように書いてください。" if verb else \
                "してほしいことを「〜してください」の形で書いてください（例: 置かないでください → 空けておいてください）。"
            yield _hit(doc, start, m.end(), suggestion=hint)


# What we cannot do, as the reason for a polite request not to (確認できないため、 / お答えできかねますので、)
_WE_CANNOT_SO = lazy(r"(でき|いたせ|対応でき|お答えでき|拝見でき|お受けでき)(ない|ず|かねる|かねます|ません)(ため|ので)[、,]")
# The reader's act in the respectful negative, right before ないよう: お書きになら(ない), ご利用になら(ない),
# お控えなさら(ない), 口にされ(ない) (お/ご…になる, なさる, される; not 気になら, which is no honorific)
_HONORIFIC_NEG = lazy(r"(?:[おご][^。、!?\s]{1,8}にな|なさ)ら$|(?:[をに]|[おご][一-龥]{1,6})され$")
# Its reason, then how long it holds (〜ですので、あと2日ほどは / 〜のため、乾くまでは / 〜ので、点検の間は)
# The time a step takes, named in a bracketed note on it as the span of a precaution: 約3分待つ（この間は
# …）. (Not a bare 作業中は / 更新中は 〜ないでください, which the tables keep reported: said as what
# to keep doing, it reads better.)
_WHILE_STEP = lazy(r"[(（]\s*(この間|その間|お待ちの間|待っている間)(は|も)[、,]?")
_WHILE_STEP_REACH = 24
# (or for the time until our visit, said as such: それまでの間、巣のある勝手口はなるべく使わないよう…)
_FOR_A_WHILE = lazy(r"(ので|ため)[、,][^。]{0,20}?(あと[^。、]{1,8}?(は|の間)|まで(は|の間)|の間は)|それまでの間|それまでは|その間は")
# ...or until a step is done (読み込みが終わったことを確かめるまでは / 反映が確認できるまでは / 完了するまでの
# 間は): a precaution that lasts as long as the step, not a rule on how the reader behaves
_UNTIL_DONE = lazy(r"(終わ|終了|完了|済|確か|確認|届|反映|表示さ)[^。、]{0,10}?まで(は|の間は?)[、,]?")
_UNTIL_DONE_REACH = 48  # (read back this far from each ban: a sentence of many bans is read in linear time)
# A request, then a bracket opened on it whose note runs up to the prohibition (no bracket closed)
_NOTE_ON_REQUEST = lazy(r"(ください|下さい|お願い(いたし|し)ます)[(（][^()（）。]*$")
# What is still allowed, said right after a ban (〜ても大丈夫です / 〜ていただいて構いません / 〜ても差し支えありません)
_ALLOWED = lazy(r"(て|で)も?(大丈夫|構い?ません|かまいません|差し支え(あり|ござい)ません|問題(あり|ござい)ません|結構です)")
# A sentence that adds to the one before it: また、 / さらに、 / それから、
_ADDED = lazy(r"\s*(また|さらに|それから|あわせて|併せて)[、,]")


def _pressed_before(doc: Document, sentences: list[Sentence], index: dict, s: Sentence) -> bool:
    """`s` adds to a pressed prohibition in the sentence before it (リンクは絶対に開かないでください。
    また、暗証番号は誰にも教えないでください): the same force carries over."""
    k = index[id(s)]
    if k == 0 or not _ADDED.match(doc.norm, s.nstart, s.nend):
        return False
    prev = sentences[k - 1]
    m = _NEG_CMD.search(doc.norm, prev.nstart, prev.nend)
    return m is not None and _PRESSED.search(doc.norm, prev.nstart, m.start()) is not None


def _says_what_to_do(doc: Document, after: int, s: Sentence, nxt: Sentence | None) -> bool:
    """A request of what to do (〜をお持ちください, 〜をご利用ください; not ご了承ください, ご注意ください)
    follows a ban stated at `after`: in the rest of its sentence, or in the next sentence on the next line."""
    norm = doc.norm
    if _alternative_at(doc, after, s.nend) >= 0:
        return not _NEG_CMD.search(norm, after, s.nend)
    return nxt is not None and nxt.line <= s.line + 1 and _ASKED.search(norm, nxt.nstart, nxt.nend) is not None \
        and _alternative_at(doc, nxt.nstart, nxt.nend) >= 0 and not _NEG_CMD.search(norm, nxt.nstart, nxt.nend)


_ASKED = lazy(r"ください|下さい|お願い(いたし|し|申し上げ)ます")
