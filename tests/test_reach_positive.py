"""The reach of each positive family's grammar, measured by generators.

Each family is a product of tables: who or what (with and without の, a particle or 、), the core
form (each spelling and conjugation), what follows, and the channel frame (an email with its
greeting and closing, a chat message, an SNS reply). Every reply of the invalid product must be
found by the family's rule over its core; every reply of the parallel valid product (the same
words in a correct form, said of our own side, or with a way forward) must stay silent for it.
A product too large for the suite is sampled, with a fixed seed. One test per family, which
collects every failure and shows them.

`python tests/test_reach_positive.py` prints each family's reach (found / invalid, false / valid).
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
_SIZE = 220  # (replies of each product, at most)


def _sample(items: list, seed: int, size: int = _SIZE) -> list:
    items = sorted(set(items))
    if len(items) <= size:
        return items
    return random.Random(seed).sample(items, size)


def _framed(k: int, body: str) -> tuple[str, str, int]:
    channel, frame = _FRAMES[k % len(_FRAMES)]
    return channel, frame.format(body=body), frame.index("{body}")


def _reach(rule: str, invalid: list[tuple[str, str]], valid: list[str]):
    """(the invalid bodies not found over their anchor, the valid bodies found). A family that two
    rules share (the reader told it was written where they could read it: positive/blame's; told
    off for what they should do: positive/lecturing's) names both, joined by |."""
    rules = set(rule.split(" (")[0].split("|"))  # (a family named in brackets after its rule)
    missed, false = [], []
    for k, (body, anchor) in enumerate(invalid):
        channel, text, at = _framed(k, body)
        a = at + body.index(anchor)
        b = a + len(anchor)
        spans = [(f.start, f.end) for f in replylint.lint(text, channel=channel).findings if f.rule in rules]
        if not any(s < b and a < e for s, e in spans):
            missed.append(f"[{channel}] {body}")
    for k, body in enumerate(valid):
        channel, text, _ = _framed(k, body)
        found = [text[f.start:f.end] for f in replylint.lint(text, channel=channel).findings if f.rule in rules]
        if found:
            false.append(f"[{channel}] {body}  <- {found}")
    return missed, false


# -- positive/refusal ---------------------------------------------------------------------------

_REF_WHO = ("", "弊社では、", "当店では", "申し訳ございませんが、")
_REF_NOUN = ("返品", "キャンセル", "お日にちの変更", "ご予約の変更", "返金", "送料の免除")
_REF_PARTICLE = ("は", "については、", "も")
_REF_CORE = ("できかねます", "いたしかねます", "致しかねます", "出来かねます", "できません", "出来ません", "お受けできません",
             "お受けいたしかねます", "お受けしておりません", "対応しておりません", "受け付けておりません", "承っておりません",
             "行っておりません", "不可能です", "承れません", "お受けできかねます", "受付できません", "お受けすることができません",
             "することができません", "お受けすることはできかねます", "ご対応いたしかねます", "承ることができません",
             "承ることはできかねます", "対応不可です", "ご対応できません", "お受けすることはいたしかねます", "いたしません")
_REF_END = ("。", "！", "")
_REF_AFTER = ("", "ご了承ください。", "申し訳ございません。", "何卒ご理解のほどお願いいたします。")
# (whole sentences whose noun goes with its own verb: a class, a scope, a way of handing over)
_REF_WHOLE = ("延長の制度は設けておりません。", "セール品は返品の対象外となります。", "このプランは返金の対象外です。",
              "店頭でのお受け取りは行っておりません。", "お電話でのご注文は受け付けておりません。", "分割でのお支払いは承っておりません。",
              "当日のご予約変更は不可となっております。", "再発行には対応しておりません。", "個別のご相談はお受けしておりません。")
# ...and with a way forward: after it, before it, or as the condition under which it is possible
_REF_WAY_AFTER = ("代わりに、同じ商品との交換を承ります。", "未使用品の交換でしたら承ります。", "ポイントでのご返金は可能です。",
                  "ご希望でしたら、別のお日にちをご案内いたします。", "お急ぎの場合は、店頭でのお受け取りをご利用いただけます。",
                  "未開封の場合は、交換を承ります。")
_REF_WAY_BEFORE = ("到着から7日以内でしたら、{noun}を承ります。ただ、それ以降の", "商品の交換でしたら承ります。なお、")


def _refusal_products():
    invalid = []
    for who, noun, p, core, end, after in product(_REF_WHO, _REF_NOUN, _REF_PARTICLE, _REF_CORE, _REF_END, _REF_AFTER):
        if core == "いたしません" and (p != "は" or noun not in ("返品", "キャンセル", "返金")):
            continue  # (flat いたしません goes with a noun of a service and は)
        sentence = f"{who}{noun}{p}{core}{end}"
        invalid.append((sentence + ("\n" if not end and after else "") + after, core))
    invalid = _sample(invalid, 1) + [(w, w[-9:-1]) for w in _REF_WHOLE]
    valid = []
    for who, noun, p, core, way in product(_REF_WHO[:2], _REF_NOUN, _REF_PARTICLE[:2], _REF_CORE, _REF_WAY_AFTER):
        if core == "いたしません":
            continue
        valid.append(f"{who}{noun}{p}{core}。{way}")
        valid.append(f"{who}{noun}{p}{core}が、{way}")
    for noun, p, core, way in product(_REF_NOUN, _REF_PARTICLE[:2], _REF_CORE, _REF_WAY_BEFORE):
        if core == "いたしません":
            continue
        valid.append(way.format(noun=noun) + f"{noun}{p}{core}。")
    return invalid, _sample(valid, 2)


# -- positive/rule-citing -----------------------------------------------------------------------

_RC_WHO = ("", "当店の", "当院の", "弊社の", "当社の", "当館の", "当教室の")
_RC_RULE = ("規約", "規定", "決まり", "ルール", "方針", "ポリシー", "規則", "約款", "利用規約", "社内規定")
_RC_CONN = ("で", "により", "上", "ですので", "となっておりますので", "に基づき", "に従い", "で定められておりますので",
            "に明記しておりますとおり", "に定めるとおり", "のため", "によりまして", "で決まっておりますので")
_RC_COMMA = ("、", "")
_RC_REFUSAL = ("返品はできかねます", "お受けできません", "ご返金はいたしかねます", "対応いたしかねます",
               "キャンセルはお受けしておりません", "お日にちの変更はできません", "できません")


def _rule_citing_products():
    invalid = []
    for who, rule, conn, comma, ref, end in product(_RC_WHO, _RC_RULE, _RC_CONN, _RC_COMMA, _RC_REFUSAL, ("。", "！", "")):
        if conn in ("上",) and rule in ("決まり",):
            continue  # (決まり上: not said)
        invalid.append((f"{who}{rule}{conn}{comma}{ref}{end}", rule))
    invalid = _sample(invalid, 3)
    # (the rule named as saying so, in the sentence after the refusal)
    for who, rule, said in product(_RC_WHO[:3], _RC_RULE[:5], ("で定められております", "に明記しております", "にそのように定めております",
                                                              "で決まっております", "に記載がございます")):
        invalid.append((f"お日にちの変更はお受けできません。{who}{rule}{said}。", rule))
    valid = []
    for who, rule, conn, ref, way in product(_RC_WHO, _RC_RULE, _RC_CONN, _RC_REFUSAL[:4],
                                             ("。代わりに、同じ商品との交換を承ります。", "が、代わりに交換を承ります。",
                                              "が、未使用品でしたら交換いただけます。")):
        valid.append(f"{who}{rule}{conn}、{ref}{way}")
    valid = _sample(valid, 4)
    # (a rule with its purpose and a way; the rule's text named with no refusal)
    valid += [f"{who}{rule}{tail}" for who, rule, tail in product(
        _RC_WHO[:4], _RC_RULE, ("を改定いたしました。", "はこちらからご覧いただけます。", "について、ご質問ありがとうございます。",
                                "の変更点をご案内いたします。"))]
    return invalid, valid


# -- positive/blame -----------------------------------------------------------------------------

_BL_WHO = ("お客様", "ご本人様", "貴社", "お客様側", "山田様")
_BL_OP = ("操作", "入力", "設定", "確認", "記入", "ご入力", "ご操作", "登録")
_BL_FAULT = ("誤り", "ミス", "間違い", "不備", "不足")
_BL_CONN = ("により、エラーが発生しました。", "で、お手続きが止まっております。", "のため、商品が届きませんでした。",
            "が原因で、二重に請求されております。", "が原因です。", "が原因と思われます。", "によるものです。", "ですので、再度お手続きください。")
_BL_OURS = ("弊社", "当社", "弊社側", "当店", "担当者", "弊社スタッフ")
# (verbs of a slip, in the honorific of the reader)
_BL_SLIP = (("型番を", "お間違え"), ("パスワードを", "お忘れ"), ("お届け先を", "お間違え"), ("商品を", "お取り違え"),
            ("日付を", "お間違え"), ("暗証番号を", "お忘れ"))
_BL_SLIP_TAIL = ("になったため、お届けできませんでした。", "になったものと思われます。", "になったようです。", "になったかと存じます。",
                 "になったことが原因です。", "になられたため、エラーとなりました。", "になったので、受付できませんでした。",
                 "になっていたため、ログインできませんでした。")
_BL_SLIP_WHO = ("", "お客様が", "ご注文時に", "ご本人様が", "お申し込みの際に")
# (their act done the wrong way, told in the honorific される and in plain verbs)
_BL_PLAIN = ("型番を間違えられたため、", "型番を間違えて入力されたため、", "住所を入力し忘れたため、", "パスワードを何度も間違えられたため、",
             "説明書をよくお読みにならずに組み立てられたため、", "よくご確認されずにお申し込みされたため、", "ボタンを押し忘れたため、",
             "期限を過ぎてからご連絡されたため、", "書類をご提出されなかったため、")


def _blame_products():
    invalid = []
    for who, op, fault, conn in product(_BL_WHO, _BL_OP, _BL_FAULT, _BL_CONN):
        if fault == "不足" and op not in ("確認", "記入", "ご入力"):
            continue  # (確認不足, 記入不足: what runs short is care)
        invalid.append((f"{who}の{op}の{fault}{conn}", fault))
        invalid.append((f"{who}の{op}{fault}{conn}", fault))
    invalid = _sample(invalid, 5, 150)
    invalid += _sample([(f"ご{op}{fault}{conn}", fault) for op, fault, conn in product(
        ("確認", "入力", "記入", "登録", "操作"), ("ミス", "不足", "漏れ", "誤り", "間違い"), _BL_CONN)], 6, 40)
    slips = [(f"{who}{obj}{verb}{tail}", verb) for who, (obj, verb), tail in product(_BL_SLIP_WHO, _BL_SLIP, _BL_SLIP_TAIL)]
    invalid += _sample(slips, 7, 80)
    # (what they did not do, in the honorific, as the reason or the conclusion drawn)
    invalid += [(f"{who}{obj}{verb}{tail}", verb) for who, (obj, verb), tail in product(
        ("", "お客様が", "山田様が"),
        (("メールを", "お読みになっていなかった"), ("内容を", "ご確認されなかった"), ("期限内に", "お手続きなさらなかった"),
         ("注意事項を", "ご覧になっていなかった")),
        ("ため、お受けできませんでした。", "ということになります。", "ものと思われます。", "ようです。", "ので、キャンセルとなりました。"))]
    invalid += [(f"{who}{plain}エラーとなりました。", plain) for who, plain in product(("お客様が", "山田様が", "ご本人様が"), _BL_PLAIN)]
    valid = []
    for ours, op, fault, conn in product(_BL_OURS, _BL_OP[:5], _BL_FAULT, _BL_CONN[:4]):
        if fault == "不足" and op not in ("確認", "記入"):
            continue
        valid.append(f"{ours}の{op}の{fault}{conn}")
        valid.append(f"{ours}の{op}{fault}{conn}")
    valid = _sample(valid, 8, 120)
    valid += [f"{ours}が{obj}{verb}ため、{tail}" for ours, (obj, verb), tail in product(
        ("担当者", "弊社", "当店"), (("型番を", "間違えた"), ("お届け先を", "誤って登録した"), ("商品を", "取り違えた")),
        ("別の商品をお送りしてしまいました。", "お届けが遅れました。"))]
    # (a case we provide for; their fault denied; a slip asked about)
    valid += [f"{obj}{verb}{tail}" for (obj, verb), tail in product(_BL_SLIP, (
        "になった場合も、交換を承ります。", "になった場合は、再発行いたします。", "になった際は、こちらからお手続きいただけます。"))]
    # (what the reader was told, quoted)
    valid += [f"窓口で「{who}の{op}{fault}です」と言われたとのこと、大変失礼いたしました。" for who, op, fault in product(
        ("お客様", "ご本人様"), ("入力", "操作", "確認"), ("ミス", "不足", "間違い"))]
    valid += ["お客様がお読みになっていなかったということはございません。", "担当者が確認しなかったため、ご案内が遅れました。",
              "お越しにならなかったため、ご予約は取り消しとなりました。",
              "お客様の操作の誤りではございません。", "お客様の入力ミスではなく、弊社の不具合でした。",
              "ご入力内容に誤りがないか、こちらで確認いたします。", "弊社の確認不足により、ご迷惑をおかけしました。"]
    return invalid, valid


# -- positive/threat ----------------------------------------------------------------------------

_TH_COND = ("期限までにお支払いがない場合は", "ご返却いただけない場合は", "ご連絡がない場合は", "期限を過ぎた場合は",
            "不正利用を見つけた場合は", "転売が発覚した場合は", "規約違反が判明した場合は", "無断での録画を発見した場合は",
            "お支払いが確認できない場合は", "ご入金がなかった場合は", "ご返却が遅れた場合は", "規約に違反された場合は",
            "無断でキャンセルされた場合は", "二重登録が見つかった場合は", "お支払いが遅れた場合には")
_TH_COMMA = ("、", "")
_TH_SANCTION = (("アカウントを停止", ("します", "いたします", "させていただきます")),
                ("ご契約を解約", ("します", "いたします", "させていただきます")),
                ("ご契約を解除", ("します", "いたします", "させていただきます")),
                ("チケットを無効と", ("します", "いたします", "させていただきます")),
                ("会員資格を停止", ("します", "いたします", "させていただきます")),
                ("法的措置を", ("とります", "取ります", "とらせていただきます", "取らせていただきます", "講じます")),
                ("違約金を請求", ("します", "いたします", "させていただきます")),
                ("強制退会と", ("します", "いたします", "させていただきます")),
                ("ご予約を取り消し", ("ます", "とします", "させていただきます")))
_TH_HELP = ("無償で交換いたします。", "こちらからご連絡いたします。", "サポート窓口をご利用いただけます。", "お気軽にお知らせください。",
            "お支払い方法の変更も承ります。")
_TH_HELP_COND = ("ご不明な点がある場合は", "不具合が見つかった場合は", "ご返却が難しい場合は", "お支払いが確認できた場合は",
                 "期限までのご返却が難しい場合は", "お忘れ物が見つかった場合は")


def _threat_products():
    invalid = []
    for cond, comma, (obj, ends), stop in product(_TH_COND, _TH_COMMA, _TH_SANCTION, ("。", "！", "")):
        for end in ends:
            invalid.append((f"{cond}{comma}{obj}{end}{stop}", obj))
    invalid = _sample(invalid, 9)
    valid = [f"{cond}、{help}" for cond, help in product(_TH_HELP_COND, _TH_HELP)]
    valid += [f"{cond}、{obj}{end}" for cond, (obj, end) in product(
        ("ご本人様から停止のご依頼があった場合は", "ご解約の手続きが完了した場合は", "ご希望の場合は"),
        (("アカウントを停止", "いたします。"), ("ご契約を解約", "いたします。"), ("自動更新を停止", "いたします。")))]
    valid += ["不具合が見つかった場合は、販売を停止いたします。", "誤りが判明した場合は、ご請求を取り消しいたします。",
              "お支払いが確認できない場合は、改めてご請求書をお送りいたします。", "ご利用がない場合でも、基本料金はご請求いたします。",
              "検針に誤りがあった場合は、差額をご請求いたします。"]
    valid += [f"{cond}、{tail}" for cond, tail in product(
        ("期限を過ぎますと", "ご返却が遅れますと"),
        ("違約金をご請求させていただくことになります。", "延滞料金が発生いたします。"))]
    return invalid, valid


# -- positive/lecturing -------------------------------------------------------------------------

_LE_TOPIC = ("", "その旨は", "この点は", "こちらは", "返品できない旨は", "その件は", "その点につきましては、")
_LE_PLACE = ("購入時の注意事項", "商品ページ", "利用規約", "ご注文確認メール", "取扱説明書", "ホームページ", "お申し込み時のご案内",
             "予約確認メール", "パッケージ", "ご契約時の書面")
_LE_PARTICLE = ("に", "にも", "にて", "でも")
_LE_VERB = ("記載しております", "記載してございます", "明記しております", "記載されております", "記載がございます", "掲載しております",
            "ご案内しております", "明記してございます", "書いてあります", "ご案内済みです", "お知らせしております", "記載しています",
            "記載いたしております", "明記されています")
_LE_ELSE = ("以前にもお伝えしたとおり、返品はお受けできかねます。", "何度もご案内しておりますが、受付は先着順です。",
            "規約をお読みいただければおわかりになるはずです。", "説明書をご確認いただければ、お分かりいただけるはずです。",
            "よくご確認ください。", "次回からはよくお読みのうえ、ご購入ください。", "ご注文の前によくご確認ください。",
"前にもご説明しましたとおり、交換はできません。")


def _lecturing_products():
    invalid = []
    for topic, place, p, verb in product(_LE_TOPIC, _LE_PLACE, _LE_PARTICLE, _LE_VERB):
        if p == "でも" and verb not in ("ご案内しております", "ご案内済みです", "お知らせしております"):
            continue  # (で goes with telling, に with writing)
        if p in ("に", "にも") and verb in ("ご案内済みです",):
            continue
        if topic in ("", "こちらは") and p not in ("にも", "でも") and "時" not in place:
            continue  # (a bare 商品ページに記載しております may answer where a thing is: said of a place they
            # read too, or read when they bought, it points back)
        invalid.append((f"{topic}{place}{p}{verb}。", place))
    invalid = _sample(invalid, 10, 200) + [(w, w) for w in _LE_ELSE]
    # (a pointer to more, or to where the next step is; what was told, recalled to go on with the matter)
    # (the reader's conduct, or what came of it, called natural or judged)
    invalid += [(f"{who}{conduct}{judged}", conduct + judged[:-1]) for who, conduct, judged in product(
        ("", "正直に申し上げて、"),
        ("成績が上がらない", "期限を守らない", "このようなご相談をされる", "ご連絡もなくキャンセルされる", "書類を確認せずに提出される"),
        ("のは当然の結果かと存じます。", "のは当然です。", "のはいかがなものかと存じます。", "のは当たり前の結果です。",
         "のは社会人として失格です。"))]
    valid = [f"{topic}{place}{p}{verb}。" for topic, place, p, verb in product(
        ("詳しい手順は", "お申し込み方法は", "最新の情報は", "各プランの料金は", "よくあるご質問は"), _LE_PLACE[1:7], ("に", "にも"),
        ("記載しております", "掲載しております", "まとめております", "ご案内しております"))]
    valid = _sample(valid, 11, 120)
    valid += [f"{place}にも記載しておりますので、あわせてご確認ください。" for place in _LE_PLACE]
    valid += ["ご不安に思われるのは当然のことです。", "弊社がご返金するのは当然です。", "こちらのプランはいかがでしょうか。",
              "一度お試しいただくのはいかがでしょうか。", "ご心配されるのも当然の結果かと存じます。"]
    valid += ["前回お伝えしたとおり、発送は5日を予定しております。", "先日ご案内したとおり、新しいカードは来週お届けします。",
              "ご確認いただければ幸いです。", "内容をご確認のうえ、ご返送ください。", "お手数ですが、お届け先をご確認いただけますでしょうか。"]
    return invalid, valid


# -- positive/double-negative -------------------------------------------------------------------

_DN_VERB = ("ご利用いただけ", "返品でき", "お受けでき", "対応でき", "ご返金でき", "使え", "お選びいただけ")
_DN_TAIL = ("ないわけではありません", "ないわけではございません", "ないわけではない", "ないというわけではございません",
            "ない訳ではありません", "ないものでもありません", "ないことはありません", "ないことはございません", "ない事はございません",
            "ないということはございません", "ないではありません", "なくもありません", "なくはないです", "ないとは限りません",
            "ないとも限りません", "ないとは言い切れません", "ないとは申せません", "無いわけではございません", "ないわけでは有りません",
            "ないわけでは御座いません", "なかったわけではございません", "ないってわけじゃないです", "ないわけではないです",
            "なくはありません", "ないこともございません", "ないでもございません", "ないものではございません", "ないことも御座いません",
            "ないとも言い切れません", "ないとは断言できません", "ないわけがございません", "なくもないです")
_DN_NOUN = ("対象外ではございません", "対象外ではありません", "不可能ではありません", "無理ではございません", "保証外ではございません",
            "不要ではございません", "適用外ではありません")
_DN_COND = ("ご本人確認書類がないと、お手続きできません", "お申し込みいただかないと、ご利用いただけません",
            "ご入金がなければ、発送できません", "ログインしていただかないと、ご覧いただけません", "会員登録がないと、ご予約いただけません",
            "書類がそろわない限り、お受けできません", "ご連絡がなければ、キャンセルは承れません")


def _double_negative_products():
    invalid = [(f"{v}{t}。", t[:3]) for v, t in product(_DN_VERB, _DN_TAIL)]
    invalid = _sample(invalid, 12, 150)
    invalid += [(f"この商品は{n}。", n[:3]) for n in _DN_NOUN] + [(c + "。", c) for c in _DN_COND]
    valid = [f"{v}{t}。" for v, t in product(_DN_VERB, ("ます", "る場合がございます", "ることもございます", "ない場合がございます",
                                                      "ないことがございます", "ないこともございます", "ます。ご安心ください"))]
    valid += ["在庫は少なくはありません。", "危なくはありません。", "ご本人確認書類があれば、お手続きできます。",
              "Wi-Fiにつないでいないときは、更新されません。", "この商品は対象外です。", "ご入金を確認でき次第、発送いたします。"]
    return invalid, valid


# -- positive/negative-command ------------------------------------------------------------------

_NC_VERB = (("荷物を玄関前に", "置か", "置い"), ("画面に", "触ら", "触っ"), ("箱を", "捨て", "捨て"), ("パスワードを", "忘れ", "忘れ"),
            ("ボタンを", "押さ", "押し"), ("電源を", "切ら", "切っ"), ("ケーブルを", "抜か", "抜い"), ("ファイルを", "削除し", "削除し"))
_NC_FORM = ("ないでください", "ないで下さい", "ないでくださいませ", "ないようにしてください", "ないようお願いいたします",
            "ないようお願いします", "ないようにお願いいたします", "ないでいただけますか", "ないようご注意ください",
            "ないでくださいね", "ないでね", "ないで ください", "ないようにしてくださいませ", "ないようお願い申し上げます")
_NC_TE = ("はいけません", "はなりません")


def _negative_command_products():
    invalid = [(f"{obj}{nai}{form}。", form[:3]) for (obj, nai, _), form in product(_NC_VERB, _NC_FORM)]
    invalid += [(f"{obj}{te}て{form}。", form)
                for (obj, _, te), form in product(_NC_VERB, _NC_TE)]
    valid = ["ご心配なさらないでください。", "お気になさらないでください。", "どうぞ無理をなさらないでくださいね。",
             "やけどのおそれがありますので、本体に触らないでください。", "「押さないで」との貼り紙がございます。",
             "玄関前は空けておいてください。", "ケーブルをつないでください。", "電源を入れたままにしてください。",
             "パスワードは忘れずにお控えください。", "お気を悪くなさらないでくださいね。", "どうか焦らないでくださいね。",
             "感電のおそれがありますので、濡れた手でプラグを抜かないでください。", "「走らないでください」という貼り紙をご覧になったとのことですね。",
             "ケーブルはつないだままにしてください。", "お荷物は玄関前に置いてください。"]
    return invalid, valid


# -- positive/curt-request ----------------------------------------------------------------------

_CR_WHERE = ("窓口に", "店舗まで", "明日、店頭へ", "受付に", "10時までに", "")
_CR_VERB = (("来て", "来"), ("取りに来て", "来"), ("きて", "き"), ("電話して", "電話し"), ("連絡して", "連絡し"), ("引き取って", "引き取っ"),
            ("引取って", "引取っ"))
_CR_END = ("ください。", "下さい。", "ください", "ください！")


def _curt_request_products():
    invalid = [(f"{where}{verb}{end}", verb) for where, (verb, _), end in product(_CR_WHERE, _CR_VERB, _CR_END)
               if where or verb != "きて"]  # (a bare きて: no place or time it is told to come to)
    invalid = _sample(invalid, 13, 120)
    valid = [f"{where}{polite}{end}" for where, polite, end in product(
        _CR_WHERE, ("お越し", "お電話", "ご連絡", "お引き取り", "ご来店"), _CR_END[:2])]
    valid += ["ぜひまた遊びに来てください。", "戻ってきてください。", "書類を書いてきてください。", "ぜひ見にきてください。", "またいつでも来てくださいね。", "お気軽に見に来てください。", "お電話してお確かめください。"]
    return invalid, valid


# -- positive/blame: the reader's word called false ---------------------------------------------

_DENY_WORD = ("ご指摘", "「詐欺まがい」というご指摘", "ご主張", "ご意見", "お申し出", "ご投稿", "お客様のご認識", "ご理解",
              "おっしゃる内容", "おっしゃること", "おっしゃっている点", "お書きになった内容", "ご指摘の点", "お申し出の件")
_DENY_TOPIC = ("は", "については", "につきましては、", "は、まったく")
_DENY_SAID = ("事実と異なります", "事実とは異なります", "事実ではありません", "事実ではございません", "事実無根です",
              "誤りです", "誤りでございます", "間違いです", "誤解でございます", "正しくありません", "正しくございません", "当たりません")
# (the same words said of others' words or of our own, or the reader's word granted)
_DENY_OTHERS = ("一部の報道", "ネット上のうわさ", "先日の弊社のご案内", "当社の以前の説明", "掲示板の書き込み")
_DENY_GRANTED = ("事実でございます", "ごもっともです", "おっしゃるとおりです", "誤りではございません", "正しいご認識です")


def _denial_products():
    invalid = [(f"{w}{t}{d}。", d) for w, t, d in product(_DENY_WORD, _DENY_TOPIC, _DENY_SAID)]
    invalid = _sample(invalid, 17, 160)
    valid = [f"{o}は{d}。" for o, d in product(_DENY_OTHERS, _DENY_SAID)]
    valid += [f"{w}は{g}。" for w, g in product(_DENY_WORD[:8], _DENY_GRANTED)]
    valid += ["ご指摘のとおり、先日のご案内は誤りでした。お詫びして訂正いたします。", "ご指摘の内容は事実でございました。"]
    return invalid, valid


# -- positive/blame: the fault laid elsewhere without checking (deflection) ---------------------

# (a time before it came to us, and the fault said to have been there then)
_DF_BEFORE = ("搬出前から", "お預かりする前から", "作業前から", "ご依頼前から", "お引き取りの前から", "もともと", "元々", "以前から",
              "ご購入前から", "入庫前から", "お預かりした時点で", "施工前から")
_DF_WAS = ("あった", "ついていた", "付いていた", "生じていた", "できていた", "発生していた")
_DF_THING = ("傷", "キズ", "汚れ", "へこみ", "不具合", "症状", "ひび")
_DF_SUPPOSE = ("の可能性もございます", "の可能性がございます", "の可能性があります", "かもしれません", "と思われます", "かと存じます",
               "と考えられます", "ではないかと思われます", "である可能性も考えられます", "の可能性もございますので、ご了承ください")
# (a time after it left us, in the reader's hands)
_DF_AFTER = ("お届け後に", "到着後に", "お受け取り後に", "ご使用中に", "お客様のお手元で", "設置後に", "お引き渡し後に", "ご自宅で")
_DF_AROSE = ("生じた", "ついた", "付いた", "発生した", "できた", "起きた")
_DF_AFTER_THING = ("もの", "傷", "不具合", "汚れ")
# (the reader's surroundings or handling, named as the cause and supposed)
_DF_ENV = ("お客様のご使用環境", "ご使用環境", "ご利用環境", "お客様の通信環境", "ご自宅の環境", "ご使用状況", "お使いの端末",
           "ご使用方法", "お取り扱い", "ご家庭での管理", "ご自宅での保管方法", "お手入れの方法", "お水の管理", "ご家庭での生ごみの管理",
           "普段のお使い方")
_DF_CAUSE = ("に起因するものと思われます", "に起因するものと考えられます", "によるものと思われます", "によるものかと存じます",
             "が原因と思われます", "が原因かと存じます", "が原因と考えられます", "が原因だと思います", "に起因している可能性がございます",
             "に問題があったものと考えられます", "に問題があった可能性がございます",
             "に原因がある可能性がございます", "の影響と思われます", "の影響かと存じます", "が原因かと思われます")
# (normal use said to cause no such thing)
_DF_NORMAL = ("通常のご使用では", "通常のご使用で", "通常の使用では", "通常のお使い方では", "通常のご利用では", "普通にお使いいただいていれば",
              "正しくお使いいただいていれば", "通常のお取り扱いでは", "一般的なご使用では")
_DF_NEVER = ("起こりえません", "起こり得ません", "起こりません", "発生いたしません", "発生しません", "発生しえません", "生じません",
             "考えられません", "ありえません", "あり得ません", "このような傷はつきません", "このようにはなりません", "起こらない症状です",
             "発生しない不具合です", "起こりえない破損です")
# (our fault denied as a flat verdict)
_DF_TOPIC = ("", "今回の症状は", "こちらの傷は", "本件は", "この件につきましては、", "今回の件は")
_DF_OURS = ("初期不良", "製品の不具合", "商品の不良", "製造上の不良", "製品の欠陥", "品質上の問題", "弊社の責任", "当社の責任",
            "弊社側の問題", "当店の落ち度", "こちらの不手際")
# (the thing said sound, or sound when it left us, with nothing seen told)
_DF_SOUND = ("製品自体に", "商品に", "本体には", "出荷時には", "発送した時点では", "梱包時には")
_DF_SOUND_SAID = ("問題はございません", "傷はございませんでした", "異常はございません", "欠陥はございません", "不具合はございませんでした")
_DF_DENIED = ("ではございません", "ではありません", "ではございませんので、ご了承ください", "とは考えておりません", "には当たりません",
              "ではないと判断しております", "ではございませんので、交換はできかねます")
# (the reader's report doubted)
_DF_REPORT = ("ご指摘のような言動があった", "おっしゃるような対応をした", "ご指摘のような事実があった", "お申し出のような不具合が起きた")
_DF_DOUBT = ("とは考えにくいです", "とは考えられません", "とは思えません", "ことはありえません", "とは考えにくいかと存じます")
# Correct look-alikes: a finding stated after an inspection, with its evidence; a check offered without
# supposing where the fault arose; a cause explained neutrally, as what can happen; our own fault
_DF_EVIDENCE = ("点検の結果、", "お預かりした製品を検査いたしましたところ、", "作業前に撮影した写真を確認したところ、", "調査の結果、",
                "お送りいただいたお写真を拝見したところ、", "記録を確認いたしましたところ、")


def _deflection_products():
    # (以前から with a fault of a thing's working, 不具合 or 症状, may tell of our own: not in the product)
    invalid = [(f"{b}{w}{t}{s}。", f"{b}{w}") for b, w, t, s in product(_DF_BEFORE, _DF_WAS, _DF_THING, _DF_SUPPOSE)
               if not (b == "以前から" and t in ("不具合", "症状"))]
    invalid = _sample(invalid, 21, 90)
    invalid += _sample([(f"{a}{r}{t}{s}。", f"{a}{r}") for a, r, t, s in product(_DF_AFTER, _DF_AROSE, _DF_AFTER_THING,
                                                                                    _DF_SUPPOSE[:9])], 22, 50)
    invalid += _sample([(f"{e}{c}。", c) for e, c in product(_DF_ENV, _DF_CAUSE)], 23, 60)
    invalid += _sample([(f"{n}{v}。", v) for n, v in product(_DF_NORMAL, _DF_NEVER)], 24, 50)
    invalid += _sample([(f"{t}{o}{d}。", o) for t, o, d in product(_DF_TOPIC, _DF_OURS, _DF_DENIED)], 25, 60)
    invalid += [(f"{r}{d}。", d) for r, d in product(_DF_REPORT, _DF_DOUBT)]
    invalid += [(f"{w}{x}。", f"{w}{x}") for w, x in product(_DF_SOUND, _DF_SOUND_SAID)]
    # (the fault supposed first, then a check: the check does not undo the supposing)
    invalid += [(f"{b}{w}{t}の可能性もございますので、{x}", f"{b}{w}") for b, w, t, x in product(
        _DF_BEFORE[:4], _DF_WAS[:2], _DF_THING[:3], ("作業前の記録をお調べのうえ、改めてご連絡いたします。", "当社の作業によるものかどうか確認中です。"))]
    valid = []
    # (a finding after an inspection, with what was seen)
    valid += [f"{e}{b}{w}{t}であることが確認できました。" for e, b, w, t in product(_DF_EVIDENCE, _DF_BEFORE[:4], _DF_WAS[:2], _DF_THING[:3])]
    valid += [f"{e}基板に水濡れの跡が見つかりました。{t}{o}ではございませんでした。" for e, t, o in product(
        _DF_EVIDENCE, _DF_TOPIC[:3], _DF_OURS[:5])]
    valid += [f"{e}{b}{w}{t}の可能性が高いと判断いたしました。" for e, b, w, t in product(_DF_EVIDENCE[:3], _DF_BEFORE[:3], _DF_WAS[:2], _DF_THING[:2])]
    # (an offer to check)
    valid += [f"{b}{w}{t}かどうか、作業前の写真を確認いたします。" for b, w, t in product(_DF_BEFORE[:6], _DF_WAS[:2], _DF_THING[:3])]
    valid += [f"{t}の状態を、{x}" for t, x in product(_DF_THING[:4], ("作業前の写真と照らし合わせて確認いたします。",
                                                             "担当者に確認のうえ、明日までにご連絡いたします。"))]
    # (a cause explained neutrally: what may happen, in which surroundings)
    valid += [f"{e}{w}{x}。" for e, w, x in product(_DF_EVIDENCE[:3], _DF_SOUND[:3], _DF_SOUND_SAID[:3])]
    valid += [f"{w}{x}か。" for w, x in product(_DF_SOUND[3:], ("傷はございませんでした", "異常はございませんでした"))]
    valid += [f"{w}問題はございませんので、ご安心ください。" for w in _DF_SOUND[:3]]
    valid += [f"{e}に問題がある可能性もございますので、設定をご確認いただけますでしょうか。" for e in ("ご使用環境", "お使いの端末")]
    valid += ["お客様の情報に問題はございません。", "ご注文内容に問題はございませんでした。", "商品に問題がある場合は、交換いたします。",
              "弊社のシステムに問題があった可能性がございます。"]
    valid += [f"{e}によっては、{x}" for e, x in product(
        ("ご使用環境", "ご利用環境", "通信環境", "設置場所", "お使いの端末"),
        ("動画が止まることがございます。", "表示が遅くなる場合がございます。", "電池の持ちが短くなることがございます。"))]
    valid += [f"{e}{c}不具合の場合でも、無償で修理いたします。" for e, c in product(_DF_ENV[:4], ("に起因する", "による"))]
    valid += ["寒い場所では、電池の持ちが短くなることがございます。", "このたびの不具合は、弊社の製造工程に起因するものでした。",
              "弊社の設定ミスに起因するものと思われます。大変申し訳ございません。", "通常のご使用で起きた故障は、保証の対象です。",
              "通常のご使用では問題なくお使いいただけます。", "初期不良ではございませんか。", "初期不良の可能性がございますので、新品と交換いたします。",
              "お届け後に傷が見つかった場合は、交換を承ります。", "お届け後に生じた不具合も、1年間は無償で修理いたします。",
              "故障ではございませんので、ご安心ください。", "初期不良ではございませんので、ご安心ください。", "ご指摘のような言動があったことを確認いたしました。大変申し訳ございません。",
              "ご指摘の点について、担当者に事実関係を確認いたします。", "電子レンジで温めた場合も、容器が割れることはございません。",
              "弊社でシステムを更新したことが原因と思われます。", "先日のメンテナンスでデータを移行したことが原因と考えられます。",
              "以前から発生していた不具合と思われます。現在、修正を進めております。", "通常のご利用では、追加の料金は発生しません。",
              "配送業者によって強く押されたことが原因と思われます。", "通常の使い方では起こらないはずの状態です。交換についてご案内いたします。",
              "昨日の工事の際、管の中の鉄さびが流れ出たことが原因と考えられます。", "キャップが閉まっていなかったことが原因かと思われます。", "お支払い方法によって、反映までの日数が異なります。"]
    return invalid, valid


# -- positive/refusal, positive/rule-citing: a limit, a condition or a rule as the only reason ----

_LR_REASON = ("期限を過ぎておりますので、", "期限を過ぎているため、", "期限切れのため、", "保証期間外のため、", "保証期間を過ぎておりますので、",
              "保証の対象外となっておりますので、", "対象外のため、", "受付期間が終了しておりますので、", "有効期限が切れておりますので、",
              "ご購入から30日を経過しておりますので、", "返品の受付期間を過ぎているため、", "お申し込みの締め切りを過ぎておりますため、",
              "規定の時間を過ぎておりますので、", "受付時間外のため、", "期日を過ぎましたので、", "保証期間が終了しているため、",
              "保証期間外となりますので、", "対象期間外でございますので、")
_LR_REFUSED = ("お受けできません", "対応いたしかねます", "ご返金はできかねます", "承れません", "お受けいたしかねます", "交換はできません",
               "ご返品はお受けできかねます", "無償での修理はいたしかねます", "お手続きはできません", "ご対応はいたしかねます",
               "ご了承ください", "ご容赦ください", "あしからずご了承ください", "何卒ご理解ください")
_LR_RULE = ("決まりとなっております", "規定となっております", "ルールとなっております", "決まりでございます", "規則となっております",
            "決まりになっております")
_LR_RULE_WHAT = ("キャンセル後の返金はしない", "当日の変更はお受けしない", "一度お支払いいただいた会費はお返ししない",
                 "開封後の返品はお受けしない", "ご本人様以外にはお渡ししない")
_LR_WAY = ("が、有償での修理を承ります。", "が、未使用品でしたら交換を承ります。", "が、代わりにポイントでのご返金が可能です。",
           "が、次回のご予約を優先してご案内いたします。")


def _limit_products():
    # (the reason and what follows it are one refusal: found anywhere over them)
    invalid = [(f"{r}{x}。", f"{r}{x}") for r, x in product(_LR_REASON, _LR_REFUSED)]
    invalid = _sample(invalid, 26, 150)
    invalid += [(f"{w}{r}。", r) for w, r in product(_LR_RULE_WHAT, _LR_RULE)]
    valid = [f"{r}{x}{w}" for r, x, w in product(_LR_REASON, _LR_REFUSED[:10], _LR_WAY)]
    valid = _sample(valid, 27, 120)
    # (the way before it, or as the condition)
    valid += [f"未使用品でしたら交換を承ります。ただ、{r}ご返金は{x}。" for r, x in product(_LR_REASON[:8], ("できかねます", "いたしかねます"))]
    valid += [f"{r}、有償での修理でしたら承ります。" for r in ("保証期間外のため", "期限を過ぎておりますので", "保証の対象外となりますので")]
    valid += [f"{r}ご注意ください。" for r in ("期限を過ぎますと無効となりますので、",)]
    valid += ["保証期間内のため、無償で修理いたします。", "期限内のご連絡でしたので、全額ご返金いたします。",
              "受付時間外のため、明日の朝いちばんに折り返しご連絡いたします。"]
    return invalid, valid


# -- positive/refusal: the polite shapes of a refusal ----------------------------------------------

_PR_WHO = ("", "恐れ入りますが、", "申し訳ございませんが、", "当店では、")
_PR_NOUN = ("返品", "ご返金", "キャンセル", "日程の変更", "お値引き", "期限の延長", "送料の免除")
_PR_PART = ("は", "につきましては、", "については")
_PR_CORE = ("できかねます", "出来かねます", "いたしかねます", "致しかねます", "お受けいたしかねます", "お受け致しかねます",
            "承りかねます", "お引き受けいたしかねます", "ご対応いたしかねます", "お受けしかねます", "お受けいたしかねる状況です",
            "いたしかねる次第です", "お受けいたしかねるものでございます", "ご対応いたしかねる状況でございます", "できかねる状況です",
            "いたしかねますので、ご了承ください", "できかねますので、ご容赦ください",
            "不可です", "不可となっております", "不可とさせていただいております", "不可能となっております", "不可となります",
            "不可でございます", "不可能でございます",
            "お断りしております", "お断りいたしております", "お断りさせていただいております", "お断り申し上げます",
            "お断りしています", "お断り致しております",
            "いたしておりません", "致しておりません", "お受けいたしておりません", "承っておりません", "行っておりません",
            "実施いたしておりません", "ご対応いたしておりません", "お受け致しておりません", "受け付けいたしておりません",
            "ご容赦ください", "ご容赦くださいませ", "ご容赦願います", "ご容赦いただけますようお願い申し上げます")
_PR_WISH = ("ご希望", "ご要望", "ご期待", "ご依頼", "ご意向")
_PR_WISH_CORE = ("に添えません", "に沿えません", "には添えません", "には沿えません", "に添いかねます", "には沿いかねます",
                 "に沿うことができません", "に添うことはできかねます", "にお応えいたしかねます", "にはお応えできかねます",
                 "にお応えすることはできません")
_PR_WAY = ("代わりに、同じ商品との交換を承ります。", "未使用品でしたら、交換いただけます。", "ポイントでのご返金は可能です。",
           "ご希望でしたら、別のお日にちをご案内いたします。")


def _polite_refusal_products():
    invalid = [(f"{w}{n}{p}{c}。", c[:4]) for w, n, p, c in product(_PR_WHO, _PR_NOUN, _PR_PART, _PR_CORE)
               if not (c.startswith("ご容赦") and w == "申し訳ございませんが、")]
    invalid = _sample(invalid, 28, 170)
    invalid += [(f"{w}{x}{c}。", c[-5:]) for w, x, c in product(("", "恐れ入りますが、"), _PR_WISH, _PR_WISH_CORE)]
    invalid = invalid[:170] + _sample(invalid[170:], 29, 50)
    valid = [f"{n}{p}{c}。{way}" for n, p, c, way in product(_PR_NOUN, _PR_PART[:2], _PR_CORE, _PR_WAY)
             if not c.startswith("ご容赦") and "ので" not in c]
    valid = _sample(valid, 30, 150)
    valid += [f"{x}{c}が、{way}" for x, c, way in product(_PR_WISH[:3], ("に添えません", "に沿いかねます", "にはお応えできかねます"), _PR_WAY)]
    # (ご容赦 asked for an apology's matter, not as the refusal)
    valid += [f"{t}{p}ご容赦ください。" for t, p in product(
        ("ご不便をおかけしますが、", "ご迷惑をおかけしますが、何卒", "お返事が遅くなりましたこと、", "乱筆乱文の点は", "行き違いの際は",
         "重ねてのご連絡となりましたことを", "不手際の段、"), ("", ))]
    valid += ["ご要望にお応えできるよう、準備を進めております。", "ご希望に添えるよう、調整いたします。", "不可となった場合は、すぐにご連絡いたします。",
              "喫煙はお断りしておりますが、屋外に喫煙所をご用意しております。"]
    return invalid, valid


# -- pressure and blame on the reader's conduct ----------------------------------------------------

_PB_ACT = ("期日までにご返送", "事前にご連絡", "書類をご提出", "時間どおりにお越し", "ご予約の確認を")
_PB_MUST = ("いただかないと困ります", "いただかなければ困ります", "いただけないと困ります", "いただかないと、こちらも困ってしまいます",
            "いただかないことには困ります", "いただかないと大変困ります", "いただけないのは困ります", "いただかないと困るんです")
_PB_DID = ("勝手に分解", "無断でキャンセル", "何度もお電話", "事前のご連絡なしにご来店", "ご自身で修理", "説明書を読まずに操作")
_PB_DONT = ("されては困ります", "されると困ります", "なさっては困ります", "されますと困ります", "されたら困ります",
            "されるのは困ります", "されても困ります", "されては、こちらも困ります")
_PB_AGAIN = ("再三お伝えしておりますが", "何度も申し上げておりますとおり", "再三申し上げている通り", "先日もお伝えしたとおり",
             "以前にもご説明いたしましたが", "何度もご案内しているとおり", "繰り返しお伝えしておりますが")
_PB_AGAIN_TAIL = ("、返品はできません。", "、期限は守っていただく必要がございます。", "、ご予約は前日までです。")
_PB_SELF = ("お客様ご自身で", "ご自身で", "お客様側で", "お客様のほうで")
_PB_SELF_ACT = ("設定していただく", "ご確認いただく", "バックアップを取っていただく", "ご対応いただく", "お手続きいただく")
_PB_NEED = ("必要がございます", "必要があります", "必要がございました", "べきでした", "ことになっております")
_PB_REFRAIN = ("店頭で大声を出される", "何度もお電話される", "スタッフを呼び捨てにされる", "事前の連絡なく来店される",
               "ご予約なしでお越しになる", "担当者を名指しで批判される")
_PB_REFRAIN_TAIL = ("のはご遠慮ください", "のはご遠慮くださいませ", "のはご遠慮願います", "ことはご遠慮ください",
                    "ようなことはご遠慮ください", "のは今後ご遠慮ください", "のはおやめください", "のはお控えください")


def _pressure_products():
    invalid = [(f"{a}{m}。", m[:6]) for a, m in product(_PB_ACT, _PB_MUST)]
    invalid += [(f"{d}{t}。", t) for d, t in product(_PB_DID, _PB_DONT)]
    invalid += [(f"{a}{t}", a) for a, t in product(_PB_AGAIN, _PB_AGAIN_TAIL)]
    invalid += [(f"{w}{a}{n}。", n) for w, a, n in product(_PB_SELF, _PB_SELF_ACT, _PB_NEED)]
    invalid += [(f"{r}{t}。", t) for r, t in product(_PB_REFRAIN, _PB_REFRAIN_TAIL)]
    invalid += [(f"{a}{t}", t[:-1]) for a, t in product(("ご予約なしでお越し", "閉店後にお越し"), ("になられても困ります。", "になっては困ります。",
                                                                               "になられると困ります。"))]
    invalid += [(f"{a}{t}", t[:-1]) for a, t in product(("ご連絡が遅れる", "書類が届かない", "当日にキャンセルされる"),
                                                         ("と困るのですが。", "と困るんです。", "と困るのですが、いかがでしょうか。"))]
    invalid += [(f"{a}{t}", a) for a, t in product(("こういったお問い合わせ", "度重なるお電話", "このようなご要望", "再三のキャンセル"),
                                                   ("はご遠慮ください。", "はご遠慮いただけますでしょうか。", "は今後お控えください。",
                                                    "はおやめください。"))]
    invalid = _sample(invalid, 31, 220)
    valid = [f"{a}いただけますと助かります。" for a in _PB_ACT]
    valid += [f"{a}いただけますでしょうか。" for a in _PB_ACT]
    valid += [f"お手続きには、本人確認書類をご提出いただく{n}" for n in ("必要がございます。", "必要があります。")]
    valid += [f"{s}{a}ことも可能です。" for s, a in product(_PB_SELF[:2], _PB_SELF_ACT)]
    valid += [f"{s}{a}場合は、こちらの手順をご覧ください。" for s, a in product(_PB_SELF[:2], _PB_SELF_ACT)]
    valid += [f"{x}はご遠慮ください。" for x in ("館内での喫煙", "客席での飲食", "フラッシュ撮影", "大声での会話")]
    valid += ["ご遠慮なくお申し付けください。", "どうぞご遠慮なさらずにご相談ください。", "お困りのことがあれば、いつでもご連絡ください。",
              "ご不便をおかけして、お困りのことと存じます。", "前回お伝えしたとおり、発送は5日を予定しております。",
              "修理をご自身でされる場合は、必ず電源を抜いてから作業してください。",
              "ご自身でご確認いただく必要がございますので、手順をご案内いたします。", "お客様ご自身で設定を変更いただくことも可能です。",
              "お一人で悩まれるのはおやめください。", "無理をなさるのはお控えください。", "撮影はご遠慮いただいております。",
              "ご来店の際は、事前にご予約いただけますと、お待たせせずにご案内できます。", "お困りのことがございましたら、いつでもご連絡ください。",
              "ご返送いただけないとお困りになる場合もございますので、お早めにお手続きください。",
              "「源泉徴収なし」を選んだ場合は、ご自身で確定申告をしていただく必要があります。",
              "年間の売却益が20万円を超えると、お客様ご自身で申告していただく必要がございます。",
              "このような場合はご遠慮なくご相談ください。", "パスワードを忘れると困るので、メモしておくと安心です。",
              "こういったご質問も、ご遠慮なくお寄せください。", "お困りのときは、いつでもご連絡ください。"]
    return invalid, valid


# -- positive/double-negative: every shape, spelling and conjugation --------------------------------

_DX_VERB = ("ご利用いただけ", "返品でき", "お受けでき", "出来", "ご用意でき", "間に合わ", "届か", "選べ", "お使いになれ", "変更でき")
_DX_TAIL = ("ないわけではございません", "ない訳ではございません", "ないわけではありません", "ないわけでもありません", "ないわけじゃありません",
            "ないわけではないです", "ないわけではなかったです", "ないわけではございませんでした", "ないというわけではありません",
            "ないってわけではないです", "ないことはございません", "ないことはないです", "ないこともないです", "ないこともございません",
            "ないことはありませんでした", "ないってことはないです", "ないということはございません", "ないということもございません",
            "なくはありません", "なくはございません", "なくもありません", "なくもございません", "なくはないです", "なくもないです",
            "ないではございません", "ないでもありません", "ないものでもございません", "ないものではありません",
            "ないとは限りません", "ないとも限りません", "ないとは限らないです", "ないとは言い切れません", "ないとも言い切れません",
            "ないとは断言できません", "ないとは申せません", "ないとは言えません", "ないとは申し上げられません", "ないとも申せません",
            "無いわけでは御座いません", "無い事はございません", "ない事もございません", "ない訳でもございません",
            "ないわけではございませんが、", "なくはないのですが、", "ないこともないのですが、")
_DX_NOUN = ("対象外", "不可能", "無理", "保証外", "不要", "適用外", "不可", "無効", "非対応", "対応外")
_DX_NOUN_TAIL = ("ではございません", "ではありません", "ではないです", "というわけではございません", "ではないこともございません",
                 "とは限りません", "でもございません")
_DX_COND = ("ご本人確認書類がないと", "ご本人確認書類がなければ", "お申し込みいただかないと", "お申し込みいただかなければ",
            "ログインしていただかない限り", "書類がそろわないと", "ご入金がないうちは", "ご連絡をいただけないと", "会員登録をされていないと")
_DX_COND_END = ("お手続きできません", "ご利用いただけません", "発送できません", "お受けできません", "ご予約いただけません",
                "反映されません", "受け取れません", "承れません")


def _double_negative_every_products():
    invalid = [(f"{v}{t}" + ("ご相談ください。" if t.endswith("、") else "。"), t[:3]) for v, t in product(_DX_VERB, _DX_TAIL)]
    invalid = _sample(invalid, 32, 150)
    invalid += _sample([(f"このプランは{n}{t}。", n) for n, t in product(_DX_NOUN, _DX_NOUN_TAIL)], 33, 40)
    invalid += [(f"{v}{t}。", t) for v, t in product(("対応し", "お受けいたし", "ご用意いたし", "ご返金いたし"),
                                                     ("かねるわけではございません", "かねるというわけではありません", "かねる訳ではございません"))]
    invalid += _sample([(f"{c}、{e}。", c) for c, e in product(_DX_COND, _DX_COND_END)], 34, 40)
    valid = [f"{v}{t}。" for v, t in product(_DX_VERB, ("ます", "る場合がございます", "ることもございます", "ない場合がございます",
                                                      "ないことがございます", "ないこともございます", "ないおそれがございます"))]
    valid += [f"このプランは{n}です。" for n in _DX_NOUN]
    valid += [f"{c}、{e}。" for c, e in product(("ご本人確認書類があれば", "お申し込みいただければ", "ご入金を確認でき次第"),
                                               ("お手続きできます", "発送いたします", "ご利用いただけます"))]
    valid += [f"{v}かねます。代わりに、{w}" for v, w in product(("対応し", "お受けいたし"), ("交換を承ります。", "ポイントでのご返金が可能です。"))]
    valid += ["在庫は少なくはありません。", "危なくはありません。", "ご心配はいりません。", "問題はございません。",
              "お手数をおかけすることはございません。", "ご負担いただくことはありません。", "追加の料金はかかりません。"]
    return invalid, valid


# -- positive/refusal (helpless, plain and spoken shapes; only the customer's burden left) ------------

_RH_WHO = ("", "こちらでは", "当店では、", "弊社としては", "こちらとしても")
_RH_REASON = ("", "天候によるものですので、", "運送会社の都合なので、", "システムの仕様のため、")
_RH_HELPLESS = ("どうすることもできません", "どうすることもできないです", "どうすることもできないんです", "どうすることも出来ません",
                "どうしようもありません", "どうしようもないです", "どうしようもないんです", "どうしようもございません",
                "どうにもできません", "どうにもできないんです", "どうにもなりません", "どうにもならないんです",
                "どうにもいたしかねます", "どうすることもいたしかねます")
_RH_NOUN = ("変更", "キャンセル", "返金", "日程の変更", "お届け日の変更")
_RH_PLAIN = ("できないです", "できないんです", "出来ないです", "できないんですよ", "お受けできないです", "承れないです",
             "受けられないんです", "対応できないです", "ご対応できないんです")
_RH_BURDEN = ("お支払いいただくしかありません", "お支払いいただくしかございません", "お待ちいただくしかないです",
              "お待ちいただくしかないんです", "ご負担いただくしかありません", "再度お申し込みいただくしかございません",
              "お客様ご自身でご対応いただくしかありません")
_RH_END = ("。", "…。", "！", "")
_RH_WAY = ("代わりに、別のお日にちをご案内いたします。", "ご希望でしたら、交換を承ります。", "ポイントでのご返金は可能です。",
           "次回の便でしたら、変更いただけます。")


def _helpless_refusal_products():
    invalid = []
    for who, why, core, end in product(_RH_WHO, _RH_REASON, _RH_HELPLESS, _RH_END):
        invalid.append((f"{why}{who}{core}{end}", core))
    for who, noun, core, end in product(_RH_WHO[:3], _RH_NOUN, _RH_PLAIN, _RH_END):
        invalid.append((f"{who}{noun}は{core}{end}", core))
    for why, core, end in product(_RH_REASON, _RH_BURDEN, _RH_END):
        invalid.append((f"{why}{core}{end}", core))
    invalid = _sample(invalid, 41)
    # (an act that follows is no way forward after helplessness: only what is told as possible is)
    invalid += [(f"{why}こちらでは{core}。{then}", core) for why, core, then in product(
        _RH_REASON[1:3], ("どうすることもできません", "どうしようもないんです", "お支払いいただくしかありません"),
        ("次回のお届けも予定どおりお送りします。", "追跡番号で調べてもらえますか？", "精算機のボタンを押して、係員にお伝えください。"))]
    # (with a way forward; helplessness told in the clause form before an apology and what we will do; a
    # question or the customer's report; what the customer could not do, said back)
    valid = [f"{who}{core}が、{way}" for who, core, way in product(
        _RH_WHO[:3], ("どうすることもできません", "どうしようもありません", "変更できないです", "お受けできないんです"), _RH_WAY)]
    valid += [f"{noun}は{core}。{way}" for noun, core, way in product(_RH_NOUN, _RH_PLAIN[:4], _RH_WAY)]
    valid += [f"{why}{core}、代わりに{do}" for why, core, do in product(
        _RH_REASON[1:], ("どうすることもできず申し訳ございません。", "どうしようもなく、大変申し訳ございません。"),
        ("別のお日にちをご案内いたします。", "送料はこちらで負担いたします。", "交換品を本日お送りいたします。"))]
    valid += [f"{why}どうすることもできず申し訳ございません。{do}" for why, do in product(
        _RH_REASON[1:], ("次回のお届けで、同じ品を無料でお送りいたします。", "代金は全額ご返金いたします。"))]
    # (not after 仕様のため: positive/rule-citing reads no その代わり after a rule, as for any refusal)
    valid += [f"{why}こちらではどうすることもできません。{way}" for why, way in product(
        _RH_REASON[1:3], ("ただ、送料はこちらで負担いたします。", "その代わり、次回のお届けを無料にいたします。",
                         "お急ぎでしたら、店頭でのお受け取りも可能です。"))]
    valid += [f"{x}" for x in (
        "ログインできないとのこと、ご不便をおかけしております。", "アプリが起動できないんですね。確認いたします。",
        "お支払いができないとのご連絡をいただきました。", "どうすることもできないとお困りのことと存じます。",
        "変更できないですか？とのご質問ですが、変更は可能です。", "お待ちいただくしかないのかとのご質問ですが、本日中にお送りします。",
        "誤りがないか確認いたします。", "ご迷惑をおかけしないよう、どうにかいたします。")]
    return invalid, _sample(valid, 42)


# -- positive/blame: our own fault denied outright ------------------------------------------------

_OF_WHO = ("弊社", "当社", "当店", "弊店", "当院", "私ども", "当方", "弊社側", "こちら側")
_OF_FAULT = ("誤り", "間違い", "ミス", "手違い", "不手際", "不備", "落ち度", "過失", "責任")
_OF_DENIED = ("ではありません", "ではございません", "ではないです", "じゃないです", "ではございませんので、ご了承ください",
              "ではありませんので、ご理解ください")
_OF_BEFORE = ("", "看板にも料金は明記しておりますので、", "今回の件は、", "お問い合わせの件につきましては、")


def _own_fault_products():
    invalid = [(f"{b}{w}の{f}{d}。", f"{w}の{f}") for b, w, f, d in product(_OF_BEFORE, _OF_WHO, _OF_FAULT, _OF_DENIED)]
    invalid = _sample(invalid, 51)
    # (our fault owned, or looked into, or denied of a thing with what was seen told; a question)
    valid = [f"{w}の{f}{x}" for w, f, x in product(_OF_WHO[:4], _OF_FAULT[:7], (
        "でございます。大変申し訳ございません。", "によるものでした。深くお詫び申し上げます。", "がないか、ただちに確認いたします。",
        "がなかったか、記録を確認のうえご連絡いたします。", "によりご迷惑をおかけし、申し訳ございません。"))]
    valid += [f"{w}の{f}ではございませんか。" for w, f in product(_OF_WHO[:2], _OF_FAULT[:3])]
    valid += ["お客様の誤りではございません。弊社の表示の不備でございます。", "ご入力の間違いではございませんので、ご安心ください。",
              "誤りがないか確認いたします。", "ご請求金額に誤りがないか、担当者が確認いたします。"]
    return invalid, _sample(valid, 52)


# -- positive/refusal: the reader sent to a third party as the whole answer -------------------------

_RF_WHY = ("", "配送中の事故の可能性が高いため、", "カードの利用枠につきましては、", "製品の仕様については、")
_RF_PARTY = ("運送会社", "配送業者", "運送会社さん", "メーカー", "製造元", "カード会社", "ご購入店", "販売店", "各社の窓口",
             "メーカーのサポート窓口")
_RF_TO = ("へ直接", "に直接", "まで直接", "へ", "に")
_RF_ASK = ("お問い合わせください", "お問い合わせくださいませ", "ご連絡ください", "ご相談ください", "お問い合わせをお願いいたします")
# (not yet: 〜にお問い合わせいただけますようお願いいたします, read as a closing line and skipped)
# (with our own help alongside, or as one option among ours)
_RF_OURS = ("弊社からも運送会社に確認し、結果をご連絡いたします。", "連絡先は、こちらで調べてお送りいたします。",
            "代わりに、弊社から問い合わせることも可能です。")


def _referral_products():
    invalid = [(f"{w}{p}{t}{a}。", f"{p}{t}{a}") for w, p, t, a in product(_RF_WHY, _RF_PARTY, _RF_TO, _RF_ASK)]
    invalid = _sample(invalid, 61)
    valid = [f"{w}{p}{t}{a}。{o}" for w, p, t, a, o in product(_RF_WHY[:2], _RF_PARTY[:6], _RF_TO[:3], _RF_ASK[:3], _RF_OURS)]
    valid += [f"{o}{p}{t}{a}。" for o, p, t, a in product(
        ("弊社からも確認いたしますが、お急ぎでしたら", "お急ぎの場合は、", "弊社でも調査を進めておりますので、あわせて"),
        _RF_PARTY[:6], _RF_TO[:3], _RF_ASK[:2])]
    valid += ["ご不明な点がございましたら、弊社までお問い合わせください。", "お手数ですが、当店へ直接ご連絡ください。",
              "担当者へ直接ご連絡ください。", "サポート窓口にご相談ください。"]
    return invalid, _sample(valid, 62)


# -- positive/accept-only ------------------------------------------------------------------------
_AO_LIMIT = ("当日のキャンセルは返金できません", "名入れ商品は返品をお受けしておりません", "土日は多少お待ちいただくことがございます",
             "4月から月額料金が495円となります", "館内での撮影は禁止されています", "解約後のデータ復旧は不可です",
             "ご予約時間より前後することもございます", "この機能はございません")
_AO_PLEA = ("ご了承ください。", "ご理解ください。", "以上、ご了承ください。", "ご了承下さい。", "そこはご理解ください。")
_AO_SOFT = ("何卒ご了承ください。", "ご不便をおかけしますが、ご了承ください。", "何卒ご理解のほどお願い申し上げます。",
            "あらかじめご了承ください。", "どうかご理解ください。", "悪しからずご了承ください。")


def _accept_only_products():
    """A limit, then a sentence that is only the plea (invalid); the same softened (valid)."""
    invalid = [(f"{limit}。{sep}{plea}", plea.rstrip("。")) for limit, plea, sep in product(_AO_LIMIT, _AO_PLEA, ("", "\n"))]
    valid = [f"{limit}。{sep}{plea}" for limit, plea, sep in product(_AO_LIMIT, _AO_SOFT, ("", "\n"))]
    return _sample(invalid, 61), _sample(valid, 62)


FAMILIES = {
    "positive/blame (the reader's word called false)": _denial_products,
    "positive/accept-only": _accept_only_products,
    "positive/refusal": _refusal_products,
    "positive/rule-citing": _rule_citing_products,
    "positive/blame": _blame_products,
    "positive/threat": _threat_products,
    "positive/lecturing|positive/blame": _lecturing_products,
    "positive/double-negative": _double_negative_products,
    "positive/negative-command": _negative_command_products,
    "positive/curt-request": _curt_request_products,
    "positive/blame (deflection)": _deflection_products,
    "positive/refusal|positive/rule-citing (a limit as the only reason)": _limit_products,
    "positive/refusal (polite shapes)": _polite_refusal_products,
    "positive/blame|positive/lecturing|positive/negative-command (pressure on the reader's conduct)": _pressure_products,
    "positive/double-negative (every shape)": _double_negative_every_products,
    "positive/blame (our own fault denied)": _own_fault_products,
    "positive/refusal (sent to a third party)": _referral_products,
    "positive/refusal|positive/rule-citing (helpless, plain and spoken shapes)": _helpless_refusal_products,
}


@pytest.mark.parametrize("rule", sorted(FAMILIES))
def test_family_reach(rule):
    invalid, valid = FAMILIES[rule]()
    missed, false = _reach(rule, invalid, valid)
    assert not missed and not false, reach_message(rule, invalid, valid, missed, false)


if __name__ == "__main__":
    import sys
    print_reach(FAMILIES, _reach, sys.argv[1:])
