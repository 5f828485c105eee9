"""Keigo rules beyond their example tables: quoted text, options, rewrites, docs."""

from __future__ import annotations

import replylint

from conftest import rule_hits

QUOTED = ("小西 恵美 様\n\nいつもご利用いただき、ありがとうございます。\nはなまる食堂の石田でございます。\n\n"
          "> 予約の時間に来れないかもしれないです。おっしゃられた時間より遅くなるけど、了解ですか？\n"
          "> ちょっと急ぎなので、すみません。\n\n"
          "ご予約のお時間に遅れる場合も、お席はそのままご用意しております。\n\n"
          "ご不明な点がございましたら、お気軽にお問い合わせください。\n今後ともよろしくお願いいたします。\n\n"
          "はなまる食堂\n石田 剛\n")


def keigo(report):
    return [f for f in report.findings if f.category == "keigo"]


def test_quoted_customer_text_is_never_judged(linter):
    assert keigo(linter.lint(QUOTED, "email")) == []


def test_cited_words_in_brackets_are_not_the_writers(linter):
    text = "お問い合わせありがとうございます。画面に「ちょっと待ってね」と表示される場合は、再読み込みしてください。"
    assert keigo(linter.lint(text, "chat")) == []


def test_every_rule_has_at_least_15_examples_each_way(linter):
    for spec in linter.rules:
        if spec.category == "keigo":
            assert len(spec.invalid) >= 15 and len(spec.valid) >= 15, spec.id


def test_rewrites_keep_the_conjugation(linter):
    cases = {
        "keigo/ra-nuki": ("明日は来れますか。", "来られます"),
        "keigo/sa-ire": ("本日は休まさせていただきます。", "休ませていただきます"),
        "keigo/wrong-direction": ("マイページからご注文できます。", "ご注文いただけます"),
        "keigo/baito": ("こちらが資料になります。", "資料です"),
        "keigo/mixed-style": ("ご連絡ありがとうございます。商品は昨日発送した。よろしくお願いいたします。", "発送しました"),
    }
    for rule, (text, sugg) in cases.items():
        hits = rule_hits(linter.lint(text, "chat"), rule)
        assert hits and hits[0].suggestion == sugg, (rule, hits)


def test_sashiageru_rewrite_keeps_the_noun_the_bare_suru_and_the_potential(linter):
    cases = {
        "当日は担当者が館内をご案内してさしあげます。": "ご案内いたします",
        "当日は手順をご説明して差し上げます。": "ご説明いたします",
        "ご希望でしたら、すぐにして差し上げます。": "いたします",
        "恐れ入りますが、これ以上は何もして差し上げられません。": "いたせません",
    }
    for text, sugg in cases.items():
        hits = rule_hits(linter.lint(text, "email"), "keigo/wrong-direction")
        assert hits and hits[0].suggestion == sugg, (text, hits)


def test_double_honorific_message_gives_the_conjugated_rewrite(linter):
    hit = rule_hits(linter.lint("先ほどおっしゃられました件です。", "chat"), "keigo/double-honorific")[0]
    assert hit.suggestion == "おっしゃる" and "おっしゃいました" in hit.message


def test_sasete_itadaku_counts_against_the_max_option(backend):
    text = ("内容を確認させていただきます。担当部署に共有させていただきます。"
            "記録を保管させていただきます。")
    rule = "keigo/sasete-itadaku-overuse"
    default = replylint.get_linter({"tokenizer": backend})
    assert len(rule_hits(default.lint(text, "chat"), rule)) == 1
    relaxed = replylint.get_linter({"tokenizer": backend, "options": {rule: {"max": 3}}})
    assert rule_hits(relaxed.lint(text, "chat"), rule) == []
    assert rule_hits(default.lint("本日発送させていただきます。", "chat"), rule)


def test_casual_words_can_be_allowed_per_channel(backend):
    text = "ご連絡ありがとうございます。ちょっとお待ちください。"
    config = {"tokenizer": backend,
              "channels": {"chat": {"options": {"keigo/casual": {"allow": ["ちょっと"]}}}}}
    linter = replylint.get_linter(config)
    assert rule_hits(linter.lint(text, "chat"), "keigo/casual") == []
    assert rule_hits(linter.lint(text, "email"), "keigo/casual")


def test_casual_words_inside_ordinary_words_are_not_flagged(linter):
    for text in ("担当者からあとでご連絡いたします。", "その後、いかがでしょうか。", "なんとか本日中にお届けします。",
                 "ちょうど本日入荷いたしました。", "あと2日ほどでお届けできます。"):
        assert rule_hits(linter.lint(text, "chat"), "keigo/casual") == [], text


def test_colleague_names_in_the_signature_and_addressee_are_not_judged(linter):
    text = ("山田 太郎 様\n\nいつもご利用いただき、ありがとうございます。\nサポートの佐藤です。\n\n"
            "ご注文の商品は本日発送いたしました。\n\nご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
            "サポートセンター\n担当 佐藤さん\n")
    assert rule_hits(linter.lint(text, "email"), "keigo/wrong-direction") == []


def test_wrong_direction_suggests_the_humble_form_of_the_same_verb(linter):
    # お決めになる said of one of ours: the humble form of the same verb, not a list of others
    hits = rule_hits(linter.lint("担当の佐藤がお決めになります。", "email"), "keigo/wrong-direction")
    assert [h.suggestion for h in hits] == ["お決めいたします"]
    # おいでになる is honorific by its own word: the humble words to use instead
    hits = rule_hits(linter.lint("担当の佐藤がおいでになります。", "email"), "keigo/wrong-direction")
    assert [h.suggestion for h in hits] == ["参ります・おります"]
    assert all("謙譲語「謙譲語" not in h.message for h in hits)


def test_ra_nuki_leaves_out_kanji_that_end_no_ichidan_stem():
    """keigo/ra-nuki's trigger leaves out the kanji of verb_forms._NO_ICHIDAN_STEM before a れ: in
    either tokenizer's dictionary none of them + る is a 一段 or カ変 verb, and the check itself, run
    on every sentence (triggers off), finds no ら抜き form in any shape of such a kanji and its れ,
    as it finds one at 見, 来, 着, 寝 and 出."""
    from replylint.api import load_rules
    from replylint.checks.keigo import verb_forms
    from replylint.checks.keigo._common import _base_ctype
    from replylint.config import Config
    from replylint.document import parse
    from replylint.engine import Engine
    from replylint.tokenize import get_backend

    def shapes(k):
        return [f"{before}{k}{after}。" for before in ("", "を", "が", "まで", "いつでも")
                for after in ("れる", "れます", "れない", "れません", "れた", "れて", "れれば", "れよう", "れそうです")]

    for name in ("fugashi", "sudachi"):
        backend = get_backend(name)
        engine = Engine(load_rules(Config()), backend, Config(), use_triggers=False)

        def ra_nuki(text):
            return [f for f in engine.run(parse(text, backend, "email")) if f.rule == "keigo/ra-nuki"]

        def stem_verbs(k):  # (a 一段 verb whose stem is the kanji: 見|ます, 見|て; 忘|た, 忘る spelled for 忘れる)
            return [t.lemma for after in ("ます", "ない", "た", "て", "よう", "させる", "られる") for before in ("", "を")
                    for t in backend.tokenize(before + k + after, 0)
                    if t.pos[0] == "動詞" and t.surface.endswith(k) and t.ctype.startswith(verb_forms._ICHIDAN)]

        for k in verb_forms._NO_ICHIDAN_STEM:
            assert not _base_ctype(backend, k + "る").startswith(verb_forms._ICHIDAN), (name, k)
            assert stem_verbs(k) == [], (name, k)
            assert [t for t in shapes(k) if ra_nuki(t)] == [], (name, k)
        for k in "見来着寝出":
            assert ra_nuki(f"{k}れます。") and stem_verbs(k), (name, k)
        assert stem_verbs("忘")  # (left in the trigger: 忘る is 忘れる's spelling in both dictionaries)


def test_baito_phrases_are_searched_only_where_their_words_stand(linter):
    """keigo/baito searches a phrase's pattern only in a sentence that holds one of its words
    (manual_speech._BAITO_PHRASES): each match, in every example of the rule, holds one."""
    from replylint.checks.keigo import manual_speech as ms

    patterns = [(rx, held) for rx, held, _, _ in ms._BAITO_PHRASES] + [
        (ms._QUOTED_NARIMASU, ms._NARIMASU_HELD), (ms._QUOTED_HOU, ms._HOU_HELD), (ms._COLLEAGUES, ms._COLLEAGUES_HELD)]
    spec = next(s for s in linter.rules if s.id == "keigo/baito")
    found = 0
    for ex in spec.valid + spec.invalid:
        for rx, held in patterns:
            for m in rx.finditer(ex.text):
                found += 1
                assert any(w in m.group() for w in held), (m.group(), held)
    assert found >= 15
