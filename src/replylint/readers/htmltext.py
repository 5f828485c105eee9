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
    """Collects the shown characters and, for each, its offset in the source."""

    def __init__(self, html: str, mark_quotes: bool, keep_directives: bool = False) -> None:
        # Character references are decoded here, not by the parser, to know where each stood.
        super().__init__(convert_charrefs=False)
        self.html = html
        self.mark_quotes = mark_quotes
        self.keep_directives = keep_directives
        self.quote = 0  # <blockquote> depth
        self.newline_ends = [0] + [m.end() for m in _NEWLINE.finditer(html)]  # getpos counts \n only
        self.chars: list[str] = []
        self.origins: list[int] = []
        self.skip = 0
        self.pre = 0

    def parse_marked_section(self, i, report=1):
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # Python ≤ 3.12 on <![junk[ …: a browser skips it as a bogus comment
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def _here(self) -> int:
        line, column = self.getpos()
        return self.newline_ends[line - 1] + column

    def _ends_line(self) -> bool:
        return not self.chars or self.chars[-1] == "\n"

    def _newline(self) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.origins.pop()
        self.chars.append("\n")
        self.origins.append(self._here())

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
            at = self._here()
            kept = f"<!--{data}-->\n"
            self.chars.extend(kept)
            self.origins.extend(range(at, at + len(kept)))

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
        self._add(html.unescape(raw), at, 0)

    def _add(self, data: str, at: int, step: int) -> None:
        """Shown text from `data`, whose character i stands at source offset at + i * step."""
        if self.skip or not data:
            return
        if self.pre:
            self._add_run(data, 0, len(data), at, step)
            return
        i = 0
        for m in _HTML_SPACE.finditer(data):
            self._add_run(data, i, m.start(), at, step)
            if not self._ends_line():  # a run of spaces is one space, none at a line's start
                self.chars.append(" ")
                self.origins.append(at + m.start() * step)
            i = m.end()
        self._add_run(data, i, len(data), at, step)

    def _add_run(self, data: str, a: int, b: int, at: int, step: int) -> None:
        if a >= b:
            return
        if self.mark_quotes and self.quote and self._ends_line():
            # A quoted message's lines start with "> ", as in plain-text mail, so that the
            # reply's parts see them as quoted (the marks stand where the line's text does).
            self.chars.extend("> " * self.quote)
            self.origins.extend([at + a * step] * (2 * self.quote))
        self.chars.extend(data[a:b])
        self.origins.extend(range(at + a, at + b) if step else [at] * (b - a))


def html_to_text(source: str, mark_quotes: bool = False, keep_directives: bool = False) -> str:
    """The text a reader sees (see html_to_shown), without the map back to the source."""
    parser, a, b = _parse(source, mark_quotes, keep_directives)
    return "".join(parser.chars[a:b])


def html_to_shown(source: str, mark_quotes: bool = False, keep_directives: bool = False) -> tuple[str, SourceMap]:
    """The text a reader sees, and where each of its characters stands in `source`.
    `mark_quotes`: lines inside <blockquote> start with "> " (a mail's quoted history).
    `keep_directives`: keep `<!-- replylint-… -->` comments (each on its own line) for the
    caller to turn into suppressions (see suppress.py)."""
    parser, a, b = _parse(source, mark_quotes, keep_directives)
    return "".join(parser.chars[a:b]), SourceMap.build(parser.origins[a:b], source)


def _parse(source: str, mark_quotes: bool, keep_directives: bool) -> tuple[_TextParser, int, int]:
    """The parser after reading `source`, and the span of its characters that is shown (blank
    lines at the start, line breaks and spaces at the end are not)."""
    parser = _TextParser(source, mark_quotes, keep_directives)
    parser.feed(source)
    parser.close()
    chars = parser.chars
    a, b = 0, len(chars)
    while a < b and chars[a] == "\n":
        a += 1
    while b > a and chars[b - 1] in "\n ":
        b -= 1
    return parser, a, b
