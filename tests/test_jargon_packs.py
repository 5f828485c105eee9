"""Users extend jargon with their own packs and exempt words with `allow`, through config."""

from __future__ import annotations

import pytest

import replylint
from replylint.document import parse

from conftest import rule_hits

PACK = """\
rules:
  jargon/internal-terms:
    severity: warning
    summary: 社内用語
    message: 「{found}」は社内用語です。「{suggestion}」と書いてください。
    docs:
      what: 社内だけで使う言葉を見つけます。
      why: お客様には意味が伝わりません。
      example: 基盤チームに確認します。
      instead: 担当部署に確認します。
    phrases:
      - 基盤チーム: 担当部署
      - RX-7基盤: 注文システム
      - {phrase: ミドリ便, suggestion: 翌日配送, match: surface}
      - カゲロウ: 在庫管理システム
    examples:
      invalid: [基盤チームに確認します。]
      valid: [担当部署に確認します。]
"""


@pytest.fixture
def pack(tmp_path):
    path = tmp_path / "company.yaml"
    path.write_text(PACK, encoding="utf-8")
    return str(path)


def test_user_pack_adds_terms(backend, pack):
    linter = replylint.get_linter({"tokenizer": backend, "packs": [pack]})
    text = "お問い合わせありがとうございます。基盤チームに確認し、ミドリ便でお送りします。"
    hits = rule_hits(linter.lint(text, "chat"), "jargon/internal-terms")
    assert [text[h.start:h.end] for h in hits] == ["基盤チーム", "ミドリ便"]
    assert "担当部署" in hits[0].message and hits[0].category == "jargon"
    # the built-in terms still apply next to the user's
    report = linter.lint("キャッシュの削除を行います。基盤チームに確認します。", "chat")
    assert {f.rule for f in report.findings if f.category == "jargon"} == {"jargon/term", "jargon/internal-terms"}


def test_user_pack_term_never_inside_a_longer_word(backend, pack):
    linter = replylint.get_linter({"tokenizer": backend, "packs": [pack]})
    text = "ミドリ便利帳をお送りします。カゲロウズの新刊も入荷しました。"
    hits = rule_hits(linter.lint(text, "chat"), "jargon/internal-terms")
    assert [text[h.start:h.end] for h in hits] == []
    text = "カゲロウで在庫を確認しました。"
    hits = rule_hits(linter.lint(text, "chat"), "jargon/internal-terms")
    assert [text[h.start:h.end] for h in hits] == ["カゲロウ"]


def test_allow_list_silences_built_in_and_user_terms(backend, pack):
    linter = replylint.get_linter({"tokenizer": backend, "packs": [pack],
                                   "allow": ["キャッシュ", "ミドリ便", "SLA", "ＫＹＣ"]})
    text = "キャッシュの削除のため、ミドリ便は明日からです。SLAの詳細とKYCの手続きをご案内します。"
    jargon = [(f.rule, text[f.start:f.end]) for f in linter.lint(text, "chat").findings
              if f.category == "jargon"]
    assert jargon == []


def test_without_allow_the_same_text_is_flagged(backend, pack):
    linter = replylint.get_linter({"tokenizer": backend, "packs": [pack]})
    text = "キャッシュの削除のため、ミドリ便は明日からです。SLAの詳細とKYCの手続きをご案内します。"
    found = {text[f.start:f.end] for f in linter.lint(text, "chat").findings if f.category == "jargon"}
    assert found == {"キャッシュ", "ミドリ便", "SLA", "KYC"}


def test_acronym_known_option_from_config(backend):
    linter = replylint.get_linter({"tokenizer": backend,
                                   "options": {"jargon/acronym": {"known": ["NPS", "URL"]}}})
    text = "NPSアンケートのURLをお送りします。"
    assert rule_hits(linter.lint(text, "chat"), "jargon/acronym") == []


def test_ignore_a_jargon_rule(backend):
    linter = replylint.get_linter({"tokenizer": backend, "ignore": ["jargon/term"]})
    assert rule_hits(linter.lint("修正版をデプロイしました。", "chat"), "jargon/term") == []


SIGNATURE_PACK = PACK.replace("jargon/internal-terms", "jargon/signature-terms").replace(
    "    phrases:", "    segments: [signature]\n    phrases:")
SIGNED = "山田様\n\nお世話になっております。\nご注文の品は本日発送いたします。\n\n株式会社ミライ\n基盤チーム 佐藤\n"


def test_a_phrase_rule_on_the_signature_finds_its_phrase_there(backend, tmp_path):
    """No built-in rule reads the signature's words, so linting leaves it untokenized; a user's
    phrase rule on the signature finds its phrase there."""
    plain = replylint.get_linter({"tokenizer": backend})
    doc = parse(SIGNED, plain.backend)
    assert plain.engine.run(doc)  # 基盤 is no built-in term; something else is reported
    signature = [s for s in doc.sentences if s.kind == "signature"]
    assert signature and all(s.words is None for s in signature)
    path = tmp_path / "sig.yaml"
    path.write_text(SIGNATURE_PACK, encoding="utf-8")
    signed = replylint.get_linter({"tokenizer": backend, "packs": [str(path)]})
    hits = rule_hits(signed.lint(SIGNED), "jargon/signature-terms")
    assert [SIGNED[h.start:h.end] for h in hits] == ["基盤チーム"]
    assert not rule_hits(plain.lint(SIGNED), "jargon/signature-terms")
