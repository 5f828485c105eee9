"""The command line, through click's runner (one process test lives in test_install.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from replylint.cli import main

BAD = "お客様がおっしゃられた内容を確認しました。了解しました。\n"
CLEAN_CHAT = "お問い合わせありがとうございます。本日発送いたしました。ほかにご不明な点があればお知らせください。\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no config file above tmp_path's files
    monkeypatch.delenv("NO_COLOR", raising=False)
    runner = CliRunner()

    def invoke(*args, input=None, env=None):
        return runner.invoke(main, list(args), input=input, env=env, catch_exceptions=False)

    return invoke


def draft(tmp_path: Path, name: str, text: str | bytes) -> str:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return str(p)


def test_bare_files_mean_check(run, tmp_path):
    f = draft(tmp_path, "a.txt", BAD)
    a = run(f, "--channel", "chat")
    b = run("check", "--channel", "chat", f)
    assert a.exit_code == b.exit_code == 1
    assert a.output == b.output


def test_text_output_has_location_message_rule_underline_suggestion_summary(run, tmp_path):
    f = draft(tmp_path, "a.txt", BAD)
    out = run("--channel", "chat", f).output
    assert f"{f}:1:5: error" in out
    assert "[keigo/double-honorific]" in out
    assert "お客様がおっしゃられた内容" in out
    assert "        ^^^^^^^^^^^^^^" in out  # おっしゃられた: 7 wide characters, after 4 wide ones
    assert "提案: おっしゃる" in out
    assert "1 ファイルを確認: 指摘" in out
    assert "\x1b[" not in out  # not a terminal: no colour


def test_color_only_when_asked_and_no_color_respected(run, tmp_path):
    f = draft(tmp_path, "a.txt", BAD)
    assert "\x1b[" in run("--color", "always", "--channel", "chat", f).output
    assert "\x1b[" not in run("--color", "auto", "--channel", "chat", f, env={"NO_COLOR": "1"}).output


def test_json_contract(run, tmp_path):
    f = draft(tmp_path, "a.txt", BAD)
    res = run("--format", "json", "--channel", "chat", f)
    assert res.exit_code == 1
    doc = json.loads(res.output)
    assert doc["version"] == 1 and doc["files"][0]["path"] == f
    findings = doc["files"][0]["findings"]
    keys = {"rule", "category", "severity", "message", "line", "column", "start", "end", "suggestion"}
    for item in findings:
        assert keys <= set(item)
        assert item["category"] == item["rule"].split("/")[0]
    hon = next(x for x in findings if x["rule"] == "keigo/double-honorific")
    assert BAD[hon["start"]:hon["end"]] == "おっしゃられた"
    assert (hon["line"], hon["column"], hon["suggestion"]) == (1, 5, "おっしゃる")


def test_exit_codes(run, tmp_path):
    assert run("--channel", "chat", draft(tmp_path, "ok.txt", CLEAN_CHAT)).exit_code == 0
    warn_only = draft(tmp_path, "warn.txt", CLEAN_CHAT.replace("本日発送", "了解です。本日発送"))
    assert run("--channel", "chat", warn_only).exit_code == 0  # warnings do not fail
    assert run("--channel", "chat", draft(tmp_path, "bad.txt", BAD)).exit_code == 1
    assert run().exit_code == 2
    assert run("--channel", "fax", draft(tmp_path, "x.txt", BAD)).exit_code == 2


def test_bad_files_are_named_and_the_others_still_checked(run, tmp_path):
    good = draft(tmp_path, "good.txt", BAD)
    binary = draft(tmp_path, "pic.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    broken = draft(tmp_path, "broken.txt", "ご連絡".encode("utf-8") + b" \x81\x20\xa0\xfd not text")
    res = run("--format", "json", "--channel", "chat", "missing.txt", binary, good, broken)
    assert res.exit_code == 2
    doc = json.loads(res.stdout)
    by_path = {e["path"]: e for e in doc["files"]}
    assert "no such file" in by_path["missing.txt"]["error"]
    assert "binary" in by_path[binary]["error"]
    assert "cannot decode" in by_path[broken]["error"]
    assert any(x["rule"] == "keigo/double-honorific" for x in by_path[good]["findings"])
    assert "missing.txt" in res.stderr and "pic.png" in res.stderr and "broken.txt" in res.stderr


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                             ("cp932", b""), ("shift_jis", b""), ("utf-16", b"")])
def test_encodings(run, tmp_path, encoding, prefix):
    f = draft(tmp_path, "enc.txt", prefix + BAD.encode(encoding))
    doc = json.loads(run("--format", "json", "--channel", "chat", f).output)
    hon = next(x for x in doc["files"][0]["findings"] if x["rule"] == "keigo/double-honorific")
    assert BAD[hon["start"]:hon["end"]] == "おっしゃられた"  # offsets ignore the BOM


def test_stdin(run):
    res = run("--format", "json", "--channel", "chat", "-", input=BAD.encode("utf-8"))
    doc = json.loads(res.output)
    assert doc["files"][0]["path"] == "-" and doc["files"][0]["findings"]


def test_select_and_ignore(run, tmp_path):
    f = draft(tmp_path, "a.txt", BAD)

    def rules(*args):
        return {x["rule"] for x in json.loads(run("--format", "json", "--channel", "chat", *args, f).output)
                ["files"][0]["findings"]}

    assert rules("--select", "keigo/baito") == {"keigo/baito"}
    assert rules("--select", "keigo", "--ignore", "keigo/baito") == {"keigo/double-honorific"}
    assert rules("--select", "keigo/baito,keigo/double-honorific") == {"keigo/baito", "keigo/double-honorific"}
    assert run("--select", "nope/nothing", f).exit_code == 2


def test_config_option_and_bad_config(run, tmp_path):
    f = draft(tmp_path, "a.txt", BAD)
    cfg = tmp_path / "custom.toml"
    cfg.write_text("ignore = ['keigo/double-honorific']\n", encoding="utf-8")
    assert run("--channel", "chat", "--config", str(cfg), f).exit_code == 0
    cfg.write_text("ignore = 'oops'\n", encoding="utf-8")
    res = run("--channel", "chat", "--config", str(cfg), f)
    assert res.exit_code == 2 and "custom.toml" in res.stderr and "ignore" in res.stderr
    assert run("--config", str(tmp_path / "none.toml"), f).exit_code == 2


def test_config_found_next_to_the_file(run, tmp_path):
    sub = tmp_path / "team"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[tool.replylint]\nignore = ['keigo']\n", encoding="utf-8")
    f = draft(sub, "a.txt", BAD)
    assert run("--channel", "chat", f).exit_code == 0


@pytest.mark.parametrize("backend", ["fugashi", "sudachi"])
def test_tokenizer_option(run, tmp_path, backend):
    f = draft(tmp_path, "a.txt", BAD)
    doc = json.loads(run("--format", "json", "--tokenizer", backend, "--channel", "chat", f).output)
    assert {x["rule"] for x in doc["files"][0]["findings"]} >= {"keigo/double-honorific", "keigo/baito"}


def test_rules_and_rule_docs(run):
    listing = run("rules").output
    for rid in ("keigo/double-honorific", "jargon/term", "positive/refusal", "template/placeholder",
                "greeting/missing", "closing/missing"):
        assert rid in listing
    docs = run("rule", "keigo/double-honorific")
    assert docs.exit_code == 0
    for heading in ("What it does", "Why is this bad", "Example", "Use instead"):
        assert heading in docs.output
    assert "おっしゃられた" in docs.output
    missing = run("rule", "double-honorific")
    assert missing.exit_code == 2 and "keigo/double-honorific" in missing.stderr


def test_help_explains(run):
    out = run("--help").output
    assert "check" in out and "rules" in out
    out = run("check", "--help").output
    for opt in ("--channel", "--format", "--select", "--ignore", "--tokenizer", "--config"):
        assert opt in out


def test_folders_and_jobs_give_identical_output_in_order(run, tmp_path):
    folder = tmp_path / "macros"
    texts = [BAD, CLEAN_CHAT, "ご注文の商品は昨日発送した。お届けは明日の予定です。\n", "{{name}}様、了解です。\n"]
    for k in range(24):
        sub = folder / ("a" if k % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{k:02d}.txt").write_text(texts[k % len(texts)], encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a draft: skipped
    one = run("--format", "json", "--channel", "chat", "--jobs", "1", str(folder))
    two = run("--format", "json", "--channel", "chat", "--jobs", "2", str(folder))
    default = run("--format", "json", "--channel", "chat", str(folder))
    assert one.exit_code == two.exit_code == default.exit_code == 1
    assert one.output == two.output == default.output
    paths = [e["path"] for e in json.loads(one.output)["files"]]
    assert len(paths) == 24 and paths == sorted(paths)
    assert all(p.endswith(".txt") for p in paths)


def test_stdin_only_once(run):
    res = run("--channel", "chat", "-", "-", input=BAD.encode("utf-8"))
    assert res.exit_code == 2 and "only once" in res.stderr


def test_mode_template_and_no_first_message(run, tmp_path):
    macro = draft(tmp_path, "macro.txt", "{{ticket.requester.name}} 様、お問い合わせありがとうございます。\n")

    def rules(*args):
        return {x["rule"] for x in json.loads(run("--format", "json", "--channel", "chat", *args, macro).output)
                ["files"][0]["findings"]}

    assert "template/placeholder" in rules()
    assert "template/placeholder" not in rules("--mode", "template")
    follow_up = draft(tmp_path, "follow.txt", "変更後の合計金額は4,200円です。ほかにご不明な点があればお知らせください。\n")

    def greeting(*args):
        doc = json.loads(run("--format", "json", "--channel", "chat", *args, follow_up).output)
        return [x["severity"] for x in doc["files"][0]["findings"] if x["rule"] == "greeting/missing"]

    assert greeting("--first-message") == ["warning"]
    assert greeting("--no-first-message") == []
    assert greeting() == ["info"]  # the turn not said: a suggestion


def test_library_replies_are_named_in_json_entries_and_counted_in_the_summary(run, tmp_path):
    lib = draft(tmp_path, "canned.csv", "title,body\n発送,本日発送いたしました。\n返金,了解しました。\n")
    doc = json.loads(run("--format", "json", "--channel", "chat", lib).output)
    assert [e.get("reply") for e in doc["files"]] == ["発送", "返金"]  # also on a reply with no finding
    assert "1 ファイル（返信 2 件）を確認" in run("--channel", "chat", lib).output
