"""HTML (a Zendesk `comment_value_html`) → the plain text a customer reads.

Block tags (p, div, li, h1…, tr, blockquote…) and <br> become line breaks; entities are
decoded; runs of HTML whitespace (space, tab, newline — not the ideographic space U+3000)
become one space, except inside <pre>; <script> and <style> are dropped. Offsets of
findings point into this text, which is what the JSON contract asks for a reply;
`html_to_shown` also gives the SourceMap that takes them back into the HTML source.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .sourcemap import SourceMap

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_NEWLINE = re.compile("\n")


class _TextParser(HTMLParser):
    """Collects the shown text in pieces and, with `track`, each character's offset in the source."""

    def __init__(self, html: str, mark_quotes: bool, track: bool, keep_directives: bool = False) -> None:
        # To know where each character reference stood, they are decoded here, not by the
        # parser — which makes the parser twice as slow, so only when the map is wanted.
        super().__init__(convert_charrefs=not track)
        self.html = html
        self.mark_quotes = mark_quotes
        self.keep_directives = keep_directives
        self.quote = 0  # <blockquote> depth
        self.parts: list[str] = []  # never an empty string
        self.origins: list[int] | None = [] if track else None
        self.references: dict[int, int] = {}  # source start → end of each character reference
        if track:  # getpos() counts lines by \n only
            self.newline_ends = [0] + [m.end() for m in _NEWLINE.finditer(html)]
        self.skip = 0
        self.pre = 0

    def parse_marked_section(self, i, report=1):
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # Python ≤ 3.12 on <![junk[ …: a browser skips it as a bogus comment
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def _here(self) -> int:
        if self.origins is None:
            return 0
        line, column = self.getpos()
        return self.newline_ends[line - 1] + column

    def _ends_line(self) -> bool:
        return not self.parts or self.parts[-1].endswith("\n")

    def _newline(self) -> None:
        while self.parts and self.parts[-1].endswith(" "):  # no spaces at a line's end
            kept = self.parts[-1].rstrip(" ")
            if self.origins is not None:
                del self.origins[len(self.origins) - (len(self.parts[-1]) - len(kept)):]
            if kept:
                self.parts[-1] = kept
                break
            self.parts.pop()
        self._put("\n", self._here(), 0)

    def _break(self) -> None:
        if not self._ends_line():
            self._newline()

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "br":
            self._newline()
        elif tag in BLOCK_TAGS:
            self._break()
            if tag == "pre":
                self.pre += 1
            elif tag == "blockquote":
                self.quote += 1

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._newline()
        elif tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self._break()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            elif tag == "blockquote":
                self.quote = max(0, self.quote - 1)

    def handle_comment(self, data):
        # replylint's own comments stay, on a line of their own, for suppress.from_comments to
        # read and blank out; every other comment goes, as a browser never shows it.
        if self.keep_directives and data.strip().startswith("replylint-") and "\n" not in data:
            self._break()
            self._put(f"<!--{data}-->\n", self._here(), 1)

    def handle_data(self, data):
        self._add(data, self._here(), 1)

    def handle_entityref(self, name):
        self._reference(name, "&")

    def handle_charref(self, name):
        self._reference(name, "&#")

    def _reference(self, name: str, lead: str) -> None:
        """&amp; &#12354; &#x3042; (and &amp without its semicolon, as browsers read it)."""
        at = self._here()
        raw = lead + name
        if self.html.startswith(";", at + len(raw)):
            raw += ";"
        self.references[at] = at + len(raw)
        self._add(html.unescape(raw), at, 0)

    def _add(self, data: str, at: int, step: int) -> None:
        """Shown text from `data`, whose character i stands at source offset at + i * step."""
        if self.skip or not data:
            return
        if self.pre:  # kept as it is, line by line (each may need its quote marks)
            i = 0
            for line in data.splitlines(keepends=True):
                self._put(line, at + i * step, step)
                i += len(line)
            return
        if self.origins is None:  # the same as below, in one step when no offsets are kept
            data = _HTML_SPACE.sub(" ", data)
            data = data.lstrip(" ") if self._ends_line() else data
            if data:
                self._put(data, 0, 1)
            return
        i = 0
        for m in _HTML_SPACE.finditer(data):
            if i < m.start():
                self._put(data[i:m.start()], at + i * step, step)
            if not self._ends_line():  # a run of spaces is one space, none at a line's start
                self._put(" ", at + m.start() * step, 0)
            i = m.end()
        if i < len(data):
            self._put(data[i:], at + i * step, step)

    def _put(self, piece: str, at: int, step: int) -> None:
        """Append a piece of shown text; its character i stands at source offset at + i * step."""
        if self.mark_quotes and self.quote and piece != "\n" and self._ends_line():
            # A quoted message's lines start with "> ", as in plain-text mail, so that the
            # reply's parts see them as quoted (the marks stand where the line's text does).
            marks = "> " * self.quote
            self.parts.append(marks)
            if self.origins is not None:
                self.origins.extend([at] * len(marks))
        self.parts.append(piece)
        if self.origins is not None:
            self.origins.extend(range(at, at + len(piece)) if step else [at] * len(piece))


def html_to_text(source: str, mark_quotes: bool = False, keep_directives: bool = False) -> str:
    """The text a reader sees (see html_to_shown), without the map back to the source.
    `keep_directives`: keep `<!-- replylint-… -->` comments (each on its own line) for the
    caller to turn into suppressions (see suppress.py)."""
    return _parse(source, mark_quotes, False, keep_directives)[0]


def html_to_shown(source: str, mark_quotes: bool = False, keep_directives: bool = False) -> tuple[str, SourceMap]:
    """The text a reader sees, and where each of its characters stands in `source`.
    `mark_quotes`: lines inside <blockquote> start with "> " (a mail's quoted history)."""
    text, origins, references = _parse(source, mark_quotes, True, keep_directives)
    return text, SourceMap.build(origins, source, references)


def _parse(source: str, mark_quotes: bool, track: bool,
           keep_directives: bool = False) -> tuple[str, list[int], dict[int, int]]:
    """The shown text, its characters' source offsets and where each character reference ends
    (empty unless `track`): without blank lines at the start nor line breaks and spaces at the end."""
    parser = _TextParser(source, mark_quotes, track, keep_directives)
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    a = len(text) - len(text.lstrip("\n"))
    b = len(text.rstrip("\n "))
    return text[a:max(a, b)], (parser.origins or [])[a:max(a, b)], parser.references
