"""Empathy: a reply to a complaint or a problem acknowledges what the customer went through."""

from __future__ import annotations

import re

from .. import segments as seg
from ..document import Document
from ..engine import CheckContext, Hit

# The reply apologises for trouble (not the cushion 申し訳ございませんが、… before a refusal, and
# not the opener お待たせして申し訳ございません about our own slow answer).
_APOLOGY = re.compile(r"申し訳(ございません|ありません|なく)(?!が)|お詫び(申し上げ|いたし)|失礼いたしました")
_OWN_DELAY = re.compile(r"お待たせ|(返信|返事|回答|連絡|ご案内)が遅くなり")
# The customer's message (quoted) reports damage, a failure or a delay. A plain "not arrived
# yet, when will it come?" is a question about status, answered by the status itself.
_PROBLEM = re.compile(
    r"壊れ|破損|割れて|故障|不具合|エラー|動かない|使えない|ログインできない|表示されない|つながらない|繋がらない"
    r"|遅れ|落ちて|間違っ|違う商品|足りない|不足|汚れ|傷が|キズ|欠けて|漏れ"
    r"|止まっ|引き落とされ|二重|返金されて|ひどい|困って|最悪|怒")
# Words that acknowledge the customer's situation or feelings.
_ACK = re.compile(
    r"ご不便|ご心配|ご迷惑|ご不安|ご不快|お困り|さぞ|驚かれ|ご負担|お手数をおかけ|残念な|お気持ち|お見舞い"
    r"|心苦しく|ご面倒|お騒がせ|ご苦労|大変でした|大変な思い|つらい思い|嫌な思い|不快な思い|お怒り"
    r"|(とのこと|しまい|ておらず|ており|おりまして|ため|せず|ず)、?(大変|誠に|本当に)?(申し訳|お詫び)")


def _written_text(doc: Document) -> str:
    norm = doc.norm
    return "\n".join(norm[s.nstart:s.nend] for s in doc.linted_sentences())


def _quoted_text(doc: Document) -> str:
    norm = doc.norm
    return "\n".join(norm[ln.nstart:ln.nend] for ln in doc.lines if ln.kind == seg.QUOTED)


def no_acknowledgement(doc: Document, ctx: CheckContext):
    written = _written_text(doc)
    if not written or _ACK.search(written):
        return
    apologises = any(not _OWN_DELAY.search(written[max(0, m.start() - 20):m.start()])
                     for m in _APOLOGY.finditer(written))
    if apologises or _PROBLEM.search(_quoted_text(doc)):
        yield Hit(0, 0)
