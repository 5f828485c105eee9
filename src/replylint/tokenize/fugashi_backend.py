"""fugashi (MeCab) with the unidic-lite dictionary."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

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

    def spellings(self, lemma: str) -> frozenset[str] | None:
        """Every surface of a dictionary word whose `Token.norm` is `lemma` (止める: 止め, 留め, とめ,
        辞め …), or None when the shipped table was not written for this dictionary or lacks
        the lemma. An unknown word is no such word: it does not inflect. The phrase matcher gates
        its token phrases' anchors with them (see matcher.PhraseMatcher)."""
        _spellings_asked.add(lemma)
        found = _spelling_table().get(lemma)
        return None if found is None else frozenset(found)

    def tokenize_phrase(self, text: str) -> list[Token]:
        """`tokenize(text)` for a phrase of a rule pack, which the phrase matcher tokenizes when it
        is built. MeCab's output for the shipped packs' phrases is read from a table written ahead
        of time for this dictionary and node format (tokenize/phrases.json): tokenizing the 1,500
        of them at every start took 16 ms and touched 50 MB of the dictionary (1,600 page faults)
        that a draft's own words mostly never reach. Another phrase is tokenized."""
        _phrases_asked.add(text)
        stream = _phrase_table().get(text)
        if stream is None:
            return self.tokenize(text)
        return self._words(text, stream, 0)

    def _tokenize(self, text: str, base: int) -> list[Token]:
        with self._lock:
            stream = self._tagger.parse(text)
        return self._words(text, stream, base)

    def _words(self, text: str, stream: str, base: int) -> list[Token]:
        """The tokens of MeCab's output `stream` for `text` (see _NODE_FORMAT)."""
        fields = stream.split("\t")
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


# -- the spellings of a lexeme ------------------------------------------------------------------
# The dictionary's surfaces of a few lexemes, worked out ahead of time from unidic-lite's sys.dic
# (reading it takes seconds) for the lemmas the shipped phrases ask for, and shipped with the
# dictionary's identity: another dictionary, or a lemma not in the file, has no table.
# `python -c "import replylint.regexes as r; r.write_gates()"` writes it again;
# tests/test_regexes.py checks it against the dictionary.
_SPELLINGS_FILE = Path(__file__).with_name("spellings.json")
_spellings: dict | None = None
_spellings_asked: set[str] = set()  # lemmas asked for, this process


def dictionary_id() -> str:
    """unidic-lite's version and the size of its sys.dic."""
    import unidic_lite

    dicdir = Path(unidic_lite.DICDIR)
    version = (dicdir / "version").read_text(encoding="utf-8").strip()
    return f"unidic-lite {version} {(dicdir / 'sys.dic').stat().st_size}"


# -- MeCab's output for the shipped phrases ------------------------------------------------------
# Written by write_gates (and packs.write_parsed) for every phrase the built-in packs have the
# matcher tokenize, with the dictionary's identity and the node format: another dictionary or
# format, or a phrase not in the file, is tokenized. tests/test_matcher.py checks it.
_PHRASES_FILE = Path(__file__).with_name("phrases.json")
_phrases: dict | None = None
_phrases_asked: set[str] = set()  # phrases tokenized through tokenize_phrase, this process


def _phrase_format() -> str:
    return f"{dictionary_id()} {_NODE_FORMAT} {_UNK_FORMAT} {_EOS}"


def _phrase_table() -> dict:
    global _phrases
    if _phrases is None:
        _phrases = {}
        try:
            stored = json.loads(_PHRASES_FILE.read_text(encoding="utf-8"))
            if stored.get("format") == _phrase_format():
                _phrases = stored["phrases"]
        except (OSError, ValueError, KeyError, AttributeError):
            pass
    return _phrases


def write_phrases(texts=None) -> int:
    """Write MeCab's output for `texts` (default: every phrase asked for in this process) to the
    shipped table, for this dictionary and node format."""
    global _phrases
    backend = FugashiBackend()
    table = {}
    for text in sorted(_phrases_asked if texts is None else texts):
        if "\x00" not in text and len(text) <= _MAX_CHARS:  # (tokenize cuts or cleans the others)
            table[text] = backend._tagger.parse(text)
    _PHRASES_FILE.write_text(json.dumps({"format": _phrase_format(), "phrases": table}, ensure_ascii=False,
                                        indent=0, sort_keys=True) + "\n", encoding="utf-8")
    _phrases = table
    return len(table)


def _spelling_table() -> dict:
    global _spellings
    if _spellings is None:
        _spellings = {}
        try:
            stored = json.loads(_SPELLINGS_FILE.read_text(encoding="utf-8"))
            if stored.get("dictionary") == dictionary_id():
                _spellings = stored["lemmas"]
        except (OSError, ValueError, KeyError, AttributeError):
            pass
    return _spellings


def read_spellings(lemmas) -> dict[str, list[str]]:
    """{lemma: its surfaces}, read from sys.dic. A word's features are stored there as
    NUL-terminated CSV (pos1-4, cType, cForm, lForm, lemma, orth, …, orthBase as field 10), and
    a dictionary word's surface is its orth (UniDic writes them alike). Token.norm is the lemma
    without a loanword's origin (サーバー-server), or orthBase when the lemma is empty."""
    import unidic_lite

    lemmas = set(lemmas)
    out: dict[str, set[str]] = {lemma: set() for lemma in lemmas}
    data = (Path(unidic_lite.DICDIR) / "sys.dic").read_bytes()
    # Fields 0-6 hold no comma. Any word whose field 7 or field 10 could give one of the lemmas.
    words = b"|".join(re.escape(w.encode("utf-8")) for w in sorted(lemmas))
    rx = re.compile(rb"\x00((?:[^\x00,]*,){7})([^\x00,]*),([^\x00,]*),([^\x00]*)")
    probe = re.compile(rb"(?:" + words + rb")")
    for m in rx.finditer(data):
        if not probe.search(m.group(0)):
            continue
        lemma, orth, rest = (g.decode("utf-8", "replace") for g in m.group(2, 3, 4))
        fields = rest.split(",")
        orth_base = fields[1] if len(fields) > 1 else ""
        if "-" in lemma:
            norm = lemma.split("-", 1)[0] or orth_base or orth
        else:
            norm = lemma or orth_base or orth
        if norm in out:
            out[norm].add(orth)
    return {lemma: sorted(found) for lemma, found in sorted(out.items())}


def write_spellings(lemmas=None) -> int:
    """Write the spellings of `lemmas` (default: every lemma asked for in this process) to the
    shipped table, for this dictionary."""
    table = read_spellings(_spellings_asked if lemmas is None else lemmas)
    _SPELLINGS_FILE.write_text(json.dumps({"dictionary": dictionary_id(), "lemmas": table}, ensure_ascii=False,
                                          indent=0, sort_keys=True) + "\n", encoding="utf-8")
    global _spellings
    _spellings = table
    return len(table)
