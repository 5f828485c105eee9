"""SudachiPy with the sudachidict-core dictionary (split mode C)."""

from __future__ import annotations

import threading

from .token import Token

# Sudachi refuses input over about 49 KiB of UTF-8; long inputs are cut at line breaks.
_MAX_CHARS = 12000
_FIELDS = {"pos", "dictionary_form", "normalized_form", "reading_form"}
_new = tuple.__new__


class SudachiBackend:
    name = "sudachi"

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode

        self._dictionary = Dictionary(dict="core")
        if hasattr(self._dictionary, "tokenizer"):  # 0.7+: load only the fields we read
            self._tokenizer = self._dictionary.tokenizer(mode=SplitMode.C, fields=_FIELDS)
        else:
            self._tokenizer = self._dictionary.create(mode=SplitMode.C)
        # A Sudachi tokenizer raises if two threads use it at once; the API is thread-safe.
        self._lock = threading.Lock()

    def tokenize(self, text: str, base: int = 0) -> list[Token]:
        out: list[Token] = []
        offset = 0
        while offset < len(text):
            cut = len(text)
            if cut - offset > _MAX_CHARS:
                cut = text.rfind("\n", offset, offset + _MAX_CHARS) + 1 or offset + _MAX_CHARS
            self._tokenize_chunk(text[offset:cut], base + offset, out)
            offset = cut
        return out

    def _tokenize_chunk(self, text: str, base: int, out: list[Token]) -> None:
        append = out.append
        with self._lock:
            for m in self._tokenizer.tokenize(text):
                pos = m.part_of_speech()
                if pos[0] == "空白" or (pos[0] == "補助記号" and m.surface().isspace()):
                    continue
                a = base + m.begin()
                b = base + m.end()
                append(_new(Token, (m.surface(), m.dictionary_form(), m.normalized_form(), m.reading_form(),
                                    pos[:4], pos[4], pos[5], a, b, a, b)))
