"""Regex building blocks shared by the phrase matcher and the grammars of `acts`.

A grammar is a large alternation that runs on many sentences, most of which hold none of it.
`Grammar` puts a gate in front of it: a set of literal words one of which every match must
contain, worked out from the pattern itself, searched first as a trie. Only sentences that pass
the gate are searched with the full pattern, so the cost follows the sentences that could match.
"""

from __future__ import annotations

import re
from itertools import product

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


def trie_pattern(texts) -> str:
    """A regex for many literal texts, written as a trie (ロ(?:グ|ジスティクス)) so that the regex
    engine tries each next character once rather than every text in turn. At each start it
    matches the longest text, as a longest-first alternation does."""
    trie: dict = {}
    for text in texts:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}  # a text ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the text may end here, or go on (greedy: the longer text first)
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body


# -- required literals --------------------------------------------------------------------------
_MAX_WORDS = 400  # a finite piece with more spellings than this is not expanded


def required_words(pattern: str) -> frozenset[str] | None:
    """Literal words one of which every match of `pattern` contains, or None when the pattern
    has no such set (a match may consist of any characters). Sound by construction: it follows
    the parse tree, taking every branch of an alternation and only parts that must occur."""
    words, _lead = _required(_p.parse(pattern))
    return frozenset(words) if words else None


def required_words_and_lead(pattern: str) -> tuple[frozenset[str] | None, int | None]:
    """`required_words`, and the most characters a match can hold before the word it contains
    (None: no bound), so that a search can start that far before the first word it finds."""
    words, lead = _required(_p.parse(pattern))
    return (frozenset(words), lead) if words else (None, None)


def _width(items) -> int | None:
    """The most characters a piece of pattern can match (None: no bound)."""
    total = 0
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            w = 0
        elif op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            w = 1
        elif op is _c.SUBPATTERN:
            w = _width(av[-1])
        elif op is _c.BRANCH:
            ws = [_width(b) for b in av[1]]
            w = None if None in ws else max(ws)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            inner = _width(av[2])
            w = None if inner is None or av[1] == _c.MAXREPEAT else av[1] * inner
        else:
            w = None
        if w is None:
            return None
        total += w
    return total


def _finite(items) -> set[str] | None:
    """All the strings a piece of pattern can match, when they are few; else None."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            alts = {chr(av)}
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            alts = {chr(v) for _, v in av}
        elif op is _c.SUBPATTERN:
            alts = _finite(av[-1])
        elif op is _c.BRANCH:
            alts = set()
            for branch in av[1]:
                b = _finite(branch)
                if b is None:
                    return None
                alts |= b
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            inner = _finite(av[2])
            alts = None if inner is None else inner | {""}
        else:
            return None
        if alts is None or len(out) * len(alts) > _MAX_WORDS:
            return None
        out = {a + b for a, b in product(out, alts)}
    return out


def _required(items) -> tuple[set[str] | None, int | None]:
    """A set of words one of which a match of this sequence contains, and the most characters
    such a match holds before that word (None: no bound)."""
    candidates: list[tuple[set[str], int | None]] = []
    run: list = []  # consecutive finite items, expanded together into whole words
    run_at: int | None = 0  # the most characters before the run starts

    def close_run():
        # Expand the run into whole words, in pieces small enough to spell out.
        at = run_at
        piece: list = []
        for item in run + [None]:
            if piece and (item is None or _finite(piece + [item]) is None):
                words = _finite(piece)
                if words is not None and "" not in words:
                    candidates.append((words, at))
                elif words is None:
                    candidates.extend((w, at) for w, _lead in (_item(op, av) for op, av in piece) if w)
                at = None if at is None or _width(piece) is None else at + _width(piece)
                piece = []
            if item is not None:
                piece.append(item)
        run.clear()

    before: int | None = 0
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: neither adds nor breaks a word
        if _finite([(op, av)]) is not None:
            if not run:
                run_at = before
            run.append((op, av))
        else:
            close_run()
            words, lead = _item(op, av)
            if words:
                candidates.append((words, None if before is None or lead is None else before + lead))
        w = _width([(op, av)])
        before = None if before is None or w is None else before + w
    close_run()
    return _best(candidates)


def _item(op, av) -> tuple[set[str] | None, int | None]:
    if op is _c.LITERAL:
        return {chr(av)}, 0
    if op is _c.SUBPATTERN:
        return _required(av[-1])
    if op is _c.BRANCH:
        out: set[str] = set()
        leads: list[int | None] = []
        for branch in av[1]:
            words, lead = _required(branch)
            if not words:
                return None, None
            out |= words
            leads.append(lead)
        return out, None if None in leads else max(leads)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _required(av[2])
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}, 0
    return None, None


def _best(candidates: list[tuple[set[str], int | None]]) -> tuple[set[str] | None, int | None]:
    """The most selective of several sufficient sets: the one whose words are expected in the
    fewest sentences (see `_rate`); of two alike, the one nearer the start of a match."""
    candidates = [(c, lead) for c, lead in candidates if c and "" not in c]
    if not candidates:
        return None, None
    return min(candidates, key=lambda cl: (sum(map(_rate, cl[0])), -min(len(w) for w in cl[0]),
                                           10 ** 9 if cl[1] is None else cl[1]))


def _rate(word: str) -> float:
    """A rough share of sentences a word occurs in. Words of hiragana alone are the grammar of
    every sentence (します, ました, まで); words with a kanji or katakana (確認, 窓口, 傷) are rarer;
    longer words are rarer still."""
    content = any(not ("\u3041" <= ch <= "\u309f") for ch in word)
    return 0.02 / len(word) ** 2 if content else 0.3 / len(word)


def _unanchored(items) -> list:
    return [(op, av) for op, av in items if op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)]


def _common(word: str) -> bool:
    return len(word) == 1 and not ("\u4e00" <= word <= "\u9fff")


class Grammar:
    """A compiled pattern behind a gate of required words (see the module docstring). It has
    the methods of a compiled pattern that the checks use, with the same results."""

    __slots__ = ("regex", "gate", "lead", "pattern")

    def __init__(self, pattern: str, flags: int = 0, *, gate_from: str | None = None) -> None:
        """`gate_from`: a part the pattern is built to begin with (pattern = part + …), whose
        words make a better gate than the ones chosen from the whole."""
        self.regex = re.compile(pattern, flags)
        self.pattern = pattern
        if gate_from is not None and not pattern.startswith(gate_from):
            raise ValueError("gate_from must be the start of the pattern")
        # A pattern that only spells out words is as fast as its gate would be; and a gate with
        # a one-letter kana or Latin word passes almost every sentence (a single kanji such as
        # 傷 is rare enough).
        slow = not flags and _finite(_unanchored(_p.parse(pattern))) is None
        words, lead = required_words_and_lead(gate_from or pattern) if slow else (None, None)
        if words:  # any part of a required word is required too: drop the honorific お/ご
            trimmed = {w[1:] if w[0] in "おご" and len(w) > 2 else w for w in words}
            if trimmed != words:
                words, lead = trimmed, None if lead is None else lead + 1
        self.gate = re.compile(trie_pattern(sorted(words))) if words and not any(map(_common, words)) else None
        # A match holds at most this many characters before the gate's word: the full search
        # starts there, not at the start of the sentence.
        self.lead = lead if self.gate is not None else None

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        if endpos is None:
            endpos = len(string)
        gate = self.gate
        if gate is not None:
            word = gate.search(string, pos, endpos)
            if word is None:
                return None
            if self.lead is not None and word.start() - self.lead > pos:
                pos = word.start() - self.lead
        return self.regex.search(string, pos, endpos)

    # Matching at one place is quick already: no gate.
    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        return self.regex.match(string, pos) if endpos is None else self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None):
        return self.regex.fullmatch(string, pos) if endpos is None else self.regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        if endpos is None:
            endpos = len(string)
        gate = self.gate
        if gate is not None and gate.search(string, pos, endpos) is None:
            return iter(())
        return self.regex.finditer(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Grammar({self.pattern[:40]!r}…)"
