"""The phrase matcher: conjugation, spelling variants, token boundaries, word edges."""

from __future__ import annotations

import pytest

from replylint.document import parse
from replylint.matcher import PhraseMatcher
from replylint.tokenize import get_backend


def found(backend, phrases, text, mode="auto"):
    be = get_backend(backend)
    matcher = PhraseMatcher([(p, p, mode) for p in phrases], be)
    doc = parse(text, be, "chat")
    return [(m.payload, text[doc.tokens[m.tok_start].start:doc.tokens[m.tok_end - 1].end])
            for m in matcher.find(doc.norm, doc.tokens)]


@pytest.mark.parametrize("text,covered", [
    ("お客様がおっしゃられた内容", "おっしゃられた"),
    ("お客様がおっしゃられました。", "おっしゃられました"),
    ("お客様がおっしゃられる通り", "おっしゃられる"),
    ("先方が仰られていた件", "仰られ"),
])
def test_last_word_may_conjugate(backend, text, covered):
    assert found(backend, ["おっしゃられる"], text) == [("おっしゃられる", covered)]


def test_earlier_words_keep_their_form(backend):
    # ご利用して + ください: して is fixed, ください may be 下さい.
    assert found(backend, ["ご利用してください"], "次回ご利用して下さいませ。")
    assert not found(backend, ["ご利用してください"], "次回ご利用ください。")


def test_surface_phrases_do_not_match_inside_longer_words(backend):
    assert not found(backend, ["ログ"], "ログインしてください。カタログをお送りします。")
    assert found(backend, ["ログ"], "ログをお送りください。") == [("ログ", "ログ")]
    assert not found(backend, ["サーバ"], "サーバーが混み合っています。")
    assert found(backend, ["サーバ", "サーバー"], "サーバが混み合っています。") == [("サーバ", "サーバ")]


def test_split_katakana_is_found_as_a_surface_run(backend):
    # unidic-lite reads レイテンシ as レイ+テンシ; Sudachi as one word. Both are found.
    assert found(backend, ["レイテンシ"], "ネットワークのレイテンシが増大しました。") == [("レイテンシ", "レイテンシ")]


def test_full_width_and_half_width_text_is_matched_in_the_normalized_view(backend):
    assert found(backend, ["ログ"], "ﾛｸﾞをお送りください。") == [("ログ", "ﾛｸﾞ")]
    assert found(backend, ["SLA"], "ＳＬＡを確認") == [("SLA", "ＳＬＡ")]


def test_many_phrases_one_pass(backend):
    hits = found(backend, ["了解しました", "よろしかったでしょうか", "事象"],
                 "事象を確認しました。了解しました。こちらでよろしかったでしょうか。")
    assert [h[0] for h in hits] == ["事象", "了解しました", "よろしかったでしょうか"]
