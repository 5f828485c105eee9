"""Empathy: a reply to a problem acknowledges the customer's situation."""

from __future__ import annotations

from conftest import rule_hits

RULE = "empathy/no-acknowledgement"


def test_bare_apology_is_flagged_at_the_start(linter):
    hits = rule_hits(linter.lint("申し訳ございません。新しい商品を発送しました。", "email"), RULE)
    assert [(h.start, h.end, h.severity) for h in hits] == [(0, 0, "info")]


def test_quoted_problem_report(linter):
    text = "新しい商品を発送しました。\n\n> 届いた商品が壊れていました。"
    assert rule_hits(linter.lint(text, "email"), RULE)
    assert not rule_hits(linter.lint("ご不便をおかけしております。" + text, "email"), RULE)


def test_cushion_apology_before_a_limit_is_not_an_apology_for_trouble(linter):
    assert not rule_hits(linter.lint("申し訳ございませんが、セール品の返品はお受けしておりません。", "email"), RULE)


def test_apology_naming_the_situation_acknowledges_it(linter):
    assert not rule_hits(linter.lint("お届けできていなかったとのこと、大変申し訳ございません。", "chat"), RULE)
