"""More inputs (issue 16): .eml messages, .html drafts mapped back to their source, and
plain-text drafts in the Japanese encodings, detected or forced, with the error cases."""

from __future__ import annotations

import json
import subprocess
import sys
from email import policy
from email.message import EmailMessage

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from replylint.cli import main
from replylint.readers import InputError, read_path
from replylint.readers.text import detect
from replylint.runner import Options, run as run_paths

BODY = "佐藤様\n\nいつもお世話になっております。\nご指摘の件、おっしゃられた内容を確認いたしました。\n"
PROBLEM = "おっしゃられた"  # keigo/double-honorific
QUOTED = "> 了解しました。おっしゃられた通りです。\n"  # a customer's words: never our findings


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


def message(subject: str = "Re: ご注文の件") -> EmailMessage:
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "support@example.com"
    m["To"] = "customer@example.jp"
    m["Subject"] = subject
    return m


def write(tmp_path, name: str, m: EmailMessage):
    path = tmp_path / name
    path.write_bytes(m.as_bytes())
    return str(path)


def findings(text: str) -> list[tuple[str, str]]:
    import replylint

    return [(f.rule, text[f.start:f.end]) for f in replylint.lint(text, "email").findings]


# -- .eml ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("charset", ["iso-2022-jp", "shift_jis", "cp932", "euc-jp", "utf-8"])
@pytest.mark.parametrize("cte", ["base64", "quoted-printable", "7or8bit"])
def test_eml_body_in_each_charset_and_transfer_encoding(tmp_path, charset, cte):
    body = BODY + ("①番の手続き～完了" if charset in ("shift_jis", "cp932") else "")  # CP932's own characters
    m = message()
    codec = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp"}.get(charset, charset)
    data = body.encode(codec)
    if cte == "7or8bit":
        cte = "7bit" if data.isascii() else "8bit"
    m.set_content(data, maintype="text", subtype="plain", cte=cte)
    m.set_param("charset", charset)
    raw = m.as_bytes()
    assert (b"Content-Transfer-Encoding: " + cte.encode()) in raw
    (reply,) = read_path(write(tmp_path, "m.eml", m))
    assert reply.text.replace("\r\n", "\n") == "件名: Re: ご注文の件\n\n" + body
    assert reply.encoding == ("iso-2022-jp" if charset == "iso-2022-jp" else charset)


def test_eml_prefers_plain_text_in_multipart_alternative_and_decodes_the_subject(tmp_path):
    m = message("Re: 【重要】ご請求金額のお問い合わせについて")
    m.set_content(BODY, charset="iso-2022-jp")
    m.add_alternative("<p>HTML版の本文です。</p>", subtype="html")
    path = write(tmp_path, "alt.eml", m)
    assert b"=?" in (tmp_path / "alt.eml").read_bytes().split(b"\r\n\r\n")[0]  # an encoded-word
    (reply,) = read_path(path)
    assert reply.text.startswith("件名: Re: 【重要】ご請求金額のお問い合わせについて\n\n佐藤様")
    assert "HTML版" not in reply.text and PROBLEM in reply.text


def test_eml_html_only_is_the_shown_text_with_its_quote_marked(tmp_path):
    m = message()
    m.set_content("<html><head><style>p{color:red}</style></head><body><p>佐藤様</p>"
                  "<p>いつもお世話になっております。<br>おっしゃられた内容を確認しました。</p>"
                  "<div>2026年12月1日 山田 &lt;yamada@example.jp&gt;:</div>"
                  "<blockquote><p>了解しました。おっしゃられた通りです。</p></blockquote></body></html>",
                  subtype="html", charset="utf-8", cte="quoted-printable")
    (reply,) = read_path(write(tmp_path, "html.eml", m))
    assert "color" not in reply.text and "<p>" not in reply.text
    assert "> 了解しました。おっしゃられた通りです。" in reply.text
    hits = findings(reply.text)
    assert ("keigo/double-honorific", PROBLEM) in hits
    quoted_at = reply.text.index("> 了解")
    import replylint

    assert all(f.start < quoted_at for f in replylint.lint(reply.text, "email").findings if f.start != f.end)


ORIGINAL = "了解しました。おっしゃられた通りです。"  # the customer's words: keigo/baito, keigo/double-honorific
QUOTE_STYLES = {
    "angle brackets": "2026年12月1日 10:00 佐藤 <sato@example.jp>:\n> 了解しました。\n> おっしゃられた通りです。\n",
    "original message": "-----Original Message-----\nFrom: 佐藤\nSent: 2026/12/01\n" + ORIGINAL + "\n",
    "outlook (ja)": "差出人: 佐藤 <sato@example.jp>\n送信日時: 2026年12月1日 10:00\n宛先: support@example.com\n"
                    "件名: 注文\n\n" + ORIGINAL + "\n",
}


@pytest.mark.parametrize("style", sorted(QUOTE_STYLES))
def test_eml_quoted_original_is_not_linted_as_our_text(tmp_path, style):
    ours = "佐藤様\n\nいつもお世話になっております。\n確認いたしました。\n\n"
    m = message()
    m.set_content(ours + QUOTE_STYLES[style], charset="iso-2022-jp")
    (reply,) = read_path(write(tmp_path, "q.eml", m))
    assert "おっしゃられた" in reply.text
    rules = {rule for rule, _ in findings(reply.text)}
    assert "keigo/baito" not in rules and "keigo/double-honorific" not in rules
    # the same words as our own text are found: the test can fail
    assert {"keigo/baito", "keigo/double-honorific"} <= {rule for rule, _ in findings(ours + ORIGINAL + "\n")}


def test_eml_attachment_is_not_read_and_mislabelled_charset_is_detected(tmp_path):
    m = message()
    m.set_content(BODY.encode("euc-jp"), maintype="text", subtype="plain", cte="base64")
    m.set_param("charset", "utf-8")  # wrong: the bytes are EUC-JP
    m.add_attachment("添付の本文".encode("utf-8"), maintype="text", subtype="plain", filename="memo.txt")
    (reply,) = read_path(write(tmp_path, "att.eml", m))
    assert reply.encoding == "euc-jp" and BODY.strip() in reply.text and "添付" not in reply.text


def test_eml_errors_name_the_file_and_the_problem_and_others_are_checked(run, tmp_path):
    (tmp_path / "empty.eml").write_bytes(b"")
    only_attachment = message()
    only_attachment.set_content(b"\x89PNG\r\n", maintype="image", subtype="png")
    write(tmp_path, "noimage.eml", only_attachment)
    bad = message()
    bad.set_content(b"\x82\xa0\xff\xfe\x85\x80\xfd" * 3, maintype="text", subtype="plain", cte="base64")
    bad.set_param("charset", "shift_jis")
    write(tmp_path, "bad.eml", bad)
    good = message()
    good.set_content(BODY, charset="utf-8")
    write(tmp_path, "good.eml", good)
    result = run("--format", "json", "empty.eml", "noimage.eml", "bad.eml", "good.eml")
    assert result.exit_code == 2
    assert "empty.eml: not an email message" in result.stderr
    assert "noimage.eml: the message has no text/plain or text/html body" in result.stderr
    assert "bad.eml: the message body is not valid shift_jis text, as declared, nor in another" in result.stderr
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert "keigo/double-honorific" in [x["rule"] for x in files["good.eml"]["findings"]]


def test_eml_in_a_folder_is_checked(run, tmp_path):
    m = message()
    m.set_content(BODY, charset="iso-2022-jp")
    (tmp_path / "mail").mkdir()
    write(tmp_path / "mail", "a.eml", m)
    files = json.loads(run("--format", "json", "mail").stdout)["files"]
    assert [f["encoding"] for f in files] == ["iso-2022-jp"]


# -- .html ---------------------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html><head><title>下書き</title><script>var x = "おっしゃられた";</script></head>
<body>
  <p>佐藤様</p>
  <p>いつもお世話に  なっております。AT&amp;Tの件で、
     <b>おっしゃられた</b>内容を確認&#12356;たしました。</p>
  <blockquote>了解しました。</blockquote>
</body></html>
"""


def test_html_is_checked_as_its_shown_text_and_findings_map_back_to_the_source(tmp_path):
    path = tmp_path / "draft.html"
    path.write_text(HTML, encoding="utf-8")
    results = list(run_paths([str(path)], Options()))
    (result,) = results
    text = result.report.text
    assert "<" not in text and "var x" not in text and "下書き" not in text
    assert "AT&Tの件で、 おっしゃられた内容を確認いたしました。" in text
    assert "> 了解しました。" in text
    hit = next(f for f in result.report.findings if f.rule == "keigo/double-honorific")
    assert text[hit.start:hit.end] == PROBLEM and hit.line == 2  # the shown text's own line
    lines = HTML.split("\n")
    line, column, end_line, end_column = result.source_map.span(hit.start, hit.end)
    assert lines[line - 1][column - 1:end_column - 1] == PROBLEM and end_line == line
    assert (line, column) == (6, lines[5].index(PROBLEM) + 1)
    # a character that came from an entity maps to the entity, and a span ending on it ends after it
    i = text.index("い", text.index("確認"))
    off = result.source_map.source_offset(i)
    assert HTML[off:off + 8] == "&#12356;"
    line, column, end_line, end_column = result.source_map.span(i - 2, i + 1)
    assert lines[line - 1][column - 1:end_column - 1] == "確認&#12356;"
    amp = text.index("&")
    line, column, end_line, end_column = result.source_map.span(amp - 2, amp + 2)
    assert lines[line - 1][column - 1:end_column - 1] == "AT&amp;T"
    # no finding from the quoted line
    quoted_at = text.index("> 了解")
    assert not any(f.start >= quoted_at and f.rule == "keigo/baito" for f in result.report.findings)


def test_html_map_of_every_character_points_at_that_character(tmp_path):
    from replylint.readers.htmltext import html_to_shown

    source = "<div>\r\n一行目\r\n<br>二行目 &gt; 三</div>\n<pre>  整形\n  済み</pre>\n"
    text, source_map = html_to_shown(source)
    assert text == "一行目\n二行目 > 三\n  整形\n  済み"
    for i, ch in enumerate(text):
        off = source_map.source_offset(i)
        at = source[off]
        assert at == ch or (ch == "\n" and at in "<\n") or (ch == ">" and at == "&")
        before = source[:off]  # no lone CR here: lines end with LF or CRLF
        assert source_map.position(off) == (before.count("\n") + 1, len(before) - before.rfind("\n"))


def test_plain_text_has_no_source_map(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (result,) = run_paths([str(tmp_path / "a.txt")], Options())
    assert result.source_map is None and result.report.findings


# -- plain-text encodings -----------------------------------------------------------------------
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [
    "一つ目のご案内です。\n不具合を確認いたしました。\n",  # 一 U+4E00 and 不 U+4E0D: NUL and CR bytes
    "ございます",  # kana only: every byte is ASCII
    "「了解」です",  # 」 U+300D: a CR byte in the ASCII reading
    "ご確認ください。",
])
def test_utf16_without_bom_is_detected(text, codec):
    assert detect(text.encode(codec), "x") == (text, codec)


@pytest.mark.parametrize("text", ["A0B0C0D0 E0F0\n", "Order 10203040 shipped.\n", "OK", "Thanks!\r\n"])
def test_ascii_text_stays_utf8(text):
    assert detect(text.encode("ascii"), "x") == (text, "utf-8")


@pytest.mark.parametrize("codec", ["cp932", "euc-jp", "iso2022_jp"])
@pytest.mark.parametrize("text", ["了解", "確認しました", "佐藤様\nお待たせいたしました。\n"])
def test_short_legacy_texts_are_detected(text, codec):
    assert detect(text.encode(codec), "x")[0] == text


def test_detector_is_imported_only_for_drafts_that_are_not_utf8(tmp_path):
    code = ("import sys; from replylint.readers.text import detect; detect({!r}, 'x'); "
            "print('charset_normalizer' in sys.modules)")
    utf8 = subprocess.run([sys.executable, "-c", code.format("確認いたします。".encode())],
                          capture_output=True, text=True, check=True)
    legacy = subprocess.run([sys.executable, "-c", code.format("確認いたします。".encode("euc-jp"))],
                            capture_output=True, text=True, check=True)
    assert (utf8.stdout.strip(), legacy.stdout.strip()) == ("False", "True")


def test_undecodable_file_is_an_error_of_its_own_and_encoding_forces_one(run, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x82\xa0\xff\xfe\x85\x80\xfd" * 3)
    (tmp_path / "bad.html").write_bytes(b"<p>\x82\xa0\xff\xfe\x85\x80\xfd</p>")
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "euc.txt").write_bytes(BODY.encode("euc-jp"))
    result = run("--format", "json", "bad.txt", "bad.html", "good.txt", "euc.txt")
    assert result.exit_code == 2
    assert "bad.txt: cannot decode as UTF-8, Shift_JIS (CP932), EUC-JP, ISO-2022-JP or UTF-16" in result.stderr
    assert "bad.html: cannot decode as UTF-8" in result.stderr
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert files["euc.txt"]["encoding"] == "euc-jp"
    assert [x["rule"] for x in files["euc.txt"]["findings"]] == [x["rule"] for x in files["good.txt"]["findings"]]
    forced = run("--format", "json", "--encoding", "cp932", "euc.txt")
    assert forced.exit_code == 2 and "euc.txt: not valid cp932 text" in forced.stderr


def test_read_path_raises_input_error_for_a_missing_eml_and_html(tmp_path):
    for name in ("none.eml", "none.html"):
        with pytest.raises(InputError, match=f"{name}: no such file"):
            read_path(str(tmp_path / name))


def test_hostile_eml_is_refused_quickly_with_a_reason(tmp_path):
    body = b"Content-Type: text/plain; charset=utf-8\r\n\r\n\xe6\x9c\xac\xe6\x96\x87\r\n"
    for i in range(3000):  # multipart inside multipart, 3,000 deep
        body = (f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n').encode() + body \
            + f"\r\n--b{i}--\r\n".encode()
    (tmp_path / "deep.eml").write_bytes(b"Subject: x\r\n" + body)
    # quadratic in the email package's header parser if it were let through (minutes)
    (tmp_path / "params.eml").write_bytes(b"Subject: x\r\nContent-Type: text/plain; charset=utf-8"
                                          + b'; a="=?utf-8?b?44GC?="' * 20000 + b"\r\n\r\nbody\r\n")
    (tmp_path / "subject.eml").write_bytes(b"Subject: " + b"=?utf-8?b?44GC?= " * 20000 + b"\r\n\r\nbody\r\n")
    with pytest.raises(InputError, match="deep.eml: MIME parts nested too deeply"):
        read_path(str(tmp_path / "deep.eml"))
    with pytest.raises(InputError, match="params.eml: the Content-Type header is 440025 characters long"):
        read_path(str(tmp_path / "params.eml"))
    with pytest.raises(InputError, match="subject.eml: the Subject header is 340000 characters long"):
        read_path(str(tmp_path / "subject.eml"))


def test_eml_encoding_option_overrides_a_wrong_charset(run, tmp_path):
    m = message()
    m.set_content(BODY.encode("cp932"), maintype="text", subtype="plain", cte="8bit")
    m.set_param("charset", "euc-jp")  # wrong, and the bytes happen not to be valid EUC-JP
    write(tmp_path, "sj.eml", m)
    files = json.loads(run("--format", "json", "--encoding", "cp932", "sj.eml").stdout)["files"]
    assert files[0]["encoding"] == "cp932"
    assert "keigo/double-honorific" in [f["rule"] for f in files[0]["findings"]]
    wrong = run("--encoding", "utf-8", "sj.eml")
    assert wrong.exit_code == 2 and "sj.eml: not valid utf-8 text (byte" in wrong.stderr
    with pytest.raises(InputError, match="sj.eml: unknown encoding 'no-such'"):
        read_path(str(tmp_path / "sj.eml"), encoding="no-such")


@pytest.mark.parametrize("meta, codec, expected", [
    ('<meta charset="Shift_JIS">', "cp932", "shift_jis"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', "euc-jp", "euc-jp"),
    ('<meta charset="iso-2022-jp">', "iso2022_jp", "iso-2022-jp"),
    ("", "cp932", "cp932"),  # no declaration: detected
    ('<meta charset="utf-8">', "cp932", "cp932"),  # a wrong declaration: detected
])
def test_html_charset_from_meta_or_detected(tmp_path, meta, codec, expected):
    body = "<p>佐藤様</p><p>①番の件、確認いたしました。</p>" if codec == "cp932" else "<p>佐藤様</p><p>確認いたしました。</p>"
    path = tmp_path / "m.html"
    path.write_bytes(f"<html><head>{meta}</head><body>{body}</body></html>".encode(codec))
    (reply,) = read_path(str(path))
    assert reply.encoding == expected and reply.text.startswith("佐藤様\n") and "確認いたしました。" in reply.text


def _seed_eml() -> bytes:
    m = message()
    m.set_content(BODY + QUOTED, charset="iso-2022-jp")
    m.add_alternative("<p>佐藤様</p><blockquote>了解しました。</blockquote>", subtype="html", charset="shift_jis")
    return m.as_bytes()


_SEEDS = {".eml": _seed_eml(), ".html": HTML.encode("euc-jp")}
_PIECES = [b"<", b">", b"&", b"&#", b";", b"=?", b"?=", b"\r\n\r\n", b"--", b"\x1b$B", b"\x00", b"\xff",
           b"<![x[", b"<blockquote>", b"<pre>", b"Content-Type: multipart/mixed; boundary=x\r\n", b"charset=\x00"]


@given(suffix=st.sampled_from(sorted(_SEEDS)),
       edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 2), st.sampled_from(_PIECES), st.binary(max_size=4)),
                      min_size=1, max_size=8))
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_damaged_eml_and_html_are_read_or_refused_never_a_crash(tmp_path, suffix, edits):
    data = bytearray(_SEEDS[suffix])
    for where, op, piece, noise in edits:
        at = int(where * len(data))
        if op == 0:
            del data[at:at + 16]
        else:
            data[at:at] = piece if op == 1 else noise
    path = tmp_path / ("damaged" + suffix)
    path.write_bytes(bytes(data))
    try:
        replies = read_path(str(path))
    except InputError as exc:
        assert str(exc).startswith(str(path) + ":")
        return
    (reply,) = replies
    if reply.source_map is not None:
        for offset in range(len(reply.text)):
            line, column = reply.source_map.position(reply.source_map.source_offset(offset))
            assert line >= 1 and column >= 1


@pytest.mark.parametrize("codec, charset", [("cp932", "shift_jis"), ("euc-jp", "euc-jp"), ("utf-8", "utf-8")])
def test_eml_raw_8bit_subject_is_read_in_the_body_charset(tmp_path, codec, charset):
    subject = "ご注文（①番）の件" if codec != "euc-jp" else "ご注文（一番）の件"
    data = (b"From: a@example.com\r\nSubject: " + subject.encode(codec) + b"\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + BODY.encode(codec).replace(b"\n", b"\r\n"))
    (tmp_path / "raw.eml").write_bytes(data)
    (reply,) = read_path(str(tmp_path / "raw.eml"))
    assert reply.text.startswith(f"件名: {subject}\n\n佐藤様")


def test_source_map_comes_back_from_worker_processes(tmp_path):
    paths = []
    for i in range(2):
        path = tmp_path / f"d{i}.html"
        path.write_text(HTML, encoding="utf-8")
        paths.append(str(path))
    results = list(run_paths(paths, Options(), jobs=2))
    assert len(results) == 2
    for result in results:
        hit = next(f for f in result.report.findings if f.rule == "keigo/double-honorific")
        assert result.source_map.span(hit.start, hit.end)[:2] == (6, HTML.split("\n")[5].index(PROBLEM) + 1)


@pytest.mark.parametrize("charset, cte", [("iso-2022-jp", "7bit"), ("shift_jis", "8bit"), ("utf-8", "8bit")])
def test_eml_plain_body_lines_map_back_to_the_file(tmp_path, charset, cte):
    m = message()
    m.set_content(BODY, charset=charset, cte=cte) if charset == "utf-8" else \
        m.set_content(BODY.encode("cp932" if charset == "shift_jis" else "iso2022_jp"),
                      maintype="text", subtype="plain", cte=cte)
    m.set_param("charset", charset)
    path = write(tmp_path, "m.eml", m)
    (result,) = run_paths([path], Options())
    hit = next(f for f in result.report.findings if f.rule == "keigo/double-honorific")
    line, column, end_line, end_column = result.source_map.span(hit.start, hit.end)
    file_line = (tmp_path / "m.eml").read_bytes().split(b"\n")[line - 1]
    codec = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp"}.get(charset, charset)
    shown = file_line.rstrip(b"\r").decode(codec)
    assert shown[column - 1:end_column - 1] == PROBLEM and end_line == line
    # the 件名 line is the Subject header's line
    line, _, _, _ = result.source_map.span(0, 2)
    assert (tmp_path / "m.eml").read_bytes().split(b"\n")[line - 1].startswith(b"Subject:")


def test_eml_encoded_or_html_body_has_no_line_map(tmp_path):
    encoded = message()
    encoded.set_content(BODY, charset="utf-8", cte="base64")
    html_only = message()
    html_only.set_content("<p>佐藤様</p>", subtype="html", charset="utf-8", cte="8bit")
    for name, m in (("b64.eml", encoded), ("html.eml", html_only)):
        (reply,) = read_path(write(tmp_path, name, m))
        assert reply.source_map is None
