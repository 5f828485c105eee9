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
    out = []
    for m in matcher.find(doc):
        words = doc.sentence_tokens(m.sentence)
        out.append((m.payload, text[words[m.tok_start].start:words[m.tok_end - 1].end]))
    return out


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


def test_a_phrase_whose_first_word_is_a_form_of_suru_is_still_found(backend):
    # し shares no text with する: such a phrase has no anchor and is looked for everywhere.
    assert found(backend, ["していただく"], "ご確認していただきました。") == [("していただく", "していただきました")]
    assert found(backend, ["していただく", "事象"], "事象を確認しました。") == [("事象", "事象")]


def test_only_sentences_that_hold_a_phrase_text_are_tokenized(backend):
    be = get_backend(backend)
    matcher = PhraseMatcher([("p", "おっしゃられる", "auto"), ("q", "事象", "auto")], be)
    doc = parse("本日はありがとうございます。先方が仰られた件です。よろしくお願いします。", be, "chat")
    assert [m.payload for m in matcher.find(doc)] == ["p"]
    assert [s.words is not None for s in doc.sentences] == [False, True, False]


def test_sentences_of_other_segments_are_skipped(backend):
    be = get_backend(backend)
    matcher = PhraseMatcher([("q", "事象", "auto")], be)
    doc = parse("山田様\n\n事象を確認しました。\n\n--\n事象対策室 佐藤\n", be, "email")
    kinds = {s.kind for s in doc.sentences}
    assert "signature" in kinds
    body_only = matcher.find(doc, frozenset({"body", "greeting", "closing", "addressee"}))
    assert [m.sentence.kind for m in body_only] == ["body"]
    assert all(s.words is None for s in doc.sentences if s.kind == "signature")
    assert [m.sentence.kind for m in matcher.find(doc)] == ["body", "signature"]


def test_the_trie_regex_finds_what_a_longest_first_alternation_finds():
    import random
    import re

    from replylint.matcher import _alternation

    rng = random.Random(7)
    letters = "ログインジスタアイ.*"  # few letters: many shared prefixes; regex characters escaped
    for _ in range(200):
        texts = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))]
        trie = _alternation(texts)
        plain = re.compile("|".join(re.escape(t) for t in sorted(set(texts), key=len, reverse=True)))
        for _ in range(10):
            text = "".join(rng.choice(letters) for _ in range(40))
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], (texts, text)


def test_a_second_word_is_found_in_every_spelling_of_its_lexeme():
    # 止め is matched by its lexeme (止める), where the dictionary reads it as the verb: 留め too,
    # and after a blank, with the anchors gated by the second word's spellings as without.
    assert found("fugashi", ["請求止め"], "請求止めいたします。") == [("請求止め", "請求止め")]
    assert found("fugashi", ["請求止め"], "請求留め、承りました。") == [("請求止め", "請求留め")]
    assert found("fugashi", ["請求止め"], "請求 止めしました。") == [("請求止め", "請求 止め")]
    assert found("fugashi", ["出棟", "出荷止め"], "出棟しました。出荷止めいたします。") == [
        ("出棟", "出棟"), ("出荷止め", "出荷止め")]
    assert not found("fugashi", ["請求止め"], "請求書をお送りします。")


def test_a_sentence_without_the_second_word_after_the_first_is_not_tokenized():
    """With the dictionary's spellings of 止める, a sentence with 請求 and no spelling of it after
    請求 is not tokenized (the second word gates the first's anchor)."""
    be = get_backend("fugashi")
    if be.spellings("止める") is None:
        pytest.skip("no table of spellings for this dictionary")
    matcher = PhraseMatcher([("p", "請求止め", "auto"), ("q", "出棟", "auto")], be)
    doc = parse("請求書をお送りします。出荷は明日です。請求止めいたします。", be, "chat")
    assert [m.payload for m in matcher.find(doc)] == ["p"]
    assert [s.words is not None for s in doc.sentences] == [False, False, True]


def test_the_shipped_spellings_are_what_the_dictionary_says():
    """tokenize/spellings.json holds, for every lemma the shipped phrases ask for, the surfaces
    unidic-lite's sys.dic gives it; after a phrase changes, write it again with
    python -c "import replylint.regexes as r; r.write_gates()"."""
    import json
    import subprocess
    import sys

    from replylint.tokenize import fugashi_backend as fb

    stored = json.loads(fb._SPELLINGS_FILE.read_text(encoding="utf-8"))
    if stored["dictionary"] != fb.dictionary_id():
        pytest.skip(f"spellings.json is for {stored['dictionary']}, not {fb.dictionary_id()}")
    assert fb.read_spellings(stored["lemmas"]) == stored["lemmas"]
    code = ("import json, replylint\nfrom replylint.tokenize import fugashi_backend as fb\n"
            "replylint.get_linter()\nprint(json.dumps(sorted(fb._spellings_asked), ensure_ascii=False))\n")
    asked = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert len(asked) > 5
    assert set(asked) <= set(stored["lemmas"]), "spellings.json lacks lemmas: run " \
        'python -c "import replylint.regexes as r; r.write_gates()"'


def test_the_shipped_phrase_words_are_what_mecab_says():
    """tokenize/phrases.json holds MeCab's output for every phrase the built-in packs have the
    matcher tokenize, as this dictionary gives it now; after a phrase changes, write it again with
    python -c "import replylint.packs as p; p.write_parsed()" (or regexes.write_gates)."""
    import json
    import subprocess
    import sys

    from replylint.tokenize import fugashi_backend as fb

    stored = json.loads(fb._PHRASES_FILE.read_text(encoding="utf-8"))
    if stored["format"] != fb._phrase_format():
        pytest.skip(f"phrases.json is for {stored['format']!r}, not {fb._phrase_format()!r}")
    be = fb.FugashiBackend()
    assert len(stored["phrases"]) > 1000
    for text, stream in stored["phrases"].items():
        assert be._tagger.parse(text) == stream, f"phrases.json is out of date for {text!r}"
        assert be.tokenize_phrase(text) == be.tokenize(text)
    assert be.tokenize_phrase("まだ誰も書いていない言い回し") == be.tokenize("まだ誰も書いていない言い回し")
    code = ("import json, replylint\nfrom replylint.tokenize import fugashi_backend as fb\n"
            "replylint.get_linter()\nprint(json.dumps(sorted(fb._phrases_asked), ensure_ascii=False))\n")
    asked = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert len(asked) > 1000
    assert set(asked) <= set(stored["phrases"]), "phrases.json lacks phrases: run " \
        'python -c "import replylint.packs as p; p.write_parsed()"'
