"""fugashi (MeCab) with the unidic-lite dictionary."""

from __future__ import annotations

import threading

from .token import Token

_new = tuple.__new__  # builds a Token without NamedTuple's keyword handling: this is the hot loop

# MeCab writes each word as five tab-separated fields with only what we read, one stream for
# the whole text, so that Python splits it once instead of walking node objects and their
# 26-field CSV (bench/tokenizers.py). Tabs and line breaks are spaces to MeCab, so no field
# holds one. The POS levels and conjugation come as one key, looked up in a small table.
# UniDic fields: f[0-3] POS, f[4] cType, f[5] cForm, f[7] lemma (lexeme, with a loanword's
# origin: サーバー-server), f[10] orthBase, f[17] kana; unknown words have only f[0-5]. MeCab
# prints "" for "*". fugashi strips trailing whitespace from the output: the EOS mark keeps
# the last word's empty fields.
_KEY = r"%f[0],%f[1],%f[2],%f[3],%f[4],%f[5]"
_NODE_FORMAT = rf"%m\\t{_KEY}\\t%f[10]\\t%f[7]\\t%f[17]\\t"
_UNK_FORMAT = rf"%m\\t{_KEY}\\t\\t\\t\\t"
_EOS = "EOS"
_MAX_CHARS = 1024  # longer texts (a sentence never is) are read in pieces of at most this many
_BREAKS = " \n\u3000。、!?,."


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a piece of `text` that must end in (lo, hi]: after the last space or
    punctuation mark there, else between the last two different characters, else at hi."""
    cut = max(text.rfind(ch, lo, hi) for ch in _BREAKS) + 1
    if cut > lo:
        return cut
    for i in range(hi - 1, lo, -1):
        if text[i] != text[i - 1]:
            return i
    return hi


def _tags(key: str) -> tuple:
    """(pos, ctype, cform, maybe_space) for one POS key; shared by every word with that key."""
    f = key.split(",")
    pos = (f[0], f[1] or "*", f[2] or "*", f[3] or "*")
    return pos, f[4] or "*", f[5] or "*", f[0] in ("空白", "補助記号")


class FugashiBackend:
    name = "fugashi"

    def __init__(self) -> None:
        import fugashi  # imported here so that choosing sudachi never loads MeCab
        import unidic_lite

        # unidic-lite's own dictionary, and no mecabrc: independent of any system MeCab setup.
        # -O "" drops the dictionary's output style so that our node format applies.
        self._tagger = fugashi.GenericTagger(
            f'-d "{unidic_lite.DICDIR}" -r /dev/null -O "" -F "{_NODE_FORMAT}" -U "{_UNK_FORMAT}" '
            f'-B "" -E "{_EOS}"')
        self._tags: dict[str, tuple] = {}
        # One tagger is not safe to share between threads; the API is, so every parse holds
        # this lock.
        self._lock = threading.Lock()

    def tokenize(self, text: str, base: int = 0) -> list[Token]:
        # MeCab reads a C string: a NUL would end it there, and the words after it would be lost.
        # It is a space to MeCab instead (no word), as it is to Sudachi, whose words we match.
        if "\x00" in text:
            text = text.replace("\x00", " ")
        if len(text) <= _MAX_CHARS:
            return self._tokenize(text, base)
        # MeCab's cost grows with the square of a run of one kind of unknown character (100,000 ×
        # 「 took 17 s): a long text is read in pieces, cut after a space or a punctuation mark when
        # one is near, else between two different characters, else anywhere.
        out: list[Token] = []
        offset = 0
        n = len(text)
        while offset < n:
            cut = n
            if n - offset > _MAX_CHARS:
                cut = _cut(text, offset + _MAX_CHARS // 2, offset + _MAX_CHARS)
            out.extend(self._tokenize(text[offset:cut], base + offset))
            offset = cut
        return out

    def _tokenize(self, text: str, base: int) -> list[Token]:
        with self._lock:
            fields = self._tagger.parse(text).split("\t")
        fields.pop()  # EOS
        out: list[Token] = []
        append = out.append
        find = text.find
        tags = self._tags
        pos = 0
        it = iter(fields)
        for surface, key, lemma, norm, reading in zip(it, it, it, it, it):
            start = find(surface, pos)  # MeCab skips spaces and line breaks
            pos = start + len(surface)
            t = tags.get(key)
            if t is None:
                t = tags[key] = _tags(key)
            # U+3000 and \r come back as words; whitespace is not a word.
            if t[3] and (t[0][0] == "空白" or surface.isspace()):
                continue
            if not lemma:  # unknown word
                lemma = surface
            if "-" in norm:  # サーバー-server
                norm = norm.split("-", 1)[0] or lemma
            elif not norm:
                norm = lemma
            a = base + start
            b = base + pos
            append(_new(Token, (surface, lemma, norm, reading, t[0], t[1], t[2], a, b, a, b)))
        return out
