"""Where the text a reply shows came from in its source file.

An HTML file is checked as the text a reader sees, so a finding's offsets point into that
text; a CI reporter (SARIF, annotations) must point into the file itself. A SourceMap takes an
offset of the shown text back to the source: `Reply.source_map` and `FileResult.source_map`
carry it, None when the text is the file's own text (offsets and lines are already the file's).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceMap:
    """Runs of shown text copied from the source in one piece: shown offset `text_starts[k]`
    onward came from source offset `source_starts[k]` onward (a collapsed run of spaces or an
    entity is a run of its own). `line_starts`: where each line of the source begins.
    `references`: source start → source end of each character reference (&amp; is 5 long)."""

    text_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    line_starts: tuple[int, ...]
    references: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, origins: list[int], source: str, references: dict[int, int] | None = None) -> SourceMap:
        """From the source offset of every shown character (and where each reference ends)."""
        text_starts: list[int] = []
        source_starts: list[int] = []
        prev = None
        for i, at in enumerate(origins):
            if prev is None or at != prev + 1:
                text_starts.append(i)
                source_starts.append(at)
            prev = at
        from ..document import line_spans  # the project's one notion of a line (LF, CRLF, CR)

        return cls(tuple(text_starts), tuple(source_starts), tuple(a for a, _ in line_spans(source)),
                   references or {})

    def source_offset(self, offset: int) -> int:
        """The source offset of the shown character at `offset`."""
        k = bisect_right(self.text_starts, offset) - 1
        if k < 0:
            return self.source_starts[0] if self.source_starts else 0
        return self.source_starts[k] + offset - self.text_starts[k]

    def position(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a source offset."""
        k = max(bisect_right(self.line_starts, source_offset) - 1, 0)
        return k + 1, source_offset - self.line_starts[k] + 1

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, column, end line, end column) in the source for the shown span [start, end):
        the end is just after the source of its last character — after the whole of a
        reference such as &amp; — and == start for an empty span."""
        first = self.source_offset(start)
        if end <= start:
            last = first
        else:
            last = self.source_offset(end - 1)
            last = self.references.get(last, last + 1)
        return (*self.position(first), *self.position(last))
