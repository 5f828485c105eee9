"""positive/* across sentences: where the alternative sits, closings, rule-citing vs refusal."""

from __future__ import annotations

from conftest import rule_hits

OPEN = "お問い合わせありがとうございます。"
END = "ほかにご不明な点があればお知らせください。"


def _pos(linter, text, channel="chat"):
    return [(f.rule, text[f.start:f.end]) for f in linter.lint(text, channel).findings if f.category == "positive"]


def test_alternative_two_sentences_later_after_an_apology(linter):
    text = OPEN + "ご注文後の変更はいたしかねます。申し訳ございません。一度キャンセルしていただければ、あらためてご注文いただけます。" + END
    assert _pos(linter, text) == []


def test_two_sentences_later_does_not_count_after_a_new_topic(linter):
    text = OPEN + "ご注文後の変更はいたしかねます。お届けは明日の午前中です。配送状況はマイページでご確認いただけます。" + END
    assert _pos(linter, text) == [("positive/refusal", "変更はいたしかねます")]


def test_the_closing_offer_of_help_is_not_an_alternative(linter):
    text = OPEN + "開封済みの商品は返品をお受けできません。ご不明な点がございましたら、お気軽にお問い合わせください。"
    assert [r for r, _ in _pos(linter, text)] == ["positive/refusal"]


def test_what_can_be_done_then_the_limit(linter):
    text = OPEN + "クーポンは店舗でご利用いただけます。オンラインストアではご利用いただけません。" + END
    assert _pos(linter, text) == []


def test_rule_citing_takes_the_refusal_along(linter):
    text = OPEN + "規則ですので、申請期限を過ぎた書類は受け付けられません。" + END
    found = _pos(linter, text)
    assert [r for r, _ in found] == ["positive/rule-citing"]
    assert found[0][1] == "規則ですので、申請期限を過ぎた書類は受け付けられません"


def test_refusal_suggestion_shows_the_positive_shape(linter):
    hits = rule_hits(linter.lint(OPEN + "領収書の再発行はいたしかねます。", "chat"), "positive/refusal")
    assert hits and "代わりに" in hits[0].message and hits[0].suggestion


def test_negative_command_suggests_a_positive_form(linter):
    hits = rule_hits(linter.lint("作業中は電源を切らないでください。", "chat"), "positive/negative-command")
    assert hits and "入れたままにしてください" in hits[0].suggestion


def test_email_refusal_in_a_full_reply(linter):
    text = ("石田 直美 様\n\nいつもやまびこ生命をご利用いただき、誠にありがとうございます。\n"
            "やまびこ生命 お客様サービスセンターの渡辺でございます。\n\n"
            "お支払い方法の変更についてご連絡いたします。\n契約期間の途中での変更は、お受けいたしかねます。\n\n"
            "ご不明な点がございましたら、お気軽にお問い合わせください。\n今後ともよろしくお願い申し上げます。\n\n"
            "やまびこ生命 お客様サービスセンター\n渡辺 由香")
    assert [r for r, _ in _pos(linter, text, "email")] == ["positive/refusal"]


def test_quoted_customer_text_is_never_read(linter):
    text = ("ご連絡ありがとうございます。本日発送いたしました。" + END +
            "\n\n> 返品できませんって言われたんですけど、お客様のミスって何ですか？\n> 触らないでください")
    assert _pos(linter, text) == []
