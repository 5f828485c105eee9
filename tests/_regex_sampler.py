"""Random strings of a regex, drawn from its parsed form (re._parser): for the tests of the gates a
check writes by hand in front of a pattern (a word list, a small regex, a str.find), which must find
something in every match of the pattern, or the match is silently passed over.

The strings are what the pattern's pieces spell; a look-around's own text is spelled too, at random
(a look-behind's before the rest, a look-ahead's after it), so that the matches it guards are met; the
pattern, searched in the string, keeps only what it matches."""

from __future__ import annotations

import random
import re
from re import _constants as C, _parser

FILL = "のにはがをでとも、様客ご確認原因問題遅れため"  # (what a class that excludes some characters gives)

_DIGITS = "0123456789"
_WORD = "aZ5あア漢_"
_SPACES = " \n\t"  # (a tab too: NFKC leaves it, and a sentence may hold one)


def _category(cat, rng: random.Random, fill: str) -> str:
    """A character of the class \\d, \\w, \\s or of their complements."""
    if cat is C.CATEGORY_DIGIT:
        return rng.choice(_DIGITS)
    if cat is C.CATEGORY_SPACE:
        return rng.choice(_SPACES)
    if cat is C.CATEGORY_WORD:
        return rng.choice(_WORD)
    rx = re.compile({C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_NOT_SPACE: r"\S"}.get(cat, r"\W"))
    return rng.choice([c for c in fill if rx.fullmatch(c)] or ["\u3000"])


def _in_class(av, rng: random.Random, fill: str) -> str:
    """A character of the class `av` (a negated class: a character of `fill` outside it, where one is)."""
    if av and av[0][0] is C.NEGATE:
        rx = re.compile(_class_text(av))
        return rng.choice([c for c in fill if rx.fullmatch(c)] or ["\u3000"])
    kind, val = rng.choice(av)
    if kind is C.LITERAL:
        return chr(val)
    if kind is C.RANGE:
        return chr(rng.randint(*val))
    if kind is C.CATEGORY:
        return _category(val, rng, fill)
    return " "


def _class_text(av) -> str:
    """The class `av` written back as a regex (for the negated ones, whose members are tested)."""
    out = []
    for kind, val in av:
        if kind is C.NEGATE:
            out.append("^")
        elif kind is C.LITERAL:
            out.append(re.escape(chr(val)))
        elif kind is C.RANGE:
            out.append(re.escape(chr(val[0])) + "-" + re.escape(chr(val[1])))
        elif kind is C.CATEGORY:
            out.append({C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                        C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}[val])
    return "[" + "".join(out) + "]"


def spell(items, rng: random.Random, out: list, fill: str = FILL, groups: dict | None = None) -> None:
    """Append to `out` a random string of the parsed pattern `items`."""
    groups = {} if groups is None else groups
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL or op is C.ANY:
            out.append(rng.choice([c for c in fill if op is C.ANY or ord(c) != av] or ["\u3000"]))
        elif op is C.IN:
            out.append(_in_class(av, rng, fill))
        elif op is C.BRANCH:
            spell(rng.choice(av[1]), rng, out, fill, groups)
        elif op is C.SUBPATTERN:
            start = len(out)
            spell(av[3], rng, out, fill, groups)
            if av[0] is not None:
                groups[av[0]] = "".join(out[start:])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            for _ in range(rng.randint(lo, min(hi, lo + 3))):
                spell(sub, rng, out, fill, groups)
        elif op is C.ATOMIC_GROUP:
            spell(av, rng, out, fill, groups)
        elif op is C.GROUPREF:
            out.append(groups.get(av, ""))
        elif op is C.GROUPREF_EXISTS:
            group, yes, no = av
            spell(yes if group in groups else (no or []), rng, out, fill, groups)
        elif op is C.ASSERT and rng.random() < 0.5:
            # (a look-around's text, now and then: a look-behind then stands before the rest, and a
            # look-ahead's text after what came before it, as the next pieces may follow it)
            spell(av[1], rng, out, fill, groups)
        elif op is C.CATEGORY:
            out.append(_category(av, rng, fill))
        # (AT, ASSERT_NOT: nothing added)


def parse(pattern) -> tuple[re.Pattern, object]:
    """The compiled pattern and its parsed form, from a pattern, its text, or a lazy pattern."""
    text = getattr(pattern, "pattern", pattern)
    flags = getattr(pattern, "flags", 0)
    return re.compile(text, flags), _parser.parse(text, flags & ~re.UNICODE)


def sample(pattern, rng: random.Random, fill: str = FILL) -> str:
    """One random string of `pattern`."""
    out: list[str] = []
    spell(parse(pattern)[1], rng, out, fill)
    return "".join(out)


def matches(pattern, n: int = 600, seed: int = 7, fill: str = FILL, around: tuple[str, ...] = ("",)):
    """(text, match) for each match of `pattern` in `n` random strings of it, each put between a random
    pair of `around`'s texts (what a look-around may ask to see before or after)."""
    rx, tree = parse(pattern)
    rng = random.Random(seed)
    for _ in range(n):
        out: list[str] = []
        spell(tree, rng, out, fill)
        text = rng.choice(around) + "".join(out) + rng.choice(around)
        for m in rx.finditer(text):
            yield text, m


def searched_text(rx: re.Pattern, text: str, m: re.Match) -> str:
    """The shortest piece of `text` a search for `rx` finds `m` in: from its start to the first end
    at which the pattern still matches there as it did (past the match by what a look-ahead reads).
    A gate searched in a sentence must find its word in this piece of every match's sentence."""
    for end in range(m.end(), len(text) + 1):
        again = rx.match(text, m.start(), end)
        if again is not None and again.span() == m.span():
            return text[m.start():end]
    raise AssertionError((rx.pattern[:60], m.group()))
