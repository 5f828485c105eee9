"""The normalized view and its mapping back to original offsets."""

from __future__ import annotations

import unicodedata

import pytest

from replylint.textview import _UNSTABLE, NormalizedText

TEXTS = [
    "ｶﾞｲﾄﾞ㍿😀！ＡＢＣ　x",
    "カ\u3099ガ",  # katakana + combining voiced mark
    "plain ascii text",
    "①②…end",
    "ﾊﾟｿｺﾝでﾛｸﾞｲﾝ",
    "ご利用ください（注）\r\n次の行",
    "👨‍👩‍👧 family emoji and ｱｲｳ",
    "",
    "━━━━\n―――\n■ 手順 ※注意 → 〜まで【重要】〒100\u3099 ━\u3099",  # marks the fast path skips, one with a mark
]


@pytest.mark.parametrize("text", TEXTS)
def test_view_is_nfkc(text):
    assert NormalizedText(text).text == unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("text", TEXTS)
def test_every_normalized_char_maps_into_the_original(text):
    view = NormalizedText(text)
    for i in range(len(view.text)):
        a, b = view.start_in_original(i), view.end_in_original(i + 1)
        assert 0 <= a < b <= len(text)
        # The original piece normalizes to something containing this character.
        assert view.text[i] in unicodedata.normalize("NFKC", text[a:b])


def test_expanding_and_shrinking_clusters():
    text = "前ｶﾞｲﾄﾞ㍿後"
    view = NormalizedText(text)
    assert view.text == "前ガイド株式会社後"
    g = view.text.index("ガイド")
    assert text[view.start_in_original(g):view.end_in_original(g + 3)] == "ｶﾞｲﾄﾞ"
    k = view.text.index("株式会社")
    assert text[view.start_in_original(k):view.end_in_original(k + 4)] == "㍿"
    # A match inside an expanded cluster widens to the whole original character.
    assert text[view.start_in_original(k + 1):view.end_in_original(k + 2)] == "㍿"
    assert text[view.start_in_original(view.text.index("後"))] == "後"


def test_identity_when_already_normalized():
    view = NormalizedText("お問い合わせありがとうございます。")
    assert view.start_in_original(5) == 5 and view.end_in_original(7) == 7


def test_the_fast_path_skips_only_characters_nfkc_keeps():
    """Runs of characters outside `_UNSTABLE` are copied unchanged: each must be its own NFKC
    form and never a combining mark."""
    changed = [hex(c) for c in range(0x110000)
               if not 0xD800 <= c < 0xE000 and not _UNSTABLE.fullmatch(chr(c))
               and (unicodedata.normalize("NFKC", chr(c)) != chr(c) or unicodedata.combining(chr(c)))]
    assert changed == []
