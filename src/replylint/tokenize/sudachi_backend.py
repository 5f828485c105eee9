"""SudachiPy with the sudachidict-core dictionary (split mode C)."""

from __future__ import annotations

import threading

from .base import RawToken

# Sudachi refuses input over about 49 KiB of UTF-8; lines are far shorter, but a
# pathological one-line file must not crash the linter.
_MAX_CHARS = 12000


class SudachiBackend:
    name = "sudachi"

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode

        self._dictionary = Dictionary(dict="core")
        make = getattr(self._dictionary, "tokenizer", None) or self._dictionary.create  # create(): before 0.7
        self._tokenizer = make(mode=SplitMode.C)
        # A Sudachi tokenizer raises if two threads use it at once; the API is thread-safe.
        self._lock = threading.Lock()

    def tokenize(self, text: str) -> list[RawToken]:
        if len(text) <= _MAX_CHARS:
            return self._tokenize_chunk(text, 0)
        out: list[RawToken] = []
        for offset in range(0, len(text), _MAX_CHARS):
            out.extend(self._tokenize_chunk(text[offset:offset + _MAX_CHARS], offset))
        return out

    def _tokenize_chunk(self, text: str, offset: int) -> list[RawToken]:
        out: list[RawToken] = []
        with self._lock:
            morphemes = self._tokenizer.tokenize(text)
        for m in morphemes:
            pos = m.part_of_speech()
            if pos[0] == "空白":
                continue
            out.append((m.surface(), m.dictionary_form(), m.normalized_form(), m.reading_form(),
                        (pos[0], pos[1], pos[2], pos[3]), pos[4], pos[5],
                        m.begin() + offset, m.end() + offset))
        return out
