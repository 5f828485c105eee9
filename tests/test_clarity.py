"""Clarity: waits with an estimate; sentence length per channel."""

from __future__ import annotations

import replylint

from conftest import rule_hits

WAIT = "clarity/wait-without-estimate"
LONG = "clarity/long-sentence"


def test_estimate_in_the_next_or_previous_sentence(linter):
    assert not rule_hits(linter.lint("確認いたします。少々お待ちください。3分ほどで戻ります。", "chat"), WAIT)
    assert not rule_hits(linter.lint("10分ほどお時間をください。確認して折り返しご連絡いたします。", "chat"), WAIT)
    assert rule_hits(linter.lint("確認いたします。少々お待ちください。", "chat"), WAIT)


def test_one_finding_per_wait_at_the_request(linter):
    text = "責任者に確認します。確認が取れしだいご連絡しますので、少々お待ちください。"
    hits = rule_hits(linter.lint(text, "chat"), WAIT)
    assert [text[h.start:h.end] for h in hits] == ["少々お待ちください"]


def test_asking_the_customer_for_information_is_not_a_wait(linter):
    text = "お調べしますので、ご注文番号をお知らせいただけますか。"
    assert not rule_hits(linter.lint(text, "chat"), WAIT)


def test_sentence_limits_are_per_channel(linter):
    s = "あ" * 85 + "。"
    assert rule_hits(linter.lint(s, "chat"), LONG)
    assert not rule_hits(linter.lint(s, "email"), LONG)
    assert rule_hits(linter.lint("あ" * 101 + "。", "email"), LONG)


def test_urls_do_not_count_and_commas_do(linter):
    assert not rule_hits(linter.lint("詳しくは" + "あ" * 40 + "https://example.jp/" + "x" * 80 + "をご覧ください。", "chat"), LONG)
    assert rule_hits(linter.lint("箱、説明書、付属品、保証書、納品書をそろえてください。", "email"), LONG)
    assert not rule_hits(linter.lint("ご請求額は1,100円、2,200円、3,300円です。", "email"), LONG)


def test_long_sentence_limits_are_options(backend):
    lin = replylint.get_linter({"tokenizer": backend, "options": {LONG: {"max_chat": 40}}})
    assert rule_hits(lin.lint("あ" * 41 + "。", "chat"), LONG)
