"""`replylint mcp` driven by the official SDK's own client over stdio (the server is a subprocess)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client

import replylint
from replylint.server.results import lint_result, rule_docs

REPLYLINT = str(Path(sys.executable).with_name("replylint"))
DRAFT = ("田中様\n\nお問い合わせいただきありがとうございます。サポート担当の佐藤です。\n"
         "ご指摘のレイテンシは、昨夜修正版をデプロイしたことで改善しております。\n"
         "お客様がおっしゃられていた件も確認いたします。\n")
CLEAN_CHAT = "ご連絡ありがとうございます。ご注文の商品は本日発送いたしました。ほかにもご不明な点があれば、お気軽にお知らせください。"


def session(*calls, errlog=None):
    """Start `replylint mcp`, list its tools, make each (name, arguments) call; return the answers.
    The server's stderr goes to `errlog` (a file) when given."""
    async def run():
        params = StdioServerParameters(command=REPLYLINT, args=["mcp"])
        transport = stdio_client(params, errlog=errlog) if errlog else stdio_client(params)
        async with Client(transport) as client:
            tools = (await client.list_tools()).tools
            return tools, [await client.call_tool(name, args) for name, args in calls]
    return asyncio.run(run())


def error_text(result) -> str:
    assert result.is_error, result
    return result.content[0].text


def test_lists_its_tools_with_their_arguments():
    tools, _ = session()
    by_name = {t.name: t for t in tools}
    assert set(by_name) == {"lint_reply", "explain_rule", "fix_reply"}
    lint = by_name["lint_reply"].input_schema
    assert set(lint["required"]) == {"text", "channel"}
    assert {"mode", "audience", "first_message"} <= set(lint["properties"])
    assert by_name["explain_rule"].input_schema["required"] == ["rule_id"]
    assert set(by_name["fix_reply"].input_schema["required"]) == {"text", "channel"}
    assert {"mode", "unsafe"} <= set(by_name["fix_reply"].input_schema["properties"])


def test_lint_reply_gives_exact_spans_suggestions_score_and_verdict_as_the_library_does():
    _, (result, clean) = session(("lint_reply", {"text": DRAFT, "channel": "email"}),
                                 ("lint_reply", {"text": CLEAN_CHAT, "channel": "chat"}))
    assert not result.is_error
    got = result.structured_content
    expected = lint_result(replylint.lint(DRAFT, "email"))
    assert [{k: v for k, v in f.items() if k != "span"} for f in got["findings"]] == expected["findings"]
    assert (got["score"], got["blocking"]) == (expected["score"], expected["blocking"]) and got["blocking"] is True
    for f in got["findings"]:
        assert f["span"] == DRAFT[f["start"]:f["end"]]
    jargon = next(f for f in got["findings"] if f["rule"] == "jargon/term" and f["span"] == "レイテンシ")
    assert jargon["start"] == DRAFT.index("レイテンシ")
    assert jargon["fix"]["replacement"] == jargon["suggestion"] == "応答の遅れ"
    assert any(f["rule"] == "keigo/double-honorific" and f["severity"] == "error" for f in got["findings"])
    assert clean.structured_content == {"findings": [], "score": 100, "blocking": False}


def test_mode_and_audience_are_passed_on():
    macro = "{{ticket.requester.name}}様\n\nお問い合わせありがとうございます。確認いたします。\n"
    _, (draft, template, business) = session(
        ("lint_reply", {"text": macro, "channel": "email"}),
        ("lint_reply", {"text": macro, "channel": "email", "mode": "template"}),
        ("lint_reply", {"text": macro, "channel": "email", "mode": "template", "audience": "business"}))
    rules = lambda r: {f["rule"] for f in r.structured_content["findings"]}  # noqa: E731
    assert "template/placeholder" in rules(draft)  # a placeholder left in a draft
    assert "template/placeholder" not in rules(template)  # expected in a macro
    assert not business.is_error


def test_first_message_says_whether_a_missing_chat_greeting_is_a_warning():
    text = "ご注文の商品は本日発送いたしました。"
    _, (unsaid, first, later) = session(
        ("lint_reply", {"text": text, "channel": "chat"}),
        ("lint_reply", {"text": text, "channel": "chat", "first_message": True}),
        ("lint_reply", {"text": text, "channel": "chat", "first_message": False}))
    greeting = lambda r: [f["severity"] for f in r.structured_content["findings"] if f["rule"] == "greeting/missing"]  # noqa: E731
    assert (greeting(unsaid), greeting(first), greeting(later)) == (["info"], ["warning"], [])


def test_audience_decides_the_jargon():
    text = "田村様\n\n修正版を本日デプロイいたしました。今後ともよろしくお願いいたします。"
    _, (auto, technical) = session(
        ("lint_reply", {"text": text, "channel": "email"}),
        ("lint_reply", {"text": text, "channel": "email", "audience": "technical"}))
    spans = lambda r: [f["span"] for f in r.structured_content["findings"] if f["rule"] == "jargon/term"]  # noqa: E731
    assert spans(auto) == ["デプロイ"]
    assert spans(technical) == []


def test_bad_arguments_are_tool_errors_that_name_the_argument():
    _, results = session(
        ("lint_reply", {"text": DRAFT, "channel": "fax"}),
        ("lint_reply", {"text": DRAFT, "channel": "email", "mode": "final"}),
        ("lint_reply", {"text": DRAFT, "channel": "email", "audience": "children"}),
        ("lint_reply", {"text": "", "channel": "email"}),
        ("lint_reply", {"text": " \n\u3000", "channel": "chat"}),
        ("lint_reply", {"text": "あ" * 90_000, "channel": "email"}),  # 270,000 bytes in UTF-8
        ("lint_reply", {"text": 5, "channel": "email"}),
        ("lint_reply", {"text": DRAFT}),
        ("explain_rule", {"rule_id": "double-honorific"}),
        ("explain_rule", {"rule_id": "nothing/like-this"}),
    )
    messages = [error_text(r) for r in results]
    assert "channel: required, one of email, chat, sns" in messages[0]
    assert "mode: one of draft, template" in messages[1]
    assert "audience: one of auto, consumer, business, technical" in messages[2]
    assert "text: empty" in messages[3] and "text: empty" in messages[4]
    assert "text: 270000 bytes, more than the limit of 262144 bytes" in messages[5]
    assert "text" in messages[6] and "channel" in messages[7]
    assert "no rule 'double-honorific'; did you mean keigo/double-honorific?" in messages[8]
    assert "no rule 'nothing/like-this'" in messages[9]
    assert "田中様" not in "".join(messages[:3])  # an error names the argument, never quotes the reply


def test_explain_rule_gives_the_rule_docs():
    _, (result,) = session(("explain_rule", {"rule_id": "keigo/double-honorific"}))
    spec = next(s for s in replylint.get_linter().rules if s.id == "keigo/double-honorific")
    assert result.structured_content == rule_docs(spec)
    assert result.structured_content["docs"]["instead"]


def test_the_reply_text_never_reaches_the_server_log(tmp_path):
    secret = "山田太郎様の注文番号は987654です。"
    log = tmp_path / "stderr.txt"
    with log.open("w", encoding="utf-8") as errlog:
        _, results = session(("lint_reply", {"text": secret, "channel": "chat"}),
                             ("lint_reply", {"text": secret, "channel": "fax"}),
                             ("lint_reply", {"text": secret * 10_000, "channel": "chat"}),
                             ("lint_reply", {"text": secret, "channel": "chat", "mode": 3}),
                             errlog=errlog)
    assert [r.is_error for r in results] == [False, True, True, True]
    logged = log.read_text(encoding="utf-8")
    assert "lint_reply" in logged  # the failures were logged, by name
    assert "987654" not in logged and "山田" not in logged


@pytest.mark.parametrize("args", [["mcp", "--config", "no-such.toml"]])
def test_a_bad_config_is_a_usage_error_before_serving(args, tmp_path):
    import subprocess
    proc = subprocess.run([REPLYLINT, *args], cwd=tmp_path, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert "no-such.toml: no such config file" in proc.stderr


def test_fix_reply_applies_the_safe_fixes_as_the_library_does_and_unsafe_only_when_asked():
    _, (safe, unsafe, bad) = session(("fix_reply", {"text": DRAFT, "channel": "email"}),
                                     ("fix_reply", {"text": DRAFT, "channel": "email", "unsafe": True}),
                                     ("fix_reply", {"text": DRAFT, "channel": "fax"}))
    assert not safe.is_error
    got = safe.structured_content
    fixed, applied = replylint.fix(DRAFT, "email")
    assert got["text"] == fixed and "おっしゃっていた" in fixed and "おっしゃられて" not in fixed
    assert [(a["rule"], a["replacement"], a["applicability"]) for a in got["applied"]] == \
        [(f.rule, f.fix.replacement, f.fix.applicability) for f in applied]
    assert all(a["applicability"] == "safe" for a in got["applied"])
    assert "レイテンシ" in got["text"]  # a jargon rewrite is a judgement: not without unsafe
    for f in got["findings"]:  # what remains, in the fixed text
        assert f["span"] == got["text"][f["start"]:f["end"]]
    assert unsafe.structured_content["text"] == replylint.fix(DRAFT, "email", unsafe=True)[0]
    assert "レイテンシ" not in unsafe.structured_content["text"]
    assert "channel" in error_text(bad) and "fax" not in DRAFT
