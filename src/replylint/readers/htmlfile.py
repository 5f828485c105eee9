"""An HTML draft (.html, .htm): one file, one reply — the text a reader sees (see htmltext).

Its offsets point into that shown text; `Reply.source_map` takes them back to lines and
columns of the .html file for reporters that point into the source (SARIF, annotations).
Lines inside <blockquote> are marked "> ": quoted history is not the reply's own text.
replylint's own comments (<!-- replylint-disable-next-line RULE --> …) are suppressions, as in
Markdown: kept on a line of their own, then blanked out. The encoding: --encoding, else a BOM,
else a <meta> charset, else detected as a text draft's.
"""

from __future__ import annotations

import re

from .htmltext import html_to_shown
from .text import MAX_BYTES, Reply, decode_declared, read_bytes

# <meta charset="shift_jis"> or <meta http-equiv="Content-Type" content="text/html; charset=...">,
# looked for where browsers look: the first 1,024 bytes.
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def read_html(path: str, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    data = read_bytes(path, MAX_BYTES if limit is None else limit, "an HTML draft")
    meta = _META_CHARSET.search(data, 0, 1024)
    declared = meta.group(1).decode("ascii") if meta else None
    source, enc = decode_declared(data, path, declared, encoding)
    text, source_map = html_to_shown(source, mark_quotes=True, keep_directives=True)
    suppressions = ()
    if "replylint-" in text:
        from ..suppress import from_comments  # (most drafts have none: cold start)

        text, suppressions = from_comments(text)  # blanked in place: the map still holds
    return [Reply(text, path, encoding=enc, source_map=source_map, suppressions=suppressions)]
