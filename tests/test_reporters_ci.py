"""The CI formats (--format sarif, github, junit, gitlab), through the command line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import ROOT
from replylint.finding import Finding
from replylint.reporters.github import escape_data, escape_property
from replylint.reporters.locate import end_position
from replylint.cli import main

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
# keigo/double-honorific (error, with a suggestion), keigo/baito (warning), on line 2.
DRAFT = "お問い合わせありがとうございます。\nお客様がおっしゃられた件、了解しました。\n"
CLEAN = "お問い合わせありがとうございます。本日発送いたしました。ほかにご不明な点があればお知らせください。\n"
LIBRARY = [{"id": "refund", "body": "了解しました。\n返金いたします。"},
           {"id": "ok", "body": CLEAN},
           {"id": "ship", "body": "発送しました。\nお客様がおっしゃられた件、確認しました。"}]


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "lib.json").write_text(json.dumps(LIBRARY, ensure_ascii=False), encoding="utf-8")

    def invoke(*args):
        return CliRunner().invoke(main, ["--channel", "chat", "--select", "keigo", *args], catch_exceptions=False)

    return invoke


def test_sarif_is_valid_against_the_official_schema_with_rules_docs_and_locations(run):
    res = run("--format", "sarif", "draft.txt", "lib.json", "missing.txt")
    assert res.exit_code == 2  # missing.txt: an input error, the others still checked
    log = json.loads(res.stdout)
    jsonschema.validate(log, SCHEMA)
    run0 = log["runs"][0]
    rules = {r["id"]: r for r in run0["tool"]["driver"]["rules"]}
    assert set(rules) == {"keigo/double-honorific", "keigo/baito"}
    honorific = rules["keigo/double-honorific"]
    assert "二重敬語" in honorific["help"]["text"] and honorific["helpUri"].startswith("https://")
    assert honorific["defaultConfiguration"]["level"] == "error"
    by_place = {}
    for r in run0["results"]:
        assert run0["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]
        key = (loc["physicalLocation"]["artifactLocation"]["uri"],
               loc.get("logicalLocations", [{}])[0].get("name"), r["ruleId"])
        by_place[key] = r
    draft = by_place[("draft.txt", None, "keigo/double-honorific")]
    assert draft["level"] == "error"
    assert draft["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 5, "endLine": 2, "endColumn": 12}  # おっしゃられた
    entry = by_place[("lib.json", "ship", "keigo/double-honorific")]
    assert entry["properties"]["reply"] == "ship"
    assert entry["properties"]["replyRegion"]["startLine"] == 2  # the line inside the macro
    assert entry["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "lib.json[ship]"
    assert "[ship] 2行目" in entry["message"]["text"]
    assert ("lib.json", "refund", "keigo/baito") in by_place
    assert not any(k[1] == "ok" for k in by_place)
    notes = run0["invocations"][0]["toolExecutionNotifications"]
    assert run0["invocations"][0]["executionSuccessful"] is False
    assert "missing.txt" in notes[0]["message"]["text"]


def test_sarif_with_nothing_found_is_still_valid(run, tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    res = run("--format", "sarif", "clean.txt")
    assert res.exit_code == 0
    log = json.loads(res.stdout)
    jsonschema.validate(log, SCHEMA)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


def test_sarif_schema_check_can_fail():
    """The schema in the test data really constrains: a result without a message is refused."""
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "a"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_github_annotations_one_per_finding_with_places(run):
    res = run("--format", "github", "draft.txt", "lib.json")
    assert res.exit_code == 1
    lines = res.stdout.splitlines()
    assert len(lines) == 4  # draft: 2, refund: 1, ship: 1
    assert lines[0].startswith("::error file=draft.txt,line=2,col=5,endLine=2,endColumn=12,"
                               "title=keigo/double-honorific::「おっしゃられた」")
    assert lines[1].startswith("::warning file=draft.txt,line=2,col=14,endLine=2,endColumn=20,title=keigo/baito::")
    assert "::warning file=lib.json,title=keigo/baito [refund]::[refund] 1行目 1桁: " in res.stdout


def test_github_escaping_as_documented():
    assert escape_data("100% 完了\r\n次へ") == "100%25 完了%0D%0A次へ"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_escapes_a_file_name_with_comma_and_colon(run, tmp_path):
    (tmp_path / "a,b:c.txt").write_text(DRAFT, encoding="utf-8")
    out = run("--format", "github", "a,b:c.txt").stdout
    assert "file=a%2Cb%3Ac.txt,line=2" in out


def test_junit_one_test_case_per_reply(run):
    res = run("--format", "junit", "draft.txt", "lib.json", "missing.txt")
    root = ET.fromstring(res.stdout)
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == ["draft.txt", "lib.json[refund]", "lib.json[ok]", "lib.json[ship]",
                                              "missing.txt"]
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("5", "3", "1")
    assert cases[2].find("failure") is None
    failure = cases[0].find("failure")
    assert failure.get("type") == "error" and "指摘 2 件" in failure.get("message")
    assert "draft.txt:2:5: error" in failure.text and "[keigo/baito]" in failure.text
    assert cases[4].find("error") is not None


def test_junit_control_characters_stay_well_formed(run, tmp_path):
    (tmp_path / "c.txt").write_text("了解しました\x01。\n", encoding="utf-8")
    res = run("--format", "junit", "c.txt")
    ET.fromstring(res.stdout)  # raises on a control character


def test_gitlab_code_quality_report(run):
    res = run("--format", "gitlab", "draft.txt", "lib.json")
    issues = json.loads(res.stdout)
    assert len(issues) == 4
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert isinstance(issue["location"]["lines"]["begin"], int)
    first = issues[0]
    assert (first["check_name"], first["severity"], first["location"]) == (
        "keigo/double-honorific", "major", {"path": "draft.txt", "lines": {"begin": 2}})
    assert issues[1]["severity"] == "minor"
    assert len({i["fingerprint"] for i in issues}) == 4
    assert any(i["description"].startswith("[ship] 2行目") for i in issues)


def test_gitlab_fingerprint_survives_lines_moving_and_tells_twins_apart(run, tmp_path):
    before = json.loads(run("--format", "gitlab", "draft.txt").stdout)
    (tmp_path / "draft.txt").write_text("\n\n" + DRAFT + "了解しました。\n", encoding="utf-8")
    after = json.loads(run("--format", "gitlab", "draft.txt").stdout)
    assert {i["fingerprint"] for i in before} < {i["fingerprint"] for i in after}
    assert len({i["fingerprint"] for i in after}) == len(after) == 3


def test_end_position_across_lines():
    text = "ab\r\ncd\nef"
    f = Finding("x/y", "x", "error", "m", 1, 8, 1, 2)
    assert end_position(text, f) == (3, 2)
    assert end_position(text, Finding("x/y", "x", "error", "m", 4, 6, 2, 1)) == (2, 3)


def test_sarif_points_into_the_source_of_an_html_draft(run, tmp_path):
    """An .html draft is checked as the text shown; SARIF's region is the place in the .html."""
    page = ("<html>\n<head><title>返信</title></head>\n<body>\n"
            "<p>お問い合わせありがとうございます。</p>\n"
            "<p>\n  A&amp;B&#x30D7;ランの件で、お客様がおっしゃられた点を確認しました。\n</p>\n</body>\n</html>\n")
    (tmp_path / "reply.html").write_text(page, encoding="utf-8")
    log = json.loads(run("--format", "sarif", "reply.html").stdout)
    jsonschema.validate(log, SCHEMA)
    found = [r for r in log["runs"][0]["results"] if r["ruleId"] == "keigo/double-honorific"]
    assert len(found) == 1
    region = found[0]["locations"][0]["physicalLocation"]["region"]
    line = page.split("\n")[region["startLine"] - 1]
    assert region["startLine"] == 6 and region["endLine"] == 6
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "おっしゃられた"
