"""Issue 14: no crash on any input. Each test here failed before its fix."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import replylint
from replylint import api
from replylint.cli import main
from replylint.regexes import trie_pattern

GOOD = "お問い合わせありがとうございます。本日発送いたしました。ほかにご不明な点があればお知らせください。\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def _spans(report):
    return [(f.rule, f.start, f.end, f.line, f.column) for f in report.findings]


# -- lone surrogates ------------------------------------------------------------------------
@pytest.mark.parametrize("channel", ["email", "chat", "sns"])
def test_lone_surrogate_is_read_as_a_replacement_character(linter, channel):
    text = "キャッシュ\ud800です。\udfffおっしゃられた件、了解しました。"
    report = linter.lint(text, channel)
    same = linter.lint(text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd"), channel)
    assert _spans(report) == _spans(same)  # no offset moved
    assert len(report.text) == len(text)
    assert any(f.rule == "jargon/term" for f in report.findings)
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


def test_surrogate_escapes_in_a_library_folder_with_two_jobs(run, tmp_path):
    folder = tmp_path / "macros"
    folder.mkdir()
    for k in range(3):
        (folder / f"m{k}.jsonl").write_text(
            '{"id": "a\\ud800", "text": "キャッシュ\\ud800です。了解しました。"}\n', encoding="utf-8")
    (folder / "z.txt").write_text(GOOD, encoding="utf-8")
    out = run("--format", "json", "--jobs", "2", "--channel", "chat", str(folder))
    data = json.loads(out.stdout)
    assert len(data["files"]) == 4
    assert all("error" not in f for f in data["files"])
    assert data["files"][0]["reply"] == "a\ud800"  # written as \ud800, read back the same
    assert any(f["rule"] == "jargon/term" for f in data["files"][0]["findings"])
    text = run("--channel", "chat", str(folder)).stdout
    assert "\ud800" not in text and "a\\ud800" in text


# -- folders ---------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlink_loop_in_a_folder_is_an_error_naming_it_and_the_rest_is_checked(run, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    os.symlink("me.txt", folder / "me.txt")
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    result = run("--format", "json", "--channel", "chat", str(folder))
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert [Path(f["path"]).name for f in files] == ["me.txt", "ok.txt"]
    assert "me.txt" in files[0]["error"] and "findings" in files[1] and "error" not in files[1]


# -- user packs --------------------------------------------------------------------------------
def test_trie_pattern_of_a_very_long_text_and_of_deeply_nested_prefixes():
    long = "テスト" * 400
    assert re.compile(trie_pattern([long, "テ"])).search("あ" + long).span() == (1, 1 + len(long))
    prefixes = ["あ" * k for k in range(1, 1500)]
    rx = re.compile(trie_pattern(prefixes + ["い"]))
    assert rx.search("ういあああ").span() == (1, 2)
    assert rx.search("う" + "あ" * 2000).span() == (1, 1500)  # the longest text at the first start


def test_pack_with_a_phrase_of_a_thousand_characters(tmp_path):
    phrase = "テスト" * 334
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "rules:\n  jargon/long-phrase:\n    severity: warning\n    summary: s\n    message: m\n"
        "    docs: {what: a, why: b, example: c, instead: d}\n"
        f"    phrases:\n      - {{phrase: {phrase}, match: surface}}\n"
        f"    examples:\n      invalid: [{phrase}です。]\n      valid: [短いです。]\n", encoding="utf-8")
    report = replylint.lint(phrase + "です。", "chat", {"packs": [str(pack)]})
    assert [(f.start, f.end) for f in report.findings if f.rule == "jargon/long-phrase"] == [(0, len(phrase))]


# -- rule options ----------------------------------------------------------------------------
@pytest.mark.parametrize("options, key", [
    ("'template/repeated-sentence' = { min_chars = 'abc' }", "template/repeated-sentence.min_chars"),
    ("'jargon/katakana-dense' = { threshold = 'high' }", "jargon/katakana-dense.threshold"),
    ("'jargon/katakana-dense' = { threshold = 1.5 }", "jargon/katakana-dense.threshold"),
    ("'jargon/acronym' = { known = 5 }", "jargon/acronym.known"),
    ("'jargon/acronym' = { known = 'SLA' }", "jargon/acronym.known"),
    ("'jargon/acronym' = { known = ['SLA', 3] }", "jargon/acronym.known"),
    ("'closing/no-further-help' = { window = 'a' }", "closing/no-further-help.window"),
    ("'closing/no-further-help' = { window = 0 }", "closing/no-further-help.window"),
    ("'closing/signature' = { in_template = 'yes' }", "closing/signature.in_template"),
    ("'clarity/long-sentence' = { max_email = 1.5 }", "clarity/long-sentence.max_email"),
    ("'sns/too-long' = { counting = 'words' }", "sns/too-long.counting"),
    ("'sns/too-long' = { max = true }", "sns/too-long.max"),
    ("'keigo/sasete-itadaku-overuse' = { max = -1 }", "keigo/sasete-itadaku-overuse.max"),
    ("'positive/refusal' = { hint = 3 }", "positive/refusal.hint"),
    ("'keigo/casual' = { allow = 'けど' }", "keigo/casual.allow"),
])
def test_option_of_the_wrong_type_or_range_is_a_config_error(run, tmp_path, options, key):
    (tmp_path / "replylint.toml").write_text(f"options = {{ {options} }}\n", encoding="utf-8")
    draft = tmp_path / "a.txt"
    draft.write_text(GOOD, encoding="utf-8")
    result = run("--channel", "chat", str(draft))
    assert result.exit_code == 2
    assert "replylint.toml" in result.stderr and f"options.{key}" in result.stderr
    assert "Traceback" not in result.stderr


def test_channel_options_are_validated_too():
    with pytest.raises(replylint.ConfigError, match=r"channels\.chat\.options\.closing/no-further-help\.window"):
        replylint.get_linter({"channels": {"chat": {"options": {"closing/no-further-help": {"window": "4"}}}}})


def test_good_option_values_still_load():
    linter = replylint.get_linter({"options": {"jargon/katakana-dense": {"threshold": 1, "known": ["SLA"]},
                                               "sns/too-long": {"max": 100.5, "counting": "chars"}}})
    linter.lint(GOOD, "sns")


# -- any unexpected exception ----------------------------------------------------------------
@pytest.fixture
def exploding(monkeypatch):
    # (where every reply is read into a document, whether it is linted alone or with others)
    real = api.Linter._document

    def document(self, text, *args, **kwargs):
        if "BOOM" in text:
            raise RuntimeError("kaboom")
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(api.Linter, "_document", document)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_internal_error_is_exit_2_for_that_input_and_the_others_are_checked(run, tmp_path, exploding, fmt):
    (tmp_path / "a.txt").write_text("BOOMです。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": 1, "text": "BOOM"}\n{"id": 2, "text": "了解しました。"}\n',
                                      encoding="utf-8")
    result = run("--format", fmt, "--channel", "chat", "a.txt", "b.txt", "c.jsonl")
    assert result.exit_code == 2
    assert "a.txt: internal error (RuntimeError: kaboom)" in result.stderr
    assert "c.jsonl[1]: internal error" in result.stderr
    assert "bug" in result.stderr and "Traceback" not in result.stderr
    if fmt == "json":
        files = json.loads(result.stdout)["files"]
        assert ["error" in f for f in files] == [True, False, True, False]
        assert any(f["rule"] == "keigo/casual" or f["rule"].startswith("keigo") for f in files[3]["findings"])
    debug = run("--debug", "--channel", "chat", "a.txt", "b.txt")
    assert debug.exit_code == 2 and "Traceback" in debug.stderr and "kaboom" in debug.stderr


# -- hangs and limits --------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_blocking_and_the_rest_is_checked(run, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    result = run("--format", "json", "--channel", "chat", str(fifo), "ok.txt")  # no writer: would block
    assert result.exit_code == 2
    assert "pipe.txt: not a regular file (a named pipe)" in result.stderr
    files = json.loads(result.stdout)["files"]
    assert "error" in files[0] and "error" not in files[1]


def test_a_socket_and_a_device_are_refused(run, tmp_path):
    import socket

    sock_path = tmp_path / "s.txt"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(sock_path))
        result = run("--channel", "chat", str(sock_path), os.devnull)
    finally:
        sock.close()
    assert result.exit_code == 2
    assert "s.txt: not a regular file" in result.stderr
    assert f"{os.devnull}: not a regular file (a device)" in result.stderr


def test_standard_input_has_the_size_limit_of_a_draft(run, tmp_path):
    big = ("お問い合わせありがとうございます。" * 100 + "\n").encode("utf-8")
    result = run("--max-bytes", "1000", "--channel", "chat", "-", input=big)
    assert result.exit_code == 2 and "<stdin>: too large" in result.stderr and "--max-bytes" in result.stderr
    assert run("--max-bytes", str(len(big)), "--channel", "chat", "-", input=big).exit_code in (0, 1)
    (tmp_path / "big.txt").write_bytes(big)
    result = run("--max-bytes", "1000", "--channel", "chat", "big.txt")
    assert result.exit_code == 2 and "big.txt: too large" in result.stderr


def test_standard_input_default_limit_is_the_draft_limit(monkeypatch):
    import io
    import sys

    from replylint.readers import text as reader

    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * 101)))
    with pytest.raises(reader.InputError, match="too large"):
        reader.read_stdin()


def test_api_refuses_a_text_over_max_chars():
    with pytest.raises(replylint.UsageError, match="max_chars"):
        replylint.lint("あ" * 11, "chat", max_chars=10)
    assert replylint.lint("あ" * 10, "chat", max_chars=10) is not None
    assert api.MAX_CHARS >= 10 * 1024 * 1024


# -- encodings ---------------------------------------------------------------------------------
DRAFT = "佐藤様\nいつもお世話になっております。キャッシュを確認いたします。\nABC 123\n"


@pytest.mark.parametrize("codec, name", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"),
    ("utf-16-le", "utf-16-le"), ("utf-32", "utf-32-le"), ("utf-32-be", "utf-32-be"),
    ("cp932", "cp932"), ("shift_jis", "cp932"), ("euc-jp", "euc-jp"), ("iso2022_jp", "iso-2022-jp"),
])
def test_every_japanese_encoding_is_read_right_and_named_in_json(run, tmp_path, codec, name):
    (tmp_path / "a.txt").write_bytes(DRAFT.encode(codec))
    (tmp_path / "ref.txt").write_text(DRAFT, encoding="utf-8")
    files = json.loads(run("--format", "json", "a.txt", "ref.txt").stdout)["files"]
    assert files[0]["encoding"] == name
    assert [(f["rule"], f["start"], f["end"]) for f in files[0]["findings"]] == \
        [(f["rule"], f["start"], f["end"]) for f in files[1]["findings"]]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "euc-jp", "cp932"])
def test_japanese_without_ascii_in_each_encoding(codec):
    from replylint.readers.text import detect

    text = "こんにちは、確認いたします。半角ｶﾅもあります。"
    assert detect(text.encode(codec), "x") == (text, codec)


def test_encoding_option_forces_one_and_names_a_bad_one(run, tmp_path):
    (tmp_path / "a.txt").write_bytes(DRAFT.encode("euc-jp"))
    files = json.loads(run("--format", "json", "--encoding", "euc-jp", "a.txt").stdout)["files"]
    assert files[0]["encoding"] == "euc-jp"
    result = run("--encoding", "utf-8", "a.txt")
    assert result.exit_code == 2 and "a.txt: not valid utf-8 text" in result.stderr
    assert run("--encoding", "no-such-codec", "a.txt").exit_code == 2


def test_binary_is_still_refused(run, tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    result = run("b.txt")
    assert result.exit_code == 2 and "b.txt: binary file" in result.stderr


# -- characters --------------------------------------------------------------------------------
def test_nul_inside_a_sentence_gives_the_same_findings_with_both_tokenizers():
    text = "キャッシュ\x00です。お客様\x00がおっしゃられた件、了解しました。"
    results = [_spans(replylint.lint(text, "sns", {"tokenizer": tok})) for tok in ("fugashi", "sudachi")]
    assert results[0] == results[1]
    assert any(rule == "jargon/term" for rule, *_ in results[0])


def test_a_lone_cr_is_a_line_break(linter):
    mac = "佐藤様\rいつもお世話になっております。\rキャッシュを確認します。\r\r株式会社テスト\r山田"
    unix = mac.replace("\r", "\n")
    assert _spans(linter.lint(mac)) == _spans(linter.lint(unix))
    assert any(f.rule == "jargon/term" and f.line == 3 and f.column == 1 for f in linter.lint(mac).findings)


def test_a_span_never_ends_between_a_character_and_its_combining_mark(linter):
    text = "起票\u3099しました。"
    hits = [f for f in linter.lint(text, "chat").findings if f.rule == "jargon/term"]
    assert [(f.start, f.end) for f in hits] == [(0, 3)]


def test_text_reporter_escapes_control_characters(run, tmp_path):
    (tmp_path / "a.txt").write_text("キャッシュ\x1b[2J\x1b]0;pwned\x07を確認します。\n", encoding="utf-8")
    out = run("--color", "never", "--channel", "chat", "a.txt").stdout
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out


def test_invalid_toml_with_a_replylint_table_is_a_config_error(run, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.replylint]\nignore = ["keigo"\nselect = ["x"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run("--channel", "chat", "a.txt")
    assert result.exit_code == 2
    assert "pyproject.toml: not valid TOML" in result.stderr and "line 3" in result.stderr


def test_invalid_toml_without_our_table_is_not_ours(run, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project\nname = "x"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert run("--channel", "chat", "a.txt").exit_code == 0


def test_check_pack_reports_examples_that_fail(run, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("""rules:
  jargon/internal-terms:
    severity: warning
    summary: 社内用語
    message: 「{found}」は社内用語です。
    docs: {what: a, why: b, example: c, instead: d}
    phrases:
      - 基盤チーム: 担当部署
    examples:
      invalid: [基盤チームに確認します。, 基盤部に確認します。]
      valid: [担当部署に確認します。, 基盤チームです。]
""", encoding="utf-8")
    result = run("check-pack", str(pack))
    assert result.exit_code == 1
    assert "examples.invalid[1] '基盤部に確認します。': not found" in result.stdout
    assert "examples.valid[1] '基盤チームです。': flagged" in result.stdout
    good = tmp_path / "good.yaml"
    good.write_text(pack.read_text(encoding="utf-8").replace(", 基盤部に確認します。", "")
                    .replace(", 基盤チームです。", ""), encoding="utf-8")
    assert run("check-pack", str(good)).exit_code == 0
    assert run("check-pack", str(tmp_path / "nope.yaml")).exit_code == 2
