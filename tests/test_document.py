"""Parsing a reply: lines, sentences, segments; quoted text is never tokenized."""

from __future__ import annotations

import unicodedata

from replylint import segments as seg
from replylint.document import parse
from replylint.tokenize import get_backend

EMAIL = """株式会社みなと商事
総務部 田村 様

いつもお世話になっております。
あおば事務機の西川でございます。

ご依頼の見積書（PDF）をお送りします。「至急」とのことでしたので、本日中に手配しました！
ご確認ください。

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願いいたします。

あおば事務機 営業部
西川 真理
TEL 03-0000-0000

2026年11月20日 10:15 田村 <tamura@example.com>:
> 見積もりって今日もらえる？
> 急ぎなんだけど。
"""


def kinds(doc):
    return [(doc.text[s.start:s.end], s.kind) for s in doc.sentences]


def test_segments_of_a_full_email(backend):
    doc = parse(EMAIL, get_backend(backend))
    seen = kinds(doc)
    assert ("総務部 田村 様", "addressee") in seen
    assert ("株式会社みなと商事", "addressee") in seen
    assert ("いつもお世話になっております。", "greeting") in seen
    assert ("今後ともよろしくお願いいたします。", "closing") in seen
    assert ("西川 真理", "signature") in seen
    assert [s.kind for s in doc.segments][:2] == ["addressee", "greeting"]
    assert doc.segments[-1].kind == "quoted"
    quoted_from = EMAIL.index("2026年11月20日")
    # Quoted text stays in the text but is never tokenized.
    assert all(t.start < quoted_from for t in doc.tokens)
    assert not any(s.start >= quoted_from for s in doc.sentences)


def test_sentences_respect_brackets_and_keep_offsets(backend):
    doc = parse(EMAIL, get_backend(backend))
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert "「至急」とのことでしたので、本日中に手配しました！" in texts
    assert "ご依頼の見積書（PDF）をお送りします。" in texts
    for s in doc.sentences:
        for t in doc.sentence_tokens(s):
            assert s.start <= t.start < t.end <= s.end


def test_quote_markers_and_original_message_block(backend):
    text = ("山田様\n\nご連絡ありがとうございます。\n＞前回の件ですが\n> 返金はまだですか\n承知しました。\n"
            "-----Original Message-----\nFrom: 山田\n返金してほしい。\n")
    doc = parse(text, get_backend(backend))
    linted = [doc.text[s.start:s.end] for s in doc.sentences]
    assert "承知しました。" in linted
    assert not any("前回" in x or "返金" in x for x in linted)
    assert [ln.kind for ln in doc.lines][3:5] == ["quoted", "quoted"]


def test_japanese_quote_header(backend):
    text = "ご返信ありがとうございます。\n\n山田 太郎さんは書きました：\n了解だよ。\n"
    doc = parse(text, get_backend(backend))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == ["ご返信ありがとうございます。"]


def test_inline_addressee_in_chat(backend):
    doc = parse("中井様、お問い合わせありがとうございます。変更しました。", get_backend(backend), "chat")
    assert kinds(doc)[:2] == [("中井様、", "addressee"), ("お問い合わせありがとうございます。", "greeting")]
    # ... and a colleague named with さん before a greeting (the reader's role is read from it)
    doc = parse("大阪支店IT担当の村上さん、お疲れさまです。インフラチームの宮本です。", get_backend(backend), "chat")
    assert kinds(doc)[:2] == [("大阪支店IT担当の村上さん、", "addressee"), ("お疲れさまです。", "greeting")]
    assert doc.reader == "technical"
    # (not さん in a sentence that is no greeting: 村上さん、先ほどの件です)
    doc = parse("村上さん、先ほどの件ですが、確認しました。", get_backend(backend), "chat")
    assert kinds(doc)[0][1] != "addressee"


def test_line_and_column_are_code_points_with_crlf_and_emoji():
    text = "一行目😀\r\n二行目のＡＢＣ\r\n"
    doc = parse(text, get_backend("fugashi"))
    offset = text.index("ＡＢＣ")
    assert doc.line_col(offset) == (2, 5)
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(text.index("😀")) == (1, 4)


def test_tokens_map_to_original_text_after_normalization(backend):
    text = "ﾛｸﾞｲﾝ画面で㍿ＡＢＣの😀レイテンシを確認。"
    doc = parse(text, get_backend(backend))
    assert doc.tokens[0].start == 0 and any(t.end == len("ﾛｸﾞｲﾝ") for t in doc.tokens)
    assert any(text[t.start:t.end] == "㍿" for t in doc.tokens)
    for t in doc.tokens:
        # A token inside an expanded character (株式 of ㍿) widens to the whole character.
        assert t.surface in unicodedata.normalize("NFKC", text[t.start:t.end])


def test_sentences_are_tokenized_on_first_use_and_on_their_own(backend):
    text = "山田様\n\nお世話になっております。\n本日発送いたします。ご確認ください。\n\n株式会社ミライ\nサポート窓口 佐藤\n"
    be = get_backend(backend)
    doc = parse(text, be)
    assert all(s.words is None for s in doc.sentences)  # parsing tokenizes nothing
    s = next(s for s in doc.sentences if doc.sentence_text(s) == "ご確認ください。")
    words = doc.sentence_tokens(s)
    assert words is doc.sentence_tokens(s)  # once
    assert [s2.words is None for s2 in doc.sentences].count(False) == 1
    # A sentence's words are what the tokenizer makes of that sentence alone, at its offsets.
    alone = be.tokenize("ご確認ください。", s.nstart)
    assert [(t.surface, t.pos, t.start, t.end) for t in words] == [(t.surface, t.pos, t.start, t.end) for t in alone]
    assert "".join(t.surface for t in doc.tokens) == "".join(doc.sentence_text(x).replace(" ", "") for x in doc.sentences)


def test_a_line_without_brackets_splits_as_the_bracket_walk_splits_it():
    """document._split_plain (one search per line) gives what the walk over every mark gives."""
    import random

    from replylint.document import _split_plain, _split_sentences

    rnd = random.Random(11)
    alphabet = list("あい漢。。!?? \t\r\u3000x.")
    lines = ["ご連絡ありがとうございます。確認いたします!?  ", "  以上です", "。", "です。\u3000", "a。 b"]
    lines += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 14))) for _ in range(20000)]
    for line in lines:
        if line.strip(" \t\r\u3000") or not line.isspace():
            assert _split_plain(line) == _split_sentences(line, honour_brackets=False), line


def test_a_list_item_is_read_with_the_sentence_that_leads_into_it(backend):
    doc = parse("山田様\n\nにおいが強いときは、次の点にご注意ください。\n\n・火を使わないでください\n・窓を開けてください\n"
                "\n保存後に反映されます。\n・単独の項目\n", get_backend(backend))
    lead = doc.sentence_text
    items = [s for s in doc.sentences if doc.role(s) == seg.ITEM]
    assert [doc.sentence_text(s) for s in items] == ["・火を使わないでください", "・窓を開けてください", "・単独の項目"]
    assert lead(doc.list_lead(items[0])) == lead(doc.list_lead(items[1])) == "においが強いときは、次の点にご注意ください。"
    assert lead(doc.list_lead(items[2])) == "保存後に反映されます。"
    prose = [s for s in doc.sentences if doc.role(s) == seg.PROSE]
    assert all(doc.list_lead(s) is None for s in prose)


def test_a_reply_to_a_colleague_opens_with_otsukaresama_and_names_them_with_san(backend):
    b = get_backend(backend)
    assert parse("営業二課の川口さん、お疲れさまです。ヘルプデスクの松井です。", b, "chat").to_colleague
    assert parse("社員各位\n\nお疲れさまです。情報システム部です。", b).to_colleague
    assert parse("拠点IT担当の皆さん、お疲れさまです。インフラチームの宮本です。", b, "chat").to_colleague
    # a customer is named with 様 or 御中, and お疲れ様です to them stays a slip
    assert not parse("前田 由美 様\n\nお疲れ様です。\nサポート担当の木下でございます。", b).to_colleague
    assert not parse("お客様各位\n\nお疲れ様です。", b).to_colleague
    assert not parse("お疲れ様です。ACTIVEジムの森です。", b, "chat").to_colleague
    assert not parse("田中さん、こんにちは。担当の山田です。", b, "chat").to_colleague


def test_a_wrapped_piece_that_begins_inside_a_quotation_opened_before_the_wrap():
    b = get_backend("fugashi")
    doc = parse("保証規定には「落下、\n衝撃などによる故障は、\n有料修理とする。」と定められております。\n"
                "ご注文の商品は、\n昨日発送した。規約の「第9条」に基づき、\n契約は更新される。", b)
    inside = [doc.sentence_text(s) for s in doc.sentences if doc.opens_inside_quote(s)]
    assert inside == ["衝撃などによる故障は、", "有料修理とする。"]


def test_the_last_sentences_as_written_count_a_wrapped_sentence_once():
    doc = parse("お届けに伺います。ご都合が悪ければ、\nご希望の日時をお知らせください。\n"
                "このたびはご迷惑をおかけし、\n申し訳ございませんでした。", get_backend("fugashi"))
    tail = doc.last_written(doc.sentences, 2)
    assert [doc.sentence_text(s) for s in tail] == [
        "ご都合が悪ければ、", "ご希望の日時をお知らせください。", "このたびはご迷惑をおかけし、", "申し訳ございませんでした。"]
    assert len(doc.last_written(doc.sentences, 3)) == 5


def test_the_screen_words_are_the_gate_of_screen_named():
    """Document.screen_names finds acts.SCREEN_NAMED's lines by its gate's words with str.find:
    they must be the words the gate is built from."""
    from replylint import acts, document
    from replylint.regexes import trie_pattern

    assert acts.SCREEN_NAMED.gate.pattern == trie_pattern(sorted(document._SCREEN_WORDS))


def test_a_row_after_a_verb_is_found_where_its_letters_stand():
    """_ROW_AFTER_VERB, searched from 行, is found in just the texts where る or た, 行 and a
    particle stand together (what acts.FILE_ROW needs without 行目 or 列目)."""
    import itertools
    import re

    from replylint.document import _ROW_AFTER_VERB

    spelled = re.compile(r"[るた]行[がをはにでの]")
    for letters in itertools.product("るた行がのあ", repeat=4):
        text = "".join(letters)
        assert bool(_ROW_AFTER_VERB.search(text)) == bool(spelled.search(text)), text
