"""The gates written by hand in front of a pattern (a word list, a small regex, a str.find, a check's
trigger): the pattern is searched only where the gate finds something, so every string the pattern
can match must hold what the gate looks for, or the match is silently passed over. Checked by sampling
each pattern's own strings (tests/_regex_sampler.py, seeded), each match read in the shortest piece of
its text a search finds it in (what a look-ahead reads past it included)."""

from __future__ import annotations

import importlib
import re

import pytest

from replylint import acts
from replylint.checks import clarity, empathy, jargon, names, sns, structure, template
from replylint.checks.keigo import honorifics, manual_speech

from _regex_sampler import matches, searched_text

# (the modules, not the functions of the same names the package exports)
blame, cold_apology, curt_request, double_negative, lecturing, negative_command, refusal, rule_citing, threat = (
    importlib.import_module("replylint.checks.positive." + m)
    for m in ("blame", "cold_apology", "curt_request", "double_negative", "lecturing", "negative_command", "refusal", "rule_citing",
              "threat"))


def _passed_over(pattern, gate, n: int = 2000, seed: int = 11) -> tuple[int, list[str]]:
    """How many matches of `pattern` the sampler met, and the texts of those `gate` (a test of a
    text) finds nothing in."""
    rx = re.compile(pattern.pattern, getattr(pattern, "flags", 0))
    met, missed = 0, []
    for text, m in matches(pattern, n, seed=seed):
        met += 1
        piece = searched_text(rx, text, m)
        if not gate(piece):
            missed.append(piece)
    return met, missed


def _trigger_passes_over(pattern, trigger, n: int = 2000, seed: int = 11) -> tuple[int, list[str]]:
    """_passed_over for a check's trigger, searched as Document.sentences_with searches it: from the
    match's start to the end of its piece, its look-behinds reading the text before."""
    rx = re.compile(pattern.pattern, getattr(pattern, "flags", 0))
    met, missed = 0, []
    for text, m in matches(pattern, n, seed=seed):
        met += 1
        piece = searched_text(rx, text, m)
        if trigger.search(text, m.start(), m.start() + len(piece)) is None:
            missed.append(piece)
    return met, missed


def test_contradiction_trigger_holds_every_match_it_reports_from():
    """template/contradiction runs only on a reply its trigger finds something in: each pattern a part
    of it reports a match of (or reads the reply's only other date by) holds a match of the trigger.
    Its variant heads once held only 客様】 of the ends _VARIANT_CLOSE reads: 【乾燥肌のお客さま】 and
    [乾燥肌のお客様] were passed over."""
    trigger = template.contradiction.trigger
    for pattern in (template._ON_THE_DAY, template._DAY_OF, template._LIMIT, template._SEASON_OPENING, template._CONDOLENCE,
                    template._VARIANT_HEAD, template._WAIVED, template._NO_REPLY):
        met, missed = _trigger_passes_over(pattern, trigger)
        assert met > 100 and missed == [], (pattern.pattern[:40], missed[:3])


def test_acronym_trigger_holds_every_code_it_reports():
    """jargon/acronym reads only the sentences its trigger finds something in: each of its codes holds
    a match of the trigger. A status's code with no two capitals in a row (ステータスがE-02, 状態：H2-3A)
    and a mark after a blank other than a space (判定は\t×) were once passed over."""
    trigger = jargon.acronym.trigger
    for pattern in (jargon._ACRONYM, jargon._VERDICT, jargon._HTTP_STATUS, jargon._TIER_CODE, jargon._TIER_LINE, jargon._STATUS_CODE,
                    jargon._STATUS_AFTER, jargon._SLOT_CODE, jargon._CATEGORY_CODE, jargon._MARK_STATUS):
        met, missed = _trigger_passes_over(pattern, trigger)
        assert met > 100 and missed == [], (pattern.pattern[:40], missed[:3])


def _words(*words: str):
    return lambda text: any(w in text for w in words)


def _found(rx):
    return lambda text: rx.search(text) is not None


def _both(*gates):
    return lambda text: all(g(text) for g in gates)


def _kind(kind: str):
    """The words of one kind that names._Index.words counts, as its scan finds them (names._GATE_FOUND)."""
    return _words(*[w for w, k in names._GATE_FOUND.items() if k == kind])


# (the function the gate stands in and what it looks for, the pattern it guards, the gate as a test of the text a match is found in)
GATES = [
    # jargon/acronym's codes, each searched in a sentence that holds its words (jargon.acronym)
    ("jargon.acronym status", lambda: jargon._STATUS_CODE, lambda: _words("状態", "ステータス", "ステイタス")),
    ("jargon.acronym _STATUS_GATE", lambda: jargon._STATUS_AFTER,
     lambda: _both(_words("-", "_"), _found(jargon._STATUS_GATE))),
    ("jargon.acronym NG", lambda: jargon._VERDICT, lambda: _words("NG")),
    ("jargon.acronym http", lambda: jargon._HTTP_STATUS, lambda: _words("エラー", "返", "応答", "レスポンス")),
    ("jargon.acronym _TIER_GATE", lambda: jargon._TIER_CODE, lambda: _found(jargon._TIER_GATE)),
    ("jargon.acronym _TIER_GATE", lambda: jargon._TIER_LINE, lambda: _found(jargon._TIER_GATE)),
    ("jargon.acronym marks", lambda: jargon._MARK_STATUS, lambda: _words(*"△×✕○◯")),
    ("jargon.acronym _SLOT_CODE_GATE", lambda: jargon._SLOT_CODE, lambda: _found(jargon._SLOT_CODE_GATE)),
    ("jargon.acronym 区分/種別", lambda: jargon._CATEGORY_CODE, lambda: _words("区分", "種別")),
    # keigo
    ("honorifics._titled _TITLE_GATE", lambda: honorifics._TITLE_MARKS, lambda: _found(honorifics._TITLE_GATE)),
    ("honorifics.wrong_direction zonji", lambda: honorifics._ZONJI_AGE, lambda: _words("存じ上げ", "存知上げ")),
    ("honorifics.wrong_direction zonji", lambda: honorifics._ZONJI_AGE_FELT, lambda: _words("存じ上げ", "存知上げ")),
    ("manual_speech.casual ー", lambda: manual_speech._DRAWN_OUT, lambda: _words("ー")),
    *((f"manual_speech._baito_phrases {'/'.join(held)}", lambda rx=rx: rx, lambda held=held: _words(*held))
      for rx, held, _, _ in manual_speech._BAITO_PHRASES),
    ("manual_speech._baito_phrases になります", lambda: manual_speech._QUOTED_NARIMASU,
     lambda: _words(*manual_speech._NARIMASU_HELD)),
    ("manual_speech._baito_phrases ほう", lambda: manual_speech._QUOTED_HOU, lambda: _words(*manual_speech._HOU_HELD)),
    ("manual_speech._baito_phrases お疲れ/…", lambda: manual_speech._COLLEAGUES, lambda: _words(*manual_speech._COLLEAGUES_HELD)),
    # template/mixed-name's sub-families, each called where a word of its kind stands (names.mixed_name)
    ("names.mixed_name 号室", lambda: names._ROOM, lambda: _kind("号室")),
    ("names._visited 号室", lambda: names._ROOM, lambda: _words("号室")),
    ("names.mixed_name building", lambda: names._BUILDING_RX, lambda: _kind("building")),
    ("names.mixed_name desk", lambda: names._RECEPTION, lambda: _kind("desk")),
    ("names.mixed_name お待ち", lambda: names._WAIT_WORD, lambda: _kind("お待ち")),
    ("names.mixed_name grounds", lambda: names._GROUNDS_WORD, lambda: _kind("grounds")),
    ("names.mixed_name さん", lambda: names._GIVEN_ALONE, lambda: _kind("さん")),
    ("names._child_by_given_name さん", lambda: names._GIVEN_ALONE, lambda: _words("さん")),
    ("names.mixed_name item", lambda: names._ITEM, lambda: _kind("item")),
    ("names._labelled_other label words", lambda: names._LABELLED, lambda: _words(*names._OWN_LABEL_WORDS)),
    ("names._label_outside 者/名", lambda: names._OWN_LABEL, lambda: _words("者", "名")),
    ("names.mixed_name 「", lambda: names._QUOTED, lambda: _kind("「")),
    ("names.mixed_name for", lambda: names._FOR_WHOM, lambda: _kind("for")),
    ("names.mixed_name own", lambda: names._OWN_CODE, lambda: _kind("own")),
    ("names.mixed_name 家", lambda: names._HOUSEHOLD, lambda: _kind("家")),
    ("names._other_household 家", lambda: names._HOUSEHOLD, lambda: _words("家")),
    ("names._welcome 予約", lambda: names._BOOKED_AT, lambda: _words("予約")),
    # template
    ("template.wrong_channel _CHANNEL_GATE", lambda: template._THIS_MAIL, lambda: _found(template._CHANNEL_GATE[template._THIS_MAIL])),
    ("template.wrong_channel _CHANNEL_GATE", lambda: template._THIS_CHAT, lambda: _found(template._CHANNEL_GATE[template._THIS_CHAT])),
    ("template.contradiction 日は/当日(", lambda: template._ON_THE_DAY, lambda: _both(_words("日は", "当日("), _found(template._DATE_TOLD))),
    ("template.contradiction 日は/当日(", lambda: template._DAY_OF, lambda: _both(_words("日は", "当日("), _found(template._DATE_TOLD))),
    ("template.contradiction 限/まで/のみ", lambda: template._LIMIT,
     lambda: _both(_words("限", "まで", "のみ"), _found(template._LIMIT_TAIL))),
    ("template.contradiction の候/みぎり/の折", lambda: template._SEASON_OPENING,
     lambda: _both(_words("候", "折", "ぎ"), _words("の候", "みぎり", "の折"))),
    ("template.contradiction 悔冥愁哀", lambda: template._CONDOLENCE, lambda: _words(*"悔冥愁哀")),
    ("template.contradiction 】/]", lambda: template._VARIANT_HEAD, lambda: _both(_words("】", "]"), _found(template._VARIANT_CLOSE))),
    ("template.contradiction 料費金代償", lambda: template._WAIVED,
     lambda: _both(_words(*"料費金代償"), _found(template._WAIVED_NEEDS), _found(template._WAIVED_AT))),
    ("template.contradiction 送信専用", lambda: template._NO_REPLY, lambda: _words("送信専用")),
    ("template.other_matter 商品", lambda: template._GOODS_LINE, lambda: _words("商品")),
    ("template._apology_to_praise 申し訳/お詫び", lambda: template._STOCK_APOLOGY, lambda: _words("申し訳", "お詫び")),
    # the others
    ("sns._own_case 円", lambda: sns._QUOTED_AMOUNT, lambda: _words("円")),
    ("sns._may_show _SHOWN_NEED", lambda: sns._SHOWN, lambda: _found(sns._SHOWN_NEED)),
    ("sns._shown_in_public _HOME_WORD", lambda: sns._HOME, lambda: _found(sns._HOME_WORD)),
    ("clarity.wait_without_estimate うち/いずれ", lambda: clarity._VAGUE_PROMISE, lambda: _words("うち", "いずれ")),
    ("structure.addressee 様に/さまに/殿に", lambda: structure._NAMED_IN_OPENING, lambda: _words("様に", "さまに", "殿に")),
    ("lecturing._check_what_was_written 記載/明記/掲載", lambda: lecturing._WRITTEN_THERE, lambda: _words("記載", "明記", "掲載")),
    ("lecturing._check_what_was_written 確認/読", lambda: lecturing._CHECK_IT_WELL, lambda: _words("確認", "読", "確かめ", "目を通")),
    ("threat.threat 場合", lambda: threat._THREAT, lambda: _both(_words("場合"), _found(threat._IF_NOT))),
    ("threat.threat ないと", lambda: threat._THREAT_AGAIN, lambda: _both(_words("ないと"), _found(threat._UNLESS))),
    ("threat.threat 次第", lambda: threat._THREAT_ON_SIGHT, lambda: _both(_words("次第"), _found(threat._ONCE_SEEN))),
    ("refusal._asked_before ない", lambda: refusal._IF_NOT_DONE, lambda: _words("ない")),
    ("refusal._reason_only ため/から/ので/られて/決まっ", lambda: refusal._REASON_ONLY, lambda: _words("ため", "から", "ので", "られて", "決まっ")),
    ("refusal._not_offered やって/扱", lambda: refusal._NOT_OFFERED, lambda: _words("やって", "扱")),
    ("refusal._condition_before いと/ければ/…", lambda: refusal._CONDITION_BEFORE,
     lambda: _words("いと", "ければ", "限り", "かぎり", "うちは", "まで", "まま")),
    ("refusal._refusal_matches ご了承/ご容赦/ご理解", lambda: refusal._LIMIT_ONLY, lambda: _words(*refusal._LIMIT_ONLY_WORDS)),
    ("refusal._declined_with_grace _OFFER_LETTERS", lambda: refusal._OFFER_TO_US, lambda: _words(*refusal._OFFER_LETTERS)),
    ("curt_request._curt_at てください/て下さい", lambda: curt_request._CURT, lambda: _words("てください", "て下さい")),
    ("blame.blame のは", lambda: blame._CLEFT_BLAME, lambda: _words("のは")),
    ("acts NAMED_BY_THEM_NEEDS", lambda: acts.ASKED_ABOUT, lambda: _found(acts.NAMED_BY_THEM_NEEDS)),
    ("acts NAMED_BY_THEM_NEEDS", lambda: acts.REQUESTED, lambda: _found(acts.NAMED_BY_THEM_NEEDS)),
    ("acts NAMED_BY_THEM_NEEDS", lambda: acts.AS_THEY_SAID, lambda: _found(acts.NAMED_BY_THEM_NEEDS)),
    ("acts CONDOLENCE_NEEDS", lambda: acts.CONDOLENCE, lambda: _found(acts.CONDOLENCE_NEEDS)),
]


@pytest.mark.parametrize("where, pattern, gate", GATES, ids=[f"{w}-{k}" for k, (w, _, _) in enumerate(GATES)])
def test_hand_written_gate_holds_every_match(where, pattern, gate):
    met, missed = _passed_over(pattern(), gate())
    assert met > 100 and missed == [], (where, missed[:3])


# (a check whose trigger is written by hand, or built from some of its patterns, and the patterns it
# reports a match of: each match holds a match of the trigger, searched from the match's start)
TRIGGERS = [
    (lambda: cold_apology.cold_apology, lambda: [cold_apology._APOLOGY]),
    (lambda: curt_request.curt_request, lambda: [curt_request._CURT]),
    (lambda: empathy.conditional_apology, lambda: [empathy._CONDITIONAL_APOLOGY]),
    (lambda: honorifics.honorific_title, lambda: [honorifics._DOUBLE_TITLE]),
    (lambda: structure.addressee_dono, lambda: [structure._DONO]),
    (lambda: structure.always_to_newcomer, lambda: [structure._FIRST_TIME]),
    (lambda: structure.welcome_on_leaving, lambda: [acts.SIGN_UP_THANKS]),
    (lambda: structure.hasty_close, lambda: [structure._HASTY_CLOSE]),
    (lambda: structure.letter_opening_in_chat, lambda: [structure._LETTER_PREFACE]),
    (lambda: template.wrong_channel, lambda: [template._THIS_MAIL, template._THIS_CHAT]),
    # (its choices in brackets were held only where the side after the slash opened on 未, 不, 無, なし,
    # しない or できない: (配送あり/配送なし), (対応/非対応), (なし/あり), (発送済み / 未発送) were once passed
    # over; and (申込ページのURL先), (URLをいれる))
    (lambda: template.placeholder, lambda: [template._PLACEHOLDER]),
    (lambda: template.agent_note, lambda: [template._AGENT_NOTE]),
    (lambda: template.other_matter, lambda: [template._GOODS_LINE, template._STOCK_APOLOGY, template._COMPLAINT]),
    (lambda: clarity.vague_timing, lambda: [clarity._VAGUE_WHEN, clarity._HOW_LONG_UNSAID]),
    (lambda: clarity.untimed_promise, lambda: [clarity._UNTIMED_PROMISE, clarity._UNTIMED_DELAY]),
    (lambda: threat.threat, lambda: [threat._THREAT, threat._THREAT_AGAIN, threat._THREAT_ON_SIGHT]),
    (lambda: rule_citing.rule_citing, lambda: [rule_citing._RULE_BECAUSE, rule_citing._RULE_BY, rule_citing._RULE_FORBIDS,
                                               rule_citing._RULE_POINTED]),
    # (its plain やってない, of _NOT_OFFERED, held no refusal word of the trigger: ピアノの運搬は、やってない
    # のですが was once passed over)
    (lambda: refusal.refusal, lambda: [refusal._REFUSING, refusal._NOT_OFFERED]),
    (lambda: negative_command.negative_command, lambda: [negative_command._NEG_CMD]),
    (lambda: double_negative.double_negative, lambda: [double_negative._DOUBLE_NEG]),
    (lambda: manual_speech.baito, lambda: [rx for rx, _, _, _ in manual_speech._BAITO_PHRASES]
     + [manual_speech._QUOTED_NARIMASU, manual_speech._QUOTED_HOU, manual_speech._COLLEAGUES]),
]


@pytest.mark.parametrize("check, patterns", TRIGGERS, ids=[f"trigger-{k}" for k in range(len(TRIGGERS))])
def test_hand_written_trigger_holds_every_match(check, patterns):
    for pattern in patterns():
        met, missed = _trigger_passes_over(pattern, check().trigger)
        assert met > 100 and missed == [], (check().__name__, pattern.pattern[:40], missed[:3])


# keigo/casual tokenizes a sentence that does not end as speech only where its word gate
# (_CASUAL_WORD_GATE, the trigger's words) stands: the gate guards a loop over the tokens, not one
# pattern, so each branch of the loop is met by a sentence made for it. (んで after 行く, 伺います, 読んだ,
# 発送な, and で/も OK with a blank between, were once passed over.)
CASUAL_MADE = ["明日そちらに行くんで確認をお願いいたします。", "担当者が明日伺いますんで少々お待ちください。",
               "昨日読んだんで内容は把握しております。", "明日発送なんで少々お待ちください。", "こちらの設定で OKです。",
               "こちらの設定でも OKです。", "在庫がないんで取り寄せになります。", "すぐ確認するんで少々お待ちください。",
               "えっと、ご注文の件は明日発送いたします。", "うーん、その日は満席でございます。", "うちの規定では返品はお受けしておりません。",
               "資料とか書類をご用意ください。", "原因かもなので、確認いたします。", "ちゃんと確認いたします。", "すごく人気の商品でございます。",
               "すみません、在庫がございません。", "全然大丈夫です。", "こちらの画面からやってください。", "ないみたいです。",
               "届いたら連絡してもらってもいいですか。", "在庫がないですけど、取り寄せます。", "それと、領収書も同封いたします。",
               "在庫が切れちゃいました。", "確認してます。", "明日お伺いしますので待っててください。", "かしこまりです。", "承知しました笑"]


# positive/blame's trigger (_BLAME_WORDS, a hand-written list searched from each word's rarest
# character): sampling each of its 95 patterns against it found these forms missing (round 29: a
# reply that held nothing else of the trigger was never read, 同じ内容のお問い合わせは控えてください)
BLAME_MADE = ["同じ内容のお問い合わせは控えてください。", "同じ内容のお問い合わせは、お控えください。",
              "決済エラーはカード会社の問題なので、当社は関係ありません。",
              "説明書にも掲載しておりますが、サーバーは平らな場所に置いてください。",
              "よくご理解にならずにお申し込みされたようです。", "パスワードの使い回しが原因です。",
              "お客様がご自身で分解なさっていらっしゃったため、保証の対象外です。",
              "この傷はお預かりした時点で、すでについていたものと考えられます。"]


def _same_with_triggers_off(rule: str, sentences: list[str], backend_name: str) -> None:
    """Each sentence, in a reply of its own, is reported by `rule` alike with the checks' triggers on
    and off (Engine(use_triggers=False) runs every check on every sentence), and reported at all."""
    from replylint.api import load_rules
    from replylint.config import Config
    from replylint.document import parse
    from replylint.engine import Engine
    from replylint.tokenize import get_backend

    backend = get_backend(backend_name)
    specs = load_rules(Config())
    fast, full = Engine(specs, backend, Config()), Engine(specs, backend, Config(), use_triggers=False)
    for made in sentences:
        text = "山田様\n\nお問い合わせありがとうございます。\n" + made + "\nよろしくお願いいたします。\n\nサポート 佐藤"
        found = [{(f.start, f.end) for f in engine.run(parse(text, backend, "email")) if f.rule == rule}
                 for engine in (fast, full)]
        assert found[1] and found[0] == found[1], made


@pytest.mark.parametrize("backend_name", ["fugashi", "sudachi"])
def test_casual_gate_keeps_every_sentence_its_loop_reports_from(backend_name):
    _same_with_triggers_off("keigo/casual", CASUAL_MADE, backend_name)


@pytest.mark.parametrize("backend_name", ["fugashi", "sudachi"])
def test_blame_trigger_keeps_every_reported_sentence(backend_name):
    _same_with_triggers_off("positive/blame", BLAME_MADE, backend_name)
