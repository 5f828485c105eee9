"""The reach of jargon/term and jargon/acronym, measured by generators: a product of tables.

Each family composes (term) × (how it is explained, or not) × (who reads: a private customer, a
company's clerk, its IT department, told by the reply's own addressee line and words) × (where:
the term's first use, or a second use after the first was explained). The rule's contract:

- an internal word is reported for every reader, explained or not, at its first use;
- an IT word is reported to a customer and a clerk unless explained at its first use, never
  to IT staff; an industry word only to a private customer, unless explained;
- an acronym likewise by the tier of readers who know it (known, known_business,
  known_technical); a name (ABC社, 株式会社XYZ, our own name in the signature) never.

Every composed reply is linted; the failures are collected and shown together (one test per
family, so that the suite stays fast).
"""

from __future__ import annotations

import replylint
from conftest import Reach

# -- who reads --------------------------------------------------------------------------

FRAMES = {
    # a private customer: a person by name, our own shop's desk in the signature
    "consumer": ("山田 花子 様\n\nいつもご利用いただき、ありがとうございます。\nさくら通販 サポートの佐藤です。\n\n{body}\n\n"
                 "ご不明な点がございましたら、お気軽にお問い合わせください。\n\nさくら通販 サポート\n佐藤 恵"),
    # a company's clerk: a company and a department other than IT, 貴社
    "business": ("株式会社みどり商事\n総務部 ご担当者様\n\nいつもお世話になっております。\nつばさシステムズの佐藤でございます。\n\n"
                 "貴社よりお問い合わせいただいた件につき、ご報告いたします。\n{body}\n\n"
                 "引き続きよろしくお願い申し上げます。\n\n株式会社つばさシステムズ\n佐藤 恵"),
    # the company's IT department
    "technical": ("株式会社みどり商事\n情報システム部 ご担当者様\n\nいつもお世話になっております。\nつばさシステムズの佐藤でございます。\n\n"
                  "貴社よりお問い合わせいただいた件につき、ご報告いたします。\n{body}\n\n"
                  "引き続きよろしくお願い申し上げます。\n\n株式会社つばさシステムズ\n佐藤 恵"),
}
READERS = tuple(FRAMES)

# -- how a term is explained --------------------------------------------------------------
# {t}: the term, {g}: its plain gloss. Each names the sentence that uses the term (first use).
EXPLAINED = {
    "paren": "{t}（{g}）について、本日確認いたしました。",
    "paren-eq": "{t}（＝{g}）について、本日確認いたしました。",
    "toha": "「{t}」とは、{g}のことです。",
    "tsumari": "{t}、つまり{g}について、本日確認いたしました。",
    "iwayuru": "{g}、いわゆる{t}について、本日確認いたしました。",
    "yobareru": "{g}、一般に{t}と呼ばれるものについて、本日確認いたしました。",
    "gloss-first": "{g}（{t}）について、本日確認いたしました。",
}
PLAIN = "{t}について、本日確認いたしました。"
AGAIN = "なお、{t}の状況は、改めてご連絡いたします。"  # a second use, after the first
# a gloss in brackets at the second use comes too late: the first use is reported; a definition in
# one of the next two sentences (「{t}」とは、…) is in time
LATE = {"late-paren": (PLAIN + "なお、{t}（{g}）の状況は、改めてご連絡いたします。", True),
        "late-toha": (PLAIN + "「{t}」とは、{g}のことです。", False)}

# (term, gloss, readers it is reported to when unexplained, explainable)
TERMS = [
    # internal: every reader, explanation or not
    ("起票", "受付の記録", READERS, False),
    ("巻き取り", "こちらで引き受ける対応", READERS, False),
    ("温度感", "ご要望の強さ", READERS, False),
    ("フロント会議", "弊社担当者の打ち合わせ", READERS, False),  # a condo manager's
    ("B/O", "入荷待ち", READERS, False),  # an office supplier's back-order
    # IT: a customer and a clerk
    ("デプロイ", "新しい版の公開", ("consumer", "business"), True),
    ("キャッシュ", "一時的に保存されたデータ", ("consumer", "business"), True),
    ("レイテンシ", "応答の遅れ", ("consumer", "business"), True),
    # a trade's technical word: a board of residents or a clerk, not a building's or a car's engineers
    ("爆裂", "鉄筋のさびによるコンクリートのはがれ", ("consumer", "business"), True),
    ("コールドスタート", "衛星の情報を一から受け取り直しての位置の測定", ("consumer", "business"), True),
    # industry: a private customer
    ("約款", "ご契約の条件", ("consumer",), True),
    ("与信", "お支払い能力の審査", ("consumer",), True),
    ("按分", "日割りの計算", ("consumer",), True),
    ("一廃", "家庭などから出るごみ", ("consumer",), True),  # a waste office's
    ("下手側", "客席から見て左側", ("consumer",), True),  # a concert hall's
    ("玉型", "レンズの形", ("consumer",), True),  # an optician's
]


def _findings(text: str, rule: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in replylint.lint(text, "email").findings if f.rule == rule]


def _reach(cases) -> Reach:
    """The tally over (text, term, rule, expect, label): a term to find must be found at its first
    use; a term to keep silent must not be found anywhere."""
    reach = Reach()
    for text, term, rule, expect, label in cases:
        first = text.index(term, text.index("\n\n"))  # (not in the addressee's line)
        hits = _findings(text, rule)
        if expect:
            at_first = any(a < first + len(term) and b > first for a, b in hits)
            reach.record(True, at_first, f"{label}: {term} in …{text[first - 20:first + 30]}…")
        else:
            on_term = [text[a:b] for a, b in hits if term in text[a:b] or text[a:b] in term]
            reach.record(False, bool(on_term), f"{label}: {on_term} in …{text[first - 20:first + 30]}…")
    return reach


def term_cases():
    for term, gloss, told, explainable in TERMS:
        for reader in READERS:
            frame = FRAMES[reader]
            wrong = reader in told
            # unexplained, once and twice
            for pos, body in (("first", PLAIN), ("second", PLAIN + AGAIN)):
                yield (frame.format(body=body.format(t=term)), term, "jargon/term", wrong,
                       f"{reader}/unexplained/{pos}")
            for how, sentence in EXPLAINED.items():
                for pos, body in (("first", sentence), ("second", sentence + AGAIN)):
                    text = frame.format(body=body.format(t=term, g=gloss))
                    # an internal word is reported all the same; an explained one is not
                    yield text, term, "jargon/term", wrong and not explainable, f"{reader}/{how}/{pos}"
            for how, (body, late) in LATE.items():
                yield (frame.format(body=body.format(t=term, g=gloss)), term, "jargon/term",
                       wrong and (late or not explainable), f"{reader}/{how}")


def test_term_reach():
    reach = _reach(term_cases())
    print(reach.summary("jargon/term"))
    assert not reach.failures, "\n".join(reach.failures)


# -- acronyms -----------------------------------------------------------------------------

ACRONYMS = [
    # known to every reader
    ("PDF", "書類のファイル", ()),
    ("URL", "ページのアドレス", ()),
    ("CSV", "表計算ソフトで開けるファイル", ()),  # (no dev writer labels it, 7 replies to private customers)
    # known to a company's staff
    ("KPI", "目標の指標", ("consumer",)),
    ("NDA", "秘密保持契約", ("consumer",)),
    # known to IT staff
    ("DNS", "ドメイン名の設定", ("consumer", "business")),
    ("VPN", "社外から社内につなぐ仕組み", ("consumer", "business")),
    ("MFA", "多要素認証", ("consumer", "business")),
    ("SLA", "サービス品質の保証", ("consumer", "business")),
    ("ACC", "車のアクセサリー電源", ("consumer", "business")),  # (an installer's: a dealer's サービス課 is technical)
    # known to no general reader: a trade's or a desk's
    ("ETA", "到着予定時刻", READERS),
    # (SKU: known to those who count stock by it, below; not to a clerk ordering copy paper)
    ("SKU", "商品の種類ごとの管理番号", READERS),
    ("GNSS", "衛星測位システム", READERS),
]


def acronym_cases():
    for word, gloss, told in ACRONYMS:
        rule = "jargon/acronym"
        for reader in READERS:
            frame = FRAMES[reader]
            wrong = reader in told
            for pos, body in (("first", PLAIN), ("second", PLAIN + AGAIN)):
                yield frame.format(body=body.format(t=word)), word, rule, wrong, f"{reader}/unexplained/{pos}"
            for how, sentence in EXPLAINED.items():
                for pos, body in (("first", sentence), ("second", sentence + AGAIN)):
                    yield (frame.format(body=body.format(t=word, g=gloss)), word, rule, False,
                           f"{reader}/{how}/{pos}")


# Capitals that are names, before 社/様/株式会社 or in our own signature: never reported.
NAMES = [
    "{w}社のシステムについて、本日確認いたしました。",
    "{w}株式会社の担当者様と、本日確認いたしました。",
    "株式会社{w}の担当者様と、本日確認いたしました。",
    "{w}様からのご依頼について、本日確認いたしました。",
]


def name_cases():
    for word in ("QRS", "MKT", "JDX"):
        for reader in READERS:
            for k, sentence in enumerate(NAMES):
                yield (FRAMES[reader].format(body=sentence.format(w=word)), word, "jargon/acronym", False,
                       f"{reader}/name{k}")
        # our own service's name in the signature, then in the body
        text = FRAMES["consumer"].format(body=f"{word}ストアの配送について、本日確認いたしました。").replace(
            "さくら通販 サポート\n佐藤 恵", f"{word}ストア サポート\n佐藤 恵")
        yield text, word, "jargon/acronym", False, "consumer/own-name"


# A trade's acronym to a reader of that trade: SKU to a shipper's logistics department, to a
# warehouse, to a web shop's seller our desk for sellers answers: silent; to the same company's
# general affairs: found.
TRADE_FRAMES = [
    (FRAMES["business"].replace("総務部", "物流部"), False),
    (FRAMES["business"].replace("株式会社みどり商事", "株式会社みどり倉庫"), False),
    (FRAMES["business"].replace("株式会社つばさシステムズ\n", "ミセナビ 出店者サポート\n"), False),
    (FRAMES["business"].replace("総務部", "商品部"), False),
    (FRAMES["business"].replace("総務部", "経理部"), True),
]


def trade_cases():
    for frame, told in TRADE_FRAMES:
        for pos, body in (("first", PLAIN), ("second", PLAIN + AGAIN)):
            yield frame.format(body=body.format(t="SKU")), "SKU", "jargon/acronym", told, f"trade/{pos}/{frame[:14]!r}"


# Units every reader reads on a bill or a box, after a number: never reported.
UNITS = ["月20GBのプランについて、本日確認いたしました。", "容量2TBの機種について、本日確認いたしました。",
         "5GHzの電波について、本日確認いたしました。", "4K対応のTVについて、本日確認いたしました。"]


def unit_cases():
    for reader in READERS:
        for k, sentence in enumerate(UNITS):
            word = next(w for w in ("GB", "TB", "GHz", "TV") if w in sentence)
            yield FRAMES[reader].format(body=sentence), word, "jargon/acronym", False, f"{reader}/unit{k}"


def test_acronym_reach():
    reach = _reach([*acronym_cases(), *name_cases(), *trade_cases(), *unit_cases()])
    print(reach.summary("jargon/acronym"))
    assert not reach.failures, "\n".join(reach.failures)


# -- what follows the term, and the channel ------------------------------------------------
# The term before each particle, a comma, a quote or the end of the sentence, in an email, a chat
# and a public SNS reply to a private customer (found), and in an email to IT staff (an IT or an
# industry word: silent).
FOLLOWS = [
    "{t}は、本日確認いたしました。",
    "{t}も、本日確認いたしました。",
    "{t}だけ、本日確認いたしました。",
    "{t}、本日確認いたしました。",
    "「{t}」を本日確認いたしました。",
    "本日確認いたしましたのは{t}。",
    "本日確認いたしましたのは{t}です",
]
CHANNELS = {
    "email": FRAMES["consumer"],
    "chat": "お問い合わせありがとうございます。さくら通販 サポートの佐藤です。{body}ほかにご不明な点はございますか？",
    "sns": "@hana_yamada ご連絡ありがとうございます。{body}詳しくはDMでお知らせください。",
}


# The customer's own word, taken up as theirs: silent to every reader.
THEIRS = [
    "お尋ねの{t}の件、本日確認いたしました。",
    "ご質問の「{t}」について、本日確認いたしました。",
    "{t}が気になるとのこと、本日確認いたしました。",
]


def context_cases():
    for term, _gloss, _told, _explainable in TERMS:
        for k, sentence in enumerate(THEIRS):
            for channel, frame in CHANNELS.items():
                yield channel, frame, sentence.format(t=term), term, False, f"{channel}/theirs{k}"
    for term, _gloss, told, _explainable in TERMS:
        for k, sentence in enumerate(FOLLOWS):
            for channel, frame in CHANNELS.items():
                body = sentence.format(t=term)
                yield channel, frame, body, term, "consumer" in told, f"{channel}/follow{k}"
            yield "email", FRAMES["technical"], sentence.format(t=term), term, "technical" in told, f"technical/follow{k}"



def test_term_reach_in_every_context():
    reach = Reach()
    for channel, frame, body, term, expect, label in context_cases():
        text = frame.format(body=body)
        start = text.index(term, frame.index("{body}"))
        hits = [(f.start, f.end) for f in replylint.lint(text, channel).findings if f.rule == "jargon/term"]
        at = any(a < start + len(term) and b > start for a, b in hits)
        reach.record(expect, at, f"{label}: {term} in …{text[start - 15:start + 25]}…")
    print(reach.summary("jargon/term in context"))
    assert not reach.failures, "\n".join(reach.failures)
