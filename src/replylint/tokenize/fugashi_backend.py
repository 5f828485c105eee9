"""fugashi (MeCab) with the unidic-lite dictionary."""

from __future__ import annotations

import csv
import threading

from .base import RawToken

_STAR = "*"


def _fields(feature_raw: str) -> list[str]:
    # Splitting feature_raw is much cheaper than building node.feature; only a few
    # entries (a comma as surface) are quoted and need the csv parser.
    if '"' in feature_raw:
        return next(csv.reader([feature_raw]))
    return feature_raw.split(",", 18)


class FugashiBackend:
    name = "fugashi"

    def __init__(self) -> None:
        import fugashi  # imported here so that choosing sudachi never loads MeCab
        import unidic_lite

        # unidic-lite's own mecabrc keeps the tagger independent of any system MeCab setup.
        self._tagger = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null')
        # One MeCab tagger is not safe to share between threads; the API is.
        self._lock = threading.Lock()

    def tokenize(self, text: str) -> list[RawToken]:
        with self._lock:
            nodes = [(n.surface, n.white_space, n.feature_raw) for n in self._tagger(text)]
        out: list[RawToken] = []
        pos = 0
        for surface, white_space, feature_raw in nodes:
            pos += len(white_space)
            start = pos
            end = pos = start + len(surface)
            f = _fields(feature_raw)
            # MeCab drops spaces but keeps U+3000 as a token; either way whitespace is not a word.
            if f[0] == "空白":
                continue
            if len(f) > 17:
                lemma = f[10] or surface
                # UniDic tags loanword lexemes with their origin (サーバー-server).
                norm = (f[7].split("-", 1)[0] if f[7] != _STAR else "") or lemma
                reading = f[17] if f[17] != _STAR else ""
            else:  # unknown word: only the POS fields are present
                lemma = norm = surface
                reading = ""
            out.append((surface, lemma, norm, reading, (f[0], f[1], f[2], f[3]), f[4], f[5], start, end))
        return out
