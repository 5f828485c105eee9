"""`replylint serve` as a helpdesk calls it: a real uvicorn process on loopback, a real httpx client."""

from __future__ import annotations

import json
import subprocess
import time

import httpx
import pytest

import replylint
from conftest import ROOT
from serverutil import REPLYLINT, start

EMAIL = (ROOT / "examples" / "email-with-problems.txt").read_text(encoding="utf-8")
CHAT = (ROOT / "examples" / "chat.txt").read_text(encoding="utf-8")
ORIGIN = "https://example.zendesk.com"
TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = start(tmp_path_factory.mktemp("default"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    """Two workers, a token from a file, one CORS origin, batches of at most 3, bodies of at most 8 KiB."""
    tmp = tmp_path_factory.mktemp("guarded")
    (tmp / "token").write_text(TOKEN + "\n", encoding="utf-8")
    s = start(tmp, "--workers", "2", "--token-file", str(tmp / "token"), "--cors-origin", ORIGIN,
              "--max-batch", "3", "--max-body", "8192")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def lint(client, **body):
    return client.post("/v1/lint", json=body)


def cli_findings(path, channel):
    out = subprocess.run([REPLYLINT, "--format", "json", "--channel", channel, str(path)],
                         capture_output=True, text=True, encoding="utf-8")
    return json.loads(out.stdout)["files"][0]


# -- POST /v1/lint ------------------------------------------------------------------

@pytest.mark.parametrize("name, channel", [("email-with-problems.txt", "email"), ("chat.txt", "chat")])
def test_lint_gives_the_clis_finding_objects_with_utf16_offsets(client, name, channel):
    text = (ROOT / "examples" / name).read_text(encoding="utf-8")
    res = lint(client, text=text, channel=channel)
    assert res.status_code == 200 and res.headers["content-type"].startswith("application/json")
    body = res.json()
    cli = cli_findings(ROOT / "examples" / name, channel)
    served = [{k: v for k, v in f.items() if k not in ("start_utf16", "end_utf16")} for f in body["findings"]]
    assert served == cli["findings"] and served
    assert (body["score"], body["blocking"]) == (cli["score"], cli["blocking"])
    assert body["version"] == replylint.__version__
    assert res.headers["cache-control"] == "no-store"


def test_utf16_offsets_count_a_surrogate_pair_as_two_units(client):
    text = "𠮷田様\n😀 レイテンシが大きくなっています。🙇‍♀️"
    body = lint(client, text=text, channel="chat").json()
    [term] = [f for f in body["findings"] if f["rule"] == "jargon/term"]
    assert text[term["start"]:term["end"]] == "レイテンシ"
    units = text.encode("utf-16-le")
    assert units[2 * term["start_utf16"]:2 * term["end_utf16"]].decode("utf-16-le") == "レイテンシ"
    assert term["start_utf16"] == term["start"] + 2  # 𠮷 and 😀 are two units each
    whole = [f for f in body["findings"] if f["start"] == f["end"] == 0]
    assert whole and all(f["start_utf16"] == f["end_utf16"] == 0 for f in whole)


def test_mode_and_first_message_reach_the_linter(client):
    macro = "{{ticket.requester.name}}様\nお問い合わせありがとうございます。"
    draft = {f["rule"] for f in lint(client, text=macro, channel="chat").json()["findings"]}
    template = {f["rule"] for f in lint(client, text=macro, channel="chat", mode="template").json()["findings"]}
    assert "template/placeholder" in draft and "template/placeholder" not in template
    middle = "ご注文の内容を変更しました。確認いたします。"

    def greeting(**said):
        found = lint(client, text=middle, channel="chat", **said).json()["findings"]
        return [f["severity"] for f in found if f["rule"] == "greeting/missing"]

    assert greeting(first_message=True) == ["warning"] and greeting(first_message=False) == []
    # not said (absent or null): the turn is not known, and a missing greeting is a suggestion
    assert greeting() == greeting(first_message=None) == ["info"]


@pytest.mark.parametrize("select, ignore", [(["keigo"], []), (["jargon/term", "template"], []),
                                            (None, ["jargon", "closing/no-further-help"]),
                                            (["ALL"], ["keigo/double-honorific"])])
def test_select_and_ignore_give_what_the_library_gives_with_that_config(client, select, ignore):
    body = {"text": EMAIL, "channel": "email", "ignore": ignore}
    if select is not None:
        body["select"] = select
    served = lint(client, **body).json()
    config = {"ignore": ignore, **({"select": select} if select is not None else {})}
    expected = replylint.lint(EMAIL, "email", config)
    assert [f["rule"] for f in served["findings"]] == [f.rule for f in expected.findings]
    assert (served["score"], served["blocking"]) == (expected.score, expected.blocking)


def test_audience_is_accepted_and_checked(client):
    assert lint(client, text=CHAT, channel="chat", audience="technical").status_code == 200
    res = lint(client, text=CHAT, channel="chat", audience="engineers")
    assert res.status_code == 422 and "audience" in res.json()["message"]


def test_audience_decides_the_jargon(client):
    text = "田村様\n\n修正版を本日デプロイいたしました。詳しくは約款の第5条をご覧ください。"
    def terms(**body):
        res = lint(client, text=text, channel="email", **body).json()
        return [text[f["start"]:f["end"]] for f in res["findings"] if f["rule"] == "jargon/term"]
    assert terms() == terms(audience="auto") == terms(audience="consumer") == ["デプロイ", "約款"]
    assert terms(audience="business") == ["デプロイ"]
    assert terms(audience="technical") == []


# -- bad requests -------------------------------------------------------------------

@pytest.mark.parametrize("body, field", [
    ({"channel": "chat"}, "text"),
    ({"text": 5, "channel": "chat"}, "text"),
    ({"text": "こんにちは"}, "channel"),
    ({"text": "こんにちは", "channel": "fax"}, "channel"),
    ({"text": "こんにちは", "channel": "chat", "mode": "macro"}, "mode"),
    ({"text": "こんにちは", "channel": "chat", "first_message": "yes"}, "first_message"),
    ({"text": "こんにちは", "channel": "chat", "select": ["keigo/no-such-rule"]}, "select"),
    ({"text": "こんにちは", "channel": "chat", "ignore": 3}, "ignore"),
    ({"text": "こんにちは", "channel": "chat", "chanel": "sns"}, "chanel"),
    ({"text": "\ud800です", "channel": "chat"}, "text"),
    (["こんにちは"], "body"),
])
def test_wrong_fields_are_422_naming_the_field(client, body, field):
    res = client.post("/v1/lint", content=json.dumps(body), headers={"content-type": "application/json"})
    assert res.status_code == 422, res.text
    err = res.json()
    assert err["error"] == "invalid_request" and err["message"].startswith(field)


def test_malformed_json_is_400(client):
    res = client.post("/v1/lint", content=b'{"text": "abc", ', headers={"content-type": "application/json"})
    assert res.status_code == 400 and res.json()["error"] == "malformed_json"
    res = client.post("/v1/lint", content=b'{"text": "\xff"}', headers={"content-type": "application/json"})
    assert res.status_code == 400


def test_a_body_that_is_not_json_is_415(client):
    res = client.post("/v1/lint", content="こんにちは".encode(), headers={"content-type": "text/plain"})
    assert res.status_code == 415 and res.json()["error"] == "unsupported_media_type"


def test_a_body_over_256_kib_is_413_whether_its_length_is_declared_or_streamed(client):
    big = json.dumps({"text": "あ" * 90_000, "channel": "email"}, ensure_ascii=False).encode()  # 270,030 bytes
    assert len(big) > 256 * 1024
    res = client.post("/v1/lint", content=big, headers={"content-type": "application/json"})
    assert res.status_code == 413 and res.json()["error"] == "body_too_large"

    def chunks():
        for i in range(0, len(big), 16384):
            yield big[i:i + 16384]
    res = client.post("/v1/lint", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in res.request.headers and res.status_code == 413
    just_under = b'{"text": "\xe3\x81\x82", "channel": "sns"}' + b" " * (256 * 1024 - 100)  # JSON may end in spaces
    assert 256 * 1024 - 100 < len(just_under) <= 256 * 1024
    assert client.post("/v1/lint", content=just_under, headers={"content-type": "application/json"}).status_code == 200


def test_over_the_time_limit_is_503_with_retry_after(tmp_path):
    slow = start(tmp_path, "--time-limit", "0.03", "--no-access-log")
    try:
        # about 85,000 characters (255 KB): some 0.2 s of linting, several times the limit
        text = "お問い合わせいただきありがとうございます。レイテンシについてご説明します。" * 2300
        res = httpx.post(slow.url + "/v1/lint", json={"text": text, "channel": "email"}, timeout=30)
        assert res.status_code == 503 and res.json()["error"] == "time_limit"
        assert int(res.headers["retry-after"]) >= 1
        assert httpx.get(slow.url + "/healthz").status_code == 200  # the worker lives on
        # and, stopped mid-lint, it still answers the next reply in full
        fresh = httpx.post(slow.url + "/v1/lint/batch", json={"replies": [{"text": "レイテンシ", "channel": "chat"}]})
        assert fresh.status_code == 200  # about 1 ms of linting, well within 30
        assert "jargon/term" in {f["rule"] for f in fresh.json()["results"][0]["findings"]}
        assert "Application startup complete" in slow.log_text() and "replylint.access" not in slow.log_text()
    finally:
        slow.stop()


def test_unknown_paths_and_methods_are_json_errors(client):
    res = client.get("/v1/lint")
    assert res.status_code == 405 and res.json()["error"] == "method_not_allowed"
    res = client.get("/v2/lint")
    assert res.status_code == 404 and res.json()["error"] == "not_found"


# -- batch, rules, health, OpenAPI --------------------------------------------------

def test_batch_answers_in_the_order_sent_each_as_lint_would(client):
    replies = [{"text": EMAIL, "channel": "email"}, {"text": CHAT, "channel": "chat"},
               {"text": "ありがとうございます。", "channel": "sns", "select": ["keigo"]}]
    res = client.post("/v1/lint/batch", json={"replies": replies})
    assert res.status_code == 200
    results = res.json()["results"]
    assert len(results) == 3
    for sent, got in zip(replies, results):
        one = lint(client, **sent).json()
        del one["version"]
        assert got == one


@pytest.mark.parametrize("body, words", [
    ({"replies": []}, "at least one"),
    ({"replies": [{"text": "a", "channel": "chat"}, {"text": "b", "channel": "mail"}]}, "replies[1].channel"),
    ({"reply": [{"text": "a", "channel": "chat"}]}, "replies"),
    ({"replies": [{"text": "a", "channel": "chat"}] * 101}, "at most 100"),
])
def test_batch_errors_are_422(client, body, words):
    res = client.post("/v1/lint/batch", json=body)
    assert res.status_code == 422 and words in res.json()["message"]


def test_rules_list_and_docs_are_the_clis(client):
    listed = client.get("/v1/rules").json()["rules"]
    cli = subprocess.run([REPLYLINT, "rules"], capture_output=True, text=True, encoding="utf-8", cwd=ROOT / "examples")
    assert [r["id"] for r in listed] == [line.split()[0] for line in cli.stdout.splitlines()]
    spec = {s.id: s for s in replylint.get_linter().rules}["keigo/double-honorific"]
    doc = client.get("/v1/rules/keigo/double-honorific").json()
    assert doc["docs"]["what"] == spec.docs.what and doc["severity"] == spec.severity
    res = client.get("/v1/rules/keigo/no-such-rule")
    assert res.status_code == 404 and res.json()["error"] == "unknown_rule"


def test_health_and_readiness_once_the_server_answers(server, client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()  # rules load before the first request is accepted
    assert ready["status"] == "ready" and ready["rules"] == len(replylint.get_linter().rules)
    assert "Application startup complete" in server.log_text()


def test_openapi_documents_every_route_and_each_documented_route_answers(client):
    from replylint.server.app import create_app
    from replylint.server.settings import Settings

    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    routes = {getattr(r, "path", None) for r in create_app(Settings()).routes} - {"/static"}
    documented = {p.replace("{rule_id}", "{rule_id:path}") for p in doc["paths"]}
    assert routes == documented
    assert set(doc["components"]["schemas"]["LintRequest"]["properties"]) == {
        "text", "channel", "mode", "first_message", "audience", "select", "ignore"}
    for path, ops in doc["paths"].items():
        if "get" in ops:
            assert client.get(path.replace("{rule_id}", "keigo/baito")).status_code == 200, path


# -- the text is never logged -------------------------------------------------------

def test_the_text_sent_never_reaches_the_log(server, client):
    secret = "注文番号ZX-90817の件、山田花子様のレイテンシ"
    assert lint(client, text=secret, channel="chat").status_code == 200
    assert lint(client, text=secret, channel="fax").status_code == 422
    client.post("/v1/lint", content=b'{"text": "' + secret.encode() + b'", ', headers={"content-type": "application/json"})
    client.post("/v1/lint/batch", json={"replies": [{"text": secret, "channel": "sns"}]})
    client.get("/v1/rules/" + secret)  # text pasted into a URL by mistake
    # a line is written once its response has gone out: wait for the last one
    deadline = time.monotonic() + 10
    while "GET <path left out" not in server.log_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    log = server.log_text()
    for piece in ("ZX-90817", "山田花子", "注文番号", "レイテンシ", "%E6%B3%A8"):
        assert piece not in log
    lines = [line for line in log.splitlines() if "replylint.access" in line]
    assert any(line.endswith("ms") and "POST /v1/lint 200 " in line for line in lines)
    assert any("POST /v1/lint 422 " in line for line in lines)
    assert any("POST /v1/lint 400 " in line for line in lines)
    assert any("GET <path left out" in line for line in lines)
    assert "127.0.0.1:" not in "\n".join(lines)  # no client address either


# -- token and CORS -----------------------------------------------------------------

def test_with_a_token_every_v1_call_needs_it_and_health_does_not(guarded):
    body = {"text": CHAT, "channel": "chat"}
    res = httpx.post(guarded.url + "/v1/lint", json=body)
    assert res.status_code == 401 and res.headers["www-authenticate"] == "Bearer"
    assert httpx.post(guarded.url + "/v1/lint", json=body, headers={"Authorization": "Bearer wrong-token-wrong-token"}).status_code == 401
    assert httpx.get(guarded.url + "/v1/rules").status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert httpx.post(guarded.url + "/v1/lint", json=body, headers=auth).status_code == 200
    assert httpx.get(guarded.url + "/v1/rules", headers=auth).status_code == 200
    assert httpx.get(guarded.url + "/healthz").status_code == 200
    # the workers got the other settings too
    batch = {"replies": [body] * 4}
    assert httpx.post(guarded.url + "/v1/lint/batch", json=batch, headers=auth).status_code == 422
    big = {"text": "あ" * 3000, "channel": "chat"}  # 9 KB in UTF-8
    assert httpx.post(guarded.url + "/v1/lint", json=big, headers=auth).status_code == 413


def test_cors_answers_only_the_listed_origin(guarded, client):
    pre = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, content-type"}
    ok = httpx.options(guarded.url + "/v1/lint", headers={"Origin": ORIGIN, **pre})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == ORIGIN
    assert "authorization" in ok.headers["access-control-allow-headers"].lower()
    other = httpx.options(guarded.url + "/v1/lint", headers={"Origin": "https://evil.example", **pre})
    assert "access-control-allow-origin" not in other.headers and other.status_code >= 400
    real = httpx.post(guarded.url + "/v1/lint", json={"text": CHAT, "channel": "chat"},
                      headers={"Origin": ORIGIN, "Authorization": f"Bearer {TOKEN}"})
    assert real.headers["access-control-allow-origin"] == ORIGIN
    # the default server lists no origin: CORS is closed
    closed = client.options("/v1/lint", headers={"Origin": ORIGIN, **pre})
    assert "access-control-allow-origin" not in closed.headers
    assert "access-control-allow-origin" not in lint(client, text=CHAT, channel="chat").headers


# -- starting -----------------------------------------------------------------------

def _serve(*args, env=None):
    import os
    return subprocess.run([REPLYLINT, "serve", *args], capture_output=True, text=True, encoding="utf-8",
                          timeout=60, env={**os.environ, **(env or {})})


def test_refuses_a_non_loopback_host_without_a_token():
    res = _serve("--host", "0.0.0.0", "--port", "9", env={"REPLYLINT_TOKEN": ""})
    assert res.returncode == 2 and "without a token" in res.stderr


@pytest.mark.parametrize("args, words", [
    (["--config", "no-such.toml"], "no such config file"),
    (["--token-file", "no-such-token"], "cannot read the token file"),
    (["--cors-origin", "*"], "exact origin"),
    (["--workers", "0"], "Invalid value"),
])
def test_bad_settings_exit_2_with_a_message(tmp_path, args, words):
    res = _serve("--port", "9", *args)
    assert res.returncode == 2 and words in res.stderr, res.stderr


def test_a_bad_config_stops_before_serving(tmp_path):
    (tmp_path / "replylint.toml").write_text('select = ["keigo/nope"]\n', encoding="utf-8")
    res = _serve("--port", "9", "--config", str(tmp_path / "replylint.toml"))
    assert res.returncode == 2 and "keigo/nope" in res.stderr


def test_a_taken_port_is_a_clear_error(server):
    port = server.url.rsplit(":", 1)[1]
    res = _serve("--port", port)
    assert res.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in res.stderr


def test_help_explains_the_service():
    res = _serve("--help")
    assert res.returncode == 0
    for words in ("/v1/lint", "--token-file", "--cors-origin", "REPLYLINT_TOKEN", "ログにも記録せず"):
        assert words in res.stdout
