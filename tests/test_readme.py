"""The README's two commands are where .ci/run and a newcomer expect them."""

from __future__ import annotations

import re
import subprocess

from conftest import ROOT


def command_after(marker: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(re.escape(marker) + r"\s*```sh\n(.+?)\n```", text, re.S)
    assert m, f"README has no command after {marker}"
    return m.group(1).strip()


def test_run_command_installs_and_lints_a_shipped_example():
    cmd = command_after("<!-- run-command -->")
    assert "pip install" in cmd and "replylint examples/" in cmd
    example = cmd.split("replylint ")[-1].split()[0]
    assert (ROOT / example).is_file()


def test_ci_runs_exactly_the_readme_test_command():
    cmd = command_after("<!-- test-command -->")
    assert "pip install" in cmd and "pytest" in cmd
    assert "bash .ci/readme-command test-command" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for marker in ("test-command", "run-command"):
        extracted = subprocess.run(["bash", str(ROOT / ".ci" / "readme-command"), marker],
                                   capture_output=True, text=True).stdout.strip()
        assert extracted == command_after(f"<!-- {marker} -->")
