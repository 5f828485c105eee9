"""The helpdesk apps' JavaScript in real headless Chromium against the real `replylint serve`.

The helpdesks themselves cannot run here, so each app is built by integrations/build.py (as an
admin would package it), served from a loopback origin, and given a stand-in of its helpdesk's
client object (tests/integrations/*-standin.js) that records what the app asked for and what
it returned. A slow service is a real local endpoint that waits; a stopped one is a closed port.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from appsite import STANDINS, Site, build_apps
from conftest import ROOT
from serverutil import free_port, start
from test_page import browser  # noqa: F401 - the page tests' Chromium set-up, shared

TOKEN = "integration-test-token-0123456789"
LIMIT_MS = 300  # the apps' time limit in these tests (3 s by default), so fail-open is quick

CLEAN_CHAT = "ご連絡ありがとうございます。ご注文の商品は本日発送いたしました。ほかにもご不明な点があれば、お気軽にお知らせください。"
WARNING_CHAT = "ご連絡ありがとうございます。レイテンシが大きくなっていたため、設定を見直しました。ほかにもご不明な点があれば、お気軽にお知らせください。"
# A later turn of a chat: right after the agent's first answer, no greeting is due; as a first
# message it would be reported (greeting/missing, a warning).
LATER_CHAT = "ご注文の商品は本日発送いたしました。ほかにもご不明な点があれば、お気軽にお知らせください。"
BLOCKING_EMAIL = ("田中様\n\nお問い合わせいただきありがとうございます。サポート担当の佐藤です。\n"
                  "ご指摘のレイテンシは、昨夜修正版をデプロイしたことで改善しております。\n"
                  "お客様がおっしゃられていた件も確認いたします。\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("apps")
    build_apps(root)
    served = Site(root)
    yield {"root": root, "url": served.url}
    served.close()


@pytest.fixture(scope="module")
def service(tmp_path_factory, site):
    s = start(tmp_path_factory.mktemp("service"), "--cors-origin", site["url"], env={"REPLYLINT_TOKEN": TOKEN})
    yield s.url
    s.stop()


def serve_file(path: Path):
    return lambda route, request: route.fulfill(path=str(path), content_type="text/javascript")


@pytest.fixture
def open_page(browser, site):
    """A fresh page; every request must go to loopback or to a routed stand-in."""
    contexts, outside, errors = [], [], []

    def opener(path: str, init: str, routes: dict[str, Path]):
        context = browser.new_context(locale="ja-JP")
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        for match, file in routes.items():
            page.route(match, serve_file(file))
        page.on("request", lambda r: None if r.url.startswith("http://127.0.0.1:") or any(
            k in r.url for k in ("zdassets", "appclient")) else outside.append(r.url))
        page.add_init_script(init)
        page.goto(site["url"] + path)
        return page

    yield opener
    for c in contexts:
        c.close()
    assert not errors, errors
    assert not outside, outside


def closed_port_url() -> str:
    return f"http://127.0.0.1:{free_port()}"


# ---------------------------------------------------------------- Zendesk (ticket.save hook)

def zendesk(open_page, comment, *, via="email", url, token=TOKEN, type_="publicReply", **ticket):
    """ticket: ticketId, requesterId, comments, users (Zendesk's API), apiFault ("error" | "hang")."""
    cfg = {"comment": comment, "via": via, "type": type_,
           "settings": {"service_url": url, "token": token, "time_limit_ms": LIMIT_MS}, **ticket}
    page = open_page("/zendesk/assets/iframe.html", f"window.__zafConfig = {json.dumps(cfg)};",
                     {"https://static.zdassets.com/**": STANDINS / "zaf-standin.js"})
    page.wait_for_function("() => window.__zaf && window.__zaf.registered().includes('ticket.save')")
    return page


def save(page) -> dict:
    return page.evaluate("() => window.__zaf.save()")


def test_zendesk_clean_reply_is_saved_and_the_token_stays_with_the_proxy(open_page, service):
    page = zendesk(open_page, CLEAN_CHAT, via="native_messaging", url=service)
    assert save(page) == {"allowed": True}
    expect(page.locator("#replylint")).to_have_attribute("data-state", "clean")
    expect(page.locator("#replylint-notice")).to_be_hidden()
    (request,) = page.evaluate("() => window.__zaf.requests")
    assert request["url"] == service + "/v1/lint" and request["type"] == "POST"
    # messaging is checked as chat; no agent has answered on this ticket yet: a first message
    assert request["body"] == {"text": CLEAN_CHAT, "channel": "chat", "first_message": True}
    # the app only ever holds the placeholder; Zendesk's proxy fills it in (secure setting)
    assert request["secure"] is True and request["headers"]["Authorization"] == "Bearer {{setting.token}}"
    assert TOKEN not in page.content()


def test_zendesk_blocking_reply_is_rejected_with_the_blocking_findings(open_page, service):
    page = zendesk(open_page, BLOCKING_EMAIL, url=service)
    verdict = save(page)
    assert verdict["allowed"] is False
    lines = verdict["message"].splitlines()
    assert lines[0] == "replylint: このまま送信できません。次の 1 件を直してから送信してください。"
    assert lines[1].startswith("・「おっしゃられて」") and lines[1].endswith("[keigo/double-honorific]")
    assert len(lines) == 2  # only the error blocks; the warnings stay in the sidebar
    expect(page.locator("#replylint")).to_have_attribute("data-state", "blocking")
    expect(page.locator(".replylint-finding")).to_have_count(6)
    assert page.evaluate("() => window.__zaf.state['comment.text']") == BLOCKING_EMAIL  # untouched
    # an email is not a chat turn: its body is as before, and the ticket's comments are not read
    (request,) = page.evaluate("() => window.__zaf.requests")
    assert request["body"] == {"text": BLOCKING_EMAIL, "channel": "email"}
    assert page.evaluate("() => window.__zaf.apiRequests") == []


def test_zendesk_warnings_pass_show_live_and_a_rewrite_applies_to_rich_text(open_page, service):
    html = f"<p>{WARNING_CHAT}</p>"
    page = zendesk(open_page, html, via="chat", url=service)
    assert save(page) == {"allowed": True}
    expect(page.locator("#replylint")).to_have_attribute("data-state", "warnings")
    item = page.locator(".replylint-finding[data-rule='jargon/term']")
    expect(item.locator(".replylint-span")).to_have_text("レイテンシ")
    expect(item.locator(".replylint-suggestion")).to_have_text("書き換え案: 応答の遅れ")
    item.locator("button.replylint-apply").click()
    expect(item).to_have_count(0)  # checked again after the rewrite
    assert page.evaluate("() => window.__zaf.sets") == [["comment.text", html.replace("レイテンシ", "応答の遅れ")]]
    # typing: the sidebar follows the draft without a save
    page.evaluate(f"() => window.__zaf.type({json.dumps(WARNING_CHAT.replace('設定', 'デプロイ後のキャッシュ設定'))})")
    expect(page.locator(".replylint-finding[data-rule='jargon/term'] .replylint-span")).to_have_text(
        ["レイテンシ", "デプロイ", "キャッシュ"])
    expect(page.locator("#replylint")).to_have_attribute("data-state", "warnings")


CUSTOMER, AGENT, OTHER_AGENT = 7001, 501, 502
USERS = [{"id": CUSTOMER, "role": "end-user"}, {"id": AGENT, "role": "agent"}, {"id": OTHER_AGENT, "role": "admin"}]


def comment(author, public=True):
    return {"author_id": author, "public": public, "body": "…"}


def greeting_findings(page):
    return page.locator(".replylint-finding[data-rule='greeting/missing']")


def test_zendesk_later_chat_turn_after_an_agent_reply_is_not_a_first_message(open_page, service):
    page = zendesk(open_page, LATER_CHAT, via="native_messaging", url=service, users=USERS,
                   comments=[comment(CUSTOMER), comment(AGENT), comment(CUSTOMER)])
    assert save(page) == {"allowed": True}
    (request,) = page.evaluate("() => window.__zaf.requests")
    assert request["body"] == {"text": LATER_CHAT, "channel": "chat", "first_message": False}
    # the real service takes it as a later turn: no greeting is asked for
    expect(page.locator("#replylint")).to_have_attribute("data-state", "clean")
    expect(greeting_findings(page)).to_have_count(0)
    # read from Zendesk's own API with the agent's session (no secure proxy, no token)
    assert page.evaluate("() => window.__zaf.apiRequests") == [
        {"url": "/api/v2/tickets/4021/comments.json?include=users", "type": "GET", "secure": False}]
    # typing on: still a later turn, and the answer is kept instead of asked again
    page.evaluate(f"() => window.__zaf.type({json.dumps(LATER_CHAT + '引き続きよろしくお願いいたします。')})")
    page.wait_for_function("() => window.__zaf.requests.length === 2")
    assert page.evaluate("() => window.__zaf.requests[1].body.first_message") is False
    assert len(page.evaluate("() => window.__zaf.apiRequests")) == 1


@pytest.mark.parametrize("ticket", [
    pytest.param({"comments": [comment(CUSTOMER)]}, id="only-the-customer-wrote"),
    pytest.param({"comments": [comment(CUSTOMER), comment(AGENT, public=False),
                               comment(OTHER_AGENT, public=False)]}, id="agents-wrote-internal-notes-only"),
    pytest.param({"requesterId": AGENT, "comments": [comment(AGENT)]}, id="an-agent-opened-it-for-the-customer"),
    pytest.param({"comments": [comment(9999)]}, id="author-not-among-the-users"),
    pytest.param({"ticketId": None}, id="a-new-ticket"),
])
def test_zendesk_chat_with_no_public_agent_reply_is_a_first_message(open_page, service, ticket):
    page = zendesk(open_page, LATER_CHAT, via="chat", url=service, users=USERS, **ticket)
    assert save(page) == {"allowed": True}
    (request,) = page.evaluate("() => window.__zaf.requests")
    assert request["body"] == {"text": LATER_CHAT, "channel": "chat", "first_message": True}
    expect(greeting_findings(page)).to_have_count(1)
    expect(page.locator("#replylint")).to_have_attribute("data-state", "warnings")
    asked = page.evaluate("() => window.__zaf.apiRequests")
    assert len(asked) == (0 if ticket.get("ticketId", 1) is None else 1)


@pytest.mark.parametrize("fault", ["error", "hang"])
def test_zendesk_unreadable_comments_still_check_the_reply_with_its_turn_unknown(open_page, service, fault):
    page = zendesk(open_page, LATER_CHAT, via="native_messaging", url=service, users=USERS,
                   comments=[comment(AGENT)], apiFault=fault)
    assert save(page) == {"allowed": True}
    (request,) = page.evaluate("() => window.__zaf.requests")
    assert request["body"] == {"text": LATER_CHAT, "channel": "chat"}  # not known: not said
    # checked, not skipped: the missing greeting is told as a suggestion (info), not a warning
    expect(greeting_findings(page)).to_have_count(1)
    expect(greeting_findings(page)).to_have_class(re.compile(r"\binfo\b"))
    expect(page.locator("#replylint-notice")).to_be_hidden()
    assert page.evaluate("() => window.__zaf.notifications") == []


def test_zendesk_internal_note_is_not_checked(open_page, service):
    page = zendesk(open_page, BLOCKING_EMAIL, url=service, type_="internalNote")
    assert save(page) == {"allowed": True}
    assert page.evaluate("() => window.__zaf.requests") == []


@pytest.mark.parametrize("where, notice", [
    ("slow", f"replylint が {LIMIT_MS / 1000:g} 秒以内に応答しなかったため、チェックできませんでした。送信はそのまま行えます。"),
    ("stopped", "replylint に接続できなかったため、チェックできませんでした。送信はそのまま行えます。"),
])
def test_zendesk_fails_open_with_a_notice_when_the_service_does_not_answer(open_page, site, where, notice):
    url = site["url"] + "/slow" if where == "slow" else closed_port_url()
    page = zendesk(open_page, BLOCKING_EMAIL, url=url)
    assert save(page) == {"allowed": True}
    expect(page.locator("#replylint-notice")).to_have_text(notice)
    expect(page.locator("#replylint")).to_have_attribute("data-state", "unavailable")
    assert page.evaluate("() => window.__zaf.notifications") == [{"message": notice, "kind": "alert"}]


def test_zendesk_wrong_token_is_a_configuration_error_for_the_agent(open_page, service):
    page = zendesk(open_page, BLOCKING_EMAIL, url=service, token="not-the-token-0123456789")
    assert save(page) == {"allowed": True}
    notice = page.locator("#replylint-notice")
    expect(notice).to_contain_text("replylint の設定エラー: アクセストークンが正しくありません。")
    expect(notice).to_have_attribute("data-state", "config")
    (note,) = page.evaluate("() => window.__zaf.notifications")
    assert note["kind"] == "alert" and "アクセストークン" in note["message"]
    # shown to the agent only: the reply going to the customer is not touched
    assert page.evaluate("() => [window.__zaf.sets, window.__zaf.state['comment.text']]") == [[], BLOCKING_EMAIL]


# ---------------------------------------------------------------- Freshdesk (ticket.sendReply)

def freshdesk(open_page, site, *, source=1, url, token=TOKEN, iparams=(), **ticket):
    """iparams: more installation settings; ticket: conversations, ticketId, apiFault ("error" | "hang")."""
    app = site["root"] / "freshdesk"
    cfg = {"source": source, "serviceUrl": url, **ticket,
           "iparams": {"service_host": "replylint.example.com", "token": token, "time_limit_ms": LIMIT_MS,
                       **dict(iparams)},
           "iparamsSchema": json.loads((app / "config" / "iparams.json").read_text("utf-8")),
           "requests": json.loads((app / "config" / "requests.json").read_text("utf-8"))}
    page = open_page("/freshdesk/app/index.html", f"window.__fdConfig = {json.dumps(cfg)};",
                     {lambda u: "appclient" in u: STANDINS / "freshdesk-standin.js"})
    page.wait_for_function("() => (window.__fd && window.__fd.listeners['ticket.sendReply'] || []).length > 0")
    return page


def send_reply(page, body: str) -> dict:
    return page.evaluate("(body) => window.__fd.sendReply(body)", body)


def test_freshdesk_clean_reply_is_sent_through_the_request_template(open_page, site, service):
    page = freshdesk(open_page, site, source=7, url=service)
    assert page.evaluate("() => window.__fd.listeners['ticket.sendReply'][0].intercept") is True
    assert send_reply(page, f"<div>{CLEAN_CHAT}</div>") == {"allowed": True}
    (request,) = page.evaluate("() => window.__fd.requests")
    assert request["name"] == "replylintLint" and request["path"] == "/v1/lint"
    # source 7: chat; HTML to text; no Freshdesk API settings, so the turn is not known: not said
    assert request["body"] == {"text": CLEAN_CHAT + "\n", "channel": "chat"}
    assert page.evaluate("() => window.__fd.apiRequests") == []
    assert request["templateHeaders"]["Authorization"] == "Bearer <%= iparam.token %>"
    expect(page.locator("#replylint")).to_have_attribute("data-state", "clean")


def test_freshdesk_blocking_reply_fails_with_the_message(open_page, site, service):
    page = freshdesk(open_page, site, url=service)
    html = BLOCKING_EMAIL.replace("\n", "<br>")
    verdict = send_reply(page, html)
    assert verdict["allowed"] is False
    assert verdict["message"].startswith("replylint: このまま送信できません。次の 1 件を直してから送信してください。\n・「おっしゃられて」")
    expect(page.locator("#replylint")).to_have_attribute("data-state", "blocking")


def test_freshdesk_warnings_pass_and_show(open_page, site, service):
    page = freshdesk(open_page, site, source=7, url=service)
    assert send_reply(page, WARNING_CHAT) == {"allowed": True}
    expect(page.locator("#replylint")).to_have_attribute("data-state", "warnings")
    expect(page.locator(".replylint-finding[data-rule='jargon/term'] .replylint-span")).to_have_text("レイテンシ")
    assert page.evaluate("() => window.__fd.notifications") == []


FD_API = {"freshdesk_subdomain": "example", "freshdesk_api_key": "fd-api-key-0123456789"}


def conversation(incoming, private=False):
    return {"incoming": incoming, "private": private, "user_id": 1 if incoming else 2, "source": 2 if private else 0}


def test_freshdesk_later_chat_turn_after_an_agent_reply_is_not_a_first_message(open_page, site, service):
    page = freshdesk(open_page, site, source=7, url=service, iparams=FD_API,
                     conversations=[conversation(incoming=False), conversation(incoming=True)])
    assert send_reply(page, f"<p>{LATER_CHAT}</p>") == {"allowed": True}
    (request,) = page.evaluate("() => window.__fd.requests")
    assert request["body"] == {"text": LATER_CHAT + "\n", "channel": "chat", "first_message": False}
    expect(page.locator("#replylint")).to_have_attribute("data-state", "clean")  # no greeting asked for
    expect(greeting_findings(page)).to_have_count(0)
    (asked,) = page.evaluate("() => window.__fd.apiRequests")
    assert asked["name"] == "freshdeskConversations" and asked["method"] == "GET"
    assert asked["host"] == "example.freshdesk.com" and asked["path"] == "/api/v2/tickets/42/conversations"
    # the API key is put in by the proxy, from the secure setting the page never sees
    assert asked["authorized"] is True
    assert asked["templateHeaders"]["Authorization"] == "Basic <%= encode(iparam.freshdesk_api_key) %>"
    assert "freshdesk_api_key" not in page.evaluate("async () => (await window.app.initialized()).iparams.get()")


@pytest.mark.parametrize("setup", [
    pytest.param({"iparams": FD_API, "conversations": []}, id="no-conversation-yet"),
    pytest.param({"iparams": FD_API,
                  "conversations": [conversation(incoming=True), conversation(incoming=False, private=True)]},
                 id="customer-and-a-private-note"),
])
def test_freshdesk_chat_with_no_public_agent_reply_is_a_first_message(open_page, site, service, setup):
    page = freshdesk(open_page, site, source=7, url=service, **setup)
    assert send_reply(page, LATER_CHAT) == {"allowed": True}
    (request,) = page.evaluate("() => window.__fd.requests")
    assert request["body"] == {"text": LATER_CHAT, "channel": "chat", "first_message": True}
    expect(greeting_findings(page)).to_have_count(1)
    expect(greeting_findings(page)).to_have_class(re.compile(r"\bwarning\b"))
    assert len(page.evaluate("() => window.__fd.apiRequests")) == 1


@pytest.mark.parametrize("setup", [
    pytest.param({"iparams": FD_API, "apiFault": "error"}, id="api-error"),
    pytest.param({"iparams": FD_API, "apiFault": "hang"}, id="api-hangs"),
    pytest.param({}, id="api-not-configured"),
])
def test_freshdesk_unreadable_conversations_still_check_the_reply_with_its_turn_unknown(open_page, site, service,
                                                                                         setup):
    page = freshdesk(open_page, site, source=7, url=service, conversations=[conversation(incoming=False)], **setup)
    assert send_reply(page, LATER_CHAT) == {"allowed": True}
    (request,) = page.evaluate("() => window.__fd.requests")
    assert request["body"] == {"text": LATER_CHAT, "channel": "chat"}  # not known: not said
    expect(greeting_findings(page)).to_have_count(1)
    expect(greeting_findings(page)).to_have_class(re.compile(r"\binfo\b"))
    assert page.evaluate("() => window.__fd.notifications") == []


def test_freshdesk_email_reply_does_not_ask_about_the_conversation(open_page, site, service):
    page = freshdesk(open_page, site, source=1, url=service, iparams=FD_API,
                     conversations=[conversation(incoming=False)])
    send_reply(page, BLOCKING_EMAIL)
    (request,) = page.evaluate("() => window.__fd.requests")
    assert request["body"] == {"text": BLOCKING_EMAIL, "channel": "email"}
    assert page.evaluate("() => window.__fd.apiRequests") == []


@pytest.mark.parametrize("where", ["slow", "stopped"])
def test_freshdesk_fails_open_with_a_notice(open_page, site, where):
    url = site["url"] + "/slow" if where == "slow" else closed_port_url()
    page = freshdesk(open_page, site, url=url)
    assert send_reply(page, BLOCKING_EMAIL) == {"allowed": True}
    notice = page.locator("#replylint-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("チェックできませんでした。送信はそのまま行えます。")
    if where == "slow":
        expect(notice).to_contain_text(f"{LIMIT_MS / 1000:g} 秒以内に応答しなかった")
    (note,) = page.evaluate("() => window.__fd.notifications")
    assert note["action"] == "showNotify" and note["type"] == "warning"


def test_freshdesk_wrong_token_is_a_configuration_error(open_page, site, service):
    page = freshdesk(open_page, site, url=service, token="not-the-token-0123456789")
    assert send_reply(page, BLOCKING_EMAIL) == {"allowed": True}
    expect(page.locator("#replylint-notice")).to_contain_text("アクセストークンが正しくありません")
    (note,) = page.evaluate("() => window.__fd.notifications")
    assert "設定エラー" in note["message"]
    # the secure token is never handed to the page by iparams.get()
    assert "token" not in page.evaluate("async () => (await window.app.initialized()).iparams.get()")


# ---------------------------------------------------------------- any web helpdesk

def web(open_page, site, name, *, url, token=TOKEN, channel="chat", on_blocking="block", attrs="", thread="",
        attach=None):
    """A helpdesk-like page: a reply box and a send button whose own handler records the send.

    attrs: more attributes for the script tag; thread: the conversation shown above the box;
    attach: the options of a ReplylintCheck.attach call made by the page (then no data-textarea).
    The /v1/lint bodies the page sends are kept in page.lint_bodies."""
    if attach is None:
        tag = f"""<script src="/web/replylint-check.js" data-textarea="#reply" data-button="button.send"
  data-service-url="{url}" data-token="{token}" data-channel="{channel}" data-on-blocking="{on_blocking}"
  data-time-limit-ms="{LIMIT_MS}" {attrs}></script>"""
    else:
        tag = f"""<script src="/web/replylint-check.js"></script>
<script>ReplylintCheck.attach({{textarea: "#reply", button: "button.send", serviceUrl: "{url}", token: "{token}",
  channel: "{channel}", timeLimitMs: {LIMIT_MS}, {attach}}});</script>"""
    page_html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head><body>
<div id="thread">{thread}</div>
<form id="compose"><textarea id="reply" rows="6" cols="60"></textarea>
<button type="button" class="btn send" id="send">送信</button></form>
<script>window.__sent = []; document.getElementById('send').addEventListener('click',
  () => window.__sent.push(document.getElementById('reply').value));</script>
{tag}
</body></html>"""
    (site["root"] / f"{name}.html").write_text(page_html, encoding="utf-8")
    page = open_page(f"/{name}.html", "", {})
    page.lint_bodies = []
    page.on("request", lambda r: page.lint_bodies.append(json.loads(r.post_data))
            if r.method == "POST" and r.url.endswith("/v1/lint") else None)
    return page


def send(page, text):
    page.locator("#reply").fill(text)
    page.locator("#send").click()


def test_web_clean_reply_is_sent(open_page, site, service):
    page = web(open_page, site, "web-clean", url=service)
    send(page, CLEAN_CHAT)
    page.wait_for_function("() => window.__sent.length === 1")
    assert page.evaluate("() => window.__sent") == [CLEAN_CHAT]
    expect(page.locator(".replylint-panel")).to_have_attribute("data-state", "clean")
    # the page says nothing about the conversation: first_message is not sent (the turn is not known)
    assert page.lint_bodies[-1] == {"text": CLEAN_CHAT, "channel": "chat"}


AGENT_BUBBLE = '<p class="msg agent">お問い合わせありがとうございます。確認いたします。</p>'
CUSTOMER_BUBBLE = '<p class="msg customer">注文した商品はいつ届きますか？</p>'


@pytest.mark.parametrize("name, setup, first", [
    pytest.param("web-first-false", {"attrs": 'data-first-message="false"'}, False, id="first-false"),
    pytest.param("web-first-true", {"attrs": 'data-first-message="true"'}, True, id="first-true"),
    pytest.param("web-agent-shown", {"attrs": 'data-agent-message=".msg.agent"',
                                     "thread": CUSTOMER_BUBBLE + AGENT_BUBBLE}, False, id="agent-shown"),
    pytest.param("web-agent-not-yet", {"attrs": 'data-agent-message=".msg.agent"',
                                       "thread": CUSTOMER_BUBBLE}, True, id="agent-not-yet"),
    pytest.param("web-fn-false", {"attach": "firstMessage: async () => false"}, False, id="fn-false"),
    pytest.param("web-fn-throws", {"attach": "firstMessage: () => { throw new Error('thread not loaded'); }"}, None,
                 id="fn-throws"),
    pytest.param("web-fn-hangs", {"attach": "firstMessage: () => new Promise(() => {})"}, None, id="fn-hangs"),
    pytest.param("web-fn-unsure", {"attach": "firstMessage: () => null"}, None, id="fn-unsure"),
    pytest.param("web-bad-selector", {"attrs": 'data-agent-message="::not a selector"', "thread": AGENT_BUBBLE}, None,
                 id="bad-selector"),
])
def test_web_page_says_whether_the_reply_opens_the_chat(open_page, site, service, name, setup, first):
    page = web(open_page, site, name, url=service, **setup)
    send(page, LATER_CHAT)
    page.wait_for_function("() => window.__sent.length === 1")  # a warning never holds the send
    said = {} if first is None else {"first_message": first}  # (not known: not said)
    assert page.lint_bodies[-1] == {"text": LATER_CHAT, "channel": "chat", **said}
    expect(page.locator(".replylint-panel")).to_have_attribute("data-state", "clean" if first is False else "warnings")
    expect(greeting_findings(page)).to_have_count(0 if first is False else 1)
    if first is not False:  # a warning on a first message, a suggestion where the turn is not known
        expect(greeting_findings(page)).to_have_class(re.compile(r"\bwarning\b" if first else r"\binfo\b"))


def test_web_blocking_reply_is_held_and_sent_once_fixed(open_page, site, service):
    page = web(open_page, site, "web-block", url=service, channel="email")
    send(page, BLOCKING_EMAIL)
    notice = page.locator(".replylint-notice")
    expect(notice).to_contain_text("このまま送信できません。次の 1 件を直してから送信してください。")
    expect(notice).to_contain_text("「おっしゃられて」")
    assert page.evaluate("() => window.__sent") == []
    fixed = BLOCKING_EMAIL.replace("おっしゃられていた", "おっしゃっていた")
    send(page, fixed)
    page.wait_for_function("() => window.__sent.length === 1")
    assert page.evaluate("() => window.__sent") == [fixed]  # warnings remain, the send goes on
    expect(page.locator(".replylint-panel")).to_have_attribute("data-state", "warnings")


def test_web_warn_mode_shows_blocking_findings_but_sends(open_page, site, service):
    page = web(open_page, site, "web-warn", url=service, channel="email", on_blocking="warn")
    send(page, BLOCKING_EMAIL)
    page.wait_for_function("() => window.__sent.length === 1")
    expect(page.locator(".replylint-panel")).to_have_attribute("data-state", "blocking")


def test_web_warnings_show_and_a_rewrite_applies(open_page, site, service):
    page = web(open_page, site, "web-warnings", url=service)
    page.locator("#reply").fill(WARNING_CHAT)  # typing: checked live
    page.locator(".replylint-finding[data-rule='jargon/term'] button.replylint-apply").click()
    expect(page.locator("#reply")).to_have_value(WARNING_CHAT.replace("レイテンシ", "応答の遅れ"))
    expect(page.locator(".replylint-finding[data-rule='jargon/term']")).to_have_count(0)  # checked again
    page.locator("#send").click()
    page.wait_for_function("() => window.__sent.length === 1")


@pytest.mark.parametrize("where", ["slow", "stopped", "wrong-token"])
def test_web_fails_open_with_a_notice(open_page, site, service, where):
    url = {"slow": site["url"] + "/slow", "stopped": closed_port_url(), "wrong-token": service}[where]
    token = "not-the-token-0123456789" if where == "wrong-token" else TOKEN
    page = web(open_page, site, f"web-{where}", url=url, token=token, channel="email")
    send(page, BLOCKING_EMAIL)
    page.wait_for_function("() => window.__sent.length === 1")  # sent unchecked
    notice = page.locator(".replylint-notice")
    expect(notice).to_have_attribute("data-state", "config" if where == "wrong-token" else "unavailable")
    expect(notice).to_contain_text("アクセストークンが正しくありません" if where == "wrong-token"
                                   else "チェックできませんでした。送信はそのまま行えます。")


# ---------------------------------------------------------------- the app folders themselves

def test_the_built_app_folders_are_complete_and_consistent(site):
    root = site["root"]
    zd = json.loads((root / "zendesk" / "manifest.json").read_text("utf-8"))
    assert zd["location"]["support"]["ticket_sidebar"]["url"] == "assets/iframe.html"
    params = {p["name"]: p for p in zd["parameters"]}
    assert params["token"]["secure"] is True and params["service_url"]["type"] == "url"
    for lang in ("ja", "en"):
        tr = json.loads((root / "zendesk" / "translations" / f"{lang}.json").read_text("utf-8"))
        assert set(tr["app"]["parameters"]) == set(params), lang  # every setting has a label
    for name in ("iframe.html", "main.js", "replylint-core.js", "replylint-panel.css", "logo.png", "logo-small.png"):
        assert (root / "zendesk" / "assets" / name).is_file(), name

    fd = root / "freshdesk"
    manifest = json.loads((fd / "manifest.json").read_text("utf-8"))["product"]["freshdesk"]
    requests = json.loads((fd / "config" / "requests.json").read_text("utf-8"))
    assert set(manifest["requests"]) == set(requests) == {"replylintLint", "freshdeskConversations"}
    iparams = json.loads((fd / "config" / "iparams.json").read_text("utf-8"))
    assert iparams["token"]["secure"] is True and iparams["freshdesk_api_key"]["secure"] is True
    # the conversation lookup is optional: an app installed without it keeps working as before
    assert not iparams["freshdesk_subdomain"]["required"] and not iparams["freshdesk_api_key"]["required"]
    for name in ("app/index.html", "app/scripts/app.js", "app/scripts/replylint-core.js",
                 "app/styles/replylint-panel.css", "app/styles/images/icon.svg"):
        assert (fd / name).is_file(), name

    # one copy of the shared logic in the sources; the builds carry it
    core = (ROOT / "integrations" / "shared" / "replylint-core.js").read_text("utf-8")
    assert core in (root / "web" / "replylint-check.js").read_text("utf-8")
    sources = [p for p in (ROOT / "integrations").rglob("*.js") if "dist" not in p.parts]
    assert [p.name for p in sources if "function verdictOf" in p.read_text("utf-8")] == ["replylint-core.js"]
