"""positive/accept-only: a limit told, then the reader only asked to accept it (…できません。ご了承ください).

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

from ... import segments as seg
from ...document import Document
from ...engine import CheckContext, triggered_by
from ...regexes import lazy
from ._shared import _hit, _index_in

# A sentence that is nothing but the plea (ご了承ください / ご理解ください / 以上、ご了承ください / そこは
# ご理解ください): after a limit, the whole answer is "accept it". Round 35 counted such sentences across
# the dev sets: 127, every one in a reply its writer marks as needing work (44 labeled at the plea itself,
# the rest at the limit before it); none in a clean reply. Softened, it is the usual courteous close of
# bad news and stays silent (何卒ご理解のほどお願い申し上げます / ご不便をおかけしますが、ご了承ください).
_BARE_PLEA = lazy(r"\s*(?:以上[、,]?\s*|そこは|その点は?[、,]?)?(?:ご理解|ご了承)(?:ください|下さい)[。!！]?\s*$")


@triggered_by(r"ご(?:了承|理解)(?:ください|下さい)")
def accept_only(doc: Document, ctx: CheckContext):
    if doc.to_colleague:
        return  # (between colleagues, 以上、ご了承ください is a memo's plain close)
    norm = doc.norm
    sentences = doc.linted_sentences(seg.BODY, seg.CLOSING)
    for s in ctx.sentences(doc, sentences):
        if not _BARE_PLEA.match(norm, s.nstart, s.nend):
            continue
        k = _index_in(sentences, s)
        if k == 0:
            continue  # (nothing before it in the body: no limit it asks them to accept)
        # (the finding runs from the limit to the plea: the two together are what reads cold)
        yield _hit(doc, sentences[k - 1].nstart, s.nend)
