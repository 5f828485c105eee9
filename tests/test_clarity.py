"""Clarity: waits with an estimate; sentence length per channel."""

from __future__ import annotations

import replylint

from conftest import rule_hits

WAIT = "clarity/wait-without-estimate"
LONG = "clarity/long-sentence"


def test_estimate_in_the_next_or_previous_sentence(linter):
    assert not rule_hits(linter.lint("確認いたします。しばらくお待ちください。3分ほどで戻ります。", "chat"), WAIT)
    assert not rule_hits(linter.lint("10分ほどお時間をください。確認して折り返しご連絡いたします。", "chat"), WAIT)
    assert rule_hits(linter.lint("確認いたします。しばらくお待ちください。", "chat"), WAIT)


def test_a_moment_in_a_chat_is_its_own_estimate(linter):
    # (the agent works on it while the customer is still in the conversation; not in a mail,
    # and not a while: しばらく)
    assert not rule_hits(linter.lint("確認いたします。少々お待ちください。", "chat"), WAIT)
    assert not rule_hits(linter.lint("在庫を確認しますので、少しだけお待ちいただけますか。", "chat"), WAIT)
    assert rule_hits(linter.lint("確認いたします。少々お待ちください。", "email"), WAIT)
    assert rule_hits(linter.lint("確認いたします。今しばらくお待ちください。", "chat"), WAIT)


def test_one_finding_per_wait_at_the_request(linter):
    # (from the promise the request hangs on, in its own sentence: the promise leaves the time unsaid)
    text = "責任者に確認します。確認が取れしだいご連絡しますので、しばらくお待ちください。"
    hits = rule_hits(linter.lint(text, "chat"), WAIT)
    assert [text[h.start:h.end] for h in hits] == ["確認が取れしだいご連絡しますので、しばらくお待ちください"]
    text = "責任者に確認します。しばらくお待ちください。"
    hits = rule_hits(linter.lint(text, "chat"), WAIT)
    assert [text[h.start:h.end] for h in hits] == ["しばらくお待ちください"]


def test_asking_the_customer_for_information_is_not_a_wait(linter):
    text = "お調べしますので、ご注文番号をお知らせいただけますか。"
    assert not rule_hits(linter.lint(text, "chat"), WAIT)


def test_sentence_limits_are_per_channel(linter):
    s = "あ" * 85 + "。"
    assert rule_hits(linter.lint(s, "chat"), LONG)
    assert not rule_hits(linter.lint(s, "email"), LONG)
    assert rule_hits(linter.lint("あ" * 101 + "。", "email"), LONG)


def test_urls_do_not_count(linter):
    assert not rule_hits(linter.lint("詳しくは" + "あ" * 40 + "https://example.jp/" + "x" * 80 + "をご覧ください。", "chat"), LONG)


def test_clauses_count_not_commas(linter):
    clauses = "お申し込みを確認したところ、お支払いが済んでおらず、期限も過ぎていたため、取り消しとなりましたが、再度お申し込みいただければ、ご案内できます。"  # (80 characters, six clauses: a hint, not a run-on)
    assert rule_hits(linter.lint(clauses, "email"), LONG)
    # An enumeration of items or dates, a topic, an adverb and cushions are not clauses.
    for text in ("箱、説明書、付属品、保証書、納品書をそろえてください。",
                 "ご請求額は1,100円、2,200円、3,300円、4,400円、5,500円です。",
                 "回収日は、12月1日、8日、15日、22日、29日の月曜日です。",
                 "なお、現在、恐れ入りますが、お手数ですが、書類をお送りください。"):
        assert not rule_hits(linter.lint(text, "email"), LONG), text


def test_clause_limit_is_an_option(backend):
    text = "確認し、連絡して、手配したので、発送します。"
    assert not rule_hits(replylint.get_linter({"tokenizer": backend}).lint(text, "email"), LONG)
    lin = replylint.get_linter({"tokenizer": backend, "options": {LONG: {"max_clauses": 2}}})
    assert rule_hits(lin.lint(text, "email"), LONG)


def test_long_sentence_limits_are_options(backend):
    lin = replylint.get_linter({"tokenizer": backend, "options": {LONG: {"max_chat": 40}}})
    assert rule_hits(lin.lint("あ" * 41 + "。", "chat"), LONG)
