"""SNS: length as X counts it; personal data never asked for in public."""

from __future__ import annotations

import re

import replylint

from conftest import rule_hits


def test_japanese_characters_count_one_ascii_half(linter):
    assert not rule_hits(linter.lint("あ" * 140, "sns"), "sns/too-long")
    assert rule_hits(linter.lint("あ" * 141, "sns"), "sns/too-long")
    assert not rule_hits(linter.lint("a" * 280, "sns"), "sns/too-long")
    assert rule_hits(linter.lint("a" * 281, "sns"), "sns/too-long")


def test_urls_count_23_and_leading_mentions_not_at_all(linter):
    url = "https://example.jp/" + "x" * 200
    assert not rule_hits(linter.lint("あ" * 128 + url, "sns"), "sns/too-long")  # 128 + 11.5
    assert rule_hits(linter.lint("あ" * 129 + url, "sns"), "sns/too-long")
    assert not rule_hits(linter.lint("@someone_long @another " + "あ" * 140, "sns"), "sns/too-long")


def test_the_finding_covers_what_does_not_fit(linter):
    text = "@taro " + "あ" * 140 + "いう"
    hits = rule_hits(linter.lint(text, "sns"), "sns/too-long")
    assert [text[h.start:h.end] for h in hits] == ["いう"]
    assert "141" in hits[0].message or "142" in hits[0].message


def test_limit_and_counting_are_options(backend):
    lin = replylint.get_linter({"tokenizer": backend, "options": {"sns/too-long": {"max": 100}}})
    assert rule_hits(lin.lint("あ" * 101, "sns"), "sns/too-long")
    plain = replylint.get_linter({"tokenizer": backend, "options": {"sns/too-long": {"counting": "chars"}}})
    assert rule_hits(plain.lint("a" * 141, "sns"), "sns/too-long")


def test_too_long_is_sns_only(linter):
    assert not rule_hits(linter.lint("あ" * 300 + "。", "chat"), "sns/too-long")


def test_personal_data_suggests_a_direct_message(linter):
    text = "@mika お手数ですが、ご注文番号をお知らせください。"
    hits = rule_hits(linter.lint(text, "sns"), "sns/personal-data-in-public")
    assert hits and text[hits[0].start:hits[0].end].startswith("ご注文番号")
    assert "ダイレクトメッセージ" in hits[0].suggestion
    assert not rule_hits(linter.lint("@mika お手数ですが、ご注文番号をDMでお知らせください。", "sns"), "sns/personal-data-in-public")


# -- sns._SHOWN_NEEDS: a piece of every match of _SHOWN ------------------------------------------
def _canon(items) -> tuple:
    """A parsed sequence as plain tuples, to compare: a group's number dropped (the pieces number
    their groups anew), a lazy repeat as a greedy one (the same strings)."""
    from replylint import regexes

    c = regexes._c
    out = []
    for op, av in items:
        if op is c.SUBPATTERN:
            out.append(("group", av[1], av[2], _canon(av[-1])))
        elif op is c.BRANCH:
            out.append(("branch", tuple(_canon(b) for b in av[1])))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            out.append(("repeat", av[0], av[1], _canon(av[2])))
        elif op is c.IN:
            out.append(("in", tuple((str(o), v) for o, v in av)))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            out.append((str(op), av[0], _canon(av[1])))
        else:
            out.append((str(op), av))
    return tuple(out)


def _zero_width(item) -> bool:
    return item[0] in ("ASSERT", "ASSERT_NOT", "AT")


def _slice_is(piece, seq, i) -> bool:
    """seq[i:] starts with what `piece` matches: its items in order, the first one also as the last
    turn of a repeat of it there and the last one as the first turn (a match of the repeat ends and
    starts with one)."""
    if i + len(piece) > len(seq):
        return False
    for k, p in enumerate(piece):
        s = seq[i + k]
        turn = s[0] == "repeat" and s[1] >= 1 and s[3] == (p,) and (k == 0 or k == len(piece) - 1)
        if s != p and not turn:
            return False
    return True


def _held(pieces, seq) -> bool:
    """Every match of the sequence `seq` holds a match of one of `pieces` (each a sequence with no
    look-around, so that it matches the same characters wherever they stand): one of them is a run
    of its items (the look-arounds between them left out, which only narrow a match), or an item
    always holds one (a group, each branch of an alternation, a repeat done at least once)."""
    seq = tuple(x for x in seq if not _zero_width(x))
    if any(_slice_is(p, seq, i) for p in pieces for i in range(len(seq))):
        return True
    for item in seq:
        if item[0] == "group" and _held(pieces, item[3]):
            return True
        if item[0] == "branch" and all(_held(pieces, b) for b in item[1]):
            return True
        if item[0] == "repeat" and item[1] >= 1 and _held(pieces, item[3]):
            return True
    return False


def test_every_match_of_the_data_shown_holds_a_needed_piece():
    """sns._shown_in_public searches _SHOWN only in a reply that holds one of _SHOWN_NEEDS: every
    alternative of _SHOWN holds one of them, proved on the parse trees (and so for any text)."""
    from replylint import regexes
    from replylint.checks import sns

    pieces = [_canon(regexes._p.parse(p.pattern)) for p in sns._SHOWN_NEEDS]
    assert not [p for p in pieces if any(_zero_width(x) for x in p)]
    shown = regexes._p.parse(sns._SHOWN.pattern)
    assert not shown.state.flags & ~regexes._p.SRE_FLAG_UNICODE
    alternatives = _canon(shown)[0][1]
    assert len(alternatives) == 12
    assert [k for k, alt in enumerate(alternatives) if not _held(pieces, alt)] == []
    # (the check itself: a piece missing from a branch is found)
    assert not _held(pieces[1:], alternatives[0])
    assert not _held(pieces[:-1], alternatives[-1])


def test_the_data_shown_in_the_labeled_replies_passes_the_needed_pieces():
    """And on the labeled replies: each one _SHOWN matches in holds a piece (the data in them)."""
    from test_regexes import texts

    from replylint.checks import sns

    shown = [t for t in texts() if sns._SHOWN.search(t)]
    assert len(shown) > 50
    assert [t for t in shown if not sns._may_show(t)] == []


def test_the_needed_pieces_searched_as_one_hold_the_same_texts():
    """_may_show searches the alternation of _SHOWN_NEEDS, spelled out, as one (_SHOWN_NEED): on
    the labeled replies and on short strings of the pieces' edges, it finds a piece where a search
    for each piece finds one, and only there."""
    from test_regexes import texts

    from replylint.checks import sns

    edges = ["山田 花子", "山田　花子", "田 a", "a 田", " 山", "山 ", "山\n田", "市の", "区役所の", "世田谷区にお住まいの",
             "注文番号: A1", "注文番号 :", "便 12A", "0120-12-3456", "a@b.c", "-1", "丁目3", "くん", "君", "ご住所", ""]
    for t in list(texts()) + edges:
        assert sns._may_show(t) == any(p.search(t) for p in sns._SHOWN_NEEDS), t[:60]


def test_the_asks_searched_in_the_whole_reply_first_are_words_only():
    """personal_data_in_public searches _ASK_BARE and _POST_IT in the whole reply before its
    sentences: with no look-around, anchor or reference to a group, a match in a sentence is a
    match in the reply."""
    from replylint import regexes
    from replylint.checks import sns

    def plain(items) -> bool:
        for op, av in items:
            if op in (regexes._c.ASSERT, regexes._c.ASSERT_NOT, regexes._c.AT, regexes._c.GROUPREF):
                return False
            if op is regexes._c.SUBPATTERN and not plain(av[-1]):
                return False
            if op is regexes._c.BRANCH and not all(plain(b) for b in av[1]):
                return False
            if op in (regexes._c.MAX_REPEAT, regexes._c.MIN_REPEAT) and not plain(av[2]):
                return False
        return True

    for rx in (sns._ASK_BARE, sns._POST_IT):
        assert not rx.flags & ~re.UNICODE and plain(regexes._p.parse(rx.pattern)), rx.pattern[:40]
    assert sns._ASK.gate is not None and sns._SENSITIVE.gate is not None  # (worth a search of the reply)


def test_user_called_out_searches_only_replies_that_hold_its_words():
    """sns/user-called-out searches each pattern only in a reply that holds one of its words
    (sns._NEEDS_*): every match of the pattern must hold one, proved on its parse tree."""
    from test_structure_needs import holds_one_of

    from replylint.checks import sns

    for rx, words in ((sns._SANCTION, sns._NEEDS_SANCTION), (sns._POSTER_CONDUCT, sns._NEEDS_POSTER_CONDUCT),
                      (sns._DENIAL, sns._NEEDS_DENIAL), (sns._REBUKE, sns._NEEDS_REBUKE)):
        assert holds_one_of(rx.pattern, words), rx
    assert not holds_one_of(sns._DENIAL.pattern, sns._NEEDS_DENIAL[1:])  # (事実と異なります holds no other)


def test_a_reply_within_the_limit_however_it_weighs_is_not_counted(linter):
    """sns/too-long counts a reply's characters one by one only when it could pass the limit:
    one that does not is the same as counted (a link weighs 23, more than its characters may)."""
    assert not rule_hits(linter.lint("あ" * 140, "sns"), "sns/too-long")
    assert rule_hits(linter.lint("あ" * 139 + "いう", "sns"), "sns/too-long")
    assert rule_hits(linter.lint("あ" * 130 + " www.a.jp", "sns"), "sns/too-long")  # 130 + 0.5 + 11.5


def test_data_shown_in_public_stand_in_replies_that_pass_its_early_stop():
    """sns._shown_in_public walks the sentences only of a reply that holds what each of its
    findings needs (a sensitive word, an event or a price, a piece of shown data, a home, or the
    honour a full name takes): every reply we ship or label that it reports on holds one, and the
    shown data of the rule's own examples is still reported."""
    from test_regexes import texts

    from replylint.checks import sns

    linter = replylint.get_linter()
    reported = 0
    for t in texts():
        doc = linter._document(t, "sns", mode="draft", first_message=True, max_chars=None, templates=None, audience=None)
        if list(sns._shown_in_public(doc)):
            reported += 1
            norm = doc.norm
            assert (sns._SENSITIVE.may_match(norm) or sns._EVENT.search(norm) or "円" in norm or sns._may_show(norm)
                    or sns._HOME_WORD.search(norm) or "様" in norm or "さま" in norm or "さん" in norm), t[:60]
    assert reported > 20
