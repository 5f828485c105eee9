"""HTML (a Zendesk `comment_value_html`) → the plain text a customer reads.

Block tags (p, div, li, h1…, tr, blockquote…) and <br> become line breaks; entities are
decoded; runs of HTML whitespace (space, tab, newline — not the ideographic space U+3000)
become one space, except inside <pre>; <script> and <style> are dropped. Offsets of
findings point into this text, which is what the JSON contract asks for a reply.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


class _TextParser(HTMLParser):
    def __init__(self, keep_directives: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_directives = keep_directives
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0

    def _ends_line(self) -> bool:
        return not self.parts or self.parts[-1].endswith("\n")

    def _newline(self) -> None:
        if self.parts and self.parts[-1].endswith(" "):
            self.parts[-1] = self.parts[-1].rstrip(" ")
        self.parts.append("\n")

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

    def handle_comment(self, data):
        # replylint's own comments stay, on a line of their own, for suppress.from_comments to
        # read and blank out; every other comment goes, as a browser never shows it.
        if self.keep_directives and data.strip().startswith("replylint-") and "\n" not in data:
            self._break()
            self.parts.append(f"<!--{data}-->\n")

    def handle_data(self, data):
        if self.skip or not data:
            return
        if not self.pre:
            data = _HTML_SPACE.sub(" ", data)
            if self._ends_line():
                data = data.lstrip(" ")
        if data:
            self.parts.append(data)


def html_to_text(html: str, keep_directives: bool = False) -> str:
    """The text a reader sees. `keep_directives`: keep `<!-- replylint-… -->` comments (each on
    its own line) for the caller to turn into suppressions (see suppress.py)."""
    parser = _TextParser(keep_directives)
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).lstrip("\n").rstrip("\n ")
