"""Every finding's offsets point at the right characters: emoji, half-width kana, CRLF."""

from __future__ import annotations

import pytest


CASES = [
    # (text, rule, the exact original characters the finding must cover)
    ("😀😀お客様がおっしゃられた件です。", "keigo/double-honorific", "おっしゃられた"),
    ("👨‍👩‍👧ご家族の件、{{name}}様にご連絡します。", "template/placeholder", "{{name}}"),
    ("ﾈｯﾄﾜｰｸのﾚｲﾃﾝｼが増えています。", "jargon/term", "ﾚｲﾃﾝｼ"),
    ("ご確認ください。\r\n了解しました。\r\nよろしくお願いします。", "keigo/baito", "了解しました"),
    ("㍿サンプルの件、ＳＶに確認します。", "jargon/acronym", "ＳＶ"),
    ("ｾｰﾙ商品は\r\n返金できません。", "positive/refusal", "返金できません"),
    ("ご注文の商品は昨日発送した。\r\nお届けは明日の予定です。", "keigo/mixed-style", "発送した"),
]


@pytest.mark.parametrize("text,rule,covered", CASES, ids=[c[1] for c in CASES])
def test_offsets_cover_the_original_characters(linter, text, rule, covered):
    hits = [f for f in linter.lint(text, "chat").findings if f.rule == rule]
    assert [text[f.start:f.end] for f in hits] == [covered]
    f = hits[0]
    lines = text.split("\n")
    # line/column are 1-based code points into the same text.
    assert lines[f.line - 1][f.column - 1:].startswith(covered)
