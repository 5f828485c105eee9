"""The progress bar: on stderr when it is a terminal (a real pty) and the run holds many replies;
never in a pipe, with --quiet, or for a few replies."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from replylint.progress import PROGRESS_FROM

EXE = str(Path(sys.executable).with_name("replylint"))


def _library(tmp_path: Path, n: int) -> str:
    p = tmp_path / f"lib{n}.json"
    p.write_text(json.dumps([{"id": f"m{i}", "body": "了解しました。"} for i in range(n)], ensure_ascii=False),
                 encoding="utf-8")
    return str(p)


def _run(argv: list[str], tmp_path: Path, tty: bool) -> tuple[int, str, str]:
    """Run with stderr on a pseudo-terminal (tty) or a pipe; stdout goes to a file either way."""
    out_path = tmp_path / "stdout.txt"
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    with open(out_path, "wb") as out:
        if not tty:
            res = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env,
                                 timeout=300)
            return res.returncode, out_path.read_text(encoding="utf-8"), res.stderr.decode("utf-8")
        master, slave = pty.openpty()
        proc = subprocess.Popen(argv, stdout=out, stderr=slave, stdin=subprocess.DEVNULL, env=env)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(master)
        code = proc.wait(timeout=300)
    return code, out_path.read_text(encoding="utf-8"), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def argv():
    return [EXE, "--channel", "chat", "--select", "keigo", "--format", "json"]


def test_bar_on_a_terminal_for_many_replies(tmp_path, argv):
    n = PROGRESS_FROM + 10
    code, out, err = _run([*argv, _library(tmp_path, n)], tmp_path, tty=True)
    assert code == 0, err
    assert "返信を確認中" in err and f"{n}/{n}" in err and "100%" in err
    assert len(json.loads(out)["files"]) == n  # the report itself is untouched


def test_no_bar_in_a_pipe(tmp_path, argv):
    code, out, err = _run([*argv, _library(tmp_path, PROGRESS_FROM + 10)], tmp_path, tty=False)
    assert code == 0 and err == ""


def test_no_bar_with_quiet_or_few_replies(tmp_path, argv):
    _, _, err = _run([*argv, "--quiet", _library(tmp_path, PROGRESS_FROM + 10)], tmp_path, tty=True)
    assert "返信を確認中" not in err
    _, _, err = _run([*argv, _library(tmp_path, 3)], tmp_path, tty=True)
    assert "返信を確認中" not in err
