"""Where a finding is, in the terms CI formats use: the input's name and the span's end."""

from __future__ import annotations

from ..document import _LINE_BREAK
from ..finding import Finding


def where(path: str, locator: str | None) -> str:
    """`path`, or `path[locator]` for one reply of a library (as the text output names it)."""
    return f"{path}[{locator}]" if locator else path


def end_position(text: str, f: Finding) -> tuple[int, int]:
    """(line, column) just past the finding's span, 1-based, columns in code points."""
    span = text[f.start:f.end]
    last = None
    count = 0
    for last in _LINE_BREAK.finditer(span):
        count += 1
    if last is None:
        return f.line, f.column + len(span)
    return f.line + count, len(span) - last.end() + 1


def inside_entry(locator: str, f: Finding, message: str) -> str:
    """A message for a reply of a library, whose own line in the file is not known: the
    reply's locator and the place inside the reply come first."""
    return f"[{locator}] {f.line}行目 {f.column}桁: {message}"


def with_suggestion(f: Finding) -> str:
    """The message, and the suggestion when there is one (formats with one text field)."""
    return f"{f.message}（提案: {f.suggestion}）" if f.suggestion else f.message
