"""Issue 14: time grows linearly with a reply's length, for every shape of input.

One test per cause that was found (bench/shapes.py times every shape). Each lints a long input
of one shape at two lengths, eight times apart, with only the rules the cause concerns, and
compares the CPU time per call: linear work grows about eight times, quadratic work sixty-four
times. The bound (24) is generous, so that a busy machine does not fail it; no test asserts a
time, only a ratio between two lengths of the same shape. Where a cause can be counted instead
(the pieces MeCab is given), the test counts.
"""

from __future__ import annotations

import time

import pytest

import replylint
from replylint.segments import quoted_lines
from replylint.tokenize import get_backend

FACTOR = 8
LIMIT = 24  # linear: about 8; quadratic: about 64


def _cpu_per_call(fn) -> float:
    """The least CPU time per call over three rounds of at least 30 ms each."""
    best = float("inf")
    for _ in range(3):
        calls = 0
        start = time.process_time()
        while True:
            fn()
            calls += 1
            spent = time.process_time() - start
            if spent >= 0.03:
                break
        best = min(best, spent / calls)
    return best


def _growth(make, n: int, fn) -> float:
    small, large = make(n), make(n * FACTOR)
    fn(small)  # warm: compiled patterns, the tokenizer
    growth = _cpu_per_call(lambda: fn(large)) / _cpu_per_call(lambda: fn(small))
    if growth >= LIMIT:
        # (measured once more before it counts: a CI machine busy with other tests once gave 24.5 for
        # a shape that measures about 8 alone; quadratic work stays near 64 however often measured)
        growth = min(growth, _cpu_per_call(lambda: fn(large)) / _cpu_per_call(lambda: fn(small)))
    return growth


def _repeat(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _lint(select: list[str], channel: str = "email"):
    linter = replylint.get_linter({"select": select})
    return lambda text: linter.lint(text, channel)


@pytest.mark.parametrize("shape, unit, rule", [
    # the trigger of wrong-direction: a lazy scan from every お to the next punctuation
    ("100,000 × お", "お", "keigo/wrong-direction"),
    ("a long line without punctuation", "お客様のご注文の商品を確認してご案内します", "keigo/wrong-direction"),
    # its title part: a lazy scan from every own-side word (担当, 部, 店 …) to a name suffix
    ("担当 repeated", "担当", "keigo/wrong-direction"),
    # ...searched clause by clause from each word of its gate (a title, a name suffix)
    ("部長、 repeated", "部長、", "keigo/wrong-direction"),
    ("担当の長 repeated", "担当の長", "keigo/wrong-direction"),
    # mixed-style's sentence ending: a token list copied once per final mark
    ("U+FDFA repeated", "\ufdfa", "keigo/mixed-style"),
    ("「 repeated", "「", "keigo/mixed-style"),
    ("。 repeated", "。", "keigo/mixed-style"),
    # the aside a sentence ends before, read back from its closing bracket
    ("（…） repeated", "2時限までだ（詳しくは添付）", "keigo/mixed-style"),
    ("） repeated", "）", "keigo/mixed-style"),
    # casual's sentence end: particles and marks read back from the end once per sentence
    ("ね repeated", "ね", "keigo/casual"),
    ("してね repeated", "連絡してね", "keigo/casual"),
    # (and the letters before a last ん or け, read back over stretch marks: じゃーん, っけ)
    ("stretch marks before ん, repeated", "ーー〜〜!!ん", "keigo/casual"),
    ("じゃーん repeated", "じゃーん", "keigo/casual"),
    # baito's name in brackets softened with のほう
    ("「…」のほうへ repeated", "「設定」のほうへ", "keigo/baito"),
    # triggers searched from their words' letters (regexes.WordsByLetter): a sentence's search, in
    # every sentence here, reads from the sentence on, not the whole reply's letters again
    ("ないでください。 repeated", "使わないでください。", "positive/negative-command"),
    ("ないわけではありません。 repeated", "できないわけではありません。", "positive/double-negative"),
])
def test_rule_time_is_linear_in_a_long_line(shape, unit, rule):
    assert _growth(_repeat(unit), 2500, _lint([rule])) < LIMIT, shape


def test_refusal_is_linear_in_a_long_statement_after_a_long_refusal():
    # refusal reads a plain statement after a refusal when it names the same matter: its words'
    # pairs of letters are looked up in the refused text's, here none of them is there
    def make(n):
        return "返品は" + "ア" * (n // 2) + "できません。" + "カ" * (n // 2) + "の予定は未定です。"
    assert _growth(make, 2500, _lint(["positive/refusal"])) < LIMIT


def test_who_acts_is_linear_in_a_run_of_ga_with_no_verb():
    # parties: each が looks ahead for the verb of a clause that describes a noun, a clause's length
    # at most, not to the predicate
    def run(n):
        return "お客様が" + "講師が" * (n // 3) + "使った教材をご覧になりたいとのこと。"

    assert _growth(run, 1500, _lint(["keigo/wrong-direction"])) < LIMIT


@pytest.mark.parametrize("shape, unit, rule", [
    # who acts: each predicate looks back for its subject a long sentence's length, not to the start
    ("お休みされる repeated", "お休みされる", "keigo/go-sareru"),
    ("お休みされる repeated", "お休みされる", "keigo/wrong-direction"),
    ("お詳しい repeated", "お詳しい", "keigo/wrong-direction"),
    # the れる part's sentences: each れ reads its clause's particles and words of ours once, with or
    # without a 、 between (round 28)
    ("画面が表示され repeated", "画面が表示され", "keigo/wrong-direction"),
    ("画面が表示され、 repeated", "画面が表示され、", "keigo/wrong-direction"),
    ("山田は戻られ repeated", "山田は戻られ", "keigo/wrong-direction"),
    # the softening のほう/の方: each read the whole sentence before it for a comparison
    ("のほうを repeated", "残高のほうを", "keigo/baito"),
    ("の方を repeated", "残高の方を", "keigo/baito"),
    ("のほうが repeated", "残高のほうが", "keigo/baito"),
    # round 16: a chain of the customer's acts read across commas of amounts and a time topic; ours
    # named in the clause; the done-act question; みたい and んで; the volitional ending
    ("ご記入して、1,000円 repeated", "ご記入して、当日は1,000円を", "keigo/wrong-direction"),
    ("こちらでご案内して repeated", "こちらでご案内して", "keigo/wrong-direction"),
    ("ご確認しました repeated", "ご確認しましたでしょう", "keigo/wrong-direction"),
    ("様のほうの repeated", "お連れ様のほうの", "keigo/baito"),
    # のほう after choices named: each reads a bounded window before it for the pair
    ("choices named, then のほう, repeated", "AプランとBプランがございます。Bプランのほうを", "keigo/baito"),
    ("みたいなんで repeated", "ないみたいなんで、", "keigo/casual"),
    ("見直そう repeated", "見直そう", "keigo/mixed-style"),
])
def test_subject_lookup_is_linear_in_a_run_of_predicates(shape, unit, rule):
    assert _growth(_repeat(unit), 2000, _lint([rule])) < LIMIT, shape


def test_repeated_sentence_is_linear_when_every_sentence_is_distinct():
    def distinct(n):
        return "".join(f"ご注文番号{k}の商品は明日発送いたします。" for k in range(n // 20))

    assert _growth(distinct, 10000, _lint(["template/repeated-sentence"])) < LIMIT


def test_mixed_name_is_linear_in_the_number_of_openings_and_closings():
    def names(n):
        return "".join(f"いつも店{k}をご利用いただきありがとうございます。今後とも店{k}をよろしくお願いいたします。\n"
                       for k in range(n // 50))

    assert _growth(names, 4000, _lint(["template/mixed-name"])) < LIMIT


@pytest.mark.parametrize("shape, make", [
    # the customer called by name: each honour looks back a name's length, not to the sentence start
    ("様の after a long run of kanji", lambda n: "坂本 結衣 様\n\n" + "山" * n + "様のご都合をお知らせください。"),
    ("many names called", lambda n: "坂本 結衣 様\n\n" + "山下様のご都合をお知らせください。" * (n // 17)),
    # an end's name against the signature: each place the kind is named, a word's length around it
    ("a kind named all over the signed text", lambda n: "いつもホテル海風をご利用いただきありがとうございます。\n"
     "ホテル海風のフロントです。\n\n" + "ホテル海風" * (n // 5) + "\n石井"),
    # a name's start against the signed text's pieces
    ("a long signature line", lambda n: "いつもあおぞらモバイルをご利用いただきありがとうございます。\n\n" + "そよかぜ" * (n // 4)),
    # a model's word after each blank of the prose (names._two_words_after_spaces): tried at each " "
    ("one model's word after every blank", lambda n: "いつもご利用いただきありがとうございます。\n" + "設定は HOMIO で、" * (n // 11)),
    ("blanks before no word", lambda n: "いつもご利用いただきありがとうございます。\n" + "お待ち 下さい。" * (n // 8)),
])
def test_mixed_name_is_linear_in_names_and_signature(shape, make):
    assert _growth(make, 4000, _lint(["template/mixed-name"])) < LIMIT, shape


@pytest.mark.parametrize("shape, unit", [
    ("{! repeated: each a sentence of its own", "{!"),
    ("masks beside digits", "***1"),
    ("brackets that open notes and never close", "（担当者へ"),
])
def test_placeholder_and_note_are_linear(shape, unit):
    assert _growth(_repeat(unit), 2500, _lint(["template/placeholder", "template/agent-note"])) < LIMIT, shape


def test_wait_without_estimate_is_linear_in_the_number_of_waits():
    def waits(n):
        return "お届けまでお待ちください。ご確認をお願いします。\n" * (n // 26)

    assert _growth(waits, 4000, _lint(["clarity/wait-without-estimate"])) < LIMIT


def test_quote_titles_are_found_in_linear_time():
    def titles(n):
        return ["> 引用"] + ["【お問い合わせ内容】", "本文です。"] * (n // 2)

    assert _growth(titles, 1000, quoted_lines) < LIMIT


def test_joined_replies_are_linear():
    """Realistic replies joined into one long text: every rule at once."""
    base = ("佐藤 様\n\nいつもミライストアをご利用いただき、誠にありがとうございます。\n"
            "ご注文の商品は、明日発送いたします。お届けまで今しばらくお待ちください。\n"
            "ご迷惑をおかけし、誠に申し訳ございません。\nほかにご不明な点がございましたら、お気軽にお問い合わせください。\n"
            "今後ともミライストアをよろしくお願いいたします。\n\n")

    def joined(n):
        parts = [base.replace("佐藤", f"佐藤{k}").replace("明日", f"{k % 28 + 1}日") for k in range(n // len(base) + 1)]
        return "".join(parts)[:n]

    assert _growth(joined, 5000, _lint(["ALL"])) < LIMIT


def test_mecab_reads_a_long_run_in_pieces(monkeypatch):
    """MeCab's time grows with the square of a run of one kind of unknown character: the backend
    gives it pieces of at most 1,024 characters (counted, not timed)."""
    backend = get_backend("fugashi")
    seen: list[int] = []
    real = backend._tagger

    class Recorder:
        def parse(self, text):
            seen.append(len(text))
            return real.parse(text)

    monkeypatch.setattr(backend, "_tagger", Recorder())
    for unit in ("「", "a", "{{", "お客様のご注文"):
        seen.clear()
        text = unit * 20000
        tokens = backend.tokenize(text)
        assert seen and max(seen) <= 1024 and sum(seen) == len(text), unit
        assert tokens[0].start == 0 and tokens[-1].end == len(text)
        assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))


# -- the linear forms give the answers of the pairwise ones -------------------------------------
def test_sentence_keys_answer_as_the_pairwise_comparison():
    import random

    from replylint.checks.template import _Keys

    rng = random.Random(14)
    for _ in range(300):
        keys = _Keys()
        seen: list[str] = []
        # (past _Keys.FEW keys the index answers; before, the pairwise comparison itself)
        for _ in range(rng.randint(1, 3 * _Keys.FEW)):
            base = "".join(rng.choice("あいう") for _ in range(rng.randint(1, 30)))
            key = base if rng.random() < 0.5 or not seen else rng.choice(seen)[rng.randint(0, 5):][:rng.randint(1, 40)] or base
            expected = key in seen or any(key in k and len(key) * 2 >= len(k) for k in seen)
            assert keys.repeats(key) == expected, (key, seen)
            if not expected:
                keys.add(key)
                seen.append(key)


def test_mixed_name_answers_as_every_opening_against_every_closing():
    import random

    from replylint.checks import names as t
    from replylint.document import parse

    def pairwise(text):  # the check as defined: each opening against each closing
        doc = parse(text, get_backend("fugashi"), "chat")
        opening = [m for m in t._OPENING_NAME.finditer(text) if not t._generic(t._clean_name(m.group(2)))]
        closing = [m for m in t._CLOSING_NAME.finditer(text) if not t._generic(t._clean_name(m.group(2)))]
        own = text  # (nothing is quoted)
        confirmed = t._Confirmed(doc, {t._clean_name(m.group(2)): own.count(t._clean_name(m.group(2)))
                                       for m in opening + closing})
        found = {}
        for mo in opening:
            for mc in closing:
                x, y = t._clean_name(mo.group(2)), t._clean_name(mc.group(2))
                if t._related(x, y):
                    continue
                if not confirmed(x) and confirmed(y):
                    found.setdefault(mo.span(2), y)
                elif not confirmed(y) and confirmed(x):
                    found.setdefault(mc.span(2), x)
        if not found and opening and closing and doc.signed_text:  # both ends unconfirmed: the opening
            x, y = t._clean_name(opening[0].group(2)), t._clean_name(closing[-1].group(2))
            if not t._related(x, y) and not confirmed(x) and not confirmed(y):
                found[opening[0].span(2)] = None
        return sorted(found.items())

    linter = replylint.get_linter({"select": ["template/mixed-name"]})
    rng = random.Random(14)
    # (no kind of business nor branch in these names: those are compared with the signature)
    pool = ["ミライノート", "ミライ", "ノート", "ガジェットハウス", "ハウス", "TaskFlow", "Task", "花屋"]
    for _ in range(150):
        lines = []
        for _ in range(rng.randint(1, 6)):
            name = rng.choice(pool)
            lines.append(rng.choice([f"いつも{name}をご利用いただきありがとうございます。",
                                     f"今後とも{name}をよろしくお願いいたします。",
                                     # (a mention, not a self-introduction: the name a desk goes
                                     # by is compared with the ends on its own, names._other_desk)
                                     f"{name}のお知らせです。"]))
        text = "\n".join(lines)
        got = sorted(((f.start, f.end), f.suggestion) for f in linter.lint(text, "chat").findings)
        assert got == pairwise(text), text


def test_name_counts_are_str_count_for_few_names_and_many():
    """_counts answers text.count(name) for every name, by a pass each (a few names) or by one
    pass over a trie (many)."""
    import random

    from replylint.checks.names import _counts

    rng = random.Random(15)
    for _ in range(200):
        text = "".join(rng.choice("あいうえ") for _ in range(rng.randint(0, 200)))
        names = {"".join(rng.choice("あいうえ") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 20))}
        assert _counts(text, names) == {name: text.count(name) for name in names}


@pytest.mark.parametrize("shape, make, rules", [
    # slots in a quoted example, quoted slots said to be shown, a sentence about merge fields
    ("slots in one quoted example", lambda n: "件名は「" + "〇〇、" * (n // 3) + "の件」のように書いてください。",
     ["template/placeholder"]),
    ("quoted slots said to be shown", lambda n: "「{a}」" * (n // 5) + "と表示されます。", ["template/placeholder"]),
    ("a sentence listing merge fields", lambda n: "差し込み項目は " + "{a}、" * (n // 4) + "です。", ["template/placeholder"]),
    # the closing before a なお paragraph: many sentences in one paragraph, then many paragraphs
    ("one long paragraph", lambda n: "田中様\n\nいつもありがとうございます。\n\n" + "お知らせです。" * (n // 7),
     ["closing/missing"]),
    ("many paragraphs", lambda n: "田中様\n\nいつもありがとうございます。\n\n" + "お知らせです。\n\n" * (n // 9),
     ["closing/missing"]),
    # notes to the agent, each holding a word another rule finds: reported as the notes only
    ("many notes", lambda n: "ご注文の品を発送しました。" + "（※上長の承認待ち、要確認）" * (n // 14),
     ["template/agent-note", "jargon/term"]),
    # list items read with their lead
    ("a long list", lambda n: "次の点にご注意ください。\n" + "・火を使わないでください\n" * (n // 14),
     ["positive/negative-command", "positive/lecturing"]),
    # the twentieth round's last words: a call asked after many bracketed desks, a cushioned request,
    # a fallback offered after many conditions
    ("many bracketed desks before a call", lambda n: "田中様\n\nご案内です。\n" + "センター（0120" * (n // 10) + "へご連絡ください。",
     ["closing/missing"]),
    ("a long cushioned request", lambda n: "田中様\n\nご案内です。\nお手数をおかけしますが、" + "差し替え、" * (n // 5) + "をお願いいたします。",
     ["closing/missing"]),
    ("many conditions before a fallback", lambda n: "田中様\n\nご案内です。\n" + "難しい場合は、" * (n // 7) + "ご郵送も承ります。",
     ["closing/no-further-help"]),
    # reports denied, slips named as the cause, sanctions
    ("そのような repeated", lambda n: "そのような" * (n // 5) + "事実はございません。", ["positive/blame"]),
    ("ご注文時の repeated", lambda n: "ご注文時の" * (n // 5) + "入力の誤りが原因です。", ["positive/blame"]),
    ("行為があった場合 repeated", lambda n: "行為があった場合は、" * (n // 10) + "停止いたします。", ["positive/threat"]),
    # (round 35: a limit and a bare plea, over and over)
    ("a limit and ご了承ください repeated", lambda n: "返金できません。ご了承ください。" * (n // 16), ["positive/accept-only"]),
    ("※ in brackets repeated", lambda n: "（※" * (n // 2) + "記入）", ["template/agent-note"]),
    # the twenty-first round's: care asked after many clauses, told-before after many, a note on
    # the customer after many, いたして and お〜していて asked in one long sentence
    ("今後は before many clauses", lambda n: "今後は" + "入力するよう、" * (n // 7) + "お気をつけください。",
     ["positive/lecturing"]),
    ("お知らせして repeated", lambda n: "お知らせして" * (n // 6) + "いたはずです。", ["positive/lecturing"]),
    ("※ notes on the customer", lambda n: "（※" + "客なので、" * (n // 5) + "丁寧に）", ["template/agent-note"]),
    ("いたして repeated", lambda n: "いたして" * (n // 4) + "ください。", ["keigo/wrong-direction"]),
    ("お待ちしていて repeated", lambda n: "お待ちしていて、" * (n // 8) + "ください。", ["keigo/wrong-direction"]),
    ("をされて repeated", lambda n: "担当者が" + "作業をされて" * (n // 6) + "おります。", ["keigo/wrong-direction"]),
    ("様がいたし repeated", lambda n: "お客様がいたし" * (n // 7) + "ました。", ["keigo/wrong-direction"]),
    ("ご拝読 repeated", lambda n: "ご拝読" * (n // 3) + "ください。", ["keigo/wrong-direction"]),
    ("(日付) repeated", lambda n: "(日付)" * (n // 4) + "に伺います。", ["template/placeholder"]),
    ("0 repeated", lambda n: "0" * n + "月です。", ["template/placeholder"]),
    ("保護者の方の repeated", lambda n: "保護者の方の" * (n // 6) + "責任です。", ["positive/blame"]),
    ("ご自身で repeated", lambda n: "ご自身で" * (n // 4) + "操作されたものと思われます。", ["positive/blame"]),
    ("いただく形 repeated", lambda n: "できません。" + "お受け取りいただく形" * (n // 10) + "となります。", ["positive/refusal"]),
    # the twenty-eighth round's: an offer made to us and many refusals in one sentence (each asks whether it
    # is declined with grace: the sentence's words found once); 〜ていた clauses before になります
    ("ご提案…お受けできません repeated", lambda n: "ご提案をいただき、予算の都合で" + "お受けできません、" * (n // 9) + "申し訳ございません。",
     ["positive/refusal"]),
    ("ていて repeated before になります", lambda n: "料金は" + "超えていて、" * (n // 6) + "原因になります。", ["keigo/baito"]),
    ("いたしたい repeated", lambda n: "変更いたしたい" * (n // 7) + "商品はございますか。", ["keigo/wrong-direction"]),
    # the twenty-second round's: many words reported, each looked for in the text before their
    # words and their screens' names are built (Document.in_their_words, in_own_tool)
    ("many acronyms", lambda n: "".join(f"Q{chr(65 + k // 26 % 26)}{chr(65 + k % 26)}を確認しました。"
                                        for k in range(n // 12)), ["jargon/acronym"]),
])
def test_this_rounds_reads_are_linear(shape, make, rules):
    assert _growth(make, 2000, _lint(rules)) < LIMIT, shape


@pytest.mark.parametrize("shape, make, rules", [
    # bare rules under signature-like lines, each followed by prose (the quote under a signature)
    ("many rules under signature lines", lambda n: "田中様\n\nご案内です。\n\n" + "東和 サポート\n-----\nお知らせです\n" * (n // 20),
     ["closing/signature", "closing/missing"]),
    # menus in a path of brackets, each a step
    ("a long menu path", lambda n: "［設定］" + "＞［機種名］" * (n // 6) + "の順に開いてください。", ["template/placeholder"]),
    # terms in quotes after a long clause that describes them
    ("described terms", lambda n: "、ご自身で金融機関などから納めていただく「普通徴収」" * (n // 26) + "です。", ["jargon/term"]),
    # bare requests to wait after many dated sentences, and many waits after one date
    ("many dates, then waits", lambda n: "お届けは5月28日の予定です。" * (n // 28) + "いましばらくお待ちください。" * (n // 28),
     ["clarity/wait-without-estimate"]),
    # the customer's acts in the humble お/ご〜する, and where our staff are
    ("many humble acts", lambda n: "お客様がご注文した商品です。" * (n // 14), ["keigo/wrong-direction"]),
    ("many whereabouts", lambda n: "弊社の長谷川は外出されております。" * (n // 17), ["keigo/wrong-direction"]),
    # ...and many of them in one long sentence (who acts was read from the sentence's start, and
    # whether one of ours acts from the whole sentence, for each verb)
    ("humble acts in one sentence", lambda n: "ご注文した品、" * (n // 7) + "です。", ["keigo/wrong-direction"]),
    ("whereabouts in one sentence", lambda n: "外出されて、" * (n // 6) + "おります。", ["keigo/wrong-direction"]),
    ("ご〜できる in one sentence", lambda n: "ご注文できます、" * (n // 8) + "。", ["keigo/wrong-direction"]),
    # many promises timed by a vague word in a reply with no time, and many vague words in one
    # sentence before one act (whether the reply gives a time is found once per reply)
    ("many untimed promises", lambda n: "後日ご連絡いたします。" * (n // 11), ["clarity/untimed-promise"]),
    ("vague words in one sentence", lambda n: "後日、" * (n // 3) + "ご連絡いたします。", ["clarity/untimed-promise"]),
    ("many delays after conditions", lambda n: "ご希望の場合は、しばらくかかる見込みです。" * (n // 21), ["clarity/untimed-promise"]),
    # one long wait with many topics in it (each topic once read to the sentence's end)
    ("a wait with many topics", lambda n: "お届けは5月28日の予定です。" + "返金は、" * (n // 4) + "箱に入れてお待ちください。",
     ["clarity/wait-without-estimate"]),
])
def test_the_fifth_rounds_reads_are_linear(shape, make, rules):
    assert _growth(make, 2000, _lint(rules)) < LIMIT, shape


def test_a_waits_topics_are_read_in_one_scan():
    """clarity's wait that names a matter of its own: many topics, each made the thing got ready
    by the 〜てお待ち at the end (a look-ahead from each topic to the sentence's end was quadratic:
    42× for 8× the length, too small to show in a whole lint at these sizes)."""
    from replylint.checks.clarity import _names_matter

    make = lambda n: "返金は、" * (n // 4) + "箱に入れてお待ちください。"
    assert _growth(make, 20000, _names_matter) < LIMIT
    assert not _names_matter(make(40)) and _names_matter("返金は、しばらくお待ちください。")


def test_refusal_is_linear_in_services_not_done():
    # refusal: a service said not to be done (〜はやっておりません) asks once per reply whether any
    # sentence offers a way forward, not once per such sentence
    assert _growth(_repeat("ピアノの運搬はやっておりません。"), 2000, _lint(["positive/refusal"])) < LIMIT


def test_sentences_cut_by_a_set_off_line_are_linear():
    # keigo/mixed-style looks past a set-off line for a sentence going on after it (書かれている /
    # "…" / の「…」は): each unterminated line reads only the lines up to the next prose line
    make = lambda n: "ご確認ください。\n" + "設定に書かれている\n\n  key: value\n\nの値は有効です。\n" * (n // 26)
    assert _growth(make, 2000, _lint(["keigo/mixed-style"])) < LIMIT
    make = lambda n: "ご確認ください。\n設定に書かれている\n\n" + "  key: value\n" * (n // 13) + "\nの値は有効です。"
    assert _growth(make, 2000, _lint(["keigo/mixed-style"])) < LIMIT


def test_personal_data_shown_in_public_is_linear():
    # the customer's address or numbers written out in a public reply: one long run of kanji with
    # the marks of an address (市, 区, 町) and no house number, and many numbers in a row
    def city(n):
        return "@ab " + ("横浜市港北区日吉本町" * (n // 10 + 1))[:n] + "3-12。"

    assert _growth(city, 2000, _lint(["sns/personal-data-in-public"], "sns")) < LIMIT
    assert _growth(lambda n: "@ab " + "ご予約番号HS-20481、" * (n // 16), 2000,
                   _lint(["sns/personal-data-in-public"], "sns")) < LIMIT


@pytest.mark.parametrize("shape, unit", [
    # a handle's letters and digits with no honorific after them: each start looks a handle's length ahead
    ("a long run of letters and digits", "@a_b Kenji0815"),
    ("a long run of quoted names", "「Kenji」"),
    ("places and names without an end", "横浜市港北区田中様"),
])
def test_sns_exposure_is_linear(shape, unit):
    assert _growth(_repeat(unit), 2500, _lint(["sns/user-called-out", "sns/personal-data-in-public"], "sns")) < LIMIT, shape


@pytest.mark.parametrize("shape, make, rules", [
    # katakana-dense: one very long katakana word among loanwords (each word was split at every
    # place to test it for a compound of known words), and many quoted loanwords in one sentence
    # (each word's quote counted from the sentence's start)
    ("one long katakana word", lambda n: "ご案内です。メッセージ" + "ア" * n + "、クリスマス、ラッピング、リボン、パンフレットです。",
     ["jargon/katakana-dense"]),
    ("many quoted loanwords", lambda n: "「" + "アイテ、" * (n // 4) + "」のラッピングです。", ["jargon/katakana-dense"]),
    # wrong-date: many dated weekdays in one reply
    ("many dated weekdays", lambda n: "2023年4月15日（土）、" * (n // 14) + "です。", ["clarity/wrong-date"]),
    # ... and many sentences, each with its date, the sentences walked once for all the dates' marks
    ("many dated sentences", lambda n: "ご予約は4月15日です。" * (n // 12) + "お待ちしております。", ["clarity/wrong-date"]),
    ("many sentences, one date at the end", lambda n: "ご確認ください。" * (n // 8) + "4/15(土)です。", ["clarity/wrong-date"]),
])
def test_the_eighteenth_rounds_reads_are_linear(shape, make, rules):
    # (at 16,000 characters: the quadratic reads were a small part of the time below that)
    assert _growth(make, 16000, _lint(rules)) < LIMIT, shape


@pytest.mark.parametrize("shape, make, rules", [
    # lecturing: many sentences that say where the answer was written, each followed by one that
    # sends the reader there (the pointer's next sentence was found from the list's start each time)
    ("many pointers to where it was written", lambda n: "規約に記載のとおりです。ご確認ください。" * (n // 20),
     ["positive/lecturing"]),
    # conditional-apology: many conditions on something past, none with an apology
    ("many past conditions", lambda n: "届いたのであれば、" * (n // 9) + "ご連絡ください。", ["empathy/conditional-apology"]),
    # acronym: many codes glued to a slot
    ("many slot codes", lambda n: "R枠、" * (n // 3) + "です。", ["jargon/acronym"]),
])
def test_the_nineteenth_rounds_reads_are_linear(shape, make, rules):
    assert _growth(make, 16000, _lint(rules)) < LIMIT, shape


@pytest.mark.parametrize("shape, make", [
    # the rule lines, found in one search of the lines' text (segments.separator_lines): each one's
    # line counted on from the one before, not from the text's start
    ("many rule lines", lambda n: "ご確認ください。\n" + "-----\n" * (n // 6)),
    ("many rule lines between sentences", lambda n: "ご確認ください。\n-----\n" * (n // 15)),
])
def test_the_twenty_third_rounds_reads_are_linear(shape, make):
    from replylint.segments import separator_lines

    assert _growth(make, 16000, lambda text: separator_lines(text.split("\n"))) < LIMIT, shape
    assert _growth(make, 16000, _lint(["closing/signature"])) < LIMIT, shape


def test_findings_on_one_long_line_are_placed_in_linear_time():
    """Each finding's line and column are counted from the one placed before it (the findings come
    in order of their starts, as asked here): counted from the reply's start, a long line of many
    findings was read once per finding."""
    from replylint.document import parse

    backend = get_backend("fugashi")

    def place_every_seventh(doc):
        for offset in range(0, len(doc.text), 7):
            doc.line_col(offset)

    assert _growth(lambda n: parse("了解しました。" * (n // 7), backend, "chat"), 20000, place_every_seventh) < LIMIT
