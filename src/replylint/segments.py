"""The layout of a reply, line by line: quoted text, the header block of a letter (date,
subject, recipient, sender), addressee, signature, and the shape of each body line (prose, list
item, heading, label, URL, the marks of a formal letter).

Line shapes only; no tokens are needed, so this runs before tokenization and quoted text is
never tokenized at all. What a sentence does (opens, offers help, closes) is `acts`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, islice

from . import acts
from .regexes import Grammar, lazy

QUOTED, HEADER, ADDRESSEE, GREETING, BODY, CLOSING, SIGNATURE = (
    "quoted", "header", "addressee", "greeting", "body", "closing", "signature")
SEGMENT_KINDS = (HEADER, ADDRESSEE, GREETING, BODY, CLOSING, SIGNATURE, QUOTED)

# What a body line is, by its shape (document.Line.role). Only PROSE and POSTSCRIPT lines hold
# sentences in the grammatical sense; the rest are fragments (no sentence-final style to judge,
# and they do not count as the sentences around an opening or a closing).
PROSE, ITEM, HEADING, LABEL, URL, MARK, POSTSCRIPT = (
    "prose", "item", "heading", "label", "url", "mark", "postscript")
FRAGMENT_ROLES = frozenset((ITEM, HEADING, LABEL, URL, MARK))

# All patterns below run on the NFKC view: full-width ＞ ： （ are already > : (.
_QUOTE_MARK = lazy(r"^\s*>")
_QUOTE_TITLE = lazy(r"^\s*([-=_*#─━―]{3,}\s*[^-=_*#─━―\s].{0,30}?\s*[-=_*#─━―]{3,}|【[^】]{1,20}】|.{0,30}:)\s*$")
_QUOTE_BLOCK_START = lazy(
    r"^\s*([-=_―─━]{2,}\s*(original message|元のメッセージ|転送メッセージ|転送されたメッセージ"
    r"|forwarded message|返信元のメッセージ)\s*[-=_―─━]{2,}"
    r"|.*\bwrote:\s*$"
    r"|.*(さん|様)?(は|が)書きました\s*:?\s*$"
    r"|.*<[^<>@\s]+@[^<>\s]+>\s*(のメール|からのメッセージ)?\s*:\s*$)",
    re.IGNORECASE)
# An Outlook-style header block: From: / 差出人: followed by Sent: / Date: / 送信日時: …
_HEADER_FROM = lazy(r"^\s*(from|差出人|送信者|送信元)\s*:", re.IGNORECASE)
_HEADER_NEXT = lazy(r"^\s*(sent|date|to|subject|件名|送信日時|日時|宛先|日付)\s*:", re.IGNORECASE)

_SEPARATOR = lazy(
    r"^\s*(-{2,}|[-_=*~+#ー―─━〓・◆◇■□●○◎☆★]{3,}|[―─━═]{2,})\s*$")
# What a separator line can begin with: most lines are let through on their first character.
_SEPARATOR_CHARS = frozenset("-_=*~+#ー―─━〓・◆◇■□●○◎☆★═")


# The lines that may be rule lines, in a text of lines joined with a line break before each (one
# before the first too): a line whose first character past its blanks can begin one (_SEPARATOR_CHARS).
_MAY_BE_SEPARATOR = lazy(r"\n[^\S\n]*[-_=*~+#ー―─━〓・◆◇■□●○◎☆★═]")


def separator_lines(lines: list[str]) -> frozenset[int]:
    """The indexes of the rule lines (is_separator) among `lines` (none holds a line break): the
    quote, signature and line-shape searches ask it of every line. The lines that may be one are
    found in one search of their text; _SEPARATOR is tried on those alone."""
    text = "\n" + "\n".join(lines)
    found, k, at = [], 0, 0  # (k: the line breaks before `at`, counted on from the last one: linear)
    for m in _MAY_BE_SEPARATOR.finditer(text):
        k += text.count("\n", at, m.start())
        at = m.start()
        if _SEPARATOR.match(lines[k]) is not None:
            found.append(k)
    return frozenset(found)


def is_separator(line: str) -> bool:
    """A rule line (-----, ＝＝＝, ◆◆◆): its first character is looked at before the pattern is
    tried, since the quote and signature searches ask it of every line."""
    s = line.lstrip()
    return bool(s) and s[0] in _SEPARATOR_CHARS and _SEPARATOR.match(line) is not None
# The katakana words a company's name ends with (ミナトHRパートナーズ, ひかりホールディングス): a
# signature's line (_SIGNATURE_HINT), and a name no brand is made of (checks/names.py)
COMPANY_KATAKANA_ENDS = ("パートナーズ", "ホールディングス", "ソリューションズ", "システムズ", "ネットワークス", "コーポレーション")
_SIGNATURE_HINT = lazy(
    r"株式会社|有限会社|合同会社|一般社団法人|公益財団法人|\(株\)|\(有\)|㈱|㈲"
    r"|[^全一]部(?!分)|課|係|室|窓口|センター|サポート|デスク|チーム|事務局|事務所|受付|フロント"
    r"|学校|[^学]校$|学院|学園|大学|教室|塾|ゼミ|スクール|営業所|支店|支社|本社|工場|研究所|財団|法人|運営"
    r"|ストア|ショップ|商店|書店|書房|銀行|信用金庫|病院|クリニック|医院|役所|役場|局|協会|組合|旅館|ホテル"
    # (a chamber, a public corporation, a federation: 青葉商工会議所 会頭 大塚 正人, 県住宅供給公社)
    r"|会議所|商工会|公社|公団|機構|連合会|協議会|振興会"
    # (a venue, a salon, a workshop: ル・ジャルダン迎賓館 ブライダルサロン, ひなた陶房, 市民会館)
    r"|サロン|スタジオ|アトリエ|工房|陶房|薬局|式場|館$|館[ \u3000]"
    # (a shop and its branch: モトリンク八王子店, パン工房 こむぎ 駅前店　山下)
    r"|店$|店[ \u3000]"
    # (the writer's role in the house: 割烹 しのはら　女将　篠原 由美, 院長 野村, 支配人 森)
    r"|女将|店主|店長|支配人|院長|園長|校長|館長|所長|料理長|板長|代表"
    # (a clinic and its branch: さくら歯科 けやき通り院, 駅前院, みどり眼科)
    r"|歯科|眼科|皮膚科|耳鼻科|小児科|[^入退]院$"
    # (a company named by its trade, the way Japanese company names end: そらいろ保険, みなと商事,
    # ひかり電力, カフェ・ソラ; an English team: Sorairo Support Team)
    r"|保険|生命|証券|不動産|商事|物産|産業|工業|電機|電力|交通|鉄道|航空|運輸|物流|建設|工務店|印刷|製作所|食品|商会"
    r"|生協|農協|共済|観光|旅行|カフェ|ベーカリー|レストラン|Team|Support|Shop|Store"
    # (or by the katakana words company names end with: ミナトHRパートナーズ　森 優斗; round 34)
    r"|" + "|".join(COMPANY_KATAKANA_ENDS) + r"|テクノロジーズ"
    r"|担当|TEL|Tel|tel|FAX|Fax|電話|E-?mail|Mail|mail|URL|https?://|www\.|〒|営業時間|受付時間"
    r"|@[\w.-]+\.[a-z]{2,}|\d{2,4}-\d{2,4}-\d{3,4}"
    r"|Inc\.?|Co\.,? ?Ltd|Corp", re.IGNORECASE)
# A person's name on its own line: 森下 啓太 / 森下啓太 / Keita Morishita. (Compiled when first
# used: its six kanji ranges took a few milliseconds of every start, for a question most replies
# never reach.)
_NAME_LINE = Grammar(
    r"^\s*([一-龥々]{1,4}[ \u3000]*[一-龥々ぁ-んァ-ヶー]{1,6}|[A-Z][a-z]+ [A-Z][a-z]+)\s*$"
    # (a name, then the shop in brackets: 宮内 結衣（ひなた陶房）)
    # (written apart, or in kanji alone: 宮内結衣（ひなた陶房）; not 今年も宜しく（来月また）)
    r"|^\s*(?:[一-龥々]{1,4}[ \u3000]+[一-龥々ぁ-んァ-ヶー]{1,6}|[一-龥々]{2,5})\s*[(（][^()（）\n]{1,20}[)）]\s*$"
    # a title or a place, then a name written apart: 院長 野村 健一, …大宮校 佐藤 美香 (the line is
    # read with .match(): this branch, too, starts at the line's start)
    r"|^\s*\S{1,16}[ \u3000]+[一-龥々]{1,4}[ \u3000][一-龥々ぁ-ん]{1,4}\s*$"
    # ...and a house's name in words, its role, then the name: 割烹 しのはら　女将　篠原 由美 / 料亭 鶴の間
    # 女将 鶴見 千代 (a one-line signature under the letter)
    r"|^\s*[^\s。、]{1,16}(?:[ \u3000][^\s。、]{1,16}){1,3}[ \u3000]+[一-龥々]{1,4}[ \u3000][一-龥々ぁ-ん]{1,4}\s*$"
    # a shop's name, then the writer's surname: 坂の上サイクル　桐谷, 湯宿 かじか荘　宮本
    r"|^\s*[^\s。、]{2,16}(?:[ \u3000][^\s。、]{1,10})?[ \u3000]+[一-龥々]{1,4}\s*$")
_PROSE_END = lazy(r"(ます|です|ください|ございます|ません|でした|ました)\s*$")
# What a line that ends a sentence ends with, stripped (it holds no line break: a test of its
# ending, where a search for [。!?]\s*$ stopped at each mark of the line)
_SENTENCE_ENDS = ("。", "!", "?")
# ... and what a line of prose ends with, stripped (_PROSE_END, as the line's ending)
_PROSE_ENDS = ("ます", "です", "ください", "ございます", "ません", "でした", "ました")


def _ends_sentence(line: str) -> bool:
    """The line, stripped, ends a sentence (。 ! ?)."""
    return line.rstrip().endswith(_SENTENCE_ENDS)

# 浜野 聡 様 / 株式会社みなと商事 御中 / お取引先各位 / 〜をご愛用のお客様へ / 〜にご登録の皆さまへ
_ADDRESSEE_LINE = lazy(r"^\s*(?:各位|[^\s。!?][^。!?]{0,40}?(様|さま|御中|各位|殿|さん|先生|皆様|皆さま|みなさま))\s*へ?"
                             r"\s*[、,:]?\s*$")
# A group named by what it did may take a long clause, and then says へ: 2024年3月末までに…を
# お申し込みのお客様へ, …コース(docomo / au)をご利用の会員様へ (a list's last line, …の会員様,
# is no addressee)
_GROUP_LINE = lazy(r"^\s*[^\s。!?][^。!?]{40,60}?(様|さま|皆様|皆さま|みなさま|さん)\s*へ\s*[、,:]?\s*$")
_ADDRESSEE_INLINE = lazy(r"^\s*([^\s、。,]{1,20}?(様|さま))[、,\s]"
                         # ...or さん, before a greeting (大阪支店IT担当の村上さん、お疲れさまです: a colleague)
                         r"|^\s*([^\s、。,]{1,20}?さん)[、,\s](?=\s*(お疲れ|おつかれ|こんにちは|こんばんは|おはよう"
                         r"|お問い合わせ|ご連絡|いつも|お世話|お待たせ|ありがとう))")
_CUSTOMER_LINE = lazy(r"^\s*お客様\s*[、,]?\s*$")
_TRAILING_NOTE = lazy(r"\s*[(（][^()（）\n]{1,40}[)）]$")

def is_quote_block_start(line: str) -> bool:
    return bool(_QUOTE_BLOCK_START.match(line))


def is_quote_line(line: str) -> bool:
    return bool(_QUOTE_MARK.match(line))


def _is_header_block(lines: list[str], i: int) -> bool:
    """`From: …` (or 差出人: …) followed within two lines by Sent: / Date: / 件名: …"""
    if not _HEADER_FROM.match(lines[i]):
        return False
    return any(_HEADER_NEXT.match(lines[k]) for k in range(i + 1, min(i + 3, len(lines))))


# Something every quote start above holds; a reply without it quotes nothing (most drafts).
# (Every branch starts with a literal, so that the regex engine scans for those characters on its
# own: (?i:wrote|message|from) at every character was eight times slower, and a look-ahead for
# them, entered at every character, 2.5 times: 6.9 -> 2.8 ms over the 2,000 generated replies.
# The case-insensitive words are spelled by their two first letters: w and W fold to nothing else.)
_MAY_QUOTE = lazy(r">|<|書きました|メッセージ|差出人|送信者|送信元|w(?i:rote)|W(?i:rote)|m(?i:essage)|M(?i:essage)"
                  r"|f(?i:rom)|F(?i:rom)|質問|Q[.:0-9]")
# The customer's question set out on a line of its own before our answer (ご質問：送料はかかるか。 /
# Q. 受験票はいつ届きますか。): their words, restated, in their own plain form as often as not. (A
# Q. that asks nothing is a list's marker: Q. 設定画面を開く.)
_QUESTION_LINE = lazy(r"^\s*(?:(?:ご質問|質問)\s*:|Q[0-9]{0,2}\s*[.:][^\n]*(?:か|\?)[。.]?\s*$)")


def quoted_lines(lines: list[str], rules: frozenset[int] | None = None) -> list[bool]:
    """Which lines are quoted: `>` lines, the customer's question set out on a line of its own
    (_QUESTION_LINE), and a quote header / Original Message block onward.
    `rules`: separator_lines(lines), when the caller has them."""
    quoted = [False] * len(lines)
    _quote_under_signature(lines, quoted, separator_lines(lines) if rules is None else rules)
    text = "\n".join(lines)
    words = [m.start() for m in _MAY_QUOTE.finditer(text)]
    if not words:
        return quoted
    # Every quote start, header block (From: …) and `>` line holds one of those words: only
    # the lines that do are read.
    line_starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    for i in sorted({bisect_right(line_starts, p) - 1 for p in words}):
        line = lines[i]
        if is_quote_block_start(line) or _is_header_block(lines, i):
            start = i
            # An underscore/dash rule just above an Outlook header belongs to the quote.
            if start > 0 and is_separator(lines[start - 1]) and _HEADER_FROM.match(line):
                start -= 1
            for k in range(start, len(lines)):
                quoted[k] = True
            break
        if is_quote_line(line) or _QUESTION_LINE.match(line):
            quoted[i] = True
    # A title line (----- お問い合わせ内容 -----, 【お問い合わせ内容】, 以下、お問い合わせ内容:) with
    # nothing but quoted lines after it introduces the quote. (From the end, in one pass; what
    # follows a title is judged as it was quoted before any title was.)
    rest_quoted, any_rest = True, False  # of the non-blank lines after line i
    for i in range(len(lines) - 1, -1, -1):
        was = quoted[i]
        if not was and any_rest and rest_quoted and _QUOTE_TITLE.match(lines[i]):
            quoted[i] = True
        if lines[i].strip():
            any_rest, rest_quoted = True, rest_quoted and was
            if not rest_quoted:
                break  # (a line above one that is not quoted introduces no quote: most replies end here)
    return quoted


def _quote_under_signature(lines: list[str], quoted: list[bool], rules: frozenset[int] | None = None) -> None:
    """The message answered, pasted under the signature after a bare rule and no > marks
    (…東山県 経営支援課⏎藤井 健（電話 …）⏎⏎-----⏎竹内鉄工所の竹内です。…): a rule right after a
    signature line, then prose, starts a quote that runs to the end. (A rule that frames the
    signature is followed by more of it, or by nothing.)"""
    for i in sorted(separator_lines(lines) if rules is None else rules):  # (the rule lines, found in one
        # search: most replies have none)
        before = next((lines[k] for k in range(i - 1, max(-1, i - 4), -1) if lines[k].strip()), "")
        after = next((lines[k] for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()), "")
        # (prose after the rule is asked first: the signature hint is a long search, and most
        # rules frame a signature with no prose after them)
        # (not a label of the body's framed by rules: ――⏎工事日：12月22日⏎対象：リビング、寝室⏎――⏎当日は…)
        if before and after and (_ends_sentence(after) or _PROSE_END.search(after)) and not is_separator(after) \
                and _SIGNATURE_HINT.search(before) and _signature_like(before) and not _body_label(before):
            for k in range(i, len(lines)):
                quoted[k] = True
            return


_HIRAGANA = lazy(r"[ぁ-ゖ][ぁ-ゖ]")  # (not [ぁ-ゖ]{2}: re scans for a class it starts with, not a repeat)


def _closes(line: str) -> bool:
    """A closing line or an offer of help (a name, a company or a phone number never is: they
    have no run of hiragana, which every closing and offer has)."""
    if not _HIRAGANA.search(line):
        return False
    if acts.CLOSING.search(line):
        return True
    need = _NEEDED.gate
    return (need is None or need.search(line) is not None) and acts.OFFER.search(line) is not None


# Every offer opens on a condition of need (acts._NEEDED: …場合は, ございましたら), and so holds a
# word of its gate: a name, a desk or a contact line (サポートセンター, 営業時間) holds none, and is
# not searched for an offer, whose own gate such words pass. (Only the gate is used.)
_NEEDED = Grammar(acts._NEEDED)


_CONTACT_WORDS = lazy(r"@|TEL|Tel|tel|電話|FAX|Fax|E-?mail|e-?mail|メール")


def _signature_like(line: str) -> bool:
    """A line that can sit in a signature block: short, not prose, not a list item."""
    s = line.strip()
    # (a contact line may run longer: 電話 024-521-7713 ／ メール keiei-shien@pref.example.jp)
    if not s or len(s) > 60 and not (len(s) <= 100 and _CONTACT_WORDS.search(s)) or s in ("以上", "記") \
            or s[-1] in acts.FOOT_LAST_LETTERS and acts.LETTER_FOOT.fullmatch(s) or acts.CASUAL_SIGN_OFF.fullmatch(s):
        return False
    # (a sentence's or prose's ending, _SENTENCE_ENDS or _PROSE_ENDS, tested as the stripped line's: no search of it)
    if s.endswith(_SENTENCE_ENDS) or s.endswith(_PROSE_ENDS) or _closes(s):
        return False
    if is_list_item(s) and not is_separator(s):
        return False
    return True


def _body_label(line: str) -> bool:
    """A label of the body's (お届け予定：3月8日, 配送：…), not of a signature (TEL：…, Mail：…,
    住所：…, お問い合わせ番号：…) nor a link or a time."""
    colon = line.find(":")
    if colon < 0:
        colon = line.find("：")  # (a line not yet normalized)
    return (0 < colon <= 20 and not line[colon - 1].isdigit() and not line.startswith("//", colon + 1)
            and not _CONTACT_KEY.search(line, 0, colon))


def signature_start(lines: list[str], live: list[int], rules: frozenset[int] | None = None) -> int | None:
    """Index of the first signature line among the unquoted line indexes `live`, or None.
    `rules`: separator_lines(lines), when the caller has them."""
    content = [i for i in live if lines[i].strip()]
    if len(content) < 2:
        return None
    # A separator line near the end opens the signature (the first one: signatures are
    # often framed by a second), unless the reply goes on with prose after it.
    if rules is None:
        rules = separator_lines(lines)
    for i in content[-12:] if rules else ():  # (a reply without a rule line: not walked)
        if i not in rules or i == content[0]:
            continue
        before = [k for k in content if k < i]
        after = [k for k in content if k > i]
        # (the cheap searches first: the same answer in either order)
        if not (any(_ends_sentence(lines[k]) for k in before) or any(_closes(lines[k]) for k in before)):
            continue
        if sum(1 for k in after if _ends_sentence(lines[k])) > 1 or any(_closes(lines[k]) for k in after):
            continue
        return i
    # Otherwise the trailing run of short, non-prose lines, when it reads like a name block:
    # a company / team / contact line or a person's name. Blank lines are not needed; notes
    # after it (※7月1日より新オフィスにて業務を開始いたします。) are the letter's, below its name.
    end = len(content)
    while end > 1 and content[end - 1] != content[0] and is_note_line(lines[content[end - 1]]):
        end -= 1
    # (so is a postscript under the name, 追伸　…, to the end: a letter's last words after its signature)
    for k in range(end - 1, max(0, end - 4), -1):
        if lines[content[k]].lstrip()[:1] in ("追", "P", "p", "二") and _POSTSCRIPT_MARK.match(lines[content[k]]):
            end = k
            break
    block: list[int] = []
    for i in reversed(content[:end]):
        if not _signature_like(lines[i]):
            break
        block.append(i)
    block.reverse()
    if not block or block[0] == content[0] or len(block) > 10:
        return None
    # It names someone: a company, a team, a person, a contact (the body's labels do not count).
    if not any((_SIGNATURE_HINT.search(lines[i]) or _NAME_LINE.match(lines[i])) and not _body_label(lines[i])
               for i in block):
        return None
    # A link alone is the body's (…下記のフォームからお申し込みください。 https://…), not a signature.
    if all(_URL_LINE.match(lines[i]) for i in block):
        return None
    # A lone name-like line right after the text is a name only when it is short.
    if len(block) == 1 and not _SIGNATURE_HINT.search(lines[block[0]]) and len(lines[block[0]].strip()) > 12:
        return None
    return block[0]


# What only a mail's signature block holds: a postal code, a phone or fax number, a mail address,
# a street address (〒150-0001 東京都… / TEL 03-… / Email support@… / 住所：…)
_MAIL_CONTACT = lazy(r"〒|TEL|Tel|tel|FAX|Fax|fax|電話|E-?mail|e-?mail|Mail|メール|住所|所在地|@[A-Za-z0-9-]+\.")


def mail_signature_start(lines: list[str], live: list[int], rules: frozenset[int] | None = None) -> int | None:
    """The first line of a mail's signature block at the end of a chat message, or None: the
    block signature_start finds, when it reads as a mail's (framed by a rule, or two lines or more
    that give a postal or phone contact: くらしの道具店 カスタマーセンター⏎松田 由紀⏎TEL 03-…). A
    name alone after the text (菓子工房こもれび 店長 小野, （担当：小川）) signs a message as a
    chat or a post may, and stays part of it."""
    start = signature_start(lines, live, rules)
    if start is None:
        return None
    block = [i for i in live if i >= start and lines[i].strip()]
    if is_separator(lines[start]):
        return start if len(block) >= 3 else None  # (a rule, a name and more: not a rule alone)
    if len(block) >= 2 and any(_MAIL_CONTACT.search(lines[i]) for i in block):
        return start
    return None


# (…さんへ: a school's or a club's notice to a group, 学生の皆さんへ / 保護者のみなさんへ)
_ADDRESSEE_ENDS = ("様", "さま", "御中", "各位", "殿", "さん", "先生", "お客様", "様へ", "さまへ", "各位へ", "さんへ")


def is_addressee_line(line: str) -> bool:
    """A line that names the addressee: 浜野 聡 様 / 株式会社みなと商事 御中 / お客様. (Its last word is
    looked at first: this runs on the top lines of every reply.)"""
    s = line.rstrip().rstrip("、,:")
    if "{!" in s:  # a Salesforce merge field for the name ({!Contact.Name} 様): its ! ends no sentence
        line = s = s.replace("{!", "{")
    if s.endswith("】") and s.lstrip().startswith("【"):  # 【お客様各位】
        line = s = s.strip()[1:-1]
    elif s.endswith((")", "）")):  # みかん 様（プレイヤーID：48213907）: the reader's number after the name
        bare = _TRAILING_NOTE.sub("", s)
        if bare != s and bare.endswith(_ADDRESSEE_ENDS):
            line = s = bare
    return s.endswith(_ADDRESSEE_ENDS) and bool(
        _ADDRESSEE_LINE.match(line) or _CUSTOMER_LINE.match(line) or _GROUP_LINE.match(line))


def addressee_span(lines: list[str], live: list[int]) -> tuple[int, int, int] | None:
    """The addressee at the top: (first line index, last line index, end column in last line)."""
    # The date, subject and title lines of a letter may stand above it.
    # (a note above it, such as ※本メールはシステムから自動送信されています, is not the addressee)
    # (the first four content lines, each read when it is needed: most replies name the addressee
    # on the first and open on the next)
    # (nor a notice on the mail itself, 本メールはご注文内容の控えです。お手元に保管してください。)
    found = islice((i for i in live if lines[i].strip() and not is_header_line(lines[i]) and not is_note_line(lines[i])
                    and not is_mail_notice(lines[i])), 4)
    content = []
    for i in found:
        n = len(content)
        content.append(i)
        line = lines[i]
        if is_addressee_line(line):
            # Company / department lines just above the name belong to the addressee, and so
            # do the addressee lines right under it (株式会社みなと商事 御中 / 経理ご担当者様).
            first = content[0] if all(not _ends_sentence(lines[k]) for k in content[:n]) else i
            last = i
            # (the content lines after it, up to the four read in all, while each is the line right
            # after the last: a blank, quoted, header or note line there ends it, unread further)
            for _ in range(3 - n):
                k = last + 1
                if k >= len(lines) or not lines[k].strip() or is_header_line(lines[k]) or is_note_line(lines[k]) \
                        or not is_addressee_line(lines[k]) or not _is_live(live, k):
                    break
                last = k
            return first, last, len(lines[last].rstrip())
        if _ends_sentence(line):
            break
    if content:
        m = _ADDRESSEE_INLINE.match(lines[content[0]])
        if m:
            return content[0], content[0], m.end()
    return None


def _is_live(live: list[int], k: int) -> bool:
    """Whether line k is among the (sorted) unquoted line indexes `live`."""
    j = bisect_right(live, k) - 1
    return j >= 0 and live[j] == k


def closing_addressee(lines: list[str], live: list[int]) -> int | None:
    """The line of a letter's 後付け that names its addressee: after its 結語 (敬具), the date,
    the sender and then the addressee (株式会社サンプル 山田花子様), the last lines of a formal letter."""
    foot = next((n for n in range(len(live) - 1, -1, -1)
                 if lines[live[n]].strip().replace(" ", "").replace("\u3000", "") in acts.FOOT_WORDS), None)
    if foot is None:
        return None
    after = [i for i in live[foot + 1:] if lines[i].strip()][:6]
    return next((i for i in after if is_addressee_line(lines[i])), None)


# -- body lines by shape ----------------------------------------------------------------------
# A list item, whatever its marker: ・ - * ■ ◆ ▼ ※ …, 1. 1) (1) ① 一、 a) STEP1 手順1： Q. …
# Read on the ORIGINAL line: NFKC turns ① into a bare 1.
_D = "[0-9０-９]{1,3}"
_LIST_MARKER = lazy(
    r"^[ \t\u3000]*(?:"
    r"[・･\-‐－―*＊•●○◯◎■□◆◇▼▽▲△▶▷►▸▹☆★※✓✔✅→⇒〇](?![・･\-‐－―*＊•●○◯◎■□◆◇▼▽▲△☆★〇])"  # not ○○株式会社
    r"|[①-⑳㉑-㉟㊱-㊿⑴-⒇⒈-⒛❶-❿➀-➉➊-➓⓵-⓾⓪⓫-⓴]"
    r"|[(（]" + _D + r"[)）]"
    r"|" + _D + r"[.)）:：、](?![0-9０-９])"
    # (the full-width ．, no decimal point in a Japanese reply, also before a date: 1．11月分のご請求額から…;
    # not before a figure that goes on as a number or a measure: 1．5倍; round 36)
    r"|" + _D + r"．(?![0-9０-９]{1,3}(?![0-9０-９])(?:[.．,，]|倍|%|％|割|点|円|kg|cm|mm|g|m|L))"
    r"|[(（][a-zA-Zａ-ｚＡ-Ｚ一二三四五六七八九十ア-ン][)）]"
    r"|[a-zA-Zａ-ｚＡ-Ｚ][)）.．][ \t\u3000]"
    r"|[一二三四五六七八九十]{1,3}[、.．)）]"
    r"|(?:STEP|Step|step|ＳＴＥＰ|ステップ|手順|その|第)[ \t\u3000]*" + _D
    + r"|[QＱAＡ]" + _D + r"?[.．:：)）]"
    r"|【" + _D + r"】|\[" + _D + r"\]|［" + _D + r"］"
    r")")
# A letter's mark alone on its line: 記, 以上, 追伸, a 頭語 or a 結語 (the line stripped).
_SHORT_MARK = lazy(acts.alt("記", "以上", "以上です", "追伸", r"P\.?S\.?", r"p\.?s\.?",
                                  *map(acts.spaced, acts.FOOT_WORDS), *acts.HEAD_WORDS))
_POSTSCRIPT = lazy(r"^\s*(追伸|P\.?S\.?|p\.?s\.?|二伸)\s*[:、.]?")
# ... as the mark a postscript under the signature opens with: followed by a space, a colon or the
# line's end (PS内の配管 is a pipe space, not a postscript)
_POSTSCRIPT_MARK = lazy(r"\s*(?:追伸|二伸|P\.?S\.?|p\.?s\.?)(?:[\s:、.]|$)")
# Headings: 【ご返金について】, <ご注意>, ◆◆ 手順 ◆◆ alone on their line, or a short title line
# that ends with a colon.
_HEADING = lazy(
    r"^\s*(【[^】]{1,40}】|<[^<>]{1,40}>|〈[^〈〉]{1,40}〉|《[^《》]{1,40}》|〔[^〔〕]{1,40}〕|\[[^\[\]]{1,40}\]"
    r"|[-=_*~◆◇■□●○★☆▼▽]{2,}[^。]{1,40}?[-=_*~◆◇■□●○★☆▼▽]{2,}|[^。!?]{1,30}:)\s*$")
_HEADING_FIRST = frozenset("【<〈《〔[-=_*~◆◇■□●○★☆▼▽")
# A label and its value: 注文番号: A-123 / お届け予定日: 9月5日 / TEL: 0120-… (not a time, 10:00)
_LABEL = lazy(r"^\s*[^\s:。、!?]{1,20}?\s*(?<![0-9]):(?![0-9]{2})\s*\S")
_CONTACT_KEY = lazy(r"TEL|Tel|tel|電話|FAX|Fax|fax|携帯|mail|Mail|MAIL|メール|URL|Web|WEB|HP|住所|所在地|〒|担当|受付"
                          r"|営業時間|受付時間|窓口|部署|会社|問い?合わ?せ|番号")
_URL_LINE = lazy(r"^\s*(https?://|www\.)\S+\s*$")


# What a list marker can begin with: most lines are let through on their first character alone.
_MARKER_CHARS = frozenset("・･-‐－―*＊•●○◯◎■□◆◇▼▽▲△▶▷►▸▹☆★※✓✔✅→⇒〇(（[［【0123456789０１２３４５６７８９"
                          "一二三四五六七八九十abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                          "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ手そ第ス"
                          + "".join(map(chr, range(0x2460, 0x24ff))) + "".join(map(chr, range(0x2776, 0x2794)))
                          + "".join(map(chr, range(0x3251, 0x325f))) + "".join(map(chr, range(0x32b1, 0x32bf))))


_KI_DECOR = "―-‐－ー=＝~〜 \u3000"


def is_ki_line(line: str) -> bool:
    """The 記 that opens a letter's appendix, alone on its line or between dashes (― 記 ―)."""
    return line.strip().strip(_KI_DECOR) == "記"


def is_note_line(line: str) -> bool:
    """A ※ note: above the addressee (※本メールは自動送信されています), under the signature, or
    holding an offer at the end. Neither a name nor the addressee."""
    return line.lstrip().startswith("※")


# A line on the mail itself, above the addressee: 本メールはご注文内容の控えです / このメールは送信専用です
_MAIL_NOTICE = lazy(r"\s*[※＊*■●◆]?\s*(?:本メール|このメール|当メール|こちらのメール|本メッセージ|このメッセージ|本通知|この通知)(?:は|には|に|を|の)")


def is_mail_notice(line: str) -> bool:
    """A notice on the mail itself (本メールはご注文内容の控えです。), which may stand above the
    addressee: neither a name nor the opening."""
    return _MAIL_NOTICE.match(line) is not None


def is_list_item(line: str) -> bool:
    return bool(_LIST_MARKER.match(line))


def line_roles(olines: list[str], nlines: list[str], live: list[int], rules: frozenset[int] | None = None) -> dict[int, str]:
    """The shape of each unquoted line: PROSE, ITEM, HEADING, LABEL, URL, MARK or POSTSCRIPT.
    `olines` are the original lines (list markers), `nlines` their NFKC view (the rest);
    `rules`: separator_lines(nlines), when the caller has them."""
    if rules is None:
        rules = separator_lines(nlines)
    roles: dict[int, str] = {}
    in_note_block = False  # between 記 and 以上
    in_postscript = False
    prev = None  # the role of the line just above, None after a blank line
    for i in live:
        n = nlines[i]
        stripped = n.strip()
        if not stripped:
            prev = None
            continue
        first = stripped[0]
        if (len(stripped) <= 12 and (_SHORT_MARK.fullmatch(stripped) or "記" in stripped and is_ki_line(stripped))) \
                or i in rules:  # (is_separator(n))
            role = MARK
            if is_ki_line(stripped):
                in_note_block = True
            elif stripped.startswith("以上"):
                in_note_block = False
            elif _POSTSCRIPT.match(n):
                in_postscript = True
        elif (in_note_block and stripped[-1] not in "。!?") or (first in _MARKER_CHARS and _LIST_MARKER.match(olines[i])):
            role = ITEM  # (NFKC keeps a marker's first character in the set: ① → 1, （ → (); a
            # sentence inside 記 … 以上 is a note of the letter's, not an item
        elif prev == ITEM and olines[i][:1] in (" ", "\t", "\u3000"):
            role = ITEM  # an item that wraps onto an indented line
        elif first in "hw" and _URL_LINE.match(n):
            role = URL
        # (a heading opens on a bracket or a rule, or holds a colon; a label holds a colon)
        elif stripped[-1] not in "。!?" and (first in _HEADING_FIRST or ":" in n) and _HEADING.match(n):
            role = HEADING
        elif stripped[-1] not in "。!?" and ":" in n and _LABEL.match(n):
            role = LABEL
        else:
            in_postscript = in_postscript or (first in "追Pp二" and bool(_POSTSCRIPT.match(n)))
            role = POSTSCRIPT if in_postscript else PROSE
        roles[i] = prev = role
    return roles


# -- the header block of a letter -------------------------------------------------------------
# 文書形式 and many business mails open with a block of short lines before the first sentence:
# the date, a document number, the subject, the recipient (the addressee) and the sender (who
# writes: the letter's signature, at the top).
_DATE_LINE = lazy(
    r"^\s*((令和|平成|昭和)\s*(\d{1,2}|元)|\d{2,4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(\s*\(.{1,3}\))?\s*$"
    r"|^\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(\s*\(.{1,3}\))?\s*$")
_SUBJECT_LINE = lazy(r"^\s*(件名|題名|標題|表題|タイトル|subject|re|fw|fwd)\s*:|^\s*【件名】", re.IGNORECASE)
_REPLY_SUBJECT = lazy(r"^\s*(件名\s*:\s*|subject\s*:\s*|【件名】\s*)?re\s*:", re.IGNORECASE)
_NUMBER_LINE = lazy(r"^\s*[^\s。]{0,12}第?\s*[0-9A-Za-z-]{1,12}\s*号\s*$")
# A title line: 価格改定のお知らせ / 納入品の不具合についてのお詫び / （お詫び）
_TITLE_LINE = lazy(
    r"^\s*[^。!?]{0,40}(お知らせ|お詫び|おわび|ご案内|お願い|について|に関して|に関するご報告|ご報告|ご連絡"
    r"|ご通知|通知書|送付状|ご回答|回答書|お礼|御礼|ご挨拶|あいさつ|ご依頼)\s*\)?\s*(\([^()]{1,8}\))?\s*$")

# A word every title line holds: looked for before _TITLE_LINE, which backtracks over the line
_TITLE_WORD = lazy(r"お知らせ|お詫び|おわび|ご案内|お願い|について|に関して|ご報告|ご連絡|ご通知|通知書|送付状|ご回答|回答書"
                   r"|お礼|御礼|ご挨拶|あいさつ|ご依頼")


_SUBJECT_FIRST = frozenset("件題標表タsSrRfF【")


def is_date_line(line: str) -> bool:
    return bool(_DATE_LINE.match(line))


def is_reply_subject(line: str) -> bool:
    """A subject that answers a message: 件名: Re: …"""
    return bool(_REPLY_SUBJECT.match(line))


def is_header_line(line: str) -> bool:
    """A date, document number, subject or title line of a letter's header block. (Each kind
    is tried only on lines that could be one: this runs on the top lines of every reply.)"""
    s = line.strip()
    if not s or len(s) > 80:
        return False
    first = s[0]
    if first in _SUBJECT_FIRST and _SUBJECT_LINE.match(line):
        return True
    if (first.isdigit() or first in "令平昭") and _DATE_LINE.match(line):
        return True
    if s[-1] == "号" and _NUMBER_LINE.match(line):
        return True
    return len(s) <= 40 and s[-1] not in "。!?" and _TITLE_WORD.search(s) is not None \
        and _TITLE_LINE.match(line) is not None


def header_block(lines: list[str], live: list[int]) -> list[int]:
    """The unquoted lines before the first sentence that make up a letter's header block: date,
    number, subject, title, recipient and sender lines. Empty when the reply opens with prose."""
    block: list[int] = []
    anchored = False  # an addressee, a date or a subject: a block of name lines alone is no header
    for i in live:
        line = lines[i]
        s = line.strip()
        if not s:
            continue
        if is_header_line(line):  # 件名：… may end with 。
            anchored = True
        elif s[-1] in "。!?" or len(s) > 80:
            break  # a sentence: the body has begun
        elif is_addressee_line(line):
            anchored = True
        elif s[-1] in "、,":
            break  # a sentence wrapped onto the next line (平素は ○○をご利用いただき、⏎誠に…): prose
        elif not (_signature_like(line) and not acts.LETTER_HEAD.match(line)):
            break
        block.append(i)
    return block if anchored else []


def sender_lines(lines: list[str], block: list[int], addressee_last: int | None) -> list[int]:
    """The sender in a header block: name-like lines after the addressee (文書形式: the
    recipient on the left, then the sender under the date), or, in a block without an
    addressee, the name-like lines beside its date or subject."""
    if addressee_last is None and not any(is_header_line(lines[i]) for i in block):
        return []
    after = -1 if addressee_last is None else addressee_last
    # (not the opening written without a full stop under the addressee: こんにちは〜 / メールありがと〜)
    return [i for i in block if i > after and not is_header_line(lines[i])
            and _signature_like(lines[i]) and not is_addressee_line(lines[i]) and not acts.OPENING.search(lines[i])]
