"""positive/blame's gate words (_GATE_OF): a pattern is searched in a sentence only where one of its
words stands, so every match of the pattern must hold one of them, or the match is passed over. Checked
by sampling each pattern's own strings (random, seeded): five lists once left out matches with a comma or
a word of time between their pieces (不具合も、ありえません, 同じ内容のご連絡は今後、控えてください)."""

from __future__ import annotations

import sys

import replylint.checks.positive.blame  # noqa: F401  (the module, not the function the package exports)

from _regex_sampler import matches

B = sys.modules["replylint.checks.positive.blame"]


def test_every_match_holds_a_gate_word():
    for key, words in B._GATE_OF.items():
        matched = 0
        for _, m in matches(key, 600, seed=7):
            matched += 1
            assert any(w in m.group() for w in words), (key[:60], m.group())
        assert matched, key[:80]  # (the sampler reaches the pattern)
