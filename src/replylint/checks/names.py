"""template/mixed-name: a name left from another macro, which the rest of the reply contradicts.

The reply names what the customer uses of ours where it opens (いつも〇〇をご利用いただき) and
where it closes (今後とも〇〇をよろしく), says who writes it (the signature, the subject, a self-
introduction: Document.signed_text), may quote the customer's message, and speaks to the
addressee. A name is confirmed when it occurs twice in our own text, when a word of the signed
text starts as it does (スターリーフゲームスのタイトル / スターリーフゲームス; not ハルフィット for
フィットワン), or when the quoted message holds its start. The opening's name may stand first in
its sentence (しおかぜ汽船をご利用いただき). What is reported:

- an opening or closing name that nothing confirms, when the other end names something
  confirmed (いつも青空ブックスを … みどり書房の中井です … 今後ともみどり書房を);
- both ends unconfirmed and different, in a signed reply or as two names of one kind
  (ナチュラ家具 / 家具のモクリ): the opening, naming the closing;
- an end name of the same kind as a different name in the signed text (ホテル海風 / グランド
  ホテル港が丘), or another branch of the same business (北斗モータース西原店 / …東町店;
  a hotel by its place: ホテルルーメン博多 / …札幌駅前), the closing end being also where the
  staff wait for the guest (スタッフ一同、〇〇にてお待ちしております);
- our brand at an end, and a sister brand that starts the same in the signature (いつもプリント
  ベースを … プリントワークス サポートデスク), reported in the signature;
- an end name of one trade and ours of another in the signature (いつもみらいでんきを …
  ひだまりリフォーム): the end name, or the signature's when the reply names it only there;
- the customer called by another name than the addressee's (坂本 結衣 様 … 山下様のご都合).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter, methodcaller

from .. import segments as seg
from ..document import Document, _holds_any_between
from ..engine import CheckContext, Hit
from ..regexes import COMMON_CHARS, AnyOf, _top_alternatives, build_trie_pattern, lazy, trie_pattern
from .positive._shared import _shared_stops

# (a name in Latin letters may hold spaces: TSUNAGU Mail, LUCE STORE)
_NAME = (r"(「[^」\n]{1,25}」|『[^』\n]{1,25}』|[A-Za-z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9][A-Za-z0-9&.'-]*){1,3}(?=\s*[をにでへ])"
         # (a business and its branch, a blank between: ソラモバイル なんば店)
         r"|[^\s、。,!?「」『』()]{2,15} [^\s、。,!?「」『』()]{1,8}?(?:店|支店|本店|営業所|院|校|教室|館|荘|亭)(?=\s*[をにでへ])"
         r"|[^\s、。,!?「」『』()]{2,25}?)")
_OPENING_USE = (r"(ご利用|ご愛顧|お楽しみ|ご予約|お買い求め|お買い物|お買い上げ|ご購入|ご注文"
                r"|ご来店|ご来院|ご来館|ご宿泊|ご搭乗|ご契約|ご加入|ご登録|お問い合わせ|ご用命|お引き立て|お選び"
                # (what is used, read, watched, taken part in: ご愛用, ご購読, ご視聴, ご受講, ご参加, ご来場)
                r"|ご愛用|ご愛読|ご購読|ご視聴|ご受講|ご参加|ご来場|ご乗車|ご来園)")
# (the particle's first character, or a blank, looked for before the blanks and the particles are
# tried: the name is lazy, and the rest of the pattern is tried after each of its lengths, most
# of which end at neither; ~1.3k instructions a try, of ~10k)
_OPENING_NAME = lazy(
    r"(いつも|このたびは|この度は|平素より|平素は|先日は|本日は)[、\s]*" + _NAME + r"(?=[\sをにでへ])[\s]*"
    # (not the way they wrote to us: XのDMにてお問い合わせいただき / お電話でお問い合わせ)
    r"(を|に|へ|(?:で|にて)(?!お問い合わせ))"
    + _OPENING_USE)
# The opening's thanks with the name first and no adverb (しおかぜ汽船をご利用いただき、ありがとう
# ございます): matched at the start of an opening sentence only, the thanks right after. (Not a
# time or a place said first: 4月5日にご注文いただき, 先月の物産展でお買い求めいただいた.)
_BARE_OPENING = lazy(r"()" + _NAME + r"[\s]*(を|に|へ)" + _OPENING_USE
                     + r"(いただき|頂き)[、\s]*(誠に|まことに|大変|本当に)?[、\s]*(ありがとう|有難う|有り難う"
                     # (…いただき、スタッフ一同とても嬉しく思っております)
                     r"|[^。\n]{0,12}?(嬉しく|うれしく))")
_USE_THANKED = lazy(r"[をにへ][\s]*" + _OPENING_USE + r"(?:いただき|頂き)")  # (what every _BARE_OPENING match holds)
_WHEN = lazy(r"[0-9０-９]|^(先|今|昨|前|本|翌|この|その|あの|過日|去る)|(日|月|年|週|頃|ごろ|前|後|中|際|時)$")
_WAITING = r"[、\s]*(?:心より|心から)?[、\s]*(?:お待ち|お越し|お迎え)"
_CLOSING_AFTER = (r"を[、\s]*(?:どうぞ|何卒)?[、\s]*(?:よろしく|宜しく|ご愛顧|ご利用(?!いただけ|になれ|できま)|お引き立て|ごひいき)"
                  # (the staff who wait for the customer there: スタッフ一同、ホテル海風にてお待ちしております)
                  r"|にて" + _WAITING + r"|で" + _WAITING)
# (what follows the name, right after it or after blanks, as alternatives that each start with a
# literal: re skips one whose first character is not there without entering it, where [\s]* and
# the alternation after it were entered at each of the lazy name's lengths; ~2.8k instructions a
# try, of ~12k)
_CLOSING_NAME = lazy(
    r"(今後とも|引き続き|これからも|一同)[、\s]*" + _NAME + r"(?:" + _CLOSING_AFTER + r"|\s[\s]*(?:" + _CLOSING_AFTER + "))")
# Ours, by no name: a word of ours anywhere in a name (弊社, 当店), or a start or a whole that
# names no one (ご, 当アプリ; what, not whose: オンラインストア; which, not whose: 全店舗). Tested
# by _generic, the words searched for, the starts matched at the name's start (as one pattern with
# ^ in it, every alternative was tried at every character of the name: ~1,600 instructions each).
_GENERIC_WORD = lazy(r"弊社|当社|当店|弊店|当行|当院|当館|当ホテル|当サービス|本サービス|私ども|わたくしども"
                     r"|こちら|当窓口|当センター")
# (ご and お as honour, not the first kana of a name in kana: ごはんびより, おかしのまちおか)
_GENERIC_START = lazy(r"(?:ご|お)(?![ぁ-ん]{4})|当|弊"  # (当アプリ, 弊グループ: ours, by no name)
                      r"|(公式|オンライン|通販|ネット|[Ww][Ee][Bb])?(ストア|ショップ|サイト|アプリ|サービス)$"  # what, not whose
                      # (a kind of hotel, not one: ペットホテル, ビジネスホテル; round 36)
                      r"|(ペット|ビジネス|シティ|カプセル)ホテル$"
                      # which of them, not whose: 全店舗, 各施設, 最寄りの店舗 (not 全日空, a name)
                      r"|(全|各|他|同|別)(店舗|店|施設|館|会場|教室|校|拠点|サービス|商品|プラン|コース|機能)$"
                      r"|(一部の?|最寄りの?|お?近くの|全国の?|すべての|全ての)")


# The characters a match of _GENERIC_START can start with (each alternative's first literal; where
# (公式|…)? is left out, the kind's: ストア, ショップ, サイト, アプリ, サービス; a hotel's kind, ペ, ビ, シ, カ): a name that starts with
# none, and holds none of the pieces every word of _GENERIC_WORD holds, is tried by neither pattern
# (two tries, ~4.6k instructions, for most names; tests/test_triggers.py).
_GENERIC_FIRSTS = frozenset("ごお当弊公オ通ネWwストシサア全各他同別一最近すペビカ")


def _generic(name: str) -> bool:
    if name[:1] in _GENERIC_FIRSTS and _GENERIC_START.match(name) is not None:
        return True
    # (the pieces one by one: any() over a tuple of them, a generator, cost four times as much)
    return ("当" in name or "弊" in name or "ども" in name or "こちら" in name or "本サービス" in name) \
        and _GENERIC_WORD.search(name) is not None


# (each class first, then its repeat: re scans for a first class, and tried a first repeat,
# \s+, at every character of a reply)
_SPACE = lazy(r"\s\s*")


def _unblanked(text: str) -> str:
    """`text` with its blanks taken out, as _SPACE.sub("", text) (str.split's blanks are re's \\s:
    both read str.isspace), for a quarter of the substitution's cost."""
    return "".join(text.split())


_BLANKS = lazy(r"[^\S\n][^\S\n]*")

# The kind a business name holds, by family of words: two different names of one kind, one at an
# end of the reply and one in its signature or subject, are two businesses (ホテル海風 / グランド
# ホテル港が丘, 青空ブックス / みどり書房).
_KINDS = [lazy(words) for words in (
    "ホテル|旅館|リゾート", "銀行|信用金庫|信金|信用組合", "病院|クリニック|医院|歯科|診療所", "薬局|ドラッグ",
    "書店|書房|ブックス", "大学|学園|学院", "航空|エアライン", "鉄道|電鉄", "電力|でんき|ガス|エネルギー",
    "生命|損保|証券", "モバイル|通信", "ストア|ショップ|マーケット|モール|マルシェ", "カード",
    "ゲームス|ゲームズ", "家具|インテリア")]
_KIND = lazy("|".join(k.pattern for k in _KINDS))
_WORD_ENDS = frozenset(" \t\n、。,()「」『』【】:/|")
_WORD_REACH = 25
# (only particles no name holds: が and の stand inside names, as in 港が丘 and 星の郷)
_AFTER_NAME = lazy(r"(から|より|への|について|のお知らせ|のご案内)")
# A branch after the business's name: 西原店, 梅田支店, 札幌営業所
_BRANCH = lazy(r"[^\s、。]{1,6}?(支店|本店|店|営業所|支社|事業所|工場|教室|校)")
# A branch's place after the business's name: 博多, 札幌駅前, 梅田
_PLACE = lazy(r"[一-鿿々ァ-ヺー]{2,8}")
_COMPANY_FORM = lazy(r"株式会社|有限会社|合同会社|合資会社")
# What a name is confirmed by: its first characters, this many, found in the signed or the quoted text.
_PIECE = 4

# The customer called by name, with the honour a reply gives the reader (山下様のご都合, サクラ食品様
# とのお取引): a family name, or a company. A name after の is someone else (ご家族の佐藤様). The
# honour is searched first (it starts with a rare word), then the name right before it. (Not 山口様の件:
# the matter of someone the reply is about.)
_COMPANY_WORD = (r"(株式会社|有限会社|食品|工業|商事|化成|製作所|電機|産業|建設|物産|商店|工務店|銀行"
                 # (the endings Japanese company names take, by trade)
                 r"|精機|精工|製薬|興産|運輸|物流|商会|技研|電子|電工|化学|製菓|印刷|不動産|企画|設計|工芸"
                 r"|機械|鉄工|金属|薬品|繊維|紙業|水産|農園|酒造|醸造|ホールディングス|システムズ|テクノロジー)")
_HONOUR_STRICT = r"(?=の(ご|お|ます|益々|いっそう|一層|また|今後|次回)|に(は|も)?、?(ご|お)|が(ご|お)|は(ご|お)|におかれ|との)"
# ...and, to a person, what is theirs, what they sent, what they are (高田様のクレジットカード, 清水様
# からご質問いただいた, 小林様は、11月28日の試験に合格されています): a letter to a company's staff
# names others so (their employees, a candidate: 岡本様の二次面接), a letter to a person seldom does.
# (Also a thing of theirs whose name starts in kana, 田中様のことり証券の口座, and where they hold
# it, 東和商事様でご契約中のプラン.)
# (a thing of theirs in Latin letters too: 山田様のiPhone 12の画面交換)
# (and their house: 佐藤様邸（…）の調査結果)
_HONOUR_AFTER = _HONOUR_STRICT[:-1] + r"|の(?!件)[一-鿿々ァ-ヺA-Za-z]|の[ぁ-ゖ]{2,6}[一-鿿々ァ-ヺ]|で(ご|お)|から|より|は[、,]|邸)"
_HONOUR = lazy(r"(様|さま)" + _HONOUR_AFTER)
# A reader the addressee line names with さん (法学部4年 鈴木 陸 さん: a school's student) is
# called so in the body too; another surname with さん, where the reader's own matter is told (佐々木
# さんの志望動機を拝見しました, 佐々木さんは、…), is left from a reply to someone else. (Not から/より:
# a third person who told us.)
_SAN_AFTER = r"(?=の(?:ご|お|[一-鿿々ァ-ヺ])|に(?:は|も)?、?(?:ご|お)|が(?:ご|お)|は(?:ご|お|[、,]))"
_SAN_HONOUR = lazy("(さん)" + _SAN_AFTER)
_SAN_ADDRESSEE = lazy(r"(?:^|\s)[一-鿿々]{1,4}[^\S\n]*[一-鿿々ぁ-んァ-ヺー]{0,6}[^\S\n]*さん\s*$")
_STRICT = lazy(r"(様|さま)" + _HONOUR_STRICT)
# A company named in full, with 様, whatever follows (株式会社ヤマセ様の環境では): a company's name
# is the customer's company in a reply to one.
# Not inside a longer word: the character before the company word is read in Python
# (_not_in_word), not by a look-behind, whose class of kanji cost 12M instructions to compile.
_COMPANY_CALLED = lazy(r"((株式会社|有限会社|合同会社)[^\s、。様]{1,12})(様|さま)")
_ORG_WORD = r"(?:病院|医院|クリニック|歯科|薬局|ベーカリー|カフェ|工房|会計事務所|法律事務所|税理士事務所)"
_ORG_FIRST = r"(?:カフェ|ベーカリー|パン工房)"
_CALLED_NAME = lazy(
    r"(?<![一-鿿々ァ-ヺーA-Za-z0-9のがとや])("
    r"(株式会社|有限会社)[^\s、。様]{1,12}|[ァ-ヺー一-鿿々A-Za-z]{1,12}?" + _COMPANY_WORD
    # (a clinic, an office or a shop by the kind its name ends or starts with: 桐ヶ丘中央病院, 小麦の丘
    # ベーカリー, ベーカリー大森, 小林会計事務所)
    + r"|(?P<org>[ァ-ヺー一-鿿々A-Za-zの・]{1,12}?" + _ORG_WORD + r"|" + _ORG_FIRST + r"[・ ]?[ァ-ヺー一-鿿々A-Za-z]{1,10})"
    # (a family name and a given name, a blank between: 山口 健二 様のご旅程)
    + r"|[一-鿿々]{1,4}[^\S\n]+[一-鿿々ぁ-んァ-ヺー]{1,6}|[一-鿿々]{2,4})$")
_NAME_REACH = 26
# The letters before 様 in words where it is no honour (同様, 仕様, 模様, 異様, 多様, 一様, 態様, 有様, 左様)
_NOT_HONOURED = frozenset("同仕模異多一態有左")
_WRITTEN = frozenset((seg.GREETING, seg.BODY, seg.CLOSING))
_PEOPLE = lazy(r"(者|人|員|主|方|長|生|師|士|係|課|部|社|店|舗|親|子|夫|妻|族|体|先|業|院|校|園|婦|郎|嫁|婿|家|賓|客|皆|父|母|堂|息|嬢|孫|兄|姉|弟|妹|祖|職|仏|神|霊|僧"
                     r"|本人|各位|先方|相手|一同|両名|全員|[長次三末]男|[長次三末]女)$")  # roles, groups and kin (ご長男様; ご先祖様, ご住職様, 仏様), not names
_PERSON_ADDRESSEE = lazy(r"^\s*[一-鿿々]{1,4}\s*[一-鿿々ぁ-んァ-ヺー]{0,6}\s*(様|さま|殿)")
_COMPANY_ADDRESSEE = lazy(r"御中|株式会社|有限会社|合同会社|" + _COMPANY_WORD)
# ...or any organisation the reader works at, by its kind (居宅介護支援事業所ひだまり, ケアプランセンター
# あおぞら, ミナト健康保険組合): a letter to its staff names the people it serves (小川様の訪問予定)
_ORGANISATION_ADDRESSEE = lazy(r"事業所|ステーション|センター|組合|協会|病院|医院|クリニック|薬局|診療所|施設|法人")


_NOT_IN_NAME = lazy(r"[「」『』\s]")
# The reader's family, named before the name (ご息女 岩崎 芽衣 様 / お子様の翼様 / ご主人の健二様 /
# お子様（翔太様）: the name in brackets after its kin word)
_KIN_WORD = (r"(?:ご子息|ご令息|ご息女|ご令嬢|お嬢様|お子様|お子さま|ご長男|ご長女|ご次男|ご次女|ご三男|ご三女"
             r"|ご主人|ご主人様|奥様|ご家族|お母様|お父様|お祖母様|お祖父様|おばあ様|おじい様|ご両親|ご兄弟|ご姉妹|お孫様)"
             r"(?:様)?(?:の|[ 　(（])?")
_KIN_BEFORE = lazy(_KIN_WORD + r"\s*$")
# Words of time and of the case at hand that may stand right before a name, no particle between
_TIME_BEFORE_NAME = lazy(r"^(?:今回|前回|次回|今後|本日|先日|当日|今月|来月|先月|毎回|以前|今度|このたび|この度|特に|なお)")


def _clean_name(name: str) -> str:
    # (a name of letters alone, most of them, holds no bracket and no blank: not substituted, a
    # fifth of the cost)
    return name if name.isalnum() else _NOT_IN_NAME.sub("", name)


def _related(x: str, y: str) -> bool:
    """One name holds the other, or both start with the same name (ラクダ帳 and ラクダソフト: a
    product and its maker; not ホテル海風 and ホテル潮騒, which share a kind), or one is the other's
    start spelled in Latin letters (MIDORI SERVER and ミドリネット)."""
    if x in y or y in x:
        return True
    if _romaji_start(x, y) or _romaji_start(y, x):
        return True
    k = 0
    while k < len(x) and k < len(y) and x[k] == y[k]:
        k += 1
    return k >= 2 and not _KIND.fullmatch(x[:k])


# Katakana in Hepburn letters, for a brand written both ways (ミドリネット / MIDORI SERVER)
_KANA_ROWS = {"": "アイウエオ", "k": "カキクケコ", "s": "サシスセソ", "t": "タチツテト", "n": "ナニヌネノ", "h": "ハヒフヘホ",
              "m": "マミムメモ", "y": "ヤ ユ ヨ", "r": "ラリルレロ", "w": "ワ   ヲ", "g": "ガギグゲゴ", "z": "ザジズゼゾ",
              "d": "ダヂヅデド", "b": "バビブベボ", "p": "パピプペポ"}
_ROMAJI = {k: c + v for c, row in _KANA_ROWS.items() for k, v in zip(row, "aiueo") if k != " "}
_ROMAJI.update({"シ": "shi", "チ": "chi", "ツ": "tsu", "フ": "fu", "ジ": "ji", "ヂ": "ji", "ヅ": "zu", "ン": "n", "ヴ": "vu"})
_SMALL = {"ャ": "ya", "ュ": "yu", "ョ": "yo"}
_LATIN_START = lazy(r"[A-Za-z][A-Za-z ]{2,}")
_KATAKANA_START = lazy(r"[ァ-ヺー]{3,}")


@lru_cache(maxsize=4096)
def _to_romaji(kana: str) -> str:
    """ミドリ → midori, as a brand spells its katakana name in Latin letters (kept per spelling:
    a reply's brand is spelled against each Latin word it holds)."""
    out = ""
    for k, ch in enumerate(kana):
        if ch in _SMALL and out.endswith("i"):
            # シャ sha, ジョ jo (the i goes); キャ kya, リュ ryu (the i becomes y)
            out = out[:-1] + (_SMALL[ch][-1] if out.endswith(("hi", "ji")) else _SMALL[ch])
        elif ch == "ッ":
            nxt = _ROMAJI.get(kana[k + 1:k + 2], "")
            out += nxt[:1]
        elif ch == "ー":
            out += out[-1:]
        else:
            r = _ROMAJI.get(ch)
            if r is None:
                return out
            out += r
    return out


def _romaji_start(latin: str, kana: str) -> bool:
    """MIDORI SERVER starts with ミドリ (ミドリネット), spelled in Latin letters: four letters or more,
    from two kana on (KumoTalk, a product of クモリンク: クモ is kumo)."""
    a = _LATIN_START.match(latin)
    b = _KATAKANA_START.match(kana)
    if a is None or b is None:
        return False
    word = a.group().split()[0].lower()
    for n in range(len(b.group()), 1, -1):
        spelled = _to_romaji(b.group()[:n])
        if len(spelled) >= 4 and word.startswith(spelled) or spelled.startswith(word) and len(word) >= 4:
            return True
    return False


# The words the two ends start with, and the honour the customer's name takes (_HONOUR: not
# 様 alone, which nearly every addressee holds).
_END_WORDS = ("今後とも", "引き続き", "これからも", "一同", "いつも", "このたび", "この度", "平素", "先日は", "本日は")
# (the closing's words, with which every match of _CLOSING_NAME starts; the others start the
# opening's, _OPENING_NAME's: each is tried only where its own words start)
_CLOSER_WORDS = frozenset(_END_WORDS[:4])
assert _CLOSING_NAME.pattern.startswith("(" + "|".join(_END_WORDS[:4]) + ")")
assert all(w.startswith(_END_WORDS[4:]) for w in _OPENING_NAME.pattern[1:_OPENING_NAME.pattern.index(")")].split("|"))
# (what _HONOUR, _COMPANY_CALLED and _SAN_HONOUR start with)
_HONOUR_WORDS = ("様", "さま", "株式会社", "有限会社", "合同会社", "さん", "ちゃん", "くん")


def _starts_of(spelled) -> str:
    """The alternation of the ends' words and the honours, each word as `spelled` writes it."""
    return ("|".join(map(spelled, _END_WORDS)) + r"|様" + _HONOUR_AFTER + r"|さま" + _HONOUR_AFTER
            + r"|さん" + _SAN_AFTER + "|" + "|".join(map(spelled, _HONOUR_WORDS[2:5] + _HONOUR_WORDS[6:])))


_STARTS = lazy(_starts_of(str))
# _STARTS as the reply is scanned for it (the trigger, _starts): the words whose first character
# stands everywhere found from a rarer one, read behind (いつも at its も, くん at its ん, 合同会社
# at its 同, ちゃん at its ゃ): re stopped at every い, く, 合 and ち of the reply, two stops in three.
# A match then starts this many characters into its word, told by what it matched; as no word
# holds the start of another, the words found are the same, in the same order.
_FROM_RARER = {"いつも": "も(?<=いつも)", "くん": "ん(?<=くん)", "合同会社": "同(?<=合同)会社", "ちゃん": "ゃ(?<=ちゃ)ん"}
_INTO_WORD = {"も": 2, "ん": 1, "同会社": 1, "ゃん": 1}
# The honours by what a match starting there can be (as _STARTS_SCAN matched them): 様 or さま
# (_HONOUR), a company's form (_COMPANY_CALLED), さん (_SAN_HONOUR), ちゃん or くん (_pet_names);
# and, in the same table, whether an end starts with 一同 (_welcome reads only those)
_HONOUR_OF = {"様": "様", "さま": "様", "株式会社": "社", "有限会社": "社", "同会社": "社", "さん": "さん", "ゃん": "pet", "ん": "pet"}
_STARTS_SCAN = lazy(_starts_of(lambda w: _FROM_RARER.get(w, w)))


# A building's name: a word of the kind (ハイツ, メゾン, 荘 …) with the name's other words around it
# (グランメゾン桜台, サンハイツ若葉, 桜台コーポ); the customer's is the name before their room (…203号室).
_BUILDING_WORD = r"(?:ハイツ|メゾン|マンション|レジデンス|コーポ|ハイム|パレス|ヒルズ|テラス|コート|ハウス|アパート|タワー|ヴィラ|カーサ|シャトー|荘)"
# (a kind's word that begins a common word of the trade is no building: ハウスクリーニング on a
# deposit statement, ハウスダスト, タワーパーキング, テラス席)
_NOT_A_BUILDING = r"(?!(?<=ハウス)(?:クリーニング|ダスト|キーピング|メーカー|ルール)|(?<=タワー)(?:パーキング|型)|(?<=テラス)席)"
_BUILDING = (r"(?:[ァ-ヺー]{0,8}|(?<![一-鿿々])[一-鿿々]{1,4})" + _BUILDING_WORD + _NOT_A_BUILDING + r"[一-鿿々ァ-ヺー]{0,6}")
_ROOM_WORD = lazy(r"号室")
_BUILDING_WORD_RX = lazy(_BUILDING_WORD)
# (a name with が before a place's word runs on: ハイツ緑が丘, メゾン桜が丘)
_BUILDING_RX = lazy(_BUILDING + r"(?:(?<=[一-鿿々])が[丘岡原崎谷浜関森池島坂沢峰台])?")
_ROOM = lazy(r"([ァ-ヺー一-鿿々A-Za-z]{2,15})[^\S\n]*[0-9０-９]{1,4}号室")  # (whatever its words: ルミエール本町 108号室)
# The building we go to: 〇〇へ伺います, 〇〇に参ります, 〇〇を訪問します
_VISIT = lazy(r"(" + _BUILDING + r")[^\S\n]*(?:へ|に)[^\S\n]*(?:お?伺|うかが|参り|参ります|まいり|お邪魔|訪問|向かい)"
              r"|(" + _BUILDING + r")[^\S\n]*を[^\S\n]*(?:ご?訪問|お?訪ね)")
# A reply that speaks of two buildings on purpose: a move, a property offered, a viewing
_TWO_PLACES = lazy(r"引っ?越|引越|転居|移転|新居|旧居|転出|転入|空室|空き部屋|物件|内見|内覧|ご紹介|お住み替え|住み替え")


# Where the customer is met: 渋谷校の受付で, 梅田店のカウンターまで, 本館のフロントへ (_received)
# (a desk of the place may be named: みどり中央病院 2階の皮膚科受付へ, 本館の総合受付で)
_DESK_WORDS = ("受付", "フロント", "窓口", "カウンター", "レジ")
_RECEPTION = lazy(r"の(?:[一-鿿々ァ-ヺー]{1,6}?)?(?:" + "|".join(_DESK_WORDS) + r")(?:で|まで|にて|へ|に)")
# The place where we wait for the customer: みずなら高原スキー場で小林様のお越しをお待ちしております
# (read back from お待ち, the trigger's word)
_WAIT_WORD = lazy(r"お待ち(?:して|いたして|申し上げ)")
_VISIT_WORDS = ("お越し", "ご来店", "ご来場", "ご来館", "ご来院", "ご来園", "ご来校", "ご来社", "ご来所")
_WAIT_AT = lazy(r"(?:^|(?<=[\s、。!?]))([^\s、。!?「」『』()]{2,20}?)(?:で|にて)、?[^。\n]{0,16}?"
                r"(?:" + "|".join(_VISIT_WORDS) + r")を[^。\n]{0,12}?$")
# (what every match of _WAIT_AT holds, its visit word's start: a reach before お待ち that holds
# neither is not searched, which most are not: the pattern, tried at each of its characters with
# a name of up to 20 before で, cost ~2 µs a reply that waits for the customer)
_VISIT_STARTS = ("お越し", "ご来")
assert all(w.startswith(_VISIT_STARTS) for w in _VISIT_WORDS)
_FLOOR = lazy(r"[^\S\n]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})階$")


# An event's day, its draw, its gate, or the wish that the customer enjoy it (_other_event)
# (each alternative starts with a literal: a trigger is scanned for by its first characters)
_EVENT_FRAME = lazy(r"公演の(?:当日|当選|開場|入場)|の(?:当日|当選|開場|入場)|を(?:どうぞ)?お楽しみ|は手荷物検査"
                    # (a tour's trip and a course's lessons, enjoyed: 「…2日間」の旅を、どうぞ楽しみに)
                    r"|の(?:旅|ご旅行|受講|ご受講)を、?(?:どうぞ)?(?:お)?楽しみ")


# (号室 too: the customer's room, which _visited reads; where the customer is met, which
# _received reads; and an event's frame, which _other_event reads.)
# (and the goods of a kind, which _other_item reads: the longest word first)
_ITEM_KINDS = (
    ("冷蔵庫|冷凍庫|洗濯乾燥機|洗濯機|衣類乾燥機|掃除機|エアコン|電子レンジ|オーブンレンジ|テレビ|炊飯器|食器洗い乾燥機|食洗機"
     "|空気清浄機|加湿器|除湿機|給湯器|ドライヤー"),
    ("ダイニングテーブル|ローテーブル|テーブル|ダイニングチェア|チェア|ソファー|ソファ|ベッド|マットレス|チェスト|本棚|デスク"
     "|食器棚|テレビボード"),
    "電動アシスト自転車|クロスバイク|ロードバイク|マウンテンバイク|シティサイクル|折りたたみ自転車",
)
_ITEM = lazy("|".join(sorted("|".join(_ITEM_KINDS).split("|"), key=len, reverse=True)))
_ITEM_KIND = {w: k for k, words in enumerate(_ITEM_KINDS) for w in words.split("|")}
# (and the label of the customer's own name in a list, which _labelled_other reads)
_OWN_LABEL_WORDS = ("ご予約名", "ご予約者", "お名前", "ご契約者", "お申込者", "お申し込み者", "ご注文者", "ご依頼者",
                    # (and the name itself, of the customer or a member: 氏名：田中 美帆 様, 会員名：…)
                    "氏名", "ご登録名", "会員名")
_OWN_LABEL = lazy("|".join(_OWN_LABEL_WORDS))
_LABEL_LONGEST = max(map(len, _OWN_LABEL_WORDS))
# (and the customer's own product, which _other_model reads)
_OWNED = lazy(r"お使いの|ご購入|お買い上げ|ご愛用|お持ちの")
# (and the grounds of a place, which _grounds reads)
_GROUNDS_WORDS = ("駐車場", "駐輪場", "仮囲い", "敷地", "館内", "場内")
_GROUNDS_WORD = lazy("|".join(_GROUNDS_WORDS))
# (and a given name with さん, which _child_by_given_name reads)
_GIVEN_SAN = lazy(r"さん")
# (and the words of the places and shops a self-introduction names, which _introduced_as_other reads)
_INTRO_PLACE = lazy(r"教室|校|店|院|クリニック|館|亭|荘|旅館|ホテル|の宿|支社|営業所|スキー場|ゲレンデ|ゴルフ場|キャンプ場"
                    r"|役所|役場|パティスリー|菓子|ケーキ|スイーツ|ベーカリー|パン工房|ブーランジェリー")


# (and a company's own offer or use, said with the honour, which _for_other_company reads; and a
# household's name, which _other_household reads)
# (each alternative starts with its literal: a group first was scanned a third slower)
_FOR_WHOM = lazy(r"様(?:向け|専用|限定|だけの|での(?:ご|お))|さま(?:向け|専用|限定|だけの|での(?:ご|お))")
_HOUSEHOLD_AFTER = r"(?:[_\s・、]|様|さま|の(?:皆|ご|お|法|葬|告|通|納)|ご|御|法|葬|告|通|納|一同)"
_HOUSEHOLD = lazy(r"(?<![一-鿿々])([一-鿿々]{2})家(?=" + _HOUSEHOLD_AFTER + ")")
_HOUSEHOLD_WORD = lazy(r"家" + _HOUSEHOLD_AFTER)  # (the trigger's: a literal first)


class _Index:
    """What the reply signs, addresses and mentions, read once per reply (Document.cache) and
    looked up by every sub-family below: the bounds of what we wrote, the places where the two
    ends and the honours start (_starts), the addressee's lines and the family name of the first
    line, the texts with their blanks taken out. Each part is read on its first use: a reply that
    no sub-family reaches past its gate pays for none of them."""

    __slots__ = ("doc", "written", "lo", "hi", "openers", "closers", "honours", "honour_kinds", "words", "_addressee", "_head", "_flat",
                 "_flat_quoted", "_flat_signed", "_flat_addressee", "_prose", "_openings")

    def __init__(self, doc: Document, ctx: CheckContext, written) -> None:
        self.doc = doc
        self.written = written
        self.lo, self.hi = written[0].nstart, written[-1].nend
        # (words: the kinds of the gate's words that stand in what we wrote, _SCAN_FOUND, each
        # with the number of places it stands at)
        self.openers, self.closers, self.honours, self.honour_kinds, self.words = _starts(doc, ctx, self.lo, self.hi)
        self._addressee = self._head = self._flat = self._flat_quoted = self._flat_signed = self._flat_addressee = None
        self._prose = self._openings = None

    @property
    def openings(self) -> list[re.Match]:
        """The opening's thanks for a name (_OPENING_NAME where the opening's words start, then
        the bare ones), which _ends and _opened_as_other both read."""
        if self._openings is None:
            self._openings = _matches(_OPENING_NAME, self.doc.norm, self.openers, self.lo, self.hi) + _bare_openings(self.doc, self.prose)
        return self._openings

    @property
    def prose(self) -> list:
        """The greeting, body and closing sentences (in text order)."""
        if self._prose is None:
            self._prose = self.doc.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING)
        return self._prose

    @property
    def addressee(self) -> tuple[list[str], str]:
        """The addressee's lines, and the lines joined by a blank."""
        if self._addressee is None:
            norm = self.doc.norm
            lines = [norm[s.nstart:s.nend] for s in self.doc.linted_sentences(seg.ADDRESSEE)]
            self._addressee = (lines, " ".join(lines))
        return self._addressee

    @property
    def head(self):
        """The reply's first line that holds a word, and the match of a person's name with 様 on
        it (_FAMILY_NAME), or None."""
        if self._head is None:
            doc, norm = self.doc, self.doc.norm
            head = next((ln for ln in doc.lines if ln.nend > ln.nstart and norm[ln.nstart:ln.nend].strip()), None)
            self._head = (head, _FAMILY_NAME.match(norm, head.nstart, head.nend) if head is not None else None)
        return self._head

    @property
    def flat(self) -> str:
        """The whole reply, its blanks taken out."""
        if self._flat is None:
            self._flat = _unblanked(self.doc.norm)
        return self._flat

    @property
    def flat_quoted(self) -> str:
        if self._flat_quoted is None:
            self._flat_quoted = _unblanked(self.doc.quoted_text)
        return self._flat_quoted

    @property
    def flat_signed(self) -> str:
        if self._flat_signed is None:
            self._flat_signed = _unblanked(self.doc.signed_text)
        return self._flat_signed

    def known(self, name: str) -> bool:
        """Whether `name`, which holds no line break, is one the reply gives the customer or itself:
        found in the addressee, the quoted message or the signed text, blanks taken out. The
        addressee first, where most names called are found: the signed text, read cold (its
        self-introduction), is read only for a name not found there."""
        if self._flat_addressee is None:
            self._flat_addressee = _unblanked(self.addressee[1])
        return name in self._flat_addressee or name in self.flat_quoted or name in self.flat_signed


def mixed_name(doc: Document, ctx: CheckContext):
    written = doc.linted_sentences()
    if not written:
        return
    idx = _Index(doc, ctx, written)
    # Each sub-family is called only where the words it cannot find a name without stand in
    # what we wrote (_Index.words: one scan for them all; each sub-family's own search for its
    # words, in a generator of its own, cost more for the many replies that hold none).
    words = idx.words
    if idx.openers or idx.closers:
        yield from _ends(doc, idx)
        if "一同" in idx.honour_kinds:
            yield from _welcome(doc, idx)
    if idx.honours:
        yield from _called(doc, idx)
        if "pet" in idx.honour_kinds:
            yield from _pet_names(doc, idx.honour_kinds["pet"])
    visited = False
    if "号室" in words:
        for hit in _visited(doc, idx):
            visited = True
            yield hit
    if not visited and "building" in words:
        yield from _other_building(doc, idx)
    if "desk" in words:
        yield from _received(doc, idx)
    if "お待ち" in words:
        yield from _waited_at(doc, idx)
    if "grounds" in words:
        yield from _grounds(doc, idx)
    if _place_named_first(doc):
        yield from _introduced_as_other(doc)
    if "さん" in words:
        yield from _child_by_given_name(doc, idx)
    if "item" in words:
        yield from _other_item(doc, idx)
    # (a label is read on any line: one outside what we wrote, or across its bounds, is searched
    # for there, in the few characters a label's word can reach in from them)
    lo, hi = idx.lo, idx.hi
    if "label" in words or "ご契約者" in words or _label_outside(doc.norm, lo, hi):
        yield from _labelled_other(doc, idx)
    if _two_words_after_blanks(doc, idx):
        yield from _other_model(doc, idx)
    if "「" in words:
        yield from _other_event(doc, idx)
    if "for" in words:
        yield from _for_other_company(doc, idx)
    if idx.openings:  # (most replies thank for no name: no generator is made for them)
        yield from _opened_as_other(doc, idx)
    # (two codes said as the reader's own need two words of ownership: most replies hold one,
    # お問い合わせ, and no capital of a code is then looked for; ご契約者 is found where its ご契約 stands)
    if words.get("own", 0) + words.get("ご契約者", 0) >= 2:
        yield from _other_code(doc, written)
    if "家" in words:
        yield from _other_household(doc, idx)


def _label_outside(norm: str, lo: int, hi: int) -> bool:
    """_OWN_LABEL matches before what we wrote or after it, each side searched up to the reach of
    a label's word into what we wrote, and only where 名 or 者 stands there, which every label's
    word holds (a pattern that starts with ご or お was tried at each of the signature's). (Both
    sides in one call: a call each cost ~700 instructions a reply.)"""
    a, b = lo + _LABEL_LONGEST - 1, max(0, hi - _LABEL_LONGEST + 1)
    return ((norm.find("者", 0, a) >= 0 or norm.find("名", 0, a) >= 0) and _OWN_LABEL.search(norm, 0, a) is not None
            or (norm.find("者", b) >= 0 or norm.find("名", b) >= 0) and _OWN_LABEL.search(norm, b) is not None)


# The words each sub-family above needs in what we wrote, as the kind _Index.words names them by
# (a word of its own, or a kind): every match of the sub-family's patterns holds one.
_GATE_KINDS = {w: "desk" for w in ("受付", "フロント", "窓口", "カウンター", "レジ")}
_GATE_KINDS.update({w: "grounds" for w in ("駐車場", "駐輪場", "仮囲い", "敷地", "館内", "場内")})
_GATE_KINDS.update({w: "own" for w in ("お問い合わせ", "お問合せ", "ご照会", "ご質問", "お使い", "ご使用", "ご契約")})
_GATE_KINDS.update({w: "for" for w in ("様向け", "様専用", "様限定", "様だけの", "様での", "さま向け", "さま専用", "さま限定",
                                       "さまだけの", "さまでの")})
_GATE_KINDS.update({w: "item" for w in _ITEM_KIND})
_GATE_KINDS.update({w: "building" for w in _BUILDING_WORD[3:-1].split("|")})
# (ご契約者 is a kind of its own, a label's word that holds one of "own": the word found at a place
# hides the shorter one)
_GATE_KINDS.update({w: "label" for w in _OWN_LABEL_WORDS if w != "ご契約者"})
_GATE_KINDS.update({w: w for w in ("号室", "お待ち", "さん", "「", "家", "ご契約者")})
# Each word is searched for without its honorific お/ご (お待ち by 待ち, ご契約者 by 契約者): a search
# for the words as written stopped at every お and ご of the text, half of the places it stopped at.
# A word found so without its お/ご only calls a sub-family whose own patterns then find nothing.
_GATE_FOUND = {(w[1:] if w[0] in "おご" and len(w) > 2 else w): kind for w, kind in _GATE_KINDS.items()}
assert len(_GATE_FOUND) == len(_GATE_KINDS)
# The words of the kinds of which only whether one stands is read (not how often: the goods, the
# buildings, the desks, the labels, the grounds, 号室) are found from a rare character (regexes.
# COMMON_CHARS; _from_rarest_alternatives), the characters before it read behind (メゾン: ゾ(?<=メゾ)ン): from their
# first, the scan stopped at every マ, カ, ア, ド of the reply's katakana words, every 申, 注 and
# 号 (11 of its 20 stops a reply, none a match; 14 stops in all now), and at each such stop re
# tried all of its 79 alternatives. A match then starts at that character, and its text is the
# word's end from there (_RARE_FOUND: its kind). A word inside another of another kind may now be
# found too (レジ in レジデンス), which only calls a sub-family that then finds nothing; no other
# word of the scan starts inside one of these (asserted below), so the others are found as before.
_ONLY_WHETHER = ("item", "building", "desk", "label", "grounds", "号室")
_FROM_RAREST = sorted(w for w, kind in _GATE_FOUND.items() if kind in _ONLY_WHETHER)


def _from_rarest_alternatives(words) -> tuple[str, dict[str, str], dict[str, int]]:
    """The alternation that finds each of `words` from a rare character of it, one alternative per
    such character (a literal first: re scans for it), the longer ends first; the kind of each
    word by the text its match holds (_GATE_FOUND); and where in each word its match starts.
    The characters are few and rare ones that every word holds one of (a greedy cover,
    positive._shared._shared_stops): each word found from its own rarest character, the scan
    stopped at 51 characters for them, many of them katakana (カ, ウ, バ, テ, ョ, ワ …) that stand in
    the words of many replies, ~5 stops a reply that found nothing; now at 33 (the scan over the
    generated replies ~2.9 -> 2.4 µs a reply). A word that holds another word of another kind
    (レジデンス its レジ), or whose match would hold the same text as one of another kind, is found
    from its rarest character still: found from a character they share, the one's match would
    hide the other's kind. (tests/test_triggers.py proves that no match of the scan that starts
    at a word's stop or before it and holds that stop is of another kind than the word's: every
    word of these kinds that stands in what we wrote has its kind counted, as before. A word
    never straddles `lo`, where the first sentence we wrote starts: a line's start, after a
    blank or a terminator, none of which a word holds.)"""
    rank = {c: k for k, c in enumerate(COMMON_CHARS)}
    rarest = {w: max(range(len(w)), key=lambda j: (rank.get(w[j], len(rank)), -j)) for w in words}
    holders = {w for w in words if any(v != w and v in w and _GATE_FOUND[v] != _GATE_FOUND[w] for v in words)}
    at = {**rarest, **_shared_stops([w for w in words if w not in holders], rank, lambda c: True)}
    # (nor one whose match would hold the text of another kind's match, マットレス's レス: the kind is
    # told by the text; each such word from its rarest character, until no two kinds share a text)
    while True:
        kinds: dict[str, set[str]] = {}
        for w in words:
            kinds.setdefault(w[at[w]:], set()).add(_GATE_FOUND[w])
        shared = [w for w in words if len(kinds[w[at[w]:]]) > 1 and at[w] != rarest[w]]
        if not shared:
            break
        for w in shared:
            at[w] = rarest[w]
    ends: dict[str, list[tuple[str, str]]] = {}
    found: dict[str, str] = {}
    for w in words:
        k = at[w]
        ends.setdefault(w[k], []).append((w[:k], w[k + 1:]))
        assert found.setdefault(w[k:], _GATE_FOUND[w]) == _GATE_FOUND[w], w  # (one kind per text matched)
    alternatives = []
    for c, pairs in sorted(ends.items()):
        pairs.sort(key=lambda pair: (-len(pair[1]), pair))
        rests = [("(?<=" + re.escape(before + c) + ")" if before else "") + re.escape(after) for before, after in pairs]
        alternatives.append(re.escape(c) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return "|".join(alternatives), found, at


_RAREST, _RARE_FOUND, _RARE_AT = _from_rarest_alternatives(_FROM_RAREST)
# (the other words as a trie, longest word first as the alternation of them was: found a quarter
# quicker, since さ starts several words; a word found at a place hides the shorter one, 契約者 the
# 契約 of "own")
_GATE = trie_pattern([w for w in _GATE_FOUND if w not in _FROM_RAREST])
assert _GATE.startswith("(?:") and _GATE.endswith(")")  # (one group: its alternatives are spliced into _SCAN)

# _STARTS_SCAN and the gate (_GATE, _RAREST) as one alternation (_starts), _STARTS_SCAN's
# alternatives first: the words of the two sets start at the same place only as 様, さま and さん,
# whose look-aheads (_HONOUR_AFTER, _SAN_AFTER) no word of _GATE matches after them, but for さん
# itself: a さん that _STARTS_SCAN does not take is _GATE's. (Every alternative starts with a literal: re scans
# for their first characters.)



def _by_first_character(alternatives: list[str], first: str) -> str:
    """The alternation of `alternatives` (each starting with a literal character), those that start
    with one character made one alternative (in their order), and the characters of `first` first.
    Alternatives that start with different characters never match at one place, so the order of
    those groups changes nothing that is found; re tries the alternatives at each place in turn,
    its first character only for those of another (~12 instructions each): where the scan stops,
    the words found most often are now among the first tried, and a stop where nothing matches
    tries one alternative per character, not per word."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        assert alt and alt[0] not in "\\([.^$", alt  # (a literal first)
        groups.setdefault(alt[0], []).append(alt[1:])
    order = sorted(groups, key=lambda c: (first.find(c) if c in first else len(first)))
    return "|".join(c + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for c, rests in
                    ((c, groups[c]) for c in order))


# (the first characters of the words found most often in replies, most often first: 問い合わせ,
# 株式会社, 受付, ハウス, 今後とも, 「, いつも's も, 待ち, 窓口, 様)
_SCAN_FIRST = "問株受ハ今「も待窓様こ平引質レ契同使有ゃん"
# The blanks other than " " and the line break that the normalized text can hold (every character
# str.isspace takes, as re's \s does, that NFKC leaves alone: the others, U+3000 and its kin, are
# " " there; tests/test_triggers.py), each an alternative of the scan too, last: where what we
# wrote holds none, a blank after which _two_words_after_blanks looks for a word is a " ", found
# by str.find (most replies hold none: the scan stops at none of them, but each of its stops that
# finds nothing tries these too, ~8 instructions each). _two_words_after_blanks tested every
# character of the prose again, str.isprintable over a copy without its line breaks (~15k
# instructions a reply that reached it).
_OTHER_BLANKS = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"
_SCAN = lazy(_by_first_character(_top_alternatives(_STARTS_SCAN.pattern + "|" + _GATE[3:-1] + "|" + _RAREST)
                                 + list(_OTHER_BLANKS), _SCAN_FIRST))
_START_WORDS = frozenset(w for w in _END_WORDS + _HONOUR_WORDS if w not in _FROM_RARER) | frozenset(_INTO_WORD)  # (as matched)
_SCAN_FOUND = {**_GATE_FOUND, **_RARE_FOUND, **dict.fromkeys(_OTHER_BLANKS, "blank")}  # (the kind of each gate word, as matched)
assert not set(_RARE_FOUND) & (set(_START_WORDS) | set(_GATE_FOUND) - set(_FROM_RAREST))
_OTHER_FIRSTS = {w[0] for w in _START_WORDS} | {w[0] for w in _GATE_FOUND if w not in _FROM_RAREST}
assert not any(c in _OTHER_FIRSTS for w in _FROM_RAREST for c in w[1:])
assert not any(v[0] == w[0] and (v.startswith(w) or w.startswith(v))
               for w in _RARE_FOUND for v in _START_WORDS | set(_GATE_FOUND) - set(_FROM_RAREST))
_SAN_FOLLOWS = lazy(_SAN_AFTER)
assert _START_WORDS & set(_SCAN_FOUND) == {"さん"}
# What _starts does with each word _SCAN matches, looked up once a match: the kind it counts as a
# gate word (or None), the list it is a start of (_OPENER, _CLOSER, or the honour's kind of
# _HONOUR_OF; None for a gate word alone) and how far into its word the match starts (_INTO_WORD).
# (Each match asked three tables and two sets in turn, in a Python loop run ~5 times a reply.)
_OPENER, _CLOSER = "opener", "closer"
_SCAN_ROLE = {w: (_SCAN_FOUND.get(w),
                  None if w not in _START_WORDS else _HONOUR_OF.get(w) or (_CLOSER if w in _CLOSER_WORDS else _OPENER),
                  _INTO_WORD.get(w, 0))
              for w in _START_WORDS | set(_SCAN_FOUND)}
assert not set(_HONOUR_OF.values()) & {_OPENER, _CLOSER}


def _starts(doc: Document, ctx: CheckContext, lo: int, hi: int) -> tuple[list[int], list[int], list[int], dict[str, list[int]], dict[str, int]]:
    """Where the words of _STARTS stand before `hi`: those that start the opening, those that start
    the closing (_CLOSER_WORDS), and the honours, all of them and by kind (_HONOUR_OF: each pattern is tried only where it can match);
    and the kinds of the gate's words that stand in [lo, hi) (_SCAN_FOUND), each with the
    number of places where one stands. Every match of the
    check's patterns (_OPENING_NAME and _CLOSING_NAME; _HONOUR and _COMPANY_CALLED) starts at one
    of them, in the linted sentences (which end at `hi`): the text is scanned for them once, from
    the trigger's first match, and each pattern is tried only there (a scan each for a set of
    first characters cost ~90 instructions per character, and a match tried ~1,300). No word of
    _STARTS holds the start of another after its first character (tests/test_triggers.py), so
    the matches of _STARTS are every place where one stands. Both sets of words are found by one
    scan, _SCAN (scanned apart, the text was read twice: ~30,000 instructions a reply)."""
    norm = doc.norm
    first = doc.cache.get(ctx.trigger_key) if ctx.trigger is not None else None
    # (no word of _STARTS before the trigger's first match, which is one of them or, when the
    # reply holds none, a match of the trigger's other patterns)
    start = lo if first is None else min(lo, first.start())
    openers, closers, honours, kinds, words = [], [], [], {}, {}
    role_of = _SCAN_ROLE.__getitem__
    for m in _SCAN.finditer(norm, start, hi):
        word = m.group()
        found, role, into = role_of(word)
        # (the gate's words, most of the words found: none but さん is also one of _STARTS)
        if found is not None and (start == lo or m.start() >= lo):
            words[found] = words.get(found, 0) + 1
        if role is None or word == "さん" and _SAN_FOLLOWS.match(norm, m.end(), hi) is None:
            continue
        at = m.start() - into
        if role is _OPENER:
            openers.append(at)
        elif role is _CLOSER:
            closers.append(at)
            if word == "一同":
                kinds["一同"] = True  # (the staff's welcome, which _welcome reads)
        else:
            honours.append(at)
            kinds.setdefault(role, []).append(at)
    return openers, closers, honours, kinds, words


def _matches(rx, norm: str, starts: list[int], lo: int, hi: int, before=None) -> list[re.Match]:
    """rx.finditer(norm, lo, hi) for a pattern whose every match starts at one of `starts`;
    `before(norm, p)`, when given, must hold at a match's start p (a look-behind)."""
    found = []
    free = lo  # (matches do not overlap, as with finditer)
    for p in starts:
        if free <= p < hi:
            m = rx.match(norm, p, hi)
            if m is not None and (before is None or before(norm, p)):
                found.append(m)
                free = m.end()
    return found


def _not_in_word(norm: str, at: int) -> bool:
    """No kanji, katakana, Latin letter or digit stands right before `at`
    (what (?<![一-鿿々ァ-ヺーA-Za-z0-9]) says there)."""
    if at == 0:
        return True
    ch = norm[at - 1]
    return not ("\u4e00" <= ch <= "\u9fff" or ch == "々" or "ァ" <= ch <= "ヺ" or ch == "ー"
                or ch.isascii() and ch.isalnum())


# Where a word starts: the text's start, after a blank or a mark, after a company's form
# (株式会社ルミナソフト).
_WORD_START = lazy(r"(?:^|(?<=[\s、。,.:：・/()「」『』【】\[\]<>|\-—=_*#]))(?=\S)|(?:株式会社|有限会社|合同会社|\(株\)|\(有\))\s*")
# The ends of _WORD_START's matches after the text's start, found from the character before each:
# a company's form (its blanks after it), or a blank or a mark with a word after it. The pattern
# starts with one class, which re scans for; _WORD_START, a zero-width alternation, was tried at
# every character of the signed text (~600 instructions each). The forms first, as there: (株)'s
# bracket is not a mark before 株. (tests/test_triggers.py compares the two.)
_AFTER_WORD_START = lazy(r"[株有合(\s、。,.:：・/()「」『』【】\[\]<>|\-—=_*#]"
                         r"(?:(?<=株)式会社\s*|(?<=有)限会社\s*|(?<=合)同会社\s*|(?<=\()株\)\s*|(?<=\()有\)\s*"
                         r"|(?<=[\s、。,.:：・/()「」『』【】\[\]<>|\-—=_*#])(?=\S))")


def _word_starts(text: str) -> list[int]:
    """The ends of _WORD_START's matches in `text`, in order (the text's start first, where a word
    stands there)."""
    ends = [m.end() for m in _AFTER_WORD_START.finditer(text)]
    return [0, *ends] if text[:1] and not text[0].isspace() else ends


class _Confirmed:
    """Whether a name is confirmed (see the module docstring): the signed text is searched for
    each name's start, the word starts of the signed text gathered only once it holds one; the
    quoted text is searched for each name."""

    def __init__(self, doc: Document, counts: dict[str, int]) -> None:
        self.counts = counts
        # The starts of the words of the signed text (blanks taken out after each): a name is
        # confirmed by a word there that starts as it does, not by the middle of another
        # (フィットワン is not confirmed by ハルフィット横浜西口店, which holds フィット). The
        # customer's quoted message names it anywhere in a sentence (先日フィットワンに入会し).
        self.signed = doc.signed_text
        self._word_starts: frozenset[int] | None = None  # (_word_starts(signed), at the first need)
        self.quoted = _unblanked(doc.quoted_text)

    def _pieces_starting(self, start: str) -> bool:
        """A word of the signed text starts with `start`, its blanks taken out: the word's first
        character is `start`'s (no word starts with a blank), so only the places of that character
        are tried, and only one whose next characters spell `start` is asked whether a word starts
        there. (Gathering every word start's piece of the signed text, for every reply whose ends
        name something, cost ~60k instructions a reply that reached it; most names that start a
        word there are counted twice first, and the others are seldom in the signed text at all.)"""
        signed, first, k = self.signed, start[0], len(start)
        at = signed.find(first)
        while at >= 0:
            if _unblanked(signed[at:at + 2 * _PIECE])[:k] == start:
                if self._word_starts is None:
                    self._word_starts = frozenset(_word_starts(signed))
                if at in self._word_starts:
                    return True
            at = signed.find(first, at + 1)
        return False

    def __call__(self, name: str) -> bool:
        if self.counts.get(name, 0) >= 2:
            return True
        # the name's own start: モバイル in あおぞらモバイル is a kind, not a name (そよかぜモバイル)
        start = name[:_PIECE]
        return len(start) >= 2 and (self._pieces_starting(start) or start in self.quoted)


_START = methodcaller("start")


def _ends(doc: Document, idx: _Index):
    norm, lo, hi, starts = doc.norm, idx.lo, idx.hi, idx.closers
    openings, closings = idx.openings, _matches(_CLOSING_NAME, norm, starts, lo, hi)
    if not openings and not closings:
        return  # (no end names anything: most replies that reach here)
    # (the openings in text order: _OPENING_NAME's, then the bare ones, each list in order; each
    # name cleaned once, and kept where it is no generic word)
    if len(openings) > 1:
        openings = sorted(openings, key=_START)
    opening = [(m, x) for m in openings if (x := _clean_name(m.group(2))) and not _generic(x)]
    closing = [(m, x) for m in closings if (x := _clean_name(m.group(2))) and not _generic(x)]
    if not opening and not closing:
        return
    # Every name as the signature or the self-introduction writes it: each is confirmed, and
    # none is another branch, so nothing below can be reported (most replies end here). (A name
    # holds no blank: one found as written is found with the blanks taken out.)
    names = [x for _, x in opening + closing]
    # (the signature and header lines first: they start the signed text, so a name found there is
    # found in it, and the self-introduction, read cold, is then not read; a signed text read
    # already is read at once, which the lines' test cannot tell otherwise)
    signed = doc.cache.get("document.signed_text")
    if signed is None:
        head = "\n".join([norm[ln.nstart:ln.nend] for ln in doc.lines if ln.kind in (seg.SIGNATURE, seg.HEADER)])
        if head and (all(x in head for x in names) or all(x in _BLANKS.sub("", head) for x in names)):
            return
        signed = doc.signed_text
    if signed and (all(x in signed for x in names) or all(x in _BLANKS.sub("", signed) for x in names)):
        return
    own = "\n".join(norm[ln.nstart:ln.nend] for ln in doc.lines if ln.kind != seg.QUOTED) \
        if doc.quotes_customer else norm
    confirmed = _Confirmed(doc, _counts(own, {x for _, x in opening + closing}))
    reported = set()
    shown = {x: m.group(2).strip("「」『』") for m, x in opening + closing}  # (each name as the reply writes it)
    # Each opening against each closing, as written, was quadratic in a long text: a name that is
    # wrong is reported once, with the first confirmed name of the other side that shows it wrong.
    for mine, theirs in ((opening, closing), (closing, opening)):
        sure = list(dict.fromkeys(x for _, x in theirs if confirmed(x)))
        for m, x in mine:
            if x in reported or confirmed(x):
                continue
            right = next((y for y in sure if not _related(x, y)), None)
            if right is not None:
                reported.add(x)
                yield _hit(doc, m, x, shown[right])
    # The two ends of the reply, each against the other and against the signed text.
    ends = [end for end in (opening[:1], closing[-1:]) if end]
    if len(ends) == 2:
        (mo, x), (mc, y) = ends[0][0], ends[1][0]
        # (weak evidence, so only where the reply is signed, or where the two are names of one
        # kind of business: いつもナチュラ家具を … これからも家具のモクリを)
        if not reported and (doc.signed_text or _same_kind(x, y)) and not _related(x, y) \
                and not confirmed(x) and not confirmed(y):
            reported.add(x)
            yield Hit(*doc.original_span(mo.start(2), mo.end(2)),
                      f"書き出しの「{mo.group(2)}」と結びの「{mc.group(2)}」が違います。"
                      f"どちらかが別のテンプレートから残った名前ではありませんか。", None)
    signed = doc.signed_text or _last_name_line(doc)[0]
    for (m, x), in ends:
        if x in reported:
            continue
        hit = _other_branch(doc, m, x, signed, m.group(1) == "一同") or _other_brand(doc, m, x, signed) \
            or (None if confirmed(x) else _other_of_kind(doc, m, x, signed) or _other_trade(doc, m, x, signed)
                or _other_desk(doc, m, x) or _other_place_waiting(doc, m, idx))
        if hit is not None:
            reported.add(x)
            yield hit


def _other_place_waiting(doc: Document, m: re.Match, idx: _Index) -> Hit | None:
    """スタッフ一同、山水荘にてお待ちしております … 旅館 かじか荘 (signed): the place where the staff
    wait is another place of the kind we sign with (as _welcome reads before スタッフ一同)."""
    if m.group(1) != "一同" or not doc.signed_text:
        return None
    return next(_Places(doc, doc.signed_text, [], idx).other_at(m.start(2), m.end(2)), None)


def _same_kind(x: str, y: str) -> bool:
    return any(k.search(x) and k.search(y) for k in _KINDS)


def _bare_openings(doc: Document, prose: list) -> list[re.Match]:
    """The opening sentences that thank for the use of a name, the name first (しおかぜ汽船を
    ご利用いただき): not one that starts with a word of _STARTS (いつも…, which _OPENING_NAME reads).
    `prose`: the greeting, body and closing sentences (_Index.prose, which the reply's checks have
    mostly read already), of which the greeting's are read: picked from them, not asked of the
    document as doc.linted_sentences(seg.GREETING), a list of its own that only this reads, built
    from every sentence of the reply (3.7k instructions a reply of mixed-name's 226k)."""
    norm = doc.norm
    found = []
    for s in prose:
        if s.kind != seg.GREETING:
            continue
        # (one that opens with a word of _STARTS told first: most greetings open so, いつも…, and a
        # match at one place costs a fifth of the search; then the use thanked for, right before
        # いただき: most other greetings thank for none by name)
        if not _STARTS.match(norm, s.nstart, s.nend) and _USE_THANKED.search(norm, s.nstart, s.nend):
            m = _BARE_OPENING.match(norm, s.nstart, s.nend)
            if m is not None and not _WHEN.search(m.group(2)):
                found.append(m)
    return found


def _hit(doc: Document, m: re.Match, x: str, right: str, a: int | None = None, b: int | None = None) -> Hit:
    a, b = (m.start(2), m.end(2)) if a is None else (a, b)
    return Hit(*doc.original_span(a, b),
               f"「{doc.norm[a:b]}」は、この返信のほかの箇所の名前（{right}）と違います。"
               f"別のテンプレートから残った名前ではありませんか。", right)


def _word_around(text: str, m: re.Match) -> tuple[int, int]:
    """The span of the word around the match `m` in `text`: out to a blank or a mark on each
    side, at most _WORD_REACH characters."""
    a, b = m.start(), m.end()
    while a > max(0, m.start() - _WORD_REACH) and text[a - 1] not in _WORD_ENDS:
        a -= 1
    while b < min(len(text), m.end() + _WORD_REACH) and text[b] not in _WORD_ENDS:
        b += 1
    return a, b


def _other_of_kind(doc: Document, m: re.Match, x: str, signed: str) -> Hit | None:
    """ホテル海風 at an end, グランドホテル港が丘 in the signature."""
    kinds = next((k for k in _KINDS if k.search(x)), None)
    if kinds is None:
        return None
    # A name of the kind that shares the end's name confirms it, wherever it stands (さくらカード
    # 株式会社 / 法人カードデスク: the second is a desk of the first): the first other is
    # reported only when none does.
    first_other = None
    for kind in kinds.finditer(signed):  # the word around each place the kind is named
        a, b = _word_around(signed, kind)
        tail = _AFTER_NAME.search(signed, kind.end(), b)  # みどり書房からのお知らせ
        other = signed[a:tail.start() if tail else b]
        if _related(x, other):
            return None
        first_other = first_other or other
    return None if first_other is None else _hit(doc, m, x, first_other)


# Trades a business's name says it is in: a name of one trade at an end, and ours of another in
# the signature (いつもみらいでんきを … ひだまりリフォーム 中島), are two businesses. (Only trades
# a business seldom sells the other's goods under its own name: not 通信 and でんき, which one
# company often sells together — those share the name's start, which _related reads.)
_TRADES = [lazy(words) for words in (
    "でんき|電力|ガス|エネルギー", "印刷|プリント", "ロジスティクス|物流|運輸|運送|倉庫", "リフォーム|工務店|建設|ハウジング",
    "不動産", "銀行|信用金庫|信金", "証券", "生命|損保|保険", "病院|クリニック|医院|歯科", "薬局|ドラッグ",
    "書店|書房|ブックス", "ホテル|旅館", "航空|エアライン", "鉄道|電鉄", "化粧品|コスメ", "家具|インテリア",
    "フィットネス|ジム", "ゲームス|ゲームズ", "モータース|自動車", "引越")]


def _other_trade(doc: Document, m: re.Match, x: str, signed: str) -> Hit | None:
    """みらいでんき at an end, ひだまりリフォーム in the signature: a name of another trade, and
    no word of the end name's trade in what we sign with."""
    mine = next((t for t in _TRADES if t.search(x)), None)
    if mine is None or mine.search(signed):
        return None
    for trade in _TRADES:
        if trade is mine:
            continue
        kind = trade.search(signed)
        if kind is None:
            continue
        a, b = _word_around(signed, kind)  # the signed name around the trade's word
        other = signed[a:b]
        if _related(x, other):
            return None
        # Which of the two is left from another macro: the signed name, when the reply names it
        # only there (a signature block pasted from another client's macro: いつもしおさい銀行を …
        # つばめ引越サービス お客様センター); else the end name (ひだまりリフォームの中島でございます
        # … ひだまりリフォーム: ours, said twice).
        norm = doc.norm
        first = norm.find(other)
        if first >= 0 and norm.find(other, first + len(other)) < 0:
            return _hit(doc, m, other, m.group(2).strip("「」『』"), first, first + len(other))
        return _hit(doc, m, x, other)
    return None


def _other_branch(doc: Document, m: re.Match, x: str, signed: str, welcome: bool = False) -> Hit | None:
    """北斗モータース西原店 at an end, 北斗モータース東町店 in the signature: the business's name
    is confirmed, its branch is another. Where the staff welcome the customer at a place (スタッフ
    一同、ステイイン札幌大通にてお待ちしております), a place's name after the chain's is a branch
    whatever the chain's word (ステイイン博多駅前 signed)."""
    # (a line each; the company's legal form taken out: トヨナガ自動車株式会社 北沢店 signs for the
    # トヨナガ自動車 北沢店 the opening names)
    flat = _LEGAL_FORM.sub("", _BLANKS.sub("", signed))
    if x in flat:
        return None
    head = next((k for k in range(len(x) - 1, 1, -1) if x[:k] in flat), 0)
    branch = _BRANCH.fullmatch(x, head) if head else None
    if branch is not None:
        found = re.search(re.escape(x[:head]) + r"([^\s、。]{1,6}?" + re.escape(branch.group(1)) + ")", flat)
    elif head >= 4 and (welcome or _KIND.search(x, 0, head)) and _PLACE.fullmatch(x, head) and not _KIND.search(x, head):
        # a business of a kind that has branches, named by place (ホテルルーメン博多 / …札幌駅前)
        found = re.search(re.escape(x[:head]) + "(" + _PLACE.pattern + ")", flat)
        if found is not None and (_KIND.search(found.group(1)) or _COMPANY_FORM.match(found.group(1))):
            return None  # (ことりモバイル株式会社: the business itself, not a branch)
    elif head >= 3 and x[head - 2:head] == "の宿" and _INN.fullmatch(x, head):
        # one group's inns, each its own name after the group's (山翠の宿 やまなみ荘 / 山翠の宿 かわせみ亭)
        found = re.search(re.escape(x[:head]) + "(" + _INN.pattern + ")", flat)
    else:
        return None
    if found is None or found.group(1) == x[head:]:
        return None
    if _CENTRAL_DESK.search(found.group(1)):
        return None  # (さくら歯科 駅前院 / さくら歯科 予約センター: the business's own desk serves every branch)
    raw = m.group(2)
    at = raw.find(x[head:])
    a, b = (m.start(2) + at, m.start(2) + at + len(x) - head) if at >= 0 else (m.start(2), m.end(2))
    return _hit(doc, m, x, found.group(1), a, b)


_INN = lazy(r"[^\s、。]{1,8}?(?:館|亭|荘|旅館|ホテル)")
_LEGAL_FORM = lazy(r"株式会社|有限会社|合同会社|合資会社|\(株\)|\(有\)|㈱|㈲")


# A desk or office that serves every branch of a business (予約センター, お客様相談室, 本部): no branch.
_CENTRAL_DESK = lazy(r"センター|デスク|窓口|相談室|事務局|受付|本部|本社|サポート|コールセンター")


# A katakana word that ends a business's name (プリント|ベース, プリント|ワークス); not the kind of
# business or the company's own word (スマイル|モバイル / スマイル|コミュニケーションズ)
_BRAND_REST = lazy(r"[ァ-ヺー]{2,8}")
_COMPANY_KATAKANA = lazy("|".join(seg.COMPANY_KATAKANA_ENDS)
                         + r"|コミュニケーションズ|テクノロジー|ジャパン|グループ|サービス|サポート|デザイン")


# The name a desk goes by, before the desk's word: ワールドトーク サポートの中村です / キーリア
# お客様相談室 (the service or the company the writer answers for)
_DESK_NAME = lazy(r"(?:^|(?<=[\s、。]))([^\s、。「」『』()【】]{2,12}?)(?:[^\S\n]|の)?(?:カスタマーサポート|カスタマーセンター|サポートセンター"
                  r"|サポートデスク|サポート窓口|サポート|お客様相談室|お客さま相談室|お客様センター|お客さまセンター|コールセンター"
                  r"|会員サポート|運営事務局|事務局|オンラインショップ|オンラインストア|公式オンラインショップ|通販サイト)")


# Words before a desk's word that say what kind of desk it is, not whose (カスタマーサポート, 会員サポート)
_DESK_QUALIFIERS = frozenset(("カスタマー", "お客様", "お客さま", "会員", "法人", "個人", "テクニカル", "技術", "営業", "予約",
                              "代理店", "加盟店", "出店者", "販売店", "ユーザー", "総合", "公式", "チャット", "メール", "電話",
                              # (or the task the desk handles: 受講サポート, 修理サポート, 導入サポート)
                              "受講", "受験", "学習", "配送", "修理", "保守", "導入", "解約", "契約", "請求", "料金", "返品",
                              "交換", "登録", "入会", "製品", "商品", "技術的",
                              # (or the field it supports: ネットワークサポート, システムサポート)
                              "ネットワーク", "システム", "インフラ", "セキュリティ", "アプリ", "IT"))


def _other_desk(doc: Document, m: re.Match, x: str) -> Hit | None:
    """今後ともリンガルプラスを … ワールドトーク サポートの中村です: the end names a business the
    reply names nowhere else, and the writer answers for another (a macro of another client's).
    Only a name the reply never confirms comes here (not in the signature, the self-introduction
    or the quote, and used once)."""
    if m.group(2).lstrip()[:1] in ("「", "『"):
        return None  # a title in brackets: one of the works a company may have many of (『星霜のクロニクル』)
    # (read in the self-introduction only: a signature names the company, whose products may
    # bear other names: 株式会社ハルカゼシステムズ and TSUNAGU Mail)
    desks = [d.group(1) for d in _DESK_NAME.finditer(doc.introduction)]
    desks = [d for d in desks if not _generic(d) and not _KIND.fullmatch(d) and d not in _DESK_QUALIFIERS
             and not _COMPANY_FORM.search(d) and not _COMPANY_KATAKANA.search(d)]
    if not desks or any(_related(x, d) for d in desks):
        return None
    if any(_related(x, w) for w in _signed_words(doc.signed_text)):
        return None  # our company's own product: ツナグ会計クラウド, signed 株式会社ツナグ
    if _LATIN_NAME.fullmatch(x) and any(_COMPANY_FORM.search(w) and _related(_COMPANY_FORM.sub("", w), desks[0])
                                        for w in _SIGNED_SPLIT.split(doc.signed_text)):
        return None  # the desk is named for the company it signs as (ネクスガード サポートセンター …
        # 株式会社ネクスガード), so the writer answers for that company, not for a client whose macro
        # this was; a name in Latin letters it thanks for the use of is its product (SecureBox)
    return _hit(doc, m, x, desks[0])


_LATIN_NAME = lazy(r"[A-Za-z][A-Za-z0-9 .&+-]*")


def _signed_words(signed: str) -> list[str]:
    """The words of the signature and the self-introduction, a company's form taken off
    (株式会社ツナグ -> ツナグ): the names a product of ours may start with."""
    return [w for w in (_COMPANY_FORM.sub("", w) for w in _SIGNED_SPLIT.split(signed))
            if len(w) >= 2 and not _DESKISH.search(w)]


_DESKISH = lazy(r"サポート|センター|デスク|窓口|担当|事務局|受付|部$|課$|係$|室$|チーム")  # (a desk, not a name)
_SIGNED_SPLIT = lazy(r"[\s、。,.:：・/()「」『』【】][\s、。,.:：・/()「」『』【】]*")  # (as _SPACE)


_LEGAL_FORMS = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "(有)", "㈱", "㈲")


def _other_brand(doc: Document, m: re.Match, x: str, signed: str) -> Hit | None:
    """いつもプリントベースをご利用いただき … プリントワークス サポートデスク: the end names our
    brand, the signature another that starts the same (a macro of a sister brand's)."""
    flat = _BLANKS.sub("", signed)
    if not flat or x in flat:
        return None
    head = next((k for k in range(len(x) - 1, 2, -1) if x[:k] in flat), 0)
    if not head or x[head] in "ーッャュョァィゥェォヮン" or not _BRAND_REST.fullmatch(x, head) \
            or _KIND.search(x, head) or _COMPANY_KATAKANA.search(x, head):  # (a word's start, not サ|ービス)
        return None
    # (the signature's name ends where the reply's does, a blank or the line's end after it: 株式会社
    # たびやど カスタマーサポート signs for たびやどネット, the company and its service; round 34, nine
    # mails of one blind writer)
    if re.search(re.escape(x[:head]) + r"(?:[^\S\n]|$)", signed, re.M):
        return None
    found = re.search(re.escape(x[:head]) + "(" + _BRAND_REST.pattern + ")", flat)
    if found is None:
        return None
    # (the other name is the company's, its legal form beside it in the signature: 株式会社ミナトクラウド
    # signs for ミナトドライブ, its own service named from the same stem; round 35, one blind writer's
    # 25 mails. A sister brand's macro signs with the brand, プリントワークス サポートデスク)
    if flat.endswith(_LEGAL_FORMS, 0, found.start()) or flat.startswith(_LEGAL_FORMS, found.end()):
        return None
    rest = found.group(1)
    desk = _COMPANY_KATAKANA.search(rest)  # (プリントワークスサポートデスク: the desk's word after the name)
    rest = rest[:desk.start()] if desk else rest
    if len(rest) < 2 or rest.startswith(x[head:]) or x[head:].startswith(rest) or _KIND.search(rest):
        return None
    # Reported where the signature names the other brand (a sister brand's macro signed it), with
    # the name the reply's own words use as the one meant.
    other = re.compile(re.escape(x[:head]) + r"[^\S\n]?" + re.escape(rest)).search(doc.norm, m.end())
    if other is None:
        return _hit(doc, m, x, x[:head] + rest)
    return _hit(doc, m, x, m.group(2).strip("「」『』"), other.start(), other.end())


# The staff who welcome the customer, named by their place: 当日は、湯元 花月館のスタッフ一同 /
# 三鷹店の従業員一同. The name stands before の + the staff's word + 一同 (a start of _STARTS), back
# to a mark or to the day it speaks of (当日は).
_STAFF_BEFORE = lazy(r"の?(?:スタッフ|従業員|社員|職員|スタッフ・従業員)[\s、]*$")
_WELCOME_NAME = lazy(r"(?:^|[、。!?\n「」『』()])[^\S\n]*(?:(?:当日|本日|明日|ご来店の際|お越しの際)は[^\S\n]*)?"
                     # (a name opens on no particle: 証明書)を病院の窓口 holds no name)
                     r"(?![をにがはもへでとやの])([^、。!?\n「」『』()]{2,20}?)$")
# Families of the place's word a name ends with: two names that end in one family are two places
# of one kind (吉祥寺店 / 町田店, 花月館 / 山翠館, せせらぎ亭 / かじか荘).
_PLACE_FAMILIES = [lazy(words) for words in (
    r"(?:店)$", r"(?:館|亭|荘|旅館|ホテル|の宿)$", r"(?:支店|支社|営業所)$", r"(?:院|クリニック)$", r"(?:校|教室)$",
    r"(?:スキー場|ゲレンデ|ゴルフ場|キャンプ場)$", r"(?:市役所|区役所|町役場|村役場|役所|役場)$", r"(?:ホール|劇場)$",
    r"(?:作業所|工事事務所)$")]
_STAFF_REACH = 30
# The place the reply books the customer in, the writer's own: 吉祥寺店にて、6月8日15時からご予約をお取りしました
_BOOKED_AT = lazy(r"(?:^|(?<=[\s、。]))([^\s、。「」『』()!?]{2,15}?)(?:にて|で)、?[^。\n]{0,30}?ご予約を(?:お取り|承り|お受け)")


def _welcome(doc: Document, idx: _Index):
    """当日は、吉祥寺店のスタッフ一同お待ちしております … スマホドクター町田店の佐々木です: the staff
    who welcome the customer are named by a place the reply names nowhere else, and the writer
    signs with another place of the same kind (a welcome line of another branch's or inn's macro).
    Silent unless the signature, the self-introduction or the booking (〇〇店にて…ご予約をお取り
    しました) names that other place."""
    norm, lo, hi = doc.norm, idx.lo, idx.hi
    # (most replies reach here through another start, 今後とも or いつも: nothing is read for them)
    welcomes = [p for p in idx.closers if lo <= p < hi and norm.startswith("一同", p)]
    if not welcomes:
        return
    signed = doc.signed_text
    booked = [m.group(1) for m in _BOOKED_AT.finditer(norm, lo, hi)] if "予約" in norm else []
    if not signed and not booked:
        return
    places = _Places(doc, signed, booked, idx)
    for p in welcomes:
        staff = _STAFF_BEFORE.search(norm, max(lo, p - _STAFF_REACH), p)
        if staff is None:
            continue
        named = _WELCOME_NAME.search(norm, max(lo, staff.start() - _STAFF_REACH), staff.start())
        if named is not None:
            yield from places.other(named)


_SLOT_MARK = lazy(r"[〇○◯●■□×△]{2}")
_OFFICIAL = lazy(r"(?:公式(?:アカウント)?)?(?:です|でございます)?$")
_AFTER_KANA = lazy(r"(?<=[にでをはも])[^ぁ-ゖ]+$")  # the name's part after a particle (開館時間中に|中央図書館)


class _Places:
    """The places of ours the reply names (the signed text's words, the booking's place), against
    which a place named where the customer is met is another branch's."""

    def __init__(self, doc: Document, signed: str, booked: list[str], idx: _Index) -> None:
        self.doc = doc
        # (a name said alone, its です and 公式 taken off: しおさいホール公式です -> しおさいホール)
        # (each word split at の too, and kept whole: 湯の宿 is an inn's word, 桜ヶ丘教室の河野 a place and a person)
        self.words = booked + [w for w in (_OFFICIAL.sub("", w) for w in _SIGNED_SPLIT.split(signed.replace("の", " ")))
                               if len(w) >= 3]
        self.words += [w for w in _SIGNED_SPLIT.split(signed) if "の宿" in w and len(w) >= 3]
        self.flat_own = idx.flat
        self.flat_known = idx.flat_signed + "\n" + idx.flat_quoted

    def other(self, named: re.Match):
        """A hit for the place in group 1 of `named` when it is another of the kind ours are."""
        yield from self.other_at(named.start(1), named.end(1))

    def other_at(self, a: int, b: int):
        """A hit for the place named at norm[a:b] when it is another of the kind ours are."""
        said = self.doc.norm[a:b]
        x = _clean_name(said)
        floor = _FLOOR.search(said)
        if floor is not None:  # (みどり中央病院 2階の受付: the place, not its floor)
            b = a + floor.start()
            x = _clean_name(self.doc.norm[a:b])
        family = next((f for f in _PLACE_FAMILIES if f.search(x)), None)
        if family is None or len(x) - len(family.search(x).group()) < 2 or _generic(x) or _SLOT_MARK.search(x):
            return  # (〇〇分館: a slot, which template/placeholder reports)
        if x in self.flat_known or self.flat_own.count(x) >= 2:
            return  # (a place the reply names as its own, or twice)
        tail = _AFTER_KANA.search(x)
        if tail is not None and len(tail.group()) >= 3 and tail.group() in self.flat_known:
            return  # (開館時間中に中央図書館 1階のカウンターへ … みどり市立中央図書館: ours, the words before it run in)
        others = [w for w in self.words if family.search(w) and not _generic(w)]
        if not others or any(_related(x, _clean_name(w)) for w in self.words):
            return
        yield _hit(self.doc, None, x, others[0], a, b)


def _received(doc: Document, idx: _Index):
    """渋谷校の受付でお名前をお伝えください … リンガス英会話 横浜校の小林です: the place where
    the customer is met is named once, and the writer signs with another place of its kind (as
    _welcome, for the desk a macro of another branch sends the customer to)."""
    norm, lo, hi = doc.norm, idx.lo, idx.hi
    # (called only where a desk's word stands in what we wrote, _Index.words: every match of
    # _RECEPTION holds one, and most replies name no desk; not looked for again here, five finds
    # over the reply, 17k instructions a reply that names one)
    # (the names before the desks first: the signed text, read cold, only where one stands)
    found = [named for named in (_WELCOME_NAME.search(norm, max(lo, m.start() - _STAFF_REACH), m.start())
                                 for m in _RECEPTION.finditer(norm, lo, hi)) if named is not None]
    if not found:
        return
    signed = doc.signed_text
    if not signed:
        return
    places = _Places(doc, signed, [], idx)
    for named in found:
        yield from places.other(named)


# The place whose grounds the reply speaks of: 潮風ホールには専用の駐車場がございません, 緑町二丁目
# 作業所の仮囲いの一部を撤去いたします (read back from the grounds' word)
_GROUNDS_OF = lazy(r"(?:^|(?<=[\s、。!?]))([^\s、。!?「」『』()]{2,20}?)(?:には、?|では、?|の)(?:専用の|一部の)?$")


def _grounds(doc: Document, idx: _Index):
    """潮風ホールには専用の駐車場がございません … しおさいホール公式です: the place whose grounds
    the reply describes is named once, and the writer answers for another place of its kind (as
    _received)."""
    yield from _place_before(doc, idx, _GROUNDS_WORD, _GROUNDS_OF, _STAFF_REACH)


def _waited_at(doc: Document, idx: _Index):
    """みずなら高原スキー場で小林様のお越しを心よりお待ちしております … 白樺高原スキー場 チケット
    センター: the place where we wait for the customer is named once, and the writer signs with
    another place of its kind (as _received)."""
    yield from _place_before(doc, idx, _WAIT_WORD, _WAIT_AT, 2 * _STAFF_REACH, _VISIT_STARTS)


def _place_before(doc: Document, idx: _Index, word, named_before, reach: int, holds: tuple[str, ...] = ()):
    """The places `named_before` finds within `reach` characters before each of `word`'s finds
    between the bounds of what we wrote, each reported when the writer answers for another place
    of its kind. `holds`, when given: words one of which every match of `named_before` holds
    (a reach that holds none is not searched)."""
    norm, lo, hi = doc.norm, idx.lo, idx.hi
    places = signed = None
    for w in word.finditer(norm, lo, hi):  # (the word first: few replies hold one)
        a = max(lo, w.start() - reach)
        if holds and not _holds_any_between(norm, holds, a, w.start()):
            continue
        named = named_before.search(norm, a, w.start())
        if named is not None:
            # (the signed text, read cold, only once a place is named)
            if signed is None:
                signed = doc.signed_text
            if not signed:
                return
            places = places or _Places(doc, signed, [], idx)
            yield from places.other(named)


def _visited(doc: Document, idx: _Index):
    """グランメゾン桜台 203号室の給湯器 … 明日サンハイツ若葉へ伺います: the building we say we go to
    is not the one the customer lives in, and the reply names it nowhere else (a visit line from
    another tenant's reply). Silent when the reply speaks of a move or of other properties."""
    norm, lo, hi = doc.norm, idx.lo, idx.hi
    if norm.find("号室", lo, hi) < 0:
        return
    rooms = {_unblanked(m.group(1)) for m in _ROOM.finditer(norm, lo, hi)}
    if not rooms or _TWO_PLACES.search(norm, lo, hi):
        return
    flat_own = _unblanked(norm[lo:hi])
    known = idx.flat_signed + "\n" + idx.flat_quoted
    for m in _VISIT.finditer(norm, lo, hi):
        g = 1 if m.group(1) is not None else 2
        x = _unblanked(m.group(g))
        if len(_BUILDING_WORD_RX.sub("", x, 1)) < 2:
            continue  # (the kind's word alone, みどり|荘 cut at its hiragana: no name to compare)
        if x in rooms or x in known or flat_own.count(x) >= 2 or any(_related(x, r) for r in rooms):
            continue
        yield Hit(*doc.original_span(m.start(g), m.end(g)),
                  f"「{m.group(g)}」は、お客様のお住まい（{sorted(rooms)[0]}）と違う建物です。"
                  f"別の返信から残った名前ではありませんか。", sorted(rooms)[0])
        return


# What an association or an office of a building adds after its name (グランメゾン桜台管理組合)
_BUILDING_BODY = lazy(r"(?:管理組合|管理組|管理事務所|管理会社|自治会|理事会|住民|入居者|居住者)$")


def _other_building(doc: Document, idx: _Index):
    """グランメゾン桜台管理組合 理事長 佐々木 弘 様 … コーポ若葉の排水管清掃の日程が決まりました: the
    customer's building (named where the letter is addressed, or before their room) and another
    building named once in what we wrote, which the signature and the quote never name (a line
    kept from the reply to another building's). Silent when the reply speaks of a move or of other
    properties, or names the other building twice."""
    norm, lo, hi = doc.norm, idx.lo, idx.hi
    addressee = idx.addressee[1]
    ours = {_BUILDING_BODY.sub("", _unblanked(m.group())) for m in _BUILDING_RX.finditer(addressee)}
    if "号室" in idx.words:
        ours |= {_unblanked(m.group(1)) for m in _ROOM.finditer(norm, lo, hi)}
    ours = {x for x in ours if len(x) >= 3}
    if not ours or _TWO_PLACES.search(norm, lo, hi):
        return
    known = idx.flat_signed + "\n" + idx.flat_quoted
    for s in idx.prose:
        for m in _BUILDING_RX.finditer(norm, s.nstart, s.nend):
            x = _BUILDING_BODY.sub("", m.group())
            if len(_BUILDING_WORD_RX.sub("", x, 1)) < 2 or x in known or idx.flat.count(x) >= 2:
                continue
            if any(x in y or y in x or _related(x, y) for y in ours):
                continue
            right = sorted(ours)[0]
            yield Hit(*doc.original_span(m.start(), m.start() + len(x)),
                      f"「{x}」は、お客様の建物（{right}）と違う建物です。別の返信から残った名前ではありませんか。", right)
            return


def _called(doc: Document, idx: _Index):
    """The customer called by another name than the addressee's."""
    norm = doc.norm
    starts = idx.honours
    written = idx.prose
    if not written or not starts:
        return
    # (the honour first: most replies call the customer by name nowhere but in the addressee,
    # whose lines are then not read)
    kinds = idx.honour_kinds
    # (each kind's pattern only where one of its words stands: most replies hold one kind)
    a, b = written[0].nstart, written[-1].nend
    honours = _matches(_HONOUR, norm, kinds["様"], a, b) if "様" in kinds else ()
    companies = _matches(_COMPANY_CALLED, norm, kinds["社"], a, b, _not_in_word) if "社" in kinds else ()
    sans = _matches(_SAN_HONOUR, norm, kinds["さん"], a, b) if "さん" in kinds else ()
    if not honours and not companies and not sans:
        return
    lines, addressee = idx.addressee
    if not addressee:
        return
    if sans and doc.reader_called_san and any(_SAN_ADDRESSEE.search(line) for line in lines):
        yield from _called_san(doc, sans, addressee, idx)
    # (a person under the company's lines: 株式会社北斗精機 / 人事部 人材開発課 / 山岸 由香 様)
    person = any(_PERSON_ADDRESSEE.match(line) for line in lines)
    company = _COMPANY_ADDRESSEE.search(addressee) is not None
    organisation = company or _ORGANISATION_ADDRESSEE.search(addressee) is not None
    if not person and not company:
        return
    if company:
        for m in companies:
            s = doc.sentence_at(m.start())
            if s is None or s.kind not in _WRITTEN:
                continue
            name = m.group(1)
            if not idx.known(_unblanked(name)):
                yield _called_hit(doc, m, name, addressee)
                return
    kin: set[str] = set()  # (names given as the reader's family: ご子息 鈴木 拓海 様, then 拓海様)
    for honour in honours:
        if norm[honour.start() - 1:honour.start()] in _NOT_HONOURED:
            continue  # (様 of a word, not an honour: 今後同様の違反, 仕様の変更, 模様の入った)
        s = doc.sentence_at(honour.start())
        if s is None or s.kind not in _WRITTEN:
            continue
        end = honour.start()
        while end > s.nstart and norm[end - 1] in " \t":
            end -= 1  # (山口 健二 様)
        m = _CALLED_NAME.search(norm, max(s.nstart, end - _NAME_REACH), end)
        if m is None:
            continue
        if end < honour.start() and m.group(1).isalnum() and norm[m.start(1) - 1:m.start(1)] in (" ", "\t"):
            continue  # (a given name whose family name is not read: ご同行の山口 健二 様)
        name = _unblanked(m.group(1))
        if m.group("org") is not None:
            # (a clinic, an office or a shop named with 様 that nothing else in the reply names: the
            # addressee's own is known from the addressee's lines; one we refer them to is named before
            # ご紹介, ご案内, 受診 …, _REFERRED_AFTER)
            if not idx.known(name) and not _REFERRED_AFTER.match(norm, honour.end()):
                yield _called_hit(doc, m, name, addressee)
            continue
        of_company = m.group(2) is not None or m.group(3) is not None
        skip = 0
        if not of_company:
            # (a word of time written against the name, no particle between: 今回西村様の場合は)
            lead = _TIME_BEFORE_NAME.match(name)
            if lead is not None and lead.end() < len(name):
                skip, name = lead.end(), name[lead.end():]
        if _PEOPLE.search(name) or not (company if of_company else person):
            continue
        if organisation and not of_company and not _STRICT.match(norm, honour.start()):
            continue  # (someone at the company the letter is written to: 岡本様の二次面接; someone an
            # organisation serves: 小川様の年末年始の訪問予定)
        if _KIN_BEFORE.search(norm, max(s.nstart, m.start(1) - 8), m.start(1)):
            kin.update(_unblanked(part) for part in m.group(1).split())
            continue  # the reader's own family, named as such (ご息女 岩崎 芽衣 様), and its given name later
        if not idx.known(name) and name not in kin and name not in _kin_named(doc) and name not in _role_named(doc):
            if not of_company and not skip and _given_name_alone(doc, s, m.start(1), m.end(1)):
                continue  # (ご利用いただいた翔太様: a given name alone, in a letter to 渡辺 智子 様, is
                # one of the reader's family, a child most often; a leftover name carries its family name)
            yield _called_hit(doc, m, name, addressee, start=m.start(1) + skip)


_REFERRED_AFTER = lazy(r"[^。]{0,6}?(?:ご紹介|ご案内|ご相談|お問い合わせ|受診|おつなぎ)")


def _given_name_alone(doc: Document, s, start: int, end: int) -> bool:
    """norm[start:end] is one token, a given name (UniDic 名詞,固有名詞,人名,名). (The token found by
    bisection: a sentence of many names is not walked once per name.)"""
    toks = doc.sentence_tokens(s)
    k = bisect_left(toks, start, key=_NSTART)
    return k < len(toks) and toks[k].nstart == start and toks[k].nend == end \
        and toks[k].pos[2] == "人名" and toks[k].pos[3] == "名"


_NSTART = attrgetter("nstart")


# A name right after a word for the reader's family, in brackets or not (お子様（翔太様）)
_KIN_NAMED = lazy(_KIN_WORD + r"\s*([^\s、。,()（）「」様]{1,10}?)\s*(?:様|さま)")


# A person named after their role or relation to the matter (ケアマネジャーの原田様, お届け先の田中様): someone
# else the reply speaks of, whom _CALLED_NAME leaves alone there, and who may be named again alone
# (私から原田様にお伝えし / 田中様にもお伝えください; round 34, two clean replies)
_ROLE_NAMED = lazy(r"[一-龥ァ-ヺー]の[^\S\n]?([一-龥々]{1,4})[^\S\n]?(?:様|さま)")


# (or with the given name after the family name, and in a clause that gives the role: 同行者として
# ご登録いただいた前田 りこ 様, then 前田様のアプリで; round 35, a clean reply of a ticket seller's)
_ROLE_CLAUSE_NAMED = lazy(r"(?:同行者|同伴者|ご同行|ご同伴|代理人|代理の方|ご友人|お友達|お連れ|受取人|お受取人|お届け先|名義人|ご紹介者)"
                          r"[^。、\n]{0,16}?[たるので][^\S\n]?([一-龥々]{1,4})(?:[^\S\n]?[一-龥々ぁ-ん]{1,4})?[^\S\n]?(?:様|さま)")


def _role_named(doc: Document) -> frozenset:
    """The names the reply gives after a role or a relation and の, or in a clause that gives
    their role (one search of the reply each, kept)."""
    return _names_found(doc, "names.role_named", _ROLE_NAMED, _ROLE_CLAUSE_NAMED)


def _names_found(doc: Document, key: str, *patterns) -> frozenset:
    """The names `patterns` find in the reply (their first group), searched once per reply and kept
    under `key`."""
    found = doc.cache.get(key)
    if found is None:
        found = doc.cache[key] = frozenset(m.group(1) for pattern in patterns for m in pattern.finditer(doc.norm))
    return found


def _kin_named(doc: Document) -> frozenset:
    """The names the reply gives as the reader's family, wherever the honour after them is not one
    the check reads (お子様（翔太様）の回線 … 翔太様の割引): one search of the reply, kept."""
    return _names_found(doc, "names.kin_named", _KIN_NAMED)


def _called_san(doc: Document, sans: list[re.Match], addressee: str, idx: _Index):
    """法学部4年 鈴木 陸 さん … 佐々木さんの志望動機を拝見しました: the reader, named with さん,
    called by another surname (not ours: 担任の小野さん is the grammar's, _CALLED_NAME's の)."""
    norm = doc.norm
    for san in sans:
        s = doc.sentence_at(san.start())
        if s is None or s.kind not in _WRITTEN:
            continue
        m = _CALLED_NAME.search(norm, max(s.nstart, san.start() - _NAME_REACH), san.start())
        if m is None or m.group(2) is not None or m.group(3) is not None:
            continue  # (a company with さん: a shop called so, not a person)
        name = m.group(1)
        if _PEOPLE.search(name) or doc.parties.is_ours(name):
            continue
        if not idx.known(name):
            yield _called_hit(doc, m, name, addressee, "さん")
            return


# A pet's or a child's name with ちゃん or くん: katakana (ミルクちゃん) or one to three kanji (陽翔くん),
# not a word for an animal or a family member (ワンちゃん, 猫ちゃん, 赤ちゃん, お姉ちゃん).
_PET_SUFFIXES = ("ちゃん", "くん")
_NOT_PET_NAMES = ("ワン", "ニャン", "ネコ", "イヌ", "ウサ", "ウサギ", "インコ", "ハム", "ハムスター", "トリ", "ベビ", "ベビー",
                  "猫", "犬", "赤", "坊", "嬢", "姉", "兄", "母", "父", "爺", "婆", "子", "孫", "娘", "息子")


# The roles a staff member is named by before の (担当のミキちゃん, トリマーのユウくん)
_ROLES_BEFORE_NO = ("担当", "スタッフ", "トリマー", "店長", "店員", "係", "受付", "看護師", "先生", "講師", "コーチ", "インストラクター",
                    "アシスタント", "バイト", "アルバイト", "パート", "新人", "同僚", "上司")


def _nickname_before(norm: str, p: int) -> str | None:
    """The name right before the ちゃん or くん at `p`: a whole katakana word, or one to three kanji."""
    a = p
    if a > 0 and ("ァ" <= norm[a - 1] <= "ヺ" or norm[a - 1] == "ー"):
        while a > max(0, p - 7) and ("ァ" <= norm[a - 1] <= "ヺ" or norm[a - 1] == "ー"):
            a -= 1
        if a > 0 and ("ァ" <= norm[a - 1] <= "ヺ" or norm[a - 1] == "ー"):
            return None
    else:
        while a > max(0, p - 4) and ("\u4e00" <= norm[a - 1] <= "\u9fff" or norm[a - 1] == "々"):
            a -= 1
        if a > 0 and ("\u4e00" <= norm[a - 1] <= "\u9fff" or norm[a - 1] == "々"):
            return None
    name = norm[a:p]
    if not name or name.endswith(_NOT_PET_NAMES) or norm[max(0, a - 1):a] == "お" \
            or norm[max(0, a - 1):a] == "の" and norm.endswith(_ROLES_BEFORE_NO, max(0, a - 8), a - 1):
        return None  # (担当のミキちゃん: named by a role; お兄ちゃん; not シュナウザーのマロンくん, a breed's,
        # round 36)
    return name if len(name) >= 2 or "\u4e00" <= name <= "\u9fff" else None


def _pet_names(doc: Document, starts: list[int]):
    """ソラちゃんの歯石取りのご予約を承りました … クウちゃんの体調に変化があった場合は: the pet (or
    child) the reply is about, named by another name in a later sentence, once (a line from the reply
    about another pet). Silent when two names stand in one sentence (two pets: ミルクちゃんとココア
    ちゃん), when three or more are named, or when the quote or the subject names the later one."""
    norm = doc.norm
    seen: dict[str, list[int]] = {}
    sentences: dict[int, set[str]] = {}
    for p in starts:
        if not norm.startswith(_PET_SUFFIXES, p):
            continue
        s = doc.sentence_at(p)
        name = _nickname_before(norm, p) if s is not None and (s.kind in _WRITTEN or s.kind == seg.ADDRESSEE) else None
        if name is None:
            continue
        seen.setdefault(name, []).append(p)
        sentences.setdefault(s.nstart, set()).add(name)
        if len(seen) > 2 or len(sentences[s.nstart]) > 1:
            return
    if len(seen) != 2:
        return
    first, later = sorted(seen, key=lambda x: seen[x][0])
    if len(seen[later]) != 1 or later in doc.quoted_text or later in doc.signed_text:
        return
    p, q = seen[later][0], seen[first][0]
    called = norm[p - len(later):p] + next(x for x in _PET_SUFFIXES if norm.startswith(x, p))
    right = norm[q - len(first):q] + next(x for x in _PET_SUFFIXES if norm.startswith(x, q))
    yield Hit(*doc.original_span(p - len(later), p - len(later) + len(called)),
              f"「{called}」は、この返信のほかの箇所の名前（{right}）と違います。"
              f"別のお客様への返信から残った名前ではありませんか。", right)


def _called_hit(doc: Document, m: re.Match, name: str, addressee: str, honour: str = "様", start: int | None = None) -> Hit:
    return Hit(*doc.original_span(m.start(1) if start is None else start, m.end(1)),
               f"「{name}{honour}」は、宛名の「{_SPACE.sub(' ', addressee.strip())[:30]}」と違います。"
               f"別のお客様への返信から残った名前ではありませんか。", None)


def _counts(text: str, names: set[str]) -> dict[str, int]:
    """`text.count(name)` for every name, in one pass over the text (a count per name was a pass
    per name): each place where a name starts, then the names that start there."""
    if len(names) <= 8:  # a few names: a pass each, in C, is quicker than one pass in Python
        return {name: text.count(name) for name in names}
    counts = dict.fromkeys(names, 0)
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = name
    free_from: dict[str, int] = {}  # occurrences do not overlap, as with str.count
    n = len(text)
    for m in re.finditer("(?=" + build_trie_pattern(sorted(names)) + ")", text):  # (per reply: not recorded)
        p = q = m.start()
        node = trie
        while q < n:
            node = node.get(text[q])
            if node is None:
                break
            q += 1
            name = node.get("")
            if name is not None and p >= free_from.get(name, 0):
                counts[name] += 1
                free_from[name] = q
    return counts


# The event the reply is about: the first quoted title followed by what the customer holds of it
# (「ルナ・パレード アリーナツアー」大阪公演のチケット, 「青木 遥 ピアノ・リサイタル」の座席変更)
_QUOTED = lazy(r"「([^「」\n]{2,40})」")
_MATTER_AFTER = lazy(r"[^。\n]{0,12}?(公演|チケット|座席|当選|観戦|のご予約|の件|について|にお申し込み|のお申し込み|のお取り消し)")
# Another event in the frame of the customer's own (its day, its draw, its gate, enjoy it): quoted,
# or bare — Latin words with the year (SUMMER WAVE 2024の当日は), katakana before 公演
# (ミナト・ソニックス公演の当日は)
_QUOTED_FRAME = lazy(r"\s*(?:" + _EVENT_FRAME.pattern + r")")
_BARE_EVENT = lazy(r"(?<![A-Za-z0-9ァ-ヺー・])((?:[A-Za-z][A-Za-z0-9.&'-]*[^\S\n]?){1,5}[0-9]{0,4}|[ァ-ヺー・]{3,20}"
                   r"(?:[^\S\n][ァ-ヺー・]{2,12})?)[^\S\n]?(?=" + _EVENT_FRAME.pattern + r")")
_EVENT_WORD = lazy(r"ツアー|TOUR|Tour|ライブ|LIVE|Live|公演|フェス|FES|Fes|リサイタル|コンサート|夜会|Night|NIGHT|[0-9]{4}"
                   r"|会$|寄席|展$|祭|ショー|SHOW|Show|大会|試合|[^\S\n]対[^\S\n]|ミュージカル|演奏|舞台|上映"
                   r"|[0-9]日間$|泊[0-9]日$|講座$|入門$|セミナー$|コース$|講習$")
# (two events on purpose: a show moved or swapped, another offered)
_TWO_EVENTS = lazy(r"代わり|代替|振替|振り替え|中止|延期|(?:別の|ほかの|他の)(?:公演|イベント|ライブ|ツアー)|あわせて|併せて|とともに|同時")
_EVENT_REACH = 40


def _other_event(doc: Document, idx: _Index):
    """「ルナ・パレード アリーナツアー」大阪公演のチケット … ミナト・ソニックス公演の当日は: the
    reply is about one event and names another, once, where the customer's own belongs (a line
    of another event's macro)."""
    norm, lo, hi = doc.norm, idx.lo, idx.hi
    if norm.find("「", lo, hi) < 0:
        return  # (the matter is quoted: most replies quote nothing)
    matter = next((m for m in _QUOTED.finditer(norm, lo, hi) if _MATTER_AFTER.match(norm, m.end())), None)
    if matter is None or _TWO_EVENTS.search(norm, lo, hi):
        return
    ours = _unblanked(matter.group(1))
    flat = idx.flat
    found = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(norm, matter.end(), hi)
             if _QUOTED_FRAME.match(norm, m.end())]
    for frame in _EVENT_FRAME.finditer(norm, matter.end(), hi):
        # (the name that ends right before the frame: the last match in a short reach before it)
        m = None
        for m in _BARE_EVENT.finditer(norm, max(matter.end(), frame.start() - _EVENT_REACH), frame.end()):
            pass
        if m is not None and m.end() == frame.start():
            found.append((m.start(1), m.end(1)))
    candidates = [(a, b, norm[a:b].strip()) for a, b in sorted(found)]
    counts = _counts(flat, {_unblanked(raw) for _, _, raw in candidates})  # (one pass for them all)
    for a, b, raw in candidates:
        x = _unblanked(raw)
        if len(x) < 3 or x == ours or _related(x, ours) or counts[x] > 1:
            continue
        if not (_EVENT_WORD.search(raw) or norm.startswith("公演", b)):
            continue
        yield Hit(*doc.original_span(a, a + len(norm[a:b].rstrip())),
                  f"この返信は「{matter.group(1)}」についてのものですが、「{raw}」が出てきます。"
                  f"別の公演・ツアー・講座のテンプレートから残った名前ではありませんか。", matter.group(1))
        return


# The words of a self-introduction or a signature line: a blank or a mark ends one (not ・, which
# stands inside names: パティスリー・ミエル); the person and the verb after の go (桜ヶ丘教室の河野で
# ございます -> 桜ヶ丘教室), and so does です / でございます after a name said alone.
_LINE_WORDS = lazy(r"[\s、。,()「」『』【】:：/|][\s、。,()「」『』【】:：/|]*")  # (as _SPACE)
_INTRO_TAIL = lazy(r"(?:の[^の]{1,12}?)?(?:です|でございます|でござります|と申します)[!！]?$")
# Families of the trade a shop's name says, at its start or its end (パティスリー・ミエル / 菓子工房
# こもれび): two names of one such trade, one we introduce ourselves with and one we sign with,
# are two shops.
_SHOP_TRADES = [lazy(words) for words in (r"パティスリー|菓子|ケーキ|スイーツ", r"ベーカリー|パン工房|ブーランジェリー")]
# (a word every match of a family holds, which _introduced_as_other looks for first: the families'
# words as a trie, 宿 for の宿 and without the words that hold another, 旅館 or 支店; as an
# alternation of them all, re stopped at every の of the reply's first sentences and tried the 35
# words there one after another)
_FAMILY_WORDS = {w.replace("の宿", "宿") for f in _PLACE_FAMILIES + _SHOP_TRADES
                 for w in f.pattern.replace("(?:", "").replace(")$", "").split("|")}
_FAMILY_WORD = lazy(trie_pattern(sorted(w for w in _FAMILY_WORDS if not any(v != w and v in w for v in _FAMILY_WORDS))))


_BARE_END = lazy(r"[。!?!?」』)]|です|ます|ません|ください|でした")


def _last_name_line(doc: Document) -> tuple[str, int]:
    """A message's last line that is a name alone, which the splitter keeps in the body (…いつでも
    こちらのDMでどうぞ。⏎菓子工房こもれび), when the reply has no signature: the name of a place
    or a business of a kind, and its line; ("", -1) when there is none."""
    norm = doc.norm
    if any(ln.kind == seg.SIGNATURE for ln in doc.lines):
        return "", -1
    last = next((ln for ln in reversed(doc.lines) if ln.nend > ln.nstart and norm[ln.nstart:ln.nend].strip()), None)
    text = norm[last.nstart:last.nend].strip() if last is not None else ""
    if not text or len(text) > 20 or _BARE_END.search(text) or (_family_of(text) is None and not _KIND.search(text)) \
            or not any(ln.nend > ln.nstart and ln.index < last.index for ln in doc.lines):
        return "", -1
    return text, last.index


def _words_of(text: str) -> list[str]:
    out = []
    for w in _LINE_WORDS.split(text):
        w = _INTRO_TAIL.sub("", w)
        if len(w) >= 3:
            out.append(w)
    return out


def _family_of(word: str):
    return next((f for f in _PLACE_FAMILIES + _SHOP_TRADES if f.search(word)), None)


def _place_named_first(doc: Document) -> bool:
    """A word of a place family stands in the first sentences, where the introduction stands:
    told before the introduction is read, and before _introduced_as_other's generator is made
    (most replies' first sentences hold none). Where the introduction is read already (by the
    signed text, most replies), in it alone: its sentences are among those first ones, and every
    word of it _introduced_as_other reports ends with a family's word, so a reply whose
    introduction holds none reports nothing (its first sentences were searched, ~3 times the text)."""
    intro = doc.cache.get("document.introduction")
    if intro is not None:
        return _FAMILY_WORD.search(intro) is not None
    first = doc.own_sentences()[:3]
    return bool(first) and _FAMILY_WORD.search(doc.norm, first[0].nstart, first[-1].nend) is not None


def _introduced_as_other(doc: Document):
    """あおば市役所 市民税課の中村でございます … みどり市役所 市民税課 中村 (signed): the writer
    introduces themselves with a place, office or shop the reply names nowhere else, and signs
    with another of its kind (a self-introduction kept from another branch's macro). The place
    the signature names as our business, said again in the reply (ハーモニーピアノ教室 青葉台教室,
    the school named in the opening too), is not the other one. Called only where
    _place_named_first holds."""
    intro = doc.introduction
    if not intro:
        return
    # (the words of the introduction that name a place, office or shop of a kind, looked for first:
    # most introductions name none, and the rest of the reply is then not read)
    kinds = []
    for x in _words_of(intro):
        family = _family_of(x)
        if family is not None and not _generic(x) and not _SLOT_MARK.search(x) and len(family.sub("", x)) >= 2:
            kinds.append((x, family))
    if not kinds:
        return
    norm = doc.norm
    signature = [norm[ln.nstart:ln.nend] for ln in doc.lines if ln.kind == seg.SIGNATURE]
    signing = {ln.index for ln in doc.lines if ln.kind == seg.SIGNATURE}
    if not signature:
        text, index = _last_name_line(doc)
        if not text:
            return
        signature = [text]
        signing = {index}
    flat_signed = _unblanked("\n".join(signature))
    own = _unblanked("\n".join(norm[ln.nstart:ln.nend] for ln in doc.lines
                                   if ln.index not in signing and ln.kind != seg.QUOTED))
    for x, family in kinds:  # (not 教室 or 本店 alone: the kind's word with a name before it)
        if x in flat_signed or own.count(x) >= 2:
            continue
        others = [w for line in signature for w in _words_of(line)
                  if family.search(w) and len(family.sub("", w)) >= 2 and not _generic(w)
                  and not _CENTRAL_DESK.search(w) and own.count(w) == 0]
        if not others or any(_related(x, w) for w in others):
            continue
        at = norm.find(x)
        if at < 0:
            continue
        yield Hit(*doc.original_span(at, at + len(x)),
                  f"名乗りの「{x}」と署名の「{others[0]}」が違います。別の店舗・窓口のテンプレートから"
                  f"残った名前ではありませんか。", others[0])
        return


# A child of the family named in full (佐藤 陽翔さん, the addressee's family name), and a given
# name alone with さん (悠斗さん)
# (or the reader called at the head of a chat turn, a comma after: 松田様、お待たせいたしました)
_FAMILY_NAME = lazy(r"^\s*([一-鿿々]{1,4})[^\S\n]*[一-鿿々ぁ-んァ-ヺー]{0,6}[^\S\n]*(?:様|さま)(?:\s*$|[、,])")
_GIVEN_ALONE = lazy(r"(?<![一-鿿々ァ-ヺーぁ-ゖA-Za-z0-9])([一-鿿々]{1,3}|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})さん")
# A sibling or a member of our staff said near the name: お姉さんの結衣さん, 講師の結衣さん
_SIBLING = lazy(r"兄|姉|弟|妹|きょうだい|双子|ご家族")
_STAFF_ROLE = lazy(r"(?:講師|先生|担当|スタッフ|コーチ|トレーナー|保育士|係|チューター)(?:の|は|が|:)?[^\S\n]*$")


def _child_by_given_name(doc: Document, idx: _Index):
    """お子さま（佐藤 陽翔さん）の転園申込み … 悠斗さんは現在の園に: the reply names the family's
    child in full, then a child by another given name, once (a line from another family's
    reply). Silent when the reply speaks of a sibling or names staff by given name, when the
    later name is the quote's or the signature's, or when it is not a given name."""
    norm = doc.norm
    if "さん" not in norm:
        return
    head, addressee = idx.head
    if addressee is None:
        return
    family = addressee.group(1)
    written = idx.prose
    child = None
    named = []  # (sentence, match) of given names alone
    for s in written:
        for m in _GIVEN_ALONE.finditer(norm, s.nstart, s.nend):
            before = norm[max(s.nstart, m.start() - len(family) - 1):m.start()]
            if before.rstrip().endswith(family) and norm[m.start() - 1:m.start()] in (" ", "\u3000", "") \
                    or norm[max(s.nstart, m.start() - len(family)):m.start()] == family:
                child = child or m.group(1)
            else:
                named.append((s, m))
    if child is None or not named:
        return
    if _SIBLING.search(norm):
        return
    others = {m.group(1) for _, m in named if m.group(1) != child}
    if len(others) != 1:
        return
    x = others.pop()
    if x == family or x in doc.quoted_text or x in doc.signed_text or idx.flat.count(x + "さん") != 1:
        return
    s, m = next((s, m) for s, m in named if m.group(1) == x)
    if _STAFF_ROLE.search(norm, max(s.nstart, m.start() - 8), m.start()):
        return  # (講師の結衣さん: one of ours)
    if not _given_name_alone(doc, s, m.start(1), m.end(1)):
        return  # (a family name or a word: 田中さん, みなさん)
    yield Hit(*doc.original_span(m.start(1), m.end(1) + 2),
              f"「{x}さん」は、この返信でお名前をお書きしたお子さま（{child}さん）と違います。"
              f"別のご家族への返信から残った名前ではありませんか。", child + "さん")



# What is said of an item: its noun after の (ソファ「リネン 3P」のぐらつき, 冷蔵庫の修理, ソファのお届け)
_ITEM_OF = lazy(r"(?:[^\S\n]*「[^「」\n]{1,20}」)?(?:\([^()\n]{1,20}\))?の([一-鿿々ァ-ヺー]{2,6}|お届け|ご返品|お取り寄せ|[ぁ-ゖ]{3,5}(?=[がはをにのも]))")
# A sentence about a second item on purpose: ご相談の洗濯機の修理は、別の担当から
_TWO_ITEMS = lazy(r"別の|別途|ほかの|他の|もう一|もう1|あわせて|併せて|ご相談の|追加で|もう一方"
                  # (compared with it, or turned to as a matter of its own: なお、冷蔵庫の修理につきましては)
                  r"|と同じ|と同様|同じく|のように|と比べ|につきましては|については|に関しては")
# A time said in a sentence: its own news (6月24日にお届け, 明日発送)
_WHEN_SAID = lazy(r"[0-9]{1,2}月|[0-9]{1,2}日|明日|明後日|本日|今週|来週|今月|来月|翌日|[0-9]営業日")
# Another item on purpose: a new, spare or other one
_ANOTHER_ITEM = lazy(r"(?:別の|ほかの|他の|新しい|代わりの|交換用の|新品の|同じ|おすすめの)[^\S\n]*$")


def _other_item(doc: Document, idx: _Index):
    """ドラム式洗濯機の修理のご依頼を承りました … 担当者がお伺いし、冷蔵庫の修理を行います: the
    reply is about one item, and says the same thing (修理, お届け, ぐらつき) of another of its
    kind, named once in a sentence that names no other (a line from another customer's reply)."""
    norm = doc.norm
    written = idx.prose
    # (one search of what we wrote first: most replies name no goods of these kinds)
    if not written or _ITEM.search(norm, written[0].nstart, written[-1].nend) is None:
        return
    items = []  # (sentence index, match) of goods named
    for k, s in enumerate(written):
        for m in _ITEM.finditer(norm, s.nstart, s.nend):
            items.append((k, m))
    if len(items) < 2:
        return
    by_word: dict[str, list] = {}
    in_sentence: dict[int, set] = {}  # the words of goods each sentence names
    for k, m in items:
        by_word.setdefault(m.group(), []).append((k, m))
        in_sentence.setdefault(k, set()).add(m.group())
    first_k, first = items[0]
    x = first.group()
    for word, found in by_word.items():
        if len(found) != 1 or word == x or _ITEM_KIND[word] != _ITEM_KIND[x] or word in x or x in word \
                or word[:2] == x[:2] and word[-1] == x[-1]:
            continue  # (the one named more closely, 洗濯機 and then 洗濯乾燥機: the same thing)
        k, m = found[0]
        if k == first_k or len(in_sentence[k]) > 1:
            continue  # (two items in one sentence: named together on purpose)
        s = written[k]
        if _ANOTHER_ITEM.search(norm, max(s.nstart, m.start() - 8), m.start()) or _TWO_ITEMS.search(norm, s.nstart, s.nend) \
                or norm.startswith("なお", s.nstart):
            continue
        said = _ITEM_OF.match(norm, m.end(), s.nend)
        if said is None:
            continue
        noun = said.group(1)
        elsewhere = norm[written[0].nstart:s.nstart].count(noun) + norm[s.nend:written[-1].nend].count(noun)
        if not elsewhere or word in doc.quoted_text:
            continue
        topic = written[first_k]
        if _WHEN_SAID.search(norm, s.nstart, s.nend) and _WHEN_SAID.search(norm, topic.nstart, topic.nend):
            continue  # (two items of one order, each with its own news: テーブルは明日、ソファは来週お届け)
        yield Hit(*doc.original_span(m.start(), m.end()),
                  f"この返信は「{x}」についてのものですが、「{word}」の{noun}と書いています。"
                  f"別のお客様への返信から残った品名ではありませんか。", x)
        return



# ・ご予約名：高橋 沙織 様 — one person, under a label that names the customer themself (not a
# passenger, a user or a consignee, who may be another)
_LABELLED = lazy(r"[・\-*\s]*(?:ご予約名|ご予約者名?|お名前|ご契約者名?|お申込者名?|お申し込み者名?|ご注文者名?|ご依頼者名?"
                 r"|ご?氏名|お客様氏名|ご登録名|会員(?:氏)?名)"
                 r"[^\S\n]*[:：][^\S\n]*([一-鿿々]{1,4})[^\S\n]*([一-鿿々ぁ-ゖァ-ヺー]{1,6})?[^\S\n]*(?:様|さま)[^\S\n]*$")


def _labelled_other(doc: Document, idx: _Index):
    """木村 沙織 様 … ・ご予約名：高橋 沙織 様: the booking's own name, in a list, is another
    family's than the addressee's (a list kept from another customer's reply)."""
    norm = doc.norm
    # (a str test for each word, first: a search for the pattern, which starts with ご or お, cost
    # more, and most replies hold none, so the first line is then not read)
    if not any(w in norm for w in _OWN_LABEL_WORDS):
        return  # (every label _LABELLED reads holds one of its words)
    head, addressee = idx.head  # (a person's name on the first line)
    if addressee is None:
        return
    family = addressee.group(1)
    for ln in doc.lines:
        if ln.index == head.index or ln.kind == seg.QUOTED or ln.nend <= ln.nstart:
            continue
        m = _LABELLED.match(norm, ln.nstart, ln.nend)
        if m is None or m.group(1) == family or family.startswith(m.group(1)) or m.group(1).startswith(family):
            continue
        name = m.group(1) + (m.group(2) or "")
        if idx.flat.count(name) > 1:
            continue  # (named again: a companion, a family member said as such)
        b = m.end(2) if m.group(2) else m.end(1)
        yield Hit(*doc.original_span(m.start(1), b),
                  f"「{norm[m.start(1):b]}」は、宛名の「{norm[head.nstart:head.nend].strip()}」と違います。"
                  f"別のお客様への返信から残った名前ではありませんか。", None)
        return



# A model of our brand: the brand's word, a blank, the model's (HOMIO Cam, キーリア パッド, 「ルミナ アイ」)
_MODEL_AFTER = lazy(r"[^\S\n]([A-Za-z][A-Za-z0-9+-]{1,9}|[ァ-ヺー]{2,8}[0-9]?)(?![A-Za-z0-9ァ-ヺー])")
# (the most characters a match holds, and the one its look-ahead reads after it)
_MODEL_REACH = 1 + 10 + 1
# Words after a brand that are no model: its desks, its app, its plans
_NOT_A_MODEL = lazy(r"^(?:サポート|カスタマー|センター|アプリ|ストア|ショップ|オンライン|アカウント|メンバー|プレミアム|プラス|ポイント"
                    r"|サービス|シリーズ|ファミリー|ID|App|Plus|Pro|Premium|Support|Store|Shop|Online)")
# Two models said together on purpose: paired, compared, offered
_MODELS_TOGETHER = lazy(r"と連携|連携|組み合わせ|併用|対応機種|比べ|違い|おすすめ|お勧め|ご紹介|ほか|他の|別の|新しい|買い替え|乗り換え"
                        r"|後継|新モデル|新製品|旧モデル|生産終了|発売")


def _two_words_after_blanks(doc: Document, idx: _Index) -> bool:
    """Two different words stand after a blank each in what we wrote (_MODEL_AFTER), as every two
    models _other_model reports do: told before its generator is made (most replies have one
    such word at most)."""
    norm = doc.norm
    written = idx.prose
    if not written:
        return False
    # (most replies write no blank but " " and line breaks: every match then starts at a " ")
    a, b = written[0].nstart, written[-1].nend
    # (searched up to the reach of a match that starts in what we wrote, its look-ahead included:
    # the signature after it, full of blanks, was scanned for a match that was then dropped)
    reach = b + _MODEL_REACH
    if "blank" not in idx.words:  # (no blank but " " and line breaks in what we wrote, _Index.words)
        first = norm.find(" ", a, b)
        return first >= 0 and _two_words_after_spaces(norm, first, b, reach)
    first = _MODEL_AFTER.search(norm, written[0].nstart, reach)
    if first is None or first.start() >= written[-1].nend:
        return False  # (no word after a blank in what we wrote: no model is named)
    # (two models are named after a blank each, at two places: most replies have one such word
    # at most, and their signature is not read)
    words = {first.group(1)}
    for m in _MODEL_AFTER.finditer(norm, first.end(), reach):
        if m.start() >= written[-1].nend or len(words) > 1:
            break
        words.add(m.group(1))
    return len(words) >= 2


def _two_words_after_spaces(norm: str, p: int, b: int, reach: int) -> bool:
    """_two_words_after_blanks where the only blanks before `b` are " " and line breaks, the first
    " " at `p`: _MODEL_AFTER tried at each " " (str.find) and after each match, as finditer goes
    on, instead of a scan of every character of the prose for a blank (re tests a class at each,
    ~80 instructions a character; most replies have a few blanks in their prose at most)."""
    words = set()
    while p >= 0:
        m = _MODEL_AFTER.match(norm, p, reach)
        if m is None:
            p = norm.find(" ", p + 1, b)
            continue
        words.add(m.group(1))
        if len(words) > 1:
            return True
        p = norm.find(" ", m.end(), b)
    return False


def _other_model(doc: Document, idx: _Index):
    """ご購入いただいたHOMIO Camで … アプリでHOMIO Lockの設定画面を開き (signed ホミオ): the
    reply is about one model of our brand and names another, once, where the customer's own
    belongs (a step pasted from another product's answer). Called only where
    _two_words_after_blanks holds."""
    norm = doc.norm
    written = idx.prose
    # (the signature and the self-introduction: the brand we answer for, not a subject's product)
    signed = "\n".join([doc.norm[ln.nstart:ln.nend] for ln in doc.lines if ln.kind == seg.SIGNATURE] + [doc.introduction])
    if not signed.strip():
        return
    brands = {w for w in _signed_words(signed) if 2 <= len(w) <= 10 and not _KIND.fullmatch(w) and not _ITEM.search(w)}
    if not brands:
        return
    starts = [s.nstart for s in written]
    latin = None  # the reply's words in Latin letters, found once for the brands in katakana
    for brand in brands:
        # Where the brand stands in each sentence, found with one pass over the reply per brand
        # (a sentence where it never stands is not looked at): its occurrences, then, after the
        # last of them in the sentence, the Latin words spelling its start (HOMIO for ホミオ).
        places: dict[int, list[tuple[int, int]]] = {}
        k = norm.find(brand)
        while k >= 0:
            i = bisect_right(starts, k) - 1
            if i >= 0 and k + len(brand) <= written[i].nend:
                places.setdefault(i, []).append((k, k + len(brand)))
            k = norm.find(brand, k + len(brand))
        if _KATAKANA_START.fullmatch(brand):
            if latin is None:
                latin = [(m.start(), m.end(), m.group()) for m in _LATIN_WORD.finditer(norm)]
            after = {i: spots[-1][1] for i, spots in places.items()}  # (the last occurrence's end)
            for a, b, word in latin:
                i = bisect_right(starts, a) - 1
                if i < 0 or b > written[i].nend or a < after.get(i, 0):
                    continue
                if _romaji_start(word, brand) and len(word) <= len(_to_romaji(brand)) + 1:
                    places.setdefault(i, []).append((a, b))
        found = []  # (sentence, start, end, model)
        for i in sorted(places):
            s = written[i]
            for a, b in places[i]:
                m = _MODEL_AFTER.match(norm, b)
                if m is not None and not _NOT_A_MODEL.match(m.group(1)):
                    found.append((s, a, m.end(), m.group(1)))
        models = list(dict.fromkeys(f[3] for f in found))
        if len(models) != 2:
            continue
        x, y = models
        ys = [f for f in found if f[3] == y]
        if len(ys) != 1 or ys[0][0] is found[0][0] or any(f[0] is ys[0][0] for f in found if f[3] == x):
            continue
        s, a, b, _ = ys[0]
        if _MODELS_TOGETHER.search(norm, s.nstart, s.nend) or y in doc.quoted_text:
            continue
        yield Hit(*doc.original_span(a, b),
                  f"この返信は「{norm[found[0][1]:found[0][2]]}」についてのものですが、「{norm[a:b]}」が出てきます。"
                  f"別の製品への回答から残った名前ではありませんか。", None)
        return


_LATIN_WORD = lazy(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")


# A third company introduced as such, before its name in the sentence
_THIRD_PARTY = lazy(r"取引先|紹介|グループ|関連会社|子会社|親会社|貴社の|御社の|委託先|元請|下請|協力会社|販売店|代理店|納入先|ユーザー")
# A company's name before 事務所 (小林会計事務所, 山下税理士事務所), which _COMPANY_WORD leaves out
_OFFICE = lazy(r"(?<![一-鿿々ァ-ヺーA-Za-z0-9のがとや])([一-鿿々ァ-ヺーA-Za-z]{1,12}?事務所)$")


def _for_other_company(doc: Document, idx: _Index):
    """株式会社三星製作所 購買部 大野様 … 日進精機様向けの特別価格にてお見積りいたしました: in a letter
    to one company, an offer made for another company by name (〇〇様向け, 〇〇様専用, 〇〇様限定), or
    its use of ours (〇〇様でのご利用開始日): a line kept from the letter to that company. Only a
    company (a person named so may work at the reader's), and only one the addressee, the quoted
    message and the signed text never name."""
    norm = doc.norm
    # (not お客様向け, お客さまでのご利用: the customer in general, most of what is found)
    found = [m for m in _FOR_WHOM.finditer(norm, idx.lo, idx.hi) if norm[m.start() - 1:m.start()] != "客"]
    if not found:
        return
    addressee = idx.addressee[1]
    if not addressee or not (_COMPANY_ADDRESSEE.search(addressee) or "事務所" in addressee):
        return
    for honour in found:
        s = doc.sentence_at(honour.start())
        if s is None or s.kind not in _WRITTEN:
            continue
        lo = max(s.nstart, honour.start() - _NAME_REACH)
        m = _CALLED_NAME.search(norm, lo, honour.start())
        if m is None or (m.group(2) is None and m.group(3) is None and m.group("org") is None):
            m = _OFFICE.search(norm, lo, honour.start())
        if m is None or m.group(1).endswith(("株式会社", "有限会社")):
            continue
        name = _unblanked(m.group(1))
        # (a clinic or a shop by its kind, 桐ヶ丘中央病院: an organisation, whatever its last letter)
        org = "org" in m.re.groupindex and m.group("org") is not None
        if _PEOPLE.search(name) and not name.endswith("事務所") and not org:
            continue
        if _THIRD_PARTY.search(norm, s.nstart, m.start()):
            continue  # (introduced as another company: 貴社のお取引先である日進精機様向けの納品)
        if not idx.known(name):
            yield _called_hit(doc, m, name, addressee)
            return


# What a reply about a family's rite speaks of: a funeral, a memorial service, a grave
_RITE = lazy(r"法要|法事|葬儀|葬祭|告別式|通夜|納骨|ご逝去|お悔やみ|ご冥福|供養|四十九日|一周忌|回忌|墓|位牌|仏壇")
# Words of two kanji before 家 that name no family (専門家, 施主家)
_NOT_A_FAMILY = frozenset(("専門", "施主", "喪主", "親族", "故人", "両家", "檀家", "本家", "分家", "宗家", "実家", "愛好", "建築",
                           "政治", "音楽", "芸術", "写真", "料理", "陶芸", "書道", "華道", "茶道", "漫画", "小説", "実業", "投資",
                           "事業", "起業", "資産", "努力", "読書", "評論", "翻訳", "研究", "作曲", "演出", "脚本", "落語", "園芸"))


def _other_household(doc: Document, idx: _Index):
    """中川 美代子 様 … ご主人様のご逝去 … ファイル名：山本家_四十九日法要_お見積書.pdf: in a reply
    about the reader's family rite, another household named (〇〇家), which the addressee's family
    name is not and the reply names nowhere else (a file or a line kept from another family's)."""
    norm = doc.norm
    if "家" not in norm:
        return
    head, addressee = idx.head
    if addressee is None or not _RITE.search(norm, idx.lo, idx.hi):
        return
    family = addressee.group(1)
    text = idx.flat
    for m in _HOUSEHOLD.finditer(norm, idx.lo, idx.hi):
        x = m.group(1)
        if x in _NOT_A_FAMILY or x == family or family.startswith(x) or x.startswith(family):
            continue
        if text.count(x) > 1:
            continue  # (named again: the family of the deceased, said as such)
        yield Hit(*doc.original_span(m.start(1), m.end()),
                  f"「{x}家」は、宛名の「{norm[head.nstart:head.nend].strip()}」と違う家の名前です。"
                  f"別のご家族への返信から残った名前ではありませんか。", None)
        return


# The business a self-introduction names before the writer's name (ふらわーぽっとの三浦でございます):
# the one the writer answers for, when the signature names it too (not a desk: 予約センターの,
# カスタマーサポートの, 担当の)
_INTRO_BUSINESS = lazy(r"(?:^|(?<=[\s、。]))([^\s、。「」『』()【】]{2,12}?)の[^\S\n]?[一-鿿々]{1,4}(?:でございます|です|と申します)")
# (or a role, not a business: お客様相談室 室長の高瀬でございます)
_DESK_END = lazy(r"(?:サポート|センター|窓口|デスク|フロント|受付|事務局|相談室|担当|係|課|部|室|[室部課係所局館院店社会]長|主任|支配人|スタッフ|チーム)$")
# Marketplaces a shop sells on, which its opening may thank for (楽天市場にてお買い上げいただき)
_MARKETPLACE = lazy(r"楽天|Amazon|amazon|アマゾン|Yahoo|ヤフー|メルカリ|PayPay|ZOZO|Qoo10|minne|Creema|BASE|ポンパレ|au PAY")


# The uses an opening thanks a business for (not ご来店, ご予約, ご参加: a fair, a room, an event)
_USES_A_BUSINESS = frozenset(("ご利用", "ご愛顧", "ご用命", "お引き立て", "お買い物", "お買い求め", "お買い上げ", "ご購入", "ご注文",
                              "お選び", "ご契約", "ご加入", "ご登録"))


def _kind_of_goods(doc: Document, start: int, end: int) -> bool:
    """norm[start:end] is made of the dictionary's common nouns only (マリッジ|リング, 腕|時計):
    a kind of goods, not a business's name, which holds a word the dictionary does not know or
    knows as a name."""
    s = doc.sentence_at(start)
    if s is None:
        return False
    words = [t for t in doc.sentence_tokens(s) if t.nstart < end and t.nend > start]
    return bool(words) and all(t.pos[0] == "名詞" and t.pos[1] == "普通名詞" and t.reading for t in words)


def _opened_as_other(doc: Document, idx: _Index):
    """このたびは花工房リラをご利用いただき … ふらわーぽっとの三浦でございます … ふらわーぽっと /
    三浦 千尋: the opening thanks for the use of a business the reply names nowhere else, and the
    writer introduces themself as of another, which the signature names too (the opening kept
    from another shop's macro). Not a marketplace the shop sells on, nor a product of ours (a
    name that starts as a signed word does)."""
    if not idx.openings:
        return  # (no opening thanks for a name: the introduction is not read)
    # (the openings that may be reported, found first: the introduction is read only for them)
    norm = doc.norm
    named = []
    for m in idx.openings:
        x = _clean_name(m.group(2))
        # (the quoted text last: most names are dropped before it, and it is then not read)
        if not x or _generic(x) or _MARKETPLACE.search(x) or norm.count(x) > 1 or x[:_PIECE] in idx.flat_quoted:
            continue
        if m.group(4) not in _USES_A_BUSINESS:
            continue  # (an event or a place may be thanked for: 春の花フェアにご来店いただき)
        if m.group(4) == "お選び" and _kind_of_goods(doc, m.start(2), m.end(2)):
            continue  # (what was chosen, named by the words for its kind: 先日はマリッジリングをお選びいただき)
        named.append((m, x))
    if not named:
        return
    intro = doc.introduction
    if not intro:
        return
    ours = [y for y in (m.group(1) for m in _INTRO_BUSINESS.finditer(intro))
            if not _generic(y) and not _DESK_END.search(y) and y not in _DESK_QUALIFIERS]
    if not ours:
        return
    signed = doc.signed_text  # (the introduction is one of its lines: named again there, in the signature or the header)
    ours = [y for y in ours if signed.count(y) >= 2]
    if not ours:
        return
    for m, x in named:
        if any(_related(x, y) for y in ours) or any(_related(x, w) for w in _signed_words(doc.signed_text)):
            continue
        yield _hit(doc, m, x, ours[0])
        return


# A model's code (HV-450, KT-10W, AB1200): capitals, an optional hyphen, digits, a capital or two
_CODE = r"[A-Z]{1,4}-?[0-9]{2,5}[A-Z]{0,2}(?![A-Za-z0-9-])"
# The reader's own item named by its code: お問い合わせいただきましたHV-450, ご照会のHL-250, お使いのKT-10W
# (asked about or in use: not bought or ordered, which a customer may do of two items at once)
_CODE_START = lazy(r"[A-Z]-?[0-9]")
_OWN_CODE = lazy(r"(?:お問い合わせ|お問合せ|ご照会|ご質問|お使い|ご使用|ご契約)"
                 r"[^。、\n]{0,10}?(?:の|いただいた|いただきました|いただいております|中の)[^\S\n]*(" + _CODE + ")")


def _other_code(doc: Document, written):
    """お問い合わせいただきましたHV-450の納期につきまして … なお、ご照会のHL-250に付属する…: the
    reader's own item, named by its code twice or more (the subject, the answer), and again as the
    reader's own by another code of its shape, said once (a line of a quote for another customer).
    Not two items the reader asked about, each said again; not another model offered (後継機種の
    HV-460, 別売りのAD-10), which is not said to be the reader's own."""
    norm = doc.norm
    # (the words of ownership first: a pattern that starts with a literal is skipped through in C,
    # where one that starts with a class of capitals is tried at every character)
    # (and a capital before a digit first, which every code holds: most replies have none; looked
    # for in the ASCII characters alone, the others taken out by the encoder in C, where a code
    # stands as it does in the reply: re's scan tested a class at every character, ~80
    # instructions each. Where taking them out brings a capital and a digit together, the
    # search below finds no code.)
    if _CODE_START.search(norm[written[0].nstart:written[-1].nend].encode("ascii", "ignore").decode("ascii")) is None:
        return
    own = [m for m in _OWN_CODE.finditer(norm, written[0].nstart, written[-1].nend)]
    if len(own) < 2:
        return
    codes = {m.group(1) for m in own}
    if len(codes) != 2:
        return
    said = {c: len(re.findall(r"(?<![A-Za-z0-9-])" + re.escape(c) + r"(?![A-Za-z0-9-])", norm)) for c in codes}
    once = [c for c in codes if said[c] == 1]
    if len(once) != 1:
        return
    odd = once[0]
    right = next(c for c in codes if c != odd)
    if said[right] < 2 or odd in doc.quoted_text:
        return
    m = next(m for m in own if m.group(1) == odd)
    yield Hit(*doc.original_span(m.start(1), m.end(1)),
              f"「{odd}」は、この返信のほかの箇所の型番（{right}）と違います。"
              f"別のお客様への返信から残った型番ではありませんか。", right)


class _Behind:
    """The first match of the first of `patterns` (each given with words of which every match of
    it holds one, tests/test_triggers.py) that matches, searched only in a text that holds one of
    its words: the reply that holds none, a third of them, is scanned once for the words, not once
    for each pattern (of which several start with a common kana: の, お, さ); and one that holds
    some (お問い合わせ, お待ち) is searched for the patterns of those words alone, not for every
    pattern until one matches (most match nowhere). `patterns` is what the engine's tests read."""

    __slots__ = ("gate", "patterns", "_bits", "_found_bits")

    def __init__(self, *pairs: tuple) -> None:
        self.patterns = tuple(rx for rx, _ in pairs)
        self._bits: dict[str, int] = {}  # each word, a bit for each pattern it stands for
        for k, (_, words) in enumerate(pairs):
            for w in words:
                self._bits[w] = self._bits.get(w, 0) | 1 << k
        self.gate = lazy(trie_pattern(list(self._bits)))
        # (what the gate finds is one of the words: the bits of each, with those of the words
        # inside it, reckoned once here rather than at each find)
        self._found_bits = {w: self._patterns_in(w) for w in self._bits}

    def _patterns_in(self, found: str) -> int:
        """The bits of the patterns that a word found stands for: its own, and those of the words
        inside it (the trie finds the longest word at a place: 館内 holds 館, of _INTRO_PLACE)."""
        bits, of_found = self._bits, 0
        for a in range(len(found)):
            for b in range(a + 1, len(found) + 1):
                of_found |= bits.get(found[a:b], 0)
        return of_found

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        endpos = len(string) if endpos is None else endpos
        word = self.gate.search(string, pos, endpos)
        wanted = 0
        while word is not None:  # (from the place after each find: every word, also one inside another)
            wanted |= self._found_bits[word.group()]
            word = self.gate.search(string, word.start() + 1, endpos)
        if not wanted:
            return None
        for k, rx in enumerate(self.patterns):
            if wanted >> k & 1:
                m = rx.search(string, pos, endpos)
                if m is not None:
                    return m
        return None


# Each pattern after _STARTS with the words one of which every match of it holds (a kanji or
# katakana first where the patterns' words start with お, ご or の: 待ち for お待ちして, 楽しみ for
# をお楽しみ, 宿 for の宿)
_FALLBACK = (
    (_ROOM_WORD, ["号室"]),
    (_RECEPTION, list(_DESK_WORDS)),
    (_EVENT_FRAME, ["当日", "当選", "開場", "入場", "楽しみ", "手荷物検査"]),
    (_WAIT_WORD, ["待ち"]),
    (_INTRO_PLACE, ["教室", "校", "店", "院", "クリニック", "館", "亭", "荘", "ホテル", "宿", "支社", "営業所", "スキー場", "ゲレンデ",
                    "ゴルフ場", "キャンプ場", "役所", "役場", "パティスリー", "菓子", "ケーキ", "スイーツ", "ベーカリー", "パン工房",
                    "ブーランジェリー"]),
    (_GIVEN_SAN, ["さん"]),
    (_GROUNDS_WORD, list(_GROUNDS_WORDS)),
    (_ITEM, list(_ITEM_KIND)),
    (_OWN_LABEL, [w[1:] if w[0] in "おご" else w for w in _OWN_LABEL_WORDS]),  # (without the お/ご, as _GATE_FOUND)
    (_OWNED, ["使い", "持ちの", "買い上げ", "愛用", "購入"]),
    (_FOR_WHOM, ["様向け", "様専用", "様限定", "様だけの", "様での", "さま"]),
    (_HOUSEHOLD_WORD, ["家"]),
    (_BUILDING_WORD_RX, _BUILDING_WORD[3:-1].split("|")),
    (_OWN_CODE, ["問い合わせ", "問合せ", "照会", "質問", "使い", "使用", "契約"]),
)

# (any of these, _STARTS first: two replies in three hold one of its words, and the trigger then
# stops there; _starts reads the match as where _STARTS's words begin, which it is, or, when the
# reply holds none of them, a place after which none stands)
mixed_name.trigger = AnyOf(_STARTS_SCAN, _Behind(*_FALLBACK))
