"""`POST /v1/fix` on the real service (issue 17): the library's `replylint.fix`, the /v1/lint
conventions (fields checked, limits, token), and the text kept out of the log."""

from __future__ import annotations

import time

import httpx
import pytest

import replylint
from serverutil import start

TEXT = ("山田様\nお客様がおっしゃられていた画面は、昨日は見れなかったとのことです。\n"
        "お届け先はご自宅でよろしかったでしょうか。😀キャッシュは削除しております。\n")
TOKEN = "fix-test-token-0123456789abcdef"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fix")
    (tmp / "token").write_text(TOKEN, encoding="utf-8")
    s = start(tmp, "--token-file", str(tmp / "token"), "--max-body", "8192")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=30, headers={"Authorization": f"Bearer {TOKEN}"}) as c:
        yield c


def test_fix_answers_what_the_library_gives(client):
    res = client.post("/v1/fix", json={"text": TEXT, "channel": "email"})
    assert res.status_code == 200 and res.headers["cache-control"] == "no-store"
    body = res.json()
    fixed, applied = replylint.fix(TEXT, "email")
    assert body["text"] == fixed and "おっしゃっていた" in fixed and "見られなかった" in fixed
    assert body["applied"] == [{"rule": f.rule, "message": f.message, **f.fix.to_dict()} for f in applied]
    remaining = replylint.lint(fixed, "email")
    served = [{k: v for k, v in f.items() if k not in ("start_utf16", "end_utf16")} for f in body["findings"]]
    assert served == [f.to_dict() for f in remaining.findings]
    assert (body["score"], body["blocking"], body["version"]) == (remaining.score, remaining.blocking,
                                                                  replylint.__version__)
    [term] = [f for f in body["findings"] if f["rule"] == "jargon/term"]
    assert term["end_utf16"] == term["end"] + 1  # offsets into the fixed text, 😀 two units
    unsafe = client.post("/v1/fix", json={"text": TEXT, "channel": "email", "unsafe": True}).json()
    assert unsafe["text"] == replylint.fix(TEXT, "email", unsafe=True)[0]
    assert "よろしいでしょうか" in unsafe["text"] and "一時保存データは" in unsafe["text"]


def test_select_and_ignore_limit_which_fixes_apply(client):
    only = client.post("/v1/fix", json={"text": TEXT, "channel": "email", "select": ["keigo/ra-nuki"]}).json()
    assert only["text"] == TEXT.replace("見れなかった", "見られなかった")
    assert {f["rule"] for f in only["applied"]} == {"keigo/ra-nuki"}
    assert {f["rule"] for f in only["findings"]} <= {"keigo/ra-nuki"}
    rest = client.post("/v1/fix", json={"text": TEXT, "channel": "email", "ignore": ["keigo/ra-nuki"]}).json()
    assert "見れなかった" in rest["text"] and "おっしゃっていた" in rest["text"]


@pytest.mark.parametrize("body, field", [
    ({"text": TEXT, "channel": "email", "unsafe": "yes"}, "unsafe"),
    ({"text": TEXT, "channel": "fax"}, "channel"),
    ({"channel": "email"}, "text"),
    ({"text": TEXT, "channel": "email", "unsafes": True}, "unsafes"),
    ({"text": TEXT, "channel": "email", "select": ["keigo/nothing"]}, "select"),
    ([TEXT], "body"),
])
def test_wrong_fields_are_422_naming_the_field(client, body, field):
    res = client.post("/v1/fix", json=body)
    assert res.status_code == 422 and res.json()["message"].startswith(field)


def test_the_limits_and_the_token_apply(server, client):
    assert httpx.post(server.url + "/v1/fix", json={"text": TEXT, "channel": "email"}).status_code == 401
    assert client.post("/v1/fix", json={"text": "あ" * 3000, "channel": "chat"}).status_code == 413
    assert client.post("/v1/fix", content=b"text", headers={"content-type": "text/plain"}).status_code == 415


def test_the_text_sent_never_reaches_the_log(server, client):
    secret = "注文番号ZX-41213の件、鈴木一郎様は見れなかった"
    assert client.post("/v1/fix", json={"text": secret, "channel": "chat"}).status_code == 200
    assert client.post("/v1/fix", json={"text": secret, "channel": "fax"}).status_code == 422
    deadline = time.monotonic() + 10
    while server.log_text().count("POST /v1/fix") < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    log = server.log_text()
    assert "POST /v1/fix 200 " in log and "POST /v1/fix 422 " in log
    for piece in ("ZX-41213", "鈴木一郎", "注文番号", "見られなかった", "見れなかった"):
        assert piece not in log
