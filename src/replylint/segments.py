"""Recognizing the parts of a reply: quoted text, addressee, greeting, closing, signature.

Line-level and phrase-level heuristics only; no tokens are needed, so this runs before
tokenization and quoted text is never tokenized at all.
"""

from __future__ import annotations

import re

QUOTED, ADDRESSEE, GREETING, BODY, CLOSING, SIGNATURE = (
    "quoted", "addressee", "greeting", "body", "closing", "signature")
SEGMENT_KINDS = (ADDRESSEE, GREETING, BODY, CLOSING, SIGNATURE, QUOTED)

# All patterns below run on the NFKC view: full-width ＞ ： （ are already > : (.
_QUOTE_MARK = re.compile(r"^\s*>")
_QUOTE_TITLE = re.compile(r"^\s*([-=_*#─━―]{3,}\s*[^-=_*#─━―\s].{0,30}?\s*[-=_*#─━―]{3,}|【[^】]{1,20}】|.{0,30}:)\s*$")
_QUOTE_BLOCK_START = re.compile(
    r"^\s*([-=_―─━]{2,}\s*(original message|元のメッセージ|転送メッセージ|転送されたメッセージ"
    r"|forwarded message|返信元のメッセージ)\s*[-=_―─━]{2,}"
    r"|.*\bwrote:\s*$"
    r"|.*(さん|様)?(は|が)書きました\s*:?\s*$"
    r"|.*<[^<>@\s]+@[^<>\s]+>\s*(のメール|からのメッセージ)?\s*:\s*$)",
    re.IGNORECASE)
# An Outlook-style header block: From: / 差出人: followed by Sent: / Date: / 送信日時: …
_HEADER_FROM = re.compile(r"^\s*(from|差出人|送信者|送信元)\s*:", re.IGNORECASE)
_HEADER_NEXT = re.compile(r"^\s*(sent|date|to|subject|件名|送信日時|日時|宛先|日付)\s*:", re.IGNORECASE)

_SEPARATOR = re.compile(
    r"^\s*(-{2,}|[-_=*~+#ー―─━〓・◆◇■□●○◎☆★]{3,}|[―─━═]{2,})\s*$")
_SIGNATURE_HINT = re.compile(
    r"株式会社|有限会社|合同会社|一般社団法人|公益財団法人|\(株\)|\(有\)|㈱|㈲"
    r"|[^全一]部(?!分)|課|係|室|窓口|センター|サポート|デスク|チーム|事務局|事務所|受付|フロント"
    r"|ストア|ショップ|商店|書店|書房|銀行|信用金庫|病院|クリニック|医院|役所|役場|局|協会|組合|旅館|ホテル"
    r"|担当|TEL|Tel|tel|FAX|Fax|電話|E-?mail|Mail|mail|URL|https?://|www\.|〒|営業時間|受付時間"
    r"|@[\w.-]+\.[a-z]{2,}|\d{2,4}-\d{2,4}-\d{3,4}"
    r"|Inc\.?|Co\.,? ?Ltd|Corp", re.IGNORECASE)
# A person's name on its own line: 森下 啓太 / 森下啓太 / Keita Morishita
_NAME_LINE = re.compile(
    r"^\s*([一-龥々]{1,4}[ \u3000]*[一-龥々ぁ-んァ-ヶー]{1,6}|[A-Z][a-z]+ [A-Z][a-z]+)\s*$")
_SENTENCE_END = re.compile(r"[。!?]\s*$")
_PROSE_END = re.compile(r"(ます|です|ください|ございます|ません|でした|ました)\s*$")
_LIST_ITEM = re.compile(r"^\s*([・●◆■※★☆\-*]|\d+[.)]|[①-⑳])")

_ADDRESSEE_LINE = re.compile(r"^\s*[^\s。!?][^。!?]{0,40}?(様|さま|御中|各位|殿)\s*[、,:]?\s*$")
_ADDRESSEE_INLINE = re.compile(r"^\s*([^\s、。,]{1,20}?(様|さま))[、,\s]")
_CUSTOMER_LINE = re.compile(r"^\s*お客様\s*[、,]?\s*$")

# Opening and closing lines, by the words that carry their meaning, so that variants
# (いただき / くださり, ありがとうございます / 感謝申し上げます, お待ちしております /
# お祈り申し上げます) are all recognized.
_THANKS = (r"(ありがとうございます|ありがとうございました|ありがとう存じます|感謝申し上げます"
           r"|感謝いたします|感謝致します|感謝しております|御礼申し上げます|お礼申し上げます"
           r"|厚く御礼|深く感謝)")
GREETING_RE = re.compile(
    r"お世話になって(おり|い)ます|お世話になります|お世話様です|"
    + _THANKS  # any thanks near the top opens the reply: ご連絡いただき、誠にありがとうございます
    + r"|お待たせ(いたし|致し|し)ました|お待たせ(いたし|致し|し)て(おり|い)ます"
    r"|お待たせして(しまい)?(申し訳|失礼)"
    r"|(ご返信|ご返事|お返事|ご回答|ご連絡|ご案内)が遅くなり"
    r"|ご無沙汰(いたし|し)て(おり|い)ます|突然のご連絡"
    r"|はじめまして|初めまして|こんにちは|こんばんは|おはようございます|お疲れ様です")
CLOSING_RE = re.compile(
    r"(よろしく|宜しく)お願い(いたし|致し|申し上げ|し)?ます|お願い申し上げます"
    r"|今後とも|引き続き[^。]*(お願い|ご愛顧|ご利用|よろしく)|何卒|なにとぞ"
    r"|お待ち(し|いたし|致し|申し上げ)て?おります"
    r"|お祈り(申し上げ|いたし|致し)ます|お祈り(いたし|し)ております|ご自愛ください"
    r"|失礼(いたし|致し|し)ます|ご愛顧|またのご(利用|来店|来院|来館|連絡)|またのお越し|敬具|草々"
    # wishes and looking forward, the other usual last lines of a Japanese letter
    r"|楽しみにして(おり|い)ます|お大事に|ご健勝|ご多幸|お体を?(お)?大切に|ご自愛|良いお年を|よいお年を")
FURTHER_HELP_RE = re.compile(
    r"ご不明な?点|ご不明点|ご不明な(こと|事)|ご質問|お気軽に|お気兼ねなく|ご遠慮なく|何なりと"
    r"|何か(ございましたら|ありましたら|あれば|ございます|あります)|その(ほか|他)[^。]{0,12}(ございましたら|あれば|ありましたら)"
    r"|ほかに|他に|ほかにも|お手伝いできること|いつでも(お問い合わせ|ご連絡|ご相談|お声)"
    r"|お困りの(点|こと|際)|ご心配な(点|こと)|気になる(点|こと)|(わから|分から)ない(点|こと)"
    r"|お申し付けください|お声がけください|ご相談ください"
    r"|(ございましたら|ありましたら|あれば|でしたら|場合は|際は)[^。]{0,20}"
    r"(お知らせ|ご連絡|お問い合わせ|お申し付け|お声がけ|ご相談|お尋ね|お寄せ)(ください|くださいませ|いただけ)")


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
_MAY_QUOTE = re.compile(r">|wrote|書きました|message|メッセージ|<|from|差出人|送信者|送信元", re.IGNORECASE)


def quoted_lines(lines: list[str]) -> list[bool]:
    """Which lines are quoted: `>` lines, and a quote header / Original Message block onward."""
    quoted = [False] * len(lines)
    if not _MAY_QUOTE.search("\n".join(lines)):
        return quoted
    for i, line in enumerate(lines):
        if is_quote_block_start(line) or _is_header_block(lines, i):
            start = i
            # An underscore/dash rule just above an Outlook header belongs to the quote.
            if start > 0 and _SEPARATOR.match(lines[start - 1]) and _HEADER_FROM.match(line):
                start -= 1
            for k in range(start, len(lines)):
                quoted[k] = True
            break
        if is_quote_line(line):
            quoted[i] = True
    # A title line (----- お問い合わせ内容 -----, 【お問い合わせ内容】, 以下、お問い合わせ内容:) with
    # nothing but quoted lines after it introduces the quote.
    for i, line in enumerate(lines):
        if not quoted[i] and _QUOTE_TITLE.match(line):
            rest = [k for k in range(i + 1, len(lines)) if lines[k].strip()]
            if rest and all(quoted[k] for k in rest):
                quoted[i] = True
    return quoted


def _closes(line: str) -> bool:
    return bool(CLOSING_RE.search(line) or FURTHER_HELP_RE.search(line))


def _signature_like(line: str) -> bool:
    """A line that can sit in a signature block: short, not prose, not a list item."""
    s = line.strip()
    if not s or len(s) > 60 or s == "以上":
        return False
    if _SENTENCE_END.search(s) or _PROSE_END.search(s) or _closes(s):
        return False
    if _LIST_ITEM.match(s) and not _SEPARATOR.match(s):
        return False
    return True


def signature_start(lines: list[str], live: list[int]) -> int | None:
    """Index of the first signature line among the unquoted line indexes `live`, or None."""
    content = [i for i in live if lines[i].strip()]
    if len(content) < 2:
        return None
    # A separator line near the end opens the signature (the first one: signatures are
    # often framed by a second), unless the reply goes on with prose after it.
    for n, i in enumerate(content[-12:]):
        if not _SEPARATOR.match(lines[i]) or i == content[0]:
            continue
        before = [k for k in content if k < i]
        after = [k for k in content if k > i]
        if not any(_SENTENCE_END.search(lines[k]) or _closes(lines[k]) for k in before):
            continue
        if any(_closes(lines[k]) for k in after):
            continue
        if sum(1 for k in after if _SENTENCE_END.search(lines[k])) > 1:
            continue
        return i
    # Otherwise the trailing run of short, non-prose lines, when it reads like a name block:
    # a company / team / contact line or a person's name. Blank lines are not needed.
    block: list[int] = []
    for i in reversed(content):
        if not _signature_like(lines[i]):
            break
        block.append(i)
    block.reverse()
    if not block or block[0] == content[0] or len(block) > 10:
        return None
    if not any(_SIGNATURE_HINT.search(lines[i]) or _NAME_LINE.match(lines[i]) for i in block):
        return None
    # A lone name-like line right after the text is a name only when it is short.
    if len(block) == 1 and not _SIGNATURE_HINT.search(lines[block[0]]) and len(lines[block[0]].strip()) > 12:
        return None
    return block[0]


def addressee_span(lines: list[str], live: list[int]) -> tuple[int, int, int] | None:
    """The addressee at the top: (first line index, last line index, end column in last line)."""
    content = [i for i in live if lines[i].strip()][:4]
    for n, i in enumerate(content):
        line = lines[i]
        if _ADDRESSEE_LINE.match(line) or _CUSTOMER_LINE.match(line):
            # Company / department lines just above the name belong to the addressee.
            first = content[0] if all(not _SENTENCE_END.search(lines[k]) for k in content[:n]) else i
            return first, i, len(line.rstrip())
        if _SENTENCE_END.search(line):
            break
    if content:
        m = _ADDRESSEE_INLINE.match(lines[content[0]])
        if m:
            return content[0], content[0], m.end()
    return None
