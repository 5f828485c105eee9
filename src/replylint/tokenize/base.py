"""The interface both tokenizer backends implement."""

from __future__ import annotations

from typing import Protocol

from .token import Token


class Backend(Protocol):
    name: str

    def tokenize(self, text: str, base: int = 0) -> list[Token]:
        """Tokenize `text` (it may hold line breaks); whitespace yields no token.

        Offsets are `base` + the position in `text`, in both the (start, end) and the
        (nstart, nend) pair; the caller maps start/end to the original text when they differ.
        """
        ...
