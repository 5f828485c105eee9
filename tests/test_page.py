"""The agents' page in a real browser: Debian's chromium driven by Playwright, against the real server.

Nothing downloads a browser: Playwright is handed the system's chromium. Screenshots are kept in
test-artifacts/ at the repository root.
"""

from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import expect, sync_playwright

from conftest import ROOT
from serverutil import start

ARTIFACTS = ROOT / "test-artifacts"
DRAFT = ("田中様\n\nお問い合わせいただきありがとうございます。サポート担当の佐藤です。\n"
         "ご指摘のレイテンシは、昨夜修正版をデプロイしたことで改善しております。\n"
         "お客様がおっしゃられていた件も確認いたします。\n")


def chromium_path() -> str:
    path = os.environ.get("REPLYLINT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Debian's chromium is needed (apt-get install chromium); the README's test command installs it"
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = start(tmp_path_factory.mktemp("page"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1100, "height": 900}, locale="ja-JP")
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    requests = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(server.url + "/")
    yield pg
    assert not errors, errors
    assert all(u.startswith(server.url) for u in requests), requests  # nothing from the network
    context.close()


def finding(page, rule):
    return page.locator(".finding", has=page.locator(".rule", has_text=rule))


def test_typed_draft_is_highlighted_and_listed_and_a_rewrite_applies(page):
    draft = page.locator("#draft")
    draft.fill(DRAFT[:-1])
    draft.press_sequentially("\n以上、よろしくお願いいたします。")  # typing: checked once it pauses
    jargon = finding(page, "jargon/term")
    expect(jargon).to_have_count(2)
    expect(finding(page, "keigo/double-honorific")).to_have_count(1)
    marks = page.locator("#backdrop mark")
    assert {"レイテンシ", "デプロイ", "おっしゃられて"} <= set(marks.all_text_contents())
    expect(jargon.first.locator(".message")).to_contain_text("「レイテンシ」")
    expect(jargon.first.locator(".suggestion")).to_have_text("書き換え案: 応答の遅れ")
    expect(page.locator("#score")).not_to_have_text("–")
    expect(page.locator("#verdict")).to_have_attribute("data-state", "blocking")  # 二重敬語 is an error
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page-findings.png"), full_page=True)

    # the rewrite is in the form of the text it replaces, not the suggestion's dictionary form
    expect(finding(page, "keigo/double-honorific").locator(".suggestion")).to_have_text("書き換え案: おっしゃって")
    jargon.first.locator("button.apply").click()
    expect(page.locator("#draft")).to_have_value(DRAFT.replace("レイテンシ", "応答の遅れ")
                                                 + "以上、よろしくお願いいたします。")
    expect(jargon).to_have_count(1)  # レイテンシ is gone, デプロイ remains
    assert "レイテンシ" not in page.locator("#backdrop").inner_text()
    expect(page.locator("#backdrop mark", has_text="応答の遅れ")).to_have_count(0)

    # by keyboard alone: focus the remaining rewrite and press Enter
    jargon.first.locator("button.apply").focus()
    page.keyboard.press("Enter")
    expect(jargon).to_have_count(0)
    expect(page.locator("#draft")).to_have_value(DRAFT.replace("レイテンシ", "応答の遅れ").replace("デプロイ", "反映")
                                                 + "以上、よろしくお願いいたします。")
    page.screenshot(path=str(ARTIFACTS / "page-applied.png"), full_page=True)


def test_marks_sit_on_the_right_characters_after_a_surrogate_pair(page):
    page.select_option("#channel", "chat")
    page.locator("#draft").fill("𠮷田様😀 レイテンシが大きくなっています。")
    mark = page.locator("#backdrop mark")
    expect(mark).to_have_text(["レイテンシ"])
    page.locator(".finding", has_text="jargon/term").locator("button.show").click()
    selected = page.evaluate("() => { const t = document.getElementById('draft'); "
                             "return t.value.slice(t.selectionStart, t.selectionEnd); }")
    assert selected == "レイテンシ"


def test_the_channel_changes_the_check_and_a_clean_reply_can_be_sent(page):
    text = "ご連絡ありがとうございます。ご注文の商品は本日発送いたしました。ほかにもご不明な点があれば、お気軽にお知らせください。"
    page.locator("#draft").fill(text)
    expect(finding(page, "greeting/addressee")).to_have_count(1)  # an email wants an addressee
    page.select_option("#channel", "chat")
    expect(page.locator(".finding")).to_have_count(0)
    expect(page.locator("#verdict")).to_have_text("このまま送信できます")
    expect(page.locator("#score")).to_have_text("100")


def test_works_at_360_pixels_wide(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ja-JP", is_mobile=True)
    page = context.new_page()
    page.goto(server.url + "/")
    page.locator("#draft").fill(DRAFT)
    expect(finding(page, "jargon/term")).to_have_count(2)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    box = page.locator(".results").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page-360px.png"), full_page=True)
    context.close()


def test_a_server_with_a_token_makes_the_page_ask_for_it(browser, tmp_path):
    token = "page-test-token-0123456789"
    guarded = start(tmp_path, env={"REPLYLINT_TOKEN": token})
    try:
        page = browser.new_page()
        page.goto(guarded.url + "/")
        expect(page.locator("#token-box")).to_be_hidden()
        page.locator("#draft").fill(DRAFT)
        expect(page.locator("#token-box")).to_be_visible()
        expect(page.locator("#status")).to_have_text("このサーバーを使うにはアクセストークンが必要です。")
        page.locator("#token").fill(token)
        page.keyboard.press("Tab")
        expect(finding(page, "jargon/term")).to_have_count(2)
        page.close()
    finally:
        guarded.stop()


def test_apply_all_safe_fixes_uses_the_services_fixes_and_leaves_unsafe_ones(page, server):
    import httpx

    text = DRAFT + "昨日は画面が見れなかったとのこと、失礼いたしました。\n"
    page.locator("#draft").fill(text)
    button = page.locator("#fix-all")
    expect(finding(page, "keigo/ra-nuki")).to_have_count(1)
    expect(button).to_be_enabled()
    button.click()
    expected = httpx.post(server.url + "/v1/fix", json={"text": text, "channel": "email", "audience": "auto"}).json()
    assert "おっしゃっていた" in expected["text"] and "見られなかった" in expected["text"]
    expect(page.locator("#draft")).to_have_value(expected["text"])
    expect(finding(page, "keigo/ra-nuki")).to_have_count(0)
    expect(finding(page, "keigo/double-honorific")).to_have_count(0)
    expect(finding(page, "jargon/term")).to_have_count(2)  # unsafe: a person applies them one by one
    expect(page.locator("#status")).to_contain_text(f"{len(expected['applied'])} 件を修正しました。")
    expect(button).to_be_disabled()  # no safe fix is left
