"""SNS: length as X counts it; personal data never asked for in public."""

from __future__ import annotations

import replylint

from conftest import rule_hits


def test_japanese_characters_count_one_ascii_half(linter):
    assert not rule_hits(linter.lint("あ" * 140, "sns"), "sns/too-long")
    assert rule_hits(linter.lint("あ" * 141, "sns"), "sns/too-long")
    assert not rule_hits(linter.lint("a" * 280, "sns"), "sns/too-long")
    assert rule_hits(linter.lint("a" * 281, "sns"), "sns/too-long")


def test_urls_count_23_and_leading_mentions_not_at_all(linter):
    url = "https://example.jp/" + "x" * 200
    assert not rule_hits(linter.lint("あ" * 128 + url, "sns"), "sns/too-long")  # 128 + 11.5
    assert rule_hits(linter.lint("あ" * 129 + url, "sns"), "sns/too-long")
    assert not rule_hits(linter.lint("@someone_long @another " + "あ" * 140, "sns"), "sns/too-long")


def test_the_finding_covers_what_does_not_fit(linter):
    text = "@taro " + "あ" * 140 + "いう"
    hits = rule_hits(linter.lint(text, "sns"), "sns/too-long")
    assert [text[h.start:h.end] for h in hits] == ["いう"]
    assert "141" in hits[0].message or "142" in hits[0].message


def test_limit_and_counting_are_options(backend):
    lin = replylint.get_linter({"tokenizer": backend, "options": {"sns/too-long": {"max": 100}}})
    assert rule_hits(lin.lint("あ" * 101, "sns"), "sns/too-long")
    plain = replylint.get_linter({"tokenizer": backend, "options": {"sns/too-long": {"counting": "chars"}}})
    assert rule_hits(plain.lint("a" * 141, "sns"), "sns/too-long")


def test_too_long_is_sns_only(linter):
    assert not rule_hits(linter.lint("あ" * 300 + "。", "chat"), "sns/too-long")


def test_personal_data_suggests_a_direct_message(linter):
    text = "@mika お手数ですが、ご注文番号をお知らせください。"
    hits = rule_hits(linter.lint(text, "sns"), "sns/personal-data-in-public")
    assert hits and text[hits[0].start:hits[0].end].startswith("ご注文番号")
    assert "ダイレクトメッセージ" in hits[0].suggestion
    assert not rule_hits(linter.lint("@mika お手数ですが、ご注文番号をDMでお知らせください。", "sns"), "sns/personal-data-in-public")


def test_user_called_out_searches_only_replies_that_hold_its_words():
    """sns/user-called-out searches each pattern only in a reply that holds one of its words
    (sns._NEEDS_*): every match of the pattern must hold one, proved on its parse tree."""
    from test_structure_needs import holds_one_of

    from replylint.checks import sns

    for rx, words in ((sns._SANCTION, sns._NEEDS_SANCTION), (sns._POSTER_CONDUCT, sns._NEEDS_POSTER_CONDUCT),
                      (sns._DENIAL, sns._NEEDS_DENIAL), (sns._REBUKE, sns._NEEDS_REBUKE)):
        assert holds_one_of(rx.pattern, words), rx
    assert not holds_one_of(sns._DENIAL.pattern, sns._NEEDS_DENIAL[1:])  # (事実と異なります holds no other)


def test_a_reply_within_the_limit_however_it_weighs_is_not_counted(linter):
    """sns/too-long counts a reply's characters one by one only when it could pass the limit:
    one that does not is the same as counted (a link weighs 23, more than its characters may)."""
    assert not rule_hits(linter.lint("あ" * 140, "sns"), "sns/too-long")
    assert rule_hits(linter.lint("あ" * 139 + "いう", "sns"), "sns/too-long")
    assert rule_hits(linter.lint("あ" * 130 + " www.a.jp", "sns"), "sns/too-long")  # 130 + 0.5 + 11.5
