"""Both backends give the same neutral tokens: surface, forms, POS, conjugation, offsets."""

from __future__ import annotations

import pytest

from replylint.tokenize import BACKENDS, UnknownBackendError, get_backend


def test_backends_are_created_once():
    for name in BACKENDS:
        assert get_backend(name) is get_backend(name)


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(UnknownBackendError, match="mecab"):
        get_backend("mecab")


def test_conjugated_verb_forms(backend):
    toks = get_backend(backend).tokenize("おっしゃられました")
    first = toks[0]
    assert first[0] == "おっしゃら" and first[1] == "おっしゃる"  # surface, dictionary form
    assert first[4][0] == "動詞" and first[5].startswith("五段") and first[6].startswith("未然形")
    assert [t[0] for t in toks] == ["おっしゃら", "れ", "まし", "た"]


def test_spelling_variants_share_a_normalized_form(backend):
    be = get_backend(backend)
    assert be.tokenize("下さい")[0][2] == be.tokenize("ください")[0][2]
    assert be.tokenize("サーバ")[0][2] == be.tokenize("サーバー")[0][2] == "サーバー"


def test_offsets_skip_spaces_and_cover_the_text(backend):
    text = "今日は  晴れ　です😀"
    toks = get_backend(backend).tokenize(text)
    for surface, *_rest, start, end in toks:
        assert text[start:end] == surface
    assert "".join(t[0] for t in toks) == text.replace(" ", "").replace("\u3000", "")


def test_reading(backend):
    toks = get_backend(backend).tokenize("内容")
    assert toks[0][3] == "ナイヨウ"
