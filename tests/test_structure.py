"""Greeting and closing per channel; chat first message; template mode and signatures."""

from __future__ import annotations

import replylint

from conftest import rule_hits

EMAIL = ("浜野 聡 様\n\nいつもお世話になっております。\nそらいろ保険の森下でございます。\n\n証明書を郵送いたしました。\n\n"
         "ご不明な点がございましたら、お気軽にお問い合わせください。\n今後ともよろしくお願いいたします。\n\nそらいろ保険 お客様窓口\n森下 啓太")
CHAT_NO_OPENING = "ご注文の内容を変更しました。ほかにご不明な点があればお知らせください。"


def rules_found(report, prefix):
    return sorted({f.rule for f in report.findings if f.rule.startswith(prefix)})


def test_complete_email_is_silent(linter):
    r = linter.lint(EMAIL, "email")
    assert rules_found(r, "greeting") == [] and rules_found(r, "closing") == []


def test_whole_reply_findings_point_at_the_start(linter):
    r = linter.lint("ご依頼の証明書を郵送いたしました。", "email")
    found = [f for f in r.findings if f.category in ("greeting", "closing")]
    assert {f.rule for f in found} == {"greeting/addressee", "greeting/missing", "closing/missing",
                                       "closing/no-further-help", "closing/signature"}
    assert all(f.start == f.end == 0 and (f.line, f.column) == (1, 1) for f in found)


def test_chat_opening_only_on_a_first_message(linter):
    first = rule_hits(linter.lint(CHAT_NO_OPENING, "chat", first_message=True), "greeting/missing")
    assert [f.severity for f in first] == ["warning"] and first[0].message.startswith("書き出しのあいさつがありません")
    assert not rule_hits(linter.lint(CHAT_NO_OPENING, "chat", first_message=False), "greeting/missing")


def test_chat_opening_is_a_suggestion_when_the_turn_is_not_said(linter):
    # one message does not tell whether it opens its conversation: the default is not known
    unsaid = rule_hits(linter.lint(CHAT_NO_OPENING, "chat"), "greeting/missing")
    assert [f.severity for f in unsaid] == ["info"] and unsaid[0].message.startswith("会話の最初のメッセージなら")
    # email and SNS have no turns: as before
    mail = rule_hits(linter.lint(CHAT_NO_OPENING, "email"), "greeting/missing")
    assert [f.severity for f in mail] == ["warning"] and mail[0].message.startswith("書き出しのあいさつがありません")
    assert [f.severity for f in rule_hits(linter.lint(CHAT_NO_OPENING, "sns"), "greeting/missing")] == ["info"]


def test_chat_has_no_addressee_closing_or_signature_rules(linter):
    r = linter.lint(CHAT_NO_OPENING, "chat")
    assert not {"greeting/addressee", "closing/missing", "closing/signature"} & {f.rule for f in r.findings}


def test_sns_has_no_greeting_or_closing_rules(linter):
    r = linter.lint("@taro ご連絡ありがとうございます。明日発送いたします。", "sns")
    assert rules_found(r, "greeting") == [] and rules_found(r, "closing") == []


def test_closing_after_the_help_offer_or_before_it(linter):
    swapped = EMAIL.replace("ご不明な点がございましたら、お気軽にお問い合わせください。\n今後ともよろしくお願いいたします。",
                            "今後ともよろしくお願いいたします。\nご不明な点がございましたら、お気軽にお問い合わせください。")
    r = linter.lint(swapped, "email")
    assert rules_found(r, "closing") == []


def test_chat_ending_with_a_question_needs_no_help_offer(linter):
    r = linter.lint("お待たせいたしました。お届け先はご自宅でよろしいでしょうか。", "chat")
    assert not rule_hits(r, "closing/no-further-help")


def test_signature_not_required_in_template_mode_unless_configured(backend):
    text = EMAIL.rsplit("\n\n", 1)[0]
    lin = replylint.get_linter({"tokenizer": backend})
    assert rule_hits(lin.lint(text, "email"), "closing/signature")
    assert not rule_hits(lin.lint(text, "email", mode="template"), "closing/signature")
    strict = replylint.get_linter({"tokenizer": backend, "options": {"closing/signature": {"in_template": True}}})
    assert rule_hits(strict.lint(text, "email", mode="template"), "closing/signature")


def test_quoted_text_does_not_count_as_an_opening(linter):
    text = "証明書を郵送いたしました。\n\n> いつもお世話になっております。"
    assert rule_hits(linter.lint(text, "chat"), "greeting/missing")


def test_a_chat_turn_that_takes_in_the_last_message_needs_no_opening(linter):
    # かしこまりました。/ 確認いたしました。 as the whole first sentence: a turn of a conversation
    for text in ("かしこまりました。ご予約を10日に変更しました。", "確認いたしました。ご返金は明日です。"):
        assert not rule_hits(linter.lint(text, "chat"), "greeting/missing")
    # ...not when the acknowledgement is part of a longer first sentence of a first message
    assert rule_hits(linter.lint("ご注文の件、確認いたしました。発送は明日です。", "chat"), "greeting/missing")
