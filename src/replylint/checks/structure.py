"""Whole-reply checks on the reply's shape: addressee, greeting, closing, signature.

A whole-reply finding points at the start of the reply (start == end == 0).
"""

from __future__ import annotations

from .. import segments as seg
from ..document import Document
from ..engine import CheckContext, Hit

_AT_START = Hit(0, 0)


def _has_text(doc: Document) -> bool:
    return any(s.kind != seg.QUOTED for s in doc.sentences)


def addressee(doc: Document, ctx: CheckContext):
    if _has_text(doc) and doc.segment(seg.ADDRESSEE) is None:
        yield _AT_START


def greeting(doc: Document, ctx: CheckContext):
    if _has_text(doc) and doc.segment(seg.GREETING) is None:
        yield _AT_START


def closing(doc: Document, ctx: CheckContext):
    if _has_text(doc) and doc.segment(seg.CLOSING) is None:
        yield _AT_START


def further_help(doc: Document, ctx: CheckContext):
    written = doc.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING)
    if not written:
        return
    norm = doc.norm
    tail = written[-4:]
    if not any(seg.FURTHER_HELP_RE.search(norm, s.nstart, s.nend) for s in tail):
        yield _AT_START


def signature(doc: Document, ctx: CheckContext):
    if _has_text(doc) and not any(ln.kind == seg.SIGNATURE for ln in doc.lines):
        yield _AT_START
