"""The gate in front of each grammar (regexes.Grammar) never changes what the grammar finds."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import unicodedata

from conftest import CORPUS, ROOT

from replylint import acts
from replylint.checks import sns, template
from replylint.checks.keigo import honorifics
from replylint.regexes import Grammar, build_trie_pattern, required_words, trie_pattern

GRAMMARS = {name: g for name, g in vars(acts).items() if isinstance(g, Grammar)}
GRAMMARS.update((f"{module.__name__.rsplit('.', 1)[1]}.{name}", g) for module in (template, honorifics, sns)
                for name, g in vars(module).items() if isinstance(g, Grammar))


def texts() -> list[str]:
    """Every reply we ship or label, and each of its lines and sentences."""
    out = [p.read_text(encoding="utf-8") for p in (CORPUS / "clean").glob("*.txt")]
    for path in [*CORPUS.glob("*.jsonl"), *(ROOT / "heldout").rglob("*.jsonl")]:
        out += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    out = [unicodedata.normalize("NFKC", t) for t in out]
    return out + [piece for t in out for piece in re.split(r"(?<=[。\n])", t) if piece.strip()]


def test_a_gated_search_finds_what_the_pattern_finds():
    samples = texts()
    assert len(samples) > 3000
    for name, g in GRAMMARS.items():
        for t in samples:
            plain, gated = g.regex.search(t), g.search(t)
            assert (plain and plain.span()) == (gated and gated.span()), (name, t)
            for a, b in ((0, len(t) // 2), (len(t) // 3, len(t))):
                plain, gated = g.regex.search(t, a, b), g.search(t, a, b)
                assert (plain and plain.span()) == (gated and gated.span()), (name, t, a, b)


def test_the_look_ahead_for_first_characters_changes_no_match():
    """Grammar.regex puts a look-ahead for the characters a match starts with in front of a
    pattern that re cannot scan for itself: the same matches as the pattern alone, wherever a
    search starts."""
    samples = texts()
    wrapped = [(name, g, re.compile(g.pattern)) for name, g in GRAMMARS.items() if g.regex.pattern != g.pattern]
    assert {"OFFER", "CLOSING", "INQUIRY"} <= {name for name, _g, _rx in wrapped}
    for name, g, plain in wrapped:
        for t in samples:
            for a in (0, len(t) // 3):
                want, got = plain.search(t, a), g.regex.search(t, a)
                assert (want and want.span()) == (got and got.span()), (name, t, a)


def test_the_gates_are_worth_having():
    gated = [name for name, g in GRAMMARS.items() if g.gate is not None]
    assert {"OPENING", "CLOSING", "OFFER", "INQUIRY", "TROUBLE_TOLD"} <= set(gated)


def test_required_words_on_random_matches():
    """Strings built to match a pattern contain one of its required words."""
    rng = random.Random(7)
    pieces = ["お問い合わせ", "ご連絡", "ください", "場合は", "、", "ありがとうございます", "お待ち", "窓口", "確認", "ます",
              "今後とも", "よろしく", "お願いいたします", "申し訳ございません", "ので", "あ", "。", "件", "とのこと", "傷が"]
    for name, g in GRAMMARS.items():
        words = required_words(g.pattern)
        if not words:
            continue
        word_rx = re.compile(trie_pattern(words))
        for _ in range(300):
            t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
            m = g.regex.search(t)
            if m:
                assert word_rx.search(m.group()), (name, t)


def test_a_lead_bounds_the_start_of_a_match():
    g = Grammar(r"(?:平素|日頃)[^。]{0,5}賜り|ありがとう")
    assert g.lead is not None
    for t in ["平素は格別のご高配を賜り", "本日はありがとう", "日頃より賜り", "ありがと", "x" * 50 + "日頃より賜り"]:
        assert (g.search(t) and g.search(t).span()) == (g.regex.search(t) and g.regex.search(t).span())


def test_the_shipped_gates_are_what_the_patterns_say_now():
    """gates.json is worked out ahead of time; after a grammar changes, write it again with
    python -c "import replylint.regexes as r; r.write_gates()"."""
    from replylint import regexes

    stored = json.loads(regexes._GATES_FILE.read_text(encoding="utf-8"))
    patterns = {p for g in GRAMMARS.values() for p in (g.pattern, g.gate_from) if p}
    assert len(patterns) >= len(GRAMMARS)
    for pattern in patterns:
        assert stored.get(regexes._key(pattern)) == regexes.analyse(pattern), (
            f"gates.json is out of date for {pattern[:60]!r}: run "
            'python -c "import replylint.regexes as r; r.write_gates()"')


def test_first_of_starts_where_the_alternation_of_its_patterns_starts():
    """engine.triggered_by(a, b, c) searches FirstOf(a, b, c) as it would search a|b|c."""
    from replylint.checks.keigo import honorifics
    from replylint.regexes import FirstOf

    parts = (honorifics._WRONG_VERBS, honorifics._TITLE_MARKS, honorifics._ZONJI_AGE)
    first_of = FirstOf(*parts)
    union = re.compile("|".join(p.pattern for p in parts))
    rng = random.Random(7)
    samples = texts()
    found = 0
    for text in samples:
        pos = rng.randrange(len(text) + 1)
        a, b = first_of.search(text, pos), union.search(text, pos)
        assert (a and a.start()) == (b and b.start()), text
        found += a is not None
    assert found > 100  # (the samples hold many of them)
    # a tie goes to the first pattern; a later pattern that starts sooner wins
    pair = FirstOf(re.compile("さん"), re.compile("山田"))
    assert pair.search("担当の山田さんです").group() == "山田"
    assert FirstOf(re.compile("山"), re.compile("山田")).search("山田").group() == "山"


_REGENERATE = 'run python -c "import replylint.regexes as r; r.write_gates()"'


def _probe(code: str) -> dict:
    """The dict `result` that `code` sets in a fresh process that has built a linter (a process
    of its own: a test's own process has built and compiled patterns of its own)."""
    preamble = "import json, marshal, replylint\nfrom replylint import regexes\nreplylint.get_linter()\n"
    code = preamble + code + "print(json.dumps(result, ensure_ascii=False))\n"
    return json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def _none_left(out: dict, count: str, least: int, left: str, what: str) -> None:
    """More than `least` were looked at (the probe saw the package's patterns), and none is left
    wrong."""
    assert out[count] > least
    assert out[left] == [], what + _REGENERATE


def test_the_shipped_tries_are_the_tries_the_package_builds():
    """Every trie the package builds (at start-up, for each grammar's gate, and in the lazy parts
    checks register with regexes.built_lazily) is in gates.json, as build_trie_pattern writes it
    now. A process of its own: this one builds tries of its own."""
    probe = (
        "regexes.build_lazy_parts()\n"
        "stored = json.loads(regexes._GATES_FILE.read_text(encoding='utf-8'))\n"
        "bad = [texts[:3] for key, texts in regexes._tries_asked.items()\n"
        "       if stored.get(key) != regexes.build_trie_pattern(texts)]\n"
        "result = {'built': len(regexes._tries_asked), 'bad': bad}\n")
    _none_left(_probe(probe), "built", 20, "bad", "gates.json lacks or misstates these tries: ")


def test_the_shipped_spelled_patterns_are_what_literal_first_writes():
    """Every pattern spelled out by literal_first (the checks' own, and the grammars' searched
    patterns: Grammar._searched) is in gates.json as build_literal_first writes it now: one not
    shipped was spelled out at the first reply that searched it."""
    probe = (
        "regexes.build_lazy_parts()\n"
        "stored = json.loads(regexes._GATES_FILE.read_text(encoding='utf-8'))\n"
        "bad = [p[:40] for key, p in regexes._firsts_asked.items() if stored.get(key) != regexes.build_literal_first(p)]\n"
        "result = {'spelled': len(regexes._firsts_asked), 'bad': bad}\n")
    _none_left(_probe(probe), "spelled", 40, "bad", "gates.json lacks or misstates these spelled-out patterns: ")


def test_a_trie_not_shipped_is_built():
    words = ["まだ誰も書いていない言葉", "まだ誰も"]
    pattern = trie_pattern(words)
    assert pattern == build_trie_pattern(words)
    assert re.fullmatch(pattern, "まだ誰も書いていない言葉") and re.fullmatch(pattern, "まだ誰も")


def test_a_trie_at_second_letters_finds_the_same_texts_at_most_a_letter_late():
    """trie_pattern_at_second finds a text wherever trie_pattern finds one, at its start or, for a
    text whose first letter is a late one, at its second letter; nowhere else."""
    from replylint.regexes import trie_pattern_at_second

    words = ["いな", "いよ", "いっぱい", "すごい", "すみません", "ご返信", "ごめん", "全然", "笑", "と か", "ださ", "てね"]
    plain, late = re.compile(trie_pattern(words)), re.compile(trie_pattern_at_second(words, "いご全だ"))
    texts = ["ご返信いただきありがとうございます。", "少しお待ちくださいね。", "全然大丈夫だよ", "笑", "一つとか二つ",
             "いいな", "どちらもいっぱいです", "ごごめん", "何もない。", "すみませんでした"]
    for text in texts:
        starts = {m.start() for k in range(len(text)) for m in [plain.match(text, k)] if m}
        found = {m.start() for k in range(len(text)) for m in [late.match(text, k)] if m}
        assert found == {k + (text[k] in "いご全だ") for k in starts}, text


def test_words_by_letter_search_as_their_trie_does():
    """WordsByLetter searches from its anchor letters and gives the match the trie of its words
    gives, from any position to any end (a word anchored past its first letter, one that starts
    before the range, one that ends past it)."""
    import random

    from replylint.regexes import WordsByLetter

    words = ["ないで", "ないよう", "おやめ", "やめて", "いけ", "だめ", "ダメ", "禁止", "かねるわけ", "サポート外では", "対象外と"]
    found, trie = WordsByLetter(words, "なやけめダ禁ね外"), re.compile(trie_pattern(words))
    rng = random.Random(7)
    pieces = words + ["な", "い", "で", "め", "外", "サポート", "お", "。", "て", "か"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        for args in ((text,), (text, a), (text, a, b)):
            m, n = trie.search(*args), found.search(*args)
            assert (m and (m.span(), m.group())) == (n and (n.span(), n.group())), args


def _shipped_programs() -> dict:
    import marshal

    import pytest

    from replylint import regexes

    stored = marshal.loads(regexes._COMPILED_FILE.read_bytes())
    if stored["interpreter"] != regexes._interpreter():
        pytest.skip(f"compiled.marshal is for {stored['interpreter']}, not {regexes._interpreter()}")
    return stored["patterns"]


def test_the_shipped_programs_are_what_re_compiles_now():
    """compiled.marshal holds, for each pattern, what re's compiler hands _sre.compile; after a
    pattern changes, write it again with python -c "import replylint.regexes as r; r.write_gates()"."""
    from replylint.regexes import compiled_entry, unpacked

    programs = _shipped_programs()
    assert len(programs) > 200
    for (pattern, flags), entry in programs.items():
        assert unpacked(entry) == compiled_entry(pattern, flags), f"compiled.marshal is out of date for {pattern[:60]!r}"


def test_the_shipped_programs_cover_every_pattern_the_package_compiles():
    """A pattern missing from compiled.marshal is compiled by re (slower, the same pattern). A
    process of its own: this one compiles patterns of its own."""
    _shipped_programs()
    probe = (
        "regexes.compile_every_pattern()\n"
        "stored = marshal.loads(regexes._COMPILED_FILE.read_bytes())['patterns']\n"
        "result = {'asked': len(regexes._compiles_asked),\n"
        "          'missing': [p[:60] for p, f in regexes._compiles_asked if (p, f) not in stored]}\n")
    _none_left(_probe(probe), "asked", 200, "missing", "compiled.marshal lacks these patterns: ")


def test_a_pattern_from_its_shipped_program_is_the_compiled_pattern(monkeypatch):
    """The same flags, groups and matches as re.compile's; a pattern not shipped, or a program
    that _sre refuses, is compiled by re."""
    from replylint import regexes

    pattern = r"(?P<verb>ご(確認|連絡))(ください|いたします)"
    monkeypatch.setattr(regexes, "_compiled", {(pattern, 0): regexes.packed(regexes.compiled_entry(pattern))})
    monkeypatch.setattr(regexes, "_made", {})
    shipped, rx = regexes.compile(pattern), re.compile(pattern)
    assert shipped is not rx and shipped == rx  # (equal: the same pattern, flags and program)
    assert regexes.compile(pattern) is shipped  # (one object per pattern, as re's cache gives)
    assert (shipped.flags, shipped.groups, shipped.groupindex) == (rx.flags, rx.groups, rx.groupindex)
    text = "内容をご確認ください。後ほどご連絡いたします。"
    assert [(m.span(), m.group("verb")) for m in shipped.finditer(text)] == \
        [(m.span(), m.group("verb")) for m in rx.finditer(text)]
    flags, code, *rest = regexes.compiled_entry(pattern)
    monkeypatch.setattr(regexes, "_compiled", {(pattern, 0): (flags, code[:-3], *rest)})  # a damaged program
    monkeypatch.setattr(regexes, "_made", {})
    assert regexes.compile(pattern) == rx
    assert regexes.compile("まだ誰も書いていない言葉") == re.compile("まだ誰も書いていない言葉")


def test_checks_with_one_trigger_share_its_pattern_object():
    """The engine searches a trigger once for every check that turns on it, and knows it by its
    object: the same pattern text gives the same object (letter-close and letter-open)."""
    from replylint.checks import structure

    assert structure.letter_close.trigger is structure.letter_open.trigger


def test_a_lazy_pattern_compiles_at_first_use_and_answers_as_the_compiled_one():
    from replylint.regexes import LazyPattern, lazy

    pattern = r"(ご|お)(確認|連絡)(ください|いたします)"
    lazy_rx, rx = lazy(pattern), re.compile(pattern)
    assert "_rx" not in vars(lazy_rx)  # nothing compiled yet
    text = "内容をご確認ください。後ほどご連絡いたします。"
    assert [m.span() for m in lazy_rx.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert vars(lazy_rx)["search"] == vars(lazy_rx)["_rx"].search  # now the compiled pattern's own
    for method, args in (("search", (text, 5)), ("match", (text, 3)), ("fullmatch", ("ご確認ください",)),
                         ("findall", (text,)), ("sub", ("*", text)), ("split", (text,))):
        fresh = LazyPattern(pattern)  # each method compiles on its own first use as well
        got, want = getattr(fresh, method)(*args), getattr(rx, method)(*args)
        assert (got.span() if isinstance(got, re.Match) else got) == (want.span() if isinstance(want, re.Match) else want)
    assert lazy_rx.groups == 3 and lazy_rx.pattern == pattern


def _same_matches(pattern_object, regex: re.Pattern, samples: list[str], seed: int) -> int:
    """Every match of `pattern_object` is `regex`'s, from any start and to any end; how many."""
    rng = random.Random(seed)
    found = 0
    for text in samples:
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        for args in ((text,), (text, a), (text, a, b)):
            got = [m.span() for m in pattern_object.finditer(*args)]
            assert got == [m.span() for m in regex.finditer(*args)], (text, args)
            m, want = pattern_object.search(*args), regex.search(*args)
            assert (m and m.span()) == (want and want.span()), (text, args)
        found += regex.search(text) is not None
    return found


def test_a_look_back_in_python_finds_what_the_look_behind_found():
    """regexes.LookBack tests in Python what a look-behind would test; go-sareru's trigger is
    され(?:(?<=[ごお御][一-龥]X{n}され) for n in 0..4), X a kanji or the okurigana of a verb's
    stem (お申し込みされ)."""
    from replylint.checks.keigo import honorifics

    regex = re.compile("され(?:" + "|".join(f"(?<=[ごお御][一-龥][一-龥ちきしりいみえけげめれ]{{{n}}}され)"
                                           for n in range(0, 5)) + ")")
    rng = random.Random(3)
    def piece() -> str:  # (a prefix or not, 0 to 5 kanji, a kana or not, され)
        return (rng.choice(["", "ご", "お", "御", "の", "お御"]) + "".join(rng.choices("利用確認待手続御", k=rng.randrange(6)))
                + rng.choice(["", "ち", "み", "し", "っ"]) + rng.choice(["され", "さ", "れ", "ご"]))
    made = ["".join(piece() for _ in range(rng.randrange(1, 4))) for _ in range(20000)]
    assert _same_matches(honorifics._GO_SARERU, regex, made, 1) > 500
    assert _same_matches(honorifics._GO_SARERU, regex, texts(), 2) >= 10



def test_literal_first_spells_out_what_opens_an_alternative():
    import pytest

    from replylint.regexes import build_literal_first

    assert build_literal_first("(?:ab|c)d|e?f|[gh]i|(?<!x)jk|(?<=y|z)l|g?m") == \
        "abd|cd|ef|f|g(?:i|m)|hi|j(?<!(?:x)j)k|l(?<=(?:y|z)l)|m"
    # (an optional class first; a group's alternatives with one first character behind it, the
    # rest after them once; a blank or a digit first, one of them taken first)
    assert build_literal_first(r"[、,]?(?:ax|ay|b)z|\s?(?:c|)d|\d{2,5}e") == \
        r"、(?:ax|ay|b)z|,(?:ax|ay|b)z|a(?:x|y)z|bz|\s(?:c|)d|cd|d|\d\d{1,4}e"
    with pytest.raises(ValueError):
        build_literal_first("(?P<name>a)b")
    with pytest.raises(ValueError):  # (a space tried before or after \s would change their order)
        build_literal_first(r"\s?a| b")


def test_literal_first_matches_as_the_pattern_it_rewrites():
    """Every pattern the package writes with literal_first finds the same matches as the plain
    pattern, on texts made of the pieces of its words."""
    import random
    import re

    from replylint import regexes
    from replylint.api import get_linter

    get_linter()  # (every check module loaded: their patterns asked for)
    for g in regexes._grammars:  # (and the grammars written literal first: see Grammar._searched)
        g.regex
    assert len(regexes._firsts_asked) >= 40
    rnd = random.Random(3)
    for pattern in regexes._firsts_asked.values():
        plain, rewritten = re.compile(pattern), re.compile(regexes.build_literal_first(pattern))
        pieces = [w for w in re.split(r"[()|?*+\[\]{}^$.\\<>:!=,]", pattern) if w] + ["。", "、", "の", "ない", " ", "は", "ご", "お"]
        for _ in range(3000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 7)))
            assert [m.span() for m in rewritten.finditer(text)] == [m.span() for m in plain.finditer(text)], text
