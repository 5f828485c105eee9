"""The reach of two grammars over the spellings professionals write, measured by generators
that compare each variant with its standard form: a reply must be read the same way whichever
of them it is written in.

- An apology that opens a reply (greeting/*): 申し訳 in its okurigana variants (申し訳け, 申しわけ,
  申訳), the trouble we caused with or without the honorific ご before the humble おかけ
  (不便をおかけして / ご不便をおかけして).
- An apology that closes a letter (closing/*): the adverbs of a repeated or a last apology
  (重ねて, 重ね重ね, 重々, 改めて, 謹んで, 心より, 心から, 深く).
- A commitment that closes a letter (closing/*): 〜てまいります in kanji (参ります) and in the
  forms of a wish (〜てまいりたいと思います / 存じます / 考えております, 〜てまいりたく存じます).

Look-alikes stay as they are: the customer's 迷惑をかける (not our humble おかけ) opens no reply, and
an apology that only cushions a refusal (申し訳けございませんが、) is no opener either.

    python tests/test_reach_spellings.py        # differences per family
"""

from __future__ import annotations

import itertools
import sys

import pytest

import replylint

TAIL = ("駐車場の拡充は現状では難しい状況です。\n"
        "巡回を増やし、ご案内の表示も見直してまいります。\nお困りの際は、受付までお申し出ください。\n"
        "今後ともよろしくお願いいたします。\n\nみなと総合病院 総務課\n田中 一郎")
ADDRESSEE = "山田 花子 様\n\n"

ADVERBS = ("", "大変", "誠に", "まことに")
NOUNS = ("不便", "迷惑", "心配", "不安", "負担")
KAKE = ("おかけ", "お掛け")
LINK = ("して", "し、", "いたし、", "しており、")
WAKE = ("申し訳", "申し訳け", "申しわけ", "申訳")
END = ("ございません。", "ありません。", "ございませんでした。")


def opener_pairs():
    """(variant, standard): the variant's spelling, and the same opener in the standard one."""
    out = []
    for adv, noun, kake, link, wake, end in itertools.product(ADVERBS, NOUNS, KAKE, LINK, WAKE, END):
        variant = f"{adv}{noun}を{kake}{link}{wake}{end}"
        standard = f"{adv}ご{noun}をおかけ{link}申し訳{end}"
        out.append((variant, standard))
    for adv, wake, end in itertools.product(ADVERBS, WAKE, END):
        out.append((f"{adv}{wake}{end}", f"{adv}申し訳{end}"))
    return out


def opener_lookalikes():
    """Openers that are no apology of ours: must be read as the standard form is (flagged)."""
    return [(f"他の患者さんに{noun}をかける駐車はおやめください。", None) for noun in NOUNS] + [
        (f"{wake}ございませんが、本日は休診です。", "申し訳ございませんが、本日は休診です。") for wake in WAKE]


CLOSING_ADVERBS = ("重ねて", "重ね重ね", "重々", "改めて", "あらためて", "謹んで", "心より", "心から", "深く")
CLOSING_ENDS = ("お詫び申し上げます。", "おわび申し上げます。", "お詫びいたします。")
CLOSING_BODY = ("山田 花子 様\n\nご意見をお寄せいただき、ありがとうございます。\n"
                "エレベーターの待ち時間が長く、ご不便をおかけしております。増設は構造上難しいため、運行の方法を見直しております。\n")


def closing_pairs():
    return [(f"{adv}{end}", f"重ねて{end}") for adv, end in itertools.product(CLOSING_ADVERBS, CLOSING_ENDS)]


COMMIT_VERBS = ("接遇の向上に努めて", "言葉づかいを改めて", "案内の方法を見直して", "再発の防止に取り組んで", "改善を進めて")
MAIRU = ("まいり", "参り")
COMMIT_ENDS = ("ます。", "たいと思います。", "たいと存じます。", "たく存じます。", "たいと考えております。")
COMMIT_BODY = ("山田 花子 様\n\nご意見をお寄せいただき、ありがとうございます。\n"
               "この度は受付の対応でご不快な思いをさせてしまい、誠に申し訳ございませんでした。\n")
COMMIT_SIGNATURE = "\n\nみなと総合病院 病院長"


def commitment_pairs():
    return [(f"{verb}{mairu}{end}", f"{verb}まいります。")
            for verb, mairu, end in itertools.product(COMMIT_VERBS, MAIRU, COMMIT_ENDS)]


def _rules(linter, text, prefix):
    return sorted(f.rule for f in linter.lint(text, "email").findings if f.rule.startswith(prefix))


def measure(linter):
    failures, n = [], 0
    for variant, standard in opener_pairs():
        n += 1
        got, want = _rules(linter, ADDRESSEE + variant + TAIL, "greeting/"), _rules(linter, ADDRESSEE + standard + TAIL, "greeting/")
        if got != want or want:
            failures.append(f"opener {variant!r}: {got} (standard {standard!r}: {want})")
    for variant, standard in opener_lookalikes():
        n += 1
        got = _rules(linter, ADDRESSEE + variant + TAIL, "greeting/")
        want = _rules(linter, ADDRESSEE + standard + TAIL, "greeting/") if standard else ["greeting/missing"]
        if got != want or "greeting/missing" not in got:
            failures.append(f"look-alike {variant!r}: {got} (want {want})")
    for variant, standard in closing_pairs():
        n += 1
        got = _rules(linter, CLOSING_BODY + variant, "closing/missing")
        want = _rules(linter, CLOSING_BODY + standard, "closing/missing")
        if got != want or want:
            failures.append(f"closing {variant!r}: {got} (standard: {want})")
    for variant, standard in commitment_pairs():
        n += 1
        got = _rules(linter, COMMIT_BODY + variant + COMMIT_SIGNATURE, "closing/missing")
        want = _rules(linter, COMMIT_BODY + standard + COMMIT_SIGNATURE, "closing/missing")
        if got != want or want:
            failures.append(f"commitment {variant!r}: {got} (standard: {want})")
    return n, failures


@pytest.fixture(scope="module")
def linter():
    return replylint.Linter()


def test_spellings_read_as_their_standard_forms(linter):
    n, failures = measure(linter)
    assert not failures, "\n".join(failures[:40])


if __name__ == "__main__":
    n, failures = measure(replylint.Linter())
    kinds = {}
    for f in failures:
        kinds[f.split(" ")[0]] = kinds.get(f.split(" ")[0], 0) + 1
    print(f"{len(failures)}/{n} read differently from their standard form: {kinds}")
    for f in failures[:10]:
        print(" ", f)
    sys.exit(1 if failures else 0)
