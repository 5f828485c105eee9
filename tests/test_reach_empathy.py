"""The reach of empathy/no-acknowledgement's named apology across a sentence break, measured by
a generator: a sentence that tells our own slip or the trouble (誤った資料を添付してしまいました /
発送が遅れております), then a sentence that is only the apology (深くお詫び申し上げます). Written in
one sentence (添付してしまい、深くお詫び申し上げます) the apology names the trouble and the rule
stays silent; split by 。 it names it just as well. The look-alikes must still be found: an
apology after a sentence that tells no trouble (our remedy, our greeting) or only our own slow
answer, with the customer's trouble quoted.

    python tests/test_reach_empathy.py        # reach: false / valid, found / invalid
"""

from __future__ import annotations

import itertools
import sys

import pytest

import replylint

RULE = "empathy/no-acknowledgement"


def framed(body: str, channel: str) -> str:
    if channel == "email":
        return (f"山田 花子 様\n\nいつもご利用いただき、ありがとうございます。\nサポート窓口の佐藤です。\n\n{body}\n\n"
                "今後ともよろしくお願いいたします。\n\n――――\nみどり商店 サポート窓口\n佐藤 一郎")
    if channel == "chat":
        return f"{body}\nほかにご不明な点はございますか。"
    return f"@hanako_y {body}"


CHANNELS = ("email", "chat", "sns")

# What we did wrong, in the regretful 〜てしまう (て and で, past and still-holding forms)
SLIP_DONE = ("別のお客様宛ての資料を添付し", "ご注文の色を取り違え", "お届け日を誤ってご案内し", "ご予約を二重に登録し",
             "請求金額の計算を間違え", "ご依頼の控えを読み込ん", "キャンセルのご連絡を見落とし", "古い版の説明書を同封し")
SLIP_FORM = ("でしまいました", "でしまっておりました", "でしまっていました")
# The trouble told as it stands (the reply's own account)
TROUBLE_TOLD = ("ご注文の商品の発送が遅れております", "お届けした商品に傷がございました", "ご請求が二重になっておりました",
                "予約システムに不具合が発生しておりました")
# A sentence that is only the apology
APOLOGIES = ("申し訳ございません。", "誠に申し訳ございませんでした。", "深くお詫び申し上げます。", "心よりお詫びいたします。",
             "大変申し訳ありません。", "重ねてお詫び申し上げます。", "まことに申し訳ございません。", "本当に申し訳ございませんでした。")
FOLLOW = ("", "正しいものを本日お送りいたしました。")
GAP = ("", "\n")


def _slip(done: str, form: str) -> str:
    # て after most verbs, で after 読み込ん: the form's で stands for both
    return done + (form if done.endswith("ん") else "て" + form[1:])


def valid():
    out = []
    told = [_slip(d, f) for d in SLIP_DONE for f in SLIP_FORM] + list(TROUBLE_TOLD)
    for k, (first, apology, gap, follow) in enumerate(itertools.product(told, APOLOGIES, GAP, FOLLOW)):
        channel = CHANNELS[k % 3]
        out.append((framed(f"{first}。{gap}{apology}{follow}", channel), channel))
    return out


# The customer's trouble quoted, and an apology after a sentence that tells none of it
QUOTED = "\n\n> 届いた商品が壊れていました。"
NOT_TOLD = ("新しい商品を本日発送いたしました", "代金は全額返金いたしました", "お問い合わせありがとうございます",
            "お返事が遅くなってしまいました", "ご連絡が遅れてしまいました", "お待たせしてしまいました")


def invalid():
    out = []
    for k, (first, apology) in enumerate(itertools.product(NOT_TOLD, APOLOGIES)):
        channel = ("email", "chat")[k % 2]
        body = f"{first}。{apology}交換品の手配をいたしました。"
        text = framed(body, channel) + QUOTED if channel == "email" else f"{body}{QUOTED}"
        out.append((text, channel))
    return out


# The trouble named as what there was or what it came to (商品に誤りがあり、/ 欠航となり、),
# then the apology in the same sentence: taken in. (Not the apology that cushions a refusal:
# お問い合わせがあり、申し訳ございませんが、…)
WHAT_WAS = ("お届けした商品に誤り", "ご注文の商品に不足", "当院職員に失礼な対応", "当方の手違い", "請求書の記載に不備",
            "配送の手配に行き違い", "ご説明に食い違い")
WAS = ("があり、", "があり,", "が生じ、", "が発生し、")
CAME_TO = ("便が欠航となり、", "お届けが一日遅れる結果となり、", "ご予約が取り消しとなり、")
THERE_APOLOGIES = ("大変申し訳ございませんでした。", "深くお詫び申し上げます。", "誠に申し訳ありません。", "心よりお詫びいたします。")


def there_valid():
    out = []
    told = [w + v for w, v in itertools.product(WHAT_WAS, WAS)] + list(CAME_TO)
    for k, (first, apology) in enumerate(itertools.product(told, THERE_APOLOGIES)):
        channel = CHANNELS[k % 3]
        out.append((framed(f"このたびは、{first}{apology}交換品を本日お送りしました。", channel), channel))
    return out


def there_invalid():
    out = []
    for k, first in enumerate(("お問い合わせがあり、", "ご依頼があり、", "ご返品のお申し出があり、")):
        channel = ("email", "chat")[k % 2]
        body = f"{first}申し訳ございませんが、セール品は交換のみ承っております。"
        text = framed(body, channel) + QUOTED if channel == "email" else f"{body}{QUOTED}"
        out.append((text, channel))
    return out


def measure(linter, good=None, bad=None):
    failures, false, found = [], 0, 0
    good, bad = good or valid(), bad or invalid()
    for text, channel in good:
        if any(f.rule == RULE for f in linter.lint(text, channel).findings):
            false += 1
            failures.append(f"false [{channel}]: {text!r}")
    for text, channel in bad:
        if any(f.rule == RULE for f in linter.lint(text, channel).findings):
            found += 1
        else:
            failures.append(f"missed [{channel}]: {text!r}")
    return false, len(good), found, len(bad), failures


@pytest.fixture(scope="module")
def linter():
    return replylint.Linter()


def test_named_apology_across_a_sentence_break(linter):
    false, n_valid, found, n_invalid, failures = measure(linter)
    assert not failures, "\n".join(failures[:40])


def test_named_trouble_that_there_was(linter):
    false, n_valid, found, n_invalid, failures = measure(linter, there_valid(), there_invalid())
    assert not failures, "\n".join(failures[:40])


if __name__ == "__main__":
    false, n_valid, found, n_invalid, failures = measure(replylint.Linter(), there_valid(), there_invalid())
    print(f"trouble that there was (があり、/ となり、): {false}/{n_valid} valid flagged, {found}/{n_invalid} look-alikes found")
    false, n_valid, found, n_invalid, failures = measure(replylint.Linter())
    print(f"named apology across 。: {false}/{n_valid} valid flagged, {found}/{n_invalid} look-alikes found")
    for f in failures[:12]:
        print(" ", f)
    sys.exit(1 if failures else 0)
