"""Realistic, well-written replies: no rule may fire on any of them (false positives are bugs)."""

from __future__ import annotations

import pytest

from conftest import CORPUS

CLEAN = sorted((CORPUS / "clean").glob("*.txt"))


def test_the_clean_corpus_is_there():
    assert len(CLEAN) >= 40
    assert {p.name.split("-")[0] for p in CLEAN} == {"email", "chat", "sns"}


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_no_finding_on_clean_reply(linter, path):
    text = path.read_text(encoding="utf-8")
    channel = path.name.split("-")[0]
    report = linter.lint(text, channel)
    assert [(f.rule, text[f.start:f.end]) for f in report.findings] == []
    assert report.score == 100 and not report.blocking
