"""What more than one positive family reads: the refusal and the way forward, the customer's side, spans.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from ... import acts, parties, segments as seg
from ...document import Document, Sentence
from ...engine import Hit
from ...regexes import COMMON_CHARS, by_first_char, lazy, literal_first
from ...tokenize import Token


_NSTART = attrgetter("nstart")


def _each(words: str, rest: str = "") -> list[str]:
    """The alternation (?:words)rest as one alternative per word, in their order (the same
    matches, each alternative starting with its literal)."""
    return [w + rest for w in words.split("|")]


def _tagged(kind: str, alternatives: list[str]) -> list[str]:
    """Each alternative ending on an empty group named for `kind` (act1, act2 …): the match's
    last group then tells which kind of alternative matched (_KIND_OF_ALTERNATIVE), as a group
    named `kind` around them did."""
    return [a + f"(?P<{kind}{k}>)" for k, a in enumerate(alternatives, start=1)]


# A time, a term or a scope passed or outside, as the whole reason, and nothing asked but to accept it
# (期限を過ぎておりますので、ご了承ください / 保証期間外のため、何卒ご理解ください): refusal() reads it after
# _REFUSAL. (Found from the verb or from 外, the noun before it read behind: 期, 時 and 保 stand everywhere.
# refusal's trigger holds its verbs and 外.)
_LIMIT_ONLY = lazy(literal_first(
    r"(?:(?:過ぎ|経過し|超え|超過し|終了し|切れ|満了し)(?:て(?:おり|い)(?:ます|る)|ました|た)"
    r"|(?:(?<=期間)|(?<=時間)|(?<=期限)|(?<=対象)|(?<=保証)|(?<=範囲))外(?:と(?:なり|なって(?:おり|い))ます|で(?:ございます|す))?(?:の)?"
    r"|(?:(?<=期限)|(?<=期間))切れ(?:の)?)"
    r"(?:ので|ため|から)[、,]?(?:何卒|なにとぞ|あしからず|どうか)?(?:ご了承|ご容赦|ご理解)"
    r"(?:ください|くださいませ|願います|のほど|いただけますよう|いただきますよう|をお願い)"))
# (the polite can't, ending the sentence or told as how things stand: いたしかねる状況です,
# お受けいたしかねるものでございます, できかねる次第です)
_KANE = r"かね(ます|る(状況|次第|もの|形)(です|でございます|となります|となっております))"
# A refusal stated as the company's position.
# A sentence that turns from the limit to what is still possible (ただ、…こともございます): the
# way forward may be spelled out in the sentence after it.
_TURN = lazy(r"\s*(ただ|ただし|しかし|なお|一方|その代わり(?:に|として)?|そのかわり(?:に|として)?|もっとも)[、,]")
# The noun of "it cannot be helped" in each spelling (仕方がございません): a refusal's word, and one
# that negates nothing before it
_UNAVOIDABLE = ("仕方", "しかた", "致し方", "いたしかた")
# What the reader asks to get back, said to be none as a refusal (補償はございません): _REFUSAL matches it
# from its ん, the noun read behind; _REFUSAL_WORDS holds the same words, refusal() takes the finding back
# to the noun (_NONE_GIVEN_BACK)
_GIVEN_BACK = ("返金", "補償", "払い戻し", "払戻し", "返還", "返品", "免除")
_NONE_GIVEN_BACK_AT_N = "".join(f"|ん(?<={noun}{p}{one}{end})" for noun in _GIVEN_BACK
                                for p in ("は", "も") for one in ("", "一切") for end in ("ございません", "ありません"))
_NONE_GIVEN_BACK = lazy("(?:" + "|".join(_GIVEN_BACK) + r")(?:は|も)(?:一切)?(?:ございません|ありません|ないんです)")


_REFUSAL = lazy(literal_first(
    # (not a warning that a step cannot be undone, said with its verb: 退会すると、…元に戻すことは
    # できません, as 元に戻せません below)
    r"(?<!元に戻すことは)(?<!もとに戻すことは)(?<!元に戻すことが)(?<!元通りにすることは)"
    r"(お受け|ご用意|ご対応|ご提供|お引き受け|お応え|お答え)?(でき|出来)(ません|" + _KANE + ")"
    # (the same, plain or spoken: 変更できないです, お受けできないんです, 承れないです; not a question or
    # the reader's report said back, できないんですね / できないですか)
    r"|(でき|出来|承れ|受けられ|受け付けられ|応じられ|行え|扱え)ないん?です(?![かね])"
    # (what is given back, in the potential of its own verb: 期限切れのポイントは戻せません / 一度使った
    # クーポンは返せません; not a warning that a step cannot be undone, 削除すると元に戻せません)
    r"|(?<!元に)(?<!もとに)(戻せ|返せ|取り消せ|取消せ)(ません|ないん?です(?![かね]))"
    # (or clipped after its reason particle, the sentence ended there: 当日の振替はできないので。 /
    # 発送後の変更は出来ないからです。)
    r"|(でき|出来|承れ|受けられ|受け付けられ|応じられ|行え|扱え)ない(ので|から)(です)?(?=[。!]|\s*$)"
    # (told as how things are arranged: お受けできないことになっております / 返金できないこととなっております)
    r"|(でき|出来|承れ|受けられ|受け付けられ|応じられ|行え|扱え)ないこと(に|と)なって(おり|い)ます"
    # (helplessness as the answer: こちらではどうすることもできません / どうしようもないんです / どうにも
    # なりません; not the clause form, どうすることもできず申し訳ございません, which goes on)
    r"|どう(することも|しようも|にも)(でき|出来|いたし|致し)?(ません|ないん?です(?![かね])|かねます|ありません|ございません"
    r"|なりません|ならないん?です(?![かね]))"
    # (or their trouble called unavoidable: こればかりは仕方がございません / つながりにくいのは仕方ないですね /
    # 確率なので仕方ありません; not their feeling called natural, ご不安に思われるのも仕方のないことです)
    r"|(?<!のも)(?<!のも、)(" + "|".join(_UNAVOIDABLE) + r")(が|の)?(ないん?です(?!か)|ありません|ございません|ない状況|ないこと(です|でございます))"
    # (only the reader's burden left: お支払いいただくしかありません / お待ちいただくしかないんです)
    r"|いただくしか(ありません|ございません|ないん?です(?![かね]))"
    # (添い / 沿い in kana too, and the potential 沿え that many write: ご希望にそえかねます)
    r"|(いたし|致し|し|承り|応じ|お受けし|お受け|ご用意し|ご対応し|お答えし|ご提供し|添い|沿い|そい|添え|沿え|そえ)" + _KANE +
    r"|(対応し|受け付け|受付し|お受けし|取り扱っ|取扱っ|取り扱いし|お取り扱いし|承っ|扱っ|行っ|実施し|提供し"
    r"|販売し|ご用意し|用意し|お答えし|回答し|ご回答し|ご案内し|案内し|公開し|開示し|応じ|お応えし"
    # (a class, a slot or a stock we keep none of: 振替クラスは設けておりません / 在庫は置いておりません)
    r"|設け|置い)て(おり|い)ません"
    # (the same in the humble いたして: ご対応いたしておりません, 実施致しておりません; and bare after its
    # topic, キャンセルについては致しておりません)
    r"|(ご?対応|お受け|受け付け|受付|実施|お?取り扱い|お?取扱い|ご?提供|販売|ご?用意|お答え|お応え|ご?回答|ご?案内|公開|開示|承り)"
    r"(いたし|致し)て(おり|い)ません|(?<=は)(いたし|致し)て(おり|い)ません|(?<=は[、,])(いたし|致し)て(おり|い)ません"
    # (with how firmly it holds between: 取り置きは原則いたしておりません)
    r"|(?<=は)(原則|原則として|基本的に|通常)[、,]?(いたし|致し)て(おり|い)ません"
    r"|(受け付けられ|受付でき|承れ|受けられ|応じられ|添え|沿え)ません"
    # (what they count on, disowned as no promise of ours: 修理期間はあくまで目安であり、お約束するものではございません)
    r"|(?:お約束|約束|保証)(?:する|いたす|できる)(?:もの|こと)では(?:ございません|ありません)"
    # (the potential of a service of ours, denied: お取り置きは行えません / 現金は扱えません)
    r"|(行え|おこなえ|扱え|取り扱え)ません"
    # (a service of ours called hard to do, the polite refusal: ご返金は難しいです / 日程の変更は難しい状況
    # です / 本日中のお届けは困難でございます; not the reader's task called hard, 操作が難しい場合は)
    r"|(?:変更|返金|返品|交換|キャンセル|取り消し|取消し|対応|用意|お届け|発送|延長|再発行|払い戻し|払戻し|割引|免除|減額"
    r"|受付|お受け|手配|修理|振替|返却|返送|取り置き)[はも][、,]?(?:大変|誠に|少し|なかなか|正直)?[、,]?"
    r"(難しい|むずかしい|困難)(です|状況です|状況でございます|かと存じます|と存じます|ものと存じます|でございます|ところです)"
    # (what the reader would use, denied in the plain potential, as ご利用いただけません is in the polite:
    # セール品にはクーポンは使えません)
    r"|使え(ません|ないん?です(?![かね]))"
    # (what we would take into a return, a booking or a plan, denied in the potential: 今回の申告には
    # 含められません, 翌月に繰り越せません, 期限は延ばせません; each spelling of the verb)
    r"|(含め|加え|組み入れ|組入れ|振り替え|振替え|繰り入れ|差し替え|取り替え|引き受け|受け入れ)られません"
    r"|(繰り越せ|繰越せ|延ばせ|引き取れ|引取れ)ません"
    # 翌日以降のご連絡は受け付けません / 変更はいたしません: what we will not do, flatly (not
    # 二度といたしません, a promise: the noun and は come first)
    # (返金の対応はしておりません: the noun and は before the verb)
    r"|(対応|受付|受け付け|取り扱い|取扱い|販売|返金|返品|交換|再発行|払い戻し)は(して|いたして|致して)(おり|い)ません"
    r"|受け付けません|受付いたしません|(変更|返金|返品|交換|延長|再発行|払い戻し|払戻し|キャンセル|お受け|対応|ご対応"
    # (and what would undo or lighten a charge: ペナルティの取り消しはいたしません / 延滞金の免除はいたしません)
    r"|取り消し|取消し|取消|免除|減額|返還|振替|振り替え|再送|再配達)は(いたし|致し|行い)ません"
    # 翌日までお引き渡しいたしません / 一切対応しません: a service of ours, flatly withheld
    r"|(お|ご)(引き渡し|引渡し|渡し|返金|返品|交換|対応|受け取り|預かり|取り置き)(いたし|致し)ません"
    r"|(一切|いっさい)(対応|返金|返品|交換)(いたし|致し|し)ません"
    # (money or goods given back, flatly withheld, with or without は, and the plain しません after は:
    # 守られていない場合は返金いたしません / 宿泊費などの補償はいたしません / 遅れても返金はしません; not a change
    # that does not happen, 料金は変更しません, said to reassure)
    r"|(返金|返品|交換|払い戻し|払戻し|補償|弁償)(は|も)?(いたし|致し)ません"
    r"|(返金|返品|交換|払い戻し|払戻し|補償|弁償|キャンセル|対応)(は|も)しません"
    # (what the reader asked to get back said to be none, as the answer: 補償はございません / 未利用分の
    # 返金はございません / 補償はありません; round 35: four dev replies say it, each labeled, and two
    # others go on past が to what the reader keeps, …返金はございませんが、有効期限までは…)
    # (found at its ん or its んです, the words read behind: from 返, 補, 払 or 免 the pattern was tried at
    # every 返信 and 補足 of a reply; refusal() takes the phrase back to its start)
    + _NONE_GIVEN_BACK_AT_N
    + "".join(f"|んです(?<={noun}{p}{one}ないんです)" for noun in _GIVEN_BACK for p in ("は", "も") for one in ("", "一切")) +

    r"|(?<!ご)無理(です|でございます|となります)"
    r"|不可能?(です|でございます|となります|となっております|とさせていただいております|とさせていただきます|としております)"
    r"|(いただけ|になれ)ません"
    # 提供しておらず、…: the refusal in the clause form; no plan to do it
    r"|(対応し|受け付け|お受けし|取り扱っ|承っ|扱っ|行っ|提供し|販売し|ご用意し|用意し)て(おら|い)ず"
    r"|(提供|対応|実装|追加|販売|再開|開始|導入|ご用意|用意)の予定(は|も)(ございません|ありません)"
    # (nor of goods to come in again, with or without its の: 今後の入荷予定もございません)
    r"|(入荷|再入荷|再販|再生産)の?予定(は|も)(ございません|ありません)"
    # 現時点でご紹介できる求人はございません: nothing we can offer; 原則として認めておりません
    r"|(ご紹介|ご案内|ご用意|ご提供|お出し|ご提案)(でき|いたせ)る[^。、]{0,10}?(は|が|も)(ございません|ありません)"
    r"|(お)?認めて(おり|い)ません|お認めしておりません|お認めできません"
    r"|お断り(いたし|致し|し|させていただい|させていただき)て?(おり|い)?ます|お断り申し上げます"
    # (ご容赦 asked for the request itself, as its topic: 返品につきましては、ご容赦ください; refusal()
    # reads the topic: not ご不便をおかけしますが、ご容赦ください)
    # (found from ご容赦, the topic's particle read behind: は stands everywhere)
    r"|(?:(?<=は)|(?<=は[、,])|(?<=は何卒)|(?<=は[、,]何卒)|(?<=はなにとぞ)|(?<=は[、,]なにとぞ))"
    r"ご容赦(ください|くださいませ|願います|いただけますよう|いただきますよう|のほど)"
    # (or made so, told after the fact: 審査の結果、お支払いの対象外となりました)
    r"|(対応|対象)外(です|となります|となっております|でございます|となりました|とさせていただきました)"
    # no exception made (not 異常は認められません, which reports a finding)
    r"|例外(は|も)[^。]{0,8}?(認められ|認めて|お認めし|設けて|ござい|あり)(て)?(おり|い)?ません"))
# Helplessness and what is not ours to handle, in words of their own (なんともしようがございません /
# いかんともしがたい状況です / 当店ではわかりかねます / 担当ではございません): refusal() reads them after
# _REFUSAL. (A pattern apart, with its own first characters: な and わ stand everywhere, and _REFUSAL,
# eighty alternatives, would be tried at each of them.)
_REFUSAL_MORE = lazy(literal_first(
    # (the same with なんとも, or said as how things stand: 当店としてはなんともしようがございません / なんとも
    # なりません / どうにもならないのが実情です / 手の打ちようがございません; not なんともございません, nothing
    # wrong, nor なんとも申し上げられません, an answer put off)
    r"なんとも(?:(?:し|いたし|致し)よう(?:が|も)(?:ございません|ありません|ないん?です(?![かね]))|なりません|ならないん?です(?![かね])"
    r"|(?:いたし|致し)かねます)"
    r"|(?:どうにも|なんとも)ならない(?:のが|という)?(?:実情|現状|状況|状態)(?:です|でございます)"
    r"|手の打ちよう(?:が|も)(?:ございません|ありません|ないん?です(?![かね]))"
    # (the formal and the plain words for it: いかんともしがたい状況です / 打つ手がございません / 手の施しようが
    # ありません / お役に立てません)
    r"|いかんとも(?:しがた|し難)い(?:状況|状態|ところ)?(?:です|でございます)"
    r"|打つ手が(?:ございません|ありません|ないん?です(?![かね]))|手の施しよう(?:が|も)(?:ございません|ありません|ないん?です(?![かね]))"
    r"|お役に立て(?:ません|ないん?です(?![かね]))"
    # (a scope of ours said to leave it out, like 対象外: 弊社の対応範囲外です / 当社の責任範囲ではございません)
    r"|範囲外(?:です|でございます|となります|となっております)|範囲(?:では|じゃ)(?:ございません|ありません|ないん?です(?![かね]))"
    # (what we cannot tell them, in the polite form, said of who cannot: 私にはわかりません / 当店ではわかりません)
    r"|(?:(?<=には)|(?<=では))(?:分か|わか)りません"
    # (no way to answer or to act at all: お答えのしようがございません / ご案内のしようもありません)
    r"|(?:お答え|ご回答|ご説明|ご案内|ご対応|対応|手配|お調べ|お手伝い)の?しよう(?:が|も)(?:ございません|ありません|ないん?です(?![かね]))"
    # (nothing at all we can do for them: 私からは何もして差し上げられません / 何もお手伝いできないんです)
    r"|何も(?:(?:して差し上げられ|お手伝いでき|お手伝いいたせ|ご対応でき|でき|出来)(?:ません|ないん?です(?![かね]))"
    r"|(?:いたし|致し|でき|お手伝いいたし)かねます)"
    # (what we cannot tell them, as the answer: 当店ではわかりかねます / 正直わからないんです; not asked,
    # わからないんですね)
    r"|(?:分か|わか)り" + _KANE + r"|(?:分から|わから)ないん?です(?![かね])"
    # (not our part to handle, as the answer: こちらの窓口の担当ではございません / 当課の管轄外となります)
    r"|(?:担当|管轄|所管)(?:外(?:です|でございます|となります|となっております)|では(?:ございません|ありません)|じゃないん?です(?![かね]))"))
# Words every match of _REFUSAL holds: its endings (not the ません of ございません, 申し訳ございません,
# which ends none of it but 予定はございません and 例外はございません), and what we can offer said to be
# none by its noun (ご紹介できる求人はございません). refusal's trigger; and a gate before _REFUSAL in
# a sentence not known to hold one, as _REFUSAL is tried at nearly every い, お, ご, し, で and に.
# (each alternative starts with a literal: a group first leaves re no character to scan for)
_REFUSAL_WORDS = lazy(r"ません(?<!ございません)|ないこと[にと]なって|取扱(?:は|が|も)|扱い(?:は|が|も)|かね(?:ます|る)|不可|お断り|ご容赦|対応外|対象外|予定[はも]ございません"
                      r"|例外|て(?:おら|い)ず|無理|" + "|".join(_UNAVOIDABLE) + r"|ないん?です|ない(?:ので|から)(?:です)?(?=[。!]|\s*$)|どう(?:することも|しようも|にも)|しか(?:ない|ござい)"
                      # (this round's helplessness, only where no ending above stands in it: ようがございません,
                      # ならない状況です, いかんともしがたいです, 打つ手がございません, 範囲外です, 担当ではございません)
                      r"|担当(?:外|では|じゃ)|管轄(?:外|では|じゃ)|所管(?:外|では|じゃ)|ならない(?:のが|という)?(?:実情|現状|状況|状態)"
                      r"|よう[がも]ござ|いかんとも|打つ手が|範囲(?:外|では|じゃ)"
                      # (a service of ours called hard: ご返金は難しいです; no promise of ours: お約束するものではございません,
                      # found by its tail, not by 約束 or 保証, which stand in many a reply's warranty)
                      r"|難しい|むずかしい|困難|ものではござ|ものではあり|ことではござ|ことではあり"
                      # (返金はございません: found at its ん, the thing asked for read behind; from the kanji, 金 and 品
                      # of every 料金 and 商品 stopped the trigger's search; ないんです is in the words already)
                      + _NONE_GIVEN_BACK_AT_N
                      + "".join(f"|{noun}(?:でき|いたせ)る" for noun in ("紹介", "案内", "用意", "提供", "提案", "出し")))


def _refusals(norm: str, start: int, end: int):
    """_REFUSAL's matches in norm[start:end]: none where no word of _REFUSAL_WORDS stands."""
    return _REFUSAL.finditer(norm, start, end) if _REFUSAL_WORDS.search(norm, start, end) else iter(())


# (a question after ので ends the sentence: not the か of あしからず)
_NOT_REFUSAL_AFTER = lazy(
    r"(でした|[、,]?と(の|いう|お問い合わせ|ご連絡|ご相談|表示)|」|』|か[。?!]?|でしょうか|場合|ので[^。]*(か|でしょうか)[。?？!]?\s*$)")
# What can be done: an alternative, a condition under which it is possible, an action we take,
# or an instruction the customer can follow. (代替品につきましては / 代替品のご指定: the substitute as
# the topic of the sentence, or as what they asked for, offers none.) (別の after a kanji is one word: 個別の, 特別の; ご提案
# alone may be the very thing refused: ご提案はお受けいたしかねます.)
# Each alternative starts with its literal: the words of a group that opened one are spelled out
# (_each), in their order, and a look-behind stands after the character it stood before (別(?<![一-龥]別)
# for (?<![一-龥])別). re then scans for their first characters and, where one stands, tries the
# alternatives that start with it (by_first_char). (Behind a look-ahead of its first characters,
# the alternation was tried at every character: three times the time.)
_ALTERNATIVE_PARTS = (
    ["代わりに", "かわりに", r"代替(?!品?(につきまして|について|に関して|の件|は|を(ご)?(希望|ご指定|指定)))",
     r"別(?<![一-龥]別)の(方法|手段|商品|日|お日にち|便|プラン|もの|サイズ|色|カラー|お支払い|窓口|店舗)",
     r"ほかの(方法|手段|商品|窓口)", r"他の(方法|手段|商品|窓口)",
     # (not a condition of something not done: 冷蔵庫に入れていただけなかったのであれば、保証はできかねます)
     "で(?<!本来で)(?<!ないので)(?<!なかったので)あれば", "でしたら", "なら[、,]", "ならば",
     r"場合(は|には|でも)[^。]{0,40}(可能|でき(?!ません|かね)|いただけ(?!ません)|承り|承れ)",
     # (or what they get on a condition: ご入会される場合、月会費が20%割引になります)
     r"場合(は|には|、)[^。]{0,40}(割引|無料|半額|免除|優待|値引き)(に|と)?(なります|いたします|させていただきます|がございます|が適用|を適用)"]
    + _each("いただけ|頂け", r"(ます|る)(?!ん|と(幸い|助かり))(?!のは[^。]{0,20}?(まで|のみ|だけ|限り|限ら))")
    + _each("いただく|頂く", "こと(が|も)(でき|出来|可能)")
    # (the way it is done for them instead: 店舗で直接お受け取りいただく形となります)
    + _each("いただく|頂く", "(形|かたち)(と|に)(なり|なって)")
    + ["可(?<!不可)能(です|となります|でございます|となっております)"]
    + _each("でき|出来", r"(ます|る)(?!ん)(?!のは[^。]{0,20}?(まで|のみ|だけ|限り|限ら))"
            # (not what can be done said to be nothing: これ以上お答えできることはありません)
            r"(?!こと[はもが]?[、,]?(ございません|ありません|ない))")
    + ["できるように", r"でき(ません|かねます)が[^。]{0,60}(でき(る|ます)|いただけ|可能|承)",
       "ご案内(いたし|し|申し上げ|させていただき)ます", "ご提案(いたし|し|申し上げ|させていただき)ます",
       "ご紹介(いたし|し)ます", "おすすめ(いたし|し)ます", "お勧め"]
    + _each("お送り|お届け|手配|交換|返金|ご返金|お取り替え|お取替え|ご用意|用意|再発行|発行|対応|お手伝い"
            "|ご連絡|お知らせ|お調べ|確認|お受け|お預かり|お振り込み|お振込み|お振込|延長|ご予約|予約|お作り|修理"
            "|お引き取り|お伺い|お返し|お戻し|ご説明|振替|お振替|振り替え|お振り替え|受け付け|お付け|お手続き|手続き|発送|配送|再送|準備|ご準備"
            "|調整|お取り寄せ|取り寄せ|お取り置き|手配し直|お作り直|ご相談に応じ", "(いたし|致し|し|させていただき|させて頂き)(ます|ております)(?!ん)")
    + _each("いただけ|頂け|くださ|下さ|なさ", "れば") + _each("いただけ|頂け", "ると") + _each("いただく|頂く", "と")
    + _each("いただき|頂き", "ますと") + ["お選び(?:いただけ|頂け)"]
    + _each("お問い合わせ|お問合せ|ご相談|ご連絡", "いただけますと")
    # what the customer can do or get, said with a potential verb (使えます, 受けられます,
    # 引き取ってもらえます), and a chance left open (〜こともございます)
    + _each("使え|選べ|買え|もらえ|受けられ|借りられ|申し込め|乗れ|貯められ|替えられ|変えられ|届けられ|見られ|行え|おこなえ", "(ます|る)(?!ん)")
    # (the honorific potential: 午前中の指定はご利用になれます / お使いになれます)
    + ["になれ(ます|る)(?!ん)"]
    + _each("こと|場合", "も(ございます|あります)") + _each("方法|手段|やり方", "(が|も)(ございます|あります|考えられます)(?!ん)")
    # the next round of the same thing, named: 次回の公募は9月上旬に開始する予定です
    + ["次回の(公募|募集|受付|抽選|販売|入荷|開催|講座|セール|お申し込み)(は|も)"]
    # possible in some cases: 未発送の場合に限り、キャンセルを承れる場合があります
    + _each("承れる|お受けできる|対応できる|お受けする|応じられる|可能な", "(場合|こと)が(ございます|あります)")
    # what we switch them to: 来月以降は、口座振替に切り替えさせていただきます
    + _each("切り替え|切替え|切り換え|移行|変更と|変更", "させていただき(ます|ました)")
    # a way recommended: 一覧表で一括登録していただく方法が確実です / 窓口でお手続きいただく方法が、
    # いちばん早く済みます
    + _each("方法|手段|やり方", "(が|も)[、,]?[^。]{0,8}?(確実|おすすめ|お勧め|便利|簡単|早|スムーズ|安心)")
    # a service of ours named as there for them (保存期間を延ばせる「長期保存オプション」(月額300円)が
    # ございます / 平日夜間の窓口もございます)
    + _each("オプション|プラン|サービス|コース|メニュー|制度|窓口", r"[」』]?(\([^()。]{0,30}\))?(が|も)[、,]?"
            r"(ございます|あります|ご用意(して|いたして)おります|ご利用いただけます)(?!ん)")
    # something else there is for them (近隣の物件には、ペットと暮らせるお部屋もございます)
    + [r"には[、,]?[^。]{0,40}?も(ございます|あります|ご用意(して|いたして)おります)(?!ん)"]
    # what we go on doing: 後期の出願を受け付けています
    + _each("受け付け|承っ|行っ|取り扱っ|扱っ|ご用意し|用意し|ご案内し", "て(い|おり)ます(?!ん)")
    # an action of ours, done or promised, in the humble form of a サ変 noun: 設定いたしました,
    # 手配させていただきます (not an apology, thanks, a refusal or an end of something)
    # (the word before it is read in _find_alternative)
    + _tagged("act", _each("いたし|致し|させていただき|させて頂き", "(ます|ました|ております)(?!ん|が|けれど|ところ)"))
    + ["承ります", "承っております", r"お(?P<o>[^\s。、,!?()「」]{1,12})(?:ください|下さい)",
       r"ご(?P<go>[^\s。、,!?()「」]{1,12})(?:ください|下さい)"]
    # (a step asked for as a noun: その場合は返却期限までにご返却をお願いします; not ご理解をお願いします)
    + _tagged("req", _each("お|ご", r"[^\s。、,!?()「」]{1,12}?をお願い(いたし|し|申し上げ)ます"))
    + [c + "(?<!ない" + c + ")(ください|くださいませ|下さい)" for c in "てで"]
    # a way asked for in a letter's polite request: 窓口にお問い合わせいただきますようお願い申し上げます /
    # 配送をご利用いただけますと幸いです (not ご理解いただきますよう: _NOT_ALTERNATIVE)
    + _tagged("ask", _each("いただき|頂き|ください|下さい", r"ます(よう|ように)[、,\s]?(お願い|願い)")
              + _each("いただけ|頂け", "(ます|まし)たら幸い") + _each("いただけ|頂け", "ますと(幸い|助かり)")
              + _each("いただけ|頂け", "れば(幸い|助かり)")))
_ALTERNATIVE = lazy(by_first_char(_ALTERNATIVE_PARTS))
# What a match's last group, empty, tells of the alternative it matched (_tagged; お〜ください and
# ご〜ください end on their own named groups): an action of ours, or a request to the reader.
_KIND_OF_ALTERNATIVE = {**{f"act{k}": "act" for k in range(1, 5)}, **{f"req{k}": "request" for k in range(1, 3)},
                        **{f"ask{k}": "request" for k in range(1, 11)}, "o": "request", "go": "request"}
# Before a refusal only a plain statement of what is possible counts ("what can be done, then
# the limit"); "ご連絡いたします" there announces the reply, it offers nothing.
_POSSIBLE = lazy(literal_first(
    r"代わりに|かわりに|代替(?!品?(につきまして|について|に関して|の件|は|を(ご)?(希望|ご指定|指定)))|(?<!ないの)(?<!なかったの)であれば|でしたら|(?:いただけ|頂け)(ます|る)(?!ん)(?!のは[^。]{0,20}?(まで|のみ|だけ|限り|限ら))|(?:いただく|頂く)こと(が|も)(でき|出来|可能)"
    r"|(?<!不)可能(です|となります|でございます|となっております)|(?:でき|出来)(ます|る)(?!ん)(?!のは[^。]{0,20}?(まで|のみ|だけ|限り|限ら))|承ります|承っております"
    # (what we keep ready for them: 翻訳者が仕上げる方法もご用意しております / 代わりのお部屋のご用意がございます)
    r"|ご?用意(して|いたして|致して)おります|ご用意がございます"))
# ...but not these, which ask for patience or acceptance rather than offer a way forward.
# (nor the payment the refusal leaves owed: 次回のご請求に合わせてお支払いください)
# (nor the terms to read, after a refusal: 規約をご確認ください / 注意事項をよくお読みください points to the
# rule, not a way; round 34: ten dev refusals are followed so, each refusal labeled)
_NOT_ALTERNATIVE = lazy(r"(了承|理解|容赦|待ち|注意|迷惑|心配|安心|遠慮|勘弁|気をつけ|覚悟|協力"
                          r"|(支払|振込|振り込|入金|納付)(い|み)?(ください|くださいませ|下さい)"
                          r"|(規約|規定|約款|注意事項|利用条件|募集要項)[^。]{0,8}?(ご確認|確認|お読み|ご覧|ご一読))")
_PARTICLES = ("は", "を", "が", "も", "の", "に", "で")
_PUNCT = ("補助記号", "記号")


def _sentence_ok(doc: Document, s: Sentence) -> bool:
    """`s` may hold a way forward: a body sentence, or a closing one that offers one (kept per
    document: refusal asks it of a sentence once for each refusal near it)."""
    key = ("positive.sentence_ok", s.nstart, s.nend)
    found = doc.cache.get(key)
    if found is None:
        found = doc.cache[key] = _find_sentence_ok(doc, s)
    return found


def _find_sentence_ok(doc: Document, s: Sentence) -> bool:
    if s.kind != seg.BODY and s.kind != seg.CLOSING:
        return False  # (before open_offer: two searches of the sentence, for nothing)
    # An offer of further help (ご不明な点は…お問い合わせください) is not an alternative; an
    # invitation to get in touch on this very matter is (金額の変更をご希望の場合は、…お問い合わせ
    # ください / ただし、ご利用実績がない場合には、一度お問い合わせいただけますと幸いです).
    # (such an invitation may be read as the reply's closing line: …いただけますと幸いです)
    # (Document.open_offer, its open-ended words asked first in a body sentence: they stand in few of
    # the sentences around a refusal, and OFFER, a long grammar that refusal is the first to ask of
    # them, was searched in each; refusal 0.67 -> 0.05 µs a reply in OFFER)
    if s.kind == seg.BODY:
        open_ended = doc.act(acts.OPEN_ENDED, s)
        if open_ended is None or doc.act(acts.OFFER, s) is None:
            return True
        # (a way forward before the offer's open words: 荷物は、フロントで無料でお預かりいたしますので、
        # お気軽にお申し付けください)
        return open_ended.start() > s.nstart and _has_alternative(doc, s.nstart, open_ended.start())
    offer = doc.act(acts.OFFER, s) is not None
    if offer and doc.act(acts.OPEN_ENDED, s) is not None:
        return False
    # (and a closing request that asks for the way itself: 窓口にお問い合わせいただきますようお願い
    # 申し上げます / 配送をご利用いただけますと幸いです)
    return offer or _has_alternative(doc, s.nstart, s.nend)


# What _alternative_at, _refuses_in and _blames found in a reply, kept with it (Document.cache):
# refusal asks them again for the same sentences (the one after a refusal, once for each question
# on it; a sentence both after one refusal and before the next).
def _memo_for(doc: Document) -> dict:
    return doc.cache.setdefault("positive.memo", {})


def _alternative_at(doc: Document, start: int, end: int) -> int:
    """Where the first alternative in the text's [start:end] starts; -1 when there is none."""
    table = _memo_for(doc)
    found = table.get((start, end))
    if found is None:
        found = table[start, end] = _find_alternative(doc.norm, start, end)
    return found


def _find_alternative(norm: str, start: int, end: int) -> int:
    # (searched match by match, as finditer finds them: most spans end at their first match or
    # hold none, and a scanner made costs twice a search; no match of _ALTERNATIVE is empty)
    m = _ALTERNATIVE.search(norm, start, end)
    while m is not None:
        if _offers_a_way(norm, start, m):
            return m.start()
        m = _ALTERNATIVE.search(norm, m.end(), end)
    return -1


def _offers_a_way(norm: str, start: int, m) -> bool:
    """The match `m` of _ALTERNATIVE (in a span from `start`) is a way forward: an act of ours, or
    a request that asks for more than patience."""
    kind = _KIND_OF_ALTERNATIVE.get(m.lastgroup)
    if kind == "act" and not _our_action_before(norm, m.start()):
        return False
    if kind == "request" or m.group().endswith(("ください", "くださいませ", "下さい", "下さいませ")):
        if m.group().endswith(("ないでください", "ないでくださいませ", "ないで下さい", "ないで下さいませ")):
            return False  # (お問い合わせはしないでください: a prohibition shows no way)
        if _NOT_ALTERNATIVE.search(norm, max(start, m.start() - 8), m.end()):
            return False
    return True


# Humble verbs of a サ変 noun that offer nothing: an apology, thanks, a refusal, an end.
# (nor sending back what was sent to us, 返送いたしました: what follows a refusal; nor the judgement
# the refusal rests on, 経年劣化と判断いたしましたので保証対象外です)
_NOT_OUR_ACTION = ("お詫び", "失礼", "感謝", "お断り", "遠慮", "辞退", "中止", "停止", "終了", "廃止", "恐縮", "承知",
                   "了承", "拝見", "拝読", "お願い", "お祈り", "期待", "返送", "返却", "判断", "判定", "結論")


def _our_action_before(norm: str, at: int) -> bool:
    """The いたします at `at` follows a サ変 noun of an action (設定いたしました), not a kana word or one
    of _NOT_OUR_ACTION."""
    return at > 0 and "一" <= norm[at - 1] <= "龥" and not norm.endswith(_NOT_OUR_ACTION, 0, at)


def _refuses_in(doc: Document, start: int, end: int) -> bool:
    """_REFUSAL matches in the text's [start:end] (kept, as _alternative_at is)."""
    table = _memo_for(doc)
    key = ("refuses", start, end)
    found = table.get(key)
    if found is None:
        found = table[key] = _REFUSAL_WORDS.search(doc.norm, start, end) is not None \
            and _REFUSAL.search(doc.norm, start, end) is not None
    return found


def _has_alternative(doc: Document, start: int, end: int) -> bool:
    return _alternative_at(doc, start, end) >= 0


_CONTENT_WORD = lazy(r"[一-龥ァ-ヶー]+")
# The kanji of asking and of its politeness, not of what is asked (お願い, 致します, 下さい, 頂けます,
# 申し上げます, 何卒, 必ず)
_ASKING_WORDS = frozenset(("願", "致", "下", "頂", "申", "上", "何卒", "必"))


def _restates(norm: str, said: tuple[int, int], start: int, end: int) -> bool:
    """norm[start:end] says nothing norm[said] did not: every content word in it (a run of kanji or
    katakana) is there already. 「お支払い期限を延ばすことはできません。期限までにお支払いください。」:
    the request repeats the limit, it offers no way forward."""
    refused = norm[said[0]:said[1]]
    words = False
    # (stops at the first new word, the usual case: searched word by word, as finditer finds them,
    # without a scanner made for each span)
    w = _CONTENT_WORD.search(norm, start, end)
    while w is not None:
        word = w.group()
        # (the request's own words, お願いいたします / 必ず: 期日までにお支払いをお願いいたします)
        if word not in _ASKING_WORDS:
            if word not in refused:
                return False
            words = True
        w = _CONTENT_WORD.search(norm, w.end(), end)
    return words


def _tok_index(toks: list[Token], nstart: int) -> int:
    """The token a normalized offset lies in (-1 before the first)."""
    return bisect_right(toks, nstart, key=_NSTART) - 1


def _phrase_start(doc: Document, s: Sentence, nstart: int) -> int:
    """Walk back from a negative ending (ない, できません) to the word it negates:
    置か|ないでください, ご利用|いただけ|ない, 返金は|できません -> 返金."""
    toks = doc.sentence_tokens(s)
    i = _tok_index(toks, nstart)
    if i < 0 or toks[i].surface.startswith(_UNAVOIDABLE):
        return nstart  # (a noun of its own, 仕方ありません: nothing before it that it negates)
    j = i
    # the verb (and its auxiliaries) the ending hangs on
    while j - 1 >= 0 and toks[j - 1].pos[0] in ("動詞", "助動詞") and toks[j - 1].nend == toks[j].nstart:
        j -= 1
    # a particle-less サ変 noun or an お/ご prefixed noun before it: 削除|し, ご利用|いただけ
    k = j - 1
    if k >= 0 and toks[k].pos[0] == "助詞" and toks[k].surface in ("は", "を", "も", "が"):
        k -= 1
    if k >= 0 and toks[k].pos[0] == "名詞" and toks[k].pos[2] == "サ変可能":
        j = k
        if j - 1 >= 0 and toks[j - 1].pos[0] == "接頭辞":
            j -= 1
    elif j - 1 >= 0 and toks[j - 1].pos[0] == "接頭辞":
        j -= 1
    return toks[j].nstart if j < i or toks[j].nstart < nstart else nstart


def _index_in(sentences: list[Sentence], s: Sentence) -> int:
    """The place of `s` in `sentences` (sorted by start), found by its start (not list.index: a search
    from the start for each sentence); an empty sentence may start where it does."""
    k = bisect_left(sentences, s.nstart, key=_NSTART)
    while sentences[k] is not s:
        k += 1
    return k


def _hit(doc: Document, a: int, b: int, message: str | None = None, suggestion: str | None = None) -> Hit:
    return Hit(*doc.original_span(a, b), message, suggestion)


_FILLER = lazy(r"ご了承|ご理解|申し訳|恐れ入|お詫び|ご容赦|ご不便|あしからず|残念|心苦しく|ご期待に(沿|添)えず")


_KYAKU = r"お客(様|さま)"
# The customer's side: お客様, 貴社, a person by name (野口様), ご自身
# (A name's match starts at its 様, after a kanji: a pattern that begins with a kanji class is
# tried at every kanji. blame() widens the span back over the name.)
# (the words of the customer's side are parties', which the keigo checks read too)
_THEIR_COMPANY = "|".join(parties.CUSTOMER_COMPANY)
# (お店側: a shop owner's own side, to whom a service of ours is sold)
_PARTY = rf"(?:お客(?:様|さま)|{_THEIR_COMPANY}|ご自身|ご本人|お二人|ご家庭|お店側|(?<=[一-龥])(?<!皆)(?:様|さま))"
_PARTY_WORD = lazy(rf"お客|{_THEIR_COMPANY}|ご自身|ご本人|お二人|ご家庭|お店側|様|さま")




def _from_rarest(words) -> str:
    """A regex for where any of `words` stands, each matched from its rarest character, with the
    characters before it read behind (なかった: か(?<=なか)った). A search then stops at a few
    rare characters, not at every な, に or の (the trie of the words took twice the time). A match
    starts inside its word, not at its start: in the same sentence, as no word holds a terminator,
    a blank or a line break."""
    return "|".join(_from_rarest_by_char(words).values())


def _from_rarest_parts(words, common: int, ahead_first: bool = False, shared_stops: bool = False) -> tuple[str, str]:
    """_from_rarest(words)'s matches as two regexes: the words found from a character rarer than
    the `common` commonest (regexes.COMMON_CHARS), and the rest. At each stop re tries the
    alternatives one after another, and where none goes on it tries every one (a failed stop
    costs some 13 instructions for each character the pattern can stop at: 2k for the rare
    part's 160): the many rare ones are tried only at their own few stops, and the frequent stops
    try only the few alternatives of the common characters (scanned as one, the two cost a
    quarter more). Behind a character, each word's look-behind is a test re must enter (some 200
    instructions, where a literal that is not there costs 13), so the words are read back one
    character at a time, those that share it once, with a class of the characters that can
    stand there tried first (_read_behind: ず with twenty words behind it tried twenty
    look-behinds at each ず, one now). The same places match (a match starts at the word's
    rarest character and holds the rest of it). `ahead_first`: the words with characters after
    the stop read forward first, then behind (_ahead_then_behind). `shared_stops`: the words of
    each part found from the characters _shared_stops chooses for them (a match then starts at
    that character), not each from its own rarest."""
    rank = {c: k for k, c in enumerate(COMMON_CHARS)}
    stops: dict[str, list[tuple[str, str]]] = {}
    held = _holding_no_other(words)
    at = {w: max(range(len(w)), key=lambda j: (rank.get(w[j], len(rank)), -j)) for w in held}
    if shared_stops:
        for rare in (False, True):  # (each part's words from characters of that part alone)
            at.update(_shared_stops([w for w in held if (rank.get(w[at[w]], len(rank)) >= common) == rare], rank,
                                    lambda c, rare=rare: (rank.get(c, len(rank)) >= common) == rare))
    for w in held:
        k = at[w]
        stops.setdefault(w[k], []).append((w[:k], w[k + 1:]))
    parts: tuple[list[str], list[str]] = ([], [])
    # (the commonest first: where a word is found, re tries no alternative after its own)
    for c in sorted(stops, key=lambda c: (rank.get(c, len(rank)), c)):
        rest = (_ahead_then_behind if ahead_first else _read_behind)(stops[c], c, rank)
        parts[rank.get(c, len(rank)) < common].append(re.escape(c) + rest)
    return "|".join(parts[0]), "|".join(parts[1])


def _read_behind(words: list[tuple[str, str]], seen: str, rank: dict[str, int]) -> str:
    """What follows a stop at the end of `seen` (the stop's character and those read behind it)
    for `words`, each (the characters before `seen`, the characters after the stop): the rest of
    the words that `seen` completes, as a trie, then the others read one character further back,
    grouped by that character."""
    back = len(seen) - 1
    done = [after for before, after in words if len(before) == back]
    further: dict[str, list[tuple[str, str]]] = {}
    for before, after in words:
        if len(before) > back:
            further.setdefault(before[-back - 1], []).append((before, after))
    alts = []
    if done:
        rest = _trie_of(done, rank)
        if not rest:
            return ""  # (a word ends at the stop: the stop is a match, whatever follows)
        alts.append(rest)
    chars = sorted(further, key=lambda c: (rank.get(c, len(rank)), c))
    groups = []
    for c in chars:
        behind = c + seen
        # (read back at once as far as the words go on alike: (?<=お受け取), not (?<=け取)(?<=受け取)…)
        while all(len(before) >= len(behind) for before, _ in further[c]) \
                and len({before[-len(behind)] for before, _ in further[c]}) == 1:
            behind = further[c][0][0][-len(behind)] + behind
        groups.append("(?<=" + re.escape(behind) + ")" + _read_behind(further[c], behind, rank))
    if len(groups) > 1:  # (one test of the characters that can stand there, then each)
        alts.append("(?<=[" + "".join(map(re.escape, chars)) + "]" + re.escape(seen) + ")(?:" + "|".join(groups) + ")")
    else:
        alts += groups
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _shared_stops(words: list[str], rank: dict[str, int], usable) -> dict[str, int]:
    """For each of `words`, the place of the character it is found from: few characters, and rare
    ones, that every word holds one of (a greedy cover, each character's cost its share of a
    reply's text as its rank in regexes.COMMON_CHARS tells it, 1 / (rank + 10); a character not
    ranked as the rarest ranked). Each found from its own rarest character, the words whose
    characters are all common had a scan stop at every one of some 45 kana and kanji (は, せ, さ,
    な …), and at most stops find nothing (~25 stops a reply, each trying every character's
    alternatives); the others, at 154 rare characters. Only letters that `usable` takes are
    chosen (a stop of the part the word is in). A word that holds 様 or さま, or no such letter, is
    found from its rarest character still: an inline addressee (中井様、…) may end a sentence
    right after 様, and a match must start in the sentence that holds its word (no word holds a
    terminator or a line break, nor a blank, which are no letters)."""
    unranked = len(rank)
    letters = {c for c in set().union(*words) if c.isalpha() and usable(c)}
    at: dict[str, int] = {}
    chosen: list[str] = []
    left: list[str] = []
    for w in sorted(words):
        if "様" in w or "さま" in w or letters.isdisjoint(w):
            k = max(range(len(w)), key=lambda j: (rank.get(w[j], unranked), -j))
            at[w] = k
            chosen.append(w[k])
        else:
            left.append(w)
    holding: dict[str, list[str]] = {}  # (the words left that each usable letter would cover)
    for w in left:
        for c in letters.intersection(w):
            holding.setdefault(c, []).append(w)
    count = {c: len(ws) for c, ws in holding.items()}

    def cover(c: str) -> None:
        for w in holding.get(c, ()):
            if w not in at:
                at[w] = w.index(c)
                for d in set(w):
                    if d in count:
                        count[d] -= 1

    for c in sorted(set(chosen)):  # (a stop chosen already covers its words for nothing)
        cover(c)
    # (the greedy choice, the cheapest letter for the words it covers first: a heap of each
    # letter's cost, taken again at its new cost when words it covers were covered meanwhile)
    heap = [(1 / (rank.get(c, unranked) + 10) / n, c, n) for c, n in count.items() if n]
    heapq.heapify(heap)
    while heap:
        _, c, n = heapq.heappop(heap)
        if count[c] != n:
            if count[c]:
                heapq.heappush(heap, (1 / (rank.get(c, unranked) + 10) / count[c], c, count[c]))
            continue
        cover(c)
    return at


def _ahead_then_behind(words: list[tuple[str, str]], seen: str, rank: dict[str, int]) -> str:
    """What follows a stop at `seen` for `words` (as _read_behind's), the words with characters
    after the stop read forward first, by what follows, and only then behind, over the whole
    word: at most stops what follows is not there, a literal that fails in some 13 instructions
    where each look-behind is a test of some 200 (blame's common part, a full scan 49.0k -> 47.6k
    instructions a reply). The words that end at the stop are read behind as _read_behind reads them.
    The same places match."""
    ahead: dict[str, list[str]] = {}
    for before, after in words:
        if after:
            ahead.setdefault(after, []).append(before)
    if not ahead:
        return _read_behind(words, seen, rank)
    alts = []
    for after in sorted(ahead, key=lambda a: (rank.get(a[0], len(rank)), a)):
        befores = ahead[after]
        behind = "" if "" in befores else \
            "(?:" + "|".join("(?<=" + re.escape(b + seen + after) + ")" for b in sorted(befores)) + ")"
        alts.append(re.escape(after) + behind)
    ending = [(before, after) for before, after in words if not after]
    if ending:
        alts.append(_read_behind(ending, seen, rank))
    return "(?:" + "|".join(alts) + ")"


def _trie_of(texts: list[str], rank: dict[str, int]) -> str:
    """A regex for any of `texts` as a trie, the commonest characters first; a text that ends where
    others go on is an empty last alternative, not an optional group (re's repeat, several times
    the cost). Empty when one of the texts is."""
    if "" in texts:
        return ""
    by_first: dict[str, list[str]] = {}
    for t in texts:
        by_first.setdefault(t[0], []).append(t[1:])
    alts = []
    for c in sorted(by_first, key=lambda c: (rank.get(c, len(rank)), c)):
        rest = by_first[c]
        tail = "" if rest == [""] else _trie_of([t for t in rest if t], rank)
        alts.append(re.escape(c) + (tail if "" not in rest or not tail else "(?:" + tail + "|)"))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _holding_no_other(words) -> list[str]:
    """`words` less those that hold another of them: a word that holds another is found wherever
    that one is, and adds nothing but the places where its own rarest character stands (せいでござ
    beside せいで: every ざ). (each word's own substrings looked up, not every pair of words
    compared: the list has grown to hundreds of words, and the pairs took 40 ms of every start-up)"""
    known = set(words)
    return [w for w in sorted(known)
            if not any(w[a:b] in known for a in range(len(w)) for b in range(a + 1, len(w) + 1) if b - a < len(w))]


def _from_rarest_by_char(words) -> dict[str, str]:
    """_from_rarest's alternatives, by the character each starts with (in code-point order)."""
    rank = {c: k for k, c in enumerate(COMMON_CHARS)}
    by_char: dict[str, set[str]] = {}
    for w in _holding_no_other(words):
        k = max(range(len(w)), key=lambda j: (rank.get(w[j], len(rank)), -j))
        by_char.setdefault(w[k], set()).add(("(?<=" + re.escape(w[:k + 1]) + ")" if k else "") + re.escape(w[k + 1:]))
    return {c: re.escape(c) + "(?:" + "|".join(sorted(alts, key=lambda a: (-len(a), a))) + ")"
            for c, alts in sorted(by_char.items())}
# A prohibition pressed hard stays an order, reason or not: 絶対に / 決して / くれぐれも …ないでください
_PRESSED = lazy(r"絶対|決して|くれぐれも|二度と|必ず")


def _sentences_with_parts(doc: Document, ctx, sentences: list[Sentence], parts, reach: int | None = None) -> list[Sentence]:
    """ctx.sentences for a check whose trigger is AnyOf(*parts): each part found in `sentences`
    with one scan of its own, the part that holds the trigger's first match from there on (the
    parts before it hold no match). (Searched as one, FirstOf, every part was searched again from
    each sentence kept, a part that stands no more to the reply's end each time.) `reach`: the
    most characters a match of any part holds, when known (Document.sentences_with)."""
    if ctx.trigger is None:
        return sentences
    norm = doc.norm
    first = doc.cache.get(ctx.trigger_key) or ctx.trigger.search(norm)
    if first is None:
        return []
    k = 0
    while len(parts) > 1 and parts[k].match(norm, first.start()) is None:  # (one part: the trigger's own)
        k += 1
    found = doc.sentences_with(parts[k], sentences, first, reach)
    for rx in parts[k + 1:]:
        more = doc.sentences_with(rx, sentences, reach=reach)
        if more:
            found = sorted({id(s): s for s in found + more}.values(), key=_NSTART)
    return found


def _sentences_with_any(doc: Document, ctx, sentences: list[Sentence], parts) -> list[Sentence]:
    """ctx.sentences for a check triggered by several patterns, each opening with one literal
    character (re scans for a literal in a tight loop, and tests a set of first characters at
    every character of the reply, several times the time): the sentences that hold any of them,
    each pattern found with one scan of its own (searched as one, from each sentence on, a
    pattern that stands no more would be scanned to the end every time)."""
    if ctx.trigger is None:
        return sentences
    found = [s for part in parts for s in doc.sentences_with(part, sentences)]
    return sorted({id(s): s for s in found}.values(), key=_NSTART) if len(parts) > 1 else found


def _end_of_words(norm: str, start: int, end: int) -> int:
    """`end` moved back over the sentence's closing marks and blanks, not before `start`."""
    while end > start and norm[end - 1] in "。! \n":
        end -= 1
    return end
