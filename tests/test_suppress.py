"""Suppressions: Markdown/HTML comments, YAML comments, [per-entry-ignores], and the reports
about them (--show-suppressed, --report-unused-suppressions)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from replylint.cli import main
from replylint.readers import read_path
from replylint.suppress import from_comments

BAITO = "了解しました。"  # keigo/baito in chat


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def invoke(*args):
        res = CliRunner().invoke(main, ["--channel", "chat", "--select", "keigo", "--format", "json", *args],
                                 catch_exceptions=False)
        return res, (json.loads(res.stdout) if res.stdout.strip() else None)

    return invoke


def rules_of(data, reply=None):
    return [(f["rule"], f["line"]) for e in data["files"] if reply is None or e.get("reply") == reply
            for f in e["findings"]]


def test_disable_next_line_covers_that_line_only(run, tmp_path):
    (tmp_path / "a.md").write_text(f"<!-- replylint-disable-next-line keigo/baito -->\n{BAITO}\n{BAITO}\n",
                                   encoding="utf-8")
    res, data = run("a.md")
    assert rules_of(data) == [("keigo/baito", 3)]
    assert res.exit_code == 0


def test_disable_enable_range_and_category_names(run, tmp_path):
    text = (f"{BAITO}\n<!-- replylint-disable keigo -->\n{BAITO}\nお客様がおっしゃられた件です。\n"
            f"<!-- replylint-enable -->\n{BAITO}\n")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    _, data = run("a.md")
    assert rules_of(data) == [("keigo/baito", 1), ("keigo/baito", 6)]


def test_disable_without_enable_runs_to_the_end_and_other_rules_stay(run, tmp_path):
    (tmp_path / "a.md").write_text(f"<!-- replylint-disable keigo/double-honorific -->\nお客様がおっしゃられた件、{BAITO}\n",
                                   encoding="utf-8")
    _, data = run("a.md")
    assert rules_of(data) == [("keigo/baito", 2)]


def test_the_comment_is_not_linted_and_offsets_stay_true():
    # The comment holds words a rule would flag (了解しました, エスカレーション): blanked, never read.
    text = f"<!-- replylint-disable-next-line 了解しました エスカレーション -->\n{BAITO}\n"
    blanked, sups = from_comments(text)
    assert len(blanked) == len(text) and blanked.endswith(f"\n{BAITO}\n") and "了解" not in blanked.split("\n")[0]
    assert sups[0].first_line == sups[0].last_line == 2


def test_comment_words_are_not_findings(run, tmp_path):
    (tmp_path / "a.md").write_text("<!-- replylint-disable-next-line 了解しました -->\nよろしくお願いいたします。\n",
                                   encoding="utf-8")
    res = CliRunner().invoke(main, ["--channel", "chat", "--format", "json", "a.md"])
    data = json.loads(res.stdout)
    assert all(f["line"] != 1 or f["start"] == f["end"] for f in data["files"][0]["findings"])
    assert not any(f["rule"] == "keigo/baito" for f in data["files"][0]["findings"])


def test_a_plain_text_draft_does_not_take_comments(run, tmp_path):
    # .txt has no comment syntax: what is written there reaches the customer, so it is linted.
    (tmp_path / "a.txt").write_text(f"<!-- replylint-disable-next-line keigo/baito -->\n{BAITO}\n", encoding="utf-8")
    _, data = run("a.txt")
    assert ("keigo/baito", 2) in rules_of(data)


def test_yaml_comment_on_or_above_an_entry(run, tmp_path):
    (tmp_path / "lib.yaml").write_text(
        "- id: above\n"
        "  body: |\n"
        f"    {BAITO}\n"
        "    # replylint: disable=keigo/baito  <- inside the text: not a comment\n"
        "# replylint: disable=keigo/baito\n"
        f"- id: below\n  body: {BAITO}\n"
        f"- id: same-line  # replylint: disable=keigo\n  body: {BAITO}\n"
        f"- id: plain\n  body: {BAITO}\n", encoding="utf-8")
    _, data = run("lib.yaml")
    assert rules_of(data, "above") == [("keigo/baito", 1)]
    assert rules_of(data, "below") == rules_of(data, "same-line") == []
    assert rules_of(data, "plain") == [("keigo/baito", 1)]


def test_yaml_mapping_library(tmp_path):
    p = tmp_path / "lib.yml"
    p.write_text(f"# replylint: disable=keigo/baito, closing\nthanks: {BAITO}\nother: {BAITO}\n", encoding="utf-8")
    replies = read_path(str(p))
    assert [s.rules for s in replies[0].suppressions] == [("keigo/baito", "closing")]
    assert replies[1].suppressions == ()


def test_zendesk_html_macro_comment(run, tmp_path):
    macros = {"macros": [{"id": 7, "title": "t", "actions": [{"field": "comment_value_html", "value":
              f"<!-- replylint-disable-next-line keigo/baito --><p>{BAITO}</p><p>{BAITO}</p>"}]}]}
    (tmp_path / "m.json").write_text(json.dumps(macros, ensure_ascii=False), encoding="utf-8")
    _, data = run("m.json")
    findings = data["files"][0]["findings"]
    assert [f["rule"] for f in findings] == ["keigo/baito"]
    assert "replylint" not in json.dumps(data["files"][0]["findings"], ensure_ascii=False)


def test_per_entry_ignores(run, tmp_path):
    lib = [{"id": "a", "body": BAITO}, {"id": "b", "body": BAITO}]
    (tmp_path / "macros").mkdir()
    (tmp_path / "macros" / "lib.json").write_text(json.dumps(lib, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "draft.txt").write_text(BAITO, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.replylint.per-entry-ignores]\n"macros/*.json[a]" = ["keigo/baito"]\n"draft.txt" = ["keigo"]\n',
        encoding="utf-8")
    res, data = run("macros/lib.json", "draft.txt")
    assert rules_of(data, "a") == [] and rules_of(data, "b") == [("keigo/baito", 1)]
    assert data["files"][2]["findings"] == []


def test_per_entry_ignores_must_be_a_table_of_lists(run, tmp_path):
    (tmp_path / "replylint.toml").write_text('[per-entry-ignores]\n"x.txt" = "keigo"\n', encoding="utf-8")
    (tmp_path / "x.txt").write_text(BAITO, encoding="utf-8")
    res, _ = run("x.txt")
    assert res.exit_code == 2 and "per-entry-ignores" in res.stderr and "list of strings" in res.stderr


def test_show_suppressed_lists_them(run, tmp_path):
    (tmp_path / "a.md").write_text(f"<!-- replylint-disable-next-line keigo/baito -->\n{BAITO}\n", encoding="utf-8")
    _, data = run("a.md")
    assert "suppressed" not in data["files"][0]
    _, data = run("--show-suppressed", "a.md")
    assert [(f["rule"], f["suppression"]) for f in data["files"][0]["suppressed"]] == [("keigo/baito", "inSource")]
    text = CliRunner().invoke(main, ["--channel", "chat", "--select", "keigo", "--show-suppressed", "a.md"]).stdout
    assert "suppressed warning" in text and "指摘はありません" in text


def test_report_unused_suppressions(run, tmp_path):
    (tmp_path / "a.md").write_text(
        "<!-- replylint-disable-next-line keigo/baito -->\nよろしくお願いいたします。\n"
        f"<!-- replylint-disable-next-line keigo/baito -->\n{BAITO}\n"
        "<!-- replylint-disable-next-line keigo/misspelt-rule -->\nよろしくお願いいたします。\n"
        "<!-- replylint-disable-next-line closing -->\nよろしくお願いいたします。\n", encoding="utf-8")
    res, data = run("a.md")
    assert res.exit_code == 0 and data["files"][0]["findings"] == []
    res, data = run("--report-unused-suppressions", "a.md")
    unused = [f for f in data["files"][0]["findings"]]
    # line 1 (nothing to suppress) and line 5 (no such rule); closing did not run (--select keigo).
    assert [(f["rule"], f["line"]) for f in unused] == [("suppression/unused", 1), ("suppression/unused", 5)]
    assert "keigo/misspelt-rule" in unused[1]["message"]
    assert res.exit_code == 1


def test_unused_per_entry_ignore_is_reported(run, tmp_path):
    (tmp_path / "x.txt").write_text("よろしくお願いいたします。", encoding="utf-8")
    (tmp_path / "replylint.toml").write_text('[per-entry-ignores]\n"x.txt" = ["keigo/baito"]\n', encoding="utf-8")
    _, data = run("--report-unused-suppressions", "x.txt")
    [f] = data["files"][0]["findings"]
    assert f["rule"] == "suppression/unused" and "per-entry-ignores" in f["message"] and f["start"] == 0


def test_sarif_marks_suppressed_results(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(f"<!-- replylint-disable-next-line keigo/baito -->\n{BAITO}\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["--channel", "chat", "--select", "keigo", "--format", "sarif",
                                    "--show-suppressed", "a.md"])
    [result] = json.loads(res.stdout)["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "inSource"}]


def test_suppressions_are_the_same_in_worker_processes(run, tmp_path):
    for i in range(9):  # enough files for a pool of workers
        (tmp_path / f"d{i}.md").write_text(f"<!-- replylint-disable-next-line keigo/baito -->\n{BAITO}\n{BAITO}\n",
                                           encoding="utf-8")
    one, data_one = run("--jobs", "1", "--show-suppressed", ".")
    two, data_two = run("--jobs", "2", "--show-suppressed", ".")
    assert one.stdout == two.stdout
    assert all(len(e["suppressed"]) == 1 and [f["line"] for f in e["findings"]] == [3] for e in data_two["files"])


def test_sarif_describes_the_unused_suppression_rule(tmp_path, monkeypatch):
    import jsonschema

    from conftest import ROOT

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("<!-- replylint-disable-next-line keigo/baito -->\nよろしくお願いいたします。\n",
                                   encoding="utf-8")
    res = CliRunner().invoke(main, ["--channel", "chat", "--select", "keigo", "--format", "sarif",
                                    "--report-unused-suppressions", "a.md"])
    log = json.loads(res.stdout)
    jsonschema.validate(log, json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8")))
    [rule] = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == "suppression/unused" and "抑止" in rule["shortDescription"]["text"]
    [result] = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1 and res.exit_code == 1


def test_an_html_draft_takes_its_comments_as_suppressions_and_still_points_into_its_source(run, tmp_path):
    page = ("<html><body>\n<p>お問い合わせありがとうございます。</p>\n"
            "<!-- replylint-disable-next-line keigo/baito -->\n<p>" + BAITO + "</p>\n"
            "<p>" + BAITO + "</p>\n<!-- an ordinary comment: gone, as a browser never shows it -->\n</body></html>\n")
    (tmp_path / "reply.html").write_text(page, encoding="utf-8")
    _, data = run("reply.html")
    found = [f for e in data["files"] for f in e["findings"]]
    assert [f["rule"] for f in found] == ["keigo/baito"]  # the second one only
    shown = read_path(str(tmp_path / "reply.html"))[0]
    assert "replylint" not in shown.text and "ordinary" not in shown.text
    assert shown.text[found[0]["start"]:found[0]["end"]] in BAITO
    line, column, _, _ = shown.source_map.span(found[0]["start"], found[0]["end"])
    assert page.split("\n")[line - 1].startswith("<p>") and line == 5
    res, data = run("--report-unused-suppressions", "reply.html")
    assert not any(f["rule"] == "suppression/unused" for e in data["files"] for f in e["findings"])
