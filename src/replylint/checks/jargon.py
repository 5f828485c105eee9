"""Unexplained acronyms."""

from __future__ import annotations

import re

from ..document import Document
from ..engine import CheckContext, Hit

# Two or more capitals (NFKC has already made full-width letters half-width), as a word of
# its own: not part of a code with digits (SB451, A4), a URL, an address or a placeholder.
_ACRONYM = re.compile(r"(?<![A-Za-z0-9@/._%{\[-])[A-Z]{2,}(?![A-Za-z0-9@/._%}\]-])")
# Left to the template rules, which own them.
_TEMPLATE_MARKERS = re.compile(r"^(TODO|FIXME|TBD|X{2,})$")
# Explained at first use: SLA(サービス品質の保証), CSV形式(表計算ソフトで開ける形式), or
# サービス品質保証(SLA).
_GLOSS_AFTER = re.compile(r"[一-龥ァ-ヶー]{0,4}\s*[(「][^()「」\n]{2,60}[)」]")


def acronym(doc: Document, ctx: CheckContext):
    known = {k.upper() for k in ctx.options.get("known", [])} | {a.upper() for a in ctx.allow}
    norm = doc.norm
    explained: set[str] = set()
    to_start, to_end = doc.view.start_in_original, doc.view.end_in_original
    for s in doc.linted_sentences():
        for m in _ACRONYM.finditer(norm, s.nstart, s.nend):
            word = m.group()
            if word in known or word in explained or _TEMPLATE_MARKERS.match(word):
                continue
            before = norm[max(s.nstart, m.start() - 1):m.start()]
            after = norm[m.end():m.end() + 1]
            if (before == "(" and after == ")") or _GLOSS_AFTER.match(norm, m.end(), s.nend):
                explained.add(word)
                continue
            explained.add(word)  # report the first unexplained use only
            yield Hit(to_start(m.start()), to_end(m.end()))
