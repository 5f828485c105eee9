"""Linting many replies together (Linter.lint_many, Engine.run_many, the CLI's batches) gives
each reply exactly what linting it alone gives, and one reply's error stays that reply's."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import replylint
from replylint import runner
from replylint.api import Draft, UsageError
from replylint.cli import main

CORPUS = Path(__file__).parent / "corpus"


def _replies() -> list[tuple[str, str]]:
    """Every labeled reply of the test corpus and the clean drafts, with its channel."""
    out = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                out.append((case["text"], case.get("channel", "email")))
    for path in sorted((CORPUS / "clean").glob("*.txt")):
        out.append((path.read_text(encoding="utf-8"), path.name.split("-")[0]))
    return out


def test_lint_many_gives_each_reply_what_lint_gives():
    linter = replylint.get_linter()
    replies = _replies()
    assert len(replies) > 200 and {ch for _, ch in replies} == {"email", "chat", "sns"}
    alone = [linter.lint(text, channel) for text, channel in replies]
    together = linter.lint_many([Draft(text, channel) for text, channel in replies])
    assert together == alone
    assert sum(len(r.findings) for r in together) > 100  # (replies with findings among them)


def test_a_bad_draft_is_its_own_error_and_the_others_are_linted():
    linter = replylint.get_linter()
    results = linter.lint_many([Draft("了解しました。", "chat"), Draft("了解しました。", "fax"),
                                Draft("了解しました。", "chat", audience="nobody")])
    assert results[0] == linter.lint("了解しました。", "chat")
    assert isinstance(results[1], UsageError) and "fax" in str(results[1])
    assert isinstance(results[2], UsageError) and "nobody" in str(results[2])


def test_a_check_that_fails_on_one_reply_leaves_the_others_of_its_batch(monkeypatch):
    linter = replylint.get_linter()
    texts = ["ご連絡ありがとうございます。了解しました。", "BOOM: 了解しました。", "お手数ですが、ご確認ください。"]
    alone = [linter.lint(t, "chat") for t in texts]
    # (keigo/baito's check, as the chat plan holds it, fails on the reply that says BOOM)
    plan = linter.engine._plans["chat"]
    k = next(i for i, a in enumerate(plan) if a.ctx.spec.id == "keigo/baito")
    real = plan[k].check

    def failing(doc, ctx):
        if "BOOM" in doc.text:
            raise RuntimeError("kaboom")
        return real(doc, ctx)

    monkeypatch.setitem(linter.engine._plans, "chat", [*plan[:k], dataclasses.replace(plan[k], check=failing), *plan[k + 1:]])
    results = linter.lint_many([Draft(t, "chat") for t in texts])
    assert isinstance(results[1], RuntimeError) and str(results[1]) == "kaboom"
    assert results[0] == alone[0] and results[2] == alone[2]
    assert results[0].findings  # (a reply with findings: the batch did run the checks)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_cli_reports_a_folder_in_batches_as_each_file_alone(tmp_path, monkeypatch, jobs):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(runner, "BATCH", 4)  # several batches, and a batch that holds a file's error
    texts = [t for t, ch in _replies() if ch == "email"][:9]
    folder = tmp_path / "drafts"
    folder.mkdir()
    for k, text in enumerate(texts):
        (folder / f"{k:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "05b.txt").write_bytes(b"\xff\xfe\x00broken")  # not text: an input error in input order
    cli = CliRunner()
    together = cli.invoke(main, ["--format", "json", "--jobs", jobs, "drafts"], catch_exceptions=False)
    files = json.loads(together.stdout)["files"]
    names = sorted(p.name for p in folder.iterdir())
    assert [Path(f["path"]).name for f in files] == names
    for name, got in zip(names, files):
        alone = cli.invoke(main, ["--format", "json", f"drafts/{name}"], catch_exceptions=False)
        assert got == json.loads(alone.stdout)["files"][0], name
    assert together.exit_code == 2 and any("error" in f for f in files)
    assert sum(len(f.get("findings", ())) for f in files) > 5
