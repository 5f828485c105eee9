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


def test_the_readme_rule_pack_example_works(tmp_path, backend):
    import replylint
    from replylint.config import load_config

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    pack = re.search(r"```yaml\n(rules:\n.+?)```", text, re.S).group(1)
    (tmp_path / "company.yaml").write_text(pack, encoding="utf-8")
    (tmp_path / "replylint.toml").write_text(f'tokenizer = "{backend}"\npacks = ["company.yaml"]\n'
                                             'select = ["jargon/internal-terms"]\n', encoding="utf-8")
    linter = replylint.get_linter(load_config(tmp_path / "replylint.toml"))
    spec = next(s for s in linter.rules if s.id == "jargon/internal-terms")
    for ex in spec.invalid:
        assert linter.lint(ex.text, ex.channel).findings, ex.text
    for ex in spec.valid:
        assert not linter.lint(ex.text, ex.channel).findings, ex.text
    found = linter.lint("昨日出荷しました。", "chat").findings
    assert [f.suggestion for f in found] == ["お送りする"]
