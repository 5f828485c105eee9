"""fugashi (MeCab) with the unidic-lite dictionary."""

from __future__ import annotations

import csv
import threading

from .token import Token

_STAR = "*"
_new = tuple.__new__  # builds a Token without NamedTuple's keyword handling: this is the hot loop


class FugashiBackend:
    name = "fugashi"

    def __init__(self) -> None:
        import fugashi  # imported here so that choosing sudachi never loads MeCab
        import unidic_lite

        # unidic-lite's own dictionary, and no mecabrc: independent of any system MeCab setup.
        self._tagger = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null')
        # A MeCab tagger's nodes are only valid until its next parse, and one tagger is not
        # safe to share between threads; the API is, so every parse holds this lock.
        self._lock = threading.Lock()

    def tokenize(self, text: str, base: int = 0) -> list[Token]:
        out: list[Token] = []
        append = out.append
        find = text.find
        pos = 0
        with self._lock:
            for node in self._tagger(text):
                surface = node.surface
                start = find(surface, pos)  # MeCab skips spaces and line breaks
                pos = start + len(surface)
                # Splitting feature_raw is much cheaper than building node.feature (see
                # bench/tokenizers.py); only a word that is or holds a comma or a quote has
                # quoted fields among the first 18.
                if "," in surface or '"' in surface:
                    f = next(csv.reader([node.feature_raw]))
                else:
                    f = node.feature_raw.split(",", 18)
                # U+3000 and \r come back as tokens; whitespace is not a word.
                if f[0] == "空白" or (f[0] == "補助記号" and surface.isspace()):
                    continue
                if len(f) > 17:
                    lemma = f[10] or surface
                    # UniDic tags loanword lexemes with their origin (サーバー-server).
                    norm = f[7]
                    if "-" in norm:
                        norm = norm.split("-", 1)[0] or lemma
                    elif norm == _STAR or not norm:
                        norm = lemma
                    reading = f[17] if f[17] != _STAR else ""
                else:  # unknown word: only the POS and conjugation fields are present
                    lemma = norm = surface
                    reading = ""
                a = base + start
                b = base + pos
                append(_new(Token, (surface, lemma, norm, reading, (f[0], f[1], f[2], f[3]), f[4], f[5],
                                    a, b, a, b)))
        return out
