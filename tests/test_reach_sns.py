"""The reach of each SNS family's grammar, measured by generators.

Each family is a product of tables: what is asked for or shown (each data noun, with and without
ご/お, joined by と, ・ or 、), where it is to be posted (こちらに, この投稿への返信で, コメント欄に,
or nothing), the verb of telling in each form (お知らせください, 教えていただけますか, 送ってください,
書いてください …), and the frame: a public reply to @someone, with or without 様 on its own line.
Every reply of the invalid product must be found by the family's rule over its core; every reply
of the parallel valid product (the same words sent to a direct message or a form, the same data
in a direct message or an email, a place of ours, a warning to keep data out) must stay silent.
A product too large for the suite is sampled, with a fixed seed. One test per family, which
collects every failure and shows them.

`python tests/test_reach_sns.py` prints each family's reach (found / invalid, false / valid).
"""

from __future__ import annotations

import random
from itertools import product

import pytest

from conftest import print_reach, reach_message

import replylint

_PUBLIC = ("@yamada_k {body}", "@yamada_k 様\n{body}", "@yamada_k @sato_m {body}")
_SIZE = 220  # (replies of each product, at most)


def _sample(items: list, seed: int, size: int = _SIZE) -> list:
    items = sorted(set(items))
    if len(items) <= size:
        return items
    return random.Random(seed).sample(items, size)


def _reach(rule: str, invalid: list[tuple[str, str]], valid: list[tuple[str, str]]):
    """(the invalid public replies not found over their anchor, the valid ones found). Valid
    bodies come with their channel and frame: a public reply, a direct message, an email."""
    rules = set(rule.split(" (")[0].split("|"))
    missed, false = [], []
    for k, (body, anchor) in enumerate(invalid):
        frame = _PUBLIC[k % len(_PUBLIC)]
        text = frame.format(body=body)
        a = frame.index("{body}") + body.rindex(anchor)
        b = a + len(anchor)
        spans = [(f.start, f.end) for f in replylint.lint(text, channel="sns").findings if f.rule in rules]
        if not any(s < b and a < e for s, e in spans):
            missed.append(f"{text!r}")
    for k, (channel, text) in enumerate(valid):
        found = [text[f.start:f.end] for f in replylint.lint(text, channel=channel).findings if f.rule in rules]
        if found:
            false.append(f"[{channel}] {text!r}  <- {found}")
    return missed, false


def _elsewhere(k: int, body: str) -> tuple[str, str]:
    """The same body where it is fine: a direct message (no @name), an email, a chat."""
    return (("sns", body), ("email", "山田様\n\n" + body + "\n\nサポート窓口 佐藤"), ("chat", body))[k % 3]


# -- sns/personal-data-in-public: asked for in public ------------------------------------------

_ASK_BEFORE = ("", "お手数ですが、", "お調べしますので、", "恐れ入りますが、", "確認いたしますので、")
_ASK_DATA = ("ご注文番号", "お名前とご住所", "お電話番号", "ご登録のメールアドレス", "ユーザーIDとパスワード",
             "会員番号と生年月日", "カード番号の下4桁", "ご予約番号・お名前・お電話番号", "お届け先のご住所",
             "口座番号", "引き継ぎコード", "ご契約番号")
_ASK_WHERE = ("", "こちらに", "この投稿への返信で", "リプライで", "コメント欄に", "こちらへの返信で")
_ASK_VERB = ("お知らせください", "教えてください", "教えていただけますか", "お送りください", "送ってください",
             "書いてください", "ご返信ください", "お書きください", "ご記入ください", "記入していただけますか",
             "お伝えいただけますでしょうか", "お知らせいただけますと幸いです", "お送りいただけますか",
             "送っていただけますか", "入力してください", "書き込んでください", "お寄せください")
_ASK_END = ("。", "！", "🙏", "。確認でき次第、ご連絡いたします。")
# ...and the same ask sent to a private channel, or a warning to keep the data out
_ASK_PRIVATE = ("ダイレクトメッセージで", "DMで", "DMにて", "お問い合わせフォームから", "下記のフォームから",
                "専用フォームより", "メッセージで", "お電話で")


def _asked_products():
    invalid = []
    for before, data, where, verb, end in product(_ASK_BEFORE, _ASK_DATA, _ASK_WHERE, _ASK_VERB, _ASK_END):
        if verb == "ご返信ください" and not where.startswith("こちら"):
            continue  # (返信 names its own place)
        invalid.append((f"{before}{data}を{where}{verb}{end}", data))
    valid = []
    for k, (data, private, verb) in enumerate(product(_ASK_DATA, _ASK_PRIVATE, _ASK_VERB)):
        if verb == "ご返信ください":
            continue
        valid.append(("sns", _PUBLIC[k % 3].format(body=f"お手数ですが、{data}を{private}{verb}。")))
    # (an email or a chat; an SNS reply with no @name may still be public: writers label those)
    for k, (data, verb) in enumerate(product(_ASK_DATA, _ASK_VERB)):
        valid.append(_elsewhere(k % 2 + 1, f"お手数ですが、{data}をこちらに{verb}。"))
    for k, data in enumerate(_ASK_DATA):
        valid.append(("sns", _PUBLIC[k % 3].format(body=f"{data}は、こちらには書き込まないでください。")))
        valid.append(("sns", _PUBLIC[k % 3].format(body=f"{data}は、絶対にほかの方に教えないでください。")))
        valid.append(("sns", _PUBLIC[k % 3].format(body=f"{data}は、マイページの「登録情報」からご確認いただけます。")))
    return _sample(invalid, 1), _sample(valid, 2)


# -- sns/personal-data-in-public: the customer's data shown in public --------------------------

_PLACE = ("豊丘村神稲", "横浜市港北区日吉本町", "世田谷区桜丘", "札幌市中央区", "大阪府堺市", "長野県下伊那郡豊丘村")
_SURNAME = ("田中", "山田", "佐々木", "高橋")
_SHOWN_ID = ("ご注文番号", "注文番号", "ご予約番号", "受付番号", "会員番号", "お客様番号", "ご契約番号", "証券番号",
             "伝票番号", "追跡番号")
_CODE = ("KM-2408", " HS-20481", "：A12345", "「BL-60127」", "は 558210")
_CHILD = ("翼", "ゆうと", "ひかり", "蓮")
_GRADE = ("中2", "小3", "高1", "5歳", "小学4年", "中学1年")


def _shown_products():
    invalid = []
    for who, code, after in product(_SHOWN_ID, _CODE, ("のご注文を確認いたしました。", "のお荷物は、本日発送いたしました。")):
        invalid.append((f"{who}{code}{after}", code.strip(" ：「」は")))
    for place, num, after in product(_PLACE[1:4], ("3-12", "2-14-5", "3丁目12-5", "2丁目14番地"),
                                     ("のご住所あてのお荷物を確認いたしました。", "へ本日お届けいたします。")):
        invalid.append((f"{place}{num}{after}", num))
    for place, name, link, tail in product(_PLACE, _SURNAME, ("の", "にお住まいの", "在住の"),
                                           ("のお宅ですね。本日お届けいたします。", "、本日午前中に伺います。")):
        invalid.append((f"{place}{link}{name}様{tail}", f"{name}様"))
    for child, p, grade, tail in product(_CHILD, ("くん", "ちゃん"), _GRADE, ("・数学)を担当する講師に確認いたします。",
                                                                             ")の件、担任に確認いたします。")):
        invalid.append((f"{child}{p}({grade}{tail}", f"{child}{p}"))
        invalid.append((f"{grade}の{child}{p}の件、担当講師に確認いたします。", f"{child}{p}"))
    invalid = _sample(invalid, 4, 180)
    for what, case, tail in product(("ゴキブリ駆除", "シロアリの駆除", "ネズミの駆除", "トコジラミの駆除"),
                                    ("本日は厨房での", "先日はご自宅での", "田中様のお宅の", "本日は店舗の"),
                                    ("のご依頼、ありがとうございました！", "が完了いたしました。")):
        invalid.append((f"{case}{what}{tail}", what.replace("の", "")[:4] if "の" not in what else what))
    for what in ("先月分のお支払いが未納となっております。", "お客様の口座が残高不足のため、引き落としができませんでした。",
                 "田中様の検査結果は、担当医からお伝えいたします。", "お客様の料金は3か月分滞納となっております。"):
        invalid.append((what, next(w for w in ("未納", "残高不足", "検査結果", "滞納") if w in what)))
    valid = []
    # pests, money and health told as information for anyone
    for k, body in enumerate(("スズメバチの巣の駆除は、軒下でしたら税込16,500円からです。", "シロアリの駆除は、無料の点検から承ります。",
                              "滞納された場合は、延滞金がかかることがございます。", "検査結果は、マイページでご確認いただけます。",
                              "残高不足の場合は、翌月に再度お引き落としいたします。")):
        valid.append(("sns", _PUBLIC[k % 3].format(body=body)))
    # a place of ours, a district that is everyone's, a child with no name, a course for a grade
    ours = ("横浜市港北区の店舗は、6月1日から営業時間が変わります。", "世田谷区桜丘の新店舗は、来月オープンいたします。",
            "西町2丁目の燃えるごみは、毎週火曜日と金曜日です。", "中町2丁目の断水は、本日16時ごろに復旧する見込みです。",
            "札幌市中央区の皆様にはご不便をおかけしております。", "大阪府堺市の担当者様にもお伝えいたしました。",
            "中学2年の生徒さん向けの講座は、土曜日に開講しております。", "5歳のお子さまでもお楽しみいただけます。",
            "小3から中3までのコースをご用意しております。", "ご注文番号は、ご注文確認メールに記載しております。",
            "受付番号がお手元にない場合は、DMでお知らせください。", "豊丘村の販売店から、本日午前中にお届けいたします。")
    for k, body in enumerate(ours):
        valid.append(("sns", _PUBLIC[k % 3].format(body=body)))
    # ...and the customer's own data in a direct message or an email, where it is theirs alone
    # (an SNS reply is read as public unless it says it is a direct message)
    for k, (body, _) in enumerate(_sample(invalid, 3, 60)):  # (the sample of the products, and what is told)
        channel, text = _elsewhere(k, body)
        valid.append((channel, ("DMにて失礼いたします。" if channel == "sns" else "") + text))
    return invalid, valid


# -- sns/user-called-out ----------------------------------------------------------------------

_CALLED_WHO = ("「Kenji_0815」さん", "「taro99」様", "@spam_king99 ", "kenji_0815さん", "「ミドリ」さん")
_CALLED_LINK = ("については、", "につきましては、", "のアカウントは", "の投稿は", "の出品は", "に対しては、")
_CALLED_ACT = ("本日アカウントを停止いたしました", "アカウントを凍結しました", "削除いたしました", "利用停止といたしました",
               "強制退会の措置をとりました", "警告いたしました", "規約に基づき処分いたしました")
_REBUKE_JUDGE = ("誤解を招く", "事実と異なる", "事実に反する", "虚偽の", "根拠のない", "憶測による", "不確かな",
                 "誹謗中傷にあたる", "一方的な")
_REBUKE_WHAT = ("投稿", "書き込み", "ご発言", "ツイート", "レビュー", "コメント")
_REBUKE_ASK = ("はお控えください", "はおやめください", "はご遠慮ください", "は削除してください",
               "は今後お控えいただきますようお願いいたします", "を削除していただけますでしょうか", "は慎んでいただけますか",
               "はお控え下さい", "の削除をお願いいたします")


def _called_out_products():
    invalid = []
    for who, link, act in product(_CALLED_WHO, _CALLED_LINK, _CALLED_ACT):
        if link in ("の投稿は", "の出品は") and "アカウント" in act:
            continue
        invalid.append((f"ご報告いただいた{who}{link}{act}。", who.strip()))
    for judge, what, ask in product(_REBUKE_JUDGE, _REBUKE_WHAT, _REBUKE_ASK):
        invalid.append((f"当社では全件を審査しております。{judge}{what}{ask}。", f"{judge}{what}"))
    valid = []
    for k, (link, act) in enumerate(product(_CALLED_LINK, _CALLED_ACT)):
        valid.append(("sns", _PUBLIC[k % 3].format(body=f"ご報告いただいたアカウント{link}{act}。")))
    for k, (who, act) in enumerate(product(_CALLED_WHO, _CALLED_ACT)):
        valid.append(_elsewhere(k, f"ご報告いただいた{who}については、{act}。"))
    for k, (what, ask) in enumerate(product(_REBUKE_WHAT, _REBUKE_ASK)):
        valid.append(("sns", _PUBLIC[k % 3].format(body=f"ご住所などの個人情報を含む{what}{ask}。")))
    ours = ("誤解を招く表現となってしまい、申し訳ございません。お知らせを訂正いたしました。",
            "事実と異なる情報が拡散しておりますが、当社からそのようなメールをお送りすることはございません。",
            "お客様のアカウントの利用停止を解除いたしました。", "「ジェム」については、本日のメンテナンスで不具合を修正いたしました。",
            "不確かな情報にご注意ください。最新の情報は公式サイトでお知らせしております。")
    for k, body in enumerate(ours):
        valid.append(("sns", _PUBLIC[k % 3].format(body=body)))
    return _sample(invalid, 5), _sample(valid, 6)


# -- sns/far-too-long -------------------------------------------------------------------------

_LONG_PARTS = ("ご不便をおかけしております。", "ルーターのランプが赤く点滅している場合は、電源アダプターを抜いて5分ほど待ち、もう一度差し込んでください。",
               "ランプが緑色に変わるまで3分ほどかかります。", "それでも変わらない場合は、故障受付窓口へお電話いただくか、公式サイトのフォームからお知らせください。",
               "担当者が順番にご案内いたします。", "なお、本体裏のボタンで初期化はしないでください。", "ご迷惑をおかけし、大変申し訳ございません。",
               "最新の状況は公式サイトのお知らせページで随時更新いたします。")


def _weight(text: str) -> float:
    return sum(0.5 if ord(c) < 0x1100 else 1 for c in text)


def _far_too_long_products():
    invalid, valid = [], []
    rnd = random.Random(7)
    for k in range(120):
        parts = rnd.sample(_LONG_PARTS, len(_LONG_PARTS))
        body = ""
        for p in parts:
            body += p
            if _weight(body) > 170:
                break
        if 172 <= _weight(body) <= 330:
            invalid.append((body, body[-6:]))
        short = "".join(p for p in parts[:2])
        if _weight(short) <= 160:
            valid.append(("sns", _PUBLIC[k % 3].format(body=short)))
        valid.append(_elsewhere(k, body))  # (a direct message may carry the steps)
    return _sample(invalid, 8, 100), _sample(valid, 9, 150)


FAMILIES = {
    "sns/personal-data-in-public (asked for in public)": _asked_products,
    "sns/personal-data-in-public (the customer's data shown)": _shown_products,
    "sns/user-called-out": _called_out_products,
    "sns/far-too-long": _far_too_long_products,
}


@pytest.mark.parametrize("rule", sorted(FAMILIES))
def test_family_reach(rule):
    invalid, valid = FAMILIES[rule]()
    missed, false = _reach(rule, invalid, valid)
    assert not missed and not false, reach_message(rule, invalid, valid, missed, false)


if __name__ == "__main__":
    import sys
    print_reach(FAMILIES, _reach, sys.argv[1:])
