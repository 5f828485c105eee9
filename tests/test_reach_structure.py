"""The reach of the structure families (greeting/*, closing/*), measured by generators.

Each family's parts are composed as a product of tables: the channel frame (email, chat, SNS),
the addressee, the header block above it (subject, date, 文書形式 sender lines), the opening in
each of its families and politeness levels, the writer's introduction before or after it, the
offer of further help, the closing line, the signature. Good replies built so must leave every
structure rule silent; the same replies with one part removed (the opening, the addressee, the
closing, the offer, the signature, a 頭語 or 結語) or with a sign-off of talk must be found by
the family's rule. The tables are not cycled in full: each row of the largest table is paired
with the next row of each other table in turn (a Latin walk), so that every row of every table
is met, in several companies, in a few hundred replies per family. Some replies wrap their long
sentences onto the next line after a comma, as business mails often do.

    .venv/bin/python tests/test_reach_structure.py      # prints each family's reach
"""

from __future__ import annotations

from itertools import cycle

import replylint

STRUCTURE = ("greeting/", "closing/")

# -- the tables ---------------------------------------------------------------------------------

ADDRESSEES = [
    "株式会社みなと商事\n総務部 山田様",
    "株式会社みなと商事 総務部 山田様",
    "山田太郎様",
    "山田 太郎 様",
    "山田様",
    "ご担当者様",
    "株式会社みなと商事\nご担当者様",
    "株式会社みなと商事 御中",
    "みなと商事株式会社\n経理部 御中",
    "お取引先各位",
    "お客様各位",
    "株式会社みなと商事\n購買部 部長 山田 太郎 様",
    "山田 花子さま",
    "有限会社森田木工\n森田 和也 様",
]

# What stands above the addressee (the addressee is put in place of {a}), and what a 文書形式
# letter puts under it (its sender).
HEADERS = [
    "{a}",
    "件名：Re: 証明書の再発行について\n\n{a}",
    "件名：証明書送付のご案内\n{a}",
    "2026年12月1日\n\n{a}",
    "2026年12月1日\n{a}\n\nそらいろ保険株式会社\nお客様窓口 森下 啓太",
    "令和8年12月1日\n\n{a}\n\nそらいろ保険株式会社\nお客様窓口\n森下 啓太",
    "【件名】Re: お問い合わせの件\n\n{a}",
]

INTROS = [
    "そらいろ保険 お客様窓口の森下でございます。",
    "そらいろサポートの山田と申します。",
    "そらいろサポートの山田です。",
    "そらいろ保険 カスタマーサポート担当の森下です。",
]

# Openings of an email, in every family: 世話, the custom of the reader, thanks for what they did
# (every object and politeness), apologies for the wait, our introduction's companions.
_THANKED_FOR = ("お問い合わせ", "お問合せ", "ご連絡", "ご相談", "ご注文", "ご予約", "ご応募", "ご返信", "ご指摘", "ご意見",
                "ご質問", "ご依頼", "ご利用")
_THANKS_FORMS = ("{x}ありがとうございます。", "{x}いただき、ありがとうございます。", "{x}いただきまして、誠にありがとうございます。",
                 "{x}くださり、ありがとうございます。", "{x}いただき、ありがとう存じます。", "{x}いただき、厚く御礼申し上げます。",
                 "{x}いただき、心より感謝申し上げます。", "このたびは{x}いただき、誠にありがとうございました。",
                 "この度は、{x}を賜り、誠にありがとうございます。", "{x}いただき有難うございます。",
                 "早速の{x}、ありがとうございます。", "{x}をいただき、大変ありがとうございました。")
EMAIL_OPENINGS = [
    "いつもお世話になっております。", "お世話になっております。", "大変お世話になっております。",
    "いつも大変お世話になっております。", "平素より大変お世話になっております。", "いつもお世話になっています。",
    "お世話様です。", "お世話になります。",
    "いつもご利用いただき、ありがとうございます。", "いつもご利用いただきまして、誠にありがとうございます。",
    "いつもそらいろ保険をご愛顧いただき、誠にありがとうございます。", "平素よりご愛顧いただき、誠にありがとうございます。",
    "平素は格別のお引き立てを賜り、厚く御礼申し上げます。", "平素は格別のご高配を賜り、厚く御礼申し上げます。",
    "日頃よりそらいろ保険をご利用いただき、心より感謝申し上げます。", "毎度格別のお引き立てにあずかり、誠にありがとうございます。",
    "毎度ご利用いただき、ありがとうございます。", "いつも当店をご利用くださり、ありがとうございます。",
    "大変お待たせいたしました。", "お待たせいたしました。", "お待たせして申し訳ございません。",
    "大変お待たせしてしまい、申し訳ございません。", "ご不便をおかけして申し訳ございません。",
    "ご不便をおかけしており、誠に申し訳ございません。", "お返事が遅くなり申し訳ありません。",
    "ご返信が遅くなりまして、大変申し訳ございません。", "ご連絡が遅くなり、失礼いたしました。",
    "ご回答が遅くなりましたことを、お詫び申し上げます。", "このたびはご迷惑をおかけし、誠に申し訳ございません。",
    "この度は、ご不快な思いをおかけし、誠に申し訳ございませんでした。", "お返事が遅くなってしまい、すみません。",
    "はじめまして。", "初めてご連絡いたします。", "突然のご連絡失礼いたします。", "ご無沙汰しております。",
    "お疲れ様です。", "たびたび失礼いたします。",
    # (round 14: pardon for writing by mail, the trouble we put them to, said as a sentence of its own)
    "メールにて失礼いたします。", "突然のメールにて失礼いたします。", "略儀ながらメールでのご連絡失礼いたします。",
    "お手数をおかけしております。", "お手数をおかけいたしました。", "たびたびお手間をおかけしまして、申し訳ございません。",
] + [f.format(x=x) for k, f in enumerate(_THANKS_FORMS) for x in _THANKED_FOR[k % 3::3]]

# Openings that carry another problem (a casual word, 二重敬語, a wrong honorific, a plain form):
# they still open the reply, and keigo's rules report the wording, not greeting/missing
FLAWED_OPENINGS = [
    "お世話になってます。", "いつもお世話になってます！", "おせわになっております。", "いつもお世話になっとります。",
    "ご連絡ありがとう！", "お問い合わせありがとね。", "メールありがと〜", "ご連絡ありがとうです。",
    "ご連絡に感謝します。", "お問い合わせ、感謝しています。", "ご苦労様です。", "ご苦労さまです。", "おつかれさまです。",
    "お問い合わせしていただき、ありがとうございます。", "ご利用してくださり、ありがとうございます。",
    "ご迷惑をかけてごめんなさい。", "ご不便をかけて申し訳ないです。", "ご不便をかけております。", "返信遅くなりました。",
    "返事が遅くなってごめんなさい。", "お返事遅れてすみません。", "お待たせです！", "お待たせしました〜！",
    "メールを拝見させていただきました。", "お問い合わせの件、拝見しました。", "ご連絡のほう、ありがとうございます。",
    "お問い合わせいただき、ありがとうございますです。", "お問い合わせ頂きまして誠に有難う御座いました。",
    "こんにちは〜", "ご連絡、ありがとうございますm(_ _)m",
]

# A formal letter: its 頭語 and 前文, and the 結語 it is closed with
LETTERS = [
    ("拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。", "敬具"),
    ("拝啓　時下ますますご清祥のこととお喜び申し上げます。", "敬具"),
    ("拝啓　向寒の候、皆様にはますますご健勝のこととお慶び申し上げます。\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。", "敬具"),
    ("拝啓\n\n新緑の候、ますますご清栄のこととお慶び申し上げます。", "敬具"),
    ("謹啓　時下ますますご清栄のこととお慶び申し上げます。", "謹白"),
    ("謹啓　平素は格別のご高配を賜り、厚く御礼申し上げます。", "謹言"),
    ("拝復　お問い合わせの件、ご回答申し上げます。", "敬具"),
    ("前略　取り急ぎご連絡申し上げます。", "草々"),
    ("前略\nご依頼の件、取り急ぎご回答いたします。", "草々"),
    ("前略　ご注文いただいた部品の件、取り急ぎご連絡いたします。", "草々"),
    ("前略　ご依頼の見積書をお送りいたします。", "草々"),
    ("前略　お問い合わせいただいた件について、ご回答いたします。", "早々"),
]

BODIES = [
    "■ご質問\n証明書の再発行はできますか。\n\n■ご回答\n再発行は可能です。マイページからお手続きください。",
    "> 証明書の再発行はできますか。\n\n再発行は可能です。マイページからお手続きください。",
    "ご依頼の証明書を本日郵送いたしました。\n1週間ほどでお手元に届く予定です。",
    "お問い合わせいただいた証明書の再発行について、ご回答いたします。\n再発行の手続きは本日完了し、証明書は明日発送いたします。",
    "ご質問の件、解約の手続きは、マイページの「契約内容」からお手続きいただけます。\n解約後も、月末まではサービスをご利用いただけます。",
    "ご相談いただいた配送日の変更について、12月5日（金）午前中のお届けに変更いたしました。",
]

OFFERS = [
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
    "ご不明な点がありましたら、お気軽にご連絡ください。",
    "ご不明点がございましたら、お問い合わせください。",
    "ご不明な点やご質問がございましたら、遠慮なくお申し付けください。",
    "何かございましたら、いつでもご連絡ください。",
    "ほかにご不明な点がございましたら、お気軽にお尋ねください。",
    "ご質問等ございましたら、本メールにご返信ください。",
    "ご不明な点がございましたら、お手数ですが下記までご連絡くださいますようお願いいたします。",
    "不明な点があれば、お気軽にお問い合わせくださいませ。",
    "ご不明な点がございましたら、お客様窓口（0120-000-000）までお問い合わせください。",
    "ご不明な点等ございましたら、ご遠慮なくお問い合わせください。",
    "そのほかお困りのことがございましたら、何なりとお申し付けください。",
    "ご不明な点がございましたら、本メールへご返信いただくか、お電話にてお問い合わせください。",
    "ご不明な点がございましたら、お気軽にお問い合わせいただければ幸いです。",
    "ご質問がございましたら、どうぞお気軽にご相談ください。",
    "ご不明な点がございましたら、担当の森下までご連絡いただけますと幸いです。",
    "お困りの点がございましたら、いつでもお声がけください。",
    "ご不明な点はお気軽にお問い合わせください。",
    "ご不明な点がございましたら、お気軽にお問い合わせくださいますよう、お願い申し上げます。",
]

# ...and closings and offers that carry another problem
FLAWED_OFFERS = [
    "分からないことがあったら、聞いてください。", "何かあれば言ってください。", "ご不明な点があれば、お気軽にご連絡してください。",
    "ご不明な点がございましたら、お問い合わせしてください。", "ご不明な点がございましたら、お気軽にお問い合わせ下さいませ。",
    "ご不明な点がございましたら、ご連絡をお願い致します。", "質問があったら連絡してね。", "何かありましたら、またご連絡くださいね。",
    "わからない点があったら、いつでも聞いてください！", "ご不明な点がございましたら、お気軽にご連絡してくださいませ。",
    "ご不明な点がございましたら、お問い合わせくださいますようお願いします。",
]
FLAWED_CLOSINGS = [
    "よろしくお願いします。", "よろしくお願いします！", "今後ともよろしくお願いしますね。", "よろしくお願いいたしますm(_ _)m",
    "お大事にしてください。", "引き続きよろしくです。", "失礼します。", "以上です。よろしくお願いします。",
    "それでは、よろしくお願いします。", "今後ともよろしくお願い致しますです。", "ご理解のほど、よろしくお願いします。",
    "よろしくお願いいたしますね。", "今後ともよろしく願います。", "今後ともご贔屓に。",
]

CLOSINGS = [
    "よろしくお願いいたします。", "よろしくお願い申し上げます。", "何卒よろしくお願いいたします。", "宜しくお願い致します。",
    "今後ともよろしくお願いいたします。", "今後ともどうぞよろしくお願い申し上げます。", "今後とも何卒よろしくお願い申し上げます。",
    "引き続きよろしくお願いいたします。", "引き続き何卒よろしくお願い申し上げます。", "引き続き、どうぞよろしくお願いいたします。",
    "今後とも変わらぬご愛顧を賜りますよう、お願い申し上げます。", "ご検討のほど、よろしくお願いいたします。",
    "ご検討のほどよろしくお願い申し上げます。", "何卒ご理解賜りますよう、お願い申し上げます。",
    "何卒ご容赦くださいますようお願い申し上げます。", "重ねてお詫び申し上げます。", "改めて深くお詫び申し上げます。",
    "お大事になさってください。", "どうぞお大事に。", "ご自愛ください。", "寒さ厳しき折、どうぞご自愛くださいませ。",
    "まずは取り急ぎご連絡まで。", "取り急ぎ、ご報告申し上げます。", "まずはご報告まで。", "以上、よろしくお願いいたします。",
    "以上、よろしくお願い申し上げます。", "失礼いたします。", "それでは失礼いたします。", "今後ともご愛顧のほど、よろしくお願いいたします。",
    "またのご利用を心よりお待ちしております。", "ご来店を心よりお待ちしております。",
    "引き続きご愛顧賜りますよう、よろしくお願い申し上げます。", "今後とも末永くお付き合いのほど、よろしくお願いいたします。",
]

SIGNATURES = [
    "そらいろ保険 お客様窓口\n森下 啓太",
    "そらいろ保険株式会社\nお客様窓口 森下 啓太\nTEL：0120-000-000\nMail：support@sorairo.example.jp",
    "――――――――――――\nそらいろ保険株式会社\nカスタマーサポート部\n森下 啓太\n――――――――――――",
    "ーーーーーーーーーー\nそらいろ保険株式会社 お客様窓口\n森下 啓太\n電話：03-1234-5678\nーーーーーーーーーー",
    "＊＊＊＊＊＊＊＊＊＊＊＊\nそらいろ保険株式会社\nお客様窓口　森下 啓太\n〒100-0001 東京都千代田区1-1\n＊＊＊＊＊＊＊＊＊＊＊＊",
    "--\n森下 啓太（そらいろ保険 お客様窓口）",
    "━━━━━━━━━━━━\nそらいろ保険\nお客様窓口\n━━━━━━━━━━━━",
    "株式会社そらいろ\nカスタマーサポート部\n山田 花子\nE-mail: support@sorairo.example.jp",
    "そらいろ保険　森下",
    "==========\nSorairo Insurance\nKeita Morishita\nsupport@sorairo.example.jp\n==========",
    # (a company or a shop alone, named by its trade)
    "そらいろ保険", "みなと商事", "カフェ・ソラ", "Sorairo Support Team", "そらいろ保険 森下（もりした）",
]

# The customer's message, quoted under the reply
QUOTES = [
    "",
    "\n\n> 証明書の再発行をお願いしたいのですが、\n> 手続きを教えてください。",
    "\n\n-----Original Message-----\nFrom: 山田 太郎\nSent: Monday, December 1, 2026 10:00 AM\nSubject: 証明書について\n\n証明書の再発行をお願いします。",
    "\n\n2026年12月1日 10:15 山田 太郎 <taro@example.jp>:\n> 証明書の再発行をお願いします。",
]

CHAT_OPENINGS = [
    "お待たせいたしました。", "大変お待たせいたしました。", "お待たせしました！", "こんにちは。", "こんにちは！", "はじめまして。",
    "お問い合わせいただきありがとうございます。", "お問い合わせありがとうございます！", "ご連絡ありがとうございます。",
    "ご質問ありがとうございます。", "チャットでのお問い合わせ、ありがとうございます。", "いつもご利用ありがとうございます。",
    "ご不便をおかけして申し訳ございません。", "お待たせして申し訳ありません。", "こんばんは。", "おはようございます。",
    "ご利用いただきありがとうございます。", "ご相談ありがとうございます。", "お問合せ頂きありがとうございます。",
]
CHAT_INTROS = ["", "担当の山田です。", "そらいろサポートの山田が承ります。", "サポート担当の森と申します。"]
CHAT_BODIES = [
    "■ご質問\n証明書の再発行はできますか。\n\n■ご回答\n再発行は可能です。マイページからお手続きください。",
    "> 証明書の再発行はできますか。\n\n再発行は可能です。マイページからお手続きください。",
    "ご注文の内容を変更しました。変更後の合計金額は4,200円です。",
    "ご予約を12月20日から2泊に変更いたしました。",
    "12月分の電気料金は8,640円です。",
]
CHAT_OFFERS = ["ほかにご不明な点はございますか。", "ほかにご不明な点があればお知らせください。", "ほかにお手伝いできることはございますか？",
               "他に何かございましたら、お気軽にお声がけください。",
               # (said plainly, as in a casual chat: keigo reports the register)
               "見つからなかったらまた聞いてね〜", "それでもダメなら、また連絡してね。", "何かあったら言ってね！"]

SNS_OPENINGS = [
    "ご連絡ありがとうございます！", "ご不便をおかけして申し訳ございません。", "お問い合わせありがとうございます。",
    "ご心配をおかけしております。", "いつもご利用いただきありがとうございます！", "温かいお言葉、ありがとうございます！",
    "ご迷惑をおかけしており、申し訳ありません。", "ご投稿ありがとうございます。", "お待たせしてしまい、申し訳ございません。",
    "メッセージありがとうございます😊", "ご指摘ありがとうございます。",
]
SNS_HANDLES = ["@camp_nao ", "@kenta_0321\n", ""]
SNS_NAMED_HANDLES = ["@camp_nao 様\n", "@kenta_0321 さん ", "@{user_name} さま\n", "@mika.t_0312様 "]
SNS_BODIES = [
    "■ご質問\n証明書の再発行はできますか。\n\n■ご回答\n再発行は可能です。マイページからお手続きください。",
    "> 証明書の再発行はできますか。\n\n再発行は可能です。マイページからお手続きください。","ご注文の品は、明日の午前中にお届けする予定です。", "店内での撮影は、ほかのお客様が写らなければ問題ございません。",
              "現在、アプリにログインしにくい状態が続いております。復旧まで今しばらくお待ちください。"]

# Sign-offs of talk that a mail must not end on (closing/casual-sign-off)
CASUAL_SIGN_OFFS = ["それでは。", "では。", "ではでは〜♪", "じゃあまた。", "じゃあね！", "それじゃあまた！", "ではまた。", "またね。",
                    "以上、よろしく。", "よろしくです！", "よろしく〜", "では、また！", "それでは〜", "以上、よろしくね。",
                    "それではまた。", "ではではー", "よろしくね！"]


# -- composing ----------------------------------------------------------------------------------

def email(top: str, opening: str, intro: str, intro_first: bool, body: str, offer: str, closing: str,
          signature: str, quote: str = "", foot: str = "", wrap: bool = False) -> str:
    if wrap:  # (the writer wraps a long sentence onto the next line after its first comma)
        opening, offer, closing = (x.replace("、", "、\n", 1) for x in (opening, offer, closing))
    head = [intro, opening] if intro_first else [opening, intro]
    head = "\n".join(x for x in head if x)
    parts = [top, head, body, "\n".join(x for x in (offer, closing) if x)]
    if foot:
        parts.append(foot)
    text = "\n\n".join(p for p in parts if p)
    if signature:
        text += "\n\n" + signature
    return text + quote


def walk(n: int, *tables):
    """n rows: row k takes the k-th item of each table, cycling (every row of every table is
    met when n is at least the largest table's length)."""
    its = [cycle(t) for t in tables]
    return [tuple(next(it) for it in its) for _ in range(n)]


def email_rows(n: int | None = None):
    """The good emails: each opening, with the other tables walked alongside."""
    n = n or max(len(EMAIL_OPENINGS), len(CLOSINGS) * 2)
    rows = walk(n, EMAIL_OPENINGS, ADDRESSEES, HEADERS, INTROS + [""], [True, False, False], BODIES, OFFERS,
                CLOSINGS, SIGNATURES, QUOTES, [False, False, True])
    out = []
    for opening, addr, header, intro, intro_first, body, offer, closing, sig, quote, wrap in rows:
        out.append(dict(top=header.format(a=addr), opening=opening, intro=intro, intro_first=intro_first, body=body,
                        offer=offer, closing=closing, signature=sig, quote=quote, wrap=wrap))
    return out


def flawed_rows():
    """Good emails whose opening, offer or closing carries a problem of another category."""
    rows = walk(2 * len(FLAWED_OPENINGS), FLAWED_OPENINGS, ADDRESSEES[3:], HEADERS, INTROS + [""], [True, False],
                BODIES, FLAWED_OFFERS + OFFERS[:3], FLAWED_CLOSINGS + CLOSINGS[:3], SIGNATURES, [False, True])
    return [dict(top=header.format(a=addr), opening=opening, intro=intro, intro_first=first, body=body, offer=offer,
                 closing=closing, signature=sig, wrap=wrap)
            for opening, addr, header, intro, first, body, offer, closing, sig, wrap in rows]


# Slots left to fill, naming the part that goes there: template's rules report them
OPENING_SLOTS = ["{{greeting}}", "【ここに挨拶文】", "（冒頭のあいさつを入れる）", "[書き出しのあいさつ]", "{opening}"]
CLOSING_SLOTS = ["＜結びの挨拶＞", "{{closing}}", "【結びの言葉】", "（締めのあいさつ）"]
SIGNATURE_SLOTS = ["{{署名}}", "{{agent_signature}}", "【署名】", "[signature]"]


def slot_rows():
    rows = walk(2 * len(OPENING_SLOTS), email_rows(), OPENING_SLOTS, CLOSING_SLOTS, SIGNATURE_SLOTS)
    out = []
    for k, (r, o, c, g) in enumerate(rows):
        out.append(dict(r, opening=o if k % 3 != 1 else r["opening"], closing=c if k % 3 != 2 else r["closing"],
                        signature=g if k % 2 else r["signature"]))
    return out


def letter_rows():
    rows = walk(3 * len(LETTERS), LETTERS, ADDRESSEES, HEADERS, BODIES, OFFERS, CLOSINGS[:11], SIGNATURES)
    return [dict(top=header.format(a=addr), opening=head, intro="", intro_first=False, body=body, offer=offer,
                 closing=closing, signature=sig, foot=foot)
            for (head, foot), addr, header, body, offer, closing, sig in rows]


def chat_rows():
    rows = walk(3 * len(CHAT_OPENINGS), CHAT_OPENINGS, CHAT_INTROS, CHAT_BODIES, CHAT_OFFERS)
    return [dict(opening=o, intro=i, body=b, offer=f) for o, i, b, f in rows]


def chat(r, opening=True) -> str:
    return "".join(x for x in ((r["opening"] if opening else ""), r["intro"], r["body"], r["offer"]) if x)


def sns_rows():
    rows = walk(3 * len(SNS_OPENINGS), SNS_OPENINGS, SNS_HANDLES, SNS_BODIES)
    return [dict(opening=o, handle=h, body=b) for o, h, b in rows]


def sns(r, opening=True) -> str:
    return r["handle"] + (r["opening"] if opening else "") + r["body"]


# -- measuring ----------------------------------------------------------------------------------

_LINTER = None


def rules(text: str, channel: str = "email") -> set[str]:
    global _LINTER
    if _LINTER is None:
        _LINTER = replylint.get_linter(None)
    return {f.rule for f in _LINTER.lint(text, channel).findings if f.rule.startswith(STRUCTURE)}


def reach(rule: str, valid: list[tuple[str, str]], invalid: list[tuple[str, str]]):
    """(false alarms on the valid replies, misses on the invalid ones), each a list of texts."""
    false = [(ch, t, sorted(rules(t, ch))) for ch, t in valid if rule in rules(t, ch)]
    missed = [(ch, t) for ch, t in invalid if rule not in rules(t, ch)]
    return false, missed


def good_emails():
    return [("email", email(**r)) for r in email_rows() + letter_rows() + flawed_rows()] \
        + [("email", email(**r)) for r in slot_rows()]


# Later turns of a chat, which need no opening: they take in the customer's last message, or point
# back at what we sent earlier in it
LATER_TURNS = ["かしこまりました。ご予約を19時に変更しました。", "承知しました！お届け先を変更いたしました。",
               "先ほどお送りした手順で、設定はできましたか。", "さきほどご案内したリンクから、お手続きいただけます。",
               "先程お伝えした番号に、お電話いただけますでしょうか。"]


CUSHIONS = ["お手数をおかけしますが、以下の書類をご確認ください。", "お手数をおかけしておりますが、もう少々お待ちください。",
            "恐縮ですが、ご住所をお知らせください。", "お手間をおかけいたしますが、ご返送をお願いいたします。",
            "メールにて恐縮ですが、書類をお送りします。"]


def family_greeting_missing():
    valid = good_emails() + [("chat", chat(r)) for r in chat_rows()] + [("sns", sns(r)) for r in sns_rows()]
    valid += [("chat", t + o) for t, o in walk(len(LATER_TURNS) * 2, LATER_TURNS, CHAT_OFFERS)]
    # (a public reply that names its reader with 様 or さん after the @name is addressed, and left
    # silent: E and ZZD leave four such replies unlabeled, ZS labels one)
    valid += [("sns", h + r["body"]) for r, h in zip(sns_rows(), cycle(SNS_NAMED_HANDLES))]
    # (an addressee and our name with no opening words after them: greeting/no-opening-words's, at
    # info, and silent here; with no name either, the mail has no opening)
    valid += [("email", email(**dict(r, opening=""))) for r in email_rows() if r["intro"]]
    invalid = [("email", email(**dict(r, opening="", intro=""))) for r in email_rows()]
    invalid += [("chat", chat(r, opening=False)) for r in chat_rows()]
    # (a cushion before a request is no opening: お手数をおかけしますが、… / 恐縮ですが、…)
    invalid += [("email", email(**dict(r, opening=c, intro="")))
                for r, c in zip(email_rows(), cycle(CUSHIONS))][:len(CUSHIONS) * 2]
    invalid += [("sns", sns(r, opening=False)) for r in sns_rows() if r["handle"]]
    return valid, invalid


def family_greeting_addressee():
    valid = good_emails()
    # (no addressee: the header block alone, or nothing, above the opening)
    invalid = [("email", email(**dict(r, top=r["top"].split("\n\n")[0] if r["top"].startswith(("件名", "【件名", "2026", "令和"))
                                       and "\n\n" in r["top"] else "")))
               for r in email_rows() if not any(a in r["top"].split("\n\n")[0] for a in ("様", "御中", "各位"))]
    invalid += [("email", email(**dict(r, top=""))) for r in email_rows()]
    return valid, invalid


_APOLOGIES = ["このたびはご迷惑をおかけし、誠に申し訳ございません。", "このたびは多大なご迷惑をおかけしましたことを、心よりお詫び申し上げます。",
              "先日お送りした商品に不備があり、大変申し訳ございませんでした。", "ご不便をおかけしておりますこと、深くお詫び申し上げます。"]


def family_letter_open():
    valid = good_emails()
    invalid = [("email", email(**dict(r, opening=r["opening"].split("　", 1)[-1].split("\n", 1)[-1])))
               for r in letter_rows() if not r["opening"].startswith("前略")]
    # 前略 before a seasonal greeting
    invalid += [("email", email(**dict(r, opening="前略　" + head.split("　", 1)[1], foot="草々")))
                for r in letter_rows() for head, _ in LETTERS[:3] if r["opening"].startswith("前略")]
    # 前略 (or 冠省) opening a letter of apology
    invalid += [("email", email(**dict(r, opening=word + "　" + apology, foot="草々")))
                for r, word, apology in walk(12, letter_rows(), ["前略", "冠省"], _APOLOGIES)]
    return valid, invalid


def family_closing_missing():
    valid = good_emails()
    invalid = [("email", email(**dict(r, offer="", closing=""))) for r in email_rows()]
    return valid, invalid


# The replies that owe an offer of further help: they answer a question of one reader (a
# notice under a date line, a letter to a company or to many, a thanks for their reply, owe none)
# and end on regards, not on a farewell or an apology letter's close (which owe none either)
_PEOPLE = [a for a in ADDRESSEES if a.endswith("様") and "担当" not in a]
_ASKED_BODIES = [b for b in BODIES if any(w in b for w in ("質問", "問い合わせ", "相談"))]
_REGARDS_ONLY = ["よろしくお願いいたします。", "よろしくお願い申し上げます。", "何卒よろしくお願いいたします。",
                 "今後ともよろしくお願いいたします。", "今後ともどうぞよろしくお願い申し上げます。", "引き続きよろしくお願いいたします。",
                 "宜しくお願い致します。", "よろしくお願いします。"]


def family_no_further_help():
    valid = good_emails() + [("chat", chat(r)) for r in chat_rows()]
    openings = [o for o in EMAIL_OPENINGS if "返信" not in o]
    rows = walk(len(openings), openings, _PEOPLE, ["{a}", "件名：Re: 証明書の再発行について\n\n{a}"], INTROS + [""],
                [True, False, False], _ASKED_BODIES, _REGARDS_ONLY, SIGNATURES, QUOTES)
    invalid = [("email", email(top=h.format(a=a), opening=o, intro=i, intro_first=f, body=b, offer="", closing=c, signature=g,
                               quote=q)) for o, a, h, i, f, b, c, g, q in rows]
    invalid += [("chat", chat(dict(r, offer=""))) for r in chat_rows()]
    return valid, invalid


def family_signature():
    valid = good_emails()
    invalid = [("email", email(**dict(r, signature=""))) for r in email_rows()
               if "森下 啓太" not in r["top"]]  # (a 文書形式 letter signs at its top)
    return valid, invalid


def family_letter_close():
    valid = good_emails()
    invalid = [("email", email(**dict(r, foot=""))) for r in letter_rows()]
    invalid += [("email", email(**dict(r, foot="敬具" if r["foot"] in ("草々", "早々") else "草々"))) for r in letter_rows()]
    return valid, invalid


def family_casual_sign_off():
    valid = good_emails()
    invalid = [("email", email(**dict(r, closing=c, wrap=False)))
               for r, c in zip(email_rows(len(CASUAL_SIGN_OFFS) * 3), cycle(CASUAL_SIGN_OFFS))]
    return valid, invalid


# -- round 14: openings of an introduction and the matter, closings in every spelling, what follows them

# An email may open on who writes and what about, in one paragraph (みなと住宅管理の木下です。ご質問
# いただいた件について回答いたします。): the matter announced as what this mail does, after the
# introduction (Q, S, ZZD leave it clean, seven mails; G labels one). Put under a blank line as the
# body's first words, it leaves the introduction alone as the opening (C, I, R, ZH, ZL label that).
_MATTERS = ("お問い合わせいただいた証明書の再発行", "ご質問いただいた解約の手続き", "ご依頼の証明書", "先日ご相談いただいた配送日の変更",
            "お問合せいただいた件", "ご指摘いただいた請求額")
_ANNOUNCED = ("{m}について、回答いたします。", "{m}についてご回答いたします。", "{m}について、お答えします。",
              "{m}についてお答えいたします。", "{m}の件でご連絡いたします。", "{m}の件で、ご連絡いたしました。",
              "{m}について、ご案内いたします。", "{m}について、ご説明いたします。", "{m}の件につき、ご報告申し上げます。",
              "{m}について、ご回答申し上げます。", "{m}の手続きが完了しましたので、ご連絡いたします。",
              "{m}について、お知らせいたします。", "{m}の件、ご回答いたします。", "{m}についてご連絡差し上げました。")
INTRO_MATTERS = [f.format(m=m) for k, f in enumerate(_ANNOUNCED) for m in _MATTERS[k % 2::2]]
# ...but the introduction alone before the body, or the matter without the introduction, still
# leaves the reply unopened (labeled by every writer who labels the shape)
UNOPENED_HEADS = ["お問い合わせいただいた件について、回答いたします。", "標記の件、以下のとおり回答いたします。",
                  "ご依頼の証明書について、ご案内いたします。"]
# ...and our name alone, with an addressee above it: greeting/no-opening-words's
NAMED_HEADS = ["そらいろ保険 お客様窓口の森下でございます。", "そらいろサポートの山田です。"]

# What may follow the closing line: a URL line, 以上, a P.S., a note, the signature
TRAILERS = ["以上", "▼よくあるご質問\nhttps://sorairo.example.jp/faq", "https://sorairo.example.jp/mypage",
            "追伸：年末年始の営業日は、ホームページでご案内しております。", "P.S. 新しいプランのご案内を同封しております。",
            "※本メールは送信専用アドレスからお送りしています。", "なお、土日祝日のお問い合わせは翌営業日にご回答いたします。"]

# Offers of further help in more spellings and conjugations: the condition, the topic, the channel, the request
_TOPICS = ("ご不明な点", "ご不明点", "ご質問", "お困りのこと", "気になる点", "ご不明な点やご要望")
_CONDS = ("がございましたら", "がありましたら", "があれば", "がございます場合は", "などございましたら")
_ASKS = ("、お気軽にお問い合わせください。", "、お気軽にお問合せ下さい。", "、遠慮なくご連絡くださいませ。", "、いつでもお申し付けください。",
         "、お気軽にご相談ください。", "、お手数ですがお知らせいただけますと幸いです。", "、何なりとお尋ねくださいませ。",
         "、本メールにご返信ください。", "、当窓口までお問い合わせくださいますようお願い申し上げます。", "、お気軽にどうぞ。")
MORE_OFFERS = [t + c + a for k, a in enumerate(_ASKS) for t, c in zip(_TOPICS[k % 6:] + _TOPICS[:k % 6], _CONDS * 2)][:40]


def family_greeting_intro_matter():
    """greeting/missing: an introduction and the matter announced open a mail (valid); the
    introduction alone, or the matter alone, does not (invalid)."""
    rows = email_rows(len(INTRO_MATTERS))
    valid = [("email", email(**dict(r, opening=m, intro=i, intro_first=True)))
             for r, m, i in zip(rows, INTRO_MATTERS, cycle(INTROS + ["そらいろ保険 お客様窓口でございます。"]))]
    invalid = [("email", email(**dict(r, opening=h, intro="", intro_first=False, body=b)))
               for r, h, b in walk(len(rows), rows, UNOPENED_HEADS, BODIES[2:])]
    return valid, invalid


def family_no_opening_words():
    """greeting/no-opening-words: a mail with an addressee and our name, then the matter with no
    opening words (invalid: the name alone in its paragraph, or the matter under a blank line
    after it); good mails, and mails with no name either (greeting/missing's), leave it silent."""
    rows = email_rows()
    valid = good_emails() + [("email", email(**dict(r, opening="", intro=""))) for r in rows]
    valid += [("chat", chat(r, opening=False)) for r in chat_rows()]
    invalid = [("email", email(**dict(r, opening=""))) for r in rows if r["intro"]]
    invalid += [("email", email(**dict(r, opening=h, intro="", intro_first=False, body=b)))
                for r, h, b in walk(len(INTRO_MATTERS), rows, NAMED_HEADS, BODIES[2:])]
    # (the matter under a blank line, after the introduction alone; but for what we wrote about,
    # said in the past, 〜の件でご連絡いたしました, an opening of its own: acts._WHY_WE_WRITE)
    matter_rows = email_rows(len(INTRO_MATTERS))
    invalid += [("email", email(**dict(r, opening="", intro=i, intro_first=True, body=m + "\n" + BODIES[2])))
                for r, m, i in zip(matter_rows, INTRO_MATTERS, cycle(INTROS)) if not m.endswith("ました。")]
    return valid, invalid


# The body's last words that only look like a close: a request of their step, a fact with 引き続き
# or 今後も, a note, an afterword. A mail that ends on them has no closing line.
LOOK_ALIKE_ENDS = ["ご確認ください。", "ご了承ください。", "マイページからご利用ください。", "※土日祝日は休業です。",
                   "なお、手数料はかかりません。", "当日は身分証をお持ちください。", "お支払いは月末までにお願いします。",
                   "月末までは引き続きご利用いただけます。", "今後も同じ料金でご利用できます。", "引き続き同じ番号をお使いになれます。",
                   "詳しくは下記をご覧ください。\nhttps://sorairo.example.jp/faq", "証明書は明日発送いたします。"]


def family_closing_look_alikes():
    """closing/missing: a mail whose body ends on a look-alike of a close, with no closing line or
    offer (invalid); the same with its closing line kept (valid)."""
    rows = walk(len(LOOK_ALIKE_ENDS) * 2, email_rows(), LOOK_ALIKE_ENDS)
    invalid = [("email", email(**dict(r, offer="", closing="", body=r["body"] + "\n" + e))) for r, e in rows]
    valid = [("email", email(**dict(r, body=r["body"] + "\n" + e))) for r, e in rows]
    return valid, invalid


def family_closing_trailers():
    """closing/missing: a closing line or an offer, then what may follow it (valid); the same mail
    with neither (invalid)."""
    rows = walk(len(MORE_OFFERS), email_rows(), MORE_OFFERS, TRAILERS, [True, False, False])
    valid = [("email", email(**dict(r, offer=o, closing=r["closing"] if keep else "", foot=t)))
             for r, o, t, keep in rows]
    invalid = [("email", email(**dict(r, offer="", closing="", foot=t))) for r, o, t, keep in rows
               if not t.startswith(("以上", "追伸", "P.S.", "なお"))]
    return valid, invalid


# Replies that answer no inquiry (a notice, a report of what we did for them, a thanks for their
# reply): they owe no offer, and end on regards alone
NOTICES = ["2026年12月1日より、お客様窓口の受付時間を9時から18時までに変更いたします。",
           "年末年始は、12月29日から1月3日まで休業いたします。1月4日より通常どおり営業いたします。",
           "ご依頼の領収書を発行し、本メールに添付いたしました。",
           "重複してお支払いいただいた330円を、本日ご指定の口座へ返金いたしました。"]


def family_offer_owed():
    """closing/no-further-help: a mail that answers a question owes an offer, whatever follows its
    regards (a URL line, 以上, 追伸, the signature: invalid); a notice or a report of what we did
    for them, ending on regards, owes none (valid)."""
    openings = [o for o in EMAIL_OPENINGS if "返信" not in o and "待たせ" not in o and "遅く" not in o][:24]
    rows = walk(len(openings), openings, _PEOPLE, _ASKED_BODIES, _REGARDS_ONLY, SIGNATURES, TRAILERS)
    invalid = [("email", email(top=a, opening=o, intro="", intro_first=False, body=b, offer="", closing=c, signature=g,
                               foot=t)) for o, a, b, c, g, t in rows if not t.startswith(("なお", "※"))]
    valid = [("email", email(top=a, opening=o, intro="", intro_first=False, body=n, offer="", closing=c, signature=g))
             for (o, a, b, c, g, t), n in zip(rows, cycle(NOTICES))]
    return valid, invalid


def family_offer_spellings():
    """closing/no-further-help: each offer spelling ends a chat answer (valid); the answer alone,
    in each frame, owes one (invalid)."""
    rows = walk(len(MORE_OFFERS), chat_rows(), MORE_OFFERS)
    valid = [("chat", chat(dict(r, offer=o))) for r, o in rows]
    valid += [("email", email(**dict(r, offer=o))) for r, o in zip(email_rows(), MORE_OFFERS)]
    invalid = [("chat", chat(dict(r, offer=""))) for r, o in rows]
    return valid, invalid


FAMILIES = {
    "greeting/missing": family_greeting_missing,
    "greeting/addressee": family_greeting_addressee,
    "greeting/letter-open": family_letter_open,
    "greeting/no-opening-words": family_no_opening_words,
    "closing/missing": family_closing_missing,
    "closing/no-further-help": family_no_further_help,
    "closing/signature": family_signature,
    "closing/letter-close": family_letter_close,
    "closing/casual-sign-off": family_casual_sign_off,
}
# (families measured on a rule already listed: the rule's name, then what is measured)
EXTRA_FAMILIES = {
    "greeting/missing (introduction and matter)": ("greeting/missing", family_greeting_intro_matter),
    "closing/missing (trailers, offer spellings)": ("closing/missing", family_closing_trailers),
    "closing/missing (look-alike last words)": ("closing/missing", family_closing_look_alikes),
    "closing/no-further-help (offer spellings)": ("closing/no-further-help", family_offer_spellings),
    "closing/no-further-help (owed or not)": ("closing/no-further-help", family_offer_owed),
}


def _assert_reach(rule: str, make=None) -> None:
    valid, invalid = (make or FAMILIES[rule])()
    false, missed = reach(rule, valid, invalid)
    assert not false and not missed, (
        f"{rule}: {len(false)}/{len(valid)} false alarms, {len(missed)}/{len(invalid)} missed\n"
        + "\n".join(f"FALSE [{ch}] {t!r} {r}" for ch, t, r in false[:20])
        + "\n" + "\n".join(f"MISSED [{ch}] {t!r}" for ch, t in missed[:20]))


def test_reach_greeting_missing():
    _assert_reach("greeting/missing")


def test_reach_greeting_no_opening_words():
    _assert_reach("greeting/no-opening-words")


def test_reach_greeting_addressee():
    _assert_reach("greeting/addressee")


def test_reach_greeting_letter_open():
    _assert_reach("greeting/letter-open")


def test_reach_closing_missing():
    _assert_reach("closing/missing")


def test_reach_closing_no_further_help():
    _assert_reach("closing/no-further-help")


def test_reach_closing_signature():
    _assert_reach("closing/signature")


def test_reach_closing_letter_close():
    _assert_reach("closing/letter-close")


def test_reach_closing_casual_sign_off():
    _assert_reach("closing/casual-sign-off")


def test_reach_greeting_intro_matter():
    _assert_reach(*EXTRA_FAMILIES["greeting/missing (introduction and matter)"])


def test_reach_closing_trailers():
    _assert_reach(*EXTRA_FAMILIES["closing/missing (trailers, offer spellings)"])


def test_reach_closing_look_alikes():
    _assert_reach(*EXTRA_FAMILIES["closing/missing (look-alike last words)"])


def test_reach_offer_spellings():
    _assert_reach(*EXTRA_FAMILIES["closing/no-further-help (offer spellings)"])


def test_reach_offer_owed():
    _assert_reach(*EXTRA_FAMILIES["closing/no-further-help (owed or not)"])


if __name__ == "__main__":
    import sys

    show = "-v" in sys.argv
    for name, (rule, make) in list({r: (r, m) for r, m in FAMILIES.items()}.items()) + list(EXTRA_FAMILIES.items()):
        valid, invalid = make()
        false, missed = reach(rule, valid, invalid)
        print(f"{name}: {len(invalid) - len(missed)}/{len(invalid)} found, {len(false)}/{len(valid)} false")
        if show:
            for ch, t, r in false:
                print("   FALSE", ch, repr(t)[:400], r)
            for ch, t in missed:
                print("   MISSED", ch, repr(t)[:400])
