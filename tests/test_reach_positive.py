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


FAMILIES = {
    "positive/blame (the reader's word called false)": _denial_products,
    "positive/refusal": _refusal_products,
    "positive/rule-citing": _rule_citing_products,
    "positive/blame": _blame_products,
    "positive/threat": _threat_products,
    "positive/lecturing|positive/blame": _lecturing_products,
    "positive/double-negative": _double_negative_products,
    "positive/negative-command": _negative_command_products,
    "positive/curt-request": _curt_request_products,
}


@pytest.mark.parametrize("rule", sorted(FAMILIES))
def test_family_reach(rule):
    invalid, valid = FAMILIES[rule]()
    missed, false = _reach(rule, invalid, valid)
    assert not missed and not false, (f"{rule}: {len(invalid) - len(missed)}/{len(invalid)} found, "
                                      f"{len(false)}/{len(valid)} false\nmissed:\n" + "\n".join(missed)
                                      + "\nfalse:\n" + "\n".join(false))


if __name__ == "__main__":
    import sys
    for rule in sys.argv[1:] or sorted(FAMILIES):
        invalid, valid = FAMILIES[rule]()
        missed, false = _reach(rule, invalid, valid)
        print(f"{rule}: {len(invalid) - len(missed)}/{len(invalid)} found, {len(false)}/{len(valid)} false")
        if "-v" in sys.argv or len(sys.argv) > 1:
            for x in missed:
                print("  MISS", x)
            for x in false:
                print("  FALSE", x)
