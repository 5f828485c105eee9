"""The documented CI set-ups work as written: the example workflows' replylint commands, run on
the shipped examples, and the README's suppression examples."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import yaml
from click.testing import CliRunner

from conftest import ROOT
from replylint.cli import main
from replylint.config import load_config

EXE = str(Path(sys.executable).with_name("replylint"))
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _macros(tmp_path: Path) -> Path:
    """A team's repository: macros/ holding the shipped example drafts."""
    macros = tmp_path / "macros"
    macros.mkdir()
    for name in ("email-with-problems.txt", "email-clean.txt"):
        shutil.copy(ROOT / "examples" / name, macros / name)
    return tmp_path


def _replylint_commands(steps: list[str]) -> list[list[str]]:
    return [shlex.split(s)[1:] for s in steps if s.startswith("replylint ")]


def test_github_workflow_checks_and_uploads_valid_sarif(tmp_path):
    flow = yaml.safe_load((ROOT / "examples" / "ci" / "github-code-scanning.yml").read_text(encoding="utf-8"))
    assert flow["permissions"]["security-events"] == "write"
    steps = flow["jobs"]["replylint"]["steps"]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["if"] == "always()"
    [argv] = _replylint_commands([s.get("run", "") for s in steps])
    repo = _macros(tmp_path)
    res = subprocess.run([EXE, *argv], cwd=repo, capture_output=True, text=True, timeout=600)
    assert res.returncode == 1, res.stderr  # the example with problems has errors: the job fails
    log = json.loads((repo / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    jsonschema.validate(log, SCHEMA)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"macros/email-with-problems.txt"}  # relative to the repository, as code scanning wants


def test_gitlab_job_writes_the_reports_it_declares(tmp_path):
    job = yaml.safe_load((ROOT / "examples" / "ci" / "gitlab-ci.yml").read_text(encoding="utf-8"))["replylint"]
    repo = _macros(tmp_path)
    codes = [subprocess.run([EXE, *argv], cwd=repo, capture_output=True, timeout=600).returncode
             for argv in _replylint_commands(job["script"])]
    assert codes == [0, 1]  # junit with --exit-zero, then the Code Quality run fails the job
    reports = job["artifacts"]["reports"]
    issues = json.loads((repo / reports["codequality"]).read_text(encoding="utf-8"))
    assert issues and {i["location"]["path"] for i in issues} == {"macros/email-with-problems.txt"}
    cases = ET.parse(repo / reports["junit"]).getroot().findall("./testsuite/testcase")
    assert sorted(c.get("name") for c in cases) == ["macros/email-clean.txt", "macros/email-with-problems.txt"]


def test_readme_suppression_examples(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    markdown = re.search(r"```markdown\n(.+?)```", readme, re.S).group(1)
    assert "replylint-disable-next-line" in markdown
    monkeypatch.chdir(tmp_path)
    (tmp_path / "macro.md").write_text(markdown, encoding="utf-8")
    res = CliRunner().invoke(main, ["--channel", "chat", "--format", "json", "--show-suppressed", "macro.md"])
    entry = json.loads(res.stdout)["files"][0]
    assert {f["rule"] for f in entry["suppressed"]} == {"keigo/baito", "jargon/acronym"}
    assert not {f["rule"] for f in entry["findings"]} & {"keigo/baito", "jargon/acronym"}
    toml = re.search(r"```toml\n(\[tool\.replylint\.per-entry-ignores\].+?)```", readme, re.S).group(1)
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    cfg = load_config(tmp_path / "pyproject.toml")
    assert [(e[2], e[3]) for e in cfg.per_entry_ignores] == [("macros/360012345", ["keigo/baito"]),
                                                             (None, ["greeting", "closing"])]
