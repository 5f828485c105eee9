"""Options for CI runs: --output-file, --exit-zero, --statistics, --quiet, --min-score."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from replylint.cli import main

BAD = "お客様がおっしゃられた件、了解しました。\n"  # one error, one warning (chat, keigo)
WARN_ONLY = "了解しました。\n"  # one warning: score 95, exit 0


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "warn.txt").write_text(WARN_ONLY, encoding="utf-8")

    def invoke(*args):
        return CliRunner().invoke(main, ["--channel", "chat", "--select", "keigo", *args], catch_exceptions=False)

    return invoke


def test_output_file_holds_the_report_and_stdout_stays_empty(run, tmp_path):
    res = run("--format", "json", "--output-file", "out/report.json", "bad.txt")
    assert res.exit_code == 2 and "does not exist" in res.stderr  # no such folder: nothing written
    (tmp_path / "out").mkdir()
    res = run("--format", "json", "--output-file", "out/report.json", "bad.txt")
    assert res.exit_code == 1 and res.stdout == ""
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in data["files"][0]["findings"]] == ["keigo/double-honorific", "keigo/baito"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["report.json"]  # no temporary file left


def test_output_file_is_not_touched_when_the_run_fails(run, tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text("the previous report", encoding="utf-8")

    def broken_finish(self):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("replylint.reporters.json.JsonReporter.finish", broken_finish)
    res = run("--format", "json", "-o", str(target), "bad.txt")
    assert res.exit_code == 2 and "internal error" in res.stderr
    assert target.read_text(encoding="utf-8") == "the previous report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".replylint-")] == []


def test_exit_zero_keeps_findings_but_not_input_errors(run):
    res = run("--exit-zero", "bad.txt")
    assert res.exit_code == 0 and "[keigo/double-honorific]" in res.stdout
    assert run("--exit-zero", "bad.txt", "missing.txt").exit_code == 2


def test_statistics_counts_per_rule(run):
    res = run("--statistics", "bad.txt", "warn.txt")
    assert res.exit_code == 1
    lines = res.stdout.splitlines()
    assert lines[0].split() == ["2", "keigo/baito", "warning", "[*]"]  # 了解しました -> 承知しました (unsafe fix)
    assert lines[1].split()[:3] == ["1", "keigo/double-honorific", "error"]
    assert "^" not in res.stdout  # counts instead of the findings
    data = json.loads(run("--statistics", "--format", "json", "bad.txt", "warn.txt").stdout)
    assert data[0] == {"rule": "keigo/baito", "category": "keigo", "severity": "warning", "count": 2, "fixable": 2}
    bad = run("--statistics", "--format", "sarif", "bad.txt")
    assert bad.exit_code == 2 and "--statistics" in bad.stderr


def test_quiet_prints_findings_only(run):
    loud, quiet = run("bad.txt"), run("-q", "bad.txt")
    assert "ファイルを確認" in loud.stdout
    assert "ファイルを確認" not in quiet.stdout and "[keigo/baito]" in quiet.stdout
    assert quiet.exit_code == 1


def test_min_score_fails_a_reply_below_it(run):
    # warn.txt: one warning, score 95, no error: exit 0 without --min-score.
    assert run("warn.txt").exit_code == 0
    res = run("--min-score", "96", "warn.txt")
    assert res.exit_code == 1 and "スコア 95 が --min-score 96 を下回っています" in res.stderr
    assert run("--min-score", "95", "warn.txt").exit_code == 0
    assert run("--min-score", "96", "--exit-zero", "warn.txt").exit_code == 0
    assert run("--min-score", "101", "warn.txt").exit_code == 2  # out of range: a usage error


def test_min_score_is_the_service_score(run, tmp_path):
    from replylint import lint

    report = lint(BAD, "chat", {"select": ["keigo"]})
    below = run("--min-score", str(report.score + 1), "bad.txt")
    at = run("--min-score", str(report.score), "--format", "json", "bad.txt")
    assert f"スコア {report.score} " in below.stderr
    assert "下回って" not in at.stderr and json.loads(at.stdout)["files"][0]["score"] == report.score


def test_every_new_option_is_in_help(run):
    out = CliRunner().invoke(main, ["check", "--help"]).output
    for option in ("--output-file", "--exit-zero", "--statistics", "--quiet", "--min-score", "--show-suppressed",
                   "--report-unused-suppressions", "sarif", "github", "junit", "gitlab"):
        assert option in out
