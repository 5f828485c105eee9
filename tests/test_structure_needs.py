"""The words the structure checks test a sentence for before they ask an act of it
(structure._NEEDS_*): every match of the act must hold one of them, or a sentence the act
matches would be passed over. Proved on each pattern's parse tree, as regexes.required_words
reads it: sound by construction, so a pattern edited later that can match without the words
fails here."""

from __future__ import annotations

import re

import pytest

from replylint import acts, regexes
from replylint.checks import structure

_p, _c = regexes._p, regexes._c


def _sequence_holds(items, words) -> bool:
    """Every match of this sequence of parse items holds one of `words`: a run of items with few
    spellings (regexes._finite) each of which holds one, or one item that always does."""
    items = [(op, av) for op, av in items if op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)]  # (zero-width)
    for i in range(len(items)):
        for j in range(i + 1, len(items) + 1):
            spelled = regexes._finite(items[i:j])
            if spelled is None:
                break
            if spelled and all(any(w in text for w in words) for text in spelled):
                return True
    return any(_item_holds(op, av, words) for op, av in items)


def _item_holds(op, av, words) -> bool:
    if op is _c.SUBPATTERN:
        return _sequence_holds(av[-1], words)
    if op is _c.BRANCH:
        return all(_sequence_holds(branch, words) for branch in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _sequence_holds(av[2], words)
    return False


def holds_one_of(pattern: str, words) -> bool:
    parsed = _p.parse(pattern)
    return not parsed.state.flags & (re.IGNORECASE | re.VERBOSE) and _sequence_holds(list(parsed), tuple(words))


NEEDS = {
    "NEXT_CONTACT": structure._NEEDS_NEXT_CONTACT,
    "MORE_HELP": structure._NEEDS_MORE_HELP,
    "HOW_WE_ANSWER": structure._NEEDS_HOW_WE_ANSWER,
    "WITH_THEM": structure._NEEDS_WITH_THEM,
    "GOODS_AWAITED": (structure._NEEDS_GOODS_AWAITED,),
    "WAIT_ASKED_LAST": (structure._NEEDS_WAIT_ASKED_LAST,),
    "CONTACT_ASKED": structure._NEEDS_CONTACT_ASKED,
    "STEP_ON_CONDITION": structure._NEEDS_STEP_ON_CONDITION,
    "AWAITS_REPLY": structure._NEEDS_AWAITS_REPLY,
    "SERVICE_PROMISE": structure._NEEDS_SERVICE_PROMISE,
    "HOLD_ON": structure._NEEDS_HOLD_ON,
    "THANKS_FOR_REPLY": structure._NEEDS_THANKS_FOR_REPLY,
    "CLOSING_APOLOGY": structure._NEEDS_CLOSING_APOLOGY,
    "CHOICE_ASKED": (structure._NEEDS_CHOICE_ASKED,),
    "WISH_ASKED": structure._NEEDS_WISH_ASKED,
    "REASSURED": structure._NEEDS_REASSURED,
    "DEED_AT_WISH": structure._NEEDS_DEED_AT_WISH,
    "CHAT_SIGN_OFF": structure._NEEDS_CHAT_SIGN_OFF,
    "HANDED_OVER": structure._NEEDS_HANDED_OVER,
    "SEND_HERE": structure._NEEDS_SEND_HERE,
    "ACT_ON_THEIR_WORD": structure._NEEDS_ACT_ON_THEIR_WORD,
    "RELIEVED": structure._NEEDS_RELIEVED,
    "CHAT_ENDS": acts.CHAT_ENDS_NEEDS,
    "MATTER_ENDS": acts.MATTER_ENDS_NEEDS,
}


@pytest.mark.parametrize("name", sorted(NEEDS))
def test_every_match_of_the_act_holds_one_of_its_words(name):
    assert holds_one_of(getattr(acts, name).pattern, NEEDS[name])


def test_the_proof_rejects_words_a_match_can_do_without():
    assert not holds_one_of(acts.NEXT_CONTACT.pattern, ("します",))  # (申し上げます holds none)
    assert not holds_one_of(acts.CLOSING_APOLOGY.pattern, ("行き違い", "わび", "詫び", "訳", "失礼"))  # (申しわけ)
    assert holds_one_of(r"(?:ab|cb)d", ("b",)) and not holds_one_of(r"a?b", ("a",))


def test_the_letters_a_letter_may_open_with_are_every_head_words_first():
    """greeting/addressee looks for these letters before it asks Document.letter_head, and for
    様に, さまに or 殿に before _named_in_opening's search."""
    import inspect

    source = inspect.getsource(structure.addressee)
    assert sorted(set(re.findall(r'"(.)" in span', source))) == sorted(acts.HEAD_WORD_FIRSTS)
    assert holds_one_of(structure._NAMED_IN_OPENING.pattern, ("様に", "さまに", "殿に"))


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern, each as its parse tree prints."""
    parsed = list(_p.parse(pattern))
    if len(parsed) == 1 and parsed[0][0] is _c.BRANCH:
        return [str(branch) for branch in parsed[0][1][1]]
    return [str(parsed)]


def test_every_farewell_is_a_closing():
    """structure._takes_leave asks FAREWELL only of a sentence CLOSING matches in: each of
    FAREWELL's alternatives is one of CLOSING's, so where FAREWELL matches, CLOSING does."""
    closing = set(_alternatives(acts.CLOSING.pattern))
    farewell = _alternatives(acts.FAREWELL.pattern)
    assert len(farewell) > 1 and all(alternative in closing for alternative in farewell)
    assert not all(alternative in set(farewell) for alternative in closing)  # (the proof tells them apart)
