"""Issue 14: a table of hostile inputs, all through the CLI in one call with a good draft.

Each input gives its expected outcome (read and checked, or refused with a message naming it),
the good draft is still reported, and every input is byte-identical afterwards."""

from __future__ import annotations

import hashlib
import json
import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from replylint.cli import main

GOOD = "お問い合わせありがとうございます。本日発送いたしました。ほかにご不明な点があればお知らせください。\n"
DRAFT = "佐藤様\nいつもお世話になっております。キャッシュを確認いたします。\n"

# name -> (bytes, or a maker; None when it is refused, else the encoding it is read in)
TABLE = {
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "binary file"),
    "garbage.txt": (bytes(range(0x80, 0x100)) * 4, None, "cannot decode"),
    "too-large.txt": (("あ" * 10000).encode("utf-8"), None, "too large"),
    "surrogates.jsonl": (b'{"id": "x\\ud800", "text": "\\ud800\\u30ad\\u30e3\\u30c3\\u30b7\\u30e5\\u3067\\u3059\\u3002"}\n',
                         "utf-8", None),
    "bad.json": (b'{"macros": [', None, "invalid JSON"),
    "empty.csv": (b"", None, "no replies"),
    "jis.txt": (DRAFT.encode("iso2022_jp"), "iso-2022-jp", None),
    "euc.txt": (DRAFT.encode("euc-jp"), "euc-jp", None),
    "utf16-no-bom.txt": (DRAFT.encode("utf-16-le"), "utf-16-le", None),
    "utf32.txt": (DRAFT.encode("utf-32"), "utf-32-le", None),
    "controls.txt": ("キャッシュ\x1b[2J\x00\x07\r確認します。\ufdfa\u3099".encode("utf-8"), None, "binary file"),
    "mac.txt": (DRAFT.replace("\n", "\r").encode("cp932"), "cp932", None),
    "long-line.txt": (("「{{お" * 3000).encode("utf-8"), "utf-8", None),
}


def _digest(p: Path) -> str | None:
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink() else None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_hostile_files_in_one_call(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, (data, _, _) in TABLE.items():
        (tmp_path / name).write_bytes(data)
    os.mkfifo(tmp_path / "fifo.txt")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    (tmp_path / "empty-folder").mkdir()
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "socket.txt"))
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    refused = {"fifo.txt": "not a regular file", "loop.txt": "cannot read", "empty-folder": "is a directory",
               "socket.txt": "not a regular file", os.devnull: "not a regular file"}
    refused.update({n: msg for n, (_, enc, msg) in TABLE.items() if enc is None})
    names = list(TABLE) + ["fifo.txt", "loop.txt", "empty-folder", "socket.txt", os.devnull, "good.txt"]
    before = {n: _digest(tmp_path / n) for n in names}
    try:
        result = CliRunner().invoke(main, ["--format", "json", "--channel", "chat", "--max-bytes", "25000", *names],
                                    catch_exceptions=False)
    finally:
        sock.close()
    assert result.exit_code == 2, result.stderr
    files = json.loads(result.stdout)["files"]
    by_path: dict[str, list[dict]] = {}
    for f in files:
        by_path.setdefault(f["path"], []).append(f)
    assert set(by_path) == set(names)
    for name, msg in refused.items():
        entry = by_path[name][0]
        assert "error" in entry and msg in entry["error"], (name, entry)
        assert f"replylint: {name}: " in result.stderr or f"replylint: {name} " in result.stderr, name
    for name, (_, enc, _) in TABLE.items():
        if enc is not None:
            entry = by_path[name][0]
            assert "error" not in entry and entry["encoding"] == enc, (name, entry)
    assert any(f["rule"] == "jargon/term" for f in by_path["jis.txt"][0]["findings"])
    assert any(f["rule"] == "jargon/term" for f in by_path["surrogates.jsonl"][0]["findings"])
    good = by_path["good.txt"][0]
    assert "error" not in good and good["findings"] == []
    assert "\x1b" not in result.stderr and "Traceback" not in result.stderr
    assert {n: _digest(tmp_path / n) for n in names} == before
