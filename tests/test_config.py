"""Configuration files: discovery, keys, per-channel overrides, user packs, bad input."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import replylint
from replylint.config import ConfigError, find_config, load_config

DRAFT = "お客様がおっしゃられた内容を確認しました。了解しました。キャッシュを削除しました。"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def rules(report):
    return {f.rule for f in report.findings}


def test_found_by_walking_up_pyproject_and_replylint_toml(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.replylint]: skipped
    draft = write(tmp_path / "a" / "b" / "draft.txt", DRAFT)
    assert find_config(draft) is None
    write(tmp_path / "pyproject.toml", "[tool.replylint]\nignore = ['keigo']\n")
    assert find_config(draft) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / ".replylint.toml", "ignore = ['jargon']\n")
    assert find_config(draft) == tmp_path / "a" / ".replylint.toml"
    write(tmp_path / "a" / "replylint.toml", "ignore = []\n")
    assert find_config(draft) == tmp_path / "a" / "replylint.toml"


def test_select_ignore_severity_and_channel_overrides(tmp_path, backend):
    cfg = load_config(write(tmp_path / "replylint.toml", f"""
        tokenizer = "{backend}"
        select = ["keigo", "jargon/term"]
        ignore = ["keigo/baito"]
        severity = {{ "jargon" = "error" }}
        [channels.chat]
        ignore = ["jargon"]
        severity = {{ "keigo/double-honorific" = "info" }}
    """))
    email = replylint.lint(DRAFT, "email", cfg)
    assert rules(email) == {"keigo/double-honorific", "jargon/term"}
    assert {f.rule: f.severity for f in email.findings}["jargon/term"] == "error"
    chat = replylint.lint(DRAFT, "chat", cfg)
    assert rules(chat) == {"keigo/double-honorific"}
    assert chat.findings[0].severity == "info"
    assert not chat.blocking and email.blocking


def test_allow_list_and_user_pack(tmp_path, backend):
    write(tmp_path / "packs" / "company.yaml", """
        rules:
          jargon/internal:
            severity: error
            summary: 社内用語
            message: 「{found}」は社内用語です。「{suggestion}」と書いてください。
            docs: {what: 社内用語を見つけます。, why: お客様には通じません。, example: RX基盤で処理します。, instead: 注文システムで処理します。}
            phrases:
              - 基盤チーム: 担当部署
              - 出荷する: お送りする
            examples:
              invalid: [基盤チームに確認します。]
              valid: [担当部署に確認します。]
    """)
    cfg = load_config(write(tmp_path / "replylint.toml", f"""
        tokenizer = "{backend}"
        packs = ["packs/company.yaml"]
        allow = ["キャッシュ"]
    """))
    report = replylint.lint("キャッシュの件は基盤チームに確認し、明日出荷しました。", "chat", cfg)
    found = {(f.rule, report.text[f.start:f.end]) for f in report.findings}
    assert ("jargon/internal", "基盤チーム") in found
    assert ("jargon/internal", "出荷しました") in found  # conjugated form of a user phrase
    assert not any(r == "jargon/term" for r, _ in found)  # キャッシュ is allowed


@pytest.mark.parametrize("body,needle", [
    ("selct = ['keigo']", "selct"),
    ("select = 'keigo'", "select"),
    ("select = ['keigo/no-such-rule']", "keigo/no-such-rule"),
    ("severity = { 'keigo' = 'fatal' }", "severity.keigo"),
    ("tokenizer = 'mecab'", "tokenizer"),
    ("[channels.fax]\nignore = []", "channels.fax"),
    ("packs = ['missing.yaml']", "packs"),
    ("options = { 'keigo/baito' = { 'nope' = 1 } }", "nope"),
    ("select = [", "TOML"),
])
def test_bad_config_names_file_and_key(tmp_path, body, needle):
    path = write(tmp_path / "replylint.toml", body + "\n")
    with pytest.raises(ConfigError) as exc:
        replylint.get_linter(load_config(path))
    assert str(path) in str(exc.value) and needle in str(exc.value)


@pytest.mark.parametrize("pack,needle", [
    ("rules: [1, 2]", "'rules:'"),
    ("rules:\n  Keigo/X: {}", "Keigo/X"),
    ("rules:\n  style/x: {}", "unknown category"),
    ("rules:\n  keigo/x:\n    severity: error\n    summary: s\n    message: m\n"
     "    docs: {what: a, why: b, example: c, instead: d}\n    check: keigo.mixed_style\n"
     "    examples: {valid: [a], invalid: [b]}", "'check'"),
    ("rules:\n  keigo/x:\n    severity: error\n    summary: s\n    message: m\n"
     "    docs: {what: a, why: b, example: c, instead: d}\n    phrases: [{phrase: x, match: fuzzy}]\n"
     "    examples: {valid: [a], invalid: [b]}", "phrases[0]"),
    ("rules:\n  keigo/x:\n    summary: s\n    message: m\n    phrases: [x]\n"
     "    examples: {valid: [a], invalid: [b]}", "docs"),
    ("rules: {x: [", "YAML"),
])
def test_malformed_pack_names_file_and_entry(tmp_path, pack, needle):
    write(tmp_path / "bad.yaml", pack + "\n")
    cfg = load_config(write(tmp_path / "replylint.toml", "packs = ['bad.yaml']\n"))
    with pytest.raises(replylint.PackError) as exc:
        replylint.get_linter(cfg)
    assert "bad.yaml" in str(exc.value) and needle in str(exc.value)


def test_mapping_config_in_the_api():
    report = replylint.lint(DRAFT, config={"select": ["jargon"]})
    assert rules(report) == {"jargon/term"}
    with pytest.raises(ConfigError):
        replylint.lint(DRAFT, config={"block_on": "never"})
