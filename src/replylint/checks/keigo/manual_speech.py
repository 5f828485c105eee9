"""Manual-speak and casual words: keigo/baito, keigo/casual."""

from __future__ import annotations

from bisect import bisect_right

import re

from ... import acts, parties
from ...document import Document, _holds_any
from ...engine import CheckContext, Hit, triggered_by
from ...regexes import by_first_char, lazy, trie_pattern, trie_pattern_at_second
from ...tokenize import Token
from ... import segments as seg
from ._common import (_CASUAL_FINALS, _PLAIN, _PUNCT, _aux, _bare_final, _chain_end, _hit, _is, _is_question, _regex,
                      _own_words, _sentences_with, _text, _verb)
from .style import _classify, _polite_form, _predicate_start, _style_by_text

_YOROSHIKATTA = lazy(r"(よろし|宜し)かった(でしょうか|ですか|ですね)")
# The same past tense on the other words that confirm a choice, after its で: 14時で大丈夫でしたでしょうか
# / このご住所でお間違いなかったですか (a past event asked about has no で before it: 昨日は大丈夫でしたか)
_PAST_CONFIRM = lazy(r"(?<=で)((?:大丈夫|だいじょうぶ)(?=でした)|(?:問題な|お?間違いな|よ|良)(?=かった))(でした|かった)(でしょうか|ですか)")


def _present_confirm(m: re.Match) -> str:
    """大丈夫でしたでしょうか -> 大丈夫でしょうか; お間違いなかったですか -> お間違いないでしょうか."""
    word = m.group(1)
    return word + ("でしょうか" if m.group(2) == "でした" else "いでしょうか")


_AZUKARI = lazy(r"(\d[\d,]*|[一二三四五六七八九十百千万]+)円から(お預かり(いたし|し|致し)ます|お預かりします)")
# A name in brackets after its noun, said to be the thing: 2階のレストラン「ひだまり」になります
# (the match starts before the brackets: keigo's _regex leaves out matches that start in a citation)
_QUOTED_NARIMASU = lazy(r"(?:(こちら|これ|それ|そちら)の?|[はがの、,]\s*[^「『。、\s]{0,12})([「『][^」』\n]{1,20}[」』])"
                        # (the sentence's end, or an emoji that ends it in a post)
                        r"になります(?=[。!]?\s*$|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF])")
_QUOTED_HOU = lazy(r"([「『][^「『」』\n]{1,20}[」』])の\s*ほう(?=[へにをはで、,]|から|まで)")
_TOPIC_BEFORE = lazy(r"[はが][、,]?[^。]{0,30}$")
_KATACHI = lazy(r"という(形|かたち)(に|と)(なります|なりまして|なっております|なっておりまして|させていただきます"
               r"|させていただきまして)")
_NARUHODO = lazy(r"なるほど(ですね|です)")
# 様 on the reader's data, not on a person: お名前様 / ご住所様 (→ お名前 / ご住所)
_THING_SAMA = lazy(r"(お名前|お名まえ|ご住所|お電話番号|ご連絡先|お生年月日|ご生年月日|ご年齢|ご職業|ご勤務先)(?:様|さま)(?=[をとはがのもでにや、,。!?\s]|$)")
# 了解 with its ending (了解しました, 了解です), or alone as a reply of its own: a sentence's or a
# clause's first word before its end, a mark or an emoji (了解！, はい、了解。; never ご了解, 了解を得る,
# 了解済み, nor a quoted 「了解」)
_RYOKAI = lazy(r"(?<![ごお御])了解(いたしました|致しました|しました|いたします|致します|します|です|しております|いたしております|っす)"
               r"|(?<![^\s。！!？?、,])了解(?=[!！。、,〜~ー\s]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])")
# 了解しました -> 承知しました, keeping the ending; 了解です / 了解っす / 了解 alone -> 承知しました
_RYOKAI_ENDINGS = {"です": "しました", "っす": "しました", None: "しました"}


def _ryokai_fix(m: re.Match) -> str:
    return "承知" + _RYOKAI_ENDINGS.get(m.group(1), m.group(1))


_DEMONSTRATIVE = lazy(r"(?:^|(?:について|につき|の件|件で|ですが|ましたが)[、,]\s*)(こちら|これ|そちら|それ|あちら|以下|下記|上記|添付|次)(の[^、。]{0,25})?(が|は|[、,])")
# (and what happens by itself or in a case: 自動で0円になります / 値下がりした月はマイナスになります;
# not 2名様以上の場合の料金は: the case names the price, it sets no condition)
# (or what a step just told of does to it: その際 / その結果、…くすんだ色味になります)
_CHANGE = lazy(r"(から|より|以降|以後|(?:次回|来月|来年|翌(?:日|週|月|年|朝)?)(?!の)|改定|値上げ|値下げ|切り替|ことに|ように|ため|場合(?!の)|すると|たら|れば|なお"
               # (a case supposed: もし主語がSheなら「goes」になります)
               r"|(?<=[A-Za-z一-龥ァ-ヶー」』])なら[、,]?(?!び)"
               r"|その際|その結果|結果として"
               r"|自動で|自動的に|[しっいれ]た(月|日|年|とき|時|際|回)は)")
# ...but not a から that counts or takes away: 商品到着から8日以内 (a span), 旅行代金から取消料を
# 差し引いた18,000円 (what is left): the sentence still says what the thing is.
_NOT_A_CHANGE = lazy(r"から(?=[^、。]{0,16}?(差し引|を引い|を除い|数えて|起算|[0-9０-９]+\s*(日|か月|ヶ月|カ月|年|週間|時間|営業日)以内)"
                     # (or names the thing: 11月からの新しい時刻表 is the timetable, not a change to it)
                     r"|の)"
                     # (or a span's start, its end the noun: 受付時間は9時から17時になります says what the
                     # hours are; not 来週から10時, a change from a time on)
                     r"|(?<=[0-9０-９時分日半])から(?=[0-9０-９年月日時分:：半()（）火水木金土曜\s]{1,16}$)")


def _changes(before: str, noun: str = "") -> bool:
    """Whether the words before the noun of なります tell of a change (_CHANGE), not of a span or
    a subtraction (read up to the noun: 8日|以内)."""
    whole = before + noun
    return any(not (m.group() == "から" and _NOT_A_CHANGE.match(whole, m.start())) for m in _CHANGE.finditer(before))


def _price_by_case(before: str, noun: str) -> bool:
    """料金は、同じお部屋をご利用の場合、1泊4,400円になります: the price named as the topic, then a
    case (場合) that only picks which price the sentence states, and nothing that changes it (来月から,
    改定, すると). Without the price as the topic (2名様以上でご利用の場合は、1名様3,000円になります)
    the amount is what the case comes to, a result: left alone."""
    topic = _PAY_SUBJECT.search(before)
    if topic is None:
        return False
    whole = before + noun
    marks = [m for m in _CHANGE.finditer(before)
             if not (m.group() == "から" and _NOT_A_CHANGE.match(whole, m.start()))]
    return bool(marks) and all(m.group() == "場合" and m.start() > topic.start() for m in marks)


# Who acts in 尊敬の「ご〜になる」 (お客様がご利用になります, 田中様は明日ご来店になります)
# (and with のみ, だけ, でも, には, にも: 管理者の方のみお使いになります; 先生 is a title that honours,
# whoever's the 先生 is: 先生は明日ご出席になります)
_HONORED_ACTOR = lazy(r"(お客|様|さま|皆|方|ご自身|ご本人|ご家族|御社|貴社|先生)(が|は|も|で|のみ|だけ|でも|には|にも)[、,]?[^。]{0,30}$")
# A desk of ours, the whole sentence before になります (博物館受付になります / カスタマーセンターになります)
_OUR_DESK_END = lazy(r"(受付|窓口|センター|サポート|デスク|事務局|カウンター|フロント|相談室)$")
_SELF_INTRO = lazy("(?:" + "|".join(parties.OWN_PREFIX_WORDS + parties.INTRO_UNITS) + r")の\s*$")  # 担当の|山田になります
_PAY_SUBJECT = lazy(r"(お会計|ご会計|合計|お支払い金額|お支払金額|ご請求金額|ご利用金額|お代金|代金|料金|送料|手数料|金額"
                   r"|費用|価格|お値段|値段|運賃|会費|利用料|使用料|月額|年額)(は|が|[、,])"
                   # (a total said right before its amount: 合計2,480円になります)
                   r"|(?:合計|総額|総計|お会計|ご会計)(?=\s*[0-9０-９])")
# Nouns that name what a thing is, never what it turns into: 明日の予定になります, 食後の服用が
# おすすめになります (a change is said with から / 以降 / 来月 …)
_NEVER_BECOME = frozenset(("予定", "おすすめ", "お勧め", "お薦め", "オススメ", "流れ"))
# (a time word before の names the thing, 来月の予定 / 次回の入荷: it tells of no change)
_CHANGE_IN_TIME = lazy(r"から|より|以降|以後|(?:次回|来月|来年|翌(?:日|週|月|年|朝)?)(?!の)|改定|切り替")
_PERSON_Q = ("本人", "契約者", "担当者", "名義人", "家族", "代理人", "利用者", "会員", "保護者", "登録者",
             "申込者", "購入者", "依頼者", "代表者", "どちら様")


_REQUEST_ADVERBS = frozenset(("よろしく", "宜しく"))
_HOU_AFTER = frozenset(("は", "を", "が", "に", "で", "と", "も", "、", ",", "から", "へ", "まで"))


# A verb's stem read as a noun (答え, 持ち, 届け, 待ち): kanji and one kana of the stem
_VERB_STEM = lazy(r"[一-龥]+[いきぎしじちにびみりえけげせぜてでねべめれ]")


# The stems whose お〜 is only ever the honorific (お越し, お見え, おいで): ours come as 伺う / 参る
_ONLY_RAISED_STEMS = frozenset(("越し", "見え", "いで", "出で"))


def _raised_stem(toks: list[Token], k: int) -> bool:
    """toks[k] is a verb's stem after お (お|答え, お|届け, お|持ち), the predicate's own and not a noun
    named by の (商品の|お届け), nor a noun of its own (おすすめ)."""
    return k >= 1 and toks[k - 1].surface in ("お", "御") and toks[k - 1].pos[0] == "接頭辞" \
        and (toks[k].pos[0] == "動詞" or bool(_VERB_STEM.fullmatch(toks[k].surface))) \
        and not (k >= 2 and toks[k - 2].surface == "の") and _text(toks, k - 1, k + 1) not in _NEVER_BECOME


def _crab(toks: list[Token], j: int) -> bool:
    """toks[j] is the に of と + かに (えびとかにのアレルギー: shrimp and crab), which the tokenizer
    reads as とか + に or と + か + に: a noun follows, not a verb."""
    return j + 1 < len(toks) and toks[j].surface == "に" \
        and toks[j + 1].surface in ("の", "、", "・", "を", "は", "が", "など", "アレルギー")


_SURU = frozenset(("する", "為る", "いたす", "致す"))


def _verb_right_after(toks: list[Token], j: int) -> bool:
    """toks[j] starts the verb itself, the particle before it dropped: ご注文の内容のほう|確認させて
    いただきました / 書類のほう|送付いたします / お支払いのほう|済ませてください."""
    t = toks[j]
    return t.pos[0] == "動詞" or t.pos[2] == "サ変可能" and j + 1 < len(toks) and toks[j + 1].lemma in _SURU


def _vague_hou(toks: list[Token], i: int, sent: str) -> bool:
    """toks[i] is ほう in N のほう used to soften a noun (お支払いのほうは / 担当のほうで / ご来店の
    ほう、), not a direction (右のほうに), not a comparison (こちらのほうが早く届きます)."""
    if i < 2 or toks[i - 1].surface != "の":
        return False
    noun = toks[i - 2]
    # (あちらのほう points or compares; そちらのほうで stands for そちらで, こちらのほうで for こちらで; お預かりの
    # ほう: a verb's stem after お/ご is a noun)
    # (様 after a stem, お連れ様, the tokenizer reads as the よう of 様だ: a person's title all the same)
    if not (noun.pos[0] in ("名詞", "接尾辞") and noun.pos[1] != "代名詞" or noun.surface in ("そちら", "こちら", "様")
            or noun.pos[0] == "動詞" and i >= 3 and toks[i - 3].surface in ("お", "ご", "御")):
        return False
    if noun.surface in _PLACE or noun.pos[2] == "地名":
        return False  # (a direction, or a place: 高崎のほうから)
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after is not None and after.surface in ("(", "（"):
        # (a note in brackets after it, then its particle: ご注文のほう（注文番号 MM-58120）、お届け日を…)
        close = next((j for j in range(i + 2, min(len(toks), i + 14)) if toks[j].surface in (")", "）")), None)
        after = toks[close + 1] if close is not None and close + 1 < len(toks) else None
    if noun.surface == "こちら" and (after is None or after.surface != "で"):
        return False  # (こちらのほう points or compares, こちらのほうがお得です / こちらのほう確認いたしました;
        # こちらのほうで, where we act, stands for こちらで: three blind writers label it, none leaves it)
    # (the side where a cause lies, told apart from the others ruled out: 機械のほうに原因がありそうです)
    if after is not None and after.surface == "に" and i + 2 < len(toks) and toks[i + 2].surface in _FAULTS:
        return False
    # (or straight on to the verb, its particle dropped: 試乗のほうご用意しております, ご確認のほう
    # よろしくお願いいたします)
    # (or before の and the thing it names, kana ほう only: お連れ様のほうのチケット; 保護者の方の is a person's)
    if after is None or after.surface not in _HOU_AFTER and not (after.surface == "です" or after.lemma == "です") \
            and not (after.surface in ("ご", "お", "御") and after.pos[0] == "接頭辞") and after.surface not in _REQUEST_ADVERBS \
            and not (after.surface == "の" and after.pos[0] == "助詞" and toks[i].surface == "ほう") \
            and not (toks[i].surface == "ほう" and _verb_right_after(toks, i + 1)):
        return False
    # A comparison: AよりBのほうが, どちらのほうが; before any other particle only when the other
    # side stands right before it (電話よりメールのほうで). 心より / 本社より elsewhere compare nothing.
    # (the pattern is anchored at the noun and reaches 16 characters back: each ほう reads only
    # those, so that a sentence of many ほう is read in linear time)
    end = max(0, toks[i - 2].nstart - toks[0].nstart)
    if _COMPARED_BEFORE.search(sent, max(0, end - _COMPARED_REACH), end):
        return False
    if after.surface == "が":  # a comparison: AよりBのほうが, のほうが早く届きます / のほうがお得です /
        # のほうが伝わりやすい (an adjective, or a verb made one: 〜やすい, 〜にくい), read within
        # the clause around it, not the whole sentence once per ほう
        rest = toks[i + 2:i + 2 + _CLAUSE_REACH]
        base = toks[0].nstart
        near = (toks[max(0, i - _CLAUSE_REACH)].nstart - base, toks[min(len(toks), i + 2 + _CLAUSE_REACH) - 1].nend - base)
        if _COMPARISON.search(sent, *near) \
                or any(t.pos[0] == "形容詞" or t.pos[0] == "形状詞" and t.pos[1] != "助動詞語幹"
                       or t.pos[:2] == ("接尾辞", "形容詞的") for t in rest) \
                or _BETTER.search("".join(t.surface for t in rest)):
            return False
    return True


# What is found on one side rather than another (のほうに原因がある, 先方の方に問題がある)
_FAULTS = frozenset(("原因", "問題", "不具合", "異常", "故障", "責任", "非", "落ち度"))


def _of_something(toks: list[Token], k: int) -> bool:
    """toks[k] is もの said of something (〜によるもの, 〜以外のもの): the thing it is, not what it
    turns into (思い出深いものになります: an adjective says what it becomes)."""
    return toks[k].surface in ("もの", "物") and k >= 2 and (
        toks[k - 1].surface == "の" and toks[k - 1].pos[0] == "助詞" and toks[k - 2].pos[0] in ("名詞", "接尾辞")
        or _is(toks[k - 1], "よる", "因る"))


def _noun_start(toks: list[Token], j: int) -> int:
    """Where the compound noun ending at toks[j] starts (ご|利用|明細, 請求|書), at most 4 words back."""
    k = j
    while k > 0 and j - k < 4 and toks[k - 1].nend == toks[k].nstart \
            and toks[k - 1].pos[0] in ("名詞", "接頭辞") and toks[k - 1].pos[1] != "代名詞" \
            and toks[k].pos[0] in ("名詞", "接尾辞", "動詞"):
        k -= 1
    return k


# The verbs of the compound particles that end in て (について, につきまして, に関しまして, に対して,
# において, に際して; として): they name what the sentence is about, and set no condition
_CASE_TE_VERBS = frozenset(("つく", "付く", "就く", "関する", "対する", "おく", "於く", "際する"))


def _case_te(toks: list[Token], j: int) -> bool:
    """toks[j], a て, ends a compound particle (座席変更につきまして、お座席は14Aになります: the
    topic named, no condition; お支払い方法としては), not a verb's て-form (ご利用いただいて)."""
    k = j - 1
    if k >= 1 and toks[k].norm == "ます" and toks[k].pos[0] == "助動詞":
        k -= 1  # (につき|まし|て, に関し|まし|て)
    if k < 1 or toks[k].pos[0] != "動詞":
        return False
    before = toks[k - 1]
    return before.pos[0] == "助詞" and (before.surface == "に" and toks[k].lemma in _CASE_TE_VERBS
                                         or before.surface == "と" and toks[k].lemma in ("する", "為る") and k == j - 1)


# Days counted from an event (届け出の翌日, 再開月の1日, 申込みの当日)
_DAYS_AFTER = frozenset(("翌日", "翌月", "翌週", "翌営業日", "翌朝", "翌年", "当日", "初日", "月初"))


def _after_an_event(toks: list[Token], k: int) -> bool:
    """toks[k], before から, is a day counted from an event named before it with の (届け出の翌日から /
    再開月の1日から): when a thing starts as a result, not the hours a place keeps (15時から)."""
    j = k
    while j > 0 and toks[j - 1].pos[1] == "数詞":
        j -= 1
    return j > 0 and toks[j - 1].surface == "の" and (toks[k].surface in _DAYS_AFTER or toks[k].surface == "日" and j < k)


def _says_what_it_is(toks: list[Token], start: int, k: int, since: bool = False,
                     earlier: list[Token] = ()) -> bool:
    """X は (が) … N: a sentence that says what X is, where なります stands for です (返品先は、伝票に
    記載の住所になります / 添付のPDFが、7月分の請求書になります / 合計5,180円になります). Not when
    N changes or is a role (休業, 担当), nor after a condition (〜と / 〜ば / 〜て: then it becomes).
    A time is when a thing comes (発送は明日になります), unless it is when it starts (`since`:
    チェックインは15時からになります says what the hours are)."""
    # (所 as the end of a word, 事務所, is a place, not the ところ of a change)
    # (but a date said of a date, お届け予定日は12月11日になります / 開始日は4月1日になります, says what
    # the date is: the topic is a day already, nothing comes)
    if _real_becoming(toks[k]) or not since and _WHEN.fullmatch(toks[k].surface) and not _an_id(toks, k) \
            and not _date_topic(toks[:start]):
        return False
    if toks[k].surface in _CAUSED and k >= 1 and toks[k - 1].surface == "の":
        return False  # (スポンジは傷の原因になります: what a thing causes or does to another, whatever its topic)
    topic = False
    # (`earlier`: the pieces before it of a sentence wrapped after a comma, たとえば4割をお店に使って
    # いるなら、⏎家賃の4割が経費になります: a condition there is the sentence's condition too)
    lead_in = [*earlier, *toks[:start]] if earlier else toks[:start]
    for j, t in enumerate(lead_in):
        if t.surface == "で" and t.pos[0] == "助動詞" and j >= 1 and lead_in[j - 1].surface == "の" \
                and lead_in[j - 1].pos[1] == "準体助詞":
            return False  # (今週金曜なので、急ぎになります: a reason, read as な|の|で, and what follows from it)
        # (a preface with が or けれど is no condition: 解約金ですが、今回は1,100円になります)
        if t.pos[0] == "助詞" and t.pos[1] == "接続助詞" and t.surface not in ("が", "けれど", "けれども", "けど") \
                and not _case_te(lead_in, j) and not _aspect_te(lead_in, j) \
                or t.surface in ("なら", "ならば", "たら", "だら") and t.pos[0] == "助動詞":
            return False  # (本町店なら、お持ち帰りで全品20%引きになります: then it becomes)
        if t.surface in ("は", "が") and t.pos[0] == "助詞" and j >= len(earlier):  # (its own piece's topic)
            topic = True
    if topic:
        return True
    # A sentence that is the noun alone (以上になります, こちら、受付番号になります)
    lead = toks[:start]
    # (こちら, それ: a demonstrative before the noun, こちら3,300円になります)
    # (or nouns joined by の, the whole sentence one noun that ends it: 11月の運用レポートになります; not
    # what a thing causes, 作業の妨げになりますので)
    whole = not any(t.pos[0] not in _PUNCT for t in toks[k + 4:]) and toks[k].surface not in _EFFECT_NOUNS
    return (toks[k].surface == "以上" and not lead) or bool(lead) and all(
        t.pos[0] in ("名詞", "代名詞", "接頭辞", "接尾辞") or t.pos[0] in _PUNCT
        or whole and t.surface == "の" and t.pos[1] == "格助詞" and j > 0 and lead[j - 1].pos[0] in ("名詞", "接尾辞")
        for j, t in enumerate(lead))


# (and an hour's: 受付時間は9時から17時になります, 集合時刻は8時になります)
_DATE_NOUNS = ("日", "期日", "期限", "期間", "日程", "日時", "締切", "締め切り", "時期", "時間", "時刻")
# (days said as when, not a day the sentence is about: 本日は作業員がすべて出動中で…)
_DAYS_SAID = frozenset(("本日", "今日", "明日", "昨日", "翌日", "当日", "毎日", "先日", "後日", "休日", "平日", "祝日", "前日", "同日"))


def _date_topic(lead: list[Token]) -> bool:
    """The sentence's topic is a day or a span (お届け予定日は / 開始日は / 受付期間は): the noun right
    before its last は ends as such a noun does (not 発送は, an event; not 本日は, a day said as when)."""
    # (the clause's own topic, its last は: not a time said first, 本日は作業員が…, お伺いできるのは明日の…)
    j = max((j for j, t in enumerate(lead) if t.surface == "は" and t.pos[0] == "助詞"), default=-1)
    return j >= 1 and lead[j - 1].pos[0] in ("名詞", "接尾辞") and lead[j - 1].surface.endswith(_DATE_NOUNS) \
        and lead[j - 1].surface not in _DAYS_SAID


# The auxiliaries of aspect after て (超えていた, 済ませておいた, 壊れてしまった): the verb's own tense,
# not a condition (〜ていたことが原因になります says what the cause is)
_ASPECT_AUX = frozenset(("いる", "居る", "おる", "しまう", "仕舞う", "おく", "置く", "ある", "有る"))


def _aspect_te(toks: list[Token], j: int) -> bool:
    """toks[j], a て or で, is followed by an auxiliary of aspect (超え|て|い|た): not the clause of
    one amount turned into another, either (5名様でご利用いただいており、月々3,000円が3,600円になります)."""
    if not (toks[j].surface in ("て", "で") and j + 1 < len(toks) and toks[j + 1].pos[1] == "非自立可能"
            and toks[j + 1].lemma in _ASPECT_AUX):
        return False
    # (the rest of its clause read, a bound: linear in the sentence)
    return _AMOUNT_AS_SUBJECT.search("".join(t.surface for t in toks[j + 1:j + 13])) is None


# An amount as the subject (3,000円（税抜）が): what follows is what it turns into
_AMOUNT_AS_SUBJECT = lazy(r"[0-9０-９][^。、]{0,4}?(?:円|%|％|点|名|人|件|個|回|日|時間|分|歳|才)(?:\s*[（(][^)）]{0,10}[)）])?が")


def _case_then_topic(before: str) -> bool:
    """ベーシックプランの場合は、出品できる数は1,000点まで…: a case (場合) that only picks which figure
    the sentence states, and after it a topic of its own, and nothing else that changes it."""
    marks = list(_CHANGE.finditer(before))
    return bool(marks) and all(m.group() == "場合" for m in marks) and (
        _TOPIC_AFTER_CASE.search(before, marks[-1].start()) is not None
        or _TOPIC_BEFORE_CASE.search(before, 0, marks[0].start()) is not None)


_TOPIC_AFTER_CASE = lazy(r"場合(?:は|には|、|,)[、,]?[^。、]{1,20}?(?:は|が)[、,]?[^。]*$")
# (or the topic said first, as a preface: 出品上限数ですが、ベーシックプランの場合は1,000点まで…)
_TOPIC_BEFORE_CASE = lazy(r"(?:ですが|については|につきましては)[、,][^。]{0,24}$")


# What a thing causes or serves as, with なる (作業の妨げになります, ご参考になります)
# ...and those of them that, after の, say what a thing causes or does to another (傷の原因になります,
# 作業の妨げになります, 上達の励みになります), never what it is (回線の問題になります, 交換の目安になります)
_CAUSED = frozenset(("原因", "要因", "妨げ", "邪魔", "迷惑", "障害", "助け", "励み", "支え", "足し", "きっかけ", "契機"))
_EFFECT_NOUNS = frozenset(("妨げ", "迷惑", "邪魔", "参考", "負担", "助け", "励み", "支え", "原因", "問題", "障害", "足し", "不便",
                           "ため", "為", "役", "力", "癖", "習慣", "きっかけ", "契機", "手がかり", "目安"))


def _thing_of(toks: list[Token], i: int) -> bool:
    """The に at toks[i], read as a copula after a noun the dictionary also lets be a quality
    (明細, 必要, 正常), follows one named as a thing of something (キャンセル料の明細に): a thing,
    not a state it turns into (必要になります, 正常になります stay a change)."""
    return i >= 2 and toks[i].pos[0] == "助動詞" and toks[i - 1].pos[0] == "名詞" \
        and toks[i - 1].pos[2] == "形状詞可能" and toks[i - 2].surface == "の" and toks[i - 2].pos[0] == "助詞"


def _narimasu(toks: list[Token], i: int) -> bool:
    """toks[i] is に and toks[i+1:] is なります (なり|ます), not followed by more predicate."""
    if not (i + 2 < len(toks) and toks[i].surface == "に" and (toks[i].pos[0] == "助詞" or _thing_of(toks, i)
                                                               or i >= 1 and toks[i - 1].surface in _ALL_RIGHT_STATES)
            and _verb(toks[i + 1], "なる", "成る") and toks[i + 1].surface == "なり" and toks[i + 2].norm == "ます"):
        return False
    rest = toks[i + 3:]
    if rest and rest[0].surface in ("(", "（"):  # …手順になります（https://…）。: a note in brackets after it
        close = next((j for j, t in enumerate(rest) if t.surface in (")", "）")), None)
        rest = rest[close + 1:] if close is not None else rest
    # (a mark right after it ends the sentence there, as an emoji does in a post: …になります🍓 数量限定です)
    if rest and rest[0].pos[0] in _PUNCT and rest[0].surface not in ("、", ",", "・"):
        return True
    rest = [t for t in rest if t.pos[0] not in _PUNCT]
    return not rest or rest[0].surface in ("ので", "が", "けれども", "ね", "よ", "の")


# What one says is fine or enough (受付でお伝えいただければ大丈夫です): no state a thing turns into,
# whatever the condition before it, unless from a time on (来月から大丈夫になります)
_ALL_RIGHT_STATES = frozenset(("大丈夫",))
_BAITO_KEYS = frozenset(("に", "ほう", "方", "で", "お", "ご", "御"))
# The vague ほう written 方 (残高の方をご確認ください): 方 is as often a person (会員の方, ご家族の方,
# 初めての方) or 方法, so only after a word that never names a person: an amount, the reader's data,
# a document or a thing sent (the tokenizer reads every 方 ホウ, and cannot tell).
_THING_HOU = tuple((
    "残高", "金額", "料金", "代金", "合計", "会計", "残額", "差額", "請求額", "送料", "手数料", "ポイント", "返金",
    "名前", "住所", "番号", "連絡先", "アドレス", "生年月日", "パスワード", "口座",
    "書類", "請求書", "領収書", "明細", "申込書", "伝票", "控え", "用紙", "商品", "荷物", "品物", "在庫", "内容", "日程", "日時"))


def _thing_hou(toks: list[Token], i: int) -> bool:
    """toks[i] is 方 after の and a word that names a thing, never a person (ご利用明細の方)."""
    if not (i >= 2 and toks[i - 1].surface == "の"):
        return False
    return _text(toks, _noun_start(toks, i - 2), i - 1).endswith(_THING_HOU) or _handled_thing(toks, i) \
        or _act_asked(toks, i)


# お〜の方 that names people by what they have, where they live, what they want (お持ちの方, お住まいの方)
_PEOPLE_STEMS = frozenset(("持ち", "住まい", "住い", "越し", "困り", "急ぎ", "連れ", "待ち", "使い", "求め", "悩み", "考え",
                           "勤め", "持ち込み"))


def _act_asked(toks: list[Token], i: int) -> bool:
    """ご確認の方をお願いいたします / ご返送の方、よろしくお願いします: the reader's act, raised with お/ご,
    then 方 and the request (お願い): an act asked for, never people (ご予約の方 alone may be)."""
    if i < 2:
        return False
    noun = toks[i - 2]
    # (ご|入金, or Sudachi's one word ご入金)
    one_word = noun.surface[:1] in ("お", "ご", "御") and len(noun.surface) >= 3 and noun.pos[0] == "名詞"
    if one_word:
        if noun.surface[1:] in _PEOPLE_STEMS:
            return False
    elif i < 3 or toks[i - 3].surface not in ("お", "ご", "御") or toks[i - 3].pos[0] != "接頭辞" \
            or not (noun.pos[2] == "サ変可能" or noun.pos[0] == "動詞" or _VERB_STEM.fullmatch(noun.surface)) \
            or noun.surface in _PEOPLE_STEMS:
        return False
    k = i + 1
    while k < len(toks) and k <= i + 3 and (toks[k].surface in ("を", "、", ",") or toks[k].surface in _REQUEST_ADVERBS):
        k += 1
    return k + 1 < len(toks) and toks[k].surface in ("お", "御") and _verb(toks[k + 1], "願う")


# What is done only to things (prepared, sent, enclosed, repaired, ordered in: 椅子の方もご用意できます,
# 替えの電池の方をお送りします, 保証書の方も同封いたしました), and what only things do (部品の方が
# 届きました): the N の方 before them is that thing, never "the people of N" (Mサイズの方, お部屋の方,
# 指定席の方 are people, and stay unread). Not 案内, 紹介, 待つ, 預かる, 変更, 到着: people are shown,
# introduced, waited for, looked after, changed and arrive.
_THING_ACTS = frozenset((
    "用意", "準備", "手配", "発送", "送付", "郵送", "配送", "返送", "再送", "送信", "出荷", "納品", "送る", "届ける",
    "交換", "修理", "同封", "添付", "作成", "発行", "再発行", "印刷", "梱包", "取り寄せる", "取り寄せ", "取り置く", "取り置き",
    "返却", "回収"))
# (and with を only, as "the people of N も" buy and fill in: Mサイズの方もご購入いただけます)
_THING_ACTS_WO = frozenset(("購入", "注文", "入力", "記入"))
_THING_STATES = frozenset(("届く", "入荷", "完成", "故障", "破損", "品切れ", "売り切れ", "在庫切れ"))
# The end of a noun that names people (保護者, 会員, お客様, 同行者): then 方 is a person
_PERSON_ENDS = tuple("者人員様客生主士師長族手") + ("さん", "ちゃん", "くん", "さま", "方々", "仲間", "友達", "友人", "相手")


def _handled_thing(toks: list[Token], i: int) -> bool:
    """N の方 (toks[i] is 方) with を or も before an act done only to things, or with が, は or も
    before what only things do, the お/ご of the act between (椅子の方もご用意できます)."""
    noun = toks[i - 2]
    if noun.pos[0] not in ("名詞", "接尾辞") or noun.pos[1] in ("代名詞", "数詞") or noun.pos[2] == "サ変可能" \
            or noun.surface.endswith(_PERSON_ENDS) or i + 2 >= len(toks):
        return False  # (ご予約の方, ご希望の方, 同行の方: an act's noun names the people who do it)
    mark, k = toks[i + 1].surface, i + 2
    # (a time or an adverb between: 電池の方を本日お送りします, 部品の方が先ほど届きました)
    while k < min(len(toks) - 1, i + 5) and (toks[k].pos[0] == "副詞" or toks[k].pos[2] == "副詞可能"
                                             or toks[k].surface in ("、", ",")):
        k += 1
    if toks[k].surface in ("お", "ご", "御") and toks[k].pos[0] == "接頭辞" and k + 1 < len(toks):
        k += 1
    act = toks[k].lemma if toks[k].pos[0] == "動詞" else toks[k].surface
    return mark in ("を", "も") and act in _THING_ACTS or mark == "を" and act in _THING_ACTS_WO or mark in ("が", "は", "も") and act in _THING_STATES
_KATAKANA_WORD = lazy(r"[ァ-ヺー]+")
# Loanwords that take お in ordinary polite speech
_USUAL_O_LOANWORDS = frozenset(("トイレ", "タバコ"))
# Greetings among colleagues, not for a customer: お疲れ様です / ご苦労様でした
# (and お世話様です, said across a counter to a colleague or a tradesperson: to a customer it is いつもお世話に
# なっております)
_COLLEAGUES = lazy(r"(お疲れ|ご苦労|お世話)(様|さま)(です|でございます|でした|でございました)?")
# Nouns with which なる is a real change or a real role (休業になります, 担当になります), and the
# formal nouns of なる's other uses (ご利用いただけるようになります, 伺うことになります).
_REAL_BECOMING = frozenset((
    "変更", "中止", "延期", "休業", "休診", "休館", "休校", "休園", "運休", "欠航", "終了", "開始", "完了", "満席", "満室",
    "満員", "売り切れ", "品切れ", "在庫切れ", "再開", "廃止", "有料", "値上げ", "値下げ", "不通", "見合わせ", "担当", "係",
    "こと", "事", "よう", "様", "もの", "物", "ところ", "所", "わけ", "訳", "はず", "筈", "一緒", "大人", "無効", "失効",
    "対象", "対象外", "無料", "半額", "割引", "無償", "世話",
    # (a price cut by a share: 20％オフになります, 1割引きになります)
    "オフ", "引き", "割引き",
    # (the idiom of being bothered: においが残ると気になりますよね)
    "気",
    # (cheaper than before: 年払いなら2か月分がお得になります, 割安になります)
    "得", "お得", "割安", "格安",
    # (返品の対象になります: it falls under; 無料になります: off its price; 貴社のご負担になります:
    # the cost falls on them; 主催者の判断になります: it comes down to their decision)
    "負担", "判断",
    # (a multiple or a fraction of something: 歩く距離は今までの倍になります, 容量は従来の半分になります;
    # a ratio is what it comes to against that, not what the thing is)
    "倍", "半分", "半数", "倍増", "半減",
    # (what a thing is made of mostly: 冬のあいだは大根や白菜が中心になります, a share, as 半分 is)
    "中心", "主体", "メイン",
    # (an order or a charge undone: ご請求も取り消しになります, ご注文は自動的にキャンセルになります)
    "取り消し", "取消し", "取消", "キャンセル",
    # (a charge waived or cut: 利用料が全額免除になります; a day moved off a holiday: 土日の場合は
    # その前の平日になります / 翌営業日になります; round 36: seven dev sentences, none labeled, six clean)
    "免除", "減免", "減額", "非課税", "平日", "翌日", "前日", "翌営業日", "前営業日"))
# The course a procedure takes, told as where it leads (…新しく登録をしていただく流れになります): five dev
# replies say it, none labeled, one clean (round 32)
_COURSE_NOUNS = frozenset(("流れ",))
# (and the class a thing falls in, which it is counted as: 大きな家具は粗大ごみになります)
_CLASSED = ("ごみ", "ゴミ", "扱い", "区分", "分類")
_REAL_BECOMING_TAILS = tuple(w for w in _REAL_BECOMING if len(w) >= 2) + _CLASSED


def _real_becoming(tok: Token) -> bool:
    """A noun of _REAL_BECOMING, alone or ending a word the tokenizer keeps whole (臨時休業, 粗大ごみ)."""
    if tok.pos[0] == "接尾辞":
        return False
    return tok.surface in _REAL_BECOMING or tok.lemma in _REAL_BECOMING or tok.surface.endswith(_REAL_BECOMING_TAILS)


def _going_on(toks: list[Token], k: int) -> bool:
    """toks[k] is the suffix 中 of a state going on after the act's noun (検討|中, 確認|中, メンテナンス|中),
    not a time's 中 (午前中, 今週中: when a thing comes), nor a word the tokenizer keeps whole (中心)."""
    t = toks[k]
    if t.surface == "中" and t.pos[0] == "接尾辞":
        return k >= 1 and toks[k - 1].pos[2] == "サ変可能" and toks[k - 1].nend == t.nstart
    # (Sudachi's one word: 検討中, 確認中; the act's noun before it, never a time nor a place: 世界中)
    return t.pos[0] == "名詞" and len(t.surface) >= 3 and t.surface.endswith("中") and t.surface[:-1] in _ACTS_GOING_ON


# The acts a 〜中 of Sudachi's one word is made of (the tokenizer that splits them reads サ変可能)
_ACTS_GOING_ON = frozenset(("検討", "確認", "対応", "調査", "準備", "手配", "調整", "審査", "発送準備", "修理", "点検", "工事",
                            "作業", "処理", "申請", "交渉", "開発", "検証", "集計", "選考", "精査", "受付", "営業", "使用", "利用"))


def _an_id(toks: list[Token], k: int) -> bool:
    """toks[k], a number, is the end of a code (A-1234, No.305): no time."""
    return k > 0 and toks[k - 1].nend == toks[k].nstart and toks[k].surface[:1].isdigit() \
        and toks[k - 1].surface[-1:] in "-‐－#.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


# A time: 発送は明日の午前になります says when it will happen (a time it comes to), not what it is
# (and a day or a time named from another: 返金は後日になります, お届けは翌日になります, 当日になります)
_WHEN = lazy(r"午前|午後|朝|昼|夕方|夜|明日|明後日|本日|今日|今週|来週|再来週|今月|来月|週明け|月末|月初|年末|年始|以降|頃|ごろ"
                   r"|後日|翌日|翌週|翌月|翌年|翌朝|当日|前日|週末|来年|今年|明朝|今晩|今夜|以後|後ほど"
                   r"|[日時月週年]|[0-9０-９]+(日|時|月|週|年)?|.*曜日?")
# Place and direction: 右のほうにある, 駅のほうへ (a real ほう)
_PLACE = frozenset(("右", "左", "上", "下", "前", "後ろ", "奥", "手前", "横", "隣", "外", "内", "中", "北", "南", "東", "西",
                    "向こう", "あちら", "こっち", "あっち", "奥側", "窓側", "通路側", "駅", "海", "山", "入口", "出口",
                    # (a part of a span of time, the earlier or the later side of it: 月の前半のほうが空いています)
                    "前半", "後半", "上旬", "中旬", "下旬", "月初", "月末", "年末", "年始", "週末", "序盤", "終盤"))
# A comparison: AよりBのほうが / どちらのほうが / 〜と比べて
_COMPARISON = lazy(r"より|比べ|比較|どちら|どっち|いずれ|と[^、。]{1,20}では")
_COMPARED_BEFORE = lazy(r"(より|比べ(て|ると|れば)|どちら|どっち|いずれ)[^、。]{0,12}$")
_COMPARED_REACH = 16  # its longest match: 比べると and twelve more
_CLAUSE_REACH = 16  # words each side of のほうが where the comparison is read
# …and what one is better at: のほうが早く届きます / のほうがお得です
_BETTER = lazy(r"お得|おすすめ|お勧め|お薦め|確実|便利|安心|安全|早|速|安[いくか]|高[いくか]|良[いくか]|よ[いくか]|いい|多[いくか]"
                     r"|少な|大き|小さ|簡単|楽[でにな]|向いて|適して"
                     # (or what that side lets one do: 平日のほうが料金を抑えられます / 窓口のほうが早く受け取れます /
                     # Webのほうが24時間お申し込みいただけます)
                     r"|抑え(られ|れ)|節約でき|空いて|混み合いにく|取りやす|(でき|いただけ)(ます|る)"
                     # (or what that side spares or suits: AX-4500のほうがお時間の節約になります / 年額プランのほうが
                     # 手間が省けます / 小さいサイズのほうがお部屋に合うかと存じます)
                     r"|節約に|短縮|省け|向き|合う|合い|ぴったり|役立|お役に立|助か"
                     # (or what rises or falls more on that side, a verb of degree: 帯付きのほうが査定額が上がる
                     # 場合もあります / 早めのほうが待ち時間が減ります / 純正品のほうが長持ちします)
                     r"|上が|下が|増え|増す|減[りるらっ]|伸び|長持ち|目立|映え|はかど|捗")


def _sentence_start(doc: Document, s) -> int:
    """Where the sentence `s` starts, or the sentence it is a piece of when the writer wrapped it
    onto the next line after a comma (たとえば4割をお店に使っているなら、⏎家賃の4割が経費になります):
    the words before 〜になります that tell of a change are read in the whole sentence."""
    wrapped = doc.wrapped()
    span = wrapped.get(s.nstart)
    return s.nstart if span is None else span[0]


def _earlier_pieces(doc: Document, s) -> list[Token]:
    """The words of the pieces before `s` of a sentence the writer wrapped after a comma (none for
    most sentences): at most three pieces (Document.wrapped), each tokenized once."""
    wrapped = doc.wrapped()
    span = wrapped.get(s.nstart)
    if span is None or span[0] == s.nstart:
        return []
    out: list[Token] = []
    k = bisect_right(doc.sentence_starts, span[0]) - 1
    while doc.sentences[k].nstart < s.nstart:
        out.extend(doc.sentence_tokens(doc.sentences[k]))
        k += 1
    return out


# How far back a pair of named choices is looked for (the sentence before, as a rule)
_CHOICES_REACH = 160


def _one_of_named(doc: Document, toks: list[Token], i: int) -> bool:
    """The noun before のほう at toks[i] is one of two choices the reply has just named as such
    (「2.4GHz」と「5GHz」という2種類の電波があり…スマートフォンが5GHzのほうに接続されていると /
    月額プランと年額プランがございます。…年額プランのほうをおすすめいたします): ほう picks one side, as
    in a comparison. Two things named together for another reason (頭痛薬と血圧のお薬との飲み合わせ)
    are no choice. Read within _CHOICES_REACH characters before it."""
    j = _noun_start(toks, i - 2)
    noun = _text(toks, j, i - 1)
    if len(noun) < 2:
        return False
    window = doc.norm[max(0, toks[j].nstart - _CHOICES_REACH):toks[j].nstart]
    if noun not in window:
        return False
    named = re.escape(noun)
    other = r"「?[^。「」\s、]{1,15}?」?"
    return re.search(r"(?:「?" + named + r"」?\s*(?:と|か|または)\s*" + other + "|" + other + r"\s*(?:と|か|または)\s*「?" + named + r"」?)"
                     r"(?:という|といった|の|が|を)?\s*(?:2|二|両|ふた|どちら|いずれ|種類|通り|ございます|あります|ご用意)", window) is not None


def _compared_after_wrap(doc: Document, s, toks: list[Token], i: int) -> bool:
    """The ほう at toks[i] ends a piece of a sentence wrapped after a comma, and read with the
    pieces after it (2枚目のほうが、⏎ボリュームが伝わりやすいと思います) it compares: its comparison
    is in the next line. (Asked only of a ほう found vague in its own piece.)"""
    wrapped = doc.wrapped()
    span = wrapped.get(s.nstart)
    if span is None or span[1] == s.nend:
        return False
    later = list(toks)
    k = bisect_right(doc.sentence_starts, s.nstart)
    while k < len(doc.sentences) and doc.sentences[k].nstart < span[1]:
        later.extend(doc.sentence_tokens(doc.sentences[k]))
        k += 1
    return not _vague_hou(later, i, doc.norm[s.nstart:span[1]])


# The phrases of keigo/baito read in the text: (pattern, the words one of which each of its matches
# holds, suggestion, the rewrite in the form found; None: the suggestion is a choice). A sentence
# that holds none of the words is not searched: most sentences hold none, and each search of its
# span costs a call and a scan (tests/test_keigo.py checks the words against the patterns).
_BAITO_PHRASES = ((_YOROSHIKATTA, ("かった",), lambda m: "よろしいでしょうか", lambda m: m.group(1) + "い" + m.group(2)),
                  (_PAST_CONFIRM, ("たで",), _present_confirm, lambda m: None),
                  (_AZUKARI, ("円から",), lambda m: m.group(1) + "円をお預かりします", lambda m: m.group(1) + "円をお預かりします"),
                  (_KATACHI, ("という",), lambda m: "となります（です）", lambda m: None),
                  (_NARUHODO, ("なるほど",), lambda m: "おっしゃるとおりです", lambda m: "おっしゃるとおりです"),
                  (_RYOKAI, ("了解",), lambda m: "承知いたしました（かしこまりました）", _ryokai_fix),
                  (_THING_SAMA, ("様", "さま"), lambda m: m.group(1), lambda m: m.group(1)))
_NARIMASU_HELD, _HOU_HELD, _COLLEAGUES_HELD = ("になります",), ("ほう",), ("お疲れ", "ご苦労", "お世話様", "お世話さま")


def _baito_phrases(doc: Document, s):
    """The phrases of keigo/baito read in the sentence's text (once per sentence, not once per
    run of own words: a sentence of many citations has as many runs)."""
    text = doc.norm[s.nstart:s.nend]
    for rx, held, sugg_of, fix_of in _BAITO_PHRASES:
        if not _holds_any(text, held):
            continue
        if rx is _RYOKAI and (doc.reader_called_san or doc.to_colleague):
            continue  # (a school to its student, さん on the addressee line, or a desk to a colleague:
            # 了解しました is that register's own)
        for m, a, b in _regex(doc, s, rx):
            sugg = sugg_of(m)
            yield Hit(a, b, f"「{m.group()}」は接客マニュアル特有の言い回しです。「{sugg}」と書きます。", sugg, fix_of(m))
    # こちらの「ライトプラン」になります: a name in brackets said to be the thing (the brackets
    # are read as a quotation, which the token runs below leave out)
    for m, a, b in _regex(doc, s, _QUOTED_NARIMASU) if _holds_any(text, _NARIMASU_HELD) else ():
        before = doc.norm[_sentence_start(doc, s):m.start(2)]
        # (the class a thing falls in, named in brackets: 50cmを超える家具は「粗大ごみ」になります)
        if m.group(2)[1:-1].endswith(_CLASSED):
            continue
        if not _changes(before) and (m.group(1) or _TOPIC_BEFORE.search(before)):
            sugg = m.group(2) + "です"
            a, b = doc.original_span(m.start(2), m.end())
            yield Hit(a, b, f"『{m.group(2)}になります』は「です」の代わりの「〜になります」です。『{sugg}』と書きます。",
                      sugg, None)
    # 「ソフトウェア更新」のほうへ: a name in brackets softened with のほう (the match starts at
    # the bracket, so it is read here, not as cited words)
    for m in _QUOTED_HOU.finditer(doc.norm, s.nstart, s.nend) if _holds_any(text, _HOU_HELD) else ():
        if _COMPARED_BEFORE.search(doc.norm, max(s.nstart, m.start() - _COMPARED_REACH), m.start()):
            continue
        a, b = doc.original_span(m.start(), m.end())
        sugg = m.group(1)
        yield Hit(a, b, f"「{m.group()}」の「のほう」は不要なぼかしです。「{sugg}」と書きます。", sugg, sugg)
    for m, a, b in _regex(doc, s, _COLLEAGUES) if _holds_any(text, _COLLEAGUES_HELD) and not doc.to_colleague else ():
        # (to a colleague, お疲れさまです is the greeting: an internal desk to an employee)
        if m.group(1) == "お疲れ" and m.group(3) in ("でした", "でございました") and (
                s is not next(iter(doc.own_sentences()), None) or m.start() > s.nstart and _EFFORT_CHAR.match(doc.norm, m.start() - 1)
                or _EFFORT_NAMED.search(doc.norm, max(s.nstart, m.start() - _EFFORT_REACH), m.start())):
            continue  # the reader's effort acknowledged once it is done (本人確認は完了です。お疲れさまでした。
            # / 雨の中のキャンプ、お疲れさまでした), not a greeting: only the opening greets (ご苦労様 is said
            # down to whoever did the work, never to a customer); nor is the work named right before it,
            # even in the first words (@hiro_diy 組み立てお疲れさまでした！)
        yield Hit(a, b, f"「{m.group()}」は社内や同僚どうしのあいさつで、お客様には使いません。"
                        "「いつもお世話になっております」（お礼なら「ありがとうございます」）と書きます。",
                  "いつもお世話になっております")


# The work itself named right before お疲れさまでした, joined to it (組み立てお疲れさまでした, 長旅
# お疲れさまでした): the reader's effort acknowledged, not a greeting
_EFFORT_CHAR = lazy(r"[一-龥々ァ-ヺーぁ-ゖ]")
# ...or named with a comma between (修了検定、お疲れさまでした / 長時間の作業、お疲れさまでした): a
# work's noun, not a person called (山田様、お疲れさまです greets)
_EFFORT_NAMED = lazy(r"[一-龥々ァ-ヺー](?<![様殿位皆])[、,]\s*$")
_EFFORT_REACH = 8


# The five phrases above, and the words the token patterns below turn on: 〜になります,
# 〜のほう, でございますか after a person (ご本人様で|ござい|ます|か: the word before で ends in 様
# or in one of _PERSON_Q; でございます alone, as polite as です, stands in most replies).
# (Non-capturing groups, and each alternative starting with its own literal: a trigger is searched
# in every reply, and this form is searched twice as fast. Grouped by first character, the kana
# that stand in most replies first: at each お, の, ご, に the search stops on, re tries the
# branches in order, so these are found first; the same matches, 7.1 -> 5.5 ms over the 2k corpus.)
@triggered_by(by_first_char(
    [r"お[ァ-ヺ]", r"の\s*(?:ほう|方(?!法|針|式|向|面))", r"ご[ァ-ヺ]", r"に\s*なり\s*ま", r"という(?:形|かたち)"]
    + [f"{w}\\s*で\\s*(?:ござ|御座)" for w in ("さま", "様") + _PERSON_Q]
    + "なるほど よろしかった 宜しかった 円から 了解 疲れ 苦労 世話様 世話さま 御[ァ-ヺ]".split()
    # (the past tense of the other words that confirm a choice: _PAST_CONFIRM)
    + [f"{w}{q}" for w in ("大丈夫でした", "だいじょうぶでした", "なかった", "よかった", "良かった") for q in ("でしょう", "です")]
    # (お名前様: each word whole, so that the trigger is scanned for)
    + [f"{w}{h}" for w in ("名前", "名まえ", "住所", "番号", "連絡先", "年月日", "年齢", "職業", "勤務先") for h in ("様", "さま")]))
def baito(doc: Document, ctx: CheckContext):
    last = None
    for s, toks in _sentences_with(doc, ctx):
        sent = doc.norm[s.nstart:s.nend]
        if s is not last:
            last = s
            yield from _baito_phrases(doc, s)
        n = len(toks)
        for i, t in enumerate(toks):
            if t.surface not in _BAITO_KEYS:  # every pattern below turns on one of these words
                continue
            # おパソコン / おビール: お or ご on a loanword
            # (unidic-lite reads the お of のおビール as an interjection: what counts is that it is joined)
            # (a loanword's normalized form is katakana too; a word of our own written in katakana for
            # the eye, おトク / おヒマ / おハガキ, is normalized to its kanji, 得 / 暇 / 葉書: its お is right)
            if t.surface in ("お", "ご", "御") and t.pos[0] in ("接頭辞", "感動詞") and i + 1 < n \
                    and toks[i + 1].pos[0] == "名詞" and toks[i + 1].nstart == t.nend \
                    and _KATAKANA_WORD.fullmatch(toks[i + 1].surface) and _KATAKANA_WORD.fullmatch(toks[i + 1].norm) \
                    and toks[i + 1].surface not in _USUAL_O_LOANWORDS:
                word = toks[i + 1].surface
                yield _hit(toks, i, i + 2, suggestion=word, fix=word,
                           message=f"「{t.surface}{word}」のように外来語に「{t.surface}」は付けません。「{word}」と書きます。")
                continue
            # 〜のほうになります / 〜になります used as です
            if t.surface == "に" and _narimasu(toks, i) and i >= 1:
                k = i - 1
                if toks[k].surface in (")", "）") and k > 0:  # 16,500円(税込)になります: the noun before the note
                    k = next((m - 1 for m in range(k - 1, max(-1, k - 8), -1) if toks[m].surface in ("(", "（")), k)
                since = toks[k].surface in ("から", "まで") and toks[k].pos[0] == "助詞" and k > 0
                if since:
                    k -= 1  # 公式サイトのフォームからになります / 15時からになります / 1回2時間までになります
                noun = toks[k]
                if noun.surface in _COURSE_NOUNS:
                    continue  # (…していただく流れになります: where the procedure leads)
                if since and _after_an_event(toks, k):
                    continue  # (お渡しは届け出の翌日からになります: when a thing starts after an event of theirs)
                if noun.surface in _ALL_RIGHT_STATES and not since:
                    if _CHANGE_IN_TIME.search(doc.norm[_sentence_start(doc, s):noun.nstart]) is None:
                        e = i + 3
                        sugg = noun.surface + "です"
                        found = _text(toks, k, e)
                        yield _hit(toks, k, e, suggestion=sugg, fix=sugg,
                                   message=f"「{found}」は「です」の代わりの「〜になります」です。「{sugg}」と書きます。")
                    continue
                # (お|すすめ: a verb's stem after お is a noun; こちら: 一覧はこちらになります says where)
                if noun.pos[0] not in ("名詞", "接尾辞", "代名詞") and not (noun.pos[0] == "動詞" and k >= 1 and toks[k - 1].surface in ("お", "ご")):
                    continue
                start = k
                while start > 0 and (toks[start - 1].pos[0] in ("名詞", "接頭辞", "接尾辞") and toks[start - 1].surface not in ("、",)
                                     or toks[start - 1].surface == "," and start >= 2 and toks[start - 2].pos[1] == "数詞"
                                     and toks[start].pos[1] == "数詞"):  # 16,500円
                    start -= 1
                e = i + 3
                hoo = noun.surface in ("ほう",) and k >= 1 and toks[k - 1].surface == "の"
                before = doc.norm[_sentence_start(doc, s):noun.nstart]
                flag = False
                if hoo:
                    flag = True
                    start = k - 1
                elif (k >= 1 and toks[k - 1].surface in ("ご", "お", "御") and toks[k - 1].pos[0] == "接頭辞"
                      # (a verb's stem the dictionary reads as a noun: お|読み, お|求め)
                      and (noun.pos[2] == "サ変可能" or noun.pos[0] == "動詞" or _VERB_STEM.fullmatch(noun.surface))
                      # (Sudachi's one word: ご利用)
                      or noun.surface[:1] in ("ご", "お", "御") and len(noun.surface) >= 3) \
                        and _HONORED_ACTOR.search(before + noun.surface[:1]):
                    continue  # お客様は明日ご来店になります: 尊敬の「ご〜になる」, the reader's act
                elif noun.surface in ("ご覧", "御覧") or (noun.surface in _ONLY_RAISED_STEMS and k >= 1
                                                        and toks[k - 1].surface in ("お", "御")):
                    continue  # 会長もお越しになります: only ever the honorific (keigo/wrong-direction judges who acts)
                elif start == 0 and _OUR_DESK_END.search(_text(toks, 0, k + 1)) and not _real_becoming(noun):
                    flag = True  # (お問い合わせありがとうございます。)博物館受付になります: our desk, said as who answers
                elif noun.pos[2] == "人名" or (noun.pos[0] == "接尾辞" and k > 0 and toks[k - 1].pos[2] == "人名") \
                        or (start > 0 and _SELF_INTRO.search(doc.norm[s.nstart:toks[start].nstart])
                            # (not a role, whose it is: 入学金の返還については、経理課の担当になります)
                            and not _real_becoming(noun)):
                    flag = True  # 担当の山田になります
                elif _text(toks, start, k + 1) in _NEVER_BECOME and _CHANGE_IN_TIME.search(before) is None:
                    flag = True
                elif _of_something(toks, k) and not _changes(before, noun.surface) and _CHANGE_IN_TIME.search(before) is None:
                    flag = True  # 燃料費の上昇によるものになります / 最新号以外のものになります
                elif _going_on(toks, k) and _CHANGE_IN_TIME.search(before) is None:
                    flag = True  # 現在、対応を検討中になります: a state already going on, said as one it turns into
                elif (noun.surface == "円" or noun.pos[2] == "助数詞") and _price_by_case(before, noun.surface):
                    flag = True  # 料金は、同じお部屋をご利用の場合、1泊4,400円になります
                elif noun.surface not in _EFFECT_NOUNS and _case_then_topic(before) \
                        and _says_what_it_is(toks, start, k, since, _earlier_pieces(doc, s)):
                    flag = True  # ベーシックプランの場合は、出品できる数は1,000点までになります
                elif not _changes(before, noun.surface):
                    if _DEMONSTRATIVE.search(before) and noun.pos[1] != "形状詞" and noun.pos[2] != "形状詞可能":
                        flag = True
                    elif _PAY_SUBJECT.search(before) and (noun.surface == "円" or noun.pos[2] == "助数詞"):
                        flag = True
                    elif _says_what_it_is(toks, start, k, since, _earlier_pieces(doc, s)):
                        flag = True
                if not flag:
                    continue
                if hoo:
                    sugg = _text(toks, max(0, k - 2), k - 1) + "です"
                    start = max(0, k - 2)
                elif _raised_stem(toks, k):
                    # 担当スタッフがお答えになります / 明日お届けになります: お + a verb's stem + になる, the
                    # honorific, of an act that is not the reader's (their acts are passed over above): said
                    # of ours, it is the humble お〜します, never お答えです
                    stem = toks[k].surface
                    sugg = "伺います（参ります）" if stem in _ONLY_RAISED_STEMS else _text(toks, k - 1, k + 1) + "します"
                    found = _text(toks, k - 1, e)
                    yield _hit(toks, k - 1, e, suggestion=sugg, fix=None,
                               message=f"「{found}」は相手を立てる「お〜になる」の形です。こちらの動作なら「{sugg}」と書きます。")
                    continue
                else:
                    sugg = _text(toks, start, i) + "です"
                found = _text(toks, start, e)
                yield _hit(toks, start, e, suggestion=sugg, fix=sugg,
                           message=f"「{found}」は「です」の代わりの「〜になります」です。「{sugg}」と書きます。")
                continue
            # 〜のほう、 / 〜のほうを (ぼかしの「ほう」)
            if (t.surface == "ほう" or t.surface == "方" and _thing_hou(toks, i)) \
                    and _vague_hou(toks, i, sent) and not _compared_after_wrap(doc, s, toks, i) \
                    and not _one_of_named(doc, toks, i):
                after = toks[i + 1].surface if i + 1 < n else ""
                e = i + 2 if after in _HOU_AFTER or after == "の" else i + 1
                j = _noun_start(toks, i - 2)  # the whole noun: 請求|書のほう -> 請求書のほう
                if j == i - 2 and toks[j].surface == "様" and j >= 2 and toks[j - 1].pos[0] == "動詞" \
                        and toks[j - 2].surface in ("お", "ご", "御"):
                    j -= 2  # (お|連れ|様のほう: the stem and its お with the title)
                # (its particle dropped before the verb's お/ご: the object, 試乗をご用意して; a note in
                # brackets after it keeps its place and its particle: ご注文（注文番号 MM-58120）、)
                sugg = _text(toks, j, i - 1) + ("" if after in ("(", "（") else after if after in _HOU_AFTER and after not in ("、", ",") or after == "の"
                                                 else "を" if after in ("ご", "お", "御") or after in _REQUEST_ADVERBS
                                                 # (or before a verbal noun and する: 内容を確認させて)
                                                 or i + 1 < n and toks[i + 1].pos[2] == "サ変可能"
                                                 else "を、" if _act_asked(toks, i) else "は、")
                yield _hit(toks, j, e, suggestion=sugg, fix=sugg,
                           message=f"「{_text(toks, j, e)}」の「のほう」は不要なぼかしです。「{sugg}」と書きます。")
                continue
            # ご本人様でございますか -> でいらっしゃいますか
            if t.surface == "で" and i + 2 < n and _verb(toks[i + 1], "ござる", "御座る") and toks[i + 2].norm == "ます" \
                    and i >= 1 and _is_question(toks):
                prev = toks[i - 1]
                if prev.surface in ("様", "さま") or any(prev.surface.endswith(p) for p in _PERSON_Q):
                    e = _chain_end(toks, i + 2)
                    found = _text(toks, i, e)
                    yield _hit(toks, i, e, suggestion="でいらっしゃいますか",
                               fix="でいらっしゃいます" + found[6:] if found.startswith("でございます") else None,
                               message=f"「{_text(toks, i, e)}」はお客様について自分の側の丁重語「ござる」を使っています。"
                                       "「でいらっしゃいますか」と書きます。")


# -- keigo/casual -----------------------------------------------------------------------
_CASUAL_WORDS = {
    # surface or lemma: (suggestion, kind)
    "ちょっと": "少々", "ちょっとした": "ささいな", "ちょっぴり": "少し", "すごい": "大変", "すごく": "大変",
    "凄い": "大変", "凄く": "大変", "めっちゃ": "大変", "めちゃくちゃ": "大変", "めちゃめちゃ": "大変",
    "めちゃ": "大変", "やっぱり": "やはり", "やっぱ": "やはり", "ほんとに": "本当に", "ほんと": "本当に",
    "マジ": "本当に", "まじ": "本当に", "ぶっちゃけ": "率直に申し上げると", "すいません": "申し訳ございません",
    "すみません": "申し訳ございません", "ごめんなさい": "申し訳ございません", "ごめん": "申し訳ございません",
    "いっぱい": "たくさん", "ちょい": "少し", "ちゃんと": "きちんと", "オッケー": "承知しました", "オーケー": "承知しました",
    # the spoken demonstratives (こっちで確認します / そっちの店舗), and spoken nouns: だめ for what does
    # not work or is not allowed, やつ for a thing (他社さんのやつ)
    "こっち": "こちら", "そっち": "そちら", "あっち": "あちら", "どっち": "どちら",
    "だめ": "難しい", "ダメ": "難しい", "やつ": "もの",
    # (slang of surprise, and 了解 drawn out as in speech: それはヤバいですね / りょーかいです)
    "ヤバい": "大変", "やばい": "大変", "りょーかい": "承知しました",
}
# (だめ before a noun of its compound is a trade's word, not speech: ダメ工事, ダメ出し; 駄目 in
# kanji is the written word: 駄目になった部品)
_DAME = frozenset(("だめ", "ダメ"))
# A contracted te-form and its full form: 〜てます -> 〜ています, 〜ちゃいます -> 〜てしまいます
_CONTRACTED = {
    "てる": lambda sf: sf[0] + "い" + sf[1:], "でる": lambda sf: sf[0] + "い" + sf[1:],
    "ちゃう": lambda sf: "てしま" + sf[2:], "じゃう": lambda sf: "でしま" + sf[2:],
    # 〜ておく: 変えといて / 確認しときます / 読んどいて
    "とく": lambda sf: "てお" + sf[1:], "どく": lambda sf: "でお" + sf[1:],
}
# The last kana of a verb's stem (連用形) in the い and え rows: 入れ, 伝え, 出し, 聞き
_STEM_ENDS = frozenset("いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ")
# What follows くれる/もらえる when they ask: と(助かります), たら, ば, か, ますか, ませんか, ないか
# (or the question mark alone after ます: お名前だけ教えてもらえます？)
# Leave asked after てもらう: てもいいですか / ていいでしょうか / てもよろしいですか / ても大丈夫ですか
_LEAVE_ASKED = lazy(r"て(も)?(いい|よい|良い|よろしい|大丈夫)(です|でしょう)?(か|[?？])")
_ASKING_AFTER = lazy(r"と|たら|ば|(ます|ませんか|ない|る)?か|(ます|ません)[?？]")


def _asks(toks: list[Token], i: int) -> bool:
    """toks[i] (くれる, もらえる) asks the reader: a condition (くれれば, もらえると助かります) or a
    question (くれますか, もらえませんか); not what someone did or can do (質問してくれた陽菜さん,
    ホテルに対応してもらえる場合があります)."""
    rest = "".join(t.surface for t in toks[i + 1:i + 8])
    if _EMBEDDED_QUESTION.match(rest):
        return False  # (a question put to someone else, which the reader is asked to check: ホテルへ、
        # 荷物を受け取ってもらえるかご確認ください)
    return toks[i].surface in ("くれれ", "もらえれ") or bool(_ASKING_AFTER.match(rest))


_EMBEDDED_QUESTION = lazy(r"(る|ます)?か(どうか)?[、,]?(を)?(事前に|あらかじめ|先に)?[、,]?(ご|お)?(確認|確かめ|問い合わせ|問合せ|聞い|伺)")


def _kudasaru(kureru: str, after: str) -> str:
    """くださる in the form of くれる it replaces (くれれ|ば -> くだされ, くれ|ます -> ください)."""
    if kureru == "くれれ":
        return "くだされ"
    if kureru == "くれ":
        if after.startswith(("た", "て", "だ")):
            return "くださっ"
        if after.startswith(("な", "ず")):
            return "くださら"
        return "ください"
    return "くださる" if kureru == "くれる" else kureru


# (じゃあ stands alone as well: じゃあ明日の便で再送します)
_SENTENCE_START = lazy(r"^(なので|だから|でも|あと|あとは|それと|じゃあ|じゃ)(?:、|,|\s|(?<=じゃあ))")
# A word's last kana drawn out with ー, as in speech (ありがとー！ / 大丈夫ですよー。), before a stop,
# a comma or a line's end: two kana before it at least (not えー、 or あー、, an interjection's own
# shape), and never inside a name (ふるぎー事務局, らーめん), where a kana or a kanji follows
_DRAWN_OUT_AFTER = "!！。、?？〜~♪\n"
# (and the ます / です of a post drawn out in the middle: お待ちしてまーす, 発売中でーす)
_DRAWN_OUT = lazy(r"[ぁ-ゖ]{2}(ー+)(?=[" + _DRAWN_OUT_AFTER + r"]|$)|(?<=[まで])(ー+)(?=す)")
# やる for 行う / する, each form for the same form of 行う (not 水をやる, to plants or animals)
_YARU = {"やっ": "行っ", "やり": "行い", "やら": "行わ", "やれ": "行え", "やろ": "行お", "やる": "行う"}
_YARU_GIVEN = ("水", "餌", "えさ", "エサ", "肥料", "ごはん", "ご飯")
# (a noun made of its stem, やり方, 水のやりすぎ; and やっております, a service we offer or not, told in
# the humble register: ピアノの運搬はやっておりません)
_YARU_NOUN_AFTER = ("方", "かた", "すぎ", "過ぎ")
# (やってくる is "to arrive", a word of its own: 夏本番がやってまいります, 台風がやって来ます)
_YARU_COMES = ("くる", "来る", "まいる", "参る")


# The reader's own people and house named as one speaks of anyone's: the reader's parents, spouse and
# grandparents with さん (ご同行のお母さん, 奥さんを受取人に → お母様, 奥様), the reader's company or
# shop with そちら / あなた (そちらの会社 → 貴社). Children (お子さん, 息子さん, お孫さん) are let be:
# support writers use them of the reader's children as they are; siblings (お姉さん) name staff too.
_KIN_SAN = {"お母さん": "お母様", "お父さん": "お父様", "お義母さん": "お義母様", "お義父さん": "お義父様",
            "おかあさん": "お母様", "おとうさん": "お父様", "奥さん": "奥様", "おくさん": "奥様", "旦那さん": "旦那様",
            "だんなさん": "旦那様", "ご主人さん": "ご主人様", "お祖母さん": "お祖母様", "お祖父さん": "お祖父様",
            "おばあさん": "おばあ様", "おじいさん": "おじい様"}
_THEIR_HOUSE = {"会社": "貴社", "店": "貴店", "お店": "貴店", "店舗": "貴店", "事務所": "貴事務所", "病院": "貴院",
                "医院": "貴院", "クリニック": "貴院", "学校": "貴校", "団体": "貴団体", "法人": "貴法人", "組合": "貴組合"}
_YOUR_SIDE = ("そちら", "そちら様", "そちらさま", "あなた", "あなた様", "あなたさま")
# (one trie of the whole words, searched once per reply)
_READERS_PLAIN = lazy(trie_pattern(sorted({*_KIN_SAN} | {y + "の" + h for y in _YOUR_SIDE for h in _THEIR_HOUSE})))
# (each word holds one of these: a reply that holds none is passed over at the cost of a substring test)


def _first_readers_plain(norm: str) -> re.Match | None:
    """_READERS_PLAIN's first match in the reply, searched only when the reply holds one of its
    keys (str's search of a few letters is far cheaper than the trie's scan at every お and ご)."""
    if not _holds_any(norm, _READERS_PLAIN_KEYS):
        return None
    return _READERS_PLAIN.search(norm)


# (every kin word ends in さん; the reader's house is named after one of the others)
_READERS_PLAIN_KEYS = ("さん", "そちら", "あなた")
assert all(w.endswith("さん") for w in _KIN_SAN) and all(any(k in y for k in _READERS_PLAIN_KEYS) for y in _YOUR_SIDE)


# (the trigger's words for them: read by _READERS_PLAIN's own search, not by the sentence gate)
# (each word's tail: the trigger, searched in every reply, then never stops at the お of a reply)
_READERS_PLAIN_WORDS = frozenset(("母さん", "父さん", "かあさん", "とうさん", "奥さん", "くさん", "旦那さん", "だんなさん", "主人さん",
                                  "ばあさん", "じいさん", *(y + "の" for y in _YOUR_SIDE)))
assert all(any(w.endswith(t) for t in _READERS_PLAIN_WORDS) for w in _KIN_SAN)
# (what follows a kin word said of any parent or spouse: お母さん向け, お父さん方, お母さんたち)
_ANYONES = ("向け", "方", "たち", "達", "同士", "世代", "目線", "同伴", "ママ", "のための", "のため", "も多", "が多", "は多", "に多")
# (a pair of parents said of any child, お父さん・お母さん: no one's in particular)
# (or either of them, or both: 保護者（お父さんかお母さん）, お父さんまたはお母さん; round 36)
_PARENT = r"(?:お父さん|お母さん|おとうさん|おかあさん)"
_KIN_PAIR = lazy(_PARENT + r"\s*[・、,や&]|[・、,や]\s*" + _PARENT + "|" + _PARENT + r"(?:か|と|または|もしくは|および)" + _PARENT)
_KIN_PAIR_REACH = 6  # (back from a kin word to the start of a pair it ends: または)
# (a third party named just before そちら, which そちら then points back to: 販売店がA社の場合、
# そちらの会社に / 製造元はA社です。そちらの会社に: read 30 characters back, the clause or the
# sentence before it)
_OTHER_HOUSE_BEFORE = lazy(r"(?:会社|社|店|業者|メーカー|販売元|製造元|機関|病院|医院|学校)(?:[がはのでに、,。]|の場合|でしたら|なら|です)")
_OTHER_HOUSE_REACH = 30


def _readers_plain(doc: Document, s):
    """お母さん / 奥さん / そちらの会社 of the reader's side, in a sentence (read once per sentence)."""
    for m, a, b in _regex(doc, s, _READERS_PLAIN):
        found = m.group()
        if found in _KIN_SAN:
            if _KIN_PAIR.match(doc.norm, m.start()) \
                    or _KIN_PAIR.search(doc.norm, max(s.nstart, m.start() - len(found) - _KIN_PAIR_REACH), m.end()) \
                    or doc.norm.startswith(_ANYONES, m.end()):
                continue  # (お父さん・お母さん, お母さん向けの講座: anyone's, no one's in particular)
            if doc.set_apart(s):
                continue  # (やさしい日本語: お母さんが 仕事を さがして いる ときも, the word that reader knows)
            sugg = _KIN_SAN[found]
            yield Hit(a, b, f"「{found}」はお客様のご家族を立てない、話し言葉の呼び方です。「{sugg}」と書きます。", sugg, sugg)
            continue
        if _OTHER_HOUSE_BEFORE.search(doc.norm, max(0, m.start() - _OTHER_HOUSE_REACH), m.start()):
            continue
        noun = found.rsplit("の", 1)[1]
        sugg = _THEIR_HOUSE.get(noun, "貴社")
        said = "（話すときは「御社」）" if sugg == "貴社" else ""
        yield Hit(a, b, f"「{found}」はお客様の側を立てない、話し言葉の呼び方です。文章では「{sugg}」{said}と書きます。", sugg, sugg)


# The words, as one trie (an alternation of words is tried at every character, a trie only
# where a word can start); い抜き (てます, 読んでる, てない; not だけでなく), ちゃう, かもです,
# くれる (not くれぐれも); 全然 (全然大丈夫), でOK. Not でも: at the start of a sentence it is let be,
# and no other pattern reads it (いつでも, 何でも stand in many replies).
_ALL_RIGHT = ("大丈夫", "OK", "オッケー", "平気")
_POLITE_SPEECH = lazy(r"(?:でした|ました|です|ます)っけ|どうも(?:です|でした)(?![ぁ-ゖ])"
                      # (〜ていって cut short as in speech: ゆっくり見てってください, 持ってってくださいね)
                      r"|(?<=[ぁ-ゖァ-ヺ一-鿿])[てで]って(?=ください|下さい|ね|[!！。])")
# A verb's plain form hedged with 感じ as the sentence's end, as one talks (窓口で精算となる感じです /
# お申し込みいただく感じになります): round 34, eight dev replies, each labeled keigo, none clean. (Not an
# adjective's, 明るい感じです, which tells how a thing looks.)
_HEDGED_KANJI = lazy(r"(?<=[るたうくすつぬむぶぐ])感じ(?:です|でございます|になります|となります|になっております)")
_YOROSHIKU = frozenset(("よろしく", "宜しく"))
_YOROSHIKU_ENDS = frozenset(("です", "っす", "ね", "。", "!", "！", "〜", "~", "♪"))


def _signs_off(doc: Document, s) -> bool:
    """A mail's last words a sign-off of talk (以上、よろしく。): closing/casual-sign-off's, not reported twice."""
    if doc.channel != "email" or not acts.CASUAL_SIGN_OFF.fullmatch(doc.norm, s.nstart, s.nend):
        return False
    own = doc.own_sentences()
    return bool(own) and own[-1].nstart == s.nstart


# A request with its act's noun bare, the お or ご a request to a customer gives it left off (また何か
# あれば連絡ください, 遅れる時は電話ください): ten dev replies say it, all labeled keigo, one left clean
# (round 33). (Not after a colleague's or a school's plain register: casual() asks who reads.)
_BARE_NOUNS = {"連絡": "ご", "電話": "お", "相談": "ご", "返信": "ご", "返事": "お", "入金": "ご", "来店": "ご", "返送": "ご",
               "持参": "ご", "返却": "ご", "確認": "ご", "記入": "ご", "提出": "ご", "予約": "ご", "検討": "ご", "了承": "ご",
               "送付": "ご", "申請": "ご"}
assert all(len(n) == 2 for n in _BARE_NOUNS)


def _bare_requests(doc: Document):
    """The requests with their noun bare (a noun of _BARE_NOUNS right before ください, no お or ご)
    in the sentences written to the reader, when the check runs for the reply's other words of
    speech (a chatty reply, as all ten dev replies that say it are; ご確認ください holds 確認ください,
    so the words cannot be the trigger's own without sending most replies through the check).
    Each ください of the reply is read with the two letters before it and the one before them
    (every noun is two letters); the sentence is looked up only for a bare one."""
    norm = doc.norm
    for word in ("ください", "下さい"):
        p = norm.find(word)
        while p >= 0:
            noun = norm[p - 2:p] if p >= 2 else ""
            if noun in _BARE_NOUNS and (p < 3 or norm[p - 3] not in "おご御") \
                    and any(s.nstart <= p - 2 and p + len(word) <= s.nend for s in doc.linted_sentences()):
                found = noun + word
                a, b = doc.original_span(p - 2, p + len(word))
                sugg = _BARE_NOUNS[noun] + found
                yield Hit(a, b, f"「{found}」はお願いの言葉として「{_BARE_NOUNS[noun]}」が抜けています。"
                                f"「{sugg}」と書きます。", sugg, sugg)
            p = norm.find(word, p + len(word))


_CASUAL_TRIGGER = (
    # (a sentence's end in speech: a て-form request, 連絡してね / 来て!; a plain form with a
    # sentence-final particle, あるよ / 大丈夫だね / できるかな / 便利じゃん)
    {te + p for te in "てで" for p in ("ね", "よ", "な", "。", "!", "！", "♪")}
    | {k + p for k in "るたいだうくすつむぶぐぬ" for p in "よねなわぞぜさ"} | {"じゃん", "かな", "っけ"}
    # (OK alone: the loop reads it after で or も with a blank between too, こちらの設定で OKです)
    | {*_CASUAL_WORDS, "全然", "OK", "でOK", "もOK", "でオッケー", "なので", "だから", "あと", "それと", "すご", "スゴ", "凄", "すみ",
     "すい", "けど", *_READERS_PLAIN_WORDS,
     # (よろしく with nothing after it but です or the sentence's end: 以上、よろしく。 / よろしくです)
     *(y + e for y in _YOROSHIKU for e in _YOROSHIKU_ENDS),
     # (a polite form's っけ; どうも said for thanks: _POLITE_SPEECH)
     "どうもです", "どうもでした", "てって", "でって",
     "じゃ", "っす", "もらえ", "もらって", "とか", "と か", "かもです", "かも です", "かもなので", "かもなんで", "笑", "ありがとう!", "ありがとう。",
     "うちの", "さいw", "すw", "たw", "さいｗ", "すｗ", "たｗ",
     "ありがとう！", "ありがと!", "ありがと！", "ありがとう~", "ありがとう〜", "ありがとう♪",
     # (speech's auxiliary of seeming, and んで for ので: ないみたいです, 発送なんで、; not っぽい,
     # written of colours and textures too: 白っぽい, 水っぽい)
     "みたい", "んで、", "んで,", "るんで", "たんで", "いんで",
     # (ちょうだい as a request that ends the sentence: DMちょうだい〜)
     "ちょうだい",
     # (a verb's plain form hedged with 感じ: 精算となる感じです; _HEDGED_KANJI)
     *(k + "感じ" for k in "るたうくすつぬむぶぐ"),
     # (and the んで after any letter a verb, an adjective or an auxiliary ends on before it, as the
     # loop reads it: 行くんで, 伺いますんで, 読んだんで, 発送なんで)
     *(k + "んで" for k in "うくぐすつぬぶむだな"),
     # (やる for 行う / する: あちらの画面からやってください, こちらでやっておきます; not やり取り, a word
     # of its own that many replies hold, which would send their sentences to the loop below)
     "やっ", "やりま", "やりた", "やら", "やれ", "やろ", "やる",
     # (a filler of speech before a comma: あー、 / うーん、 / えーと、)
     *(f + c for f in ("あー", "えーと", "えっと", "うーん", "んー", "あのー") for c in "、,")}
    | {p + s for p in ("て", "んで", "いで") for s in ("ます", "まし", "ませ", "る", "た", "て", "ない", "なか")}
    | {"ちゃ" + s for s in "うっいわおえ"} | {"くれ" + s for s in "るれまたなと"}
    | {t + s for t in "とど" for s in "いきくけ"} | {"かしこまりで"})


# The end of a time's name: いっぱい after it is "to its end" (午前中いっぱい, 今月いっぱい), written Japanese
_SPAN_ENDS = ("中", "内", "月", "週", "年", "日", "末", "度", "期", "期間", "時間", "午前", "午後", "今日", "本日")
_TE_ENDS = ("。", "!", "！", "♪")  # (what ends a bare て-form request: ぜひ来て!)
_HONORIFIC_TE = ("くださる", "下さる", "いただく", "頂く", "なさる", "ござる", "御座る")


def _speech_end(doc: Document, s, toks: list[Token]) -> Hit | None:
    """The sentence ends as one speaks, not as one writes to a customer: a て-form asking the reader
    (また連絡してね / ぜひ来て! / 待っててね〜), or a plain form with a sentence-final particle
    (一番下にあるよ / 大丈夫だね / 便利じゃん / できるかな?). A polite form with ね / よ (ですね!,
    ますよ, くださいね) is the friendly register of a chat or a post, and is left alone."""
    whole = doc.sentence_tokens(s)
    if not whole or toks[-1] is not whole[-1]:
        return None  # (the sentence ends in a citation, or is not this run's)
    n = len(toks)
    while n and toks[n - 1].pos[0] in _PUNCT:
        n -= 1
    e = n
    while n and toks[n - 1].pos[1] == "終助詞" and _bare_final(toks[n - 1].surface) in _CASUAL_FINALS:
        n -= 1
    finals = _text(toks, n, e)
    asks = bool(finals) and n >= 1 and toks[n - 1].surface == "か" and toks[n - 1].pos[0] == "助詞" \
        and finals[:1] in ("な", "ね")
    if asks:
        n -= 1  # できるかな? / 空いているかね
    if n < 2:
        return None
    last = toks[n - 1]
    if last.pos[0] == "助詞" and last.pos[1] == "接続助詞" and last.surface in ("て", "で"):
        verb = toks[n - 2]
        if verb.pos[0] not in ("動詞", "助動詞") or _is(verb, "ます", "です", *_HONORIFIC_TE) \
                or not (finals or doc.norm[last.nend:last.nend + 1] in _TE_ENDS) or asks:
            return None
        if not finals and (s.kind not in (seg.BODY, seg.CLOSING, seg.GREETING) or doc.is_fragment(s)):
            return None  # (a bare て-form in a heading or a list item is a cut line)
        start = _predicate_start(toks[:n - 1])
        if start >= 3 and toks[start - 1].surface == "を" and toks[start - 3].surface in ("お", "ご", "御") \
                and toks[start - 3].pos[0] == "接頭辞":
            return None  # (a wish with its ください left unsaid, お気をつけて: the object raised with お)
        if start > 0 and toks[start - 1].surface in ("お", "ご", "御") and toks[start - 1].pos[0] == "接頭辞":
            start -= 1
        head = _text(toks, start, n - 1)
        if toks[start].surface in ("お", "ご", "御") and _verb(toks[n - 2], "する", "為る") and n - 2 > start:
            sugg = _text(toks, start, n - 2) + "ください"  # ご連絡して -> ご連絡ください
        else:
            sugg = head + last.surface + "ください"
        found = _text(toks, start, e)
        return _hit(toks, start, e, suggestion=sugg, fix=None,
                    message=f"「{found}」は話し言葉の頼み方です。お客様には「{sugg}」と書きます。")
    if not finals:
        return None
    kind = _classify(toks[:n])
    if kind is None or kind[0] != _PLAIN:
        return None
    start = kind[1]
    found = _text(toks, start, e)
    if asks:
        plain = _text(toks, start, n)
        sugg = (plain[:-1] if plain.endswith("だ") else plain) + "でしょうか"
    else:
        polite = _polite_form(toks[:n], start)
        bare = _bare_final(finals)
        sugg = polite + bare if polite and bare in ("ね", "よ", "よね") else polite
    return _hit(toks, start, e, suggestion=sugg, fix=None,
                message=f"「{found}」は話し言葉の文末です。"
                        + (f"お客様には「{sugg}」と書きます。" if sugg else "です・ます調で書きます。"))


# A hiragana drawn out, as in speech (ありがとー！, 大丈夫ですよー。, お待ちしてまーす), for the trigger and
# the gate: found at its ー, the kana before it read behind (a katakana word's ー, センター, stands in
# most replies; a hiragana first would stop the search at most characters of a reply)
def _and_drawn_out(trie: str) -> str:
    """A trie's pattern, (?:…), with the drawn-out ー as one more of its alternatives (inside its
    group, so that re still scans for the alternatives' first characters)."""
    assert trie.startswith("(?:") and trie.endswith(")")
    return trie[:-1] + "|ー(?<=[ぁ-ゖ]ー))"


# The commonest letters of a reply that start a word of the trigger or the gate (see _CASUAL_WORD_GATE
# and the trigger below)
_LATE_FIRST = "いまたごだくスうけつマるこばほそぬぐ全ぶむ母旦父奥"
assert all(c.isalpha() for c in _LATE_FIRST)


# The trigger's words that the word loop and the sentence starts read (and オーケー, て/でん, とこ:
# forms the loop finds that no trigger holds), apart from the sentence ends: a sentence that
# holds none of them is tokenized only if it ends as _speech_end needs (ださ in ください, ような,
# いない hold an end's letters in most replies).
_CASUAL_GATE_WORDS = frozenset(
    (_CASUAL_TRIGGER - {te + p for te in "てで" for p in ("ね", "よ", "な", "。", "!", "！", "♪")} - _READERS_PLAIN_WORDS
     - {k + p for k in "るたいだうくすつむぶぐぬ" for p in "よねなわぞぜさ"} - {"かな", "っけ"})
    | {"オーケー", "とこ", "どこ"} | {te + x for te in "てで" for x in "んれろら"})
# A word that starts with one of the commonest letters of a reply (_LATE_FIRST: い, ま, た, ご, だ,
# く …) is found at its second letter, that first letter read behind it: re then stops at far
# fewer letters (4.4 -> 2.3 µs per reply over the 2k generated replies). The gate keeps the same
# sentences: such a word's first two letters lie in one sentence, since a sentence ends only at
# a line's end (its trailing blanks left out), after 。!? or after the 、, or blank that ends an
# inline addressee, and starts after one of those, none of them a letter (_LATE_FIRST holds only
# letters; each of its words has a second one, which a late match needs).
_CASUAL_WORD_GATE = lazy(_and_drawn_out(trie_pattern_at_second(sorted(_CASUAL_GATE_WORDS), _LATE_FIRST)))
# (the most characters a match holds, a word or the drawn-out ー: the gate's search ends that far past
# the last sentence it reads, not at the end of the reply, its signature or a quoted message)
_GATE_REACH = max(map(len, _CASUAL_GATE_WORDS))
assert all(len(w) > 1 for w in _CASUAL_GATE_WORDS if w[0] in _LATE_FIRST)
_END_LETTERS = frozenset("てでねよなわぞぜんけさ")  # (the last letter of て/で or of a final in _CASUAL_FINALS)
_SMALL_KANA = frozenset("っぁぃぅぇぉゃゅょゎゕゖ")

# A letter that ends no final nor て/で, then one mark: _may_end_in_speech is false of a sentence so ended
_WRITTEN_TAILS = frozenset(chr(c) + p for c in range(ord("ぁ"), ord("ゖ") + 1) for p in "。?!"
                           if chr(c) not in _SMALL_KANA and chr(c) not in _END_LETTERS)


def _may_end_in_speech(norm: str, s) -> bool:
    """A necessary condition for _speech_end: past the trailing symbols, stretch marks and small
    kana (none a letter of hiragana or kanji), the sentence's last letter ends て/で or a final.
    A final's letters are its bare form's with stretch marks between (_bare_final): an ん ends
    じゃん and a け ends っけ, so the letter before it, past the marks, must be theirs (ません。,
    the commonest ending of a reply, is passed over)."""
    i = s.nend
    while i > s.nstart:
        c = norm[i - 1]
        if ("ぁ" <= c <= "ゖ" and c not in _SMALL_KANA) or "一" <= c <= "鿿" or c == "々":
            if c not in _END_LETTERS:
                return False
            before = _BEFORE_LAST.get(c)
            if before is None:
                return True
            k = i - 1  # (back over the stretch marks, to the letter before it)
            for letter in before:
                while k > s.nstart and norm[k - 1] in _STRETCH_MARKS:
                    k -= 1
                if k <= s.nstart or norm[k - 1] != letter:
                    return False
                k -= 1
            return True
        i -= 1
    return False


# (the letters before the last one of the finals that end in ん and け, read back: じゃん, っけ)
_BEFORE_LAST = {"ん": "ゃじ", "け": "っ"}
_STRETCH_MARKS = frozenset("ー〜~～!！♪")  # (what _bare_final takes out of a final)
assert {f[-1] for f in _CASUAL_FINALS if f[-1] in _BEFORE_LAST} == set(_BEFORE_LAST) \
    and all(f[:-1][::-1] == _BEFORE_LAST[f[-1]] for f in _CASUAL_FINALS if f[-1] in _BEFORE_LAST)


def _casual_sentences(doc: Document, ctx: CheckContext):
    if ctx.trigger is None:
        return _sentences_with(doc, ctx)
    # The sentences that hold the trigger and either end as speech or hold a word of the gate:
    # the trigger (a match in most sentences, ださ of ください) is searched only in those, each
    # within its own span, rather than across the whole reply.
    norm, trigger = doc.norm, _CASUAL_TRIGGER_RX
    first = doc.cache.get(ctx.trigger_key)  # (no sentence before the engine's first match holds it)
    lo = first.start() - _LATE if first is not None else 0
    # The sentences past it, parted in one walk: those that end as speech, and the others
    # (most sentences end in す。, た。 or い。: decided by their last two letters, without the call)
    # (and a です・ます form or a request before its ね or よ, ますね。 / くださいね。, told by its text as
    # keigo/mixed-style tells it, is no speech: its words say the same, tests/test_triggers.py)
    ends, others = [], []
    tails, written = _WRITTEN_TAILS, others.append
    for s in doc.linted_sentences():
        e = s.nend
        if e <= lo:
            continue
        if e - s.nstart >= 2 and norm[e - 2:e] in tails:
            written(s)
        elif _may_end_in_speech(norm, s) and _style_by_text(doc, s) is None:
            ends.append(s)
        else:
            written(s)
    keep = set()
    for s in ends + doc.sentences_with(_CASUAL_WORD_GATE, others, reach=_GATE_REACH):
        # (a literal word that starts in the sentence ends within _TRIGGER_REACH past its end)
        m = trigger.search(norm, s.nstart, min(len(norm), s.nend + _TRIGGER_REACH))
        if m is not None and m.start() < s.nend:
            keep.add(id(s))
    return [(s, run) for s in doc.linted_sentences() if id(s) in keep for run in _own_words(doc, s)] if keep else []


def _with_trigger(doc: Document, ctx: CheckContext) -> list:
    """The sentences written to the reader that hold the trigger (ctx.sentences, searched with the
    trigger itself, not as the engine finds it); all of them when triggers are off."""
    written = doc.linted_sentences()
    return written if ctx.trigger is None else doc.sentences_with(_CASUAL_TRIGGER_RX, written)


# The hesitations of speech, written down (あー、同梱は難しいですね / うーん、その日は満席です / えーと、):
# the reader of a written reply is not kept waiting while we think. (えー alone is surprise as often,
# えー、それは大変でしたね: only its えーと is a hesitation.)
_FILLERS = frozenset(("あー", "えー", "えっと", "えーっと", "うーん", "んー", "あのー"))
_LOOP_WORDS = _FILLERS | frozenset(_CASUAL_WORDS) | {"ちゃんと", "すいません", "すみません", "全然", "OK", "オッケー", "オーケー", "けど",
                                        "けども", "とか", "と", "じゃ", "よろしく", "宜しく", "じゃあ", "か", "みたい", "ん", "笑", "ちょうだい", "ありがとう", "ありがと", "うち", "w", "ww", "www", "ｗ", "ｗｗ", "ｗｗｗ"}
_LOOP_POS = frozenset(("動詞", "形容詞", "助動詞"))


_TRIGGER_REACH = max(map(len, _CASUAL_TRIGGER)) - 1  # (the trigger's words are literals)


# The trigger, searched within each sentence the check reads (_casual_sentences), and once across
# the whole reply by the engine, to find whether it is there and where it first is. The engine's
# search finds a word that starts with one of the commonest letters of a reply (い, ま, た, ご, だ,
# く, う, る …, and rarer ones whose words' second letters are looked for anyway) at its second
# letter: its first match, the check's lower bound, may start one letter late (_LATE).
_CASUAL_TRIGGER_RX = lazy(_and_drawn_out(trie_pattern(sorted(_CASUAL_TRIGGER))))
_LATE = 1
assert all(len(w) > 1 for w in _CASUAL_TRIGGER if w[0] in _LATE_FIRST)


@triggered_by(_and_drawn_out(trie_pattern_at_second(_CASUAL_TRIGGER, _LATE_FIRST)))
def casual(doc: Document, ctx: CheckContext):
    allow = set(ctx.options.get("allow", ()) or ())
    # すみません is the apology of a chat or an SNS reply, and of a school to its student (宛名を
    # さんで呼ぶ): writers of those replies leave it as it is (すいません, spoken, is still reported)
    # (the addressee read only when すみません is found: few replies hold it, every reply was read)
    talk = doc.channel in ("chat", "sns")
    # (the reader's people and house named plainly: their own search, once per reply, of the
    # sentences written to the reader)
    # (to a colleague, or a school to its student called さん, さん is the register: asked only when found)
    norm = doc.norm
    first = _first_readers_plain(norm)
    plain = doc.sentences_with(_READERS_PLAIN, _with_trigger(doc, ctx), first) if first else ()
    if plain and not (doc.to_colleague or doc.reader_called_san):
        for s in plain:
            yield from _readers_plain(doc, s)
    if not (doc.to_colleague or doc.reader_called_san):
        yield from _bare_requests(doc)
    last = None
    last_speech = None  # (one such hit per sentence, which the runs may share)
    for s, toks in _casual_sentences(doc, ctx):
        text = doc.norm[s.nstart:s.nend]
        lead = len(text) - len(text.lstrip())
        m = _SENTENCE_START.match(text) if s is not last else None  # (once per sentence, not per run)
        last = s
        if m:
            word = m.group(1)
            sugg = {"なので": "そのため", "だから": "そのため", "でも": "ただ", "あと": "また", "あとは": "また",
                    "それと": "また", "じゃあ": "それでは", "じゃ": "それでは"}[word]
            # (to a colleague, それと / あと / なので start a sentence of a chat as they do in speech)
            if word not in allow and not (word in ("でも",)) and not (doc.to_colleague and word in ("それと", "あと", "あとは", "なので")):
                a, b = doc.original_span(s.nstart + lead + m.start(1), s.nstart + lead + m.end(1))
                yield Hit(a, b, f"文頭の「{word}」は話し言葉です。「{sugg}」と書きます。", sugg, sugg)
        end = _speech_end(doc, s, toks)
        if end is not None:
            yield end
        # (a polite form with the っけ of recalling, 何日のご予約でしたっけ, and どうも for thanks, お問い合わせ
        # どうもです: speech however polite its ending; round 32)
        if "っけ" in text or "どうも" in text or "てって" in text or "でって" in text:
            for d in _POLITE_SPEECH.finditer(text):
                if s is not last_speech:
                    last_speech = s
                    a, b = doc.original_span(s.nstart + d.start(), s.nstart + d.end())
                    sugg = "ありがとうございます" if d.group().startswith("どうも") else \
                        d.group()[0] + "いって" if d.group().endswith("って") else "でしょうか"
                    yield Hit(a, b, f"「{d.group()}」は話し言葉です。「{sugg}」と書きます。", sugg)
        if "感じ" in text and s is not last_speech:
            d = _HEDGED_KANJI.search(text)
            if d is not None:
                last_speech = s
                a, b = doc.original_span(s.nstart + d.start(), s.nstart + d.end())
                yield Hit(a, b, f"「〜{d.group()}」は話し言葉のぼかしです。「窓口で精算いたします」「お申し込みいただけます」"
                                "のように言い切って書きます。")
        if "ー" in text:
            for d in _DRAWN_OUT.finditer(text):
                g = 1 if d.group(1) else 2
                if text.endswith("ありがと", 0, d.start(g)):
                    continue  # (ありがと is reported as a word, ー and all)
                k = d.start(g)
                while k > max(0, d.start(g) - 4) and "ぁ" <= text[k - 1] <= "ゖ":
                    k -= 1
                a, b = doc.original_span(s.nstart + d.start(g), s.nstart + d.end(g))
                word = text[k:d.end(g) + (g == 2)]
                yield Hit(a, b, f"「{word}」の「ー」は話し言葉の伸ばし方です。返信では伸ばさずに書きます。")
        n = len(toks)
        for i, t in enumerate(toks):
            sf = t.surface
            # (every test below needs one of these words, or a verb, an adjective or an auxiliary:
            # the other words, most of a sentence, are passed over with one test)
            if sf not in _LOOP_WORDS and t.pos[0] not in _LOOP_POS:
                continue
            key = None
            if sf == "ちゃんと" and i >= 1 and toks[i - 1].nend == t.nstart and (
                    toks[i - 1].pos[0] == "名詞" or "ァ" <= toks[i - 1].surface[-1] <= "ヺ" or "一" <= toks[i - 1].surface[-1] <= "龥"
                    or toks[i - 1].pos[0] == "副詞" and toks[i - 1].surface.endswith("ん")):
                continue  # ワンちゃんと, マロンちゃんと: a name's ちゃん, then と (わんちゃんと / にゃんちゃんと:
                # the animal's cry, read as an adverb, before it)
            if sf in _FILLERS and t.pos[0] == "感動詞":
                # (えーと: えー and its と; the comma after it, or the filler is no hesitation)
                e = i + 2 if sf == "えー" and i + 1 < n and toks[i + 1].surface == "と" else i + 1
                if e < n and toks[e].surface in ("、", ",") and (sf != "えー" or e == i + 2):
                    found = _text(toks, i, e)
                    yield _hit(toks, i, e, message=f"「{found}」は話すときの言いよどみです。返信の文には書きません。")
                continue
            if sf in _DAME and i + 1 < n and toks[i + 1].nstart == t.nend and toks[i + 1].pos[0] in ("名詞", "接尾辞"):
                continue
            # (a thing ruined, だめになる in any tense: 食品がだめになってしまった; the written verb
            # whatever its spelling, not だめ for "not allowed" or "no good")
            if sf in _DAME and i + 2 < n and toks[i + 1].surface == "に" and toks[i + 2].lemma in ("なる", "成る"):
                continue
            # よろしく as the whole request, お願い left unsaid (以上、よろしく。 / 遅れ気味ですが、よろしくです):
            # eight dev replies end so, each labeled; not regards sent to someone, 〇〇ちゃんにも、よろしくね
            if sf in _YOROSHIKU and t.pos[0] == "副詞" and (i + 1 == n or toks[i + 1].surface in _YOROSHIKU_ENDS) \
                    and not doc.norm[max(s.nstart, t.nstart - 4):t.nstart].rstrip("、, ").endswith(("に", "にも")) \
                    and "よろしく" not in allow and not _signs_off(doc, s):
                sugg = "よろしくお願いいたします"
                e = i + 2 if i + 1 < n and toks[i + 1].surface in ("です", "っす") else i + 1
                yield _hit(toks, i, e, suggestion=sugg,
                           message=f"「{_text(toks, i, e)}」だけで頼むのはくだけた言い方です。「{sugg}」と書きます。")
                continue
            if sf in _CASUAL_WORDS and t.pos[0] in ("副詞", "形容詞", "感動詞", "名詞", "形状詞", "連体詞", "接頭辞", "代名詞"):
                # (精いっぱい, 力いっぱい: the written word for "with all one's might"; full, not
                # many: 胸がいっぱいになりました, 予約でいっぱいです, 不安な気持ちでいっぱいだったと
                # お察しします, いっぱいでしょう: the predicate, before に or the copula in any form)
                # (and a time's whole span, to its end: 午前中いっぱい, 今月いっぱい, 年内いっぱい)
                key = None if sf == "いっぱい" and (i >= 1 and toks[i - 1].surface.endswith(("精", "力"))
                                                   or i >= 1 and toks[i - 1].nend == t.nstart
                                                   and toks[i - 1].surface.endswith(_SPAN_ENDS)
                                                   # (a place or a thing filled, written against it:
                                                   # 会場いっぱいの拍手, 画面いっぱいに, 元気いっぱい)
                                                   or i >= 1 and toks[i - 1].nend == t.nstart and toks[i - 1].pos[0] == "名詞"
                                                   and i + 1 < n and toks[i + 1].surface in ("の", "に")
                                                   or i + 1 < n and (toks[i + 1].surface in ("に", "です", "でし", "だ", "で")
                                                                     or toks[i + 1].pos[0] == "助動詞"
                                                                     and toks[i + 1].norm in ("だ", "です"))) else sf
            elif _is(t, "すごい", "凄い") and t.pos[0] == "形容詞":
                key = "すごい"
            elif _verb(t, "済む", "すむ") and sf in ("すみ", "すい") and i + 2 < n and toks[i + 1].norm == "ます" \
                    and toks[i + 2].surface in ("ん",):
                e = _chain_end(toks, i + 1)
                found = _text(toks, i, e)
                if "すみません" in allow or "すいません" in allow or sf == "すみ" and (talk or doc.reader_called_san):
                    continue
                cushion = e < n and toks[e].surface == "が"
                sugg = "恐れ入りますが" if cushion else ("申し訳ございませんでした" if found.endswith("でした") else "申し訳ございません")
                yield _hit(toks, i, e, suggestion=sugg, fix=sugg.removesuffix("が"),  # (the が is not in the span)
                           message=f"「{found}」はくだけた謝り方です。お客様には「{sugg}」と書きます。")
                continue
            elif sf in ("すいません", "すみません") and t.pos[0] in ("感動詞", "名詞", "動詞") \
                    and not (sf == "すみません" and (talk or doc.reader_called_san)):
                key = sf
            if key is not None:
                if key in allow or sf in allow:
                    continue
                sugg = _CASUAL_WORDS.get(key, "大変")
                e = i + 1
                # a word for a word of the same kind: an adverb (すごく -> 大変), not すごい数 -> 大変数
                same_kind = t.pos[0] in ("副詞", "感動詞", "連体詞", "代名詞") or t.pos[0] == "形容詞" and t.cform.startswith("連用形")
                yield _hit(toks, i, e, suggestion=sugg, fix=sugg if same_kind else None,
                           message=f"「{_text(toks, i, e)}」は話し言葉です。返信では「{sugg}」と書きます。")
                continue
            if sf in _YARU and _verb(t, "やる") and not (i >= 2 and toks[i - 1].surface == "を" and toks[i - 2].surface in _YARU_GIVEN) \
                    and not (i + 1 < n and toks[i + 1].surface in _YARU_NOUN_AFTER) \
                    and not (i + 2 < n and toks[i + 1].surface == "て" and _verb(toks[i + 2], "おる", "居る", *_YARU_COMES)):
                sugg = _YARU[sf]
                yield _hit(toks, i, i + 1, suggestion=sugg,
                           message=f"「{sf}」（やる）は話し言葉です。返信では「{sugg}」（行う）や「〜する」の形で書きます。")
                continue
            # ないみたいです / 夢みたいな: speech's word of seeming (ようです, のようです); the みたい of
            # 〜してみたい is み|たい, a verb and its wish, never this word. In a chat or a post too (round
            # 35: across the dev sets eight sentences say it, each labeled, five of them in chats and posts;
            # none in a clean reply)
            if sf == "みたい" and t.pos[1] == "助動詞語幹" and "みたい" not in allow:
                after_noun = i >= 1 and toks[i - 1].pos[0] in ("名詞", "接尾辞", "代名詞")
                sugg = "のよう" if after_noun else "よう"
                yield _hit(toks, i, i + 1, suggestion=sugg,
                           message=f"「{sf}」は話し言葉です。返信では「{sugg}」（〜{sugg}です）と書きます。")
                continue
            # 明日発送なんで、/ 在庫がないんで、: ん|で (のだ's て-form) giving a reason, spoken for ので
            # (or with no comma, a clause going on: 確認するんでちょっと待ってください; not んです, んでしょう,
            # nor んでは / んでも)
            if sf == "ん" and t.pos[1] == "準体助詞" and i + 2 < n and toks[i + 1].surface == "で" \
                    and toks[i + 1].pos[0] == "助動詞" and (toks[i + 2].surface in ("、", ",") or i >= 1
                                                          and toks[i - 1].pos[0] in ("動詞", "形容詞", "助動詞")
                                                          and toks[i + 2].pos[0] not in ("助動詞", "助詞", "補助記号")):
                head = i - 1 if i >= 1 and toks[i - 1].surface == "な" and toks[i - 1].pos[0] == "助動詞" else i
                sugg = "なので" if head < i else "ので"
                yield _hit(toks, head, i + 2, suggestion=sugg, fix=sugg,
                           message=f"「{_text(toks, head, i + 2)}」は話し言葉です。返信では「{sugg}」と書きます。")
                continue
            # かしこまりです: the verb's stem made a noun before です (かしこまりました)
            if _verb(t, "かしこまる", "畏まる") and sf.endswith("り") and i + 1 < n and toks[i + 1].norm == "です":
                e = _chain_end(toks, i + 1)
                yield _hit(toks, i, e, suggestion="かしこまりました", fix="かしこまりました",
                           message=f"「{_text(toks, i, e)}」は話し言葉の崩れた形です。「かしこまりました」と書きます。")
                continue
            # 全然大丈夫です / 全然OKです: 全然 with a yes, and 〜でOKです
            if sf == "全然" and i + 1 < n and toks[i + 1].surface in _ALL_RIGHT and "全然" not in allow:
                sugg = "問題ございません"
                yield _hit(toks, i, i + 2, suggestion=sugg,
                           message=f"「{_text(toks, i, i + 2)}」は話し言葉です。返信では「{sugg}」と書きます。")
                continue
            if sf in ("OK", "オッケー", "オーケー") and i >= 1 and toks[i - 1].surface in ("で", "も") \
                    and i + 1 < n and toks[i + 1].surface in ("です", "だ", "だよ", "よ", "!", "！") and "OK" not in allow:
                sugg = "問題ございません"
                yield _hit(toks, i - 1, i + 2 if toks[i + 1].surface == "です" else i + 1, suggestion=sugg,
                           message=f"「{_text(toks, i - 1, i + 1)}」は話し言葉です。返信では「〜で{sugg}」と書きます。")
                continue
            # 〜けど (接続助詞; not けれど, written Japanese too: おいしいけれど、たくさん食べると / 画面は
            # 映っているけれど、声が届かない状態ですね; three dev replies hold it, all clean)
            if sf in ("けど", "けども") and t.pos[0] == "助詞" and "けど" not in allow:
                sugg = "が"
                yield _hit(toks, i, i + 1, suggestion=sugg, fix=sugg,
                           message=f"「{sf}」は話し言葉です。「{sugg}」と書きます。")
                continue
            # とか (並べる・ぼかす助詞)
            if sf == "とか" and t.pos[0] == "助詞" and "とか" not in allow and not _crab(toks, i + 1):
                yield _hit(toks, i, i + 1, suggestion="や／など",
                           message="「とか」は話し言葉です。「や」「など」と書きます。")
                continue
            if sf == "と" and i + 1 < n and toks[i + 1].surface == "か" and toks[i + 1].pos[1] == "副助詞" \
                    and i >= 1 and toks[i - 1].pos[0] in ("名詞", "助動詞", "動詞") \
                    and not (i >= 1 and toks[i - 1].surface in ("なん", "何", "どこ", "誰", "いつ")) \
                    and i + 2 < n and toks[i + 2].pos[0] in ("名詞", "助詞", "補助記号", "動詞") \
                    and not (i + 2 < n and toks[i + 2].surface in ("、",) and i + 3 < n and toks[i + 3].pos[0] == "動詞") \
                    and not _crab(toks, i + 2) and "とか" not in allow:
                if toks[i - 1].pos[0] in ("動詞", "助動詞") and toks[i + 2].surface not in ("、", "の"):
                    continue
                yield _hit(toks, i, i + 2, suggestion="や／など",
                           message="「とか」は話し言葉です。「や」「など」と書きます。")
                continue
            # じゃない / じゃありません / じゃあ
            if sf in ("じゃ", "じゃあ") and (t.pos[0] == "助動詞" or t.pos[0] == "助詞") and "じゃ" not in allow:
                e = i + 1
                while e < n and toks[e].pos[0] in ("形容詞", "助動詞", "動詞") and e - i < 4:
                    e += 1
                found = _text(toks, i, e)
                sugg = "では" + found[len(sf):]
                if found.startswith("じゃない"):
                    sugg = "ではありません" if found == "じゃない" else "では" + found[2:]
                yield _hit(toks, i, e, suggestion=sugg, fix="では" + found[len(sf):],
                           message=f"「{found}」は話し言葉です。「{sugg}」と書きます。")
                continue
            # 〜っす
            if sf.startswith("っす") and _aux(t) and "っす" not in allow:
                yield _hit(toks, i, i + 1, suggestion="です", fix="です" + sf[2:],
                           message=f"「{sf}」は話し言葉です。「です」と書きます。")
                continue
            # The spoken contractions of the te-form: 〜てます / 〜てて / 〜てない (い抜き: 〜ています),
            # 〜ちゃいます / 〜じゃった (〜てしまいます)
            # (not お持ちでない: お〜だ, the honorific, denied; the tokenizer may read its で as でる)
            if t.pos[0] == "助動詞" and t.lemma in _CONTRACTED and i >= 1 and "い抜き" not in allow \
                    and not (i >= 2 and toks[i - 2].pos[0] == "接頭辞" and toks[i - 2].surface in ("お", "ご", "御")):
                full = _CONTRACTED[t.lemma](sf)
                found, sugg = _text(toks, i - 1, i + 1), toks[i - 1].surface + full
                yield _hit(toks, i - 1, i + 1, suggestion=sugg, fix=sugg,
                           message=f"「{found}」は話し言葉の縮約です。「{sugg}」と書きます。")
                continue
            # (〜ておく contracted where the tokenizer splits it as と + 来る or いる: 予約入れときますね, read
            # 予約 / 入れ (a suffix) / と / き / ます; the stem before と, in its い or え row, is no
            # sentence-final form that a quoting or conditional と could follow; round 35)
            if sf == "と" and t.pos[0] == "助詞" and 1 <= i and i + 2 < n and toks[i - 1].pos[0] in ("動詞", "接尾辞") \
                    and toks[i - 1].surface[-1:] in _STEM_ENDS and toks[i + 1].surface in ("き", "い") \
                    and toks[i + 1].lemma in ("くる", "来る", "いる") and toks[i + 2].surface in ("ます", "まし", "て") \
                    and "い抜き" not in allow:
                found = _text(toks, i - 1, i + 2)
                sugg = toks[i - 1].surface + "てお" + toks[i + 1].surface
                yield _hit(toks, i - 1, i + 2, suggestion=sugg, fix=sugg,
                           message=f"「{found}」は話し言葉の縮約です。「{sugg}」と書きます。")
                continue
            # ご連絡ありがとう！ / メッセージありがとう。: thanks cut short of ございます (to a colleague, or a
            # school's student called さん, the register of the reply)
            if sf in ("ありがとう", "ありがと") and t.pos[0] == "感動詞" and (i + 1 >= n or toks[i + 1].pos[0] == "補助記号") \
                    and not (doc.to_colleague or doc.reader_called_san) and "ありがとう" not in allow:
                yield _hit(toks, i, i + 1, suggestion="ありがとうございます", fix="ありがとうございます",
                           message=f"「{sf}」だけのお礼は話し言葉です。お客様には「ありがとうございます」と書きます。")
                continue
            # うちの作業員 / うちの規定: our company called うち, as one says it among friends (not その
            # うちの1つ / 3件のうちの, "among"; nor 明るいうちの, "while": うち after a particle or a mark only)
            if sf == "うち" and t.pos[0] == "名詞" and i + 2 < n and toks[i + 1].surface == "の" \
                    and toks[i + 2].pos[0] in ("名詞", "接頭辞") and toks[i + 2].pos[1] != "数詞" \
                    and not (i >= 1 and (toks[i - 1].pos[0] not in ("助詞", "補助記号", "記号") or toks[i - 1].surface == "の")) \
                    and not (doc.to_colleague or doc.reader_called_san) and "うち" not in allow:
                yield _hit(toks, i, i + 1, suggestion="弊社", message="「うち」は話し言葉です。お客様には「弊社」「当店」と書きます。")
                continue
            # 無理だと思います笑 / 気長にお待ちくださいw: the mark of a laugh in a message, after the sentence's last word
            if (sf == "笑" or sf and len(sf) <= 4 and set(sf) <= set("wｗ")) and t.pos[0] == "名詞" and i >= 1 \
                    and toks[i - 1].pos[0] in ("助動詞", "助詞", "動詞", "形容詞") \
                    and (i + 1 >= n or toks[i + 1].pos[0] == "補助記号"):
                yield _hit(toks, i, i + 1, suggestion=None,
                           message=f"文末の「{sf}」はくだけた書き方です。お客様への返信では使いません。")
                continue
            # 〜かもです (〜かもしれません), and かも of a clause's reason (原因かもなので、 -> 原因かもしれませんので)
            if sf == "か" and i + 3 < n and toks[i + 1].surface == "も" and toks[i + 2].surface == "な" \
                    and toks[i + 3].surface in ("の", "ん") and i + 4 < n and toks[i + 4].surface == "で":
                yield _hit(toks, i, i + 5, suggestion="かもしれませんので", fix="かもしれませんので",
                           message=f"「{_text(toks, i, i + 5)}」は話し言葉です。「かもしれませんので」と書きます。")
                continue
            if sf == "か" and i + 2 < n and toks[i + 1].surface == "も" and toks[i + 2].lemma == "です":
                e = _chain_end(toks, i + 2)
                yield _hit(toks, i, e, suggestion="かもしれません", fix="かもしれません",
                           message=f"「{_text(toks, i, e)}」は話し言葉です。「かもしれません」と書きます。")
                continue
            # 〜てもらってもいいですか: the same favour asked as leave to have it done
            if t.lemma in ("もらう", "貰う") and sf.startswith("もらっ") and i >= 1 and toks[i - 1].surface in ("て", "で") \
                    and toks[i - 1].pos[0] == "助詞" and not doc.to_colleague and not doc.reader_called_san:
                leave = _LEAVE_ASKED.match("".join(x.surface for x in toks[i + 1:i + 7]))
                if leave is not None:
                    e, took = i + 1, 0  # (the words after もらっ that the leave asked spans)
                    while e < n and took < leave.end():
                        took += len(toks[e].surface)
                        e += 1
                    sugg = "いただいてもよろしいでしょうか"
                    yield _hit(toks, i, e, suggestion=sugg, fix=None,
                               message=f"お客様にしていただくことを「{_text(toks, i, e)}」と頼むのは、くだけた言い方です。"
                                       f"「{sugg}」と書きます。")
                    continue
            # DMちょうだい〜 / 写真をちょうだいね: ちょうだい as the request that ends the sentence, what a
            # child is told (not the humble receiving, お時間をちょうだいします / ちょうだいできますか)
            if sf == "ちょうだい" and all(x.pos[0] in ("補助記号", "記号", "空白") or x.pos[0] == "助詞" and x.pos[1] == "終助詞"
                                         for x in toks[i + 1:]) and not doc.to_colleague:
                yield _hit(toks, i, i + 1, suggestion="ください",
                           message="「ちょうだい」は親しい相手への頼み方です。返信では「ください」「お送りいただけますか」と書きます。")
                continue
            # 〜てもらえますか / 〜てくれれば: the customer's favour asked for in plain words
            # (or a thing asked for with くれる itself: DMくれたらすぐ調べます, after the thing's noun)
            if t.pos[0] == "動詞" and i >= 1 and (toks[i - 1].surface in ("て", "で") and toks[i - 1].pos[0] == "助詞"
                                                  or t.lemma in ("くれる", "呉れる") and toks[i - 1].pos[0] == "名詞") \
                    and (t.lemma == "もらえる" or t.lemma in ("もらう", "貰う") and sf.startswith("もらえ")
                         or t.lemma in ("くれる", "呉れる")) and _asks(toks, i) and not doc.to_colleague \
                    and not doc.reader_called_san:  # (a school to its student: 見せてもらえれば)
                nxt = toks[i + 1].surface if i + 1 < n else ""
                sugg = "いただけ" + sf[3:] if sf.startswith("もらえ") else _kudasaru(sf, nxt)
                # (the thing's noun before くれる is rewritten by a person: DMをいただければ)
                yield _hit(toks, i, i + 1, suggestion=sugg, fix=sugg if toks[i - 1].pos[0] == "助詞" else None,
                           message=f"お客様にしていただくことを「{sf}」と頼むのは、くだけた言い方です。「{sugg}」と書きます。")


# -- keigo/ra-nuki and keigo/sa-ire -----------------------------------------------------
