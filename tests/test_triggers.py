"""Triggers only save work: with them and without them, every reply gets the same findings.

A check's trigger (`engine.triggered_by`) must be held by every sentence the check can report
from. A trigger that is too narrow would silently drop findings, so each example, labeled
reply and clean reply we have is linted both ways, under both tokenizers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from replylint.api import load_rules
from replylint.config import Config
from replylint.document import parse
from replylint.engine import Engine
from replylint.tokenize import get_backend

from conftest import CORPUS, ROOT


def _replies() -> list[tuple[str, str, str, bool]]:
    """(text, channel, mode, first_message) for every reply the project ships."""
    out = []
    for spec in load_rules(Config()):
        for ex in spec.valid + spec.invalid:
            out.append((ex.text, ex.channel, ex.mode, ex.first_message))
        for ch in spec.channels:
            out += [(spec.docs.example, ch, "draft", True), (spec.docs.instead, ch, "draft", True)]
    for path in sorted(CORPUS.glob("*.jsonl")) + sorted((ROOT / "heldout").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["text"], row.get("channel", "email"), "draft", True))
    for path in sorted((CORPUS / "clean").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt")):
        channel = path.name.split("-")[0] if path.name.split("-")[0] in ("email", "chat", "sns") else "email"
        out.append((path.read_text("utf-8"), channel, "draft", True))
    return out


REPLIES = _replies()


@pytest.mark.parametrize("backend_name", ["fugashi", "sudachi"])
def test_findings_are_the_same_with_and_without_triggers(backend_name):
    backend = get_backend(backend_name)
    specs = load_rules(Config())
    fast = Engine(specs, backend, Config())
    full = Engine(specs, backend, Config(), use_triggers=False)
    assert len(REPLIES) > 1000
    differ = []
    for text, channel, mode, first in REPLIES:
        with_triggers = fast.run(parse(text, backend, channel, mode=mode, first_message=first))
        without = full.run(parse(text, backend, channel, mode=mode, first_message=first))
        if with_triggers != without:
            differ.append((text[:60], {f.rule for f in set(with_triggers) ^ set(without)}))
    assert not differ, differ[:5]


def test_most_checks_declare_a_trigger_and_it_is_used():
    """The engine hands each check its trigger, or None when triggers are off."""
    specs = load_rules(Config())
    backend = get_backend("fugashi")
    fast = Engine(specs, backend, Config())
    full = Engine(specs, backend, Config(), use_triggers=False)
    with_trigger = [a for a in fast._plans["email"] if a.ctx.trigger is not None]
    assert len(with_trigger) >= 15
    assert all(a.ctx.trigger is None for a in full._plans["email"])


@pytest.mark.parametrize("backend_name", ["fugashi", "sudachi"])
def test_endings_read_from_the_text_agree_with_the_words(backend_name):
    """keigo/mixed-style reads です・ます and ください endings from the text; their words must
    say the same: polite, and neither style."""
    from replylint.checks.keigo import style

    backend = get_backend(backend_name)
    told = {style._POLITE: 0, style._REQUEST: 0}
    disagree = []
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        for s in doc.sentences:
            by_text = style._style_by_text(doc, s)
            if by_text is None:
                continue
            told[by_text] += 1
            toks = style._ending(doc, s)
            by_words = style._classify(toks) if toks else None
            if (by_words[0] if by_words else style._REQUEST) != by_text:
                disagree.append(doc.sentence_text(s))
    assert told[style._POLITE] > 2000 and told[style._REQUEST] > 200, told
    assert not disagree, disagree[:5]


def test_mixed_name_start_words_never_overlap():
    """template/mixed-name finds where its patterns can start with one scan of its trigger's
    words (names._starts): the matches of that scan are every place where a word stands only if
    no word holds the start of another after its own first character."""
    from replylint.checks import names

    words = names._END_WORDS + names._HONOUR_WORDS
    for w in words:
        for v in words:
            for k in range(1, len(w)):
                assert not (w[k:].startswith(v) or v.startswith(w[k:])), (w, v)


def test_placeholder_slots_start_with_their_first_characters():
    """template._PLACEHOLDER tries its slots only at the characters they start with
    (_SLOT_FIRST): the same slots as the alternatives searched everywhere."""
    import random
    import re

    from replylint.checks import template

    everywhere = re.compile(template._SLOTS)
    pieces = ["{", "}", "{{", "}}", "%", "#", "<", ">", "[", "]", "【", "】", "○", "〇", "●", "■", "■■", "*", "***",
              "$", "@@@", "X", "XX", "xxx", "ここに", "入力", "※", "要記入", "名前", "月", "日", "年", "様", "ビル",
              "a", "1", "2", " ", "\n", "。", "の", "お客様名", "十"]
    rnd = random.Random(4)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        assert [m.span() for m in template._PLACEHOLDER.finditer(text)] == \
            [m.span() for m in everywhere.finditer(text)], text
