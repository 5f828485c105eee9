"""Template leftovers in drafts; helpdesk placeholders in template mode (macros)."""

from __future__ import annotations

import replylint

from conftest import rule_hits


def spans(report, rule, text):
    return [text[f.start:f.end] for f in rule_hits(report, rule)]


def test_draft_flags_helpdesk_placeholders(linter):
    text = "{{ticket.requester.name}} 様\nご依頼を {{ticket.id}} で承りました。"
    assert spans(linter.lint(text, "email"), "template/placeholder", text) == ["{{ticket.requester.name}}", "{{ticket.id}}"]


def test_template_mode_accepts_known_helpdesk_placeholders(linter):
    text = "{{ticket.requester.first_name}} 様\nご依頼を {{ticket.id}} で承りました。{% if ticket.status %}対応中です。{% endif %}"
    assert rule_hits(linter.lint(text, "email", mode="template"), "template/placeholder") == []


def test_template_mode_checks_syntax(linter):
    for bad in ("{{ticket.requester.name}", "{ticket.requester.name}}", "{{ }}", "{{}}"):
        text = f"{bad} 様\nご連絡ありがとうございます。"
        hits = rule_hits(linter.lint(text, "email", mode="template"), "template/placeholder")
        assert hits, bad
        assert hits[0].start == 0


def test_template_mode_flags_unknown_names_with_a_suggestion(linter):
    text = "{{ticket.requester.frist_name}} 様"
    hits = rule_hits(linter.lint(text, "email", mode="template"), "template/placeholder")
    assert len(hits) == 1
    assert hits[0].suggestion == "{{ticket.requester.first_name}}"
    assert "ticket.requester.frist_name" in hits[0].message


def test_template_mode_known_list_is_configurable(backend):
    text = "{{ticket.requester.nickname}} 様 / {{ticket.ticket_field_360001}} / {{dc.greeting}}"
    default = replylint.get_linter({"tokenizer": backend})
    assert len(rule_hits(default.lint(text, "email", mode="template"), "template/placeholder")) == 1
    custom = replylint.get_linter({"tokenizer": backend, "options": {
        "template/placeholder": {"known": ["ticket.requester.nickname"]}}})
    assert rule_hits(custom.lint(text, "email", mode="template"), "template/placeholder") == []


def test_template_mode_still_flags_hand_filled_slots(linter):
    text = "担当の○○から、〇月〇日にご連絡いたします。"
    assert spans(linter.lint(text, "email", mode="template"), "template/placeholder", text) == ["○○", "〇", "〇"]


def test_placeholder_in_signature_is_found(linter):
    text = "浜野様\nいつもお世話になっております。\n手続きが完了しました。\n今後ともよろしくお願いいたします。\n\n【会社名】 お客様窓口\n森下 啓太"
    assert "【会社名】" in spans(linter.lint(text, "email"), "template/placeholder", text)


def test_placeholder_in_quoted_text_is_ignored(linter):
    text = "ご連絡ありがとうございます。\n> {{first_name}} 様"
    assert rule_hits(linter.lint(text, "chat"), "template/placeholder") == []


def test_agent_note_covers_the_rest_of_its_line(linter):
    text = "手続きが完了しました。\n【社内用】前回の対応で苦情あり。丁寧に対応すること。\n明日届きます。"
    assert spans(linter.lint(text, "email"), "template/agent-note", text) == ["【社内用】前回の対応で苦情あり。丁寧に対応すること。"]


def test_repeated_sentence_points_at_the_repeat(linter):
    text = "お届けが遅れており、ご迷惑をおかけし申し訳ございません。本日発送します。ご迷惑をおかけし申し訳ございません。"
    assert spans(linter.lint(text, "chat"), "template/repeated-sentence", text) == ["ご迷惑をおかけし申し訳ございません。"]
    assert text.rindex("ご迷惑") == rule_hits(linter.lint(text, "chat"), "template/repeated-sentence")[0].start


def test_mixed_name_suggests_the_name_used_elsewhere(linter):
    text = ("いつも青空ブックスをご利用いただき、ありがとうございます。\nみどり書房 お客様係の中井でございます。\n"
            "今後ともみどり書房をよろしくお願いいたします。\n\nみどり書房 お客様係\n中井 千秋")
    hits = rule_hits(linter.lint(text, "email"), "template/mixed-name")
    assert [text[h.start:h.end] for h in hits] == ["青空ブックス"]
    assert hits[0].suggestion == "みどり書房"


def test_offsets_survive_full_width_text(linter):
    text = "ご注文番号％ＯＲＤＥＲ％の商品を発送しました。"
    assert spans(linter.lint(text, "email"), "template/placeholder", text) == ["％ＯＲＤＥＲ％"]
