"""positive/double-negative: a negative denied again, and a negative condition with a negative result.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

from ...document import Document
from ...engine import CheckContext, triggered_by
from ...regexes import WordsByLetter, lazy, literal_first
from ._shared import _hit, _phrase_start


# A negative (ない, 無い, なかった; なく) denied again: 〜ないわけではない, 〜ないものでもない,
# 〜ないことはない (〜ないということはありません), 〜ないではない, 〜なくもない, 〜ないとは言い切れない,
# 〜ないとも限らない, in plain or polite forms and kana or kanji spellings (訳, 事, 物).
_NEG = r"(?:な|無)(?:い|かった)"
# (in kanji too: 有りません, 御座いません)
_NEG_AGAIN = r"(?:(?:な|無)(?:い|かった|く)|ありません|有りません|ございません|御座いません)"
_CANNOT_SAY = (r"(?:限らない|限りません|限らず|言い切れない|言い切れません|言えない|言えません|申せません|断言できません"
               # (返品できないとは申しておりません: what we said, denied)
               r"|申しておりません|申し上げておりません|言っておりません|言っていません|お伝えしておりません"
               r"|断言いたしかねます|申し上げられません)")
# A noun that is itself a negative, denied: 対象外ではありません (= 対象です), 不可能ではない, 無理では
# ない. (Only nouns whose 外/不/非/未/無 negates what follows; 不具合, 不明, 無料 are words of their own.)
_NEG_NOUNS = ([w + "外" for w in ("対象", "範囲", "保証", "補償", "適用", "対応", "想定", "規定", "契約", "サポート")]
              + ["不" + w for w in ("可能", "可", "要", "必要", "適用", "適切", "十分", "正確", "適格", "該当")]
              + ["非対応", "非対象", "非該当", "未対応", "無効", "無理", "無関係"])
_NEG_NOUN = "(?:" + "|".join(_NEG_NOUNS) + ")"
# A negative condition with a negative result: お持ちいただかないと、お手続きできません (= お持ち
# いただければ、お手続きできます); お申し込みがないと、請求が止まりません.
# (and while it is not so: ご入金がないうちは; not ないうちに, before it is too late)
_IF_NOT_ENDS = ("いと", "ければ", "い限り", "いかぎり", "いうちは")  # (after な or 無)
# (not ないとき, ないところ: a time or a place where something is not, Wi-Fiにつないでいないとき)
_IF_NOT = "(?:な|無)(?:" + "|".join(_IF_NOT_ENDS) + ")(?!(?<=いと)(?:き|ころ))"
# Until an act of theirs is done (返却されるまで、 / ご入金いただくまでは、): a condition, not a time
_UNTIL_DONE = lazy(r"(される|いただく|いただける|なさる|くださる)まで(は|の間)?[、,]")
# A time when something stops (作業の間、メンテナンス中は), or a closure's time or day (休業中は,
# 休館日は, 定休日は): its "cannot be used" tells what stops, not a service refused
# (and an item labelled as the impact of a work: ・影響：Web画面、APIのすべてがご利用いただけません)
_DURING = lazy(literal_first(r"(の間|までの間|期間中|作業中|メンテナンス中|工事中|停止中|の時間帯|点検中|の日時|の時間"
                             r"|休業中|休館中|休診中|休校中|休園中|休止中|閉館中|閉鎖中|改装中|休業日|休館日|休診日|定休日|停電中|断水中)"
                             r"(?:[はも][、,]?|[、,])|影響[:：]"
                             # (or the span of the work itself: 作業中の約2時間は / 19日の0時から20日の9時ごろまで、)
                             r"|(?:作業|メンテナンス|工事|点検|更新|停止)中の[^。、]{1,10}?[はも][、,]?"
                             r"|(?<=[0-9０-９時日])から[^。、]{1,14}?(?:ごろ|頃)?まで(?:の間)?(?:[はも][、,]?|[、,])"
                             # (or written with a wave dash: 毎週水曜日の15時〜17時は)
                             r"|(?<=[0-9０-９時日])[〜～~][0-9０-９][^。、]{0,8}?[時日](?:まで)?(?:の間)?(?:[はも][、,]?|[、,])"))
_UNAVAILABLE = lazy(r"(ご利用|お使い)?(いただけ|になれ)ません|(ご利用|利用|お使い)?(でき|出来)ません")
_NEG_CONDITION = lazy(literal_first(_IF_NOT))
_THEN_NOT = (r"(?:(?:でき|いただけ|承れ|受けられ|進められ|使え|ご利用になれ)(?:ません|ない)|(?:いたし)?かねます"
             r"|(?:止まら|進ま|終わら|届か|変わら)ない|(?:止まり|進み|終わり|届き|変わり)ません"
             # (a passive or potential denied: 反映されません, 受け取れない; not かもしれません)
             r"|(?<!し)れ(?:ません|ない)"
             # (a godan verb's potential denied: 支払えません, 受け取れない, 行けません)
             r"|(?<=[一-龥])[えけげせてねべめ](?:ません|ない))")
_DOUBLE_NEG = lazy(literal_first(
    _NEG + r"(?:という|って)?(?:わけ|訳)(?:では|でも|じゃ|が)" + _NEG_AGAIN  # (お受けしないというわけではございません)
    # (the polite can't, denied: 対応しかねるというわけではございません)
    + r"|かねる(?:という|って)?(?:わけ|訳)(?:では|でも|じゃ)" + _NEG_AGAIN
    + "|" + _NEG + r"(?:という|って)?(?:もの|物)(?:では|でも|じゃ)" + _NEG_AGAIN
    + "|" + _NEG + r"(?:という|って)?(?:こと|事|コト)(?:は|も)" + _NEG_AGAIN
    + "|" + _NEG + r"(?:という|って)(?:こと|事|コト)(?:では|でも|じゃ)" + _NEG_AGAIN  # (いただけないということではございません)
    + "|" + _NEG + r"(?:では|でも)" + _NEG_AGAIN
    # (leave to not do it, denied: 参加しなくてもよいというわけではございません, = you must)
    + r"|(?:な|無)くても(?:よい|いい|良い|結構|構わない|かまわない|大丈夫)(?:という|って)?(?:わけ|訳|こと)(?:では|でも|じゃ)" + _NEG_AGAIN
    # (not an adjective whose stem ends in な: 少なくはありません, 危なくはない deny once)
    + r"|(?<![少危切儚頼])(?:な|無)く(?:は|も)" + _NEG_AGAIN
    + "|" + _NEG + r"と(?:は|も)" + _CANNOT_SAY
    # (and so is a noun that is a negative itself: 対象外というわけではございません, 不要とは限りません)
    + "|" + _NEG_NOUN + r"(?:(?:という|って)?(?:わけ|訳))?(?:では|でも|じゃ)" + _NEG_AGAIN
    + "|" + _NEG_NOUN + r"と(?:は|も)" + _CANNOT_SAY
    # (not in the past: ご指摘をいただかなければ、気づくことができませんでした thanks the reader for
    # what happened; it lays no condition on them)
    + "|" + _IF_NOT + r"[、,]?[^。]{0,30}?" + _THEN_NOT + r"(?!でした)"))


# (The negative with the word that turns it back: ない alone is in most sentences. Written out
# as a trie of words: a trigger whose alternatives start with a group, (?:な|無), is tried at every
# character of every reply.)
_DOUBLE_NEG_WORDS = (
    [n + e + w for n in "な無" for e in ("い", "かった")
     for w in ("わけ", "訳", "もの", "物", "こと", "事", "コト", "では", "でも", "とは", "とも", "という", "って")]
    + [n + "く" + p for n in "な無" for p in "はも"]
    + [w + p for w in _NEG_NOUNS for p in ("では", "でも", "じゃ", "とは", "とも", "という", "って", "わけ", "訳")]
    + [n + w for n in "な無" for w in _IF_NOT_ENDS]
    + [n + "くても" for n in "な無"]
    + ["かねる" + w for w in ("わけ", "訳", "という", "って")])


# (searched from each word's な, 無, 不, 非 or 未, its 外 or the ね of かねる: letters found in a
# reply by str's test, where re's scan for the trie's fifteen first letters, か and サ among them,
# cost 50 instructions a character)
@triggered_by(WordsByLetter(_DOUBLE_NEG_WORDS, "なね無不非未外"))
def double_negative(doc: Document, ctx: CheckContext):
    norm = doc.norm
    for s in ctx.sentences(doc, doc.linted_sentences()):
        for m in _DOUBLE_NEG.finditer(norm, s.nstart, s.nend):
            if _NOT_THEIR_ACT.search(norm, max(s.nstart, m.start() - 10), m.start()) and _IF_NOT_HEAD.match(norm, m.start()):
                continue  # 明日にならないと反映されない / 指定されていなければ表示されません: a time or a
                # state as the condition, not the reader's act
            if _ASKED_POLITELY.match(norm, m.end(), s.nend):
                continue  # ご迷惑でなければ、…ご説明させていただけないでしょうか: a polite request, asked
            if _HOW_IT_WORKS.match(norm, m.end(), s.nend):
                continue  # 〜がそろっていないと決算書が作れない仕組みです: how the thing is built, told
            if _ANYTHING_ELSE.search(norm, s.nstart, m.start()) and _ASKED.match(norm, m.end(), s.nend):
                continue  # ほかにわからないことはありませんか: the things not understood asked about, an offer
            if _NOT_ALL.search(norm, s.nstart, m.start()) and _SAYS_SO.search(norm, m.start(), m.end()):
                continue  # すべての方にアレルギーが起きないというわけではございません: not all are spared,
                # a caution told with its scope, not a yes said twice over
            if _OUR_CHECK_BEFORE.search(norm, max(s.nstart, m.start() - _OUR_CHECK_REACH), m.start()) \
                    and _KNOWING.search(norm, m.start(), m.end()):
                continue  # 空き状況を確認しないとお答えできない: what we cannot tell before our own check
            yield _hit(doc, _phrase_start(doc, s, m.start()), m.end())


# A negative asked as a question, the polite request's form (…いただけないでしょうか / …できませんか):
# no result denied (round 34)
_ASKED_POLITELY = lazy(r"(?:でしょう|です)?か(?:[。?？!！]|\s*$)|\s*[?？]")


# Everyone or always, before a negative denied as a whole statement (すべての方に…起きないというわけでは
# ございません / 必ずしも…ないということではありません): a partial negation, the caution's scope
_NOT_ALL = lazy(r"すべての|全ての|全部の|どなたにも|どなたでも|どなたにでも|誰にでも|だれにでも|全員|必ずしも|どの方にも|どんな方にも")
_SAYS_SO = lazy(r"(という|って)?(わけ|訳|こと|事)(では|でも|じゃ)")


# An offer asked as a question about things still unclear (ほかにわからないことはありませんか / 何か
# ご不明なことはございませんか): the こと is the reader's question, not a second negation
_ANYTHING_ELSE = lazy(r"ほかに|他に|ほかにも|他にも|何か|なにか")
_ASKED = lazy(r"(?:でしょう)?か|\s*[?？]")
# Our own check as the condition, and telling as what waits on it (空き状況を確認しないとお答えできない /
# 分解してみないと確定できません): what we cannot know yet, no condition laid on the reader
# (or the one of our staff who knows, as the condition: その件は担当者でないとお答えできかねます)
_OUR_CHECK_BEFORE = lazy(r"(確認|点検|調査|診断|チェック|分解|検査|拝見|お調べ|調べ|見)を?(し|させていただか|いたさ)?(てみ)?$"
                         r"|(担当者?|担当の者|専門の者|係の者|責任者|技術担当者?|専門部署)で$"
                         # (or the profession whose word it is, 税理士でなければお答えできない: a referral; round 37)
                         r"|(税理士|弁護士|司法書士|行政書士|社会保険労務士|社労士|医師|主治医|薬剤師|獣医師?|専門家|メーカー)で$")
_OUR_CHECK_REACH = 12
_KNOWING = lazy(r"わか|分か|確定|判断|断定|特定|お答え|申し上げ|ご案内|お伝え|言え|申せ|お約束")
# A negative condition that is no act of the reader's: a time not yet come (明日にならないと), a state
# set by another (取扱者に指定されていなければ). (Not a thing that is not there: 原本がないと請求できません
# is labeled as often as スマートフォンがなければログインできない is not.)
# (the passive after a kanji verb that nothing honours: 指定されてい, not 会員登録をされてい nor ご登録されてい, the
# reader's own act raised)
_NOT_THEIR_ACT = lazy(r"になら$|(?<![をごお御一-龥])[一-龥]{1,6}(?:さ|ら)れてい$")
# (the condition itself, not ないとは言い切れない nor ないという: a negative denied)
_IF_NOT_HEAD = lazy(r"(?:な|無)(?:いと(?![はもい言])|ければ|い限り|いかぎり|いうちは)")
# What the sentence calls the negative condition and its result: how a thing is built
# (or how things tend to go, told as such: 海外の銀行では、ミドルネームまで一致しないと入金できないことが多く)
# (or the way we built it so, a measure taken: 照合をしないと次の作業に進めないよう、端末の設定を変更いたしました)
# (or what it keeps others from, a safeguard explained: スマートフォンがなければログインできないため、不正な
# ログインを防げます / 鍵がないと読めない形に変換されています; round 34: three clean replies of three
# writers, none labeled)
_HOW_IT_WORKS = lazy(r"(仕組み|しくみ|仕様|設計|構造)(です|でございます|となって|になって)|ことが(多|ほとんど)"
                     r"|ため[、,]?[^。]{0,24}?(?:防げ|防ぎ|防止|防がれ|守ら|守れ|安全|安心)|(?:形|かたち)(?:に|で)"
                     r"|(?:よう|ように)[、,]?[^。]{0,20}?(?:設定|仕組み|しくみ|システム|手順|運用|体制)を?(?:変更|改め|改修|見直|整え|導入)")
