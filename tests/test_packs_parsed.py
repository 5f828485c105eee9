"""The built-in packs' parsed copy (rules/_parsed.json) stands for their YAML, never instead of it."""

import json
import shutil
import zlib

import pytest
import yaml

from replylint import packs


def test_parsed_copy_matches_every_builtin_pack():
    """After a pack changes, write the copy again:
    python -c "import replylint.packs as p; p.write_parsed()"."""
    parsed = json.loads((packs.builtin_pack_dir() / packs.PARSED_FILE).read_text(encoding="utf-8"))
    paths = packs.builtin_pack_paths()
    assert sorted(parsed) == sorted(p.name for p in paths)
    for path in paths:
        raw = path.read_bytes()
        assert parsed[path.name]["fingerprint"] == f"{len(raw)}:{zlib.crc32(raw):08x}", (
            f"{packs.PARSED_FILE} is out of date for {path.name}: run "
            'python -c "import replylint.packs as p; p.write_parsed()"')
        assert parsed[path.name]["data"] == yaml.safe_load(raw.decode("utf-8"))


def test_an_edited_pack_is_read_from_its_yaml(tmp_path, monkeypatch):
    for path in packs.builtin_pack_paths():
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(packs.builtin_pack_dir() / packs.PARSED_FILE, tmp_path / packs.PARSED_FILE)
    monkeypatch.setattr(packs, "builtin_pack_dir", lambda: tmp_path)
    monkeypatch.setattr(packs, "_parsed", None)
    pack = tmp_path / "keigo.yaml"
    before = {s.id: s.summary for s in packs.load_pack(pack, builtin=True)}
    rule = next(iter(before))
    text = pack.read_text(encoding="utf-8")
    edited = text.replace(f"summary: {before[rule]}", "summary: 書き換えた要約", 1)
    assert edited != text
    pack.write_text(edited, encoding="utf-8")
    after = {s.id: s.summary for s in packs.load_pack(pack, builtin=True)}
    assert after[rule] == "書き換えた要約"
    assert {k: v for k, v in after.items() if k != rule} == {k: v for k, v in before.items() if k != rule}


def test_a_user_pack_never_uses_the_parsed_copy(tmp_path, monkeypatch):
    """A user's pack with a built-in pack's name is read from the user's file."""
    src = packs.builtin_pack_dir() / "empathy.yaml"
    mine = tmp_path / "empathy.yaml"
    mine.write_bytes(src.read_bytes())
    calls = []
    real = packs._yaml_data
    monkeypatch.setattr(packs, "_yaml_data", lambda path, raw: calls.append(path) or real(path, raw))
    with pytest.raises(packs.PackError, match="user packs use 'phrases'"):
        packs.load_pack(mine)  # its check rules are for built-in packs only: read as the user's
    assert calls == [mine]
