"""The package as a user gets it: a built wheel in a fresh virtualenv, run as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

DRAFT = "お客様がおっしゃられた内容を確認しました。{{name}}様\n"


def _run(argv, **kw):
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", timeout=900, **kw)


def test_installed_console_script_runs_as_a_process(tmp_path):
    exe = Path(sys.executable).with_name("replylint")
    f = tmp_path / "draft.txt"
    f.write_text(DRAFT, encoding="utf-8")
    res = _run([str(exe), "--format", "json", "--channel", "chat", str(f)], cwd=tmp_path,
               env={**os.environ, "NO_COLOR": "1"})
    assert res.returncode == 1, res.stderr
    rules = {x["rule"] for x in json.loads(res.stdout)["files"][0]["findings"]}
    assert {"keigo/double-honorific", "template/placeholder"} <= rules


def test_wheel_ships_rule_packs_and_lints_outside_the_source_tree(tmp_path):
    dist = tmp_path / "dist"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)])
    assert built.returncode == 0, built.stderr
    wheel = next(dist.glob("replylint-*.whl"))
    venv = tmp_path / "venv"
    assert _run([sys.executable, "-m", "venv", str(venv)]).returncode == 0
    installed = _run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)])
    assert installed.returncode == 0, installed.stderr

    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "draft.txt").write_text(DRAFT, encoding="utf-8")
    res = _run([str(venv / "bin" / "replylint"), "--format", "json", "--channel", "chat", "draft.txt"],
               cwd=work, env={"PATH": os.environ.get("PATH", ""), "NO_COLOR": "1"})
    assert res.returncode == 1, res.stderr
    rules = {x["rule"] for x in json.loads(res.stdout)["files"][0]["findings"]}
    assert {"keigo/double-honorific", "template/placeholder"} <= rules
    # The packs come from inside the installed package, not from this checkout.
    docs = _run([str(venv / "bin" / "replylint"), "rule", "keigo/double-honorific"], cwd=work)
    source = docs.stdout.strip().splitlines()[-1]
    assert str(venv) in source and "replylint/packs/keigo.yaml" in source
    # The page ships in the wheel; without the server extra, `serve` says how to get it.
    import zipfile
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"replylint/server/static/{n}" for n in ("index.html", "app.js", "style.css")} <= set(names)
    serve = _run([str(venv / "bin" / "replylint"), "serve"], cwd=work)
    assert serve.returncode == 2 and "pip install 'replylint[server]'" in serve.stderr
