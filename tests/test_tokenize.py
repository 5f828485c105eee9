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
    assert first.surface == "おっしゃら" and first.lemma == "おっしゃる"
    assert first.pos[0] == "動詞" and first.ctype.startswith("五段") and first.cform.startswith("未然形")
    assert first.inflects
    assert [t.surface for t in toks] == ["おっしゃら", "れ", "まし", "た"]


def test_spelling_variants_share_a_normalized_form(backend):
    be = get_backend(backend)
    assert be.tokenize("下さい")[0].norm == be.tokenize("ください")[0].norm
    assert be.tokenize("サーバ")[0].norm == be.tokenize("サーバー")[0].norm == "サーバー"


def test_offsets_skip_spaces_and_line_breaks_and_cover_the_text(backend):
    text = "今日は  晴れ　です😀\nログイン\r\nできます"
    toks = get_backend(backend).tokenize(text, base=100)
    for t in toks:
        assert text[t.start - 100:t.end - 100] == t.surface
        assert (t.nstart, t.nend) == (t.start, t.end)
    assert "".join(t.surface for t in toks) == "".join(text.split()).replace("\u3000", "")


def test_reading(backend):
    toks = get_backend(backend).tokenize("内容")
    assert toks[0].reading == "ナイヨウ"
