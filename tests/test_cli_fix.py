"""`replylint check --fix / --unsafe-fixes / --diff` on real files (issue 17): fixes written in
place through a temporary file, byte for byte (encoding, BOM, CRLF kept), libraries reported and
not rewritten, a fix the encoding cannot hold refused, a second run changing nothing."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner

from replylint.cli import main

# an error (二重敬語) and three safe fixes, an unsafe one (よろしかった), a quoted line that stays
DRAFT = ("山田様\n\nお問い合わせありがとうございます。\nお客様がおっしゃられていた画面は、昨日は見れなかったです。\n"
         "> 画面が見れません。\n明日は休まさせていただきます。お届け先はご自宅でよろしかったでしょうか。\n\n"
         "今後ともよろしくお願いいたします。\n\n株式会社サンプル サポート窓口 佐藤\n")
SAFE = {"おっしゃられていた": "おっしゃっていた", "昨日は見れなかった": "昨日は見られなかった", "休まさせて": "休ませて"}
UNSAFE = {"よろしかったでしょうか": "よろしいでしょうか"}


def replaced(text: str, table: dict[str, str]) -> str:
    for old, new in table.items():
        assert text.count(old) == 1
        text = text.replace(old, new)
    return text


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)

    def invoke(*args):
        return CliRunner().invoke(main, ["check", *args], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("name, encode", [
    ("utf8.txt", lambda t: t.encode("utf-8")),
    ("bom.txt", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    ("sjis.txt", lambda t: t.encode("cp932")),
    ("crlf.txt", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    ("sjis-crlf.txt", lambda t: t.replace("\n", "\r\n").encode("cp932")),
    ("utf16.txt", lambda t: b"\xff\xfe" + t.replace("\n", "\r\n").encode("utf-16-le")),
    ("eucjp.md", lambda t: t.encode("euc-jp")),
])
def test_fix_rewrites_only_the_fixed_spans_byte_for_byte(run, tmp_path, name, encode):
    path = tmp_path / name
    path.write_bytes(encode(DRAFT))
    os.chmod(path, 0o640)
    before = run(str(path))
    assert before.exit_code == 1  # 二重敬語 is an error
    res = run("--fix", str(path))
    assert path.read_bytes() == encode(replaced(DRAFT, SAFE))  # the same bytes, but for the fixed spans
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert res.exit_code == 0, res.output  # what remains is warnings
    assert "修正 3 件（1 ファイル）、残りの指摘 1 件" in res.stderr
    assert "よろしかったでしょうか" in res.stdout and "keigo/baito" in res.stdout  # the unsafe one is reported
    again = run("--fix", str(path))
    assert path.read_bytes() == encode(replaced(DRAFT, SAFE)) and "修正 0 件" in again.stderr
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".")]  # no temporary file left behind
    run("--fix", "--unsafe-fixes", str(path))
    assert path.read_bytes() == encode(replaced(replaced(DRAFT, SAFE), UNSAFE))


def test_diff_prints_a_unified_diff_and_writes_nothing(run, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode("utf-8"))
    res = run("--diff", str(path))
    assert path.read_bytes() == DRAFT.encode("utf-8")
    assert res.stdout.startswith(f"--- a/{path}\n+++ b/{path}\n@@")
    removed = [ln[1:] for ln in res.stdout.splitlines() if ln.startswith("-") and not ln.startswith("---")]
    added = [ln[1:] for ln in res.stdout.splitlines() if ln.startswith("+") and not ln.startswith("+++")]
    assert added == [replaced(ln, {k: v for k, v in SAFE.items() if k in ln}) for ln in removed] and len(added) == 2
    assert "修正できる指摘 3 件（1 ファイル）" in res.stderr and "書き換えていません" in res.stderr
    assert res.exit_code == 0  # the error would be fixed: what would remain are warnings
    unsafe = run("--diff", "--unsafe-fixes", str(path))
    assert "+明日は休ませていただきます。お届け先はご自宅でよろしいでしょうか。" in unsafe.stdout
    assert path.read_bytes() == DRAFT.encode("utf-8")


def test_exit_status_reflects_what_remains(run, tmp_path):
    # 二重敬語 in a form no fix writes out (the error stays) next to a ら抜き that is fixed
    path = tmp_path / "draft.txt"
    path.write_text("山田様\nご指摘の件、担当の山田さんから改めてご連絡いたします。見れます。\n", encoding="utf-8")
    res = run("--fix", "--format", "json", str(path))
    assert path.read_text(encoding="utf-8").endswith("見られます。\n")
    remaining = json.loads(res.stdout)["files"][0]["findings"]
    assert any(f["severity"] == "error" for f in remaining)  # keigo/wrong-direction's fix is unsafe
    assert res.exit_code == 1
    unsafe = run("--fix", "--unsafe-fixes", str(path))
    assert "担当の山田から" in path.read_text(encoding="utf-8") and unsafe.exit_code == 0


@pytest.mark.parametrize("name, content, message", [
    ("macros.csv", "title,body\n見積,画面が見れません。お待ちください。\n".encode("utf-8"),
     "この形式のファイル（マクロ集・HTML・メール）は書き換えません（修正できる指摘 1 件"),
    ("reply.html", "<p>山田様</p><p>画面が見れません。</p>".encode("utf-8"), "は書き換えません（修正できる指摘 1 件"),
    # ISO-2022-JP switches state with escape sequences: a change can move bytes around it
    ("jis.txt", "山田様\n画面が見れません。\n".encode("iso2022_jp"), "書き戻すと修正箇所以外も変わるため、書き換えません"),
])
def test_libraries_and_files_that_would_not_read_back_the_same_are_reported_not_rewritten(run, tmp_path, name,
                                                                                          content, message):
    path = tmp_path / name
    path.write_bytes(content)
    res = run("--fix", str(path))
    assert path.read_bytes() == content
    assert message in res.stderr and "keigo/ra-nuki" in res.stdout


def test_markdown_front_matter_and_suppressions_stay_and_suppressed_findings_are_not_fixed(run, tmp_path):
    md = tmp_path / "draft.md"  # the reader blanks front matter and comments: fixes are replayed on the file
    text = ("---\ntitle: 見れる画面\n---\n山田様\n\n<!-- replylint-disable-next-line keigo/ra-nuki -->\n"
            "社内では「見れる」と呼んでいます、見れます。\n昨日は画面が見れなかったとのことです。\n")
    md.write_bytes(text.replace("\n", "\r\n").encode("cp932"))
    res = run("--fix", str(md))
    want = text.replace("昨日は画面が見れなかった", "昨日は画面が見られなかった")
    assert md.read_bytes() == want.replace("\n", "\r\n").encode("cp932")
    assert "修正 1 件（1 ファイル）" in res.stderr


def test_standard_input_is_reported_not_rewritten():
    piped = CliRunner().invoke(main, ["check", "--fix", "-"], input="画面が見れません。\n".encode("utf-8"))
    assert "標準入力は書き換えません" in piped.stderr and "keigo/ra-nuki" in piped.stdout


def test_a_fix_the_encoding_cannot_hold_is_refused_with_a_message(run, tmp_path):
    (tmp_path / "company.yaml").write_text("""
rules:
  jargon/shop-name:
    severity: warning
    summary: 店名の表記
    message: 「{found}」は「{suggestion}」と書きます。
    docs: {what: 店名の表記をそろえます。, why: 表記がゆれると探しにくくなります。, example: 吉野屋にお越しください。, instead: 𠮷野屋にお越しください。}
    phrases:
      - 吉野屋: 𠮷野屋
    examples:
      invalid: [吉野屋にお越しください。]
      valid: [𠮷野屋にお越しください。]
""", encoding="utf-8")
    (tmp_path / "replylint.toml").write_text('packs = ["company.yaml"]\n', encoding="utf-8")
    text = "山田様\n明日は吉野屋にお越しください。画面は見れます。\n"
    sjis, utf8 = tmp_path / "sjis.txt", tmp_path / "utf8.txt"
    sjis.write_bytes(text.encode("cp932"))  # 𠮷 is not in Shift_JIS
    utf8.write_bytes(text.encode("utf-8"))
    res = run("--fix", "--unsafe-fixes", str(sjis), str(utf8))
    assert sjis.read_bytes() == text.replace("見れます", "見られます").encode("cp932")
    assert utf8.read_bytes() == text.replace("見れます", "見られます").replace("吉野屋", "𠮷野屋").encode("utf-8")
    assert f"{sjis}:2:4: 「𠮷野屋」は cp932 で表せないため、この修正は適用しません [jargon/shop-name]" in res.stderr
    assert "jargon/shop-name" in res.stdout  # still reported


def test_a_symlink_is_followed_and_stays_a_link(run, tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("山田様\n画面が見れません。\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    run("--fix", str(link))
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "山田様\n画面が見られません。\n"


def test_unsafe_fixes_alone_is_a_usage_error(run, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("見れます。\n", encoding="utf-8")
    res = run("--unsafe-fixes", str(path))
    assert res.exit_code == 2 and "--fix" in res.stderr
    assert path.read_text(encoding="utf-8") == "見れます。\n"


def test_a_bad_input_among_others_exits_2_and_the_others_are_fixed(run, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("山田様\n画面が見れません。\n", encoding="utf-8")
    res = run("--fix", str(tmp_path / "missing.txt"), str(good))
    assert res.exit_code == 2 and "missing.txt: no such file" in res.stderr
    assert good.read_text(encoding="utf-8") == "山田様\n画面が見られません。\n"


def test_a_file_changed_while_being_fixed_is_not_overwritten(tmp_path):
    from replylint.fixfiles import write_atomic
    from replylint.readers import InputError

    path = tmp_path / "a.txt"
    path.write_bytes("画面が見れません。\n".encode("utf-8"))
    with pytest.raises(InputError, match="changed while it was being fixed"):
        write_atomic(str(path), "画面が見られません。\n".encode("utf-8"), "もとの文面\n".encode("utf-8"))
    assert path.read_bytes() == "画面が見れません。\n".encode("utf-8")
    assert os.listdir(tmp_path) == ["a.txt"]
