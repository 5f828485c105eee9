"""Expanding folders into the files to check."""

from __future__ import annotations

import os
from pathlib import Path

from replylint.runner import FOLDER_SUFFIXES, expand


def test_a_folder_expands_to_its_text_files_as_rglob_finds_them(tmp_path):
    for name in ["x.txt", "a/y.md", "a/b/z.csv", ".hidden/h.txt", "a/noext", "a/q.TXT", "a/b/.dot.txt",
                 "a/b/c.jsonl", "a/skip.json", "a/skip.yaml"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()  # a folder named like a draft is not a file
    os.symlink(tmp_path / "x.txt", tmp_path / "a" / "link.txt")  # a link to a file is checked
    os.symlink(tmp_path / "a", tmp_path / "loop")  # a linked folder is not entered
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")

    by_rglob = sorted(str(f) for f in tmp_path.rglob("*") if f.suffix in FOLDER_SUFFIXES and f.is_file())
    got = expand([str(tmp_path)])
    assert got == by_rglob
    assert [Path(p).relative_to(tmp_path).as_posix() for p in got] == [
        ".hidden/h.txt", "a/b/.dot.txt", "a/b/c.jsonl", "a/b/z.csv", "a/link.txt", "a/y.md", "x.txt"]
    assert expand([str(tmp_path) + "/"]) == got  # a trailing slash changes nothing


def test_files_and_empty_folders_stay_as_given(tmp_path):
    (tmp_path / "empty").mkdir()
    assert expand([str(tmp_path / "empty"), "draft.json", "-"]) == [str(tmp_path / "empty"), "draft.json", "-"]
