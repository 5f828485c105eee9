"""The gates written by hand in front of a pattern (a word list, a small regex, a str.find, a check's
trigger): the pattern is searched only where the gate finds something, so every string the pattern
can match must hold what the gate looks for, or the match is silently passed over. Checked by sampling
each pattern's own strings (tests/_regex_sampler.py, seeded), each match read in the shortest piece of
its text a search finds it in (what a look-ahead reads past it included)."""

from __future__ import annotations

import re

from replylint.checks import template

from _regex_sampler import matches, searched_text


def _passed_over(pattern, gate, n: int = 2000, seed: int = 11) -> tuple[int, list[str]]:
    """How many matches of `pattern` the sampler met, and the texts of those `gate` (a test of a
    text) finds nothing in."""
    rx = re.compile(pattern.pattern, getattr(pattern, "flags", 0))
    met, missed = 0, []
    for text, m in matches(pattern, n, seed=seed):
        met += 1
        piece = searched_text(rx, text, m)
        if not gate(piece):
            missed.append(piece)
    return met, missed


def test_contradiction_trigger_holds_every_match_it_reports_from():
    """template/contradiction runs only on a reply its trigger finds something in: each pattern a part
    of it reports a match of (or reads the reply's only other date by) holds a match of the trigger.
    Its variant heads once held only 客様】 of the ends _VARIANT_CLOSE reads: 【乾燥肌のお客さま】 and
    [乾燥肌のお客様] were passed over."""
    trigger = template.contradiction.trigger
    for pattern in (template._ON_THE_DAY, template._DAY_OF, template._LIMIT, template._SEASON_OPENING, template._CONDOLENCE,
                    template._VARIANT_HEAD, template._WAIVED, template._NO_REPLY):
        met, missed = _passed_over(pattern, lambda t: trigger.search(t) is not None)
        assert met > 100 and missed == [], (pattern.pattern[:40], missed[:3])

