"""The Python API: report, score formula, blocking verdict, thread safety."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

import replylint
from replylint.finding import SCORE_PENALTY

BAD = "お客様がおっしゃられた内容を確認しました。了解しました。キャッシュを削除しました。"


def test_report_score_and_blocking(linter):
    report = linter.lint(BAD, "chat")
    counts = report.counts()
    assert counts["error"] >= 1
    expected = max(0, 100 - sum(SCORE_PENALTY[s] * n for s, n in counts.items()))
    assert report.score == expected < 100
    assert report.blocking
    d = report.to_dict()
    assert d["score"] == report.score and d["blocking"] is True and len(d["findings"]) == len(report.findings)


def test_clean_reply_scores_100_and_passes(linter):
    report = linter.lint("お問い合わせありがとうございます。ご注文の商品は本日発送いたしました。"
                         "ほかにご不明な点があればお知らせください。", "chat")
    assert report.findings == () and report.score == 100 and not report.blocking


def test_block_on_warning():
    report = replylint.lint("了解しました。", "chat", {"block_on": "warning", "select": ["keigo/baito"]})
    assert report.findings and report.findings[0].severity == "warning" and report.blocking


def test_findings_are_in_text_order_with_exact_offsets(linter):
    report = linter.lint(BAD, "chat")
    starts = [(f.start, f.end) for f in report.findings]
    assert starts == sorted(starts)
    spans = {f.rule: BAD[f.start:f.end] for f in report.findings}
    assert spans["keigo/double-honorific"] == "おっしゃられた"
    assert spans["keigo/baito"] == "了解しました"
    assert spans["jargon/term"] == "キャッシュ"


def test_unknown_channel_is_a_usage_error():
    with pytest.raises(replylint.UsageError):
        replylint.lint("テスト", channel="fax")


def test_same_config_shares_one_linter():
    assert replylint.get_linter({"tokenizer": "fugashi"}) is replylint.get_linter({"tokenizer": "fugashi"})
    assert replylint.get_linter() is replylint.get_linter(None)


def test_thread_safe_results_match_serial(linter):
    texts = [BAD, "ご注文の商品は昨日発送した。お届けは明日の予定です。", "{{name}}様、了解です。"] * 20
    serial = [linter.lint(t, "chat").findings for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda t: linter.lint(t, "chat").findings, texts))
    assert parallel == serial
