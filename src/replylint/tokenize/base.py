"""The interface both tokenizer backends implement."""

from __future__ import annotations

from typing import Protocol

# A raw token from a backend, before offsets are mapped to the original text:
# (surface, lemma, norm, reading, pos, ctype, cform, start, end) with start/end in the
# string that was tokenized.
RawToken = tuple[str, str, str, str, tuple[str, str, str, str], str, str, int, int]


class Backend(Protocol):
    name: str

    def tokenize(self, text: str) -> list[RawToken]:
        """Tokenize one line (no line breaks); whitespace is skipped, offsets are into `text`."""
        ...
