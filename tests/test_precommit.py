"""The pre-commit hook, run by the real pre-commit as a team would: `pre-commit try-repo` on this
checkout, in a fresh git repository with one draft that fails and one that passes.

pre-commit builds the hook's own virtualenv by pip-installing this repository (once, into the
test's PRE_COMMIT_HOME); pip takes the dependencies from its cache, which the test install
filled, or from the package index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

PRE_COMMIT = str(Path(sys.executable).with_name("pre-commit"))


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=replylint-test", "-c", "user.email=test@example.invalid",
                    "-c", "commit.gpgsign=false", *args], cwd=repo, check=True, capture_output=True)


def test_hook_definition_is_what_the_readme_promises():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "replylint" and hook["language"] == "python"
    assert hook["entry"].split()[0] == "replylint"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "hooks: [{id: replylint}]" in readme


def test_real_pre_commit_try_repo_fails_a_bad_draft_and_passes_a_good_one(tmp_path):
    repo = tmp_path / "macros"
    repo.mkdir()
    shutil.copy(ROOT / "examples" / "email-with-problems.txt", repo / "bad.txt")
    shutil.copy(ROOT / "examples" / "email-clean.txt", repo / "good.txt")
    (repo / "notes.py").write_text("print('not a reply')\n", encoding="utf-8")  # not the hook's files
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "drafts")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1",
           "PRE_COMMIT_COLOR": "never"}

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), "replylint", "--files", *files], cwd=repo,
                              env=env, capture_output=True, text=True, timeout=1800)

    good = try_repo("good.txt", "notes.py")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    bad = try_repo("bad.txt", "good.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "bad.txt:10:8: error" in bad.stdout and "[keigo/double-honorific]" in bad.stdout
    assert "good.txt:" not in bad.stdout
