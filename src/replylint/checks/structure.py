"""Whole-reply checks on the reply's shape: addressee, greeting, closing, signature.

A whole-reply finding points at the start of the reply (start == end == 0). Which channels
each check runs on is the rule's `channels` (rules/greeting.yaml, rules/closing.yaml); a user
changes it per channel with `[tool.replylint.channels.<ch>] ignore = [...]`.
"""

from __future__ import annotations

import re

from .. import segments as seg
from ..document import Document, Sentence
from ..engine import CheckContext, Hit

_AT_START = Hit(0, 0)
_WRITTEN = (seg.GREETING, seg.BODY, seg.CLOSING)
# A question to the customer or a request to wait: the conversation goes on, so an offer of
# further help is not expected yet (よろしいでしょうか。/ 少々お待ちください。).
_QUESTION = re.compile(r"(か|かね|でしょうか|ますか|ませんか)[。?]?\s*$|\?\s*$")
_WAIT = re.compile(r"お待ち(ください|くださいませ|いただけ|いただ|願います)")
_SELF_INTRO = re.compile(r"(でございます|です|と申します|が(担当|承り)(いたし)?ます)[。!]?\s*$")


def _written(doc: Document) -> list[Sentence]:
    return doc.linted_sentences(*_WRITTEN)


def _has_text(doc: Document) -> bool:
    return bool(_written(doc))


def addressee(doc: Document, ctx: CheckContext):
    if _has_text(doc) and doc.segment(seg.ADDRESSEE) is None:
        yield _AT_START


def opens(doc: Document) -> bool:
    """An opening line among the first sentences (a self-introduction may come first)."""
    if doc.segment(seg.GREETING) is not None:
        return True
    norm = doc.norm
    first = _written(doc)[:3]
    for k, s in enumerate(first):
        if seg.GREETING_RE.search(norm, s.nstart, s.nend):
            return True
        if k >= 1 and not _SELF_INTRO.search(norm[s.nstart:s.nend]):
            break
    return False


def greeting(doc: Document, ctx: CheckContext):
    if doc.channel == "chat" and not doc.first_message:
        return  # a chat message that continues a conversation needs no opening
    if _has_text(doc) and not opens(doc):
        yield _AT_START


def _tail(doc: Document, n: int) -> list[Sentence]:
    return _written(doc)[-n:]


def closes(doc: Document) -> bool:
    if doc.segment(seg.CLOSING) is not None:
        return True
    norm = doc.norm
    return any(seg.CLOSING_RE.search(norm, s.nstart, s.nend) for s in _tail(doc, 3))


def closing(doc: Document, ctx: CheckContext):
    if _has_text(doc) and not closes(doc):
        yield _AT_START


def further_help(doc: Document, ctx: CheckContext):
    written = _written(doc)
    if not written:
        return
    norm = doc.norm
    tail = written[-int(ctx.options.get("window", 4)):]
    if any(seg.FURTHER_HELP_RE.search(norm, s.nstart, s.nend) for s in tail):
        return
    # The reply ends by asking the customer something or asking them to wait: the exchange
    # is not over, so there is nothing to offer yet.
    body = [s for s in tail if not seg.CLOSING_RE.search(norm, s.nstart, s.nend)] or tail[-1:]
    last = norm[body[-1].nstart:body[-1].nend]
    if _QUESTION.search(last) or _WAIT.search(last):
        return
    yield _AT_START


def signature(doc: Document, ctx: CheckContext):
    if doc.mode == "template" and not ctx.options.get("in_template", False):
        return  # helpdesks append the agent's signature to a macro when it is sent
    if _has_text(doc) and not any(ln.kind == seg.SIGNATURE for ln in doc.lines):
        yield _AT_START
