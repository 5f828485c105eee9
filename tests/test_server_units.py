"""The service's small parts on their own: the loopback rule, the token, UTF-16 offsets."""

from __future__ import annotations

import pytest

from replylint.server.results import utf16_offsets
from replylint.server.settings import Settings, SettingsError, is_loopback, read_token

TOKEN = "a-token-of-sufficient-length"


@pytest.mark.parametrize("host, loop", [("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("[::1]", True),
                                        ("localhost", True), ("0.0.0.0", False), ("::", False), ("", False),
                                        ("192.168.1.5", False), ("example.com", False)])
def test_loopback_hosts(host, loop):
    assert is_loopback(host) is loop


def test_a_non_loopback_host_needs_a_token_and_starts_with_one():
    with pytest.raises(SettingsError, match="without a token"):
        Settings(host="0.0.0.0").check()
    Settings(host="0.0.0.0", token=TOKEN).check()
    with pytest.raises(SettingsError, match="too short"):
        Settings(host="0.0.0.0", token="short").check()


def test_token_from_a_file_wins_over_the_environment(tmp_path):
    assert read_token(None, {"REPLYLINT_TOKEN": f"  {TOKEN}\n"}) == TOKEN
    assert read_token(None, {"REPLYLINT_TOKEN": "  "}) is None and read_token(None, {}) is None
    (tmp_path / "t").write_text("from-the-file-0123456789\n", encoding="utf-8")
    assert read_token(str(tmp_path / "t"), {"REPLYLINT_TOKEN": TOKEN}) == "from-the-file-0123456789"
    (tmp_path / "empty").write_text("\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="empty"):
        read_token(str(tmp_path / "empty"), {})


def test_settings_reach_the_workers_through_the_environment_unchanged():
    s = Settings(host="::1", port=1234, workers=2, token=TOKEN, cors_origins=("https://a.example",),
                 max_body=4096, time_limit=0.5, max_batch=7, access_log=False)
    assert Settings.from_env({"REPLYLINT_SERVER_SETTINGS": s.to_env()}) == s


@pytest.mark.parametrize("text", ["", "abc", "日本語です", "𠮷野家😀レイテンシ", "a\U0010ffffb\U00010000"])
def test_utf16_offsets_agree_with_javascripts_string_length(text):
    to16 = utf16_offsets(text)
    for i in range(len(text) + 1):
        assert to16(i) == len(text[:i].encode("utf-16-le")) // 2


def _slow(seconds):
    import time
    end = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < end:  # Python code, as the lint is: the alarm lands between bytecodes
        n += 1
    return n


def test_the_alarm_stops_a_call_that_runs_past_the_limit_and_leaves_none_armed():
    import asyncio
    import signal
    import time

    from replylint.server.timelimit import Limiter, TimeLimit

    limiter = Limiter(0.05)
    assert limiter.alarm  # pytest runs tests in the main thread
    began = time.perf_counter()
    with pytest.raises(TimeLimit):
        asyncio.run(limiter.run(_slow, 5))
    assert time.perf_counter() - began < 4  # stopped, not run to its end
    assert asyncio.run(limiter.run(_slow, 0.001)) > 0
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_off_the_main_thread_the_limit_falls_back_to_a_thread():
    import asyncio
    import threading

    from replylint.server.timelimit import Limiter, TimeLimit

    out = {}

    def run():
        limiter = Limiter(0.05)
        out["alarm"] = limiter.alarm
        try:
            asyncio.run(limiter.run(_slow, 0.5))
        except TimeLimit:
            out["stopped"] = True
        out["quick"] = asyncio.run(limiter.run(_slow, 0.001))
        limiter.close()

    t = threading.Thread(target=run)
    t.start()
    t.join(10)
    assert out["alarm"] is False and out["stopped"] and out["quick"] > 0


def test_a_request_without_audience_takes_the_servers_config():
    from replylint import get_linter
    from replylint.server.payload import parse_lint
    from replylint.server.results import lint_request

    linter = get_linter({"audience": "technical"})
    rules = [s.id for s in linter.rules]
    text = "修正版を本日デプロイいたしました。"
    jargon = lambda body: [f["rule"] for f in lint_request(linter, parse_lint(body, rules))["findings"]  # noqa: E731
                           if f["rule"] == "jargon/term"]
    assert jargon({"text": text, "channel": "email"}) == []  # the server's readers are technical
    assert jargon({"text": text, "channel": "email", "audience": "consumer"}) == ["jargon/term"]
    assert parse_lint({"text": text, "channel": "email"}, rules).audience is None
