"""The reach of clarity/wait-without-estimate's grammar, measured by generators.

A request to wait is a product of tables: the reason before it (our check, our work, news of
ours promised on an event, or nothing), how long in words that are no estimate (しばらく, 今しばらく,
もう少し …, or nothing), the request itself in each spelling and politeness (お待ちください,
お待ちいただけますか, お時間を頂戴できますでしょうか, 待っていただけますか …) and the frame (an
email, a chat message, an SNS reply). Every reply of the invalid product must be found over the
request; every reply of the parallel valid product must stay silent: the same request with an
estimate in the sentence or the next one, a chat's moment (少々), a wait for an outage's end or
for goods on their way, advice for a case (同期に時間がかかる場合は…しばらくお待ちください), a
step after the customer's own action (ログイン後しばらくお待ちください), thanks for the time given,
and promises to get back that ask nothing (確認でき次第ご連絡いたします).

`python tests/test_reach_clarity.py` prints each family's reach (found / invalid, false / valid).
"""

from __future__ import annotations

import random
from itertools import product

import pytest

from conftest import print_reach, reach_message

import replylint

_EMAIL = "山田様\n\nいつもご利用いただきありがとうございます。\n{body}\n\n何卒よろしくお願いいたします。\n\nサポート窓口 佐藤"
_CHAT = "{body}"
_SNS = "@yamada_k {body}"
_FRAMES = (("email", _EMAIL), ("chat", _CHAT), ("sns", _SNS))
_SIZE = 220
_RULE = "clarity/wait-without-estimate"


def _sample(items: list, seed: int, size: int = _SIZE) -> list:
    items = sorted(set(items))
    if len(items) <= size:
        return items
    return random.Random(seed).sample(items, size)


def _reach(invalid: list[tuple[str, str, int]], valid: list[tuple[str, int]]):
    missed, false = [], []
    for body, anchor, k in invalid:
        channel, frame = _FRAMES[k % 3]
        text = frame.format(body=body)
        a = frame.index("{body}") + body.rindex(anchor)
        b = a + len(anchor)
        spans = [(f.start, f.end) for f in replylint.lint(text, channel=channel).findings if f.rule == _RULE]
        if not any(s < b and a < e for s, e in spans):
            missed.append(f"[{channel}] {body}")
    for body, k in valid:
        channel, frame = _FRAMES[k % 3]
        text = frame.format(body=body)
        found = [text[f.start:f.end] for f in replylint.lint(text, channel=channel).findings if f.rule == _RULE]
        if found:
            false.append(f"[{channel}] {body}  <- {found}")
    return missed, false


# -- a request to wait --------------------------------------------------------------------------

_REASON = ("", "担当部署に確認いたしますので、", "原因を調査しておりますので、", "お調べしますので、",
           "交換部品を手配しておりますので、", "結果がわかりしだいご連絡いたしますので、", "責任者に確認しております。",
           "返金の可否を確認いたします。", "現在、担当者が確認を進めております。")
_WHILE = ("しばらく", "今しばらく", "いましばらく", "もうしばらく", "もう少し", "少し", "")
_WAIT = ("お待ちください", "お待ちくださいませ", "お待ち下さい", "お待ちいただけますか", "お待ちいただけますでしょうか",
         "お待ちいただけますと幸いです", "お待ちいただきますようお願いいたします", "お待ちくださいますようお願い申し上げます",
         "お待ちいただけないでしょうか", "お待ち願えますか", "お待ちいただけますようお願いいたします", "待っていただけますか",
         "お待ちいただくことになります", "お待ちいただけますか？")
_TIME_ASK = ("お時間をいただけますか", "お時間を頂戴できますでしょうか", "お時間をいただけますでしょうか",
             "お時間をいただけますと幸いです", "お時間を頂戴いたします", "お時間をください")
_ESTIMATE = ("3分ほど", "本日中に", "2営業日以内に", "明日の正午までに", "30分ほど", "今週中に", "1週間ほど", "5分程度")
_NEXT = ("結果は明日までにご連絡いたします。", "15時ごろにご連絡いたします。", "2営業日以内にご回答いたします。",
         "10分ほどで戻ります。")


def _request_products():
    invalid = []
    for k, (reason, while_, wait) in enumerate(product(_REASON, _WHILE, _WAIT)):
        channel = _FRAMES[k % 3][0]
        if channel == "chat" and while_ in ("少し", "もう少し"):
            continue  # (a chat's moment is its own estimate)
        if wait == "お待ちいただくことになります" and not reason:
            continue
        invalid.append((f"{reason}{while_}{wait}{'' if wait.endswith('？') else '。'}", wait.rstrip("？"), k))
    for k, (reason, ask) in enumerate(product(_REASON[1:6], _TIME_ASK)):
        invalid.append((f"{reason}少し{ask}。", ask, k))
        invalid.append((f"{reason}{ask}。", ask, k + 1))
    # (an outage's end, and nothing said of when or where the reader will hear of it: round 35)
    for k, wait in enumerate(_WAIT[:7]):
        if not wait.endswith("？"):
            invalid.append((f"現在、通信障害が発生しております。復旧まで今しばらく{wait}。", wait, k))
    valid = []
    for k, (reason, est, wait) in enumerate(product(_REASON, _ESTIMATE, _WAIT)):
        valid.append((f"{reason}{est}{wait.replace('？', '')}。", k))
    for k, (reason, wait, nxt) in enumerate(product(_REASON[1:6], _WAIT[:6], _NEXT)):
        valid.append((f"{reason}しばらく{wait}。{nxt}", k))
    for k, (reason, ask, est) in enumerate(product(_REASON[1:6], _TIME_ASK, _ESTIMATE)):
        valid.append((f"{reason}{est}{ask}。", k))
    valid = _sample(valid, 12, 160)
    # a chat's moment; a transfer; an outage; goods on their way
    for k, wait in enumerate(_WAIT[:7]):
        valid.append((f"在庫を確認いたしますので、少々{wait}。", 3 * k + 1))
        valid.append((f"担当の吉田におつなぎしますので、このまま{wait}。", k))
        # (an outage's end, with where the reader will hear of it: a bare 復旧まで…お待ちください is
        # the request to wait that round 35 reports)
        valid.append((f"現在、通信障害が発生しております。復旧しましたら公式サイトでお知らせいたしますので、今しばらく{wait}。", k))
        valid.append((f"商品は本日発送いたしました。到着まで今しばらく{wait}。", k))
    # advice for a case, a step after the customer's own action: the machine's work, not our hold
    advice = ("なお、同期に時間がかかる場合は、アプリを最新版に更新し、Wi-Fiに接続した状態でしばらくお待ちください。",
              "画面が切り替わらない場合は、そのまましばらくお待ちください。",
              "プリンターの設定は自動で配布されますので、ログイン後しばらくお待ちください。",
              "電源を入れ直した後、しばらくお待ちください。ランプが緑色に変われば完了です。",
              "再起動してから、しばらくお待ちいただけますか。",
              "ダウンロードが止まったように見えるときは、しばらくそのままお待ちください。")
    for k, body in enumerate(advice):
        valid.append((body, k))
    # thanks for the time, and waits that are not requests
    for k, body in enumerate(("お時間をいただき、ありがとうございました。", "お待たせいたしました。ご注文の品は本日発送いたしました。",
                              "またのご来店を心よりお待ちしております。", "お待たせして申し訳ございません。")):
        valid.append((body, k))
    return _sample(invalid, 11), valid


# -- a promise to come back -------------------------------------------------------------------

_PROMISE_BEFORE = ("", "確認のうえ、", "担当部署に確認して、", "状況がわかりしだい、", "回収の日時は、", "詳細につきましては、")
_PROMISE = ("ご連絡いたします", "ご連絡します", "ご連絡させていただきます", "ご案内いたします", "ご報告申し上げます",
            "お知らせいたします", "お持ちします", "お送りいたします", "ご連絡差し上げます")
_VAGUE = ("近いうちに", "近いうち、", "そのうち", "いずれ")
# (近日中 is an estimate of a few days, like 今週中)
_WHEN = ("明日中に", "3月8日までに", "本日15時ごろ", "2営業日以内に", "今週中に", "近日中に")


def _promise_products():
    invalid = []
    for k, (before, vague, promise) in enumerate(product(_PROMISE_BEFORE, _VAGUE, _PROMISE)):
        invalid.append((f"{before}{vague}{promise}。", promise, k))
    valid = []
    for k, (before, when, promise) in enumerate(product(_PROMISE_BEFORE, _WHEN, _PROMISE)):
        valid.append((f"{before}{when}{promise}。", k))
    # a promise that asks nothing and pretends no time (改めて, 追って, 折り返し): how replies end
    # while work goes on; no blind writer labels one
    for k, (before, how, promise) in enumerate(product(_PROMISE_BEFORE, ("", "改めて", "追って", "あらためて"), _PROMISE)):
        valid.append((f"{before}{how}{promise}。", k))
    for k, vague in enumerate(_VAGUE):
        valid.append((f"{vague}ぜひまたお越しください。", k))
        valid.append((f"ご都合がよろしければ、{vague}お電話でお話しできませんか。", k))
    return _sample(invalid, 13), _sample(valid, 14)


FAMILIES = {
    "request to wait": _request_products,
    "promise to come back": _promise_products,
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_reach(family):
    invalid, valid = FAMILIES[family]()
    missed, false = _reach(invalid, valid)
    assert not missed and not false, reach_message(family, invalid, valid, missed, false)


if __name__ == "__main__":
    import sys
    print_reach(FAMILIES, lambda family, invalid, valid: _reach(invalid, valid), sys.argv[1:])
