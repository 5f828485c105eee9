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
