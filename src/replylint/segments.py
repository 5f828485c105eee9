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
_QUOTE_BLOCK_START = re.compile(
    r"^\s*(-{3,}\s*(original message|元のメッセージ|転送メッセージ|forwarded message)\s*-{3,}"
    r"|.*\bwrote:\s*$"
    r"|.*(さん|様)?(は|が)書きました\s*:?\s*$"
    r"|.*<[^<>@\s]+@[^<>\s]+>\s*:\s*$)",
    re.IGNORECASE)

_SEPARATOR = re.compile(r"^\s*(--\s*|[-_=*~+#ー―─━＿=〓・]{3,})\s*$")
_SIGNATURE_HINT = re.compile(
    r"株式会社|有限会社|合同会社|\(株\)|\(有\)|部|課|係|室|窓口|センター|サポート|デスク|チーム|事務局"
    r"|担当|TEL|Tel|tel|FAX|電話|E-?mail|Mail|mail|URL|https?://|〒|営業時間|受付時間")
_SENTENCE_END = re.compile(r"[。!?]\s*$")

_ADDRESSEE_LINE = re.compile(r"^\s*\S.{0,40}?(様|さま|御中|各位|殿)\s*[、,:]?\s*$")
_ADDRESSEE_INLINE = re.compile(r"^\s*([^\s、。,]{1,20}?(様|さま))[、,\s]")
_CUSTOMER_LINE = re.compile(r"^\s*お客様\s*[、,]?\s*$")

# Opening and closing lines, by the words that carry their meaning, so that variants
# (ありがとうございます / 感謝申し上げます, お待ちしております / お祈り申し上げます) are all recognized.
_THANKS = (r"(ありがとうございます|ありがとうございました|感謝申し上げます|感謝いたします"
           r"|御礼申し上げます|お礼申し上げます)")
GREETING_RE = re.compile(
    r"お世話になって(おり|い)ます|お世話になります|お世話様です|"
    + _THANKS  # any thanks near the top opens the reply: ご連絡いただき、誠にありがとうございます
    + r"|お待たせ(いたし|致し|し)ました|お待たせして(おり|い)ます"
    r"|はじめまして|初めまして|こんにちは|こんばんは|おはようございます|お疲れ様です")
CLOSING_RE = re.compile(
    r"よろしくお願い(いたし|致し|申し上げ)?ます|よろしくお願い申し上げます|お願い申し上げます"
    r"|今後とも|引き続き[^。]*(お願い|ご愛顧|ご利用)|何卒|なにとぞ"
    r"|お待ち(し|いたし|致し|申し上げ)て?おります"
    r"|お祈り(申し上げ|いたし|致し)ます|お祈り(いたし|し)ております|ご自愛ください"
    r"|失礼(いたし|致し|し)ます|ご愛顧")
FURTHER_HELP_RE = re.compile(
    r"ご不明な?点|ご不明点|ご質問|お気軽に|お気兼ねなく|何か(ございましたら|ありましたら|あれば)"
    r"|ほかに|他に|お手伝いできること|いつでも(お問い合わせ|ご連絡|ご相談)|お困りの(点|こと)"
    r"|お申し付けください|ご遠慮なく"
    r"|(ございましたら|ありましたら|あれば|でしたら|場合は)[^。]{0,20}"
    r"(お知らせ|ご連絡|お問い合わせ|お申し付け|お声がけ|ご相談)(ください|くださいませ)")


def is_quote_block_start(line: str) -> bool:
    return bool(_QUOTE_BLOCK_START.match(line))


def is_quote_line(line: str) -> bool:
    return bool(_QUOTE_MARK.match(line))


def quoted_lines(lines: list[str]) -> list[bool]:
    """Which lines are quoted: `>` lines, and a quote header / Original Message block onward."""
    quoted = [False] * len(lines)
    for i, line in enumerate(lines):
        if is_quote_block_start(line):
            for k in range(i, len(lines)):
                quoted[k] = True
            break
        if is_quote_line(line):
            quoted[i] = True
    return quoted


def signature_start(lines: list[str], live: list[int]) -> int | None:
    """Index of the first signature line among the unquoted line indexes `live`, or None."""
    content = [i for i in live if lines[i].strip()]
    if len(content) < 2:
        return None
    # A separator line near the end opens the signature (the first one: signatures are
    # often framed by a second).
    for i in content[-12:]:
        if _SEPARATOR.match(lines[i]) and i != content[0]:
            if any(_SENTENCE_END.search(lines[k]) for k in content if k < i):
                return i
    # Otherwise the last paragraph, when it reads like a name block and not like prose.
    last = content[-1]
    first = last
    while first - 1 >= 0 and (first - 1) in live and lines[first - 1].strip():
        first -= 1
    block = [i for i in range(first, last + 1)]
    if first == content[0] or len(block) > 8:
        return None
    if any(_SENTENCE_END.search(lines[i]) or len(lines[i].strip()) > 50 for i in block):
        return None
    if not any(_SIGNATURE_HINT.search(lines[i]) for i in block):
        return None
    return first


def addressee_span(lines: list[str], live: list[int]) -> tuple[int, int, int] | None:
    """The addressee at the top: (first line index, last line index, end column in last line)."""
    content = [i for i in live if lines[i].strip()][:3]
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
