"""The reach of the keigo families that turn on who acts, measured by generators.

Each family is a product of small tables: who acts (the customer named, one of ours named by role,
by name or by our company, or no one with a request form), the core form (many verbs, each in its
conjugations: ます/ました/ませ, plain and past, negative, て), what follows (a comma and a clause
that starts with お/ご, だけ/も/は, a noun, the end of the sentence in 。/！/none) and the channel's
frame (an email with greeting, self-introduction and signature; a chat; an SNS reply). The wrong
forms must all be found by the family's rule at the wrong form's span; the parallel product of
correct look-alikes (the same words with the right form for who acts) must all stay silent.

One test per family: the failures are collected and shown together. Run this file as a script to
print each family's reach (found / generated, false / generated).
"""

from __future__ import annotations

import itertools

import pytest

import replylint

# -- frames ------------------------------------------------------------------------------
# (our signature and self-introduction name 山田: a name our side gives)
EMAIL = ("田中 花子 様\n\nいつもお世話になっております。\nみどり商事 お客様サポートの山田でございます。\n\n"
         "{s}\n\n今後ともよろしくお願いいたします。\n\nみどり商事株式会社 お客様サポート\n山田 太郎\n")
CHAT = "お問い合わせありがとうございます。{s}"
SNS = "@hanako_t ご連絡ありがとうございます。{s}"
FRAMES = (("email", EMAIL), ("chat", CHAT), ("sns", SNS))


def framed(k: int, sentence: str, email_only: bool = False) -> tuple[str, str, int]:
    """(channel, text, offset of the sentence) for the k-th generated sentence: the frames in turn."""
    channel, frame = FRAMES[0] if email_only else FRAMES[k % len(FRAMES)]
    return channel, frame.format(s=sentence), frame.index("{s}")


class Case:
    __slots__ = ("sentence", "core", "rules", "email_only")

    def __init__(self, sentence: str, core: str, rules: tuple[str, ...], email_only: bool = False) -> None:
        self.sentence, self.core, self.rules, self.email_only = sentence, core, rules, email_only


def _ends(k: int) -> str:
    return ("。", "！", "")[k % 3]


# -- keigo/wrong-direction: humble forms for the customer's act ----------------------------
GO_ACTS = ("持参", "利用", "確認", "記入", "来店", "連絡", "提出", "返送", "予約", "入力", "参加", "相談")
O_ACTS = ("待ち", "申し込み", "読み", "書き", "送り", "問い合わせ", "支払い", "受け取り", "申し出", "使い")
NEXT_CLAUSES = ("、窓口の係員にお申し出ください", "、ご返送ください", "、受付でお待ちください", "、スタッフにお声がけください",
                "、お手続きください", "、ご来店ください")


def humble_for_customer() -> tuple[list[Case], list[Case]]:
    bad, good = [], []
    acts = [("ご", w) for w in GO_ACTS] + [("お", w) for w in O_ACTS]
    wd = ("keigo/wrong-direction",)
    # a request: ご持参してください / お待ちしていただけますか (→ ご持参ください / お待ちいただけますか)
    asks = (("してください", "ください"), ("してくださいませ", "くださいませ"), ("していただけますか", "いただけますか"),
            ("していただけますでしょうか", "いただけますでしょうか"), ("していただきますよう、お願いいたします", "いただきますよう、お願いいたします"))
    actors = ("", "お客様は、", "田中様には", "ご本人様が")
    for k, ((pre, w), (ask, right), actor) in enumerate(itertools.product(acts, asks, actors)):
        if actor.endswith("は、") and "いただ" in ask or actor == "ご本人様が" and "いただ" in ask:
            continue
        if k % 2:
            continue
        end = _ends(k)
        bad.append(Case(f"{actor}{pre}{w}{ask}{end}", f"{pre}{w}{ask[:3]}", wd))
        good.append(Case(f"{actor}{pre}{w}{right}{end}", "", wd))
    # the first act of a chain asked for: ご持参して、窓口の係員にお申し出ください
    for k, ((pre, w), nxt) in enumerate(itertools.product(acts, NEXT_CLAUSES)):
        if k % 2:
            continue
        actor = ("", "お客様は", "当日は")[k % 3]
        bad.append(Case(f"{actor}{pre}{w}して{nxt}。", f"{pre}{w}して", wd))
        good.append(Case(f"{actor}{pre}{w}いただき{nxt}。", "", wd))
        good.append(Case(f"{actor}{pre}{w}のうえ{nxt}。", "", wd))
    # the customer named, their act told in the humble お/ご〜する
    told = ((
        "した際は、お知らせください", "になった際は、お知らせください"), ("した商品は、明日発送いたします", "になった商品は、明日発送いたします"),
        ("しました件について、確認いたしました", "になりました件について、確認いたしました"),
        ("していたプランは、月末で終了いたします", "になっていたプランは、月末で終了いたします"))
    people = ("お客様が", "田中様が", "ご本人様が", "貴社の皆様が")
    told_acts = [("ご", w) for w in ("利用", "来店", "予約", "注文", "購入", "契約", "参加", "来場")] + \
        [("お", w) for w in ("申し込み", "買い求め", "支払い")]
    for k, ((pre, w), (form, right), who) in enumerate(itertools.product(told_acts, told, people)):
        if k % 3:
            continue
        bad.append(Case(f"{who}{pre}{w}{form}。", f"{pre}{w}{form[:2]}", wd))
        good.append(Case(f"{who}{pre}{w}{right}。", "", wd))
    # ご〜できる of the customer's act: マイページからご利用できます (→ ご利用いただけます)
    cans = (("できます", "いただけます"), ("できません", "いただけません"), ("できました", "いただけました"),
            ("できる", "いただける"), ("できない", "いただけない"))
    places = ("マイページから", "お客様は", "店頭で", "アプリで")
    can_acts = [("ご", w) for w in ("利用", "予約", "購入", "注文", "来店", "参加", "応募")] + [("お", "申し込み")]
    for k, ((pre, w), (form, right), where) in enumerate(itertools.product(can_acts, cans, places)):
        if k % 2:
            continue
        tail = "。" if form.endswith("す") or form.endswith("た") else "場合がございます。"
        bad.append(Case(f"{where}{pre}{w}{form}{tail}", f"{pre}{w}{form}", wd))
        good.append(Case(f"{where}{pre}{w}{right}{tail}", "", wd))
    # humble verbs asked of the customer or told of them
    humble = (
        ("添付の資料を拝見してください", "拝見して", "添付の資料をご覧ください"),
        ("添付の資料を拝見ください", "拝見ください", "添付の資料をご覧ください"),
        ("ご不明点は窓口で伺ってください", "伺って", "ご不明点は窓口でお尋ねください"),
        ("ご不明点は窓口でお伺いください", "お伺いください", "ご不明点は窓口でお尋ねください"),
        ("受付でお名前を申してください", "申して", "受付でお名前をおっしゃってください"),
        ("明日は本社へ参ってください", "参って", "明日は本社へお越しください"),
        ("お客様が申した内容を確認いたしました", "申した", "お客様がおっしゃった内容を確認いたしました"),
        ("お客様が申されたとおり、手続きを進めます", "申され", "お客様がおっしゃったとおり、手続きを進めます"),
        ("お客様が参られる際は、受付へお声がけください", "参られる", "お客様がいらっしゃる際は、受付へお声がけください"),
        ("お客様が拝見された資料は、最新のものです", "拝見され", "お客様がご覧になった資料は、最新のものです"),
        ("田中様が伺われた件について、確認いたしました", "伺われ", "田中様がお聞きになった件について、確認いたしました"),
        ("マイページから明細を拝見できます", "拝見できます", "マイページから明細をご覧いただけます"),
        ("明細はマイページで拝見いただけます", "拝見いただけます", "明細はマイページでご覧いただけます"),
        ("この件は存じていますか", "存じて", "この件はご存じですか"),
        ("ご注文はどれにいたしますか", "いたしますか", "ご注文はどれになさいますか"),
        ("お客様がいただいたメールをご確認ください", "いただいた", "お客様が受け取られたメールをご確認ください"),
    )
    for k, (s, core, right) in enumerate(humble):
        for m, end in enumerate(("。", "")):
            bad.append(Case(s + end, core, wd))
            good.append(Case(right + end, "", wd))
    # more request endings, the chain's してから, and the act asked about (ご利用しますか)
    more_asks = (("して下さい", "下さい"), ("していただけませんか", "いただけませんか"), ("していただければ幸いです", "いただければ幸いです"),
                 ("してくださいね", "くださいね"))
    for k, ((pre, w), (ask, right)) in enumerate(itertools.product(acts, more_asks)):
        if k % 2:
            continue
        actor = ("", "貴社の皆様には", "お客様には")[k % 3] if "いただ" in ask else ""
        bad.append(Case(f"{actor}{pre}{w}{ask}。", f"{pre}{w}{ask[:3]}", wd))
        good.append(Case(f"{actor}{pre}{w}{right}。", "", wd))
    for k, (pre, w) in enumerate(acts):
        nxt = ("、お申し込みください", "お手続きください", "、ご来店ください")[k % 3]
        bad.append(Case(f"{pre}{w}してから{nxt}。", f"{pre}{w}して", wd))
        good.append(Case(f"{pre}{w}いただいてから{nxt}。", "", wd))
        good.append(Case(f"{pre}{w}のうえ{nxt}。", "", wd))
    # the chain asked with いただく, for the customer's own acts (our ご説明して、ご理解いただければ is ours first)
    received = ("、受付でお名前をお伝えいただけますか", "、受付にお越しいただければ幸いです", "、ご返送いただきますようお願いいたします",
                "、係員にお声がけいただけませんか")
    own_acts = [("ご", w) for w in ("持参", "利用", "記入", "来店", "提出", "予約", "入力", "参加")]
    for k, ((pre, w), nxt) in enumerate(itertools.product(own_acts, received)):
        if k % 2:
            continue
        bad.append(Case(f"{pre}{w}して{nxt}。", f"{pre}{w}して", wd))
        good.append(Case(f"{pre}{w}のうえ{nxt}。", "", wd))
    for s in ("ご案内して、ご理解いただけるよう努めます。", "詳しくご説明して、ご理解いただければ幸いです。", "弊社からご連絡して、ご確認いただけますか。",
              "資料をお送りして、ご確認いただきたいと考えております。"):
        good.append(Case(s, "", wd))
    asked = (("しますか", "になりますか"), ("しましたか", "になりましたか"), ("しませんか", "になりませんか"))
    asked_acts = [("ご", w) for w in ("利用", "来店", "予約", "注文", "購入", "契約", "参加")] + [("お", "申し込み")]
    for k, ((pre, w), (form, right)) in enumerate(itertools.product(asked_acts, asked)):
        actor = ("", "お客様は", "田中様は")[k % 3]
        bad.append(Case(f"{actor}{pre}{w}{form}{('。', '？', '')[k % 3]}", f"{pre}{w}{form[:2]}", wd))
        good.append(Case(f"{actor}{pre}{w}{right}{('。', '？', '')[k % 3]}", "", wd))
    # (ours, offered or told: correct)
    for s in ("こちらでご予約しますか。", "弊社でご予約しました。", "担当者がご案内しますか。"):
        good.append(Case(s, "", wd))
    # what follows a told act: は, だけ, も
    for k, ((pre, w), (form, right)) in enumerate(itertools.product(told_acts, (
            ("したのは、旧プランです", "になったのは、旧プランです"), ("しただけで、ポイントが付きます", "になっただけで、ポイントが付きます"),
            ("した後も、変更できます", "になった後も、変更できます")))):
        if k % 2:
            continue
        who = people[k % len(people)]
        bad.append(Case(f"{who}{pre}{w}{form}。", f"{pre}{w}{form[:2]}", wd))
        good.append(Case(f"{who}{pre}{w}{right}。", "", wd))
    # a humble verb told of the customer named as who acts, in each form
    told_humble = (("参り", "いらっしゃい", "ます"), ("参り", "いらっしゃい", "ました"), ("参っ", "いらっしゃっ", "た"),
                   ("申し", "おっしゃい", "ました"), ("申し", "おっしゃっ", "ていた"), ("伺っ", "お聞きになっ", "た"),
                   ("伺い", "お聞きになり", "ました"), ("承っ", "お受けになっ", "た"), ("拝見し", "ご覧になっ", "た"),
                   ("拝借し", "お借りになっ", "た"), ("拝読し", "お読みになっ", "た"), ("拝見し", "ご覧になり", "ました"))
    subjects = ("お客様が", "田中様が", "ご本人様が", "貴社の皆様が", "貴社の部長の石原様が")
    for k, ((stem, right, c), who) in enumerate(itertools.product(told_humble, subjects)):
        follow = ("内容を確認いたしました", "件について、ご連絡いたします", "とおり、手続きを進めます")[k % 3]
        form = stem + c
        tail = "。" if c.endswith("ます") else follow + "。"
        if c == "ました":
            tail = "ので、確認いたしました。"
        bad.append(Case(f"{who}{form}{tail}", form, wd))
        good.append(Case(f"{who}{right}{c}{tail}", "", wd))
    for k, ((noun, right), c, who) in enumerate(itertools.product(
            (("確認", "確認なさ"), ("参加", "参加なさ"), ("予約", "予約なさ"), ("入力", "入力なさ"), ("変更", "変更なさ")),
            (("いたしました", "いました"), ("いたした", "った"), ("いたしたい", "りたい")), subjects[:3])):
        tail = "件について、ご連絡いたします。" if c[0] != "いたしました" else "ので、手続きを進めます。"
        bad.append(Case(f"{who}先日{noun}{c[0]}{tail}", f"{noun}{c[0]}", wd))
        good.append(Case(f"{who}先日{right}{c[1]}{tail}", "", wd))
    for k, (w, who) in enumerate(itertools.product(("お伺い", "お申し込み", "ご予約", "ご相談", "お問い合わせ"), subjects[:3])):
        bad.append(Case(f"{who}{w}したい場合は、お知らせください。", f"{w}したい", wd))
        good.append(Case(f"{who}{w}になりたい場合は、お知らせください。" if w != "お伺い" else f"{who}お聞きになりたい場合は、お知らせください。", "", wd))
    # ours, or the customer's thing: correct
    for s in ("詳しくは、窓口でお配りしている案内をご覧ください。", "受付でお渡ししている用紙にご記入ください。",
              "田中様は園芸にお詳しいと伺っております。", "当日は、弊社の取引先の西田様がご説明に伺います。",
              "お客様のご要望は承りました。", "お客様は、当日担当者が伺います。", "お客様には、ご不便をおかけいたしました。",
              "お客様のお名前を拝見しました。", "お客様からのご意見は拝見しました。", "お客様は当日、受付で本人確認いたします。",
              "田中様からのご依頼を承りました。", "田中様のお宅へ参ります。"):
        good.append(Case(s, "", wd))
    # さしあげる to the customer: ご案内してさしあげます (→ ご案内いたします)
    give = (("ご", "案内"), ("ご", "説明"), ("お", "送り"), ("お", "調べ"), ("ご", "用意"), ("お", "届け"))
    give_forms = (("してさしあげます", "いたします"), ("して差し上げます", "いたします"), ("してさしあげました", "いたしました"),
                  ("して差し上げましょうか", "いたしましょうか"), ("してさしあげたいと存じます", "いたしたく存じます"))
    for k, ((pre, w), (form, right)) in enumerate(itertools.product(give, give_forms)):
        who = ("", "担当者が", "私どもから")[k % 3]
        bad.append(Case(f"{who}{pre}{w}{form}。", f"{pre}{w}{form[:6]}", wd))
        good.append(Case(f"{who}{pre}{w}{right}。", "", wd))
    for k, (verb, right) in enumerate((("教えてさしあげます", "お教えいたします"), ("調べてさしあげます", "お調べいたします"),
                                       ("直してさしあげます", "お直しいたします"), ("送ってさしあげます", "お送りいたします"))):
        bad.append(Case(f"手順を{verb}。", verb[:-2], wd))
        good.append(Case(f"手順を{right}。", "", wd))
    # the customer's own giving to a third party, and a thing given: correct
    for s in ("お子様に絵本を読んでさしあげてください。", "ご家族にも教えてさしあげてください。", "後日、ご案内を差し上げます。",
              "改めてご連絡を差し上げます。", "担当者よりご連絡差し上げます。", "粗品を差し上げます。",
              "お客様が窓口でご相談いただいた件は、担当者がお調べいたします。"):
        good.append(Case(s, "", wd))
    return bad, good


# -- keigo/wrong-direction: honorific forms for our own side -------------------------------
OUR_ACTORS = ("担当者が", "弊社の佐藤が", "店長は", "私どもの担当が", "当店スタッフが", "係の者が", "上司が", "弊社の部長が")


def honorific_for_own() -> tuple[list[Case], list[Case]]:
    bad, good = [], []
    wd = ("keigo/wrong-direction",)
    forms = (
        ("明日ご自宅へいらっしゃいます", "いらっしゃいます", "明日ご自宅へ伺います"),
        ("本日は店舗にいらっしゃいません", "いらっしゃいません", "本日は店舗におりません"),
        ("そのようにおっしゃいました", "おっしゃいました", "そのように申しました"),
        ("そのようにおっしゃっていました", "おっしゃって", "そのように申しておりました"),
        ("詳しくご説明なさいます", "ご説明なさいます", "詳しくご説明いたします"),
        ("手続きをなさいました", "なさいました", "手続きをいたしました"),
        ("明日お越しになります", "お越しになります", "明日伺います"),
        ("お写真をご覧になりました", "ご覧になりました", "お写真を拝見しました"),
        ("夕方にお戻りになります", "お戻りになります", "夕方に戻ります"),
        ("先ほど資料をお読みになりました", "お読みになりました", "先ほど資料を拝読しました"),
        ("試食品を召し上がりました", "召し上がりました", "試食品をいただきました"),
        ("そのように申されておりました", "申され", "そのように申しておりました"),
        ("本日は外出されております", "外出され", "本日は外出しております"),
        ("当日ご説明されます", "ご説明されます", "当日ご説明いたします"),
        ("確認してくださいます", "くださいます", "確認いたします"),
        ("ご案内くださいました", "くださいました", "ご案内いたしました"),
        ("楽しみにしておられます", "おられ", "楽しみにしております"),
    )
    for k, ((s, core, right), who) in enumerate(itertools.product(forms, OUR_ACTORS)):
        if k % 2:
            continue
        follow = ("。", "ので、少々お待ちください。", "。")[k % 3]
        if follow != "。" and not s.endswith("ます"):
            follow = "。"
        bad.append(Case(f"{who}{s}{follow}", core, wd))
        good.append(Case(f"{who}{right}{follow}", "", wd))
    # the honorific れる on a plain verb, with one of ours named as such
    reru = (("確認されます", "確認いたします"), ("説明されました", "説明いたしました"), ("対応されて", "対応して"),
            ("夕方に戻られます", "夕方に戻ります"), ("資料を送られました", "資料を送りました"), ("会議に出席されます", "会議に出席いたします"),
            ("内容を調査されております", "内容を調査しております"), ("書類を作成された", "書類を作成した"))
    strong = ("担当者が", "弊社の小野が", "当店スタッフが", "私どもの担当が", "係の者が", "弊社の部長が", "私どもが", "サポート担当者は")
    for k, ((form, right), who) in enumerate(itertools.product(reru, strong)):
        if k % 2:
            continue
        follow = "、追ってご連絡いたします。" if form.endswith("て") else "ところ、問題はございませんでした。" if form.endswith("た") else "。"
        core = form[form.index("を") + 1:] if "を" in form else form[form.index("に") + 1:] if "に" in form else form
        bad.append(Case(f"{who}{form}{follow}", core, wd))
        good.append(Case(f"{who}{right}{follow}", "", wd))
    for k, (form, right) in enumerate(reru):
        bad.append(Case(f"山田が{form}。", form[-6:] if len(form) > 6 else form, wd, email_only=True))
        good.append(Case(f"山田が{right}。", "", wd, email_only=True))
    # the reader's, a third party's or a thing's: correct (an honorific, or a passive)
    for s in ("お客様が確認されます。", "田中様が会議に出席されます。", "先方の部長が出席されるそうです。", "物流部の部長が面接を担当されるそうです。",
              "不具合が確認されました。", "担当者が選ばれました。", "弊社の担当者がお客様に紹介されました。", "部長が夕方に戻られます。",
              "担当者から連絡されると思います。", "店長が上司に注意されました。", "担当者が明日来られます。",
              "弊社の製品が展示会で紹介されました。", "データは弊社のサーバーで管理されます。",
              # (our things, and our company chosen or named)
              "弊社のシステムが更新されました。", "当社の規約が変更されました。", "弊社のサービスは3月で終了されます。",
              "私どもの店舗が移転されました。", "弊社が選定されました。", "当社が採択されました。",
              "新しい担当者が決定されました。", "担当者が変更されました。", "弊社の担当者が追加されました。"):
        good.append(Case(s, "", wd))
    # one of ours given 様, raised again by the verb (弊社の部長の石原様が、…ご説明なさいます)
    for k, ((s_, core, right), who) in enumerate(itertools.product(forms[:11], ("弊社の部長の石原様が、", "当社の佐藤様は、"))):
        bad.append(Case(f"{who}{s_}。", core, wd))
    for who in ("貴社の部長の石原様が、", "弊社の取引先の西田様が、"):
        for s_ in ("当日の流れをご説明なさいます。", "そのようにおっしゃいました。", "明日ご来店になります。"):
            good.append(Case(who + s_, "", wd))
    # our company acting on something (を)
    for form, right in (("システムを開発されました", "システムを開発いたしました"), ("資料を送られました", "資料を送りました"),
                        ("サイトを運営されております", "サイトを運営しております")):
        bad.append(Case(f"弊社が{form}。", form[form.index("を") + 1:], wd))
        good.append(Case(f"弊社が{right}。", "", wd))
    # a name our signature and self-introduction give (山田)
    for k, (s, core, right) in enumerate(forms[:11]):
        bad.append(Case(f"山田が{s}。", core, wd, email_only=True))
        good.append(Case(f"山田が{right}。", "", wd, email_only=True))
    # the customer's side raised as it should be: correct
    for who in ("お客様が", "田中様が", "ご本人様が"):
        for s in ("明日ご来店になります。", "そのようにおっしゃいました。", "お写真をご覧になりました。", "店舗にいらっしゃいます。"):
            good.append(Case(who + s, "", wd))
    return bad, good


# -- keigo/wrong-direction: 様/さん on our own staff ---------------------------------------
def own_staff_titled() -> tuple[list[Case], list[Case]]:
    bad, good = [], []
    wd = ("keigo/wrong-direction",)
    names = ("石原", "佐藤", "鈴木", "山本")
    ours = ("弊社の部長の", "弊社の", "担当の", "店長の", "当店スタッフの", "私どもの", "弊社部長の", "弊社の担当者の",
            "当店店長の", "サポートセンターの")
    follows = ("が対応いたします", "からご連絡いたします", "より折り返しご連絡いたします", "に申し伝えます", "も同席いたします",
               "がご説明いたします")
    for k, (our, name, sfx, follow) in enumerate(itertools.product(ours, names, ("様", "さん"), follows)):
        if k % 4:
            continue
        bad.append(Case(f"{our}{name}{sfx}{follow}。", f"{name}{sfx}", wd))
        good.append(Case(f"{our}{name}{follow}。", "", wd))
    for k, (role, sfx) in enumerate(itertools.product(("担当者", "係員", "スタッフ", "上司", "店長"), ("様", "さん"))):
        bad.append(Case(f"弊社の{role}{sfx}から折り返しご連絡いたします。", f"{role}{sfx}", wd))
        good.append(Case(f"弊社の{role}から折り返しご連絡いたします。", "", wd))
    # theirs: correct
    for their in ("貴社の部長の", "御社の", "田中様の上司の", "先方の担当の", "取引先の店長の"):
        for name in names[:2]:
            good.append(Case(f"{their}{name}様にもよろしくお伝えください。", "", wd))
    return bad, good


# -- keigo/go-sareru ---------------------------------------------------------------------
def go_sareru() -> tuple[list[Case], list[Case]]:
    bad, good = [], []
    rules = ("keigo/go-sareru", "keigo/wrong-direction")
    acts = [("ご", w) for w in ("利用", "来店", "確認", "注文", "予約", "記入", "持参", "参加", "購入", "契約")] + \
        [("お", w) for w in ("申し込み", "待ち", "支払い", "受け取り", "買い求め")]
    forms = (("されます", "になります"), ("されました", "になりました"), ("される", "になる"), ("された", "になった"),
             ("されて", "になって"), ("されない", "にならない"), ("されたい", "になりたい"), ("されましたら", "になりましたら"),
             ("されませ", "くださいませ"))
    follow = {"されます": "か。", "されました": "か。", "される": "際は、ご連絡ください。", "された": "商品は、明日発送いたします。",
              "されて": "、お手続きください。", "されない": "場合は、お知らせください。", "されたい": "場合は、お知らせください。",
              "されましたら": "、お知らせください。", "されませ": "。"}
    who = ("お客様が", "田中様が", "ご本人様が", "", "貴社の皆様が")
    for k, ((pre, w), (form, right), actor) in enumerate(itertools.product(acts, forms, who)):
        if k % 4:
            continue
        if form == "されませ":
            actor = ""
        bad.append(Case(f"{actor}{pre}{w}{form}{follow[form]}", f"{pre}{w}{form}", rules))
        right_follow = follow[form] if form != "されませ" else "。"
        good.append(Case(f"{actor}{pre}{w}{right}{right_follow}", "", rules))
        if form in ("されます", "されました", "された", "される"):
            good.append(Case(f"{actor}{w}{form}{follow[form]}", "", rules))  # 利用されます: the honorific れる
    for k, ((pre, w), (form, right)) in enumerate(itertools.product(acts + [("お", "読み"), ("お", "使い"), ("お", "掛け")], (
            ("されたのは", "になったのは"), ("されても", "になっても"), ("されるだけで", "になるだけで")))):
        if k % 2:
            continue
        tail = {"されたのは": "、旧プランです。", "されても": "、料金は変わりません。", "されるだけで": "、ポイントが付きます。"}[form]
        bad.append(Case(f"{pre}{w}{form}{tail}", f"{pre}{w}{form[:3]}", rules))
        good.append(Case(f"{pre}{w}{right}{tail}", "", rules))
    for s in ("お休みされる場合は、ご連絡ください。", "お買い物された際は、レシートをお持ちください。"):
        good.append(Case(s, "", rules))
    return bad, good


# -- keigo/double-honorific ----------------------------------------------------------------
def double_honorific() -> tuple[list[Case], list[Case]]:
    bad, good = [], []
    dh = ("keigo/double-honorific",)
    cores = (  # (wrong stem, right stem, the godan-ra conjugations after them)
        ("おっしゃら", "おっしゃ"), ("いらっしゃら", "いらっしゃ"), ("召し上がら", "召し上が"), ("なさら", "なさ"),
        ("ご覧にな", "ご覧にな"), ("お越しにな", "お越しにな"), ("お帰りにな", "お帰りにな"), ("お読みにな", "お読みにな"),
        ("ご利用にな", "ご利用にな"), ("お召し上がりにな", "お召し上がりにな"), ("お受け取りにな", "お受け取りにな"),
        ("ご来店にな", "ご来店にな"), ("お待ちにな", "お待ちにな"), ("お考えにな", "お考えにな"), ("お使いにな", "お使いにな"),
        ("ご出席にな", "ご出席にな"), ("おいでにな", "おいでにな"))
    conj = (("れます", "ります", "います"), ("れました", "りました", "いました"), ("れる", "る", "る"), ("れた", "った", "った"),
            ("れて", "って", "って"), ("れない", "らない", "らない"), ("れましたら", "りましたら", "いましたら"),
            ("れたのは", "ったのは", "ったのは"), ("れても", "っても", "っても"), ("れるだけで", "るだけで", "るだけで"))
    follow = {"れます": "か。", "れました": "か。", "れる": "際は、受付へお声がけください。", "れた": "とおりです。",
              "れて": "ください。", "れない": "場合は、お知らせください。", "れましたら": "、お知らせください。",
              "れたのは": "、先週です。", "れても": "、構いません。", "れるだけで": "、十分です。"}
    for k, ((stem, right), (c, r_ra, r_i)) in enumerate(itertools.product(cores, conj)):
        wrong = (stem + "ら" if stem.endswith("にな") else stem) + c
        if stem.endswith("にな"):
            fixed = right + r_ra
        else:
            fixed = right + (r_i if right != "召し上が" else r_ra)
        actor = ("お客様が", "", "田中様が")[k % 3]
        bad.append(Case(f"{actor}{wrong}{follow[c]}", wrong, dh))
        good.append(Case(f"{actor}{fixed}{follow[c]}", "", dh))
    # お〜 and れる on one verb: お申し出られた (→ お申し出になった)
    for k, ((verb, stem), (c, r)) in enumerate(itertools.product(
            (("申し出", "申し出"), ("答え", "答え"), ("考え", "考え"), ("帰", "帰り"), ("出かけ", "出かけ"), ("見え", "見え")),
            (("られた件", "になった件"), ("られる際は", "になる際は"), ("られました", "になりました")))):
        wrong = f"お{verb}{'ら' if verb == '帰' else ''}{c if verb != '帰' else c[1:]}"
        tail = "、お知らせください。" if c.endswith("は") else "。" if c.endswith("た") and c.endswith("ました") else "について、お答えいたします。"
        bad.append(Case(f"お客様が{wrong}{tail}", wrong[:4], dh))
        good.append(Case(f"お客様がお{stem}{r}{tail}", "", dh))
    humble = (("拝見させていただき", "拝見し"), ("拝読させていただき", "拝読し"), ("拝聴させていただき", "拝聴し"),
              ("拝借させていただき", "拝借し"), ("伺わせていただき", "伺い"), ("お伺いさせていただき", "お伺いし"),
              ("申し上げさせていただき", "申し上げ"))
    for k, ((wrong, right), tail) in enumerate(itertools.product(humble, ("ます。", "ました。", "たく存じます。"))):
        if k % 3 == 2 and right.endswith("し"):  # (the request: 拝見させていただけますか -> 拝見してもよろしいですか)
            bad.append(Case(f"後日{wrong[:-1]}けますか。", wrong[:4], dh))
            bad.append(Case(f"先日{wrong[:-1]}いた資料です。", wrong[:4], dh))
            good.append(Case(f"先日{right}た資料です。", "", dh))
        if tail == "たく存じます。" and not right.endswith("し"):
            continue
        bad.append(Case(f"後日{wrong}{tail}", wrong[:4], dh))
        good.append(Case(f"後日{right}{tail}", "", dh))
    return bad, good


# -- keigo/sa-ire, keigo/ra-nuki -------------------------------------------------------------
def sa_ire() -> tuple[list[Case], list[Case]]:
    bad, good = [], []
    si = ("keigo/sa-ire",)
    verbs = (("読ま", "読ま"), ("行か", "行か"), ("休ま", "休ま"), ("帰ら", "帰ら"), ("使わ", "使わ"), ("送ら", "送ら"),
             ("書か", "書か"), ("待た", "待た"), ("作ら", "作ら"), ("言わ", "言わ"), ("取ら", "取ら"), ("伺わ", "伺わ"),
             ("やら", "やら"), ("頑張ら", "頑張ら"), ("歌わ", "歌わ"), ("撮ら", "撮ら"), ("泊まら", "泊まら"), ("座ら", "座ら"),
             ("飲ま", "飲ま"), ("選ば", "選ば"))
    tails = ("ていただきます。", "ていただきました。", "てください。", "てもらいます。", "ていただけますか。", "ていただいた件です。",
             "てもらえますか。", "ていただければ幸いです。", "ます。")
    for k, ((v, r), tail) in enumerate(itertools.product(verbs, tails)):
        if k % 2:
            continue
        bad.append(Case(f"本日は{v}させ{tail}", f"{v}させ", si))
        good.append(Case(f"本日は{r}せ{tail}", "", si))
    for s in ("内容を確認させていただきます。", "お写真を見させていただきます。", "食べさせていただきます。", "お話しさせていただきます。",
              "担当者に話させていただきます。", "ご連絡させていただきます。", "皆様を驚かせてしまいました。", "計画を遅らせていただきます。",
              "商品を届けさせていただきます。", "お客様を待たせてしまいました。"):
        good.append(Case(s, "", si))
    return bad, good


def ra_nuki() -> tuple[list[Case], list[Case]]:
    bad, good = [], []
    rn = ("keigo/ra-nuki",)
    verbs = (("見", "見"), ("来", "来"), ("食べ", "食べ"), ("出", "出"), ("寝", "寝"), ("着", "着"), ("考え", "考え"),
             ("決め", "決め"), ("受け", "受け"), ("借り", "借り"), ("起き", "起き"), ("信じ", "信じ"), ("変え", "変え"),
             ("止め", "止め"), ("続け", "続け"), ("こ", "こ"), ("答え", "答え"), ("覚え", "覚え"), ("降り", "降り"),
             ("浴び", "浴び"), ("辞め", "辞め"), ("迎え", "迎え"), ("教え", "教え"), ("調べ", "調べ"), ("集め", "集め"))
    conj = ("れます", "れません", "れました", "れる", "れない", "れなかった", "れて", "れれば", "れず", "れそう", "れるよう")
    follow = {"れます": "か。", "れません": "。", "れました": "。", "れる": "方は、お知らせください。", "れない": "場合は、ご連絡ください。",
              "れなかった": "場合は、ご連絡ください。", "れて": "よかったです。", "れれば": "幸いです。", "れず": "、申し訳ございません。",
              "れそう": "ですか。", "れるよう": "、準備いたします。"}
    for k, ((v, r), c) in enumerate(itertools.product(verbs, conj)):
        if k % 2 or v == "こ" and c.startswith(("れな", "れそう")):
            continue  # (こ|れなかった, こ|れそう: the dictionary reads これ, the pronoun; no word tells them apart)
        bad.append(Case(f"明日は{v}{c}{follow[c]}", f"{v}{c[:1]}", rn))
        good.append(Case(f"明日は{r}ら{c}{follow[c]}", "", rn))
    for s in ("明日は帰れますか。", "明日は取れます。", "書類を入れます。", "忘れないでください。", "明日は晴れます。",
              "そうかもしれません。", "分かれて座ります。", "これまでのご利用ありがとうございます。", "これから伺います。",
              "恐れ入りますが、お待ちください。", "生まれた年をご記入ください。"):
        good.append(Case(s, "", rn))
    return bad, good


# -- keigo/wrong-direction: the humble お/ご〜する done again (し直す), asked of the customer -------
REDO_ACTS = (("お", "取り"), ("お", "申し込み"), ("お", "送り"), ("お", "書き"), ("お", "支払い"), ("ご", "予約"), ("ご", "入力"),
             ("ご", "記入"), ("ご", "登録"), ("ご", "注文"), ("ご", "申請"))
REDO_ASKS = (("し直してください", "ください"), ("し直してくださいませ", "くださいませ"), ("し直していただけますか", "いただけますか"),
             ("し直していただけますでしょうか", "いただけますでしょうか"))
REDO_LEADS = ("", "お手数ですが、", "再度のご受診をご希望の場合は、お電話にてご予約を", "恐れ入りますが、もう一度")


def humble_redo() -> tuple[list[Case], list[Case]]:
    bad, good = [], []
    wd = ("keigo/wrong-direction",)
    for k, ((pre, w), (ask, right), lead) in enumerate(itertools.product(REDO_ACTS, REDO_ASKS, REDO_LEADS)):
        if lead.endswith("ご予約を") and w != "取り":
            continue
        end = _ends(k)
        bad.append(Case(f"{lead}{pre}{w}{ask}{end}", f"{pre}{w}{ask[:3]}", wd))
        # (改めてお取りください, or the plain verb done again: 取り直してください, 予約し直してください)
        good.append(Case(f"{lead}改めて{pre}{w}{right}{end}", "", wd))
        plain = w + ask[1:] if pre == "お" and w == "取り" else w + ask
        good.append(Case(f"{lead}{plain}{end}", "", wd))
    # our own act done again, humble and right: こちらでお取りし直します / ご予約をお取りし直しました
    for k, (pre, w) in enumerate(REDO_ACTS):
        good.append(Case(f"こちらで{pre}{w}し直しいたします{_ends(k)}", "", wd))
        good.append(Case(f"担当者が{pre}{w}し直しました{_ends(k)}", "", wd))
    return bad, good


FAMILIES = {
    "humble-for-customer": humble_for_customer,
    "humble-redo": humble_redo,
    "honorific-for-own": honorific_for_own,
    "own-staff-titled": own_staff_titled,
    "go-sareru": go_sareru,
    "double-honorific": double_honorific,
    "sa-ire": sa_ire,
    "ra-nuki": ra_nuki,
}


def reach(linter, family: str) -> tuple[list[str], list[str], int, int]:
    """(misses, false alarms, invalid count, valid count) of a family."""
    bad, good = FAMILIES[family]()
    misses, falses = [], []
    for k, c in enumerate(bad):
        channel, text, off = framed(k, c.sentence, c.email_only)
        a = off + c.sentence.index(c.core)
        b = a + len(c.core)
        hits = [f for f in linter.lint(text, channel).findings if f.rule in c.rules and f.start < b and a < f.end]
        if not hits:
            misses.append(f"[{channel}] {c.sentence}")
    for k, c in enumerate(good):
        channel, text, off = framed(k, c.sentence, c.email_only)
        hits = [f for f in linter.lint(text, channel).findings
                if f.rule in c.rules and f.start >= off and f.end <= off + len(c.sentence)]
        if hits:
            falses.append(f"[{channel}] {c.sentence} -> {[(h.rule, text[h.start:h.end]) for h in hits]}")
    return misses, falses, len(bad), len(good)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_reach(linter, family):
    misses, falses, _, _ = reach(linter, family)
    assert not misses and not falses, "\n".join(["missed:"] + misses + ["false:"] + falses)


if __name__ == "__main__":
    import sys

    backend = sys.argv[1] if len(sys.argv) > 1 else "fugashi"
    only = sys.argv[2:] or sorted(FAMILIES)
    lt = replylint.get_linter({"tokenizer": backend})
    for fam in only:
        m, f, nb, ng = reach(lt, fam)
        print(f"family {fam}: {nb - len(m)}/{nb} found, {len(f)}/{ng} false")
        for x in m:
            print("  MISS", x)
        for x in f:
            print("  FALSE", x)
