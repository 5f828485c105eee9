"""positive/blame's gate words (_GATE_OF): a pattern is searched in a sentence only where one of its
words stands, so every match of the pattern must hold one of them, or the match is passed over. Checked
by sampling each pattern's own strings (random, seeded): five lists once left out matches with a comma or
a word of time between their pieces (不具合も、ありえません, 同じ内容のご連絡は今後、控えてください).
And the bits _blame_runs_by_sentence finds for a sentence are those of every gate word that stands in
it, whichever trie holds the word and whether the word itself is in a trie or only a shorter word of the
same pattern inside it (choices of speed alone, which must change nothing that is found)."""

from __future__ import annotations

import random
import re
import sys
from re import _constants as C, _parser

import replylint.checks.positive.blame  # noqa: F401  (the module, not the function the package exports)
from replylint.document import Sentence

B = sys.modules["replylint.checks.positive.blame"]

_FILL = "のにはがをでとも、様客ご確認原因問題遅れため"  # (what a class that excludes some characters gives)


def _sample(items, rng, out: list) -> None:
    """A random string of the parsed pattern `items` (look-arounds left out: the regex itself
    keeps only the strings it matches)."""
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL or op is C.ANY:
            out.append(rng.choice([c for c in _FILL if op is C.ANY or ord(c) != av]))
        elif op is C.IN:
            if av and av[0][0] is C.NEGATE:
                out.append(rng.choice(_FILL))
                continue
            kind, val = rng.choice(av)
            if kind is C.LITERAL:
                out.append(chr(val))
            elif kind is C.RANGE:
                out.append(chr(rng.randint(*val)))
            else:
                out.append(" ")
        elif op is C.BRANCH:
            _sample(rng.choice(av[1]), rng, out)
        elif op is C.SUBPATTERN:
            _sample(av[3], rng, out)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            for _ in range(rng.randint(lo, min(hi, lo + 3))):
                _sample(sub, rng, out)
        elif op is C.ATOMIC_GROUP:
            _sample(av, rng, out)
        # (AT, ASSERT, ASSERT_NOT, CATEGORY alone: nothing added)


def test_every_match_holds_a_gate_word():
    rng = random.Random(7)
    for key, words in B._GATE_OF.items():
        rx = re.compile(key)
        tree = _parser.parse(key)
        matched = 0
        for _ in range(600):
            out: list[str] = []
            _sample(tree, rng, out)
            text = "".join(out)
            for m in rx.finditer(text):
                matched += 1
                assert any(w in m.group() for w in words), (key[:60], m.group())
        assert matched, key[:80]  # (the sampler reaches the pattern)


# -- the tries find every gate word (_blame_words) ----------------------------------------------


def _direct_bits() -> dict[str, int]:
    """Each gate word with the bits of the patterns that need it (as _blame_words reads them)."""
    direct: dict[str, int] = {}
    for k, (rx, _, _) in enumerate(B._BLAME_RUNS):
        for w in B._GATE_OF.get(rx.pattern) or B.analysis(rx.gate_from or rx.pattern)["words"] or ():
            direct[w] = direct.get(w, 0) | 1 << k
    return direct


def _expected(text: str, direct: dict[str, int], always: int) -> int:
    found = always
    for w, bits in direct.items():
        if w in text:
            found |= bits
    return found


def _sentence(start: int, end: int) -> Sentence:
    return Sentence(start, end, start, end, 0, "body", True)


def test_tries_find_every_gate_word():
    direct = _direct_bits()
    tries, bits, always = B._blame_words()
    # (the tries hold a pattern's words that hold none of its shorter ones: a subset)
    assert set(bits) <= set(direct)
    words = sorted(direct)
    rng = random.Random(31)
    fillers = ["の", "お客様", "ご", "が", "、", "ため", "様", "です", "ません", "確認", "原因", "いた", "され", "な"]
    texts = []
    for _ in range(400):  # words run together, overlapping at their edges, with common fillers between
        parts = [rng.choice(words) if rng.random() < 0.5 else rng.choice(fillers) for _ in range(rng.randint(1, 8))]
        texts.append("".join(parts))
    texts += words  # each word alone
    for text in texts:
        got = B._blame_runs_by_sentence(text, [_sentence(0, len(text))])[0]
        assert got == _expected(text, direct, always), text
