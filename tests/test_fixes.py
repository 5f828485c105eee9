"""Fixes as data (issue 17): the exact rewrite of each fixable rule's span, in the form of the
text it replaces, the same on both tokenizers, and how it is applied (overlaps, passes, the
parts of a reply no fix may touch)."""

from __future__ import annotations

import pytest

import replylint
from replylint.finding import Finding, Fix, Report
from replylint.fixes import apply, choose

# (rule, reply, the span found, its replacement): te-form, past, negative and polite forms
FIX_TABLE = [
 # keigo/ra-nuki (safe)
 ("keigo/ra-nuki", "毎月の明細はアプリでいつでも見れます。", "見れます", "見られます"),
 ("keigo/ra-nuki", "昨日はお店に来れなかったと伺いました。", "来れなかった", "来られなかった"),
 ("keigo/ra-nuki", "当日の説明会に出れない方は、録画をご覧ください。", "出れない", "出られない"),
 ("keigo/ra-nuki", "この画面なら過去の明細も見れて便利です。", "見れて", "見られて"),
 ("keigo/ra-nuki", "解凍後はそのまま食べれます。", "食べれます", "食べられます"),
 ("keigo/ra-nuki", "ようやく予約が決めれた。", "決めれた", "決められた"),
 # keigo/sa-ire (safe)
 ("keigo/sa-ire", "明日、担当者が現地へ行かさせていただきます。", "行かさせていただきます", "行かせていただきます"),
 ("keigo/sa-ire", "誠に勝手ながら、12月30日は休まさせていただきます。", "休まさせていただきます", "休ませていただきます"),
 ("keigo/sa-ire", "いただいたご意見は、担当者がすべて読まさせていただきました。", "読まさせていただきました", "読ませていただきました"),
 ("keigo/sa-ire", "頂いた写真を資料として使わさせていただけますか。", "使わさせていただけます", "使わせていただけます"),
 ("keigo/sa-ire", "少しだけ休まさせてください。", "休まさせてください", "休ませてください"),
 # keigo/double-honorific (safe)
 ("keigo/double-honorific", "お客様がおっしゃられていた画面を確認しました。", "おっしゃられて", "おっしゃって"),
 ("keigo/double-honorific", "お客様がおっしゃられた内容を確認いたしました。", "おっしゃられた", "おっしゃった"),
 ("keigo/double-honorific", "先ほどお客様がおっしゃられました件を確認いたしました。", "おっしゃられました", "おっしゃいました"),
 ("keigo/double-honorific", "添付の資料はご覧になられましたでしょうか。", "ご覧になられましたでしょう", "ご覧になりましたでしょう"),
 ("keigo/double-honorific", "当日は何時ごろにいらっしゃられますか。", "いらっしゃられます", "いらっしゃいます"),
 # (the い speech drops after て put back: the fix leaves no casual form behind)
 ("keigo/double-honorific", "まだお受け取りになられてないようでしたら、ご連絡ください。", "お受け取りになられてない", "お受け取りになっていない"),
 ("keigo/double-honorific", "先日お客様がおっしゃられてました件ですが、確認いたしました。", "おっしゃられてました", "おっしゃっていました"),
 ("keigo/double-honorific", "先日お送りいただいたお写真を拝見させていただきました。", "拝見させていただきました", "拝見いたしました"),
 ("keigo/double-honorific", "明日の午後、ご自宅へお伺いさせていただきます。", "お伺いさせていただきます", "伺います"),
 ("keigo/double-honorific", "お客様がおっしゃられない限り、変更はいたしません。", "おっしゃられない", "おっしゃらない"),
 # keigo/mixed-style (safe)
 ("keigo/mixed-style", "お問い合わせありがとうございます。ご注文の商品は昨日発送した。お届けは明日の予定です。", "発送した", "発送しました"),
 ("keigo/mixed-style", "ご連絡ありがとうございます。在庫は残りわずかだ。お早めにご検討ください。", "わずかだ", "わずかです"),
 ("keigo/mixed-style", "お問い合わせありがとうございます。ポイントは来月から使えない。早めのご利用をおすすめします。", "使えない", "使えません"),
 ("keigo/mixed-style", "お問い合わせありがとうございます。原因は通信環境だった。現在は復旧しております。", "環境だった", "環境でした"),
 ("keigo/mixed-style", "ご連絡ありがとうございます。設定は明日反映される。しばらくお待ちください。", "反映される", "反映されます"),
 # keigo/baito (unsafe)
 ("keigo/baito", "お届け先はご自宅でよろしかったでしょうか。", "よろしかったでしょうか", "よろしいでしょうか"),
 ("keigo/baito", "ご予約のお名前は、佐藤様でよろしかったですか。", "よろしかったですか", "よろしいですか"),
 ("keigo/baito", "ご依頼の件、了解しました。", "了解しました", "承知しました"),
 ("keigo/baito", "こちらがご注文の控えになります。", "控えになります", "控えです"),
 ("keigo/baito", "当日はおパソコンをお持ちください。", "おパソコン", "パソコン"),
 # keigo/casual (unsafe)
 ("keigo/casual", "発送までちょっとお時間をいただきます。", "ちょっと", "少々"),
 ("keigo/casual", "在庫はまだ届いてないようです。", "届いて", "届いてい"),
 ("keigo/casual", "午後には発送できるかもです。", "かもです", "かもしれません"),
 ("keigo/casual", "写真を送ってくれますか。", "くれ", "ください"),
 ("keigo/casual", "返品は可能ですけど、送料はお客様のご負担です。", "けど", "が"),
 # keigo/sasete-itadaku-overuse (unsafe)
 ("keigo/sasete-itadaku-overuse", "ご注文の商品は、本日発送させていただきます。", "発送させていただきます", "発送いたします"),
 ("keigo/sasete-itadaku-overuse", "結果は明日、担当者からご連絡させていただきます。", "ご連絡させていただきます", "ご連絡いたします"),
 # (お + a verb's stem keeps its お: not お断ります)
 ("keigo/sasete-itadaku-overuse", "今回は参加させていただきます。写真を使わせていただきます。お断りさせていただきます。",
  "お断りさせていただきます", "お断りいたします"),
 # keigo/wrong-direction (unsafe)
 ("keigo/wrong-direction", "お届けしたクーポンは次回のお買い物でご利用してください。", "ご利用してください", "ご利用ください"),
 ("keigo/go-sareru", "ポイントはいつご利用されましたか。", "ご利用されました", "ご利用になりました"),
 ("keigo/wrong-direction", "お送りした資料はもう拝見されましたか。", "拝見されました", "ご覧になりました"),
 ("keigo/wrong-direction", "新しいカードは、お客様ご自身でご利用できません。", "ご利用できません", "ご利用いただけません"),
 ("keigo/wrong-direction", "先日お客様が申されました件について、確認いたしました。", "申されました", "おっしゃいました"),
 ("keigo/wrong-direction", "先日お客様が申された件について、確認いたしました。", "申された", "おっしゃった"),
 ("keigo/wrong-direction", "明日は何時ごろ参られますか。", "参られます", "いらっしゃいます"),
 ("keigo/wrong-direction", "お客様もご存じ上げのとおり、料金は来月改定されます。", "ご存じ上げ", "ご存じ"),
 ("keigo/wrong-direction", "この件は弊社の田中部長からご説明いたします。", "田中部長", "部長の田中"),
 # jargon/term (unsafe)
 ("jargon/term", "夜間はトラフィックが増えております。", "トラフィック", "通信量"),
 ("jargon/term", "修正版を本日デプロイいたしました。", "デプロイ", "反映"),
 ("jargon/term", "キャッシュの削除を行いました。", "キャッシュ", "一時保存データ"),
 ("jargon/term", "ブラウザのキャッシュを削除してください。", "キャッシュ", "一時保存データ"),
]

SAFE_RULES = {"keigo/ra-nuki", "keigo/sa-ire", "keigo/double-honorific", "keigo/mixed-style"}


@pytest.mark.parametrize("rule, text, span, replacement", FIX_TABLE, ids=[f"{r[0]}:{r[2]}" for r in FIX_TABLE])
def test_fix_table(linter, rule, text, span, replacement):
    [f] = [f for f in linter.lint(text).findings if f.rule == rule]
    assert text[f.start:f.end] == span
    assert f.fix == Fix(replacement, "safe" if rule in SAFE_RULES else "unsafe")
    assert f.to_dict()["fix"] == {"replacement": replacement,
                                  "applicability": "safe" if rule in SAFE_RULES else "unsafe"}


def test_every_rule_that_declares_fixes_has_a_table_and_the_others_give_none(linter):
    fixable = {s.id for s in linter.rules if s.fix}
    assert fixable == {r[0] for r in FIX_TABLE}
    for spec in linter.rules:  # the rules' own invalid examples
        for ex in spec.invalid:
            for f in linter.lint(ex.text, ex.channel, mode=ex.mode, first_message=ex.first_message).findings:
                if f.rule not in fixable:
                    assert f.fix is None, (f.rule, ex.text)
                elif f.fix:
                    assert f.fix.applicability == ("safe" if f.rule in SAFE_RULES else "unsafe")


def test_a_suggestion_that_is_advice_or_a_choice_is_no_fix(linter):
    report = linter.lint("保存すると元の画像が上書きされるのは仕様です。インターフェースも変わりました。")
    found = {report.text[f.start:f.end]: f for f in report.findings if f.rule in ("jargon/term", "positive/rule-citing")}
    # (advice: "it is by design" as the whole answer, which positive/rule-citing reads; a choice of two readings)
    assert found["仕様です"].rule == "positive/rule-citing" and found["仕様です"].suggestion and found["仕様です"].fix is None
    assert found["インターフェース"].suggestion == "画面・接続部分" and found["インターフェース"].fix is None


def test_a_fix_never_rewrites_a_width_form_it_did_not_read(linter):
    # the checks read ｷｬｯｼｭ as キャッシュ: a replacement would change the half-width text around it
    [f] = [f for f in linter.lint("ｷｬｯｼｭの削除を行いました。").findings if f.rule == "jargon/term"]
    assert f.suggestion == "一時保存データ" and f.fix is None


def test_quoted_text_and_the_signature_are_never_fixed(backend):
    text = ("山田様\n\nお問い合わせありがとうございます。\n\n> 画面が見れません。おっしゃられた通りにしました。\n\n"
            "昨日は画面が見れなかったとのこと、失礼いたしました。\n今後ともよろしくお願いいたします。\n\n"
            "--\nサポート窓口 見れる君\n")
    fixed, applied = replylint.fix(text, config={"tokenizer": backend})
    assert [f.rule for f in applied] == ["keigo/ra-nuki"]
    assert fixed == text.replace("昨日は画面が見れなかった", "昨日は画面が見られなかった")


def test_fix_repeats_until_nothing_changes_and_twice_is_once(backend):
    cfg = {"tokenizer": backend}
    text = "山田様\nお客様がおっしゃられていた画面は、昨日は見れなかったです。明日は休まさせていただきます。\n"
    fixed, applied = replylint.fix(text, "email", cfg)
    assert fixed == "山田様\nお客様がおっしゃっていた画面は、昨日は見られなかったです。明日は休ませていただきます。\n"
    assert sorted(f.rule for f in applied) == ["keigo/double-honorific", "keigo/ra-nuki", "keigo/sa-ire"]
    assert replylint.fix(fixed, "email", cfg) == (fixed, [])
    assert all(f.fix is None or f.fix.applicability == "unsafe" for f in replylint.lint(fixed, "email", cfg).findings)


def test_unsafe_fixes_only_when_asked(backend):
    cfg = {"tokenizer": backend}
    text = "お届け先はご自宅でよろしかったでしょうか。キャッシュも見れます。"
    safe, applied = replylint.fix(text, "chat", cfg)
    assert safe == "お届け先はご自宅でよろしかったでしょうか。キャッシュも見られます。"
    assert [f.rule for f in applied] == ["keigo/ra-nuki"]
    everything, applied = replylint.fix(text, "chat", cfg, unsafe=True)
    assert everything == "お届け先はご自宅でよろしいでしょうか。一時保存データも見られます。"
    assert {f.fix.applicability for f in applied} == {"safe", "unsafe"}
    report = replylint.lint(text, "chat", cfg)
    assert report.fixed_text() == safe
    assert report.fixed_text(unsafe=True) == everything


def test_report_fixed_text_is_one_pass_and_a_clean_report_changes_nothing():
    report = replylint.lint("ご連絡ありがとうございます。本日発送いたしました。", "chat")
    assert report.fixed_text() == report.text and report.fixed_text(unsafe=True) == report.text


def _finding(rule: str, start: int, end: int, replacement: str, applicability: str = "safe") -> Finding:
    return Finding(rule, rule.split("/")[0], "warning", "m", start, end, 1, start + 1, None, Fix(replacement, applicability))


def test_overlapping_fixes_the_first_in_text_order_wins():
    text = "0123456789"
    later = _finding("keigo/b", 4, 8, "X")
    first = _finding("keigo/z", 2, 6, "Y")
    inside = _finding("keigo/a", 3, 4, "Z")
    apart = _finding("keigo/c", 8, 9, "W")
    unsafe = _finding("jargon/term", 0, 1, "U", "unsafe")
    chosen = choose([later, apart, inside, first, unsafe])
    assert chosen == [first, apart]  # (the others overlap 2..6; the unsafe one is not asked for)
    assert apply(text, chosen) == "01Y67W9"
    assert choose([later, first], unsafe=True) == choose([first, later], unsafe=True)
    assert [f.rule for f in choose([unsafe, first], unsafe=True)] == ["jargon/term", "keigo/z"]
    tie = [_finding("keigo/y", 2, 4, "A"), _finding("keigo/x", 2, 4, "B")]
    assert [f.rule for f in choose(tie)] == ["keigo/x"]  # same span: by rule ID, whatever the order given
    assert Report(text, "chat", tuple(chosen)).fixed_text() == "01Y67W9"


def test_fix_keeps_the_api_signature_and_limits():
    import inspect

    params = inspect.signature(replylint.fix).parameters
    assert list(params)[:3] == ["text", "channel", "config"]
    assert params["unsafe"].default is False
    with pytest.raises(replylint.UsageError):
        replylint.fix("見れます。", "fax")
    with pytest.raises(replylint.UsageError):
        replylint.fix("見れます。" * 10, "chat", max_chars=5)


def test_the_readme_names_each_rules_fix_safety_and_rule_prints_it(linter):
    from click.testing import CliRunner

    from conftest import ROOT
    from replylint.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Fixes", 1)[1].split("\n## ", 1)[0]
    safe_part, unsafe_part = section.split("- **unsafe**", 1)
    for spec in linter.rules:
        if spec.fix:
            assert f"`{spec.id}`" in (safe_part if spec.fix == "safe" else unsafe_part.split("\n\n")[0]), spec.id
    out = CliRunner().invoke(main, ["rule", "keigo/ra-nuki"]).output
    assert "修正 / Fix: safe（--fix で適用）" in out
    assert "Fix:" not in CliRunner().invoke(main, ["rule", "positive/blame"]).output
