"""Triggers only save work: with them and without them, every reply gets the same findings.

A check's trigger (`engine.triggered_by`) must be held by every sentence the check can report
from. A trigger that is too narrow would silently drop findings, so each example, labeled
reply and clean reply we have is linted both ways, under both tokenizers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from replylint.api import load_rules
from replylint.config import Config
from replylint.document import parse
from replylint.engine import Engine
from replylint.tokenize import get_backend

from conftest import CORPUS, ROOT


def _replies() -> list[tuple[str, str, str, bool]]:
    """(text, channel, mode, first_message) for every reply the project ships."""
    out = []
    for spec in load_rules(Config()):
        for ex in spec.valid + spec.invalid:
            out.append((ex.text, ex.channel, ex.mode, ex.first_message))
        for ch in spec.channels:
            out += [(spec.docs.example, ch, "draft", True), (spec.docs.instead, ch, "draft", True)]
    for path in sorted(CORPUS.glob("*.jsonl")) + sorted((ROOT / "heldout").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["text"], row.get("channel", "email"), "draft", True))
    for path in sorted((CORPUS / "clean").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt")):
        channel = path.name.split("-")[0] if path.name.split("-")[0] in ("email", "chat", "sns") else "email"
        out.append((path.read_text("utf-8"), channel, "draft", True))
    return out


REPLIES = _replies()


@pytest.mark.parametrize("backend_name", ["fugashi", "sudachi"])
def test_findings_are_the_same_with_and_without_triggers(backend_name):
    backend = get_backend(backend_name)
    specs = load_rules(Config())
    fast = Engine(specs, backend, Config())
    full = Engine(specs, backend, Config(), use_triggers=False)
    assert len(REPLIES) > 1000
    differ = []
    for text, channel, mode, first in REPLIES:
        with_triggers = fast.run(parse(text, backend, channel, mode=mode, first_message=first))
        without = full.run(parse(text, backend, channel, mode=mode, first_message=first))
        if with_triggers != without:
            differ.append((text[:60], {f.rule for f in set(with_triggers) ^ set(without)}))
    assert not differ, differ[:5]


def test_most_checks_declare_a_trigger_and_it_is_used():
    """The engine hands each check its trigger, or None when triggers are off."""
    specs = load_rules(Config())
    backend = get_backend("fugashi")
    fast = Engine(specs, backend, Config())
    full = Engine(specs, backend, Config(), use_triggers=False)
    with_trigger = [a for a in fast._plans["email"] if a.ctx.trigger is not None]
    assert len(with_trigger) >= 15
    assert all(a.ctx.trigger is None for a in full._plans["email"])


def test_every_trigger_is_scanned_for_by_its_first_characters():
    """A trigger is searched over the whole of every reply: one whose alternatives do not each
    start with a literal (or a class) leaves re no character to scan for, and it is tried at
    every character (refusal's, with a group-first alternative added, took ten times as long)."""
    from replylint import regexes

    specs = load_rules(Config())
    engine = Engine(specs, get_backend("fugashi"), Config())
    triggers = {a.ctx.spec.id: a.ctx.trigger for plan in engine._plans.values() for a in plan
                if a.ctx.trigger is not None}
    assert len(triggers) >= 15

    def scanned(rx) -> bool:
        parts = getattr(rx, "parts", None) or getattr(rx, "patterns", None)  # (Parts, FirstOf)
        if parts is not None:
            return all(scanned(p) for p in parts)
        if isinstance(rx, regexes.Grammar):  # (searched behind its gate of words, or its look-ahead)
            return rx.gate is not None or bool(regexes.analysis(rx.pattern).get("first"))
        return regexes._re_has_prefix(regexes._p.parse(rx.pattern).data)

    assert [rule for rule, rx in triggers.items() if not scanned(rx)] == []


@pytest.mark.parametrize("backend_name", ["fugashi", "sudachi"])
def test_endings_read_from_the_text_agree_with_the_words(backend_name):
    """keigo/mixed-style reads です・ます and ください endings from the text; their words must
    say the same: polite, and neither style."""
    from replylint.checks.keigo import style

    backend = get_backend(backend_name)
    told = {style._POLITE: 0, style._REQUEST: 0}
    disagree = []
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        for s in doc.sentences:
            by_text = style._style_by_text(doc, s)
            if by_text is None:
                continue
            told[by_text] += 1
            toks = style._ending(doc, s)
            by_words = style._classify(toks) if toks else None
            if (by_words[0] if by_words else style._REQUEST) != by_text:
                disagree.append(doc.sentence_text(s))
    assert told[style._POLITE] > 2000 and told[style._REQUEST] > 200, told
    assert not disagree, disagree[:5]


def test_mixed_name_start_words_never_overlap():
    """template/mixed-name finds where its patterns can start with one scan of its trigger's
    words (names._starts): the matches of that scan are every place where a word stands only if
    no word holds the start of another after its own first character."""
    from replylint.checks import names

    words = names._END_WORDS + names._HONOUR_WORDS
    for w in words:
        for v in words:
            for k in range(1, len(w)):
                assert not (w[k:].startswith(v) or v.startswith(w[k:])), (w, v)


def test_mixed_name_scan_finds_each_start_word_where_it_starts():
    """names._STARTS_SCAN finds some words from a rarer character than their first (いつも at its
    も): each word is found, and _INTO_WORD takes the match back to the word's start."""
    from replylint.checks import names

    for w in names._END_WORDS + names._HONOUR_WORDS[2:5] + names._HONOUR_WORDS[6:]:
        m = names._STARTS_SCAN.search("〇〇" + w + "〇〇")
        assert m is not None and m.start() - names._INTO_WORD.get(m.group(), 0) == 2, w
        assert names._HONOUR_OF.get(m.group()) is None or w in names._HONOUR_WORDS, w


def test_mixed_name_one_scan_finds_what_its_two_word_sets_find_apart():
    """names._starts scans once for the words of _STARTS_SCAN and of the gate (names._SCAN): on
    every reply we ship, it finds the start words that _STARTS_SCAN finds alone, the gate's words
    that are counted (names._GATE_FOUND) as a trie of all its words finds them, and every kind of
    which only whether it stands is read (names._ONLY_WHETHER, found from a rarer character) that
    the trie finds."""
    import re

    from replylint.checks import names
    from replylint.regexes import build_trie_pattern

    starts, gate = re.compile(names._STARTS_SCAN.pattern), re.compile(build_trie_pattern(list(names._GATE_FOUND)))
    for text, *_ in REPLIES:
        found = [(m.start(), m.group()) for m in names._SCAN.finditer(text)]
        own = [(a, w) for a, w in found if w in names._START_WORDS
               and (w != "さん" or names._SAN_FOLLOWS.match(text, a + 2) is not None)]
        assert own == [(m.start(), m.group()) for m in starts.finditer(text)], text[:60]
        kinds = [names._SCAN_FOUND[w] for a, w in found if w in names._SCAN_FOUND]
        alone = [names._GATE_FOUND[w] for w in gate.findall(text)]
        assert [k for k in kinds if k not in names._ONLY_WHETHER] == [k for k in alone if k not in names._ONLY_WHETHER], text[:60]
        assert {k for k in alone if k in names._ONLY_WHETHER} <= set(kinds), text[:60]


def test_mixed_name_scan_counts_every_kind_found_only_whether_it_stands():
    """names._SCAN finds the words of the kinds of which only whether one stands is read
    (names._ONLY_WHETHER) from shared rare characters (names._RARE_AT). Wherever such a word V
    stands, its kind is counted, on every input: the scan either reaches V's stop, where V's own
    alternative matches and some alternative does, or passes over it inside a match; either way a
    match m of the scan starts at the stop or before it and holds it. m's text, with what its
    look-behind reads before it, stands in the text where V does, the two agreeing where they
    overlap. Every pair of an alternative of the scan and such a word is placed at every offset
    where that can be: where the two agree, m is V's own alternative or one of V's kind (so that a
    match of another kind never hides V), which the scan then counts. (The look-aheads of the
    honours are left out: they only make a match rarer.)"""
    from replylint.checks import names

    rare = names._FROM_RAREST
    alternatives = [(w[:names._RARE_AT[w]], w[names._RARE_AT[w]:], names._GATE_FOUND[w]) for w in rare]
    for w in names._START_WORDS | (set(names._GATE_FOUND) - set(rare)):
        # (a start word found from a rarer character, いつも at its も, reads its first ones behind)
        full = next((f for f, spelled in names._FROM_RARER.items() if spelled.startswith(w[0]) and f.endswith(w)), w) \
            if w in names._INTO_WORD else w
        alternatives.append((full[:len(full) - len(w)], w, names._GATE_FOUND.get(w)))
    alternatives += [("", c, "blank") for c in names._OTHER_BLANKS]
    hidden = []
    for before, text, kind in alternatives:
        placed = dict(enumerate(before + text, -len(before)))  # (m's text from 0, what it reads behind before it)
        for v in rare:
            k = names._RARE_AT[v]
            for stop in range(len(text)):  # (V's stop at m's start or inside m)
                if kind != names._GATE_FOUND[v] and (before, text) != (v[:k], v[k:]) \
                        and all(placed.get(stop - k + i, c) == c for i, c in enumerate(v)):
                    hidden.append((before + "|" + text, v, stop))
    assert not hidden, hidden[:5]
    assert len({v[names._RARE_AT[v]] for v in rare}) <= 33  # (the stops the cover chose: fewer, rarer)


def test_mixed_name_word_starts_are_where_the_zero_width_pattern_ends():
    """names._word_starts finds the signed text's word starts from the character before each
    (_AFTER_WORD_START, scanned for by its class): the same places as the ends of _WORD_START's
    matches, on every reply we ship and on short strings of the characters both read."""
    import random

    from replylint.checks import names

    pieces = list("株式会社有限合同()（） \n\t、。,.:：・/「」『』【】[]<>|-—=_*#ABあテ") + ["株式会社", "(株)", "(有)", "有限会社"]
    rnd = random.Random(21)
    texts = [text for text, *_ in REPLIES] + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        assert set(names._word_starts(text)) == {m.end() for m in names._WORD_START.finditer(text)}, text[:60]


def test_asked_heading_words_stand_in_every_match():
    """Document.recalls_question walks the lines only when one of _ASKED_WORDS stands in the
    reply: every word that a match of _ASKED_HEADING must hold holds one of them."""
    from replylint import document, regexes

    required = regexes.required_words(document._ASKED_HEADING.pattern)
    assert required
    assert [w for w in required if not any(t in w for t in document._ASKED_WORDS)] == []


def test_mixed_name_trigger_words_stand_in_every_match():
    """template/mixed-name's trigger searches each of its patterns after _STARTS only in a reply
    that holds one of the pattern's words (names._Behind): every word that a match of the pattern
    must hold (regexes.required_words, sound by construction) holds one of them."""
    from replylint import regexes
    from replylint.checks import names

    for rx, words in names._FALLBACK:
        required = regexes.required_words(rx.pattern)
        assert required, rx.pattern[:40]
        assert [w for w in required if not any(t in w for t in words)] == [], rx.pattern[:40]


def test_mixed_name_wait_place_searched_only_where_a_visit_word_stands():
    """names._waited_at searches _WAIT_AT before お待ち only where the reach holds one of
    _VISIT_STARTS (names._place_before's `holds`): every word that a match of _WAIT_AT must hold
    (regexes.required_words, sound by construction) holds one of them, and a reach that holds none
    has no match."""
    import random

    from replylint import regexes
    from replylint.checks import names

    required = regexes.required_words(names._WAIT_AT.pattern)
    assert required and [w for w in required if not any(t in w for t in names._VISIT_STARTS)] == []
    rng = random.Random(32)
    pieces = ["みずなら高原スキー場", "で", "にて", "、", "小林様の", "ご来店", "ご来", "お越し", "お越", "来店", "を", "心より",
              "ご来館を", "お越しを", "。", "\n", " ", "当日", "お待ち"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for a in range(len(text)):
            if not names._holds_any_between(text, names._VISIT_STARTS, a, len(text)):
                assert names._WAIT_AT.search(text, a, len(text)) is None, text


def test_mixed_name_generic_gates_hold_every_match():
    """names._generic tries _GENERIC_START only on a name that starts with one of its first
    characters (_GENERIC_FIRSTS), and _GENERIC_WORD only on one that holds a piece every word of
    it holds: each word, inside a name, still makes the name generic."""
    from replylint import regexes
    from replylint.checks import names

    chars, maybe_empty = regexes._first_chars(regexes._p.parse(names._GENERIC_START.pattern).data)
    assert not maybe_empty and chars <= names._GENERIC_FIRSTS
    words = names._GENERIC_WORD.pattern.split("|")
    assert all(w and not set(w) & set("()[]?*+{}\\") for w in words)  # (plain words)
    assert [w for w in words if not names._generic("ミライ" + w + "ストアー")] == []


def test_blame_trigger_parts_found_within_their_reach():
    """positive/blame searches its trigger's parts no further than _TRIGGER_REACH past the last
    sentence (Document.sentences_with's reach): the same sentences are kept as when each search
    runs to the end of the reply, and no match of a part holds more characters."""
    import importlib

    blame = importlib.import_module("replylint.checks.positive.blame")
    backend = get_backend("fugashi")
    kept = 0
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        written = doc.linted_sentences()
        for rx in blame._TRIGGER_PARTS:
            whole = doc.sentences_with(rx, written)
            assert doc.sentences_with(rx, written, reach=blame._TRIGGER_REACH) == whole, text[:60]
            kept += len(whole)
            assert all(len(m.group()) <= blame._TRIGGER_REACH for m in rx.finditer(doc.norm))
    assert kept > 1000


def test_acronym_trigger_and_casual_gate_found_within_their_reach():
    """jargon/acronym searches its trigger, and keigo/casual its word gate, no further than their
    reach past the last sentence they read: the same sentences are kept as when each search runs
    to the end of the reply (the reach covers the longest match and what a look-ahead reads past it)."""
    import importlib
    import re

    jargon = importlib.import_module("replylint.checks.jargon")
    casual = importlib.import_module("replylint.checks.keigo.manual_speech")
    assert re._parser.parse(jargon._TRIGGER).getwidth()[1] + 1 <= jargon._TRIGGER_REACH  # (a look-ahead of one)
    assert re._parser.parse(casual._CASUAL_WORD_GATE.pattern).getwidth()[1] <= casual._GATE_REACH  # (no look-ahead)
    searched = ((re.compile(jargon._TRIGGER), jargon._TRIGGER_REACH), (casual._CASUAL_WORD_GATE, casual._GATE_REACH))
    backend = get_backend("fugashi")
    kept = [0, 0]
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        written = doc.linted_sentences()
        for k, (rx, reach) in enumerate(searched):
            whole = doc.sentences_with(rx, written)
            assert doc.sentences_with(rx, written, reach=reach) == whole, text[:60]
            kept[k] += len(whole)
    assert min(kept) > 100


def test_casual_gate_found_at_second_letters_keeps_the_sentences_of_its_trie():
    """keigo/casual's word gate finds a word that starts with one of the commonest letters at its
    second letter: it keeps the sentences the plain trie of its words keeps, since no sentence
    ends or starts between a word's first two letters (and in texts built to put a sentence's
    end, an inline addressee's or a line's, right after such a letter)."""
    import importlib
    import re

    from replylint.regexes import trie_pattern

    casual = importlib.import_module("replylint.checks.keigo.manual_speech")
    plain = re.compile(casual._and_drawn_out(trie_pattern(sorted(casual._CASUAL_GATE_WORDS))))
    late = casual._CASUAL_WORD_GATE
    made = [f"{a}{sep}{b}" for a in ("了解しま", "山田様", "田中さま", "確認", "全") for sep in ("", "。", "\n", " ", "、", "!\n")
            for b in ("した", "ちょっと待って", "すごいですね", "然大丈夫", "いっぱい")]
    backend = get_backend("fugashi")
    kept = 0
    for text, channel, *_ in REPLIES + [(t, "chat") for t in made] + [(t, "email") for t in made]:
        doc = parse(text, backend, channel)
        written = doc.linted_sentences()
        whole = doc.sentences_with(plain, written, reach=casual._GATE_REACH)
        assert doc.sentences_with(late, written, reach=casual._GATE_REACH) == whole, text[:60]
        for k in range(len(written)):  # (from each sentence, as the check's search of a part of them)
            assert doc.sentences_with(late, written[k:]) == doc.sentences_with(plain, written[k:]), text[:60]
        kept += len(whole)
    assert kept > 100


def test_told_word_stands_in_every_match_of_told_to_ours():
    """keigo/wrong-direction reads _TOLD_TO_OURS only in the sentences that hold _TOLD_WORD: each of
    its matches holds 申し上げ after one of the letters _TOLD_WORD reads behind it, at the match's
    group 2 (and in texts built from its words and what may stand between)."""
    import itertools

    from replylint.checks.keigo import honorifics as h

    made = ["".join(p) for p in itertools.product(("担当者", "上司", "店長", "お客様", "係の者"), ("", "の者"), ("に", "へ", "", "で"),
                                                   ("", "も"), ("", "、", ","), ("申し上げます", "申し上げ", "申し"))]
    seen = 0
    for text in [t for t, *_ in REPLIES] + made:
        for m in h._TOLD_TO_OURS.finditer(text):
            told = h._TOLD_WORD.search(text, m.start())
            assert told is not None and told.start() == m.start(2), (m.group(), text[:60])
            seen += 1
    assert seen > 50


def test_suru_passed_over_starts_no_wrong_direction_pattern(monkeypatch):
    """keigo/wrong-direction passes over a する that _suru_may_start says starts no pattern: every
    shipped reply's sentences give the same hits as when each する is read through every pattern
    (and sentences built with する in the forms and places its patterns read)."""
    from replylint.checks.keigo import _common, honorifics as h

    made = [f"{a}{b}{c}" for a in ("お客様がご", "弊社の担当者が", "田中様はお", "拝見", "", "担当の者が")
            for b in ("利用", "確認", "待ち", "申し込み", "外出", "作業を", "説明", "")
            for c in ("してください", "されました", "しましたか", "させていただけますか", "されております", "した商品", "する予定です",
                      "しています", "すれば", "しよう")]
    backend = get_backend("fugashi")
    docs = [parse(text, backend, channel, mode=mode, first_message=first) for text, channel, mode, first in REPLIES]
    docs += [parse(text + "。", backend, "email") for text in made]

    def hits():
        return [(h_.start, h_.end, h_.message, h_.suggestion, h_.fix) for doc in docs for s, toks in _common._sentences(doc)
                for h_ in h._wrong_verbs(doc, s, toks)]

    fast = hits()
    monkeypatch.setattr(h, "_suru_may_start", lambda toks, i, t: True)
    assert hits() == fast
    assert len(fast) > 100


def test_title_gate_stands_in_every_title_mark():
    """keigo/wrong-direction reads _TITLE_MARKS only where _TITLE_GATE stands after the first
    written sentence's start: every match holds a word of the gate (the suffix its scan ends on,
    or its head's own), which holds only if no role a head takes 様 after ends in 客."""
    from replylint import parties
    from replylint.checks.keigo import honorifics as h

    assert not [w for w in parties.STAFF if w.endswith("客")]
    seen = 0
    for text, *_ in REPLIES:
        for m in h._TITLE_MARKS.finditer(text):
            g = h._TITLE_GATE.search(text, m.start())
            assert g is not None and g.end() <= m.end(), (m.group(), text[:60])
            seen += 1
    assert seen > 50


def test_title_marks_in_clauses_start_where_title_marks_start():
    """keigo/wrong-direction searches _TITLE_MARKS only in the clauses that hold a word of
    _TITLE_GATE (_TitleMarksInClauses): the same first match, from any place in a reply, up to any
    end (and in texts made of the pieces that matter: heads, suffixes, titles, clause ends)."""
    import random

    from replylint.checks.keigo import honorifics as h

    rnd = random.Random(23)
    seen = 0

    def same(text, pos, endpos):
        a, b = h._TITLE_MARKS.search(text, pos, endpos), h._TITLE_MARKS_IN_CLAUSES.search(text, pos, endpos)
        assert (a and a.start()) == (b and b.start()), (text[:60], pos, endpos)
        return a is not None

    for text, *_ in REPLIES:
        seen += same(text, 0, len(text))
        pos = rnd.randrange(len(text) + 1)
        same(text, pos, rnd.randrange(pos, len(text) + 1))
    assert seen > 50
    pieces = ["担当", "の", "田中", "様", "さま", "客", "お客様", "さん", "くん", "部長", "長", "部", "店", "スタッフ", "係の者",
              "弊社", "、", "。", "!", "?", "\n", " ", "は", "が", "山田", "君", "ちゃん", "マネージャー", "氏", "です"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        pos = rnd.randrange(len(text) + 1)
        same(text, pos, len(text))
        same(text, 0, rnd.randrange(len(text) + 1))


def test_placeholder_slots_start_with_their_first_characters():
    """template._PLACEHOLDER tries its slots only at the characters they start with
    (_SLOT_FIRST): the same slots as the alternatives searched everywhere."""
    import random
    import re

    from replylint.checks import template

    everywhere = re.compile(template._SLOTS)
    pieces = ["{", "}", "{{", "}}", "%", "#", "<", ">", "[", "]", "【", "】", "○", "〇", "●", "■", "■■", "*", "***",
              "$", "@@@", "X", "XX", "xxx", "ここに", "入力", "※", "要記入", "名前", "月", "日", "年", "様", "ビル",
              "a", "1", "2", " ", "\n", "。", "の", "お客様名", "十"]
    rnd = random.Random(4)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        assert [m.span() for m in template._PLACEHOLDER.finditer(text)] == \
            [m.span() for m in everywhere.finditer(text)], text


def test_placeholder_slots_of_marks_open_with_the_runs_its_trigger_holds():
    """template/placeholder's trigger holds @@@, ## and ** where a slot starts with @, # or *
    (a single @ stands in every SNS reply and mail address), and # before a capital (#TICKET_ID#):
    every slot that starts with one of them, and the addressee's mask on the first line, starts
    with the run or with # and a capital."""
    import random

    from replylint.checks import template

    pieces = ["@", "@@", "@@@", "#", "##", "*", "**", "***", " ", "\n", "様", "さま", "年", "月", "日", "円", "の", "は",
              "から", "です", "a", "1", "X", "_", "__", "。", "Q", "ご担当", "ID", "#A"]
    rnd = random.Random(5)
    seen = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        for m in template._PLACEHOLDER.finditer(text):
            if m.group()[0] in "@#*":
                assert m.group().startswith(("@@@", "##", "**")) or m.group()[:1] == "#" and m.group()[1:2].isupper(), text
                seen += 1
        head = template._MASK_LINE.match(text)
        if head is not None and head.group(1)[0] == "*":
            assert head.group(1).startswith("**"), text
    assert seen > 1000


def test_positive_alternative_matches_as_the_alternation_of_its_parts():
    """positive._ALTERNATIVE puts its parts behind their first characters (by_first_char): the
    same matches as the parts' plain alternation, each ending on the same group (what
    _find_alternative reads of a match)."""
    import random
    import re

    from replylint.checks.positive import _shared

    plain = re.compile("|".join(_shared._ALTERNATIVE_PARTS))
    pieces = [w for w in re.split(r"[()|?*+\[\]{}^$.\\<>:!=,]", plain.pattern) if w] \
        + ["。", "、", "の", "ない", " ", "不", "本来", "ないの", "特", "ないで"]
    rnd = random.Random(8)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 7)))
        assert [(m.span(), m.lastgroup) for m in _shared._ALTERNATIVE.finditer(text)] \
            == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text


def test_blame_trigger_holds_the_telling_again_by_its_opening_words():
    """The telling again held against the reader (再三のご案内にもかかわらず, _AGAIN_HELD) opens on one of
    a group of words that positive/blame's trigger holds, so its tails (にもかかわらず, をしておりますが …)
    are not trigger words of their own."""
    import importlib
    import re

    blame = importlib.import_module("replylint.checks.positive.blame")
    pattern = blame._AGAIN_HELD.pattern
    opening = re.match(r"\(([^()]*)\)(?![?*{])", pattern)
    assert opening is not None
    assert set(opening.group(1).split("|")) <= set(blame._BLAME_WORDS)


def test_blame_shared_stops_keep_the_sentences_of_the_rarest_characters():
    """positive/blame's trigger parts find each word from a character _shared_stops chooses (fewer
    and rarer stops than each word's rarest character): the same sentences are kept in every reply
    we have, and in every sentence alone, as with each word found from its rarest character; and
    every chosen character is a letter of the word's own part, not that of a word holding 様."""
    import importlib
    import re

    from replylint.regexes import COMMON_CHARS

    blame = importlib.import_module("replylint.checks.positive.blame")
    shared = importlib.import_module("replylint.checks.positive._shared")
    rarest = [re.compile(p) for p in shared._from_rarest_parts(blame._BLAME_WORDS, 250, ahead_first=True)]
    rank = {c: k for k, c in enumerate(COMMON_CHARS)}
    held = shared._holding_no_other(blame._BLAME_WORDS)
    common = [w for w in held if max(rank.get(c, len(rank)) for c in w) < 250]
    rare = [w for w in held if w not in common]
    for words, in_part in ((common, lambda c: rank.get(c, len(rank)) < 250), (rare, lambda c: rank.get(c, len(rank)) >= 250)):
        at = shared._shared_stops(words, rank, in_part)
        assert set(at) == set(words)
        for w, k in at.items():
            assert in_part(w[k]) and (w[k].isalpha() or "様" in w or "さま" in w), w
            if "様" in w or "さま" in w:
                assert k == max(range(len(w)), key=lambda j: (rank.get(w[j], len(rank)), -j)), w
    backend = get_backend("fugashi")
    kept = 0
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        written, norm = doc.linted_sentences(), doc.norm
        assert any(rx.search(norm) for rx in blame._TRIGGER_PARTS) == any(rx.search(norm) for rx in rarest), text[:60]
        for mine, theirs in zip(blame._TRIGGER_PARTS, rarest):
            whole = doc.sentences_with(theirs, written)
            assert doc.sentences_with(mine, written) == whole, text[:60]
            assert [s for s in written if mine.search(norm, s.nstart, s.nend)] == \
                [s for s in written if theirs.search(norm, s.nstart, s.nend)], text[:60]
            kept += len(whole)
    assert kept > 1000


def test_blame_gates_hold_every_match():
    """Each pattern of positive/blame given words of its own (_GATE_OF) is tried only in the sentences
    that hold one of them: every match of it in every reply we have holds one."""
    import importlib

    blame = importlib.import_module("replylint.checks.positive.blame")
    backend = get_backend("fugashi")
    runs = [(rx.regex, blame._GATE_OF[rx.pattern]) for rx, _, _ in blame._BLAME_RUNS if rx.pattern in blame._GATE_OF]
    assert len(runs) >= 20
    matched, missed = 0, []
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        for rx, words in runs:
            for m in rx.finditer(doc.norm):
                matched += 1
                if not any(w in m.group() for w in words):
                    missed.append(m.group())
    assert matched > 100 and missed == [], missed[:5]


def test_lecturing_parts_found_in_the_sentences_that_hold_its_trigger():
    """positive/lecturing finds each part's sentences among those that hold its trigger, each searched
    no further than _REACH past the sentence: the same sentences as a scan of each part over the body
    to the reply's end."""
    import importlib

    lecturing = importlib.import_module("replylint.checks.positive.lecturing")
    from replylint import segments as seg

    backend = get_backend("fugashi")
    kept = 0
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        written = doc.linted_sentences(seg.BODY, seg.CLOSING)
        held = doc.sentences_with(lecturing._TRIGGER, written, lecturing._TRIGGER.search(doc.norm), lecturing._REACH)
        for part in (lecturing._KOTO_END, lecturing._ORDER_WORDS, lecturing._TOLD_WORDS, lecturing._NORM_WORDS):
            whole = doc.sentences_with(part, written)
            assert lecturing._holding(doc.norm, held, part) == whole, text[:60]
            kept += len(whole)
    assert kept > 300


def test_mixed_name_scan_finds_every_blank_the_normalized_text_can_hold():
    """names._two_words_after_blanks finds the blanks after which a model's word stands by str.find
    for " " where names._SCAN found no other blank in what we wrote (names._OTHER_BLANKS): those
    must be every character re's \\s takes but " " and the line break that the normalized text can
    hold (NFKC leaves it alone); each of the others is " " there."""
    import sys
    import unicodedata

    from replylint.checks import names
    from replylint.textview import NormalizedText

    blanks = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} - {" ", "\n"}
    kept = {c for c in blanks if unicodedata.normalize("NFKC", c) == c}
    assert set(names._OTHER_BLANKS) == kept
    assert [c for c in blanks - kept if NormalizedText("あ" + c + "い").text != "あ い"] == []
    text = "いつも" + "".join(c + "様" for c in names._OTHER_BLANKS)
    assert [m.group() for m in names._SCAN.finditer(text) if names._SCAN_FOUND.get(m.group()) == "blank"] \
        == list(names._OTHER_BLANKS)


def test_no_sentence_is_quoted():
    """template._linted_ranges takes the document's sentences as they are for a rule that reads
    every segment but the quote (agent-note, placeholder): quoted lines hold no sentence, on every
    reply we ship."""
    from replylint import segments as seg
    from replylint.checks import template
    from replylint.rulespec import SEGMENTS

    assert seg.QUOTED not in SEGMENTS
    backend = get_backend("fugashi")
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        assert template._linted_ranges(doc, SEGMENTS) == [s for s in doc.sentences if s.kind in SEGMENTS], text[:60]


def test_acronym_tier_gate_holds_every_tier_code():
    """jargon/acronym searches a sentence for its tier codes (_TIER_CODE, _TIER_LINE) only where
    _TIER_GATE finds one of the pieces every such code holds: on every reply we ship and on short
    strings of each kind of code, each match of theirs holds a match of the gate."""
    from replylint.checks import jargon

    samples = ["L2にて調査", "対応中(P2)", "Tier 2チーム", "Tier3の担当", "T1案件", "2線にエスカレ", "1線で受け付け", "3線チーム",
               "P4の対応", "L3へ"]
    for text in [t for t, *_ in REPLIES] + samples:
        for m in jargon._tier_codes(text, 0, len(text)):
            assert jargon._TIER_GATE.search(m.group()) is not None, m.group()
    assert all(jargon._tier_codes(t, 0, len(t)) for t in samples)


def test_mixed_name_introduction_gate_holds_for_every_place_word():
    """names._place_named_first reads a cached introduction alone: every word _introduced_as_other
    can report is a piece of the introduction that a family (_PLACE_FAMILIES, _SHOP_TRADES)
    matches, and each holds a word _FAMILY_WORD finds; the introduction's sentences are among
    the first own ones, searched where it is not cached."""
    from replylint.checks import names

    for family in names._PLACE_FAMILIES + names._SHOP_TRADES:
        for word in family.pattern.replace("(?:", "").replace(")$", "").split("|"):
            x = "みどり" + word
            assert family.search(x) is not None, word
            assert names._FAMILY_WORD.search(x) is not None, word
            assert names._FAMILY_WORD.search(names._INTRO_TAIL.sub("", x + "の中村です")) is not None, word
    for text in ("いつもお世話になっております。\nあおば市役所 市民税課の中村でございます。\nご連絡ありがとうございます。",
                 "お問い合わせありがとうございます。\nサポートの中村です。"):
        doc = parse(text, get_backend("fugashi"), "email")
        cold = names._place_named_first(doc)
        assert doc.introduction is not None and names._place_named_first(doc) == cold == bool(
            names._FAMILY_WORD.search(doc.introduction)), text


def test_wrong_direction_tokenizes_every_sentence_it_reports_from():
    """keigo/wrong-direction tokenizes a sentence only when _WRONG_VERBS or _ACTION_DEKI matches in
    it, or the れる part does and _ours_named_in keeps it (a particle of who acts before a れ in its
    clause, with our house's word, a role or a name of ours before it): every sentence of a shipped
    reply, its examples tables among them, in which _wrong_verbs reports when every sentence is read
    is one of those."""
    from replylint.checks.keigo import _common, honorifics as h

    backend = get_backend("fugashi")
    reported, missed = 0, []
    for text, channel, mode, first in REPLIES:
        doc = parse(text, backend, channel, mode=mode, first_message=first)
        norm = doc.norm

        def holds(rx, s):
            m = rx.search(norm, s.nstart)
            return m is not None and m.start() < s.nend

        picked = {id(s) for s in doc.linted_sentences() if holds(h._WRONG_VERBS, s) or holds(h._ACTION_DEKI, s)}
        reru = [s for s in doc.linted_sentences() if id(s) not in picked and holds(h._RERU_AFTER_A, s)]
        picked |= {id(s) for s in h._ours_named_in(doc, reru)}
        for s, toks in _common._sentences(doc):
            if any(True for _ in h._wrong_verbs(doc, s, toks)):
                reported += 1
                if id(s) not in picked:
                    missed.append(doc.sentence_text(s))
    assert reported > 150
    assert not missed, missed[:5]
