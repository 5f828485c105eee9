"""Every rule's own valid/invalid tables (from its pack), run under both tokenizers."""

from __future__ import annotations

import pytest

from replylint.api import example_templates, load_rules
from replylint.config import Config

from conftest import rule_hits

RULES = load_rules(Config())
CASES = [(spec.id, "invalid", k, ex) for spec in RULES for k, ex in enumerate(spec.invalid)] + \
        [(spec.id, "valid", k, ex) for spec in RULES for k, ex in enumerate(spec.valid)]


def test_every_rule_has_docs_and_both_kinds_of_example():
    assert len(RULES) >= 10
    for spec in RULES:
        assert spec.docs.what and spec.docs.why and spec.docs.example and spec.docs.instead, spec.id
        assert spec.valid and spec.invalid, spec.id
        assert spec.summary and spec.message, spec.id


def test_every_category_has_a_rule():
    assert {s.category for s in RULES} >= {"jargon", "positive", "template", "keigo", "greeting", "closing"}


@pytest.mark.parametrize("rule,kind,k,example", CASES,
                         ids=[f"{c[0]}:{c[1]}{c[2]}" for c in CASES])
def test_rule_example(linter, rule, kind, k, example):
    hits = rule_hits(linter.lint(example.text, example.channel, mode=example.mode,
                                 first_message=example.first_message, templates=example_templates(example),
                                 audience=example.audience), rule)
    if kind == "valid":
        assert hits == [], f"{rule} fired on a valid example: {[example.text[h.start:h.end] for h in hits]}"
        return
    assert hits, f"{rule} missed: {example.text!r}"
    if example.span is not None:
        a = example.text.index(example.span)
        b = a + len(example.span)
        assert any(h.start < b and a < h.end for h in hits), \
            f"{rule} pointed at {[example.text[h.start:h.end] for h in hits]}, expected {example.span!r}"


def test_the_docs_example_is_flagged_and_the_rewrite_is_not(linter):
    """The docs' Example must show the problem; Use instead must not (whole-reply rules excepted)."""
    for spec in linter.rules:
        if spec.check and spec.check.startswith("structure."):
            continue
        channel = spec.channels[0]
        templates = example_templates(spec.invalid[0])  # the macros a rule that compares with some needs
        assert rule_hits(linter.lint(spec.docs.example, channel, templates=templates), spec.id), spec.id
        assert not rule_hits(linter.lint(spec.docs.instead, channel, templates=templates), spec.id), spec.id
