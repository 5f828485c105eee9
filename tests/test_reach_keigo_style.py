"""The reach of the keigo families of register and manual speech, measured by generators.

Each family is a product of small tables: who or what (with and without a particle or 、), the
core form in its spellings and conjugations, what follows it, and the channel's frame (a mail
with its greeting and closing, a chat turn, a post). Every reply of the invalid product must be
found by the family's rule at the form's span; every reply of the parallel valid product (the
same words in their correct form, or a real use of the same words) must stay silent for that rule.
One test per family: the failures are collected and shown together.

Run as a script (python tests/test_reach_keigo_style.py) to print each family's reach.
"""

from __future__ import annotations

import itertools

import pytest

FRAMES = {
    "email": ("山田 花子 様\n\nお問い合わせいただき、ありがとうございます。\nみどり商店 サポート担当の佐藤です。\n\n{}\n\n"
              "ご不明な点がございましたら、お気軽にお問い合わせください。\n今後ともよろしくお願いいたします。\n\n"
              "みどり商店 サポート担当\n佐藤 健\n"),
    "chat": "お問い合わせありがとうございます。サポートの佐藤です。\n{}\nほかにご不明な点はございますか。",
    "sns": "コメントありがとうございます！{}",
}


def _framed(cases, channels=("email", "chat", "sns")):
    """(channel, text, offset of the span, span) for each (body, span) in each frame; span None for
    a valid case. The span is looked for from `lead`: the body's part before the form."""
    for (body, span), ch in itertools.product(cases, channels):
        frame = FRAMES[ch]
        text = frame.format(body)
        at = frame.index("{}") + (body.index(span) if span else 0)
        yield ch, text, at, span


def _failures(linter, rule, cases, want: bool, channels=("email", "chat", "sns")):
    out = []
    for ch, text, at, span in _framed(cases, channels):
        hits = [f for f in linter.lint(text, ch).findings if f.rule == rule]
        if want:
            if not any(f.start < at + len(span) and f.end > at for f in hits):
                out.append(f"[{ch}] missed 「{span}」: {text[max(0, at - 30):at + len(span) + 15]!r}"
                           + (f" (found {[text[f.start:f.end] for f in hits]})" if hits else ""))
        elif hits:
            out.append(f"[{ch}] false {[text[f.start:f.end] for f in hits]}: {text!r}")
    return out


# -- keigo/baito ------------------------------------------------------------------------
# なります standing for です after a noun phrase, a price or number, a na-adjective, a plan (予定),
# a form of doing (〜いただく形), and the other manual phrases of the family.
_PRICES = ("3,300円", "1万2,000円", "2,200円（税込）", "500円")
_PRICE_SUBJECTS = ("こちら", "こちら、", "こちらが", "こちらの商品は", "ご注文の商品は、", "お会計は", "合計", "送料は")
_THINGS = (("こちらが", "最新版"), ("添付の画像が", "来月の授業予定表"), ("お問い合わせ番号は", "A-1234"),
           ("添付のファイルが", "11月分の請求書"), ("返品先は、", "伝票に記載の住所"), ("こちら、", "受付番号"))
_PLANS = ("発送は明日の予定", "お届けは3日後の予定", "次回の入荷は来月の予定", "工事は10日の午前中の予定")
_ALL_RIGHT_LEADS = ("受付でお伝えいただければ", "そのままお持ちいただいて", "はい、", "こちらのままで", "印鑑はなくても",
                    "ご予約なしでも", "明日のご来店でも")
# (〜という形: the manual's roundabout form; a verb before 形, ご返品いただく形になります / お入れする形に
# なります, is left alone: the dev sets' writers split on it, four leave it clean against three)
_KATACHI = ("受付後のご返金という形", "代替品のご用意という形", "現地でのお支払いというかたち", "後日の発行という形")
_KATACHI_ENDS = ("になります", "となります", "になっております", "になりますので、ご了承ください")
_HOU = (("お支払いのほう", "は、カードでお願いいたします。"), ("ご確認のほう", "よろしくお願いいたします。"),
        ("お名前のほう", "、フルネームでお願いいたします。"), ("ご予約のほう", "を承りました。"),
        ("商品のほう", "は本日発送いたしました。"), ("書類のほう", "をご返送ください。"),
        ("お支払い方法のほう", "で、クレジットカードをお選びください。"),
        ("「ソフトウェア更新」のほう", "へお進みください。"), ("「設定」のほう", "からご変更ください。"))
_YOROSHIKATTA = ("ご注文は以上でよろしかったでしょうか", "こちらの内容でよろしかったですか", "お届け先はご自宅でよろしかったでしょうか",
                 "お受け取りは店頭で宜しかったでしょうか", "お支払いは一括でよろしかったですか")
_AZUKARI = ("1万円からお預かりします", "10,000円からお預かりいたします", "5千円からお預かりします", "一万円からお預かりいたします",
            "5,000円からお預かりいたします")
_THING_SAMA = ("お名前様", "ご住所様", "お電話番号様", "ご連絡先様")
_ENDS = ("。", "！", "ので、ご確認ください。")


def baito_invalid():
    cases = []
    for subj, price, end in itertools.product(_PRICE_SUBJECTS, _PRICES, ("。", "！")):
        cases.append((f"{subj}{price}になります{end}", f"{price}になります"))
    for (subj, thing), end in itertools.product(_THINGS, _ENDS):
        cases.append((f"{subj}{thing}になります{end}", f"{thing}になります"))
    for plan, end in itertools.product(_PLANS, _ENDS):
        cases.append((f"{plan}になります{end}", "予定になります"))
    for lead, end in itertools.product(_ALL_RIGHT_LEADS, ("。", "！", "😊", "ので、ご安心ください。")):
        cases.append((f"{lead}大丈夫になります{end}", "大丈夫になります"))
    for form, naru in itertools.product(_KATACHI, _KATACHI_ENDS):
        cases.append((f"{form}{naru}。", "という"))
    for (hou, after) in _HOU:
        cases.append((f"{hou}{after}", hou))
    for q, end in itertools.product(_YOROSHIKATTA, ("。", "？", "?")):
        cases.append((f"{q}{end}", "よろしかった" if "よろしかった" in q else "宜しかった"))
    for a in _AZUKARI:
        cases.append((f"{a}。", a.split("から")[0]))
    for sama, after in itertools.product(_THING_SAMA, ("をご記入ください。", "の確認をお願いいたします。")):
        cases.append((f"{sama}{after}", sama))
    return cases


def baito_valid():
    return [(b, None) for b in (
        # (a sum that amounts to it: 合計で / 全部で, なる of adding up)
        "合計で3,300円になります。", "全部で4点になります。",
        "こちら3,300円です。", "こちらの商品は1万2,000円です。", "お会計は2,200円（税込）でございます。", "送料は500円です。",
        "来月から月額3,500円になります。", "4月以降は送料が無料になります。", "お手荷物は20kgまで無料になります。",
        "日程が変更になります。", "明日は臨時休業になります。", "台風の影響で、明日の便は欠航になります。",
        "4月から私が新しく担当になりました。", "新しいパスワードは明日から有効になります。",
        "右のほうにございます。", "駅のほうへお進みください。", "こちらの方がご案内いたします。",
        "電話よりメールのほうが早く届きます。", "お振込みのほうが手数料はお安くなります。",
        "アプリを更新すると、ご利用いただけるようになります。", "後日あらためてご連絡することになります。",
        "全額返金の対象になります。", "受付でお伝えいただければ大丈夫です。", "そのままお持ちいただいて大丈夫です。",
        "ご注文は以上でよろしいでしょうか。", "1万円をお預かりします。", "お名前をご記入ください。",
        "今後の作業の妨げになりますので、ご注意ください。", "ご参考になりましたら幸いです。",
        "添付の画像が、来月の授業予定表です。", "発送は明日の予定です。", "当日窓口でお支払いください。",
        "ご返金は、受付後5営業日以内にお振込みいたします。", "大きな荷物は粗大ごみになります。",
        "お申し込みが完了すると、会員価格になります。", "夜になりますと、混み合います。",
        "お客様は明日ご来店になります。", "ご希望の色は在庫切れになっております。",
        # (the reader's step in a procedure, said as the form it takes: most writers leave it)
        "いったんご返品いただく形となります。", "ビル5階の受付にお越しいただく形となります。",
        "次回のお届けは今週金曜なので、少し急ぎになりますが、よろしいでしょうか。", "丸い形になります。",
    )]


def test_baito_reach(linter):
    fails = _failures(linter, "keigo/baito", baito_invalid(), True) \
        + _failures(linter, "keigo/baito", baito_valid(), False)
    assert not fails, "\n".join(fails)


# -- keigo/casual -----------------------------------------------------------------------
# Casual speech slipping into a reply: a sentence-final particle on a plain form (a て-form
# request: また連絡してね; a plain predicate: 一番下にあるよ, 大丈夫だよ, 便利じゃん, できるかな？),
# contracted forms (〜ちゃう, 〜しといて, 〜てる), casual words (マジ, オッケー, ちょっと待ってて).
_TE_REQUESTS = ("連絡して", "来て", "見て", "確認して", "待ってて", "教えて", "試してみて", "聞いて", "ご連絡して")
_TE_PARTICLES = ("ね", "ね〜", "ねー", "よ", "")
_PLAIN_PARTICLE = (("一番下にある", "よ"), ("明日届く", "よ"), ("今日は休みだ", "よ"), ("それで大丈夫だ", "よ"),
                   ("こちらがおすすめだ", "よ"), ("もう発送した", "よ"), ("まだ届いていない", "よ"), ("それで合っている", "よ"),
                   ("とても便利だ", "ね"), ("無料で使える", "よね"), ("明日なら空いている", "かな"), ("すぐ直る", "かな"),
                   ("それならできる", "じゃん"), ("予約は取れた", "よ"), ("それは困る", "よね"))
_CONTRACTED = (("アプリを入れ直しちゃう", "入れ直しちゃう"), ("予約を消しちゃいました", "消しちゃいました"),
               ("先に申し込んじゃってください", "申し込んじゃって"), ("設定を変えといてください", "変えといて"),
               ("ちょっと待っててください", "待ってて"), ("もう届いてます", "届いてます"), ("すぐ確認しときます", "確認しとき"))
_WORDS = (("マジで助かります", "マジで"), ("オッケーです", "オッケー"), ("了解っす", "っす"), ("それで大丈夫っす", "っす"),
          ("めっちゃ人気です", "めっちゃ"), ("かしこまりです", "かしこまりです"))


def casual_invalid():
    cases = []
    for (verb, part), (lead, end) in itertools.product(itertools.product(_TE_REQUESTS, _TE_PARTICLES),
                                                       (("また", "。"), ("ぜひ", "！"), ("", "♪"), ("", ""))):
        if part or end:  # (a bare て-form with nothing after it may be a heading or a cut line)
            cases.append((f"{lead}{verb}{part}{end}", f"{verb}{part}"))
    for (pred, part), end in itertools.product(_PLAIN_PARTICLE, ("。", "！", "？", "〜")):
        cases.append((f"{pred}{part}{end}", f"{pred[-2:]}{part}"))
    for body, span in _CONTRACTED + _WORDS:
        cases.append((f"{body}。", span))
    return cases


def casual_valid():
    return [(b, None) for b in (
        "明日にはお届けできそうですね！", "こちらがおすすめですよ。", "お届けまで少々お待ちくださいね。", "また連絡してください。",
        "またご連絡くださいね。", "ぜひ来てくださいね！", "一番下にございます。", "明日届きますよ！", "ぜひお試しくださいね♪",
        "それで大丈夫ですよ。", "とても便利ですね。", "明日なら空いているかと思います。", "それならできるかもしれません。",
        "ご予約は取れております。", "お待ちしていますね！", "素敵なお写真ですね！", "画面に「ちょっと待ってね」と表示された場合は、"
        "再読み込みしてください。", "「また連絡してね」というメッセージが届いた場合は、そのままお待ちください。",
        "ご確認をお願いいたします。", "お気軽にお問い合わせくださいね。", "見ていただけると嬉しいです！",
        "何かあればいつでもご連絡ください！", "楽しんでいただけたようで、うれしいです。", "ありがとうございます！助かります。",
        "どうぞお気をつけて。", "道中お気をつけてお越しください！", "お大事にしてくださいね。", "お世話になりまして。",
    )]


def test_casual_reach(linter):
    fails = _failures(linter, "keigo/casual", casual_invalid(), True) \
        + _failures(linter, "keigo/casual", casual_valid(), False)
    assert not fails, "\n".join(fails)


# いっぱい of many (いっぱいご用意 / いっぱいの), which the written reply says たくさん, and いっぱい of
# being full, a predicate after が or で in any tense and politeness (胸がいっぱいでした / 予約で
# いっぱいだった / 不安な気持ちでいっぱいだったとお察しします), which is written Japanese.
_FULL_OF = ("胸が", "予約で", "席が", "駐車場が", "不安な気持ちで", "申し訳ない気持ちで", "感謝の気持ちで", "会場は参加者で")
_FULL_ENDS = ("です", "でした", "だった", "だったと存じます", "だったことと思います", "でございます", "でございました",
              "になりました", "になっております", "でしょう", "だろうと思います", "で、")
_MANY = (("新商品をいっぱいご用意しました", "いっぱい"), ("お花がいっぱい届きました", "いっぱい"),
         ("いっぱいのご応募をいただきました", "いっぱい"), ("ご質問をいっぱいいただいております", "いっぱい"))


def ippai_invalid():
    return [(f"{body}。", span) for body, span in _MANY]


def ippai_valid():
    out = []
    for subject, end in itertools.product(_FULL_OF, _FULL_ENDS):
        tail = "ご案内はのちほどいたします。" if end.endswith("、") else "。"
        out.append((f"{subject}いっぱい{end}{tail}", None))
    return out


def test_casual_ippai_reach(linter):
    fails = _failures(linter, "keigo/casual", ippai_invalid(), True) \
        + _failures(linter, "keigo/casual", ippai_valid(), False)
    assert not fails, "\n".join(fails)


def test_casual_quoted_customer_lines_stay_silent(linter):
    text = ("山田 花子 様\n\nお問い合わせいただき、ありがとうございます。\nみどり商店の佐藤です。\n\n"
            "> 届いた箱がつぶれてたよ。また連絡してね！マジで困ってる\n\n"
            "ご不便をおかけして申し訳ございません。交換品を本日発送いたしました。\n\n"
            "ご不明な点がございましたら、お気軽にお問い合わせください。\n\nみどり商店\n佐藤 健\n")
    assert [f for f in linter.lint(text, "email").findings if f.rule == "keigo/casual"] == []


# -- keigo/mixed-style ------------------------------------------------------------------
# A plain ending (だ / である / であった / だった / ではない / a verb's or adjective's plain form,
# 〜すること as an order) in a です・ます reply; headings, list fragments and quotations stay silent.
_PLAIN_SUBJECTS = ("その商品は", "その商品は、", "ご注文の品は", "")
_PLAIN_PREDICATES = (("限定品", "だ"), ("限定品", "である"), ("限定品", "だった"), ("限定品", "であった"), ("限定品", "ではない"),
                     ("限定品", "ではなかった"), ("明日発送", "する"), ("昨日発送", "した"), ("まだ発送", "していない"),
                     ("倉庫で保管", "している"), ("在庫が少な", "い"), ("入荷が遅", "かった"), ("店頭では販売", "しない"))
_PLAIN_AFTER = ("。", "！", "（詳しくは添付をご覧ください）。")
# orders given as 〜すること, and plain sentences of their own in brackets
_PLAIN_MORE = (("教習手帳を忘れずに持参すること。", "持参すること"), ("期限までに必ず申し込むこと。", "申し込むこと"),
               ("当日は遅れないこと！", "遅れないこと"), ("受講できるのは2時限までだ（詳しくは添付をご覧ください）。", "2時限までだ"),
               ("ご注文を承りました。\n（なお、送料は無料である。）", "無料である"),
               ("参加は無料であるが、観覧券が必要です。", None))
# a list item that is a full sentence in the plain style (a noun with だ / である and a full stop),
# under each marker; steps, orders and labels in items stay fragments (mixed_valid)
_ITEM_MARKERS = ("・", "1. ", "① ", "- ", "■")
_ITEM_SENTENCES = (("第1段階では、1日に受講できるのは2時限までだ。", "2時限までだ"), ("参加は無料である。", "無料である"),
                   ("その商品は限定品だった。", "限定品だった"), ("原因は通信環境ではない。", "環境ではない"))


def mixed_invalid():
    cases = []
    for subj, (head, end), after in itertools.product(_PLAIN_SUBJECTS, _PLAIN_PREDICATES, _PLAIN_AFTER):
        cases.append((f"{subj}{head}{end}{after}", head[-2:] + end))
    cases += [(b, span) for b, span in _PLAIN_MORE if span]
    for mark, (item, span) in itertools.product(_ITEM_MARKERS, _ITEM_SENTENCES):
        cases.append((f"ご質問の件は次のとおりです。\n{mark}{item}\n{mark}詳しくは窓口でご案内します。", span))
    return cases


def mixed_valid():
    return [(b, None) for b in (
        "受講できるのは2時限までです。", "その商品は限定品です。", "原因は通信環境でした。", "その件は保証の対象ではありません。",
        "参加は無料ですが、観覧券が必要です。", "教習手帳を忘れずにご持参ください。", "当日は遅れないようお願いいたします。",
        "料金は無料であると規約に定められています。", "限定品であるため、再入荷の予定はございません。",
        "次の手順をお試しください。\n\n1. 設定画面を開く\n2. 「保存」を押す\n\n保存後に反映されます。",
        "持ち物は次のとおりです。\n・教習手帳を持参すること\n・眼鏡を忘れないこと\n以上をご確認ください。",
        "■ 料金について\n料金は3,300円です。", "画面に「処理が完了した」と表示されれば、手続きは完了です。",
        "このエラーは「接続が切れた」という意味です。", "ご注文内容：ブレンドコーヒー 2点\nお届け予定：5月10日",
        "ご注文のとおり手配いたしました（発送は明日の予定です）。", "どうぞお気をつけてお越しください。",
        "ご注文を承りました。\n（なお、送料は無料です。）", "その商品は限定品であるため、再入荷の予定はございません。",
        "ご注文の商品は本日出荷しております。※返金額を確認してから送信すること※", "※当日は印鑑を持参すること。",
        "ご請求金額は61,270円です。\n（※部品代、工場長に再確認してから送ること。）",
        *(f"手順は次のとおりです。\n{m}設定画面を開く。\n{m}教習手帳を持参すること。\n{m}料金：3,300円\n{m}送料は無料\n"
          "以上をご確認ください。" for m in _ITEM_MARKERS),
        "ご不明な点は、担当者に確認のうえご連絡いたします（お問い合わせ番号：A-1234）。", "詳しくは、添付の資料をご覧ください（PDF）。",
        "お伝えしたとおり、明日発送いたします。", "ご案内のとおりとのことです。", "当日はお気をつけてお越しください（駐車場あり）。",
    )]


def test_mixed_style_reach(linter):
    fails = _failures(linter, "keigo/mixed-style", mixed_invalid(), True) \
        + _failures(linter, "keigo/mixed-style", mixed_valid(), False)
    assert not fails, "\n".join(fails)


# -- keigo/sasete-itadaku-overuse -------------------------------------------------------
_SASETE = ("確認させていただいて", "発送させていただく", "ご連絡させていただきます", "ご案内させて頂きます", "返金させていただきました",
           "担当させていただきます", "お送りさせていただきます", "ご報告させていただきます")


_SASETE_TE = ("確認させていただいて", "お調べさせて頂いて", "確認させていただきまして")
_SASETE_BEFORE = ("発送させていただく", "お送りさせて頂く", "ご返金させていただく")
_SASETE_LAST = ("ご連絡させていただきます", "ご案内させて頂きます", "ご報告させていただきました", "お電話させていただきます",
                "ご連絡させて戴きます", "ご案内させていただければと存じます", "ご報告させていただいた次第です")


def sasete_invalid():
    cases = []
    # three in one sentence: the third is found
    for a, b, c in itertools.product(_SASETE_TE, _SASETE_BEFORE, _SASETE_LAST):
        cases.append((f"{a}から、{b}前に、{c}。" if a.endswith("て") else f"{a}、{b}前に、{c}。", c))
    # a routine act of our own asks no permission
    for act in ("ご連絡させていただきます", "ご案内させて頂きます", "お送りさせていただきます", "ご報告させていただきます",
                "発送させていただきます", "ご返信させていただきます"):
        cases.append((f"結果は明日{act}。", act))
    return cases


def sasete_valid():
    return [(b, None) for b in (
        "ご希望により、ご注文をキャンセルさせていただきました。", "誠に勝手ながら、明日は休業させていただきます。",
        "ご了承いただけましたので、交換させていただきます。", "結果は明日ご連絡いたします。", "本日発送いたしました。",
        "お言葉に甘えて、もう一日お時間をいただきます。", "確認させていただき、明日ご連絡いたします。",
    )]


def test_sasete_itadaku_reach(linter):
    fails = _failures(linter, "keigo/sasete-itadaku-overuse", sasete_invalid(), True) \
        + _failures(linter, "keigo/sasete-itadaku-overuse", sasete_valid(), False)
    assert not fails, "\n".join(fails)


# 〜中になります for 〜中です: a state going on (検討中, 確認中, 対応中, 準備中 …), said with なります as if
# it turned into it; a change said with its time (来月から工事中になります), 変更になります and
# 担当になります, and 中 of a word (中心, 途中) stay silent.
_CHU_NOUNS = ("検討中", "確認中", "対応中", "調査中", "準備中", "手配中", "調整中", "発送準備中", "メンテナンス中", "審査中",
              "入荷待ち", "在庫切れ")
_CHU_LEADS = ("現在、開発のほうで対応を", "ご質問の件は、現在", "お問い合わせの商品は、ただいま", "", "オフライン環境での利用は、現在")
_CHU_ENDS = ("になります。", "になります！", "になりますので、今しばらくお待ちください。", "になっております。")


def baito_chu_invalid():
    cases = []
    for noun, lead, end in itertools.product(_CHU_NOUNS[:10], _CHU_LEADS, _CHU_ENDS[:3]):
        if lead.endswith("を") and noun not in ("検討中", "確認中", "調査中", "調整中", "手配中", "準備中"):
            continue
        cases.append((f"{lead}{noun}{end}", f"{noun}になります"))
    return cases


def baito_chu_valid():
    return [(b, None) for b in (
        "現在、開発部で対応を検討中です。", "ご質問の件は、現在確認中でございます。", "来月から店内は改装工事中になります。",
        "明日から3日間、システムはメンテナンス中になります。", "日程が変更になります。", "4月から私が担当になります。",
        "冬のあいだは大根や白菜が中心になります。", "作業の途中になりますが、本日はここまでといたします。",
        "4月以降は、営業時間中のみのご対応になります。",
        "商品は現在、在庫切れとなっております。", "お申し込みは受付中です。")]


def test_baito_chu_reach(linter):
    fails = _failures(linter, "keigo/baito", baito_chu_invalid(), True) \
        + _failures(linter, "keigo/baito", baito_chu_valid(), False)
    assert not fails, f"{len(fails)} failures\n" + "\n".join(fails[:60])


# 了解 to a customer: with its endings (了解しました, 了解です, 了解いたしました), and alone as a reply
# of its own (了解！, 了解。, はい、了解です); ご了解, 了解を得る, 了解済み, a 「了解」 quoted stay silent.
_RYOKAI = ("了解", "了解です", "了解しました", "了解いたしました", "了解致しました", "了解します")
_RYOKAI_LEADS = ("", "はい、", "ご依頼の件、", "お届け日の変更、")
_RYOKAI_ENDS = ("！", "!", "。", "、明日発送いたします。", "😊", "〜", " 明日発送いたします。")


def baito_ryokai_invalid():
    cases = []
    for word, lead, end in itertools.product(_RYOKAI, _RYOKAI_LEADS, _RYOKAI_ENDS):
        cases.append((f"{lead}{word}{end}オープンキャンパスの予約はHPからできます。", word))
    return cases


def baito_ryokai_valid():
    return [(b, None) for b in (
        "承知しました！オープンキャンパスの予約はHPからできます。", "かしこまりました。明日発送いたします。",
        "恐れ入りますが、ご了解ください。", "この条件でご了解いただけますでしょうか。", "ご家族の了解を得たうえで、お申し込みください。",
        "所有者の了解なしに、作業はできません。", "了解済みの内容から、手続きを進めます。", "メールに「了解」とだけご返信いただければ結構です。",
        "先日ご了解いただいた内容で手続きを進めます。", "管理会社の了解が必要です。", "了解事項は、契約書の第5条にございます。")]


def test_baito_ryokai_reach(linter):
    fails = _failures(linter, "keigo/baito", baito_ryokai_invalid(), True) \
        + _failures(linter, "keigo/baito", baito_ryokai_valid(), False)
    assert not fails, f"{len(fails)} failures\n" + "\n".join(fails[:60])


FAMILIES = {
    "keigo/baito": (baito_invalid, baito_valid),
    "keigo/baito:chu": (baito_chu_invalid, baito_chu_valid),
    "keigo/baito:ryokai": (baito_ryokai_invalid, baito_ryokai_valid),
    "keigo/casual": (casual_invalid, casual_valid),
    "keigo/mixed-style": (mixed_invalid, mixed_valid),
    "keigo/sasete-itadaku-overuse": (sasete_invalid, sasete_valid),
}


if __name__ == "__main__":
    import sys

    import replylint
    from replylint.tokenize import BACKENDS

    show = "-v" in sys.argv
    for backend in BACKENDS:
        linter = replylint.get_linter({"tokenizer": backend})
        for rule, (inv, val) in FAMILIES.items():
            bad, good = inv(), val()
            miss = _failures(linter, rule.split(":")[0], bad, True)  # (a family's second generator: keigo/baito:chu)
            false = _failures(linter, rule.split(":")[0], good, False)
            n_bad, n_good = 3 * len(bad), 3 * len(good)
            print(f"{backend:8} {rule:30} found {n_bad - len(miss)}/{n_bad}, false {len(false)}/{n_good}")
            if show:
                for line in (miss + false):
                    print("   ", line)
