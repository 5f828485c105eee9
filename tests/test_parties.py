"""Who acts (parties.Parties, Document.parties): our side and the customer's, decided once per
reply, and read the same way by the keigo and positive checks."""

from __future__ import annotations

import pytest

from replylint import parties
from replylint.document import parse
from replylint.tokenize import get_backend

from conftest import rule_hits

REPLY = """株式会社フジオカ
製造部 部長 竹内 勇 様

いつもお世話になっております。
丸越化成株式会社 営業部の村井でございます。

当日は、弊社の岡部課長と私の二名で伺います。
{body}

丸越化成株式会社
営業部 村井 悠斗
"""


def _subject_of(backend: str, body: str, verb: str, **kw) -> str | None:
    """The side parties.subject gives the first token of `verb` in `body`."""
    doc = parse(REPLY.format(body=body), get_backend(backend))
    s = next(s for s in doc.sentences if doc.sentence_text(s) == body)
    toks = doc.sentence_tokens(s)
    i = next(k for k, t in enumerate(toks) if t.surface.startswith(verb))
    return doc.parties.subject(toks, i, **kw)


@pytest.mark.parametrize("body, verb, side", [
    # our side: role, title, a name given as ours (here, in 弊社の岡部課長), the signature's name,
    # a bare name, across a comma and words between
    ("店長はただいま休憩していらっしゃいます。", "いらっしゃい", parties.OWN),
    ("上司も、お客様のご意見を聞きたいとおっしゃっていました。", "おっしゃっ", parties.OWN),
    ("当日岡部がご説明なさいます。", "なさい", parties.OWN),
    ("村井がご案内なさいます。", "なさい", parties.OWN),
    ("資産運用担当の者がご説明なさいます。", "なさい", parties.OWN),
    ("お客様の担当者がご説明なさいます。", "なさい", parties.OWN),
    ("弊社の導入担当である山内がいらっしゃいます。", "いらっしゃい", parties.OWN),
    ("サポート担当者様からご連絡なさいます。", "なさい", parties.OWN),
    # the customer's side: お客様, a name with 様, the addressee's name with a title, their company
    ("お客様がおっしゃった内容を確認しました。", "おっしゃっ", parties.CUSTOMER),
    ("石田様がおっしゃったとおりです。", "おっしゃっ", parties.CUSTOMER),
    ("竹内部長がおっしゃったとおりです。", "おっしゃっ", parties.CUSTOMER),
    ("貴社の課長がいらっしゃる日に伺います。", "いらっしゃる", parties.CUSTOMER),
    ("ご担当者様がいらっしゃる日に伺います。", "いらっしゃる", parties.CUSTOMER),
    # nobody named
    ("明日は雨がふるかもしれません。", "ふる", None),
])
def test_subject_side(backend, body, verb, side):
    assert _subject_of(backend, body, verb) == side


def test_a_thing_of_the_customer_is_not_the_customer_acting(backend):
    # お客様のお名前は: the customer's thing; with person=True only a party itself counts
    body = "お客様のお名前は、受付で申します。"
    assert _subject_of(backend, body, "申し") == parties.CUSTOMER
    assert _subject_of(backend, body, "申し", person=True, particles=("が", "は", "も")) is None


def test_within_the_clause_only(backend):
    body = "田中様が社長になられたと伺い、お祝い申し上げます。"
    assert _subject_of(backend, body, "申し上げ") == parties.CUSTOMER
    assert _subject_of(backend, body, "申し上げ", clause=True) is None


def test_our_people_are_read_from_the_reply(backend):
    doc = parse(REPLY.format(body="よろしくお願いいたします。"), get_backend(backend))
    p = doc.parties
    assert p.is_ours("岡部")  # 弊社の岡部課長
    assert p.is_ours("村井")  # the signature and the self-introduction
    assert not p.is_ours("竹内")  # the addressee
    assert not p.is_ours("岡")  # one letter is too little
    assert doc.parties is p  # built once per reply


def test_our_names_pattern_has_one_group():
    # (Parties.our_names takes the names with findall, which gives a match's one group; a second
    # group would give tuples)
    assert parties._OUR_PERSON.search("担当の林が").group("name") == "林"
    assert parties._OUR_PERSON.groups == 1 and parties._OUR_PERSON.groupindex == {"name": 1}


def test_our_person_late_words_cannot_start_in_a_name_just_found():
    """_OUR_PERSON finds a word that starts with a letter of _OUR_PERSON_LATE at its second letter.
    Past a match re goes on from the name's end, where what follows a name stands; a late word
    read behind from there would start at the name's last letter, inside the match, where the
    plain pattern never looks: it cannot, since no late word's rest begins with what may follow a
    name, nor is the start of it."""
    late = [w for w in parties._OUR_PERSON_WORDS if w[0] in parties._OUR_PERSON_LATE]
    assert {w[0] for w in late} == set(parties._OUR_PERSON_LATE)
    after = "(?=" + "|".join(parties.TITLES) + r"|さん|[がはもにをと、。\s]|から|より|でございます|です|と申します)"
    assert parties._OUR_PERSON.pattern.endswith(after)  # (what follows a name, as the test below reads it)
    for w in late:
        rest = w[1:]
        assert rest and rest[0] not in parties._AFTER_NAME_CHARS and not rest[0].isspace(), w
        assert not any(rest.startswith(a) or a.startswith(rest) for a in parties._AFTER_NAME_WORDS), w
    assert set(parties._AFTER_NAME_WORDS) == set(parties.TITLES) | {"さん", "から", "より", "でございます", "です", "と申します"}


def test_our_person_finds_the_names_of_the_plain_pattern():
    """The late words read at their second letter find the same names, in the same order, as the
    pattern of all words by their first letter (every shipped reply, and texts built to put a late
    word's letters right after a name or inside another word)."""
    import re

    from replylint.regexes import by_first_char

    from test_triggers import REPLIES

    plain = re.compile("(?:" + by_first_char(list(parties._OUR_PERSON_WORDS)) + ")"
                       + parties._OUR_PERSON.pattern[parties._OUR_PERSON.pattern.index(")(?:の|である") + 1:])
    made = [f"{a}{b}{c}{d}" for a in ("担当の", "スタッフの", "当店の", "担当 ", "弊社の会長の", "上司である")
            for b in ("アリス", "林", "山上", "マイク", "村会", "トム", "カ", "スミス")
            for c in ("タッフ", "トレーナー", "司", "長", "マネージャー", "会長", "上司", "スタッフ", "が", "")
            for d in ("の田中が", "が", "である林は", " マリアさん", "")]
    seen = 0
    for text in [t for t, *_ in REPLIES] + made:
        found = parties._OUR_PERSON.findall(text)
        assert found == plain.findall(text), text[:60]
        seen += len(found)
        for k in range(0, len(text), 7):  # (the search _side_of makes of a phrase: the same name's end)
            m, n = parties._OUR_PERSON.search(text[:k] + "が"), plain.search(text[:k] + "が")
            assert (m and m.end("name")) == (n and n.end("name")), text[:k]
    assert seen > 1000


@pytest.mark.parametrize("text, rule, span", [
    # the same name with 様 is the customer's for keigo and for blame alike
    ("石田様が申した内容を、担当部署に伝えました。", "keigo/wrong-direction", "申した"),
    ("石田様が設定を削除されたことが原因です。", "positive/blame", "石田様が設定を削除されたことが原因"),
    ("貴社の担当の方が申した内容を確認しました。", "keigo/wrong-direction", "申した"),
    ("貴社で品番を誤って入力されたため、別の部品を出荷しました。", "positive/blame", None),
])
def test_one_model_for_keigo_and_positive(linter, text, rule, span):
    hits = rule_hits(linter.lint("浅野様\n\nお世話になっております。\n" + text + "\n"), rule)
    assert hits, rule
    full = "浅野様\n\nお世話になっております。\n" + text + "\n"
    if span is not None:
        assert any(span in full[h.start:h.end] or full[h.start:h.end] in span for h in hits)


def test_our_side_with_sama_is_not_the_customer(linter):
    # サポート担当者様: our staff honoured by mistake, not the customer; ご担当者様 is theirs
    text = "浅野様\n\nお世話になっております。\n後日、サポート担当者様からお電話いたします。\nご担当者様からご連絡いただけますと幸いです。\n"
    hits = rule_hits(linter.lint(text), "keigo/wrong-direction")
    assert [text[h.start:h.end] for h in hits] == ["サポート担当者様"]
