"""An HTML draft (.html, .htm): one file, one reply — the text a reader sees (see htmltext).

Its offsets point into that shown text; `Reply.source_map` takes them back to lines and
columns of the .html file for reporters that point into the source (SARIF, annotations).
Lines inside <blockquote> are marked "> ": quoted history is not the reply's own text.
"""

from __future__ import annotations

from .htmltext import html_to_shown
from .text import Reply, read_decoded


def read_html(path: str, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    source, enc = read_decoded(path, limit, "an HTML draft", encoding)
    text, source_map = html_to_shown(source, mark_quotes=True)
    return [Reply(text, path, encoding=enc, source_map=source_map)]
