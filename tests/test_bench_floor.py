"""The benchmark's stream floor reads MeCab exactly as the fugashi backend does."""

from __future__ import annotations

import importlib.util

import fugashi
import unidic_lite

from replylint.tokenize import get_backend

from conftest import ROOT


def test_stream_floor_uses_the_backends_word_format():
    spec = importlib.util.spec_from_file_location("bench_floor", ROOT / "bench" / "floor.py")
    floor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(floor)
    tagger = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null ' + floor._STREAM)
    text = "お問い合わせいただき、ありがとうございます。ｻｰﾊﾞｰの再起動は明日です。\n　ꙮ"
    backend = get_backend("fugashi")
    assert tagger.parse(text) == backend._tagger.parse(text)
