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


def test_salesforce_field_cut_by_the_sentence_splitter_is_found_whole_and_once(linter):
    # the ! of {!…} ends a sentence for the splitter: the placeholder runs past it
    text = "{!Contact.LastName}様\nご請求額は{!Case.Amount}円です。"
    assert spans(linter.lint(text, "email"), "template/placeholder", text) == ["{!Contact.LastName}", "{!Case.Amount}"]


def test_masked_data_is_not_a_slot_but_a_lone_mask_is(linter):
    for masked in ("****-****-****-1234", "**** **** **** 1234", "***@example.jp", "090-****-5678", "090●●●●5678",
                   "ヤマダ ＊＊＊"):
        text = f"ご登録の情報（{masked}）を確認いたしました。"
        assert rule_hits(linter.lint(text, "email"), "template/placeholder") == [], masked
    for slot, span in (("ご返金額は****円です。", "****"), ("ご予約は●●様のお名前で承りました。", "●●"),
                       ("お届けは20XX年の予定です。", "XX"), ("ご担当は***です。", "***")):
        assert spans(linter.lint(slot, "email"), "template/placeholder", slot) == [span], slot


def test_template_mode_checks_each_helpdesk_syntax(linter):
    good = ('{{ contact.firstname }} 様', '{{first_name | fallback: "お客様"}} 様', "{!Contact.LastName}様",
            "{{ticket.requester.name | upcase}} 様")
    for text in good:
        assert rule_hits(linter.lint(text, "email", mode="template"), "template/placeholder") == [], text
    for text, says in (("{{first_name | fallback: お客様}} 様", "フィルター"), ("{!Contact LastName}様", "書き方"),
                       ("%%name##様", None), ("%%nmae%%様", "項目一覧")):
        hits = rule_hits(linter.lint(text, "email", mode="template"), "template/placeholder")
        if says is None:  # mismatched marks are not a placeholder of either tool
            assert hits == [], text
        else:
            assert len(hits) == 1 and says in hits[0].message, text


def test_agent_note_skips_replylint_comments_but_not_other_comments(linter):
    text = ("<!-- replylint-disable-next-line keigo/baito -->\nお支払いのほうは明日です。\n"
            "<!-- 金額は経理に確認 -->\nご返金は明日完了いたします。")
    assert spans(linter.lint(text, "email"), "template/agent-note", text) == ["<!-- 金額は経理に確認 -->"]


def test_bracketed_note_is_the_bracket_or_the_labelled_line(linter):
    text = "（担当者へ：返金は承認済み）ご返金の手続きをいたしました。\n[社内用] 前回クレームあり\n明日届きます。"
    assert spans(linter.lint(text, "email"), "template/agent-note", text) == ["（担当者へ：返金は承認済み）", "[社内用] 前回クレームあり"]


def test_mixed_name_when_both_ends_are_unconfirmed_names_both(linter):
    text = ("いつも『星屑のオーケストラ』をお楽しみいただき、ありがとうございます。\nルミナスゲームズの藤田です。\n"
            "引き続き『白銀のレガリア』をよろしくお願いいたします。")
    hits = rule_hits(linter.lint(text, "email"), "template/mixed-name")
    assert [text[h.start:h.end] for h in hits] == ["『星屑のオーケストラ』"]
    assert "白銀のレガリア" in hits[0].message and hits[0].suggestion is None


def test_mixed_name_reports_another_branch_with_ours_as_suggestion(linter):
    text = ("いつも北斗モータースをご利用いただき、ありがとうございます。\n作業は無料です。\n"
            "今後とも北斗モータース西原店をよろしくお願いいたします。\n\n北斗モータース東町店 サービス受付\n森 由香里")
    hits = rule_hits(linter.lint(text, "email"), "template/mixed-name")
    assert [(text[h.start:h.end], h.suggestion) for h in hits] == [("西原店", "東町店")]


def test_mixed_name_customer_called_by_another_name_names_the_addressee(linter):
    text = "坂本 結衣 様\n\nいつもお世話になっております。\n山下様のご都合のよい方法をお選びください。\n\n西都大学 学務課\n中川 亮"
    hits = rule_hits(linter.lint(text, "email"), "template/mixed-name")
    assert [text[h.start:h.end] for h in hits] == ["山下"]
    assert "坂本 結衣 様" in hits[0].message
    # the same reply that calls the customer by the addressee's name is silent
    same = text.replace("山下様", "坂本様")
    assert rule_hits(linter.lint(same, "email"), "template/mixed-name") == []


def test_mixed_name_takes_out_the_blanks_its_pattern_did():
    """names._unblanked splits on str's blanks where _SPACE.sub("", …) took out re's \\s: the same
    characters, every code point tested."""
    from replylint.checks import names

    text = "名" + "名".join(map(chr, range(0x110000)))
    assert names._unblanked(text) == names._SPACE.sub("", text)


def test_the_default_segments_are_the_linted_kinds():
    """template._linted_ranges reads the document's own list (Document.linted_sentences()) for a
    rule with the default segments: the same sentences only while the two name the same kinds."""
    from replylint import document, rulespec

    assert frozenset(rulespec.DEFAULT_SEGMENTS) == document._LINTED_KINDS



def test_no_note_opens_on_a_bracket_round_one_character():
    """template/agent-note's trigger leaves out a round bracket round one character (（金）, （1）):
    no note of _ANY_NOTE starts on such a bracket, whatever stands inside it, before it or after
    it (a note that starts on the character inside starts on one of the trigger's own)."""
    import string

    from replylint.checks import template

    patterns = "".join(getattr(rx, "pattern", "") for rx in template._ANY_NOTE.patterns)
    inside = set(patterns) | set(string.printable) | set("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん")
    inside |= set("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンー")
    inside |= set("月火水木金土日祝済要確認中客方様注例未不無※→←↑↓⇒")
    before = ["", "。", "です", "た", "す", "!", "\n", "メモ：", "担当者へ"]
    after = ["", "を変更すること", "：確認中", "メモ：在庫確認", "要確認)", " OKなら全額、NGなら半額で提案)", "に誘導すること",
             " 担当者へ：確認", "確認済み)", "丁寧に)", "テンプレB使う)", "返金額を入れる)", "社内メモ：要TEL", "なので丁寧に)",
             "※在庫確認まだ。店舗に要TEL", ":", "：", ")", "\n", "です。"]
    found = []
    for x in sorted(inside):
        if x == ")":
            continue
        for b in before:
            for a in after:
                text = b + "(" + x + ")" + a
                m = template._ANY_NOTE.search(text, len(b), len(text))
                if m is not None and m.start() == len(b):
                    found.append(text)
    assert found == []
