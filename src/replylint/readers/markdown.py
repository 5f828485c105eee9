"""Markdown drafts (`.md`, `.markdown`): one file, one reply, like a text draft.

YAML front matter — a `---` line at the very top, up to the next `---` (or `...`) line — is
metadata, not reply text. It is blanked out rather than removed: every character of it except
line breaks becomes a space, so the text keeps its length and every finding's offset, line and
column still point into the file as saved. A `---` at the top with no closing line is not front
matter and is linted as written. The mode is left to the command line (a draft by default).
replylint's own comments (`<!-- replylint-disable… -->`, see suppress.py) are blanked the same way.
"""

from __future__ import annotations

import re

from ..suppress import from_comments
from .text import Reply, read_decoded

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def blank_front_matter(text: str) -> str:
    m = _FRONT_MATTER.match(text)
    if not m:
        return text
    head = re.sub(r"[^\r\n]", " ", m.group(0))
    return head + text[m.end():]


def read_markdown(path: str, *, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    text, enc = read_decoded(path, limit, encoding=encoding)
    text, suppressions = from_comments(blank_front_matter(text))
    return [Reply(text, path, encoding=enc, suppressions=suppressions)]
