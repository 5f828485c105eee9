"""Whole-reply checks on the reply's shape: addressee, greeting, closing, offer of help, signature.

The parts are recognised once, in the document model (`document.parse` with `segments` for the
layout and `acts` for what a sentence does); these checks only ask whether a part is there. A
whole-reply finding points at the start of the reply (start == end == 0). Which channels each
check runs on is the rule's `channels` (rules/greeting.yaml, rules/closing.yaml); a user changes
it per channel with `[tool.replylint.channels.<ch>] ignore = [...]`.
"""

from __future__ import annotations

from .. import acts
from .. import segments as seg
from ..document import Document
from ..engine import CheckContext, Hit

_AT_START = Hit(0, 0)


def _has_text(doc: Document) -> bool:
    return bool(doc.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING))


def addressee(doc: Document, ctx: CheckContext):
    if _has_text(doc) and doc.segment(seg.ADDRESSEE) is None:
        yield _AT_START


def greeting(doc: Document, ctx: CheckContext):
    if doc.channel == "chat" and not doc.first_message:
        return  # a chat message that continues a conversation needs no opening
    if _has_text(doc) and doc.segment(seg.GREETING) is None:
        yield _AT_START


def closes(doc: Document) -> bool:
    """A closing line: labelled by the parser, or a closing act among the last own sentences.
    An offer of further help is not one (the closing words come with it, or after it)."""
    if doc.segment(seg.CLOSING) is not None:
        return True
    return any(doc.act(acts.CLOSING, s) for s in doc.own_sentences()[-3:] if s.kind != seg.GREETING)


def closing(doc: Document, ctx: CheckContext):
    if _has_text(doc) and not closes(doc):
        yield _AT_START


def further_help(doc: Document, ctx: CheckContext):
    own = doc.own_sentences()
    if not own:
        return
    tail = own[-int(ctx.options.get("window", 4)):]
    if any(doc.act(acts.OFFER, s) or doc.act(acts.ON_CONTACT, s) for s in tail):
        return
    # The exchange goes on: the reply ends by asking the customer something, asking them to
    # wait or to reply, or promises our next contact; there is nothing to offer yet.
    last = [s for s in tail if s.kind != seg.CLOSING] or tail[-1:]
    if any(doc.act(rx, last[-1]) for rx in (acts.QUESTION, acts.WAIT_REQUEST, acts.AWAITS_REPLY)) \
            or any(doc.act(acts.NEXT_CONTACT, s) for s in tail):
        return
    # A letter that answers no inquiry (a notice, a refusal of a proposal, …) owes no offer.
    if not doc.answers_inquiry:
        return
    yield _AT_START


def signature(doc: Document, ctx: CheckContext):
    if doc.mode == "template" and not ctx.options.get("in_template", False):
        return  # helpdesks append the agent's signature to a macro when it is sent
    if _has_text(doc) and not any(ln.kind == seg.SIGNATURE for ln in doc.lines):
        yield _AT_START
