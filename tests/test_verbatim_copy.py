"""template/verbatim-copy: a draft that is a macro sent with too little of it changed."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import replylint
from replylint.cli import main
from replylint.templates import TemplateLibrary

from conftest import rule_hits

RULE = "template/verbatim-copy"
RETURNS = ("{{ticket.requester.name}} 様\n\nお問い合わせいただき、ありがとうございます。\n"
           "ご注文の商品の返品について、ご案内いたします。\n"
           "商品の到着から8日以内であれば、未使用の商品に限り返品を承っております。\n"
           "マイページの「注文履歴」から返品の手続きを行い、届いた返送用ラベルを箱に貼ってお送りください。\n"
           "返金は、商品の到着を確認してから5営業日以内にいたします。\n"
           "どうぞよろしくお願いいたします。")
EMAIL_CHANGE = ("{{ticket.requester.name}} 様\n\nお問い合わせいただき、ありがとうございます。\n"
                "ご登録のメールアドレスの変更は、マイページの「会員情報」から行えます。\n"
                "変更後のアドレスに確認のメールが届きますので、本文のリンクを開いて手続きを完了してください。\n"
                "どうぞよろしくお願いいたします。")
LIBRARY = {"返品のご案内": RETURNS, "メールアドレスの変更": EMAIL_CHANGE}
FILLED = RETURNS.replace("{{ticket.requester.name}}", "片岡 優子")
OWN_WORDS = ("お届けしたスニーカーのサイズが合わなかったとのこと、ご不便をおかけして申し訳ございません。\n"
             "23.5cmへの交換をご希望でしたら、返品の手続きと一緒に新しいサイズをご注文いただくのが、"
             "いちばん早くお届けできる方法です。\n")
PERSONAL = FILLED.replace("ご注文の商品の返品について、ご案内いたします。\n", OWN_WORDS)


@pytest.fixture(scope="module")
def library():
    return TemplateLibrary.from_texts(LIBRARY)


def hits(linter, text, library, channel="email"):
    return rule_hits(linter.lint(text, channel, templates=library), RULE)


def test_without_templates_it_never_fires(linter):
    for text in (RETURNS, FILLED):
        assert rule_hits(linter.lint(text, "email"), RULE) == []


def test_a_macro_with_only_the_name_filled_in_is_flagged(linter, library):
    [hit] = hits(linter, FILLED, library)
    assert "「返品のご案内」" in hit.message
    assert "0%、0 文字" in hit.message
    assert hit.start == hit.end == 0 and hit.severity == "warning"


def test_names_filled_in_are_not_personalisation(library):
    for name in ("片岡 優子", "株式会社みなと精機 総務部 片岡 優子", "KATAOKA Yuko"):
        copy = library.closest(RETURNS.replace("{{ticket.requester.name}}", name))
        assert copy.locator == "返品のご案内"
        assert copy.changed == 0.0 and copy.changed_chars == 0, name


def test_text_written_where_the_placeholder_was_counts_when_it_is_long(library):
    long = "片岡様、先日はお電話でもご丁寧にご説明いただき、誠にありがとうございました。サイズ違いの件、承知いたしました"
    copy = library.closest(RETURNS.replace("{{ticket.requester.name}} 様", long))
    assert copy.changed_chars > 30 and copy.changed > 0.1


def test_a_reply_written_for_the_customer_is_not_flagged(linter, library):
    assert hits(linter, PERSONAL, library) == []
    copy = library.closest(PERSONAL)
    assert copy.locator == "返品のご案内"
    assert 0.2 < copy.changed < 0.6 and copy.used > 0.8


def test_how_much_was_changed_is_measured(library):
    added = "お急ぎのところ恐れ入ります。"  # 13 characters once 。 is dropped
    draft = FILLED.replace("どうぞよろしくお願いいたします。", added + "どうぞよろしくお願いいたします。")
    copy = library.closest(draft)
    # (…ります|どうぞ: the macro's いたします|どうぞ covers the last characters of a change that
    # happen to continue it; at most SHINGLE - 1 of them)
    assert 13 - (replylint.shingles.SHINGLE - 1) <= copy.changed_chars <= 13
    compared = len(replylint.shingles.comparable(draft)) - len("片岡優子")  # the name filled in is left out
    assert copy.changed == pytest.approx(copy.changed_chars / compared)
    assert copy.used == 1.0


def test_spacing_width_and_quoted_inquiry_are_not_changes(linter, library):
    text = (FILLED.replace("8日", "８日").replace("\n", "\n\n").replace("、", "、 ")
            + "\n\n―――― 以下、お問い合わせ内容 ――――\n> 先週届いたスニーカーが小さかったので、返品したいです。\n> 交換もできますか。")
    [hit] = hits(linter, text, library)
    assert "0%" in hit.message


def test_the_macro_it_was_copied_from_is_named(linter, library):
    text = EMAIL_CHANGE.replace("{{ticket.requester.name}}", "山下 健")
    [hit] = hits(linter, text, library)
    assert "「メールアドレスの変更」" in hit.message


def test_a_small_part_of_a_macro_is_not_a_copy(linter, library):
    text = "片岡 優子 様\n返金は、商品の到着を確認してから5営業日以内にいたします。\nどうぞよろしくお願いいたします。"
    assert hits(linter, text, library) == []


def test_options_are_configurable(library):
    strict = replylint.get_linter({"options": {RULE: {"min_changed": 0.6}}})
    assert rule_hits(strict.lint(PERSONAL, templates=library), RULE)
    lenient = replylint.get_linter({"options": {RULE: {"min_used": 1.01}}})
    assert not rule_hits(lenient.lint(FILLED, templates=library), RULE)


def test_config_key_templates(tmp_path):
    (tmp_path / "macros.json").write_text(
        json.dumps([{"title": t, "body": b} for t, b in LIBRARY.items()], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "replylint.toml").write_text('templates = ["macros.json"]\n', encoding="utf-8")
    config = replylint.config.load_config(tmp_path / "replylint.toml")
    assert config.templates == [str(tmp_path / "macros.json")]
    [hit] = rule_hits(replylint.lint(FILLED, config=config), RULE)
    assert "返品のご案内（" in hit.message and "macros.json）" in hit.message


def test_config_key_templates_must_exist(tmp_path):
    (tmp_path / "replylint.toml").write_text('templates = ["missing.csv"]\n', encoding="utf-8")
    with pytest.raises(replylint.ConfigError, match="templates: no such template library"):
        replylint.config.load_config(tmp_path / "replylint.toml")


# -- the command ---------------------------------------------------------------------------------
@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "macros.csv").write_text(
        "id,title,body\n" + "".join(f'{k},{t},"{b}"\n' for k, (t, b) in enumerate(LIBRARY.items(), 1)), encoding="utf-8")
    (tmp_path / "copied.txt").write_text(FILLED, encoding="utf-8")
    (tmp_path / "written.txt").write_text(PERSONAL, encoding="utf-8")
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


def test_cli_templates_option(run):
    result = run("check", "--format", "json", "--templates", "macros.csv", "copied.txt", "written.txt")
    files = json.loads(result.stdout)["files"]
    copied = [f for f in files[0]["findings"] if f["rule"] == RULE]
    assert len(copied) == 1 and "「1（" in copied[0]["message"] and "macros.csv）" in copied[0]["message"]
    assert not [f for f in files[1]["findings"] if f["rule"] == RULE]
    without = json.loads(run("check", "--format", "json", "copied.txt").stdout)["files"]
    assert not [f for f in without[0]["findings"] if f["rule"] == RULE]


def test_cli_missing_or_broken_library_exits_2(run, tmp_path):
    result = run("check", "--templates", "nope.csv", "copied.txt")
    assert result.exit_code == 2 and "nope.csv: no such template library" in result.stderr
    (tmp_path / "broken.csv").write_text("id,title\n1,返品\n", encoding="utf-8")
    result = run("check", "--templates", "broken.csv", "copied.txt")
    assert result.exit_code == 2
    assert "broken.csv" in result.stderr and "no text column" in result.stderr


def test_cli_rule_docs(run):
    result = run("rule", RULE)
    assert result.exit_code == 0
    assert "テンプレート" in result.output and "min_changed = 0.1" in result.output and "--templates" in result.output
