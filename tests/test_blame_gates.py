"""positive/blame's gate words (_GATE_OF): a pattern is searched in a sentence only where one of its
words stands, so every match of the pattern must hold one of them, or the match is passed over. Checked
by sampling each pattern's own strings (random, seeded): five lists once left out matches with a comma or
a word of time between their pieces (不具合も、ありえません, 同じ内容のご連絡は今後、控えてください).
And the bits _blame_runs_by_sentence finds for a sentence are those of every gate word that stands in
it, whichever trie holds the word and whether the word itself is in a trie or only a shorter word of the
same pattern inside it (choices of speed alone, which must change nothing that is found)."""

from __future__ import annotations

import random
import sys

import replylint.checks.positive.blame  # noqa: F401  (the module, not the function the package exports)
from replylint.document import Sentence

from _regex_sampler import matches

B = sys.modules["replylint.checks.positive.blame"]


def test_every_match_holds_a_gate_word():
    for key, words in B._GATE_OF.items():
        matched = 0
        for _, m in matches(key, 600, seed=7):
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
