"""A finding carries a `fix` only where the rule has the exact rewrite of its span."""

from __future__ import annotations

import json
import pickle

from conftest import rule_hits


def test_a_phrase_written_as_the_rule_spells_it_gets_a_fix_and_applying_it_removes_the_finding(linter):
    text = "レイテンシが大きくなっています。"
    [hit] = rule_hits(linter.lint(text, "chat"), "jargon/term")
    assert hit.fix is not None and hit.fix.replacement == hit.suggestion == "応答の遅れ"
    assert hit.fix.applicability == "unsafe"
    fixed = text[:hit.start] + hit.fix.replacement + text[hit.end:]
    assert fixed == "応答の遅れが大きくなっています。"
    assert not rule_hits(linter.lint(fixed, "chat"), "jargon/term")


def test_no_fix_where_the_text_differs_from_the_phrase(linter):
    # Half-width katakana is found through NFKC, but the suggestion would not keep its form.
    [hit] = rule_hits(linter.lint("ﾚｲﾃﾝｼが大きいです。", "chat"), "jargon/term")
    assert hit.suggestion == "応答の遅れ" and hit.fix is None
    # A suggestion in dictionary form for a conjugated span is for people; the fix is the
    # rewrite in the span's own form (issue 17).
    [hit] = rule_hits(linter.lint("お客様がおっしゃられていた件です。", "chat"), "keigo/double-honorific")
    assert hit.suggestion == "おっしゃる" and hit.fix.replacement == "おっしゃって"


def test_json_has_fix_only_when_present_and_pickling_keeps_it(linter):
    report = linter.lint("レイテンシを確認しました。お問い合わせの件、分かった。", "chat")
    dicts = [f.to_dict() for f in report.findings]
    with_fix = [d for d in dicts if "fix" in d]
    assert [(d["rule"], d["fix"]) for d in with_fix] == [
        ("jargon/term", {"replacement": "応答の遅れ", "applicability": "unsafe"}),
        ("keigo/mixed-style", {"replacement": "分かりました", "applicability": "safe"})]
    assert any("fix" not in d for d in dicts)
    json.dumps(dicts, ensure_ascii=False)
    assert pickle.loads(pickle.dumps(report.findings)) == report.findings
