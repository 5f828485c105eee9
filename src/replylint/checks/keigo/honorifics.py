"""Who is raised and who is lowered: double-honorific, wrong-direction, honorific-title."""

from __future__ import annotations

import re

from ... import parties
from ... import segments as seg
from ...conjugate import masu_stem, ra_godan_form, te_form
from ...document import Document, Sentence
from ...engine import CheckContext, Hit, triggered_by
from ...regexes import Grammar, LookBack, by_first_char, lazy, trie_pattern
from ...regexes import _first_chars, _p as _rx_parser
from ...tokenize import Token
from ._common import (Parts, _PREFIX, _base_ctype, _PUNCT, _chain_end, _hit, _is, _is_question, _is_reru, _plain_ra_godan, _prefixed, _regex, _merged, _own_words, _part_sentences, _sasete_itadaku, _sentences_with, _surfaces, _te, _text, _verb)

_HONORIFIC_VERBS = ("おっしゃる", "仰る", "いらっしゃる", "召し上がる", "召しあがる", "なさる", "為さる")
_HUMBLE_NOUNS = ("拝見", "拝読", "拝聴", "拝借", "拝受", "拝察", "頂戴", "拝顔")
_HUMBLE_VERBS = ("伺う", "申し上げる", "承る", "参る", "申す", "存ずる", "存じる", "賜る",
                 "差し上げる", "いたす", "致す", "お目にかかる", "頂く", "いただく")


def _double(toks: list[Token], i: int, j: int, base: str, rewrite: str, fix: str | None) -> Hit:
    """A double-honorific finding: the suggestion is the word's plain form, the message the
    rewrite, the fix that rewrite when the conjugation of the span is one we can write out."""
    found = _text(toks, i, j)
    # (the rewrite drops the い that speech drops after て, お受け取りになられてない -> お受け取りになって
    # いない, not なってない: a fix must leave no casual form for keigo/casual to find)
    if _CONTRACTED_TE.search(found):
        rewrite, fix = _TE_THEN.sub("てい", rewrite, 1), fix and _TE_THEN.sub("てい", fix, 1)
    return _hit(toks, i, j, suggestion=base, fix=fix,
                message=f"「{found}」は二重敬語です。「{rewrite}」で十分に丁寧です。")


_CONTRACTED_TE = lazy(r"れて(?:な|ま|る|た)")
_TE_THEN = lazy(r"て(?=(?:な|ま|る|た)[^て]*$)")


def _joined(head: str, form: str | None) -> str | None:
    return None if form is None else head + form


# Every pattern starts at one of these verbs (lemma or lexeme).
_DOUBLE_STARTS = frozenset(("なす", "成す", "なる", "成る", "いただく", "頂く") + _HONORIFIC_VERBS)


# The request's own honorific way for a verb that has one (来る: お越しください); any other is
# asked as お + its 連用形 + ください (休む: お休みください, 帰る: お帰りください)
_ASKED_AS = {"来る": "お越しください", "行く": "お出かけください", "見る": "ご覧ください", "居る": "いらしてください",
             "寝る": "お休みください", "着る": "お召しください", "食べる": "お召し上がりください", "飲む": "お召し上がりください",
             "言う": "おっしゃってください", "する": "なさってください"}
# (verbs that other branches, or keigo/wrong-direction, read with their れる: honorific or humble by themselves)
_REQUEST_LEFT = frozenset(("なる", "成る") + _HONORIFIC_VERBS + _HUMBLE_VERBS)


def _reru_asked(toks: list[Token], i: int) -> str | None:
    """来られてください / 休まれてください / ご記入をされてください: a plain verb with the honorific れる,
    and the request's くださる on the same act, the reader's (the request's own way, お越しください,
    is polite enough). The way to ask instead, or None. (Not お〜られて, the branch below; not a
    verb honorific or humble by itself; not ご〜されて, keigo/go-sareru's.)"""
    t = toks[i]
    if not (i + 3 < len(toks) and t.cform.startswith("未然形") and _is_reru(toks[i + 1])
            and _te(toks[i + 2]) and toks[i + 2].surface == "て" and _verb(toks[i + 3], "くださる", "下さる")):
        return None
    if t.lemma in _REQUEST_LEFT or i >= 1 and toks[i - 1].pos[0] == "接頭辞":
        return None
    if _verb(t, "する", "為る") and not (i >= 1 and toks[i - 1].surface == "を"):
        return None  # (ご来店されて: keigo/go-sareru's, and wrong-direction's; 記入をされて is asked here)
    if t.lemma in _ASKED_AS:
        return _ASKED_AS[t.lemma]
    stem = masu_stem(t)
    return "お" + stem + "ください" if stem else None


# An honorific verb's 未然形 (おっしゃら, なら, なさ) + れる/られる, or (さ)せて + いただく; or a plain
# verb's (来ら, 休ま) + れる/られる under ください.
# (Each alternative starting with a literal: the search skips ahead to where one can start.)
@triggered_by(r"なさ\s*れ|成さ\s*れ|為さ\s*れ|ら\s*れ|せ\s*て\s*(?:いただ|頂|戴)|れ\s*て\s*(?:くださ|下さ)")
def double_honorific(doc: Document, ctx: CheckContext):
    for _, toks in _sentences_with(doc, ctx):
        n = len(toks)
        for i, t in enumerate(toks):
            if t.pos[0] == "動詞" and (asked := _reru_asked(toks, i)) is not None:
                e = _chain_end(toks, i + 4)
                yield _hit(toks, i, e, suggestion=asked,
                           message=f"「{_text(toks, i, e)}」は尊敬の「れる・られる」に「〜てください」を重ねた形です。"
                                   f"「{asked}」と書きます。")
                continue
            # お申し出られた / お帰られた: the honorific お〜 and the honorific れる on one verb
            # (お申し出になった, or 申し出られた); the trigger's ら|れ: a 一段 verb's られる, a ラ行 五段's れる
            if t.pos[0] == "動詞" and i >= 1 and toks[i - 1].surface in ("お", "御") and toks[i - 1].pos[0] == "接頭辞" \
                    and t.cform.startswith("未然形") and i + 1 < n and _is_reru(toks[i + 1]) \
                    and (t.ctype.startswith(("上一段", "下一段")) and toks[i + 1].surface.startswith("られ")
                         or t.ctype == "五段-ラ行" and toks[i + 1].surface.startswith("れ")) \
                    and (stem := masu_stem(t)):
                e = _chain_end(toks, i + 2)
                after = toks[i + 2:e]
                head = toks[i - 1].surface + stem + "に"
                yield _double(toks, i - 1, e, head + "なる", head + _plain_ra_godan(_NARU, after),
                              _joined(head, ra_godan_form(_NARU, after)))
                continue
            if t.pos[0] != "動詞" or (t.lemma not in _DOUBLE_STARTS and t.norm not in _DOUBLE_STARTS):
                continue
            # おっしゃられる, いらっしゃられる, 召し上がられる, なさられる (なさら|れる, or なさ|られる;
            # not なさ|れる, なす's own honorific form: ご発展なされますよう)
            if t.surface == "なさ" and _is(t, "なす", "成す") and i + 1 < n and _is_reru(toks[i + 1]) \
                    and toks[i + 1].surface.startswith("られ"):
                e = _chain_end(toks, i + 2)
                yield _double(toks, i, e, "なさる", _plain_ra_godan(_NASARU, toks[i + 2:e]),
                              ra_godan_form(_NASARU, toks[i + 2:e]))
                continue
            if _is(t, *_HONORIFIC_VERBS) and i + 1 < n and _is_reru(toks[i + 1]):
                e = _chain_end(toks, i + 2)
                start = _prefixed(toks, i) if _is(t, "召し上がる", "召しあがる") else None
                start = i if start is None else start
                head = _text(toks, start, i)
                yield _double(toks, start, e, head + t.lemma, head + _plain_ra_godan(t, toks[i + 2:e]),
                              _joined(head, ra_godan_form(t, toks[i + 2:e])))
                continue
            # お〜になられる / ご〜になられる (お見えになられる, ご覧になられる, ご利用になられる)
            if _is(t, "なる", "成る") and i >= 2 and toks[i - 1].surface == "に" \
                    and toks[i - 1].pos[0] == "助詞" and i + 1 < n and _is_reru(toks[i + 1]):
                start = _prefixed(toks, i - 2)
                if start is None and i >= 3 and toks[i - 2].pos[0] in ("名詞", "動詞"):
                    start = _prefixed(toks, i - 3)  # お召し|上がり, ご|来|店 ...
                if start is None:
                    continue
                e = _chain_end(toks, i + 2)
                head = _text(toks, start, i)
                yield _double(toks, start, e, head + "なる", head + _plain_ra_godan(t, toks[i + 2:e]),
                              _joined(head, ra_godan_form(t, toks[i + 2:e])))
                continue
            # 拝見させていただく, 伺わせていただく, お伺いさせていただく, 申し上げさせていただく
            c = _sasete_itadaku(toks, i)
            if c is None:
                continue
            v = c - 1
            if v < 0:
                continue
            verb = toks[v]
            e = _chain_end(toks, i + 1)
            tail = toks[i + 1:e]
            polite = tail and tail[0].norm == "ます"
            if _verb(verb, "する", "為る") and v >= 1 and toks[v - 1].surface in _HUMBLE_NOUNS:
                start = v - 1
                noun = toks[v - 1].surface
                base_form = noun + "する"
                sugg = noun + ("いたし" + _surfaces(tail) if polite else "する")
            elif (toks[v].pos[0] == "動詞" and _is(verb, *_HUMBLE_VERBS[:9])) or \
                    (_verb(verb, "する", "為る") and v >= 1 and _is(toks[v - 1], "伺う")):
                base = toks[v - 1] if _verb(verb, "する", "為る") else verb
                start = toks.index(base)
                p = _prefixed(toks, start)
                start = p if p is not None else start
                stem = masu_stem(base)
                sugg = (stem + _surfaces(tail)) if polite and stem else base.lemma
                base_form = base.lemma
            else:
                continue
            # written out only for the polite form or the bare verb (拝見させていただく -> 拝見する)
            yield _double(toks, start, e, base_form, sugg, sugg if polite and sugg != base_form or not tail else None)


# -- keigo/wrong-direction --------------------------------------------------------------



def _asks_after(toks: list[Token], j: int, received: bool = False) -> bool:
    """A request to the customer (ください) ends the chain of actions that starts at toks[j]:
    返送|して|ください, 返送|し|て|ください, and after one comma the next action asked for
    (ご記入して、窓口へご提出ください), with no sentence end and no other predicate between."""
    # (not a helper verb right after て: お配りしている|お知らせ describes a thing, ours)
    if j < len(toks) and toks[j].pos[0] == "動詞" and toks[j].pos[1] == "非自立可能":
        return False
    commas = 0
    # (the next act's place and whom it goes to, in nouns and case particles: 、窓口の係員に
    # お申し出ください, 、1階の受付カウンターでお待ちください; up to eighteen words, as an amount
    # takes three: 1|,|000)
    for k, t in enumerate(toks[j:j + 18], j):
        if _verb(t, "くださる", "下さる") and t.surface in ("ください", "下さい"):
            return True
        # (or, when `received`, asked with いただく: お待ちいただけますか, お伝えいただければ幸いです,
        # ご返送いただきますようお願いいたします; not ご理解いただけるよう努めます, no request)
        if received and _verb(t, "いただく", "頂く", "いただける", "頂ける") and k > j:
            rest = _text(toks, k, min(len(toks), k + 6))
            rest = rest[3:] if rest.startswith("いただ") else rest[1:]  # (いただ|けますか, 頂|ければ)
            return rest.startswith(("けますか", "けませんか", "けますでしょうか", "けませんでしょうか", "ければ", "きたく", "きたい")) \
                or rest.startswith(("きますよう", "けますよう")) and "願い" in rest
        if t.surface in ("、", ","):
            # (the , of a number is no comma: 手数料1,000円をお持ちのうえ)
            if t.surface == "," and j < k < len(toks) - 1 and toks[k - 1].pos[1] == "数詞" and toks[k + 1].pos[1] == "数詞":
                continue
            commas += 1
            if commas > 1:
                return False
            continue
        # (a time set as the topic keeps the same doer: ご予約して、当日は受付にお越しください)
        if t.surface == "は" and k > j and toks[k - 1].pos[2] == "副詞可能" and toks[k - 1].pos[1] != "数詞":
            continue
        if not (t.pos[0] in ("名詞", "接頭辞", "動詞", "接尾辞")
                or t.pos[0] == "助詞" and t.surface in ("を", "に", "で", "へ", "て", "の", "から", "まで")
                # (the せ of お知らせください, read as 知ら|せ: the act asked for, not a predicate of its own)
                or t.pos[0] == "助動詞" and t.lemma in ("せる", "させる")):
            return False
    return False


def _clause_goes_on(toks: list[Token], i: int) -> bool:
    """The verb at toks[i] ends a clause of the writer's that the sentence goes on from (お伺いしたく
    存じますが、ご都合はいかがでしょうか / 存じますので、…): the question is the next clause's."""
    j = _chain_end(toks, i + 1)
    if j + 1 < len(toks) and toks[j].surface == "の" and toks[j + 1].surface == "で":
        return True  # (ので read as の|で)
    return j < len(toks) and toks[j].surface in ("が", "けれど", "けれども", "ので", "から", "し") \
        and toks[j].pos[0] == "助詞" and toks[j].pos[1] == "接続助詞"


_NOT_A_PARTY = frozenset(("まで", "ため", "よう", "一緒", "的", "中", "前", "後", "時", "際", "日", "月", "次", "順", "最初", "最後",
                         "更", "特", "主", "新た", "確実", "正確", "丁寧", "十分", "早め", "簡単"))


def _third_party_before(toks: list[Token], i: int) -> bool:
    """Someone named with に before toks[i] in its clause (ご家族に, 担当の先生に, 管理会社様に): the
    one asked for the favour, not the reader."""
    k = i - 1
    while k > 0 and toks[k].surface not in ("、", ",", "。"):
        t = toks[k]
        if t.surface == "に" and t.pos[1] == "格助詞" and toks[k - 1].pos[0] in ("名詞", "接尾辞", "代名詞") \
                and toks[k - 1].surface not in _NOT_A_PARTY and toks[k - 1].pos[1] != "数詞":
            return True
        k -= 1
    return False


def _ours_in_clause(doc: Document, toks: list[Token], p: int) -> bool:
    """One of ours (こちらで, 弊社から, 担当者が) named in toks[p]'s own clause, before it: back to
    a comma or a predicate, at most eight words."""
    k = p - 1
    while k >= max(0, p - 8) and toks[k].surface not in ("、", ",") and toks[k].pos[0] not in ("動詞", "助動詞"):
        k -= 1
    lo = toks[k + 1].nstart if k + 1 < p else toks[p].nstart
    return lo < toks[p].nstart and _own_actor(doc.norm[lo:toks[p].nstart])


_CUSTOMER_ACTIONS = frozenset(
    "利用 注文 購入 予約 応募 登録 申込 申し込み 申込み 選択 入力 参加 返品 解約 使用 受け取り 受取 選び "
    "買い求め 引き出し 試し 持ち帰り 楽しみ 加入 入会 退会 契約 来店 来場 来館 乗車 搭乗 宿泊 "
    "視聴 閲覧 投稿 送金 振込 振り込み 入金 出金 記入 指定 設定 追加 削除 申請 提出 持参 使い 求め 越し 来所 来社 来訪 覧 "
    "申し込 出席 ログイン 利用登録 解約手続き 退会手続き 解除 乗り換え 払い込み 引き落とし 換金 寄付 "
    # (going in, attending, taking part: 入場 入室 受講 受験 出願 面会 試着 …)
    "入場 入室 入館 入園 退室 退場 来院 来園 通院 受診 受講 受験 出願 面会 見学 試着 試乗 乗船 入居 納付 投函 "
    "持ち込み 返納 視察 参拝 観覧 鑑賞".split())
# The reader's acts said with ご that are never ours (ours is plain: 確認いたします, 検討いたします)
_READER_ONLY_GO = frozenset("確認 検討 了承 理解 査収 覧 記入 来店 来院 来館 来場 来社 来所 提出".split())
# (we pay too: an insurer's claim, a refund, a seller's proceeds — お支払いできる金額をお知らせいたします)
# The same act said humbly as ours, in each spelling (ご請求いたします, ご請求申しあげます,
# ご請求させていただきます)
_HUMBLY_DONE = ("いたし", "致し", "申し上げ", "申しあげ", "もうしあげ", "させていただ", "させて頂", "させて戴")
# Money we pay out, named as what is paid (給付金はお支払いできません: the insurer pays, whoever
# the sentence spoke of before)
_WE_PAY = lazy(r"(給付金|保険金|返戻金|払戻金|払い戻し金|還付金|返金|売上金|売上|報酬|配当金|配当|見舞金|一時金|補償金|賠償金|祝い金|奨励金)"
               r"\s*(は|を|も|について|に関しては|につきましては)[、,]?[^。、]{0,12}$")
# The acts of whoever pays money out (お支払い, お振り込み, ご送金): with money we pay named as what
# is paid (保険金をお振り込みできませんでした), or a cover that pays as what the clause describes
# (差額もお支払いできる特約), the payer is ours, whoever the sentence spoke of before
_PAYOUT_ACTS = frozenset("支払い 支払 振込 振り込み 振込み 送金 入金 払い戻し 払戻し".split())
_COVER_PAYS = lazy(r"\s*(特約|補償|保険|共済|給付)")
# (or the cover or our house named as where it comes from, right before: 保険からお支払いできます)
_FROM_OUR_FUND = lazy(r"(保険|共済|特約|補償|基金|当社|弊社|当組合|当行|当店)から[、,]?\s*$")
# (acts only the customer does toward us, whoever else the sentence names: ours is to offer them)
_ONLY_THEIRS = frozenset("利用 来店 来場 来館 来院 宿泊 視聴 入会 加入 購入 搭乗 乗車".split())
_AMBIGUOUS_ACTIONS = frozenset("確認 変更 相談 手続き 交換 返送 更新 移行 問い合わせ 問合せ 請求 支払い 支払 返却".split())
# (a menu or a button named in brackets is on the customer's screen too: 「予約の変更」から)
# (and the means the customer pays with: カードで, 現金で)
# ...or paid into the reader's own account (ご指定の口座へお振り込みできる見込みです): we pay them
# (unless the reader is named as who acts: お客様がご指定の口座へお振り込みできるのは…)
_THEY_ACT = lazy(r"(様|さま)(が|は)")
_INTO_THEIR_ACCOUNT = lazy(r"(ご指定|ご登録|お客(様|さま)|ご本人(様|さま)?|ご自身)[^。、]{0,6}?口座(へ|に)[、,]?[^。、]{0,6}$")
# ...or what follows the reader's own act, done first and received with いただく (修正いただければ、
# 予定どおり1月25日にお振り込みできます / ご利用いただくと、5営業日でお振り込みできます): the payer is then
# the other side, ours
_AFTER_THEIR_ACT = lazy(r"(いただ|頂)(ければ|くと|けましたら|きましたら|いた後|いたあと|き次第)[、,]")


def _we_pay_out(doc: Document, s: Sentence, toks: list[Token], p: int, i: int) -> bool:
    """保険金をお振り込みできませんでした / 差額もお支払いできる特約 / ご指定の口座へお振り込みできる:
    money we pay named before the prefixed act, the reader's own account it goes into, the reader's
    own act done first (修正いただければ、…お振り込みできます), or a cover named right after できる."""
    return bool(_WE_PAY.search(doc.norm, s.nstart, toks[p].nstart)
                or _INTO_THEIR_ACCOUNT.search(doc.norm, max(s.nstart, toks[p].nstart - 30), toks[p].nstart)
                and not _THEY_ACT.search(doc.norm, s.nstart, toks[p].nstart)
                or _AFTER_THEIR_ACT.search(doc.norm, s.nstart, toks[p].nstart)
                or toks[i].surface in ("できる", "出来る") and _COVER_PAYS.match(doc.norm, toks[i].nend)
                or _FROM_OUR_FUND.search(doc.norm, max(s.nstart, toks[p].nstart - 12), toks[p].nstart))


def _own_actor(sent: str) -> bool:
    """One of ours stands in the sentence as who acts (こちらで, 担当が, 当店では), not only as
    whose thing it is (当館の大浴場, 当店のポイント: the customer uses them)."""
    return any(sent[m.end():m.end() + 1] != "の" for m in parties.OWN_MARK.finditer(sent))


# The customer's thing as what is seen (すぐにお車を拝見できます): we look at it
_THEIR_THING = lazy(r"[おご御][一-龥ァ-ヺー]{1,6}を")
# できます said as a fact, ending the sentence or its clause (not a question: できますでしょうか)
_CAN_BE_DONE = lazy(r"(ます|る)(。|$|\s|ので|が|、|!|！)")
_CUSTOMER_PLACE = lazy(r"(マイページ|アプリ|サイト|ウェブ|Web|WEB|ページ|画面|店頭|窓口|お電話|電話|オンライン|コンビニ|ATM"
                       r"|コーナー|カウンター|ポスト|ボックス|返却口"
                       r"|カード|現金|電子マネー|後払い|一括|分割|口座振替"
                       r"|[」』\]］](ボタン|メニュー|画面|欄|タブ|リンク)?)(から|で|上で|にて)"
                       # (not what a code starts with: ご予約番号（「R」から始まる番号）)
                       r"(?!始ま|はじま)")

_HUMBLE_SURU_NOUNS = frozenset(("拝見", "拝読", "拝聴", "拝借", "拝受", "頂戴", "拝察"))  # (asked of every word: a set)
_POLITE_FOR = {"拝見": "ご覧", "拝読": "お読み", "拝聴": "お聞き", "拝借": "お借り", "拝受": "お受け取り",
               "頂戴": "お受け取り", "拝察": "ご推察"}
_HONORIFIC_OWN = ("いらっしゃる", "おっしゃる", "仰る", "なさる", "為さる", "召し上がる", "召しあがる")
_TITLES, _NAME_SUFFIX, _OWN_PREFIX_WORDS = parties.TITLES, parties.NAME_SUFFIX, parties.OWN_PREFIX_WORDS
# Received, humbly, from whom we honour: 〜様からご連絡をいただきました / 頂戴しました / 賜りました
_RECEIVED = lazy(r"(いただ|頂|賜)")  # (頂 covers 頂戴)
# ...from them, not our own act said humbly (料理長の田中様から、ご挨拶をさせていただきます)
_RECEIVED_FROM = lazy(r"(?<!せて)(いただ|頂|賜)")
# (not お願いいたします / お願い申し上げます: our request to the reader, whoever the sentence's
# subject is — ゆいさんが発熱のため、お迎えをお願いいたします names a child, not one of ours)
_HUMBLE_NEAR = lazy(r"((?<!願い)いたし|(?<!願い)致し|(?<!願い)申し(?!訳)|参り|伺い|差し上げ|お電話し|ご連絡し|申し伝え|代わり|替わり|引き継|承り|お(送り|届け|渡し)し|ご(案内|説明|用意)し|が担当)")


# The words each pattern of wrong_direction starts from; for colleague titles, a name suffix
# or a title.
# The text each pattern of _wrong_verbs needs; a sentence without any of it is not tokenized.
_HUMBLE_BEFORE_RERU = ("申さ", "もうさ", "参ら", "まいら", "伺わ", "うかがわ", "申し上げ", "もうしあげ",
                       "存ぜ", "ぞんぜ", "存じ", "ぞんじ", "承ら", "うけたまわら",
                       "いたさ", "致さ")  # 申さ|れる, 参ら|れる, いたさ|れる
_HUMBLE_BEFORE_TE = ("伺っ", "うかがっ", "申し", "もうし", "申し上げ", "もうしあげ", "参っ", "まいっ", "承っ",
                     "うけたまわっ", "いただい", "頂い", "戴い", "存じ", "ぞんじ")  # 伺って|ください
# Humble words that お〜になる (or 〜になる, for the 拝 nouns) cannot raise, and the honorific word
# for the same act
_HUMBLE_IN_NI_NARU = {"伺う": "お聞きになる（お越しになる）", "申す": "おっしゃる", "申し上げる": "おっしゃる",
                      "承る": "お受けになる", "拝見": "ご覧になる",
                      "拝読": "お読みになる", "拝聴": "お聞きになる", "拝借": "お借りになる"}
# お世話になる is a set phrase (弊社がお世話になっております), not the honorific お〜になる.
_NOT_HONORIFIC_NI_NARU = frozenset({"世話"})
# A word with お/ご right before する / になる: ご利用して|ください, ご注文さ|れる, (own side)
# お越しに|なる; and the first of the customer's actions in a request, humble (ご記入して|返送|ください:
# the request up to eight words on, with no comma between).
# The scan from a prefix stops at the next prefix that could start a match itself: the search
# from that one covers the same verb, and each character is scanned once (100,000 × お took 76 s).
# It stops at a line's end too: a sentence never runs past one. The scan for the request after
# して stops at the next して, from which the search covers the same request.
_PREFIX_START = "(?:" + "|".join(_PREFIX) + ")(?!世話\\s*に)"


def _scan_to(tail: str, stop: str) -> str:
    """`(?:(?!stop)[^、。!?\\n])*?(?:tail)`, the same matches, written so that re takes a run of
    characters where neither tail nor stop can start in one step (a possessive loop: at each
    place that matters the tail was tried first, as the lazy loop tries it). The lazy loop tried
    both at every character: _WRONG_VERBS's search of a reply after each お/ご cost more than the
    rest of it. The loop is written unrolled, a run first and then each character that matters
    followed by its run (`run (?:char run)*+`), not as an alternation of the two tried at each
    step: the same characters taken, in fewer of re's steps (_WRONG_VERBS's search of the
    prefixes alone, 3.4 -> 2.9 µs per reply over the 2k generated replies)."""
    firsts = set()
    for part in (tail, stop):
        chars, empty = _first_chars(_rx_parser.parse(part).data)
        assert not empty
        firsts |= chars
    named = {c for c in firsts if c.startswith("\\")}
    cls = re.escape("".join(sorted(firsts - named))) + "".join(sorted(named))
    run = rf"[^、。!?\n{cls}]*+"
    return rf"{run}(?:(?!{tail})(?!{stop})[^、。!?\n]{run})*+(?:{tail})"


# It stops at a particle before a word written in kanji or katakana too (お手数ですが破棄して,
# ご注文が二重に登録され, ご自身で削除され): every pattern that starts at the prefix reads one word
# after it (the word right before し, さ or に), and no word the tokenizers read after お/ご holds が,
# を, で, は or に before such a letter.
# (The words of everyday speech that do, お間に合い and お気に入り, are read through: お間に合いになる
# said of our own staff is still found.)
_WORD_ENDS = "(?<!間)(?<!気)[がをではに](?=[一-龥々ァ-ヺー])"
_PREFIXED_WORD_BEFORE = _scan_to(r"し\s*て(?:\s*(?:くだ|下|いただ|頂|戴)|(?:\s*から)?[、,]?"
                                 + _scan_to(r"ください|下さい|いただ|頂", r"し\s*て") + r")|さ\s*れ|に\s*[な成]",
                                 _PREFIX_START + "|" + _WORD_ENDS)
# ご注文できます: できる right after one of the customer's actions written with お/ご (the word
# _wrong_verbs reads: お/ご, the word, できる, with spaces between), not after any word with a prefix
# (お受けできません, ご請求分からは…できます).
_ACTIONS = _CUSTOMER_ACTIONS | _AMBIGUOUS_ACTIONS
_ACTION_LENGTHS = sorted({len(w) for w in _ACTIONS})
_DEKI = lazy("でき|出来")


class _ActionThenDeki:
    """The search of a pattern for できる after one of the customer's actions with お/ご: できる is
    found by a pattern, the word before it looked up (a pattern of the ~80 words, behind each
    prefix, took a millisecond to compile)."""

    # (what it finds, looser, as a pattern: for tools that print a trigger)
    pattern = r"(?:お|ご|御)[^、。!?\n]{1,5}?(?:でき|出来)"

    @staticmethod
    def search(string: str, pos: int = 0, endpos: int | None = None):
        # できる is found with str.find, the two spellings merged in text order (neither overlaps
        # the other or itself): a regex search for でき|出来 tests every character of the reply
        # against both, where str.find skips to them.
        endpos = len(string) if endpos is None else endpos
        find = string.find
        a, b = find("でき", pos, endpos), find("出来", pos, endpos)
        while a >= 0 or b >= 0:
            if b < 0 or 0 <= a < b:
                end, a = a, find("でき", a + 2, endpos)
            else:
                end, b = b, find("出来", b + 2, endpos)
            at = end
            while end > 0 and string[end - 1] in " \t":
                end -= 1
            for n in _ACTION_LENGTHS:
                if string[end - n:end] in _ACTIONS:
                    k = end - n
                    while k > 0 and string[k - 1] in " \t":
                        k -= 1
                    if k > 0 and string[k - 1] in _PREFIX_CHARS:
                        return _DEKI.match(string, at, endpos)
        return None


# Where one of ours is or goes: intransitive, so 外出される is honorific, never passive
_WHEREABOUTS = frozenset("外出 出張 帰社 出社 退社 退勤 出勤 在席 離席 休職 退職 入院 帰宅 直帰 早退 遅刻 休暇".split())
# The customer's acts written as nouns (not 覧, 越し, 使い: ご覧/お越し/お使い take other verbs)
# (nor what we may do for them too: お振り込みした返金, お受け取りした書類)
_PLAIN_ACTS = tuple(sorted({w for w in _CUSTOMER_ACTIONS if len(w) >= 2} - {
    "越し", "使い", "求め", "試し", "楽しみ", "選び", "受け取り", "受取", "買い求め", "持ち帰り", "引き出し",
    "振込", "振り込み", "送金", "入金", "出金", "払い込み", "引き落とし", "換金", "寄付", "記入", "設定", "追加", "削除",
    "指定", "入力", "選択"}))
# The acts a done-act question asks the reader about (ご確認しましたか): ours are told, not asked, so
# the acts we share with the customer (確認, 変更, 記入, 入金 …) are theirs in that question
_ASKED_DONE_ACTS = tuple(sorted(set(_PLAIN_ACTS) | {
    "確認", "変更", "相談", "手続き", "交換", "返送", "更新", "返却", "記入", "入金", "振込", "振り込み", "入力",
    "設定", "指定", "選択", "受け取り", "追加", "削除", "支払い"}))
_ASKED_DONE_ONLY = tuple(sorted(set(_ASKED_DONE_ACTS) - set(_PLAIN_ACTS)))  # (the trigger's new words)
# What the customer has (お持ちです, お持ちの): お持ちする is ours only (we carry it), so with the
# customer named as who holds it, お持ちしている is the humble form turned their way.
_HELD = ("持ち",)
_PREFIX_CHARS = "".join(_PREFIX)
_ACTION_DEKI = _ActionThenDeki()


# 弊社の小野が確認されたところ / 担当者が明日戻られます: one of ours, named as such, raised by the
# honorific れる on a plain verb (a 五段 verb's 未然形 or a noun's さ, then れ). Not 一段 or カ変 verbs:
# their られる is "can" as often (担当者が明日来られます). Verbs whose れる is passive as often, said
# of a person (言われる, 選ばれる, 依頼される, 紹介される), are left alone.
_PASSIVE_PRONE_VERBS = frozenset(
    "言う 云う 思う 呼ぶ 選ぶ 頼む 任す 誘う 叱る 怒る 断る 知る 含む 限る 囲む 望む 聞く 訊く 問う 笑う 喜ぶ 好む 盗む 押す "
    "騙す 迫る 振る 取る 奪う 襲う 追う 嫌う 救う 雇う 扱う 伺う 申す 参る 承る おる 居る 存ずる なさる 為さる 下さる くださる "
    "いらっしゃる おっしゃる 仰る 召す 申し上げる いたす 致す ござる 賜る".split())
_PASSIVE_PRONE_NOUNS = frozenset(
    "指名 選出 表彰 任命 配属 採用 依頼 指示 注意 評価 招待 許可 承認 認定 紹介 推薦 派遣 異動 登録 要求 要請 質問 相談 連絡 "
    "報告 訪問 案内 感謝 批判 期待 信頼 尊敬 歓迎 指摘 監視 管理 教育 指導 誘導 同行 招集 召集 呼び出し 雇用 解雇 処分 "
    "選任 委任 委託 担当 配置 起用 指定 記載 掲載 確保 支援 応援 説得 注目 影響 制限 限定 強制 要望 質問 問い合わせ 予約 "
    "接待 案内 送迎 お願い "
    # (a role is what is decided, changed or assigned: 担当者が決定されました)
    "決定 確定 選定 変更 設定 追加 削除 交代 交替 手配 増員 配備 特定 発表 公表 通知 記録 共有 割り当て 割当 "
    "決まり 任せ 欠員 補充 選考 審査 認証 承諾 了承".split())


class _ReruAfterARow:
    """wrong-direction's part for the honorific れる of our own people: a kana of the あ row (a
    五段 verb's 未然形, or さ of する) before れ. Each れ is found with str.find and the character
    before it (past blanks) tested: a pattern that starts with a class is tried at every character."""

    pattern = r"[かがさたなばまらわ]\s*れ"
    _AT = lazy(pattern)

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        endpos = len(string) if endpos is None else endpos
        r = string.find("れ", pos + 1, endpos)
        while r >= 0:
            q = r - 1
            while q >= pos and string[q].isspace():
                q -= 1
            if q >= pos and string[q] in "かがさたなばまらわ":
                return self._AT.match(string, q, endpos)
            r = string.find("れ", r + 1, endpos)
        return None


_RERU_AFTER_A = _ReruAfterARow()
# A sentence that the れる part alone picks (され, られ, かれ stand in most replies) is tokenized only
# when it can name one of ours as _our_person_acting reads them, before a particle of who acts: our
# house's word (弊社, 当店, 私ども) in the clause, a role of our staff right before it (担当者が), or a
# name of our_people right before it (with a title between or not). (Not a unit or a desk, 部, 課,
# サポート, nor こちら or 私: _our_person_acting takes none of them for one of ours acting.)
_OUR_HOUSE_IN_CLAUSE = lazy(trie_pattern(parties.COMPANY + ("私ども", "わたくしども", "私共")))  # (_OUR_PEOPLE_WORDS)
# (a word that starts in a sentence ends within this many characters past its end)
_OUR_HOUSE_REACH = max(map(len, parties.COMPANY + ("わたくしども",))) - 1
_SUBJECT_PARTICLE = lazy("[がはも]")  # (the particles _our_person_acting reads who acts by)
_TITLE_LAST_LETTERS = frozenset(t[-1] for t in _TITLES)
_STAFF_LAST_LETTERS = frozenset(w[-1] for w in parties.STAFF)


def _ours_named_in(doc: Document, sentences: list) -> list:
    """Those of `sentences` (picked by the れる part alone) in which one of ours may be who acts on
    a れる after a kana of the あ row, as _our_person_acting reads them: a particle of who acts (が,
    は, も) before it in its clause, with our house's word before the particle in that clause, or a
    role of our staff or a name of our_people right before the particle (with a title between or
    not). _our_person_acting reads back from the verb to its particle and stops at a 、 (a word of
    its own to both tokenizers), so a particle in another clause, or only after the last such れ,
    names no one who acts on it. (Of the 4,937 sentences the れる part alone picks in the dev and
    generated replies, 117 are kept; any word of our side (部, サポート, こちら) before the particle
    kept 288, and any particle with such a word anywhere in the sentence more; none of the others
    had a finding.)"""
    norm, search, people = doc.norm, _OUR_HOUSE_IN_CLAUSE.search, None
    kept = []
    for s in sentences:
        lo, hi = s.nstart, s.nend
        read = clause = lo  # (the particles before `read` are read, in the clause that starts at `clause`)
        house = None  # (where our house's first word from `clause` starts, hi when none; None: not looked for)
        named = False
        r = norm.find("れ", lo + 1, hi)
        while r >= 0 and not named:
            q = r - 1
            while q >= lo and norm[q].isspace():
                q -= 1
            if q >= lo and norm[q] in "かがさたなばまらわ":  # (as _RERU_AFTER_A finds them)
                # (a clause's end read for only since the last れ: each letter once, however many there are)
                start = max(norm.rfind("、", read, q), norm.rfind("。", read, q)) + 1
                if start > clause:
                    read = clause = start
                    if house is not None and house < start:
                        house = None  # (a word found past the clause's start is still the first: each searched for once)
                for m in _SUBJECT_PARTICLE.finditer(norm, read, q):
                    at = m.start()
                    if house is None:
                        w = search(norm, clause, hi + _OUR_HOUSE_REACH)
                        house = hi if w is None else w.start()
                    if house < at:
                        named = True
                        break
                    before = "".join(norm[max(lo, at - 12):at].split())
                    # (the role's last letter first: most letters end none, and endswith tries each role; 係 is one)
                    if before and before[-1] in _STAFF_LAST_LETTERS and before.endswith(parties.STAFF):
                        named = True
                        break
                    if len(before) < 2:
                        continue
                    if people is None:  # (our people's names with the blanks taken out: two letters of a name are in it)
                        people = "".join(doc.parties.our_people.split())
                    # (its last letter first: most letters end no title, and endswith tries each of the titles)
                    if before[-2:] in people or before[-1] in _TITLE_LAST_LETTERS and before.endswith(_TITLES) and any(
                            before.endswith(t) and len(before) - len(t) >= 2 and before[-len(t) - 2:-len(t)] in people for t in _TITLES):
                        named = True
                        break
                read = max(read, q)
            r = norm.find("れ", r + 1, hi)
        if named:
            kept.append(s)
    return kept


# Adjectives said of a person that お raises (お詳しい, お忙しい): of our own people, said plainly
_OWN_ADJ_STEMS = ("詳し", "忙し", "若", "優し", "強")
_ADJ_CLAUSE_NOUNS = frozenset(("ため", "為", "ところ", "所", "よう", "様子", "中"))
_WRONG_VERBS = lazy(by_first_char(  # every alternative starts with a literal: Python's re then skips ahead fast
    [p + "(?!世話\\s*に)" + _PREFIXED_WORD_BEFORE for p in _PREFIX]
    + [f"{w}\\s*ら?れ" for w in _HUMBLE_BEFORE_RERU]
    + [f"{w}\\s*て\\s*(?:くださ|下さ)" for w in _HUMBLE_BEFORE_TE]
    # (窓口で「…」と申していただければ: the customer's act, asked for, in a humble verb)
    + [f"{w}\\s*て\\s*(?:いただ|頂)" for w in ("伺っ", "うかがっ", "参っ", "まいっ")]
    # (ログインをいたしてください / 手続きをいたしていただけますか: いたす asked of the customer)
    + [f"{w}\\s*て\\s*(?:くださ|下さ|いただ|頂)" for w in ("いたし", "致し")]
    + [r"伺い\s*(?:くださ|下さ)", r"うかがい\s*(?:くださ|下さ)"]  # お伺い|ください
    # (お伺いになってください / お申しになる: a humble verb in the honorific お〜になる)
    + [w + r"\s*に\s*な" for w in ("伺い", "うかがい", "申し", "申し上げ", "承り")]
    + "拝見 拝読 拝聴 拝借 拝受 頂戴 拝察".split()  # 拝見して|ください
    + [r"されて\s*(?:くださ|下さ)"]  # (確認されてください: the honorific れる asked for)
    + [r"を\s*され"]  # (担当の佐藤が作業をされております: one of ours raised, after its object)
    # (受信箱をご確認させていただけますか: the reader's act asked with our させていただく)
    + [p + r"\s*(?:" + "|".join(sorted(_READER_ONLY_GO)) + r")\s*させて\s*(?:いただけ|頂け)" for p in ("ご", "御")]
    + ["存", "ぞん"]  # 存じていますか
    # (お客様がお申し込みいたしました: the customer named, then the humble お〜いたす)
    + [w + r"が\s*[おご御][^、。!?\n]{1,10}?(?:いたし|致し|し)" for w in ("様", "さま")]
    # (お客様がいただいたメール: the customer named, then the humble いただく as their own receiving)
    + [w + r"が\s*(?:いただ|頂)" for w in ("様", "さま")]
    # (お客様が確認いたしました / お客様は何時に参りますか: the customer named, then a humble verb
    # in their clause; the words between bounded, so that a search costs linear time)
    + [w + r"[がはも][^。、!?\n]{0,24}?(?:いたし|致し|参り|参っ|伺|うかが|承|申し|拝)" for w in ("様", "さま")]
    + "らっしゃ おっしゃ 仰 なさ 為さ 召し 召上 めしあが".split() + [r"おら\s*れ"]  # own-side 尊敬語
    # (くださる said of an act, not asked: 係員が確認してくださいます; not くださいますよう)
    + [r"くださ(?:いま(?:す|した)(?!\s*よう)|っ\s*た)", r"下さ(?:いま(?:す|した)(?!\s*よう)|っ\s*た)"]
    + ["さしあげ", "差し上げ", "差上げ"]  # ご案内してさしあげます: 〜てさしあげる pressed on the reader
    + [r"申し\s*た", "申す", "参[っる]", r"申し\s*て\s*[いお]"]  # the customer acting humbly (お客様が申した / 申していた)
    + [r"いたし\s*ます\s*か", r"致し\s*ます\s*か"]  # どれにいたしますか
    + [r"いたし\s*たい", r"致し\s*たい"]  # 変更いたしたい場合は: the reader's wish in humble いたす
    + [r"お\s*(?:" + "|".join(_OWN_ADJ_STEMS) + ")"]  # 長谷川がお詳しいので: an adjective raised, of our own
    # お申し込みした / ご注文する: the customer's own act in the humble お/ご〜する, in a clause
    # (and in its state, お持ちしている / ご契約していた)
    + [p + "(?:" + trie_pattern(_PLAIN_ACTS + _HELD) + r")\s*(?:し\s*た|し\s*て\s*い|す\s*る|し\s*ま\s*(?:(?:す|せ\s*ん|し\s*た)\s*か|し\s*た\s*で\s*しょ))"
       for p in _PREFIX]  # (and asked of the reader: ご利用しますか, ご利用しましたでしょうか)
    # (a done act asked about is the reader's, whatever the act: ご確認しましたか, ご返送しましたでしょうか)
    + [p + "(?:" + trie_pattern(_ASKED_DONE_ONLY) + r")\s*し\s*ま\s*し\s*た\s*(?:か|で\s*しょ)" for p in _PREFIX]
    # (each word written out: an alternative that opens with a group gave the whole pattern no
    # first characters to scan for, and re tried it at every character of every reply)
    + [w + r"\s*さ\s*れ" for w in sorted(_WHEREABOUTS)]))
_ZONJI_AGE = lazy(r"ご存[じ知]上げ")
# 存じ上げる of a feeling (申し訳なく存じ上げます, 光栄に存じ上げます): it is only for knowing a person
# (お名前は存じ上げております); a feeling or a thought takes 存じます
_ZONJI_AGE_FELT = lazy(r"(?:申し訳な|うれし|嬉し|ありがた|有り難|有難|心苦し|心強|喜ばし|誇らし)く存じ上げ"
                       r"|(?:残念|幸い|光栄|遺憾|恐縮|心外|不安|心配)に存じ上げ"
                       # (or a thought: ご理解いただけるものと存じ上げます / ご満足いただけたかと存じ上げます; round 36)
                       r"|(?:もの|か|の|よう)と存じ上げ")
# What _colleague_titles needs: an own-side word (担当の, 弊社の) right before a name with a name
# suffix or a title (the scan to it stops at the next own word, and at a comma or a line's end,
# which no name or title holds), a role of our staff honoured (上司様), or a familiar suffix
# (山田さんからご連絡いたします). お客様 alone needs no words, and neither does 一部のお客様 (部 is a
# unit of ours): a suffix right after 客 never honours one of ours (the name before it holds 客,
# and no role in parties.STAFF ends in 客).
# Written as one alternation of words, each starting with its literal (the search then skips
# ahead fast), with one scan after them: a word that ends in a suffix (様, さま, さん, くん, 君,
# ちゃん) needs nothing more, an own word needs the scan.
_OWN_WORD = "(?:" + trie_pattern(_OWN_PREFIX_WORDS) + ")"
# Our house, said as such (弊社の, 私どもの, 本学の): whoever the sentence names after it is ours.
# Titles only a house has (a hotel's, an inn's, a restaurant's people), never a guest's
_HOUSE_TITLES = frozenset(("料理長", "総料理長", "副料理長", "板長", "女将", "支配人", "副支配人", "仲居頭"))
_OUR_HOUSE = frozenset(parties.COMPANY + ("私ども", "わたくしども", "私共", "本学", "本校", "当大学", "当学"))
_OUR_HOUSE_WORDS = tuple(sorted(_OUR_HOUSE))
_OUR_HOUSE_OF = tuple(w + "の" for w in _OUR_HOUSE_WORDS)
# A title that heads a unit, and the unit (センター長: センター): ours when one of our own names ends
# in that unit and the addressee's does not (北斗大学 キャリアセンター … センター長の山田様).
_UNIT_HEADS = {"センター長": "センター", "店長": "店", "支店長": "支店", "副店長": "店", "院長": "院", "校長": "校",
               "学長": "大学", "館長": "館", "園長": "園", "所長": "所", "室長": "室", "局長": "局", "教室長": "教室",
               "塾長": "塾", "工場長": "工場", "駅長": "駅", "部長": "部", "課長": "課", "係長": "係"}
# (grouped by first character: the search only needs where a match starts, which the order of
# the alternatives does not change; 23.1 -> 20.8 ms over the 2k corpus and the dev sets)
_TITLE_MARKS = lazy(
    "(?:" + by_first_char(sorted(_OWN_PREFIX_WORDS, key=len, reverse=True)
                          + [f"{w}\\s*(?:様|さま)" for w in parties.STAFF if not w.startswith(_OWN_PREFIX_WORDS)]
                          # (トレーナーの田中様より…連絡がありました: _reported_to_us)
                          + [f"{w}の" for w in parties.STAFF if not w.startswith(_OWN_PREFIX_WORDS)]
                          # (私どもの山田様, 院長の佐藤様: _named_as_ours)
                          + [f"{w}の" for w in sorted(_OUR_HOUSE | set(_UNIT_HEADS) | _HOUSE_TITLES, key=lambda w: (-len(w), w))
                             if not w.startswith(_OWN_PREFIX_WORDS)]
                          + ["さん(?<!客さん)", "くん", "君", "ちゃん"]) + ")"
    f"(?:(?<=[様まん君])|{_scan_to('(?<!客)(?:' + trie_pattern(_NAME_SUFFIX + _TITLES) + ')', _OWN_WORD)})")
# What every match of _TITLE_MARKS holds, at or after its start: a name suffix or a title, which
# the scan ends on (様, さま, さん not after 客), or the head's own suffix (田中様, スタッフさま, さん,
# くん, 君, ちゃん: no role in parties.STAFF ends in 客); a title by its 長 where it has one. Its
# heads start with common characters (く, さ, ス, 社, 部 …: 50,000 places in the 2,000 generated
# replies, each a try of the whole pattern); these words stand in one reply of eight, found in a
# third of the time (tests/test_triggers.py).
_TITLE_GATE = lazy(by_first_char(sorted({"長" if "長" in w else w for w in _TITLES})
                                 + [f"{w}(?<!客{w})" if w in ("様", "さま", "さん") else w for w in _NAME_SUFFIX]))
# What no match of _TITLE_MARKS holds: its heads and words are written without them, \s is none of
# them, and its scan stops at them (a line's end it may cross, after a role: スタッフ\n様)
_CLAUSE_ENDS = "、。!?"
_CLAUSE_END = lazy("[" + _CLAUSE_ENDS + "]")
assert not any(c in w for c in _CLAUSE_ENDS for w in _OWN_PREFIX_WORDS + parties.STAFF + _NAME_SUFFIX + _TITLES
               + tuple(_OUR_HOUSE) + tuple(_UNIT_HEADS) + tuple(_HOUSE_TITLES))


class _TitleMarksInClauses:
    """_TITLE_MARKS's search, tried only in the clauses that hold a word of _TITLE_GATE: every match
    holds one at or after its start, and no match crosses a clause's end (、。!?), so the first
    match lies in the clause of the first gate word from where the search starts, or in a later
    clause that holds one. The whole pattern scanned every character of a reply for its heads'
    common first letters (く, さ, ス, 部 …); the gate's words stand in few clauses. The same first
    match, the clause's end its search's end (which no match it could find runs past)."""

    pattern = _TITLE_MARKS.pattern  # (for tools that print a trigger)

    @staticmethod
    def search(string: str, pos: int = 0, endpos: int | None = None):
        endpos = len(string) if endpos is None else endpos
        gate, marks, clause_end, rfind = _TITLE_GATE.search, _TITLE_MARKS.search, _CLAUSE_END.search, string.rfind
        while True:
            word = gate(string, pos, endpos)
            if word is None:
                return None
            at = word.start()
            start = max(pos, max(rfind(c, pos, at) for c in _CLAUSE_ENDS) + 1)
            end = clause_end(string, at, endpos)
            m = marks(string, start, endpos if end is None else end.start())
            if m is not None or end is None:
                return m
            pos = end.end()


_TITLE_MARKS_IN_CLAUSES = _TitleMarksInClauses()
# The customer's house or a third party's, before a title (貴社の部長の石原様, 先方の店長の石原様)
_THEIR_HOUSE_WORDS = parties.CUSTOMER_COMPANY + parties.THIRD_PARTIES + ("お客様", "お客さま")
# Someone other than the reader, named as whom a favour goes to (お子様に, ご家族の, ほかの方へ):
# 〜てさしあげる of a third party, not pressed on the reader
_FOR_ANOTHER = lazy(r"(?:(?<!客)様|(?<!客)さま|さん|ちゃん|くん|家族|友人|両親|知り合い|方々)(?:に|へ|の|を|にも|へも)|方(?:に|へ)")
# ...and for a favour of ours: not 皆様 / 皆さま, the readers themselves (長谷川が皆さまにご説明して差し上げます;
# round 36)
_FOR_ANOTHER_THAN_ALL = lazy(r"(?:(?<!客)(?<!皆)様|(?<!客)(?<!皆)さま|(?<!皆)さん|ちゃん|くん|家族|友人|両親|知り合い|方々)(?:に|へ|の|を|にも|へも)|方(?:に|へ)")
# ...and the one the act is done toward, honoured (購入者様に, 先方へ; not お子様の, 皆様へのご周知, nor
# the reader as the topic: 田中様にはご持参いただき…)
_TOWARD_ANOTHER = lazy(r"(?:(?<!客)様|(?<!客)さま|さん|先方|先生)(?:に|へ)(?![のは])")
_COMMON_STARTS = frozenset(("いたす", "致す", "おる", "居る"))
_WRONG_STARTS = frozenset(("する", "為る", "できる", "出来る", "申す", "参る", "伺う", "申し上げる", "存ずる",
                           "存じる", "承る", "いただく", "頂く", "なる", "成る", "いたす", "致す", "おる", "居る",
                           "くださる", "下さる")
                          + _HONORIFIC_OWN)


_WRITTEN = (seg.GREETING, seg.BODY, seg.CLOSING)  # (not the addressee: 経理部 田中様)


# The trigger (set below) is the check's own three parts, searched one by one (their union
# compiled a second time took 7 ms of every start), each part's first match kept for the part's
# search of sentences (Parts). _ZONJI_AGE is no part of it: every sentence with ご存じ上げ holds 存,
# which _WRONG_VERBS looks for.
def wrong_direction(doc: Document, ctx: CheckContext):
    verbs = _sentences_with(doc, ctx, _WRONG_VERBS)
    if ctx.trigger is not None:  # (without triggers, every sentence is there already)
        verbs = _merged(verbs, _sentences_with(doc, ctx, _ACTION_DEKI))
        seen = {id(s) for s, _ in verbs}
        reru = [s for s in _part_sentences(doc, ctx, _RERU_AFTER_A) if id(s) not in seen]
        verbs = _merged(verbs, [(s, run) for s in _ours_named_in(doc, reru) for run in _own_words(doc, s)])
    for s, toks in verbs:
        yield from _wrong_verbs(doc, s, toks)
    # (to a colleague, さん and titles name one of us as they should; asked only when a title is
    # there, as to_colleague reads the opening and the reader's name)
    # (with a trigger, first whether a word every match holds stands after the first written
    # sentence's start: only matches there are read)
    titled = ctx.trigger is None or _titled(doc) and _part_sentences(doc, ctx, _TITLE_MARKS_IN_CLAUSES)
    if titled and not doc.to_colleague:
        # (the sentences just found, not searched for again)
        titles = _sentences_with(doc, ctx, _TITLE_MARKS, _WRITTEN) if ctx.trigger is None else \
            [(s, run) for s in titled if s.kind in _WRITTEN for run in _own_words(doc, s)]
        for s, toks in titles:
            yield from _colleague_titles(doc, s, toks)
    if "の方" in doc.norm:
        yield from _staff_as_kata(doc)
    # (every match of both holds 存じ上げ or 存知上げ: a reply without either has none)
    zonji = "存じ上げ" in doc.norm or "存知上げ" in doc.norm
    for s, _ in verbs if zonji else ():  # (a sentence cut by a citation comes once per run: the engine keeps one hit)
        for m, a, b in _regex(doc, s, _ZONJI_AGE):
            yield Hit(a, b, f"「{m.group()}」は尊敬語と謙譲語が混ざった誤りです。「ご存じ」と書きます。", "ご存じ", "ご存じ")
        for m, a, b in _regex(doc, s, _ZONJI_AGE_FELT):
            felt = m.group()[:-4]
            yield Hit(a, b, f"「{m.group()}」の「存じ上げる」は人を知っていることに使う言葉です。気持ちや考えは「{felt}存じます」のように"
                            f"「存じる」で書きます。",
                      felt + "存じ", felt + "存じ")


    for s, toks in _sentences_with(doc, ctx, _OWN_RAISED_NOUN, _WRITTEN):
        yield from _own_raised_nouns(doc, toks)
    for s in _part_sentences(doc, ctx, _TOLD_WORD) if ctx.trigger is not None else doc.linted_sentences():
        for m, a, b in _regex(doc, s, _TOLD_TO_OURS):
            yield Hit(*doc.original_span(m.start(2), m.end(2)),
                      f"「{m.group(2)}」は話を伝える先を立てる謙譲語で、自分の側（{m.group('ours')}）には使いません。"
                      "社内の者に伝えるときは「申し伝えます」と書きます。", "申し伝え", "申し伝え")


# A noun the honorific ご/お raises, of its owner's state or will (ご都合, ご判断, ご意向): after our
# own side's の (弊社のご都合, 運営チームのご判断) it raises ourselves. (Not ご案内, ご連絡, ご説明: the
# humble ご of what we do for the reader; お考え and お気持ち take お.)
_RAISING_NOUNS = ("都合", "判断", "意向", "意見", "希望", "事情", "多忙", "方針", "決定", "指示", "要望", "意思", "決断",
                  "配慮", "尽力", "見解", "不在",
                  # (弊社のご担当者: one of ours, raised)
                  "担当", "担当者",
                  # (弊社のご規定では, 当店のご規約: the rules a house sets for itself, and its own
                  # particulars, are its own, never the reader's)
                  "規定", "規約", "約款", "規則", "規程", "基準", "定め", "社内規定", "所在地")
_OWN_RAISED_NOUN = lazy(r"の\s*(?:(?:ご|御)\s*(?:" + "|".join(_RAISING_NOUNS) + r")|お\s*(?:考え|気持ち))")
# Whose the noun is, said with our company's word or a team of ours (not 主治医のご判断: the
# customer's own doctor as often as ours; not 店長のご判断: a title alone)
_OWN_OWNER_WORDS = parties.COMPANY + parties.FIRST_PERSON + parties.UNITS + ("部門", "部署")


def _own_raised_nouns(doc: Document, toks: list[Token]):
    """弊社のご都合 / 運営チームのご判断: our own side's state or will, raised with ご."""
    for p in range(2, len(toks)):
        if toks[p - 1].surface != "の":
            continue
        # ご|都合, or one word (Sudachi's ご都合)
        e, word = (p + 2, _text(toks, p, p + 2)) if toks[p].surface in _PREFIX and p + 1 < len(toks) else (p + 1, toks[p].surface)
        noun = word[1:]
        if noun == "担当" and e < len(toks) and toks[e].surface == "者":  # (ご|担当|者)
            e, noun = e + 1, "担当者"
        if not (word[0] in "ご御" and noun in _RAISING_NOUNS or word[0] == "お" and noun in ("考え", "気持ち")):
            continue
        j = k = p - 1  # the owner: the nouns before の (弊社, 運営|チーム, 弊社|の|開発|部)
        while j > 0 and p - 1 - j < 6 and (toks[j - 1].pos[0] in ("名詞", "接尾辞", "代名詞")
                                           or toks[j - 1].surface == "の" and j > 1 and toks[j - 2].pos[0] == "名詞"):
            j -= 1
        if j > 0 and toks[j - 1].surface in ("当", "弊") and toks[j - 1].pos[0] == "接頭辞":
            j -= 1  # (当|ホテル, 弊|事務所: the house's own prefix)
        owner = _text(toks, j, k)
        if owner.endswith("側"):
            owner = owner[:-1]
        if not owner or not (owner.endswith(_OWN_OWNER_WORDS) or any(w in owner for w in parties.COMPANY)) \
                or doc.parties.side_of(toks, j, k, "の") != parties.OWN and not owner.endswith(parties.COMPANY):
            continue
        word = _text(toks, p, e)
        yield _hit(toks, p, e, suggestion=noun, fix=noun,
                   message=f"「{word}」は相手を立てる言い方で、自分の側（{owner}）のことには使いません。「{noun}」と書きます。")


def _titled(doc: Document) -> bool:
    """Whether _TITLE_GATE stands at or after the start of the first written sentence."""
    lo = next((s.nstart for s in doc.linted_sentences() if s.kind in _WRITTEN), None)
    return lo is not None and _TITLE_GATE.search(doc.norm, lo) is not None


# 担当部署に申し上げておきます / 技術担当へ申し上げます: 申し上げる raises the one told, here one of
# ours; to the customer we pass a word on to our people with 申し伝える
_TOLD_TO_OURS = lazy(r"(?P<ours>担当部署|関係部署|担当者|担当|技術担当|開発担当|開発チーム|開発部門|上司|上長|店長|責任者"
                     r"|本部|社内|部署|スタッフ|係の者)(?:の者)?(?:に|へ)(?:も)?[、,]?(申し上げ)")

# (the trigger's part is the verb, a literal, with the letter _TOLD_TO_OURS puts right before it
# (に, へ, も, 、 or ,) read behind it: the words before are read in its sentences. 申し上げ stands in
# a reply of four, after the noun of an apology or a report (お詫び申し上げます, ご報告申し上げます);
# a reply that holds no other part then runs no check)
_TOLD_WORD = lazy("申し上げ(?<=[にへも、,]申し上げ)")

# (searched in this order until one is found: the cheap れ part, found in half the replies, first)
wrong_direction.trigger = Parts(_RERU_AFTER_A, _OWN_RAISED_NOUN, _ACTION_DEKI, _WRONG_VERBS, _TITLE_MARKS_IN_CLAUSES, _TOLD_WORD)


# ご利用される / ご確認されたい / お待ちされる: ご|お + a noun + さ + れる. The trigger starts at the
# literal され and looks back (starting at every ご and お would try most characters of a reply)
# for ご, お or 御 two to six characters before it, with any characters between; the check's
# sentences are those where the characters between are kanji (_go_noun_before, in Python). As
# eight look-behinds of [一-龥], (?<=[ごお御][一-龥]{n}[ちきしりいみ]?され), the trigger took 4 ms to
# compile at every start; this one holds in 1 % of replies.
def _go_noun_before(text: str, at: int) -> bool:
    """ご, お or 御, then a kanji, then up to four more kanji or okurigana of a verb's stem
    (ちきしりいみえけげめれ: 申し込み, 引き落とし), right before `at`."""
    k = at - 1
    for _ in range(5):
        if k < 1:
            return False
        ch = text[k]
        if "一" <= ch <= "龥":
            if text[k - 1] in "ごお御":
                return True
        elif ch not in _STEM_KANA:
            return False
        k -= 1
    return False


_STEM_KANA = frozenset("ちきしりいみえけげめれ")
# Daily acts whose お makes the noun itself polite (美化語: お休み, お買い物, お食事), not the humble
# お〜する: お休みされる, お買い物される are the noun + される, widely written and not humble.
_BIKA_NOUNS = frozenset("休み 昼寝 出かけ 出掛け 買い物 買物 食事 散歩 化粧 洗濯 掃除 料理 稽古 支度 仕度 "
                        "花見 月見 墓参り 参り 手洗い 風呂 弁当 引っ越し 引越し 留守".split())


# ([おご] and 御 apart: three characters that far apart compile into a bitmap of the whole BMP)
_GO_BEFORE_SARERU = "され(?:" + "|".join(f"(?<={go}.{{{n}}}され)" for n in range(1, 6) for go in ("[おご]", "御")) + ")"
_GO_SARERU = LookBack(_GO_BEFORE_SARERU, _go_noun_before)


@triggered_by(_GO_BEFORE_SARERU)
def go_sareru(doc: Document, ctx: CheckContext):
    """The customer's act in 「ご〜される」 (謙譲の「ご〜する」 + 尊敬の「れる」); our own side raised
    so is keigo/wrong-direction's."""
    for s, toks in _sentences_with(doc, ctx, _GO_SARERU):
        n = len(toks)
        for i, t in enumerate(toks):
            if not (t.surface == "さ" and _verb(t, "する", "為る") and i + 1 < n and _is_reru(toks[i + 1])):
                continue
            p = _prefixed(toks, i - 1)
            # (a verb's stem after お is the noun of 〜する too: お待ち|され)
            if p is None or toks[i - 1].pos[0] not in ("名詞", "動詞") or doc.parties.subject(toks, i) == parties.OWN:
                continue
            if _text(toks, p, i).lstrip("お御") in _BIKA_NOUNS:
                continue  # お休みされる: the お of a noun said politely, not the humble お〜する
            e = _chain_end(toks, i + 2)
            sugg = _text(toks, p, i) + "に" + _plain_ra_godan(_NARU, toks[i + 2:e])
            yield _hit(toks, p, e, suggestion=sugg, fix=_joined(_text(toks, p, i) + "に", ra_godan_form(_NARU, toks[i + 2:e])))


def _subject_np(toks: list[Token], i: int, particles: tuple[str, ...] = ("が", "は", "も")) -> str:
    """The noun phrase marked by the nearest of `particles` before toks[i] in its clause (弊社の
    取引先の西田様), or "" when none stands there."""
    for k in range(i - 1, max(0, i - 16), -1):
        t = toks[k]
        # (a predicate, or what is quoted, ends the clause: 田中様はお詳しいと伺っております)
        if t.pos[0] in ("動詞", "助動詞", "形容詞") or t.surface in ("、", ",", "。") \
                or t.pos[0] == "助詞" and t.surface in ("と", "って", "とか"):
            return ""
        if t.pos[0] == "助詞" and t.surface in particles:
            j = k
            while j > 0 and k - j < 8 and (toks[j - 1].pos[0] in ("名詞", "接尾辞", "代名詞", "接頭辞")
                                           or toks[j - 1].surface == "の" and j > 1 and toks[j - 2].pos[0] in ("名詞", "接尾辞")):
                j -= 1
            return _text(toks, j, k)
    return ""


def _named_by_ours(np: str) -> bool:
    """弊社の取引先の西田様, 当社の山田様: a person our own words name, ours or a third party's
    (who may act humbly toward the reader), not the reader."""
    if any(w in np for w in parties.CUSTOMER_COMPANY + ("ご担当", "ご家族")):
        return False  # (貴社の部長の石原様: the reader's)
    return any(w in np for w in _OUR_PEOPLE_WORDS + parties.THIRD_PARTIES) \
        or any(w + "の" in np for w in parties.STAFF + _TITLES)  # (担当の山田様, 店長の石原様: ours, 様 wrongly)


def _honored_subject(toks: list[Token], i: int) -> bool:
    """〜様が / 〜様も stands in toks[i]'s clause, before it (お客様が先日確認いたしました):
    the one honoured named as who acts (the words _WRONG_VERBS looks for this pattern by)."""
    for k in range(i - 1, max(0, i - 12), -1):
        t = toks[k]
        if t.pos[0] in ("動詞", "助動詞") or t.surface in ("、", ",", "。"):
            return False
        if t.pos[0] == "助詞" and t.surface in ("が", "も") and k >= 1:
            return toks[k - 1].surface.endswith(("様", "さま"))
    return False


def _honored_ga(toks: list[Token], i: int) -> bool:
    """toks[i] comes right after 〜様が / 〜さまが (お客様が, 田中様が): the one honoured named as who acts
    (the words _WRONG_VERBS looks for these patterns by)."""
    return i >= 2 and toks[i - 1].surface == "が" and toks[i - 1].pos[0] == "助詞" and toks[i - 2].surface.endswith(("様", "さま"))


_STARTING_POS = frozenset(("動詞", "形容詞"))
# The verbs a pattern of _wrong_verbs starts at (with a 未然形 before れる and お〜し of 五段-サ行)
_VERB_STARTS = _WRONG_STARTS | frozenset(("さしあげる", "差し上げる", "差上げる", "し直す"))
# The verbs the patterns before _COMMON_STARTS's test start at (with a 未然形 and お〜し of 五段-サ行)
_SOONER = frozenset(("いたす", "致す", "する", "為る", "いただく", "頂く", "さしあげる", "差し上げる", "差上げる", "し直す"))
_ORU = frozenset(("おる", "居る"))
# The verbs the patterns after the humble nouns' start at
_LATER_STARTS = frozenset(("申す", "参る", "伺う", "申し上げる", "存ずる", "存じる", "承る", "いただく", "頂く", "いたす", "致す",
                           "おる", "居る", "くださる", "下さる", "なる", "成る") + _HONORIFIC_OWN)


_SURU = frozenset(("する", "為る"))


def _suru_may_start(toks: list[Token], i: int, t: Token) -> bool:
    """Whether する at toks[i] (its lemma and its normalized form する or 為る: none of the other verbs
    the patterns of _wrong_verbs name) may start one of them. Each that する starts needs its さ before
    れる or せ (確認されました, ご確認させていただけますか), or its し or する after a word with お/ご
    (ご利用して, お申し込みした, ご注文する), or a humble noun before it (拝見します). する is the
    commonest verb of the sentences read, and most of its forms start none: the dozen tests of each
    are passed over. (A 五段 conjugation, which no する has, is left to the patterns.)"""
    if t.ctype.startswith("五段") or t.surface in _HUMBLE_SURU_NOUNS or i >= 1 and toks[i - 1].surface in _HUMBLE_SURU_NOUNS:
        return True
    if t.surface == "さ":
        return i + 1 < len(toks) and (_is_reru(toks[i + 1]) or toks[i + 1].surface == "せ")
    return t.surface in ("し", "する") and _prefixed(toks, i - 1) is not None


def _wrong_verbs(doc: Document, s: Sentence, toks: list[Token]):
    """Humble words for the customer's actions, honorific words for our own."""
    n = len(toks)
    sent = doc.norm[s.nstart:s.nend]
    # Whether one of ours acts in the sentence, read once however many verbs ask (a search of the
    # whole sentence per verb was quadratic in a long one)
    own_actor: list[bool] = []

    def ours_act() -> bool:
        if not own_actor:
            own_actor.append(_own_actor(sent))
        return own_actor[0]

    # (every pattern below starts at a verb, an adjective or a humble noun: the others, most
    # words, are passed over in one comprehension)
    for i in [i for i, t in enumerate(toks) if t.pos[0] in _STARTING_POS or t.surface in _HUMBLE_SURU_NOUNS]:
        t = toks[i]
        # 弊社の長谷川がお詳しいので / 担当者はただいまお忙しいため: one of ours, described with
        # the honorific お (not a thing described: お若い方, お忙しい時期)
        if t.pos[0] == "形容詞" and i >= 1 and toks[i - 1].surface in ("お", "御") and toks[i - 1].pos[0] == "接頭辞" \
                and t.surface.startswith(_OWN_ADJ_STEMS) \
                and not (i + 1 < n and toks[i + 1].pos[0] == "名詞" and toks[i + 1].surface not in _ADJ_CLAUSE_NOUNS) \
                and doc.parties.subject(toks, i - 1) == parties.OWN and not _asked_of_reader(toks, i):
            yield _hit(toks, i - 1, i + 1, suggestion=t.surface, fix=t.surface,
                       message=f"「{_text(toks, i - 1, i + 1)}」は尊敬の「お」です。自分の側（弊社・担当者）のことには"
                               f"「{t.surface}」と書きます。")
            continue
        # (every pattern below starts at a verb or a humble noun; at a verb, one of _VERB_STARTS,
        # or a 未然形 before れる, or a 五段-サ行 after お: most verbs start none)
        if t.pos[0] != "動詞":
            if t.surface not in _HUMBLE_SURU_NOUNS:
                continue
        elif t.lemma not in _VERB_STARTS and t.norm not in _VERB_STARTS and t.ctype != "五段-サ行" \
                and not t.cform.startswith("未然形") and t.surface not in _HUMBLE_SURU_NOUNS:
            continue
        elif (t.lemma in _ORU or t.norm in _ORU) and t.lemma not in _SOONER and t.norm not in _SOONER \
                and t.ctype != "五段-サ行" and not t.cform.startswith("未然形") and not t.surface.startswith("おら") \
                and not (i + 2 < n and toks[i + 1].surface == "ます" and toks[i + 2].surface == "か"):
            continue  # (おる stands in most sentences: as _COMMON_STARTS's test below, before the patterns it starts none of)
        suru = _verb(t, "する", "為る")  # (asked by a dozen patterns below)
        if suru and t.lemma in _SURU and t.norm in _SURU and not _suru_may_start(toks, i, t):
            continue
        # お客様がお申し込みいたしました / 田中様がご注文いたした: the customer named as who acts, in
        # their own clause, with the humble お〜いたす (their act: お申し込みになった)
        # (or お〜する: お客様がお乗りした便 → お乗りになった; not お休みした, the お of a noun said politely)
        if t.pos[0] == "動詞" and (t.lemma in ("いたす", "致す") or t.norm in ("いたす", "致す")
                                   or suru and t.surface == "し" and i + 1 < n
                                   and toks[i + 1].surface in ("た", "て", "ます", "まし", "たい")) and i >= 2 \
                and toks[i - 1].pos[0] in ("名詞", "動詞") and toks[i - 1].nend == t.nstart:
            p = _prefixed(toks, i - 1)
            # (not 弊社の部長の石原様がご説明します: one of ours, given 様 wrongly, which
            # _colleague_titles finds; the humble verb is right)
            if p is not None and _text(toks, p, i).lstrip("お御") not in _BIKA_NOUNS and _honored_ga(toks, p) \
                    and not any(w in _text(toks, max(0, p - 10), p - 1) for w in _OUR_PEOPLE_WORDS) \
                    and doc.parties.subject(toks, p, ("が",), person=True, clause=True) == parties.CUSTOMER:
                e = _chain_end(toks, i + 1)
                after = toks[i + 1:e]
                # (お伺いする: humble by its own word; the customer's asking is お聞きになる)
                head = "お聞きに" if _is(toks[i - 1], "伺う") or toks[i - 1].surface == "伺い" else _text(toks, p, i) + "に"
                sugg = head + ("なり" + _surfaces(after) if after and after[0].norm == "たい" else _plain_ra_godan(_NARU, after))
                found = _text(toks, p, e)
                yield _hit(toks, p, e, suggestion=sugg, fix=None,
                           message=f"「{found}」は謙譲の「{toks[p].surface}〜{'いたす' if t.surface.startswith(('いた', '致')) else 'する'}」で、"
                                   f"お客様の動作には使いません。「{sugg}」と書きます。")
                continue
        # お客様がいただいた予約確認メール: the customer named right before the humble いただく, their
        # own receiving (not ご記入いただいた, a favour received from them: the verb follows a noun)
        if t.pos[0] == "動詞" and t.lemma in ("いただく", "頂く") and i >= 2 \
                and _honored_ga(toks, i) and doc.parties.subject(toks, i, ("が",), person=True, clause=True) == parties.CUSTOMER:
            e = _chain_end(toks, i + 1)
            sugg = "お受け取りに" + _plain_ra_godan(_NARU, toks[i + 1:e])
            found = _text(toks, i, e)
            yield _hit(toks, i, e, suggestion=sugg, fix=None,
                       message=f"「{found}」は謙譲の「いただく」で、お客様が受け取ることには使いません。「{sugg}」と書きます。")
            continue
        # お申し出してください / お申し出して、窓口でお待ちください: お + a noun made of a 一段 verb's
        # stem (申し出) + して, which the dictionary reads as one 五段 verb (申し出す) in its 連用形
        if t.pos[0] == "動詞" and t.ctype == "五段-サ行" and len(t.surface) >= 3 and t.surface.endswith("し") \
                and i >= 1 and toks[i - 1].surface in ("お", "御") and toks[i - 1].pos[0] == "接頭辞" \
                and i + 2 < n and toks[i + 1].surface == "て" \
                and _base_ctype(doc.backend, t.surface[:-1] + "る").startswith(("上一段", "下一段")) \
                and doc.parties.subject(toks, i) != parties.OWN:
            noun = toks[i - 1].surface + t.surface[:-1]
            if _verb(toks[i + 2], *_ASKING):
                e = _request_end(toks, i + 2)
                sugg = noun + _text(toks, i + 2, e)
                yield _hit(toks, i - 1, e, suggestion=sugg, fix=sugg,
                           message=f"「{_text(toks, i - 1, e)}」はお客様の動作に謙譲語「お／ご〜する」を使っています。"
                                   f"「{sugg}」と書きます。")
                continue
            if _asks_after(toks, i + 2):
                sugg = noun + "いただき"
                yield _hit(toks, i - 1, i + 2, suggestion=sugg,
                           message=f"「{_text(toks, i - 1, i + 2)}」はお客様の動作に謙譲語「お／ご〜する」を使っています。"
                                   f"「{sugg}、〜」と書きます。")
                continue
        # 弊社の小野が確認されたところ / 担当者が夕方に戻られます: the honorific れる on a plain
        # verb, with one of ours named as who acts
        if t.pos[0] == "動詞" and t.cform.startswith("未然形") and i + 1 < n \
                and _is_reru(toks[i + 1]) and toks[i + 1].surface.startswith("れ") and (
                    t.ctype.startswith("五段") and (t.pos[1] != "非自立可能"
                                                   # (なる after に or と, a post or a state one comes to:
                                                   # 担当の松本が担任になられます; round 37)
                                                   or _is(t, "なる", "成る") and i >= 1 and toks[i - 1].surface in ("に", "と"))
                    and t.lemma not in _PASSIVE_PRONE_VERBS and t.norm not in _PASSIVE_PRONE_VERBS
                    or suru and t.surface == "さ" and i >= 1 and toks[i - 1].pos[2] == "サ変可能"
                    and toks[i - 1].surface not in _PASSIVE_PRONE_NOUNS and toks[i - 1].surface not in _WHEREABOUTS
                    and _prefixed(toks, i - 1) is None and not (i >= 2 and toks[i - 2].pos[0] == "接頭辞")):
            head = i - 1 if t.surface == "さ" else i
            who = _our_person_acting(doc, toks, head)
            if who is not None:
                e = _chain_end(toks, i + 2)
                if e < n and _verb(toks[e], "おる", "居る", "いる"):  # (確認されて|おります: the state, whole)
                    e = _chain_end(toks, e + 1)
                # (in its conjugation: 確認されました -> 確認いたしました, 戻られた -> 戻った)
                rest = toks[i + 2:e]
                tail = _surfaces(rest)
                if t.surface == "さ":
                    sugg = toks[i - 1].surface + ("する" if not rest else "いたし" + tail if rest[0].norm == "ます" else "し" + tail)
                elif rest and rest[0].norm == "ます":
                    sugg = (masu_stem(t) or t.lemma[:-1]) + tail
                elif rest and rest[0].surface in ("た", "て") and te_form(t):
                    sugg = te_form(t)[:-1] + ("だ" if rest[0].surface == "た" and te_form(t).endswith("で") else
                                              "で" if te_form(t).endswith("で") else rest[0].surface) + _surfaces(rest[1:])
                else:
                    sugg = t.lemma
                found = _text(toks, head, e)
                yield _hit(toks, head, e, suggestion=sugg, fix=None,
                           message=f"「{found}」は尊敬の「れる」です。自分の側（{who}）の動作には"
                                   f"「{sugg}」のように書きます。")
                continue
        # 担当者までご連絡差し上げてください / 窓口へご一報差し上げていただけますか: the humble お／ご〜
        # 差し上げる asked of the customer, raising us (not one of their own people or a third party
        # raised: 先方様にご連絡差し上げてください, within the 40 characters before: a bound, for linear time)
        if _verb(t, "さしあげる", "差し上げる", "差上げる") and i >= 2 and i + 2 < n and toks[i + 1].surface == "て" \
                and _verb(toks[i + 2], *_ASKING) and toks[i - 1].pos[0] == "名詞":
            p = _prefixed(toks, i - 1)
            if p is not None and not _FOR_ANOTHER.search(doc.norm, max(s.nstart, toks[p].nstart - 40), toks[p].nstart):
                e = _request_end(toks, i + 2)
                sugg = _text(toks, p, i) + _text(toks, i + 2, e)
                yield _hit(toks, p, e, suggestion=sugg, fix=sugg,
                           message=f"「{_text(toks, p, e)}」はお客様の動作に謙譲語「お／ご〜差し上げる」を使っています。"
                                   f"「{sugg}」と書きます。")
                continue
        # ご案内してさしあげます / 手順を教えて差し上げます: 〜てさしあげる is 〜てあげる made polite, a
        # favour pressed on the reader; what we do for them is said with お／ご〜いたす (not the
        # reader's own giving, asked or advised: お子様に読んでさしあげてください; nor a thing given:
        # ご連絡を差し上げます)
        if _verb(t, "さしあげる", "差し上げる", "差上げる") and i >= 2 and toks[i - 1].surface == "て" \
                and toks[i - 2].pos[0] == "動詞":
            e = _chain_end(toks, i + 1)
            tail = toks[i + 1:e]
            ours = any(x.norm in ("ます", "たい") for x in tail) or (e == n or toks[e].pos[0] in _PUNCT) \
                and not any(x.surface == "て" for x in tail)
            asked = any(x.surface in ("ください", "下さい", "ば", "たら", "なら") for x in toks[e:e + 2]) \
                or any(x.surface in ("ば", "たら") for x in tail)
            if ours and not asked and doc.parties.subject(toks, i) != parties.CUSTOMER \
                    and not _FOR_ANOTHER_THAN_ALL.search(doc.norm, max(s.nstart, toks[i - 2].nstart - 40), toks[i - 2].nstart):
                # (the 40 characters before the verb: a bound, so that a sentence of many costs linear time)
                head = toks[i - 2]
                rest = _surfaces(tail)
                # (差し上げられません is "cannot", said with いたす's own potential: いたせません)
                humble = "いたす" if not tail and t.surface.endswith("る") else \
                    "いたせ" + rest[2:] if rest.startswith("られ") else "いたし" + rest
                start, fix = i - 2, None
                if _verb(head, "する", "為る") and head.surface == "し" and i >= 3 and toks[i - 3].pos[0] in ("名詞", "動詞"):
                    p = _prefixed(toks, i - 3)
                    start = p if p is not None else i - 3
                    sugg = fix = _text(toks, start, i - 2) + humble
                elif _verb(head, "する", "為る") and head.surface == "し":
                    sugg = humble  # (する with no noun before it: 何もして差し上げられません → 何もいたせません)
                else:
                    stem = masu_stem(head)
                    sugg = f"お{stem}{humble}" if stem else None
                found = _text(toks, start, e)
                yield _hit(toks, start, e, suggestion=sugg, fix=fix,
                           message=f"「{found}」は「〜てあげる」を丁寧にした言い方で、お客様に恩を着せる響きになります。"
                                   + (f"「{sugg}」と書きます。" if sugg else "「お〜いたします」と書きます。"))
                continue
        # お客様が確認いたしました / お客様が拝借した資料: the customer named as who acts, in
        # their own clause, with a humble verb made of a noun (〜いたす, 拝見する, 拝借する)
        if t.pos[0] == "動詞" and i >= 1 and (
                _is(t, "いたす", "致す") and toks[i - 1].pos[2] == "サ変可能" and _prefixed(toks, i - 1) is None
                and not (i >= 2 and toks[i - 2].pos[0] == "接頭辞")
                or suru and toks[i - 1].surface in _HUMBLE_SURU_NOUNS) \
                and i + 1 < n and toks[i + 1].norm in ("ます", "た", "たい") \
                and _honored_subject(toks, i - 1) and (np := _subject_np(toks, i - 1, ("が", "も"))) and not _named_by_ours(np) \
                and doc.parties.subject(toks, i - 1, ("が", "も"), person=True, clause=True) == parties.CUSTOMER:
            # (が or も: お客様は本人確認いたします is ours as often, お客様 the topic)
            e = _chain_end(toks, i + 1)
            noun = toks[i - 1].surface
            head = _POLITE_FOR[noun] + "に" if noun in _POLITE_FOR else noun
            after = toks[i + 1:e]
            if after and after[0].norm == "たい":  # (確認いたしたい -> 確認なさりたい)
                sugg = head + ("なり" if noun in _POLITE_FOR else "なさり") + _surfaces(after)
            else:
                sugg = head + _plain_ra_godan(_NARU if noun in _POLITE_FOR else _NASARU, after)
            yield _hit(toks, i - 1, e, suggestion=sugg,
                       message=f"「{_text(toks, i - 1, e)}」は謙譲語で、お客様の動作には使いません。"
                               f"尊敬語で「{sugg}」と書きます。")
            continue
        # ご利用してください / お待ちしてください / ご確認していただけますか, and the same done again
        # (お取りし直してください: し|直し, or one word し直し): the humble お/ご〜する asked of the customer
        te = redo = None
        if suru and t.surface == "し":
            if i + 1 < n and _verb(toks[i + 1], "直す") and toks[i + 1].surface == "直し":
                te, redo = i + 2, True
            else:
                te, redo = i + 1, False
        elif t.lemma == "し直す" and t.surface.startswith("し直") and t.pos[0] == "動詞":
            te, redo = i + 1, True
        # (and kept up: お待ちしていてください, 〜して|い|て|ください)
        if te is not None and te + 3 < n and toks[te].surface == "て" and toks[te + 1].surface == "い" \
                and _verb(toks[te + 1], "いる", "居る") and toks[te + 2].surface == "て":
            te += 2
        if te is not None and te + 1 < n and toks[te].surface == "て" \
                and _verb(toks[te + 1], *_ASKING):
            p = _prefixed(toks, i - 1)
            word = toks[i - 1] if i >= 1 else None
            if p is not None and word is not None and word.pos[0] in ("名詞", "動詞") \
                    and word.surface not in _HUMBLE_SURU_NOUNS \
                    and not _TOWARD_ANOTHER.search(doc.norm, max(s.nstart, toks[p].nstart - 40), toks[p].nstart):
                # (not toward someone the reader honours: 購入者様に受取評価をお願いしてください / 先方様に
                # ご連絡してください; the 40 characters before, a bound for linear time)
                e = _request_end(toks, te + 1)
                found = _text(toks, p, e)
                sugg = ("改めて" if redo else "") + _text(toks, p, i) + _text(toks, te + 1, e)
                fix = None if redo else sugg
                if not redo and _is(word, "伺う"):  # お伺いしてください: 伺う is humble by itself
                    sugg, fix = "お問い合わせください（お越しください）", None
                yield _hit(toks, p, e, suggestion=sugg, fix=fix,
                           message=f"「{found}」はお客様の動作に謙譲語「お／ご〜する」を使っています。"
                                   f"「{sugg}」と書きます。")
                continue
        # 受信箱をご確認させていただけますでしょうか / 内容をご確認させていただけますと幸いです: the
        # reader's act (ご確認, ご検討, ご記入: ours is never said with ご) asked with our させていただく,
        # where their favour is meant (ご確認いただけますでしょうか)
        if suru and t.surface == "さ" and i >= 2 and i + 4 < n and toks[i + 1].surface == "せ" \
                and toks[i + 2].surface == "て" and _verb(toks[i + 3], "いただく", "頂く", "いただける", "頂ける") \
                and toks[i + 3].surface in ("いただけ", "頂け") and toks[i + 4].norm == "ます" and toks[i - 2].surface in ("ご", "御") and toks[i - 2].pos[0] == "接頭辞" \
                and toks[i - 1].surface in _READER_ONLY_GO:
            e = _chain_end(toks, i + 4)
            rest = doc.norm[toks[e - 1].nend:toks[e - 1].nend + 4] if e > i + 4 else ""
            if _text(toks, i + 4, e).endswith("か") or rest.startswith(("と幸", "とあり", "と助か")) \
                    or e < n and toks[e].surface in ("か", "と"):
                if e < n and toks[e].surface == "か":
                    e += 1
                found = _text(toks, i - 2, e)
                sugg = _text(toks, i - 2, i) + _text(toks, i + 3, e)
                yield _hit(toks, i - 2, e, suggestion=sugg, fix=sugg,
                           message=f"「{found}」はお客様にしていただく動作に「させていただく」を使っています。"
                                   f"「{sugg}」と書きます。")
                continue
        # ログインをいたしてください / 手続きをいたしていただけますか: the humble いたす asked of the
        # customer (a request is never made of our own staff in a reply to the customer)
        if t.surface in ("いたし", "致し") and _verb(t, "いたす", "致す") and i + 2 < n and toks[i + 1].surface == "て" \
                and _verb(toks[i + 2], *_ASKING):
            e = _request_end(toks, i + 2)
            p = _prefixed(toks, i - 1) if i >= 1 else None
            start, sugg = (p, _text(toks, p, i) + _text(toks, i + 2, e)) if p is not None \
                else (i, "し" + _text(toks, i + 1, e))
            yield _hit(toks, start, e, suggestion=sugg, fix=sugg,
                       message=f"「{_text(toks, start, e)}」はお客様にお願いする動作に謙譲語「いたす」を使っています。"
                               f"「{sugg}」と書きます。")
            continue
        # Every pattern below starts at one of these verbs or at a humble noun (拝見 ...).
        if t.lemma not in _WRONG_STARTS and t.norm not in _WRONG_STARTS and t.surface not in _HUMBLE_SURU_NOUNS:
            continue
        if t.pos[0] != "動詞" and t.surface not in _HUMBLE_SURU_NOUNS:
            continue
        # いたす and おる stand in most sentences; only いたしますか, いたしたい, おられる and いたされる start a pattern,
        # and いたす right after a person named with 様 (お客様がいたしましたご予約)
        if (t.lemma in _COMMON_STARTS or t.norm in _COMMON_STARTS) \
                and not (i + 2 < n and toks[i + 1].surface == "ます" and toks[i + 2].surface == "か") \
                and not (i + 1 < n and toks[i + 1].lemma == "たい" and t.surface in ("いたし", "致し")) \
                and not (t.surface.startswith(("おら", "いたさ", "致さ")) and i + 1 < n and _is_reru(toks[i + 1])) \
                and not (i >= 2 and toks[i - 1].surface in ("が", "は", "も") and toks[i - 2].surface.endswith(("様", "さま"))):
            continue
        # ご来店されてください / お待ちされてくださいませ: a request built on ご〜される (the customer's
        # ご〜される alone is keigo/go-sareru's, a form in wide use; asked of them it is no form at all)
        if suru and t.surface == "さ" and i + 3 < n and _is_reru(toks[i + 1]) \
                and toks[i + 2].surface == "て" and toks[i + 3].surface in ("ください", "下さい"):
            p = _prefixed(toks, i - 1)
            if p is not None and toks[i - 1].pos[0] in ("名詞", "動詞") \
                    and _text(toks, p, i).lstrip("お御") not in _BIKA_NOUNS:
                e = i + 4 + (1 if i + 4 < n and toks[i + 4].surface == "ませ" else 0)
                sugg = _text(toks, p, i) + _text(toks, i + 3, e)
                yield _hit(toks, p, e, suggestion=sugg, fix=sugg,
                           message=f"「{_text(toks, p, e)}」は謙譲の「ご〜する」に「れる」を付けた形でお願いしています。"
                                   f"「{sugg}」と書きます。")
                continue
            # ...or on a bare verbal noun: 申し込みされてください / 内容を確認されてください (the
            # honorific れる does not ask: お申し込みください / ご確認ください)
            word = toks[i - 1] if i >= 1 else None
            if p is None and word is not None and word.nend == t.nstart \
                    and (word.pos[2] == "サ変可能" or word.pos[0] == "動詞" and word.cform.startswith("連用形")
                         # (a verb's stem made a noun: 申し込み, 取り消し)
                         or word.pos[0] == "名詞" and "一" <= word.surface[0] <= "鿿" and "ぁ" <= word.surface[-1] <= "ゖ") \
                    and not (i >= 3 and toks[i - 2].surface in ("から", "より", "に") and toks[i - 2].pos[0] == "助詞"
                             and toks[i - 3].surface.endswith(("者", "担当", "係", "スタッフ", "員", "様"))):  # (a passive: 係の者から説明される)
                e = i + 4 + (1 if i + 4 < n and toks[i + 4].surface == "ませ" else 0)
                head = "ご" if all("一" <= c <= "鿿" for c in word.surface) else "お"
                sugg = head + word.surface + _text(toks, i + 3, e)
                yield _hit(toks, i - 1, e, suggestion=sugg, fix=sugg,
                           message=f"「{_text(toks, i - 1, e)}」は尊敬の「れる」でお願いしていますが、「〜されてください」という"
                                   f"頼み方はしません。「{sugg}」と書きます。")
                continue
        # ご記入して返送してください: the first of a chain of the customer's actions, humble
        # (not 弊社からご連絡して、…: our own action first)
        # (asked with いただく only for the customer's own acts: ご来店して、お待ちいただけますか; our
        # ご説明して、ご理解いただければ is ours first)
        # (the prefix first: the request after して is read only after a word with お/ご)
        if suru and t.surface == "し" and i + 1 < n and toks[i + 1].surface == "て" \
                and i >= 1 and _prefixed(toks, i - 1) is not None \
                and (_asks_after(toks, i + 2) or toks[i - 1].surface.lstrip(_PREFIX_CHARS) in _CUSTOMER_ACTIONS
                                and _asks_after(toks, i + 2, True)) \
                and doc.parties.subject(toks, i) != "own":
            p = _prefixed(toks, i - 1)
            word = toks[i - 1] if i >= 1 else None
            # (not こちらでご案内して、…お越しください: one of ours named in the clause, with で as
            # often as with が, does the first act; the customer the one asked)
            if p is not None and _ours_in_clause(doc, toks, p):
                continue
            # (or a verb's stem after お: お待ちして、受付でお待ちください; not お願いして, ours)
            if p is not None and word is not None and (word.pos[0] == "名詞" or word.pos[0] == "動詞"
                                                       and toks[p].surface in ("お", "御") and not _is(word, "願う")) \
                    and word.surface not in _HUMBLE_SURU_NOUNS:
                found = _text(toks, p, i + 2)
                sugg = _text(toks, p, i) + "いただき"
                # (the plain て-form: 持参して; a verb's own: 待って, from its dictionary form)
                plain = _text(toks, p + 1, i) + "して" if word.pos[0] == "名詞" else te_form(word)
                yield _hit(toks, p, i + 2, suggestion=sugg,
                           message=f"「{found}」はお客様の動作に謙譲語「お／ご〜する」を使っています。"
                                   f"「{sugg}、〜」" + (f"（または「{plain}」）" if plain else "") + "と書きます。")
                continue
        # お客様がお申し込みした定期預金 / お申し込みした覚えのない商品: the customer's act, told in a
        # clause, in the humble お/ご〜する (not 弊社でご予約した: ours; a finite ご予約しました is
        # ours too, told to the customer)
        # (and their state: お客様がお持ちしているポイント, ご契約していたプラン)
        state = suru and t.surface == "し" and i + 2 < n and toks[i + 1].surface == "て" \
            and _verb(toks[i + 2], "いる", "居る")
        if suru and (t.surface == "する" or t.surface == "し" and i + 1 < n and toks[i + 1].surface == "た") \
                or state:
            p = _prefixed(toks, i - 1)
            word = toks[i - 1].surface.lstrip("おご御") if i >= 1 else ""
            e = i + 1 if t.surface == "する" else _chain_end(toks, i + 3) if state else i + 2
            if p is not None and (word in _PLAIN_ACTS or word in _HELD and state) and not ours_act():
                # (its own clause: a scan back to the sentence's start for each such verb was
                # quadratic in a long sentence; read from the prefix, before a verb's stem, お|持ち)
                side = doc.parties.subject(toks, p, clause=True)
                told = e < n and toks[e].pos[0] in ("名詞", "代名詞")  # (a clause before its noun)
                # (お持ちしている is ours as often, carrying a thing: only with the customer named)
                if side == parties.CUSTOMER or side is None and told and word not in _HELD:
                    sugg = _text(toks, p, i) + ("になって" + _text(toks, i + 2, e) if state
                                                else "になった" if t.surface == "し" else "になる")
                    alt = (f"{_text(toks, p, i)}の" if told else None) if state else f"{_text(toks, p, i)}いただいた"
                    yield _hit(toks, p, e, suggestion=sugg, fix=None,
                               message=f"「{_text(toks, p, e)}」はお客様の動作に謙譲語「お／ご〜する」を使っています。"
                                       f"「{sugg}」" + (f"（または「{alt}」）" if alt else "") + "と書きます。")
                    continue
        # ご利用しますか / お申し込みしましたか: the customer's act asked about in the humble
        # お/ご〜する (not こちらでご予約しますか: ours, offered)
        # (and a done act asked about, of any act the customer does: ご確認しましたか / しましたでしょうか)
        if suru and t.surface == "し" and i + 2 < n and toks[i + 1].norm == "ます" \
                and (toks[i + 2].surface == "か" or i + 3 < n and toks[i + 2].norm in ("ぬ", "ず", "た") and toks[i + 3].surface == "か"
                     or i + 4 < n and toks[i + 2].norm == "た" and toks[i + 3].surface == "でしょう" and toks[i + 4].surface == "か"):
            done = toks[i + 2].norm == "た"
            p = _prefixed(toks, i - 1)
            word = toks[i - 1].surface.lstrip("おご御") if i >= 1 else ""
            if p is not None and (word in _PLAIN_ACTS or done and word in _ASKED_DONE_ACTS) and not ours_act() \
                    and doc.parties.subject(toks, i) != parties.OWN:
                e = _chain_end(toks, i + 1)
                sugg = _text(toks, p, i) + "になり" + _text(toks, i + 1, e)
                yield _hit(toks, p, e, suggestion=sugg, fix=sugg,
                           message=f"「{_text(toks, p, e)}」はお客様の動作を謙譲語「お／ご〜する」で尋ねています。"
                                   f"「{sugg}」と書きます。")
                continue
        # お伺いください: asking the customer to do a humble act
        if _is(t, "伺う") and t.surface in ("伺い", "うかがい") and i >= 1 and toks[i - 1].surface in ("お", "御") \
                and i + 1 < n and _verb(toks[i + 1], "くださる", "下さる"):
            e = _chain_end(toks, i + 2)
            yield _hit(toks, i - 1, e, suggestion="お問い合わせください（お越しください）",
                       message=f"「{_text(toks, i - 1, e)}」は謙譲語で、お客様の動作には使いません。"
                               "尋ねるなら「お問い合わせください」、来るなら「お越しください」と書きます。")
            continue
        # お伺いになってください / お申しになった / 拝見になりましたか: a humble verb made honorific
        # with お〜になる, which raises the reader's act in a word that lowers it (not お参りになる, a
        # visit to a shrine, left out whatever the dictionary makes of 参り; nor お申し付けになる, one word)
        if i + 2 < n and toks[i + 1].surface == "に" and _verb(toks[i + 2], "なる", "成る") and (
                t.pos[0] == "動詞" and _is(t, *_HUMBLE_IN_NI_NARU) and i >= 1 and toks[i - 1].surface in ("お", "御")
                or t.pos[0] == "名詞" and t.surface in _HUMBLE_IN_NI_NARU):
            p = i - 1 if i >= 1 and toks[i - 1].surface in ("お", "御") else i
            e = _chain_end(toks, i + 3)
            sugg = _HUMBLE_IN_NI_NARU[t.surface if t.pos[0] == "名詞" else t.lemma if t.lemma in _HUMBLE_IN_NI_NARU else t.norm]
            yield _hit(toks, p, e, suggestion=sugg,
                       message=f"「{_text(toks, p, e)}」は謙譲語を尊敬の「お〜になる」にした形で、お客様の動作には使いません。"
                               f"「{sugg}」などと書きます。")
            continue
        # 長谷川は本日外出されております: where one of ours is, raised with the honorific れる (a
        # going out or a trip of one's own is never suffered: these れる are no passive)
        if suru and t.surface == "さ" and i + 1 < n and _is_reru(toks[i + 1]) \
                and i >= 1 and toks[i - 1].surface in _WHEREABOUTS \
                and doc.parties.subject(toks, i, clause=True) == parties.OWN:  # (its own clause: linear)
            e = _chain_end(toks, i + 2)
            if e < n and _verb(toks[e], "おる", "居る", "いる"):  # (外出されて|おります: the state, whole)
                e = _chain_end(toks, e + 1)
            sugg = toks[i - 1].surface + "しております"
            yield _hit(toks, i - 1, e, suggestion=sugg, fix=None,
                       message=f"「{_text(toks, i - 1, e)}」は尊敬語です。自分の側（弊社・担当者）の動作には"
                               f"「{sugg}」のように書きます。")
            continue
        # 担当部署が復旧作業をされております / 担当の佐藤が説明をされました: one of ours raised with
        # the honorific される after its object (〜をされる of our own staff is no passive in a reply)
        if suru and t.surface == "さ" and i + 1 < n and _is_reru(toks[i + 1]) and i >= 2 \
                and toks[i - 1].surface == "を" and toks[i - 1].pos[0] == "助詞" and toks[i - 2].pos[0] == "名詞" \
                and doc.parties.subject(toks, i, clause=True) == parties.OWN:  # (its own clause: linear)
            e = _chain_end(toks, i + 2)
            state = e < n and _verb(toks[e], "おる", "居る", "いる")
            if state:
                e = _chain_end(toks, e + 1)
            sugg = toks[i - 2].surface + ("をしております" if state else "をいたしました")
            yield _hit(toks, i - 2, e, suggestion=sugg, fix=None,
                       message=f"「{_text(toks, i - 2, e)}」は尊敬語です。自分の側（弊社・担当者）の動作には"
                               f"「{sugg}」のように書きます。")
            continue
        # ご利用されましたか / ご注文された (謙譲の「ご〜する」＋尊敬の「れる」)
        if suru and t.surface == "さ" and i + 1 < n and _is_reru(toks[i + 1]):
            p = _prefixed(toks, i - 1)
            if p is not None and toks[i - 1].pos[0] in ("名詞",) and doc.parties.subject(toks, i) == parties.OWN:
                # 弊社代表の北浜は…ご欠席されます: raised, and ours; only as the sentence's own
                # predicate (not 弊社はご注文された商品を…, where the customer ordered)
                e = _chain_end(toks, i + 2)
                # (or as a state, されて|おります: 部長も大変ご心配されておりました)
                state = e if e < n and _verb(toks[e], "おる", "居る", "いる") else None
                if state is not None:
                    e = _chain_end(toks, state + 1)
                # (or a clause of its own before ので / が / から, in its ます form: 当日ご説明されますので)
                # (or any form, when one of ours is named by が as who does it in its own clause: 先ほど弊社の
                # 担当者がご説明されたとおり; not 弊社はご注文された商品を…, whose clause names no one by が)
                if e == n or toks[e].pos[0] in _PUNCT or any(x.norm == "ます" for x in toks[i + 2:e]) and (
                        toks[e].surface in ("ので", "から", "が", "けれど", "けれども") and toks[e].pos[0] == "助詞"
                        or toks[e].surface == "の" and e + 1 < n and toks[e + 1].surface == "で") \
                        or doc.parties.subject(toks, i, particles=("が",), clause=True) == parties.OWN:  # (の|で)
                    sugg = _text(toks, p, i) + ("して" + _surfaces(toks[state:e]) if state is not None
                                                else "いたし" + _surfaces(toks[i + 2:e]) if toks[i + 2:e] and toks[i + 2].norm == "ます"
                                                else "いたします")
                    yield _hit(toks, p, e, suggestion=sugg,
                               message=f"「{_text(toks, p, e)}」は尊敬語です。自分の側（弊社・担当者）の動作には"
                                       f"謙譲語「{sugg}」を使います。")
                    continue
            # (the customer's ご〜される is keigo/go-sareru's: a form in wide use that some guides reject)
                continue
        # ご注文できます (for the customer) -> ご注文いただけます
        if _verb(t, "できる", "出来る") and t.surface.startswith(("でき", "出来")):
            p = _prefixed(toks, i - 1)
            if p is not None and i >= 1 and toks[i - 1].pos[0] in ("名詞", "動詞"):
                word = toks[i - 1].surface.lstrip("おご御")
                who = ours_act()
                if word in _PAYOUT_ACTS and _we_pay_out(doc, s, toks, p, i):
                    wrong = False
                elif i + 2 < len(toks) and toks[i + 1].surface == "なかっ" and toks[i + 2].surface == "た":
                    wrong = False  # (what could not be done, told as a fact: ご乗車できなかった新幹線 / 障害中に
                    # ご注文できなかった内容; five dev replies say it, all clean, none labeled: round 34)
                elif word in ("受け取り", "受取") and _refused(toks, i) and _SENT_TO_US.search(doc.norm):
                    wrong = False  # (what they send back refused at our door: 解除されていない端末はお受け
                    # 取りできません, in a reply on a return: our receiving, humbly; round 37)
                elif word in _ONLY_THEIRS:
                    wrong = True  # (当院ではクレジットカードがご利用できます: we never use our own service;
                    # 当院では says where, not who: 110 dev replies say ご〜できる of these acts, each labeled)
                elif word in _CUSTOMER_ACTIONS:
                    wrong = not who or bool(parties.CUSTOMER_MARK.search(sent))
                elif word in _AMBIGUOUS_ACTIONS:
                    # (not when the sentence does the same act itself, humbly: 今回ご請求できなかった分を
                    # 次回あわせてご請求いたします is our billing both times)
                    wrong = not who and bool(parties.CUSTOMER_MARK.search(sent) or _CUSTOMER_PLACE.search(sent)) \
                        and not any(f"{pre}{word}{verb}" in sent for pre in "おご" for verb in _HUMBLY_DONE)
                else:
                    wrong = False
                if wrong:
                    e = _chain_end(toks, i + 1)
                    tail = t.surface[2:] + _text(toks, i + 1, e)
                    sugg = _text(toks, p, i) + "いただけ" + tail
                    found = _text(toks, p, e)
                    yield _hit(toks, p, e, suggestion=sugg, fix=sugg,
                               message=f"「{found}」は謙譲の「ご〜できる」で、お客様の動作には使いません。"
                                       f"「{sugg}」と書きます。")
                    continue
        # 拝見してください / 拝見されましたか / 拝見ください
        if t.surface in _HUMBLE_SURU_NOUNS and i + 1 < n:
            nxt = toks[i + 1]
            alt = _POLITE_FOR[t.surface]
            # ご案内をご拝読のうえ: the honorific ご on a humble noun, which is never raised (the
            # reader's reading is お読み, ours 拝読)
            if i >= 1 and toks[i - 1].surface in ("ご", "御") and toks[i - 1].pos[0] == "接頭辞":
                # (an exact rewrite when it is asked of the reader: ご拝見ください -> ご覧ください; the
                # request alone rewritten would leave ごご覧)
                yield _hit(toks, i - 1, i + 1, suggestion=alt, fix=alt if _verb(nxt, "くださる", "下さる") else None,
                           message=f"「{_text(toks, i - 1, i + 1)}」は謙譲語「{t.surface}」に尊敬の「{toks[i - 1].surface}」を"
                                   f"付けた形です。お客様の動作は「{alt}」、自分の側の動作は「{t.surface}」と書きます。")
                continue
            # (拝見しておいてください, 拝見してみてください: the request after a helper verb too)
            ask = i + 3 + (2 if i + 5 < n and _verb(toks[i + 3], "おく", "置く", "みる", "見る")
                           and toks[i + 4].surface == "て" else 0)
            if _verb(nxt, "する", "為る") and nxt.surface == "し" and ask < n and toks[i + 2].surface == "て" \
                    and _verb(toks[ask], *_ASKING):
                e = _chain_end(toks, ask + 1)
                asks = _is(toks[ask], "くださる", "下さる")
                # (an exact rewrite only for a plain request: 拝見しておいてください keeps its おいて)
                yield _hit(toks, i, e, suggestion=alt + "ください" if asks else alt + "いただけますか",
                           fix=alt + "ください" if asks and ask == i + 3 and _text(toks, ask, e) in ("ください", "下さい")
                           else None,
                           message=f"「{_text(toks, i, e)}」は謙譲語で、お客様の動作には使いません。"
                                   f"「{alt}ください」と書きます。")
                continue
            # 記入例を拝見してから、ご記入ください: the first of a chain of the customer's acts asked for
            # (or the noun's のうえ: 同封の説明書を拝見のうえ、泥よけに貼ってください)
            then = i + 4 if i + 3 < n and toks[i + 3].surface == "から" else i + 3
            upon = nxt.surface == "の" and i + 3 < n and toks[i + 2].surface in ("うえ", "上")
            done_first = upon or _verb(nxt, "する", "為る") and nxt.surface == "し" and then < n and toks[i + 2].surface == "て"
            if done_first and _asks_after(toks, i + 3 if upon else then) and doc.parties.subject(toks, i) != "own":
                sugg = alt + ("のうえ" if upon else "になって")
                yield _hit(toks, i, i + 3, suggestion=sugg,
                           message=f"「{_text(toks, i, i + 3)}」は謙譲語で、お客様の動作には使いません。"
                                   f"「{sugg}」と書きます。")
                continue
            if _verb(nxt, "する", "為る") and nxt.surface == "さ" and i + 2 < n and _is_reru(toks[i + 2]):
                e = _chain_end(toks, i + 3)
                if doc.parties.subject(toks, i) != "own":
                    sugg = alt + "に" + _plain_ra_godan(_NARU, toks[i + 3:e])
                    yield _hit(toks, i, e, suggestion=sugg, fix=_joined(alt + "に", ra_godan_form(_NARU, toks[i + 3:e])),
                               message=f"「{_text(toks, i, e)}」は謙譲語に「れる」を付けた形です。「{sugg}」と書きます。")
                else:  # 駅係員が拝見されたうえで: one of ours, humble and raised at once
                    yield _hit(toks, i, e, suggestion=t.surface + "した",
                               message=f"「{_text(toks, i, e)}」は謙譲語に尊敬の「れる」を付けた形です。"
                                       f"自分の側（弊社・担当者）の動作は「{t.surface}した」「{t.surface}いたしました」と書きます。")
                continue
            if _verb(nxt, "くださる", "下さる"):
                e = i + 2
                yield _hit(toks, i, e, suggestion=alt + "ください", fix=alt + "ください" if nxt.surface in ("ください", "下さい") else None,
                           message=f"「{_text(toks, i, e)}」は謙譲語で、お客様の動作には使いません。"
                                   f"「{alt}ください」と書きます。")
                continue
            # 拝見いただけます: the customer asked to do a humble act (いただく says the customer does
            # it); 拝見できます on the customer's screen or with the customer named
            # (or said as what anyone can do, with no one of ours in the sentence and nothing received:
            # 配達員の現在地は、注文画面の地図で拝見できます; not 拝見できますでしょうか, our asking)
            customers = _verb(nxt, "いただく", "頂く", "いただける", "頂ける") or (
                _verb(nxt, "できる", "出来る") and t.surface != "頂戴" and not ours_act()
                and bool(parties.CUSTOMER_MARK.search(sent) or _CUSTOMER_PLACE.search(sent)
                         or _CAN_BE_DONE.match(doc.norm, toks[i + 1].nend) and "いただ" not in sent
                         and "頂" not in sent and not _THEIR_THING.search(doc.norm, s.nstart, t.nstart)))
            if customers:
                e = _chain_end(toks, i + 2)
                tail = _text(toks, i + 1, e) if not _verb(nxt, "できる", "出来る") else "いただけ" + _text(toks, i + 1, e)[2:]
                sugg = alt + tail
                yield _hit(toks, i, e, suggestion=sugg, fix=sugg,
                           message=f"「{_text(toks, i, e)}」は謙譲語で、お客様の動作には使いません。「{sugg}」と書きます。")
                continue
        if t.pos[0] != "動詞" or t.lemma not in _LATER_STARTS and t.norm not in _LATER_STARTS:
            continue  # (する, most often: every pattern below starts at a verb of _LATER_STARTS)
        # 申された / 参られる / 伺われる / 存じられる / いたされる: humble verb + honorific れる
        if _is(t, "申す", "参る", "伺う", "申し上げる", "存ずる", "存じる", "承る", "いたす", "致す") and i + 1 < n \
                and _is_reru(toks[i + 1]) and t.cform.startswith("未然形"):
            e = _chain_end(toks, i + 2)
            after = toks[i + 2:e]
            subject = doc.parties.subject(toks, i)
            if subject == parties.OWN or subject != parties.CUSTOMER and not t.ctype.startswith("五段"):
                # 担当の者がそのように申されておりました: our side, raised by れる; a godan verb's れる is
                # not "can" (申し上げられません, which is, stays silent, as it does with no one named:
                # なんとも申し上げられません is ours; the customer raised so is 申し上げられた with お客様が)
                if t.ctype.startswith("五段") and subject == parties.OWN:
                    sugg = _humble_form(t, toks[i + 2:e])
                    yield _hit(toks, i, e, suggestion=sugg,
                               message=f"「{_text(toks, i, e)}」は謙譲語に尊敬の「れる」を付けた形です。"
                                       f"自分の側（弊社・担当者）の動作は「{sugg}」と書きます。")
                continue
            if _is(t, "参る"):
                sugg, fix = _plain_ra_godan(_IRASSHARU, after), ra_godan_form(_IRASSHARU, after)
            elif _is(t, "伺う"):
                sugg, fix = "お聞きに" + _plain_ra_godan(_NARU, after), _joined("お聞きに", ra_godan_form(_NARU, after))
            elif _is(t, "存ずる", "存じる"):
                sugg, fix = "ご存じ", None
            elif _is(t, "いたす", "致す"):
                # (開栓をいたされますか -> なさいますか: する raised is なさる)
                sugg, fix = _plain_ra_godan(_NASARU, after), ra_godan_form(_NASARU, after)
            else:
                sugg, fix = _plain_ra_godan(_OSSHARU, after), ra_godan_form(_OSSHARU, after)
            yield _hit(toks, i, e, suggestion=sugg, fix=fix,
                       message=f"「{_text(toks, i, e)}」は謙譲語に「れる」を付けた形で、お客様には使いません。"
                               f"「{sugg}」と書きます。")
            continue
        # 伺ってください / 申し上げてください / いただいてください / 参ってください
        if _is(t, "伺う", "申す", "申し上げる", "参る", "承る", "いただく", "頂く", "存ずる", "存じる") \
                and i + 2 < n and toks[i + 1].surface == "て" and _verb(toks[i + 2], "くださる", "下さる"):
            if _is(t, "いただく", "頂く") and i >= 1 and (_te(toks[i - 1]) or toks[i - 1].pos[0] in ("名詞", "接頭辞")):
                if _third_party_before(toks, i):
                    continue  # ご家族にご署名いただいてください / 先生に見ていただいてください: a request to a
                    # third party, named with に (with none, 店頭のテスターで試していただいてください asks the
                    # reader twice: 試してください / お試しいただけます)
                e = _chain_end(toks, i + 3)
                exact = _text(toks, i + 2, e) in ("ください", "下さい")
                yield _hit(toks, i, e, suggestion="ください", fix="ください" if exact else None,
                           message=f"「{_text(toks, i, e)}」は、お客様に頼む言葉が二つ重なっています。"
                                   "「〜てください」か「〜ていただけますか」と書きます。")
                continue
            e = _chain_end(toks, i + 3)
            alt = {"伺う": "お尋ねください", "申す": "おっしゃってください", "申し上げる": "おっしゃってください",
                   "参る": "お越しください", "承る": "お受けください", "いただく": "お受け取りください（召し上がってください）",
                   "存ずる": "ご承知おきください"}
            key = t.lemma if t.lemma in alt else (t.norm if t.norm in alt else "いただく" if _is(t, "頂く") else "存ずる")
            exact = "（" not in alt[key] and _text(toks, i + 2, e) in ("ください", "下さい")
            yield _hit(toks, i, e, suggestion=alt.get(key), fix=alt[key] if exact else None,
                       message=f"「{_text(toks, i, e)}」は謙譲語で、お客様の動作には使いません。"
                               f"「{alt.get(key)}」と書きます。")
            continue
        # 「…」と申していただければ / 窓口で伺っていただけます: the customer's act asked for, humbly
        if _is(t, "伺う", "申す", "参る") and i + 2 < n and toks[i + 1].surface == "て" \
                and _verb(toks[i + 2], "いただく", "頂く", "いただける", "頂ける") \
                and doc.parties.subject(toks, i) != parties.OWN:
            e = _chain_end(toks, i + 3)
            if e < n and toks[e].surface == "ば":  # (申していただけれ|ば)
                e += 1
            head = {"伺う": "お尋ねになって", "申す": "おっしゃって", "参る": "お越しになって"}[
                t.lemma if t.lemma in ("伺う", "申す", "参る") else t.norm]
            sugg = head + _text(toks, i + 2, e)
            yield _hit(toks, i, e, suggestion=sugg,
                       message=f"「{_text(toks, i, e)}」はお客様にしていただく動作に謙譲語を使っています。"
                               f"「{sugg}」と書きます。")
            continue
        # お客様が申した内容 / お客様が参った時: a humble verb, the customer (named as a person) acting
        # (the forms the trigger names: 申し|た, 申す, 参っ, 参る)
        # (and 伺う, 承る; in each form told: 参ります, 参りました, 伺った, 承っていた)
        # (and 申し上げる, いたす: お客様が申し上げたとおり / お客様がいたしましたご予約 / お客様が入力いたした内容)
        if _is(t, "申す", "参る", "伺う", "承る", "申し上げる", "いたす", "致す") \
                and not (i > 0 and (_te(toks[i - 1]) or toks[i - 1].surface in _PREFIX)) \
                and (t.surface in ("申す", "参る", "伺う", "承る") or i + 1 < n and toks[i + 1].norm in ("ます", "た")
                     # (内田様が申していた / 申しておりました)
                     or i + 2 < n and toks[i + 1].surface == "て" and _verb(toks[i + 2], "いる", "居る", "おる")) \
                and doc.parties.subject(toks, i, ("が", "は", "も"), person=True, clause=True) == parties.CUSTOMER \
                and (np := _subject_np(toks, i)) and not _named_by_ours(np):
            e = _chain_end(toks, i + 1)
            after = toks[i + 1:e]
            if _is(t, "伺う", "承る"):
                sugg = ("お聞きに" if _is(t, "伺う") else "お受けに") + _plain_ra_godan(_NARU, after)
            elif _is(t, "いたす", "致す"):
                sugg = _plain_ra_godan(_NASARU, after)
            else:
                sugg = _plain_ra_godan(_IRASSHARU if _is(t, "参る") else _OSSHARU, after)
            yield _hit(toks, i, e, suggestion=sugg,
                       message=f"「{_text(toks, i, e)}」は謙譲語で、お客様の動作には使いません。"
                               f"尊敬語で「{sugg}」と書きます。")
            continue
        # 変更いたしたい場合は / ほかに変更いたしたい商品はございますか: the customer's wish, in humble いたす
        # (not ours: 私どもで変更いたしたいと存じます)
        if _is(t, "いたす", "致す") and i + 1 < n and toks[i + 1].lemma == "たい" and not (i > 0 and _te(toks[i - 1])) \
                and _their_wish_after(toks, i + 2) and doc.parties.subject(toks, i) != parties.OWN:
            yield _hit(toks, i, i + 2, suggestion="なさりたい",
                       message=f"「{_text(toks, i, i + 2)}」は謙譲語で、お客様のご希望には使いません。「なさりたい」と書きます。")
            continue
        # ご注文はどれにいたしますか / いかがいたしますか: the customer's choice, asked with humble いたす
        if _is(t, "いたす", "致す") and i + 2 < n and toks[i + 1].surface == "ます" and toks[i + 2].surface == "か" \
                and any(x.surface in _WHICH for x in toks[max(0, i - 6):i]) \
                and doc.parties.subject(toks, i) != parties.OWN:
            yield _hit(toks, i, i + 2, suggestion="なさいます",
                       message=f"「{_text(toks, i, i + 2)}か」はお客様の選択を謙譲語で尋ねています。"
                               "「なさいますか」と書きます。")
            continue
        # 存じていますか / 存じでしょうか (asking the customer) -> ご存じですか
        if _is(t, "存ずる", "存じる") and _is_question(toks) and _prefixed(toks, i) is None \
                and not (i > 0 and toks[i - 1].surface in _PREFIX) and not _clause_goes_on(toks, i):
            e = _chain_end(toks, i + 1)
            while e < n and (_verb(toks[e], "いる", "居る", "おる", "居る") or toks[e].pos[0] == "助動詞"):
                e += 1
            yield _hit(toks, i, e, suggestion="ご存じですか",
                       message=f"「{_text(toks, i, e)}」は謙譲語の「存じる」で、お客様には使いません。"
                               "「ご存じですか」と書きます。")
            continue
        # 弊社の担当者がいらっしゃいます / 私がおっしゃった: honorific for our own side
        own_hon = _is(t, *_HONORIFIC_OWN) and not (t.pos[1] == "非自立可能" and i > 0 and _te(toks[i - 1])
                                                  and _is(t, "なさる"))
        # 楽しみにしておられます: おる raised by れる
        oraru = _is(t, "おる", "居る") and t.surface.startswith("おら") and i + 1 < n and _is_reru(toks[i + 1])
        # 係員が確認してくださいます / 担当者がご案内くださいます: くださる said of our own staff's act
        # (a statement: not ください / くださいませ, a request to the reader)
        kudasaru = _is(t, "くださる", "下さる") and (t.surface.startswith(("くださっ", "下さっ", "くださり", "下さり"))
                                                  or t.surface in ("くださる", "下さる")
                                                  or i + 1 < n and toks[i + 1].norm == "ます" and toks[i + 1].surface != "ませ")
        own_hon = own_hon or oraru or kudasaru
        if not own_hon and _is(t, "なる", "成る") and i >= 2 and toks[i - 1].surface == "に" \
                and (p := _prefixed(toks, i - 2)) is not None \
                and _text(toks, p, i - 1)[1:] not in _NOT_HONORIFIC_NI_NARU:
            own_hon = True  # お見えになる, ご覧になる, お越しになる
        # (asked of the reader, the act is theirs whoever the sentence spoke of before:
        # 私もお願いしましたので、どうかお気になさらないでください)
        if own_hon and (_own_acts(doc, toks, i) or _ours_given_sama(doc, toks, i)) and not _asked_of_reader(toks, i):
            start = i
            if _is(t, "なる", "成る"):
                start = _prefixed(toks, i - 2)
            elif _is(t, "なさる", "為さる") and i >= 2 and toks[i - 1].pos[2] == "サ変可能" \
                    and toks[i - 2].surface in _PREFIX:
                start = i - 2  # ご説明なさいます -> ご説明いたします
            e = _chain_end(toks, i + 2 if oraru else i + 1)
            sugg = _OWN_HUMBLE.get(t.lemma) or _OWN_HUMBLE.get(t.norm)
            if oraru:
                sugg = "おります"
            elif kudasaru:
                # (in its tense: くださいました -> いたしました, くださった -> いたしました)
                humble = "いたし" + _text(toks, i + 1, e) if i + 1 < e and toks[i + 1].norm == "ます" \
                    else "いたしました" if i + 1 < e and toks[i + 1].surface == "た" else "いたします"
                sugg = humble
                if i >= 3 and _te(toks[i - 1]) and toks[i - 2].surface == "し" and toks[i - 3].pos[2] == "サ変可能":
                    start = i - 3  # 確認してくださいます -> 確認いたします
                    sugg = toks[i - 3].surface + humble
                elif i >= 2 and toks[i - 1].pos[2] == "サ変可能" and toks[i - 2].surface in _PREFIX:
                    start = i - 2  # ご案内くださいます -> ご案内いたします
                    sugg = _text(toks, i - 2, i) + humble
            elif start < i and not _is(t, "なる", "成る"):
                sugg = _text(toks, start, i) + "いたします"
            if _is(t, "なる", "成る"):
                # (お決めになる -> お決めいたします: the humble form of the same verb; else the
                # humble words to choose from, said once: 謙譲語「参ります・伺います など」)
                stem = _text(toks, start, i - 1)
                sugg = _OWN_HUMBLE.get(stem.lstrip("おご御")) or (
                    stem + "いたします" if stem[:1] in ("お", "ご") and len(stem) >= 2 else "参ります・伺います など")
            word = _text(toks, start, e)
            yield _hit(toks, start, e, suggestion=sugg,
                       message=f"「{word}」は尊敬語です。自分の側（弊社・担当者）の動作には謙譲語"
                               f"「{sugg}」を使います。")


_OUR_PEOPLE_WORDS = parties.COMPANY + ("私ども", "わたくしども", "私共")


# (joined once: _our_person_acting reads them for each verb it is asked about)
_AGENT_ENDS = parties.STAFF + parties.TITLES + parties.CUSTOMER_WORDS + parties.HONORIFIC_SUFFIX + ("さん", "の方", "者")
_NOT_OURS_WORDS = parties.CUSTOMER_WORDS + parties.HONORIFIC_SUFFIX + ("さん",)
_TITLE_SET = frozenset(_TITLES)
# (whether a noun phrase holds one of these words: one search, where a loop over the words asked
# `in` once per word)
_NOT_OURS_IN = lazy(trie_pattern(_NOT_OURS_WORDS))
_THIRD_PARTY_IN = lazy(trie_pattern(parties.THIRD_PARTIES))
_OUR_PEOPLE_IN = lazy(trie_pattern(_OUR_PEOPLE_WORDS))


def _our_person_acting(doc: Document, toks: list[Token], i: int) -> str | None:
    """The noun phrase before toks[i] marked by が / は / も, in toks[i]'s own clause, when it
    names one of ours as such: with our company's word (弊社の小野, 当店スタッフ), a role of our staff
    (担当者, 係の者) not said of another's, or a name our signature or self-introduction gives; a
    title alone (部長が) is the reader's or a third party's as often. None when no such phrase
    stands there, or when a passive's agent (に, によって, から) stands between it and the verb."""
    for k in range(i - 1, max(0, i - 16), -1):
        t = toks[k]
        if t.pos[0] in ("動詞", "助動詞", "形容詞") or t.surface in ("、", ",", "。"):
            return None
        if t.pos[0] == "助詞" and t.surface in ("に", "から", "より") and k > 0 \
                and (toks[k - 1].pos[2] == "人名" or _text(toks, max(0, k - 3), k).endswith(_AGENT_ENDS)):
            return None  # (a passive's agent: 上司に, お客様から)
        if not (t.pos[0] == "助詞" and t.surface in ("が", "は", "も")):
            continue
        j = k
        while j > 0 and k - j < 8 and (toks[j - 1].pos[0] in ("名詞", "接尾辞", "代名詞")
                                       or toks[j - 1].surface == "の" and j > 1 and toks[j - 2].pos[0] in ("名詞", "接尾辞", "代名詞")):
            j -= 1
        np = _text(toks, j, k)
        if not np or _NOT_OURS_IN.search(np) \
                or parties.THIRD_PARTY_BEFORE.search(np + "の") or _THIRD_PARTY_IN.search(np):
            return None
        # (the phrase's head a person or our house: 弊社の小野, 当店の店長, 弊社の担当者, 弊社; not
        # our thing, 弊社のシステムが更新されました)
        head = np.rsplit("の", 1)[-1]
        person = toks[k - 1].pos[2] == "人名" or toks[k - 1].pos[1] == "固有名詞" \
            or toks[k - 1].surface in _TITLE_SET and k >= 2 and (toks[k - 2].pos[2] == "人名" or toks[k - 2].pos[1] == "固有名詞")
        # (our company itself only with what it acts on, を: 弊社がシステムを開発された; a company is
        # what is chosen or named as often, 弊社が選定されました)
        if head in parties.COMPANY:
            return np if any(x.surface == "を" and x.pos[0] == "助詞" for x in toks[k + 1:i]) else None
        if _OUR_PEOPLE_IN.search(np) and (head in _OUR_PEOPLE_WORDS or np.endswith(parties.STAFF)
                                                          or head.endswith(tuple(_TITLES)) or person):
            return np
        if np.endswith(parties.STAFF) and np.startswith(parties.STAFF):
            return np
        # (a person's name, 山田 or 山田部長, that our signature or self-introduction gives; not a
        # thing that a word of our name holds: ポート in サポート)
        name_at = k - 1 if toks[k - 1].surface not in _TITLE_SET else k - 2
        if name_at < j or not (toks[name_at].pos[2] == "人名" or toks[name_at].pos[1] == "固有名詞"):
            return None
        name = _text(toks, j, name_at + 1)
        return np if len(name) >= 2 and doc.parties.is_ours(name) else None
    return None


def _ours_given_sama(doc: Document, toks: list[Token], i: int) -> bool:
    """弊社の部長の石原様が、…ご説明なさる: the one who acts named by our house's word and given
    様 (which _colleague_titles finds): one of ours, whom the 様 makes the reader's to Parties."""
    if doc.parties.subject(toks, i) != parties.CUSTOMER:
        return False
    for k in range(i - 1, max(0, i - 40), -1):
        t = toks[k]
        if t.surface in ("。", "!", "?"):
            return False
        # (the nearest one given 様: 本日は is no one)
        if t.pos[0] == "助詞" and t.surface in ("が", "は", "も") and k >= 1 and toks[k - 1].surface.endswith(("様", "さま")):
            np = _text(toks, max(0, k - 8), k)
            return any(w + "の" in np for w in _OUR_PEOPLE_WORDS) \
                and not any(w in np for w in parties.THIRD_PARTIES + parties.CUSTOMER_COMPANY)
    return False


def _own_acts(doc: Document, toks: list[Token], i: int) -> bool:
    """One of ours does toks[i]: the sentence's subject is ours, or, with no subject, the one of
    ours the sentence says we asked (講師のEmmaに確認したところ、…とおっしゃっていました)."""
    # (what was said, quoted before おっしゃる: the speaker is the sentence's topic, in front of the
    # quote, not a word of the quote: 店長も「…」とおっしゃっていました / 藤原部長も、貴社の皆様から…
    # よかったとおっしゃっておりました)
    if i >= 1 and toks[i - 1].surface == "と" and _is(toks[i], "おっしゃる", "仰る"):
        speaker = _speaker_in_front(doc, toks, i)
        if speaker is not None:
            return speaker == "own"
    # (a verb that qualifies the noun after it, お休みになる時 / お飲みになること: its subject is its
    # own clause's, not the main clause's 職員が; round 36)
    # (its clause runs back to the predicate before it, past any comma: 担当の山田が、明日お越しになる
    # 時間は is still ours)
    # (any noun it qualifies, ご乗車になる列車 / お使いになる部屋, but the nouns that carry the main
    # clause's own predicate on, お越しになる予定です / お伺いになるため: round 37)
    e = _chain_end(toks, i + 1)
    if e < len(toks) and toks[e].pos[0] == "名詞" and toks[e].surface not in _PREDICATE_NOUNS \
            and not any(x.norm == "ます" for x in toks[i + 1:e]):
        k = _clause_start(toks, i)
        return doc.parties.subject(toks[k:], i - k) == "own"
    side = doc.parties.subject(toks, i)
    return side == "own" or side is None and _asked_one(doc, toks, i) == "own"


def _clause_start(toks: list[Token], i: int) -> int:
    """Index after the last predicate before the honorific verb at toks[i] (お|休み|に|なる: its own
    お, noun and に are not one), within _SUBJECT_CLAUSE_REACH words: where its clause starts."""
    head = _prefixed(toks, i - 2) if i >= 2 and toks[i - 1].surface == "に" else None
    k = (head if head is not None else i) - 1
    stop = max(0, i - _SUBJECT_CLAUSE_REACH)
    # (an honorific helper after a verb's て, 見つけて|くださった / 待って|いらっしゃる: that verb is
    # its own, not the predicate before its clause)
    if k >= 1 and toks[k].surface in ("て", "で") and toks[k].pos[0] == "助詞":
        k -= 1
        while k >= stop and toks[k].pos[0] in ("動詞", "助動詞"):
            k -= 1
    while k >= stop:
        if toks[k].pos[0] in ("動詞", "助動詞", "形容詞"):
            return k + 1
        k -= 1
    return stop


_SUBJECT_CLAUSE_REACH = 30  # words back: a bound, for linear time
# The nouns after a verb that go on with the sentence's own predicate, not a clause of its own: its
# plan, aim, expectation or manner (担当者が、明日お越しになる予定です / お伺いになるため)
_PREDICATE_NOUNS = frozenset(("予定", "見込み", "見通し", "はず", "筈", "つもり", "積もり", "ため", "為", "よう", "様",
                              "ところ", "所", "模様", "次第", "わけ", "訳", "ん", "もの", "物", "とおり", "通り", "そう", "みたい"))


_SPEAKER_REACH = 12  # words from the sentence's start where its topic is read: a bound, for linear time


def _speaker_in_front(doc: Document, toks: list[Token], i: int) -> str | None:
    """The side of the one who said what toks[i] (おっしゃる after と) quotes: the noun phrase that
    opens the sentence marked by は, も or が, before the first comma or quote; or None when it
    names none. Read in the sentence's own words, not the run toks belongs to: the quote before
    と is cut out of the runs (店長も「…」と), and the topic with it."""
    s = doc.sentence_at(toks[i].nstart)
    words = doc.sentence_tokens(s) if s is not None else toks
    for k in range(min(len(words), _SPEAKER_REACH)):
        t = words[k]
        if t.surface in ("、", ",", "「", "『", "。") or t.nstart >= toks[i].nstart:
            break
        if t.pos[0] == "助詞" and t.surface in ("は", "も", "が") and k >= 1:
            j = k
            while j > 0 and k - j < 6 and (words[j - 1].pos[0] in ("名詞", "接尾辞", "接頭辞")
                                            or words[j - 1].surface == "の" and j > 1 and words[j - 2].pos[0] == "名詞"):
                j -= 1
            return doc.parties.side_of(words, j, k, t.surface) if j < k else None
    return None


# What we do when we ask one of ours and report the answer: 〜に確認した/伝えた/聞いたところ
_ASKED_NOUNS = frozenset(("確認", "相談", "連絡", "問い合わせ", "問合せ", "照会", "報告"))
_ASKED_VERBS = frozenset(("伝える", "聞く", "訊く", "尋ねる", "問い合わせる", "話す", "申し伝える"))
_ASKED_REACH = 40  # words back from the predicate: a bound, so that a sentence costs linear time


def _asked_one(doc: Document, toks: list[Token], i: int) -> str | None:
    """The side of X in 「Xに確認したところ、」 or 「Xに確認しましたが、」 before toks[i] (the one asked
    answers in the main clause), or None when the sentence asks no one so."""
    for k in range(i - 1, max(2, i - _ASKED_REACH), -1):
        if toks[k].surface in ("。", "!", "?"):
            return None
        # (…たところ、 or …たが、: 上司の佐藤さんにも確認しましたが、…とおっしゃっていました; round 36)
        if toks[k].surface not in ("ところ", "が") or toks[k - 1].surface != "た" \
                or toks[k].surface == "が" and toks[k].pos[1] != "接続助詞":
            continue
        v = k - 2
        if toks[v].norm == "ます" and v >= 2:
            v -= 1  # (確認し|まし|た|ところ: in the ます form)
        if toks[v].surface in ("いたし", "致し") and toks[v - 1].surface in _ASKED_NOUNS:
            v -= 1  # 確認|いたし|まし|た|ところ
        elif toks[v].surface == "し" and toks[v - 1].surface in _ASKED_NOUNS:
            v -= 1  # 確認|し|た|ところ
        elif toks[v].surface == "し" and toks[v - 1].lemma in _ASKED_VERBS:
            v -= 1  # お|伝え|し|た|ところ
        elif toks[v].lemma not in _ASKED_VERBS:
            return None
        if v >= 1 and toks[v - 1].surface in _PREFIX:
            v -= 1
        if v >= 3 and toks[v - 1].surface == "も" and toks[v - 2].surface == "に":
            v -= 1  # (木下さんにも確認したところ: asked too)
        if v < 2 or toks[v - 1].surface != "に":
            return None
        j = v - 1
        while j > 0 and v - 1 - j < 6 and (toks[j - 1].pos[0] in ("名詞", "接尾辞", "接頭辞")
                                            or toks[j - 1].surface == "の" and j > 1 and toks[j - 2].pos[0] == "名詞"):
            j -= 1
        return doc.parties.side_of(toks, j, v - 1, "に")
    return None


# The verbs that ask the reader to act, after て (ください, いただけますか)
_ASKING = ("くださる", "下さる", "いただく", "頂く", "いただける", "頂ける")


def _request_end(toks: list[Token], k: int) -> int:
    """Index after the request that starts at toks[k] (one of _ASKING): its auxiliaries, and the
    ませ of くださいませ."""
    e = _chain_end(toks, k + 1)
    if toks[k].surface in ("ください", "下さい") and e < len(toks) and toks[e].surface == "ませ":
        e += 1
    return e


# What follows a wish that is the condition of an offer: 〜たい場合は, 〜たい方は, 〜たいときは
_WISH_AS_CONDITION = ("場合", "方", "際", "とき", "時", "なら", "ようでしたら", "ようでございましたら", "のであれば",
                      "のでしたら", "ことがあれば", "ことがございましたら")


def _their_wish_after(toks: list[Token], j: int) -> bool:
    """What follows 〜いたしたい at toks[j] makes it the reader's wish: a condition of theirs (場合は, 方は,
    際は) or a thing asked about in a question that ends the sentence (商品はございますか)."""
    if j < len(toks) and toks[j].surface in _WISH_AS_CONDITION:
        return True
    rest = toks[j:j + 8]  # (a noun, its particle and the question: a bound, linear)
    return bool(rest) and rest[0].pos[0] == "名詞" and any(
        x.surface == "か" and x.pos[1] == "終助詞" for x in rest) and not any(x.surface in ("と", "存じ") for x in rest)


def _asked_of_reader(toks: list[Token], i: int) -> bool:
    """The verb at toks[i] ends in a request (なさらないでください, おっしゃってください): the
    reader is asked to do it; so is one we would have them do (召し上がっていただきたい), one
    they are asked how or which they will do (いかがなさいますか), and one they wish to do
    (お聞きになりたい場合は)."""
    if i + 2 < len(toks) and toks[i + 1].surface in ("て", "で") and toks[i + 2].lemma in ("いただく", "頂く", "戴く"):
        return True
    # (or asked what they will do: いかがなさいますか / どちらになさいますか, whatever we offered before it)
    if any(x.surface in _WHICH for x in toks[max(0, i - 3):i]) and any(x.surface == "か" for x in toks[i + 1:i + 5]):
        return True
    for k, t in enumerate(toks[i + 1:i + 6], i + 1):
        if t.surface in ("ください", "下さい"):
            return True
        # (or wished for, as the condition of our offer: お聞きになりたい場合は / ご覧になりたい方は, the
        # reader's wish whoever the sentence named before the comma; not one reported, 弊社の山本が
        # お会いになりたいと申しております)
        if t.lemma == "たい" and t.pos[0] == "助動詞":
            rest = "".join(x.surface for x in toks[k + 1:k + 4])
            return rest.startswith(_WISH_AS_CONDITION)
        # (or asked in a letter's words: お送りにならないようお願いいたします / お越しになるようお願い申し上げます)
        if t.surface in ("よう", "様") and t.pos[1] == "助動詞語幹":
            rest = "".join(x.surface for x in toks[k + 1:k + 4])
            return rest.startswith(("お願い", "願い", "に、お願い", "にお願い", "、お願い"))
        if t.pos[0] not in ("助動詞", "助詞"):
            return False
    return False


def _humble_form(verb: Token, after: list[Token]) -> str:
    """A godan humble verb (申す, 参る, 伺う) in the form `after` asks for, without れる."""
    stem = masu_stem(verb) or verb.lemma
    if after and after[0].norm == "ます":
        return stem + _surfaces(after)
    if after and after[0].surface in ("て", "た"):
        te = stem if verb.lemma.endswith("す") else verb.lemma[:-1] + "っ"  # 申し|て, 参っ|て, 伺っ|て
        return te + _surfaces(after)
    return verb.lemma


_WHICH = frozenset(("どれ", "どちら", "どっち", "何", "なに", "いかが", "どう", "どの", "いつ"))
_OWN_HUMBLE = {"いらっしゃる": "参ります・おります", "おっしゃる": "申します・申し上げます", "仰る": "申します・申し上げます",
               "なさる": "いたします", "為さる": "いたします", "召し上がる": "いただきます", "召しあがる": "いただきます",
               "見え": "参ります", "いで": "参ります・おります", "出で": "参ります・おります", "覧": "拝見します", "越し": "伺います・参ります", "帰り": "戻ります"}


class _Lemma:
    """A stand-in verb token for building a rewrite from a lemma."""

    def __init__(self, lemma: str) -> None:
        self.lemma = lemma
        self.norm = lemma
        self.ctype = "五段-ラ行"


_NARU, _OSSHARU, _IRASSHARU, _NASARU = _Lemma("なる"), _Lemma("おっしゃる"), _Lemma("いらっしゃる"), _Lemma("なさる")


# A professional the customer goes to, not one of ours: named as theirs (かかりつけの薬剤師さん,
# 地元の整備士さん), or side by side with one we honour (お医者様か薬剤師さん, 薬剤師さんや主治医の
# 先生): a clinic's reply speaks of its own staff neither way. (Not お近くの, ほかの: お近くの
# スタッフさん is a venue's own staff as often.)
# (or listed after a clinic's department or after かかりつけの…: かかりつけの小児科や保健師さん)
_THEIR_PRO_BEFORE = lazy(r"(?:かかりつけ|掛かりつけ|行きつけ|地元|お住まい[^。、]{0,6})の\s*$"
                         r"|(?:(?<!客)様|(?<!客)さま|先生|[一-龥]{1,4}科|(?:かかりつけ|掛かりつけ)の[^。、]{1,10})"
                         r"\s*(?:か|や|と|または|もしくは|、)\s*$")
_THEIR_PRO_AFTER = lazy(r"\s*(?:か|や|と|または|もしくは|、)\s*[^。、]{0,8}?(?:(?<!客)様|(?<!客)さま|先生)")


# A katakana word that ends in a katakana title's word: a job's name (ケアマネジャー), not a post
_JOB_IN_KATAKANA = lazy("[ァ-ヺー](?:" + "|".join(t for t in parties.TITLES if "ァ" <= t[0] <= "ヺ") + ")$")
# The people of a company as a whole, named with 様 to a business reader: theirs
_THEIR_PEOPLE = frozenset(("社員", "職員", "従業員"))


def _our_staff_honoured(doc: Document, toks: list[Token], i: int) -> Hit | None:
    """サポート担当者様から / 係員さんが: our staff, named by role, with 様 or さん (not ご担当者様,
    貴社のご担当者様: theirs)."""
    j = i
    while j > 0 and i - j < 4 and toks[j - 1].pos[0] in ("名詞", "接尾辞") and toks[j - 1].surface not in ("ご", "お"):
        j -= 1
    role = _text(toks, j, i)
    if _JOB_IN_KATAKANA.search(role):
        return None  # (ケアマネジャーさん: a job whose name ends in a title's word, often someone else's)
    # (a title, with our house's word before it: 弊社の店長様, 当店店長さん; 店長様 alone is the
    # reader's as often, in a reply to a shop)
    before = _text(toks, max(0, j - 3), j)
    housed = role.endswith(_TITLES) and (role.startswith(_OUR_HOUSE_WORDS) or before.endswith(_OUR_HOUSE_OF)
                                         # (a shop of ours by its branch's name, to a consumer, whose
                                         # shops are none of our reply's business: 桜台店の店長さんに確認いたしました)
                                         or doc.reader == "consumer" and before.endswith("店の") and role in ("店長", "副店長"))
    if not role.endswith(parties.STAFF) and not housed:  # (the cheap test first: most names with さん or 様 are not roles)
        return None
    if j > 0 and (toks[j - 1].surface in _PREFIX or _text(toks, max(0, j - 4), j).endswith(("貴社の", "御社の", "様の"))
                  or parties.THIRD_PARTY_BEFORE.search(_text(toks, max(0, j - 8), j))):
        return None  # theirs, or a third party's (先方の担当者様)
    if j > 0 and _THEIR_PRO_BEFORE.search(_text(toks, max(0, j - 8), j)) \
            or i + 1 < len(toks) and _THEIR_PRO_AFTER.match(doc.norm, toks[i + 1].nstart, toks[min(len(toks), i + 8) - 1].nend):
        return None  # the customer's own (かかりつけの薬剤師さん, お医者様か薬剤師さん)
    if not housed and doc.parties.side_of(toks, j, i + 1) != parties.OWN:
        return None
    if role in _THEIR_PEOPLE and toks[i].surface in ("様", "さま") and doc.reader != "consumer" \
            and not before.endswith(_OUR_HOUSE_OF):
        return None  # (a company's employees, to that company: 社員様のご予約方法; ours would be 弊社の社員)
    return _hit(toks, j, i + 1, suggestion=role,
                message=f"お客様への返信で、自分の側の「{role}」に敬称「{toks[i].surface}」を付けています。"
                        f"「{role}」と書きます。")


# A report to us told plainly, as one of ours gives it (連絡がありました, 報告を受けました; not
# ご連絡をいただきました, which is how one receives from the customer's side)
_PLAIN_REPORT = lazy(r"[^。]{0,30}?(?<![ごお御])(連絡|報告)(が|を)\s*(あり|ありました|あった|入り|受け)")
_OUR_ROLE_OF = lazy("(?:" + "|".join(sorted(parties.STAFF, key=len, reverse=True)) + r")の\s*$")


def _reported_to_us(doc: Document, s: Sentence, toks: list[Token], name_k: int, i: int) -> bool:
    """トレーナーの田中様より、…との連絡がありました: one of our staff by role, given 様, whose report
    to us the sentence tells plainly."""
    return toks[i].surface in ("様", "さま") and i + 1 < len(toks) and toks[i + 1].surface in ("より", "から") \
        and bool(_OUR_ROLE_OF.search(doc.norm, max(s.nstart, toks[name_k].nstart - 12), toks[name_k].nstart)) \
        and bool(_PLAIN_REPORT.match(doc.norm, toks[i + 1].nend, s.nend))


def _noun_run_before(toks: list[Token], k: int) -> int:
    """The start of the nouns (up to three words) that end at toks[k - 1]."""
    j = k
    while j > 0 and k - j < 3 and toks[j - 1].pos[0] in ("名詞", "接尾辞", "接頭辞", "代名詞"):
        j -= 1
    return j


def _named_as_ours(doc: Document, toks: list[Token], name_k: int) -> bool:
    """センター長の山田様 / 弊社の部長の山田様 / 私どもの山田さん: a person the sentence names
    by our house or by the head of a unit of ours, not the customer's nor a third party's (A社の
    センター長の山田様: whose, the の before it says)."""
    if name_k < 2 or toks[name_k - 1].surface != "の":
        return False
    j = _noun_run_before(toks, name_k - 1)
    word = _text(toks, j, name_k - 1)
    if word in _OUR_HOUSE or word in _HOUSE_TITLES and doc.reader == "consumer":
        return True  # (料理長の田中様: a title only a house has, in a reply to a guest)
    # (弊社開発部長の高田様: our house's word joined to the title, no の between)
    k = j
    while k > 0 and j - k < 2 and toks[k - 1].pos[0] in ("名詞", "接尾辞", "接頭辞", "代名詞"):
        k -= 1
    if any(toks[x].surface in _OUR_HOUSE for x in range(k, j + 1)) and word.endswith(tuple(_TITLES)):
        return True
    if j >= 2 and toks[j - 1].surface == "の" and word.endswith(tuple(_TITLES)) \
            and _text(toks, _noun_run_before(toks, j - 1), j - 1) in _OUR_HOUSE:
        return True  # (弊社の部長の石原様: our house, then a title of its, each with の)
    unit = _UNIT_HEADS.get(word) or (word[:-1] if word.endswith("長") and len(word) > 3 else None)
    if not unit:
        return False
    if j >= 2 and toks[j - 1].surface == "の":
        return _text(toks, _noun_run_before(toks, j - 1), j - 1) in _OUR_HOUSE  # 弊社の部長の
    if j > 0 and toks[j - 1].pos[0] in ("名詞", "接尾辞", "接頭辞"):
        return False
    return doc.named_with(unit) and unit not in doc.parties.addressee


# Our staff by role, raised with の方 and acting humbly after it: 担当者の方から改めてご連絡差し上げます /
# 係の方がお伺いいたします (the humble verb says the person is ours: the customer's staff do nothing
# humbly in our reply). Not theirs or a third party's: ご担当者の方, 先方の担当者の方から連絡があり.
# (the humble verb in the same clause, no comma between: not ご契約中のトレーナーの方から指導を受けたいと
# のご相談について、お答えいたします, where the humble verb is ours, of another clause)
_STAFF_AS_KATA = lazy("(?<![ご御お])(?:" + "|".join(sorted(parties.STAFF, key=len, reverse=True)) + r")の方(?=(?:から|が|より)"
                      r"[^。、,]{0,24}?" + _HUMBLE_NEAR.pattern + ")")


def _staff_as_kata(doc: Document):
    norm = doc.norm
    for s in doc.linted_sentences(*_WRITTEN):
        for m in _STAFF_AS_KATA.finditer(norm, s.nstart, s.nend):
            before = norm[max(s.nstart, m.start() - 8):m.start()]
            if parties.THIRD_PARTY_BEFORE.search(before) or before.endswith(("貴社の", "御社の", "様の", "さまの")):
                continue
            role = m.group()[:-2]
            yield Hit(*doc.original_span(m.start(), m.end()),
                      f"お客様への返信で、自分の側の「{role}」を「の方」で高めています。「{role}」（または「{role}の者」）と書きます。",
                      f"{role}の者")


def _refused(toks: list[Token], i: int) -> bool:
    """The できる at toks[i] is denied: できません / できない / できかねます."""
    t = toks[i]
    if t.surface.startswith(("できかね", "出来かね")):
        return True
    return i + 1 < len(toks) and (toks[i + 1].surface in ("ない", "ず", "ぬ") or toks[i + 1].surface == "ませ"
                                  and i + 2 < len(toks) and toks[i + 2].surface == "ん")


# A reply on something the customer sends back to us (a return, a device for repair)
_SENT_TO_US = lazy(r"返品|返送|返却|送り返|ご送付|お送りいただ|発送いただ|ご返送|お戻しいただ")


def _in_handle(norm: str, at: int) -> bool:
    """The word at `at` is part of an @handle (@miyu_hana): an @ in the run of non-space characters
    that reaches it, looked for at most 30 characters back."""
    k = at - 1
    while k >= 0 and at - k <= 30 and not norm[k].isspace():
        if norm[k] == "@":
            return True
        k -= 1
    return False


def _colleague_titles(doc: Document, s: Sentence, toks: list[Token]):
    """担当の山田さん / 弊社の田中部長 / 山田さんからご連絡いたします: a colleague named with honour."""
    n = len(toks)
    for i, t in enumerate(toks):
        # the title: one word, or two the tokenizer split (課|長)
        ts = i - 1 if t.surface == "長" and i >= 2 and toks[i - 1].surface + "長" in _TITLES else i
        title = _text(toks, ts, i + 1) if ts < i or t.surface in _TITLES else None
        if t.surface not in _NAME_SUFFIX and title is None:
            continue
        if ts == 0:
            continue
        # (a note to a colleague, ※西村さんへ：…, is template/agent-note's: not a word to the customer)
        if i + 2 < n and toks[i + 1].surface == "へ" and toks[i + 2].surface in (":", "：", "、"):
            continue
        # The name: a person name, or a noun right after an own-side prefix (担当の|山田).
        k = ts - 1
        if toks[k].surface in _TITLES and t.surface in _NAME_SUFFIX:
            if k >= 1 and _JOB_IN_KATAKANA.search(toks[k - 1].surface[-1:] + toks[k].surface) \
                    and toks[k - 1].nend == toks[k].nstart:
                continue  # (ケア|マネジャー|さん: a job's name, not a name with its post)
            k -= 1  # 田中部長様
        name_k = k
        if t.surface in ("様", "さま", "さん") and ts >= 1 and toks[ts - 1].pos[0] in ("名詞", "接尾辞"):
            staff = _our_staff_honoured(doc, toks, i)
            if staff is not None:
                yield staff
                continue
        # (皆様 is the readers, whoever is named before it: ご関係の皆様; a job's katakana name, one word
        # for Sudachi, ケアマネジャーさん, is no person's name)
        if name_k < 0 or toks[name_k].pos[0] not in ("名詞",) or "客" in toks[name_k].surface \
                or _JOB_IN_KATAKANA.search(toks[name_k].surface) \
                or toks[name_k].surface in ("皆", "みな", "みんな"):
            continue
        if toks[name_k].pos[1] == "固有名詞" and name_k > 0 and toks[name_k - 1].pos[2] == "人名":
            name_k -= 1  # 山田|太郎
        # (a word of an @handle, @miyu_hana さん, is the reader's name on the platform: round 37)
        if _in_handle(doc.norm, toks[name_k].nstart):
            continue
        before = _text(toks, max(0, name_k - 3), name_k)
        own_prefix = bool(before) and bool(parties.OWN_PREFIX.search(before)) and "様" not in before \
            and "お客" not in before and not before.endswith(("ご", "お")) \
            and not before.rstrip("の 　").endswith(("ご担当", "ご担当者"))  # (their side's: 東京事務所 ご担当 宇野様)
        if own_prefix and before.rstrip("の ").endswith(parties.UNITS) \
                and not any(w in before for w in parties.COMPANY) and before.strip() not in doc.own_names \
                and not (i + 1 < n and toks[i + 1].surface in ("が", "から", "より", "は", "も")
                         and _HUMBLE_NEAR.search(doc.norm, toks[i].nend, s.nend)):
            # 営業部 石田様, 情報システム部の川村様: a department of theirs as likely as ours (their
            # staff in a payroll list; a consumer's reply names no department of the reader's
            # unless the reader is a company's); ours when our name or our signature says so, or
            # when the sentence speaks of them humbly, named as who acts (開発部の斉藤様が…改善すると
            # 申しております; not what is theirs, 業務部 坂口様のアカウントへの…につきまして、…ご報告申し
            # 上げます, nor a name in brackets, ご利用者（経理部 新井様）の追加につきまして、…お送りいたします)
            own_prefix = False
        # (a name the dictionary also reads as a place, 石原 or 大野, is a person's after a title
        # or our house and の: 部長の石原様, 弊社部長の石原様, 私どもの石原様)
        of = _text(toks, _noun_run_before(toks, name_k - 1), name_k - 1) \
            if name_k >= 2 and toks[name_k - 1].surface == "の" else ""
        if not own_prefix and t.surface in ("様", "さま", "さん") and (
                toks[name_k].pos[2] == "人名" or toks[name_k].pos[1] == "固有名詞"
                and (of.endswith(tuple(_TITLES)) or of in _OUR_HOUSE)):
            own_prefix = _named_as_ours(doc, toks, name_k)
        # 店長の石原様が対応いたします / 部長の石原様から折り返しご連絡いたします: a title and the
        # name, given 様, then what that person does said humbly: one of ours (the customer's
        # manager does nothing humbly in our reply; from them we receive: _RECEIVED_FROM below)
        if not own_prefix and t.surface in ("様", "さま") and of.endswith(tuple(_TITLES)) \
                and (toks[name_k].pos[2] == "人名" or toks[name_k].pos[1] == "固有名詞") \
                and not any(w in _text(toks, max(0, name_k - 6), name_k) for w in _THEIR_HOUSE_WORDS + ("様", "さま")) \
                and i + 1 < n and toks[i + 1].surface in ("が", "から", "より", "も") \
                and _HUMBLE_NEAR.search(doc.norm, toks[i + 1].nend, s.nend):
            own_prefix = True
        # (先方の担当の石原様, 取引先の担当の石原様: a third party's, honoured as others are)
        if own_prefix and parties.THIRD_PARTY_BEFORE.search(_text(toks, max(0, name_k - 8), name_k)):
            own_prefix = False
        if own_prefix and t.surface in ("様", "さま") and i + 1 < n and (
                toks[i + 1].surface in ("から", "より") and _RECEIVED_FROM.search(doc.norm, toks[i + 1].nend, s.nend)
                or toks[i + 1].surface == "に" and _RECEIVED.search(doc.norm, toks[i + 1].nend, min(s.nend, toks[i + 1].nend + 10))):
            continue  # 採用担当の高田様からご連絡をいただきました / 総務部の佐々木様にご確認をいただき:
            # we received it from them, humbly; not our staff
        # a person's name, or a proper noun given as one of ours (弊社の|岡部|課長)
        person = toks[name_k].pos[2] == "人名" or (toks[name_k].pos[1] == "固有名詞" and own_prefix)
        is_title = title is not None
        if is_title and not person:
            continue
        if not own_prefix:
            # 山田さんからご連絡いたします / 山田さんが担当いたします / 中村さんも同席いたします: a
            # colleague by what he does
            # (not 陽菜さんにお詫びいたします: to whom we do it); or a name our signature or
            # self-introduction gives (教室長の松田でございます … 松田さん).
            # (not ちゃん: a child's or a pet's name, 昨日、ゆいちゃんがお友だちとの間で…)
            if not (person and t.surface in ("さん", "くん", "君") and i + 1 < n
                    and (toks[i + 1].surface in ("が", "から", "より", "は", "も")
                         and _humble_of(doc, toks, i + 1, s)
                         or doc.parties.is_ours(_text(toks, name_k, i)))) \
                    and not (person and _reported_to_us(doc, s, toks, name_k, i)):
                continue
        e = i + 1
        if is_title and e < n and toks[e].surface in _NAME_SUFFIX:
            e += 1
        name = _text(toks, name_k, i - (1 if toks[i - 1].surface in _TITLES and not is_title else 0))
        found = _text(toks, name_k, e)
        if is_title:
            sugg = f"{title}の{_text(toks, name_k, ts)}"
        else:
            title = toks[i - 1].surface if toks[i - 1].surface in _TITLES else None
            sugg = f"{title}の{_text(toks, name_k, i - 1)}" if title else name
        yield _hit(toks, name_k, e, suggestion=sugg, fix=sugg,
                   message=f"お客様への返信で、自分の側の「{found}」に敬称を付けています。「{sugg}」と書きます。")


# A condition, closed before the main verb (〜ようでしたら / 〜場合は / 〜たら、): its subject is
# not the main verb's
_ON_THEIR_CONDITION = lazy(r"よう(?:でしたら|なら|であれば)|場合(?:に)?は|(?:とき|時|際)(?:に)?は|(?:たら|れば|なら)[、,]")
# A clause of purpose, closed before the main verb (〜できるよう、/ 〜ように、/ 〜ために、)
# (not ため、: a reason may be the colleague's own doing, 小島さんが本日お休みのため、私が…いたします)
_FOR_THEM_TO = lazy(r"(?:よう|ように)[、,]")
# One of ours named as the one who acts (担当講師から / 私どもが / 当社より)
# (not 私が: the writer taking over from a colleague named before, 小島さんが…ため、私が代わりに担当
# いたします, still names that colleague as one of ours)
_OTHER_AGENT = lazy(trie_pattern(parties.STAFF + parties.COMPANY) + r"(?:から|より|が|で)(?:も|は)?[、,]?")


def _humble_of(doc: Document, toks: list[Token], k: int, s) -> bool:
    """A humble verb follows toks[k] (the particle after a name) in sentence `s`, and is that
    person's: not the main verb past a clause the name is the subject of, which a noun closes
    (悠真さんがこれまで取り組んできた単元を…引き継いでおります: the unit is what 悠真さん worked on;
    the handing over is ours)."""
    m = _HUMBLE_NEAR.search(doc.norm, toks[k].nend, s.nend)
    if m is None:
        return False
    if _OTHER_AGENT.search(doc.norm, toks[k].nend, m.start()) or _FOR_THEM_TO.search(doc.norm, toks[k].nend, m.start()) \
            or _ON_THEIR_CONDITION.search(doc.norm, toks[k].nend, m.start()):
        return False  # another of ours does it, named between (英輔さんは…時期ですので、担当講師からも
        # 個別にフォローいたします: the student is spoken of, the teacher acts); or the name is the
        # subject of what we do it for (翼さんが落ち着いて力を発揮できるよう、…サポートいたします),
        # or of the condition we act on (美咲さんが嫌がるようでしたら無理にはいたしません)
    if toks[k].surface in ("から", "より") and m.group().startswith("伺い"):
        return False  # what we hear from them (まず千葉さんから直接お話を伺い): they are its source
    if doc.norm.endswith(("と", "って"), max(toks[k].nend, m.start() - 2), m.start()):
        return False  # what they said, heard by us (悠真くんが「…いやだ」と話していたと伺い): the name
        # is the speaker quoted, the hearing is ours (round 37)
    if toks[k].surface != "が":
        return True
    for j in range(k + 1, min(len(toks) - 1, k + 40)):  # (a bound: a sentence of many names costs linear time)
        if toks[j].nstart >= m.start():
            break
        if toks[j].pos[0] in ("動詞", "助動詞") and toks[j].cform.startswith("連体形") and toks[j + 1].pos[0] == "名詞" \
                and toks[j + 1].nstart < m.start():
            return False
    return True


# -- keigo/baito ------------------------------------------------------------------------


# (longest first; words of one length in their own order, so that the pattern is the same in
# every process and its compiled program can be shipped: two words of one length never both match)
_TITLE_WORDS = "|".join(sorted(set(_TITLES) | {"先生", "教授", "院長", "校長", "理事長", "副部長", "担当者", "ご担当者"},
                               key=lambda w: (-len(w), w)))
# (Grammars: behind a gate of their words, which most sentences with 様 lack; as plain patterns
# they were tried at every character, having no literal to scan for: 4.85 -> 0.95 ms and
# 2.15 -> 1.29 ms over the 2,000 generated replies, the same matches)
_DOUBLE_TITLE = Grammar(
    rf"(?P<title>{_TITLE_WORDS})(様|さま|殿)"
    # (お取引先様各位, お取引様各位, お得意様各位: words that hold their 様, as お客様各位 does; not
    # 会員様各位, a role given 様 on top of 各位)
    r"|(?P<kakui>(?<![客皆先引意])様各位|各位様|各位殿|殿各位)"
    r"|(?P<okyaku>お客様様|お客さま様|様様|様殿|殿様(?!商売))"
    r"|(?P<onchu>御中(\s*)様|御中\s*殿)")
@triggered_by(r"様|さま|殿|各位|御中")
def honorific_title(doc: Document, ctx: CheckContext):
    for s in ctx.sentences(doc, doc.linted_sentences()):  # text only: the sentence's words are not read
        for m, a, b in _regex(doc, s, _DOUBLE_TITLE):
            g = m.group()
            if m.group("title"):
                t = m.group("title")
                if t in ("担当者", "ご担当者"):
                    if s.kind != seg.ADDRESSEE:
                        continue
                    sugg, why = "ご担当者様", "「担当者」に「様」を付ける宛名は「ご担当者様」と書きます"
                    if t == "ご担当者":
                        continue
                else:
                    # (a role alone, called by it in the body: 理事長様のご承認, 店長様が後から確認できるよう,
                    # 管理員様と理事長様には; a way of naming the reader's side that blind writers accept,
                    # not a name with its title, 小西部長様, nor the addressee's line)
                    before = doc.norm[m.start() - 1] if m.start() > s.nstart else ""
                    if s.kind != seg.ADDRESSEE and not ("一" <= before <= "龥" or "ァ" <= before <= "ヺ" or before == "々"):
                        continue
                    # (a katakana title ending a katakana word names a job, ケアマネジャー様, not a post)
                    if "ァ" <= t[:1] <= "ヺ" and "ァ" <= before <= "ヺ":
                        continue
                    sugg, why = t, f"「{t}」は敬称を含む役職名なので「様」は重ねません"
            elif m.group("kakui"):
                sugg, why = "各位（または ○○様）", "「各位」はそれだけで敬称なので「様」「殿」と重ねません"
            elif m.group("okyaku"):
                sugg, why = g[:-1] if g.startswith("お客") else "様", "敬称が二重になっています"
            else:
                sugg, why = "御中（個人宛なら 様）", "「御中」は組織宛て、「様」は個人宛ての敬称で、併用しません"
            yield Hit(a, b, f"「{g}」は敬称の重複です。{why}。「{sugg}」と書きます。", sugg)
    # (御中 on a person or over a person's 様 on the addressee lines: greeting/addressee-honorific, an
    # addressee being part of the opening; round 37)
