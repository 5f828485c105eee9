"""The engine: one finding per problem, whatever matched it."""

from __future__ import annotations

import textwrap

import replylint
from replylint.config import load_config

PACK = """
rules:
  jargon/overlap-test:
    severity: warning
    summary: テスト用
    message: 「{found}」
    docs: {what: a, why: b, example: システム障害が発生しました。, instead: 不具合が起きました。}
    phrases: [システム障害, 障害, 障害が発生する]
    examples: {valid: [不具合が起きました。], invalid: [システム障害です。]}
  clarity/overlap-other:
    severity: info
    summary: テスト用
    message: 「{found}」
    docs: {what: a, why: b, example: 障害です。, instead: 不具合です。}
    phrases: [障害]
    examples: {valid: [不具合です。], invalid: [障害です。]}
"""


def test_a_span_inside_a_longer_one_of_the_same_rule_is_reported_once(tmp_path, backend):
    (tmp_path / "p.yaml").write_text(textwrap.dedent(PACK), encoding="utf-8")
    (tmp_path / "replylint.toml").write_text(
        f'tokenizer = "{backend}"\npacks = ["p.yaml"]\nselect = ["jargon/overlap-test", "clarity/overlap-other"]\n',
        encoding="utf-8")
    cfg = load_config(tmp_path / "replylint.toml")
    text = "昨夜システム障害が発生しました。別の障害もありました。"
    found = sorted((f.rule, text[f.start:f.end]) for f in replylint.lint(text, "chat", cfg).findings)
    assert found == sorted([
        ("jargon/overlap-test", "システム障害"),  # not again as 障害 or 障害が発生しました
        ("jargon/overlap-test", "障害"),  # the second sentence is a second problem
        ("clarity/overlap-other", "障害"),  # another rule keeps its own findings
        ("clarity/overlap-other", "障害"),
    ])


def test_words_inside_a_note_to_the_agent_are_reported_as_the_note_only(backend):
    text = ("田中様\n\nご注文の品は本日発送いたしました。（※上長の承認待ち。金額あってる？要確認）\n"
            "上長にも確認いたしました。\n\nみなと商店\n山田")
    found = [(f.rule, text[f.start:f.end]) for f in replylint.lint(text, "email", {"tokenizer": backend}).findings]
    note = "（※上長の承認待ち。金額あってる？要確認）"
    assert ("template/agent-note", note) in found
    inside = text.index(note), text.index(note) + len(note)
    hits = replylint.lint(text, "email", {"tokenizer": backend}).findings
    assert all(f.rule == "template/agent-note" for f in hits if inside[0] <= f.start and f.end <= inside[1])
    # the same word outside the note is still the reply's
    assert ("jargon/term", "上長") in found
