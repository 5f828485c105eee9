"""What a sentence does in a reply: opens it, introduces the writer, offers further help, closes
it, asks the reader to wait, promises the next contact, acknowledges the reader's trouble.

Each act is a small grammar over the NFKC view, written as families: the words that carry the
act, in every spelling people use (kana and kanji, お/ご, いたします/申し上げます, ます/ませ),
and the frame around them (a condition, then a way to get in touch, then a request). Nothing
here knows where a sentence stands in the reply; `document.parse` uses these grammars to label
the parts of a reply once, and the checks read the parts.
"""

from __future__ import annotations

import re

from .regexes import Grammar, analysis, compile as compile_pattern, trie_pattern


def alt(*forms: str) -> str:
    """A non-capturing alternation of regex fragments. Plain words are written as a trie, which
    the regex engine tries a character at a time instead of word by word (the grammars run on
    every reply)."""
    if len(forms) > 2 and all(f and re.escape(f) == f for f in forms):
        return "(?:" + trie_pattern(forms) + ")"
    return "(?:" + "|".join(forms) + ")"


# The end of a sentence whose last words an act is: its 。 or !, and a short note in brackets before
# them that does not change what the sentence does (…弊社で代わりに更新いたします（無料）。; round 37)
_END = r"(?:\([^()\n]{1,16}\))?[。!]?\s*$"


# -- spellings ----------------------------------------------------------------------------
# The same word as people write it: kana, kanji, and the common okurigana variants.
ITADAKU = alt("いただ", "頂")                       # いただき / 頂き / いただけ …
KUDASARU = alt("くださ", "下さ")                    # ください / 下さい / くださり / くださいます
ITASU = alt("いたし", "致し")
GOZAIMASU = alt("ござい", "御座い")
ARIGATOU = alt("ありがとう", "有り難う", "有難う", "ありがと")
ONEGAI = alt("お願い", "御願い")
YOROSHIKU = alt("よろしく", "宜しく")
MOUSHIWAKE = alt("申し訳", "申訳", "申しわけ", "申し訳け")  # (申し訳け: the okurigana many write)
TOIAWASE = alt("問い合わせ", "問合せ", "問い合せ", "問合わせ")
HUMBLE = alt(ITASU, "申し上げ", "し")                  # お/ご〜{いたし|申し上げ|し}ます
POLITE_END = alt("ます", "ました", "ません", "ませ")

# -- opening --------------------------------------------------------------------------------
_THANKS = alt(
    # (in やさしい日本語, words set apart by spaces: メッセージを ありがとう ございます)
    ARIGATOU + r"\s?" + alt(GOZAIMASU + alt("ます", "ました"), "存じます", "存じ"),
    # (said plainly, or casually: ご連絡ありがとう！ / メールありがと〜 / ありがとうです: the opening is
    # there, and keigo's rules report its register)
    ARIGATOU + r"(?:です|ね|[!！〜~ー♪。]|\s*$)",
    "感謝" + alt(ITASU, "申し上げ", "し", "して(?:おり|い)") + "ます",
    # (said short, on SNS above all: ご投稿感謝です！)
    "感謝" + alt("です", "でございます", "しかありません", "感激"),
    alt("御礼", "お礼") + "を?" + alt("申し上げ", ITASU),
    "厚く" + alt("御礼", "お礼"), "深く感謝", "感謝の(?:念|気持ち)",
    # thanks said as our feeling at what they did (ご丁寧なご連絡をいただき、恐縮です / お知らせ
    # くださり助かりました / 温かいお言葉、励みになります); not the cushion 恐縮ですが、…
    # (気に入っていただけてうれしいです / ご感想をいただき、スタッフ一同大喜びです)
    alt(ITADAKU + alt("き", "きまして", "けて"), KUDASARU + alt("り", "いまして", "って")) + r"[、,]?"
    + alt("スタッフ一同", "一同", "") + alt("誠に", "大変", "本当に", "とても", "")
    + alt("恐縮" + alt("です", "でございます", "に存じます", "しております"), "恐れ入ります", "助か" + alt("りました", "ります", "っております"),
          alt("嬉し", "うれし") + alt("いです", "く思", "い限り"), "光栄", "大喜び", "感激",
          alt("心強く", "ありがたく", "有難く", "有り難く") + alt("思", "存じ", "感じ"))
    + "(?!が)",
    "励みに" + alt("なります", "なりました", "なっております", "なっています"))
_WELL_DONE_BY = alt(  # 平素は格別のご高配を賜り / 日頃より当店をご愛顧いただき (いつも…ありがとう is thanks)
    alt("平素", "日頃", "日ごろ", "常日頃", "旧年中", "昨年中", "本年も") + r"[^。]{0,40}?"
    + alt("賜り", ITADAKU + "き", KUDASARU + "り", "お引き立て", "ご愛顧", "ご高配", "ご厚情", "ご厚誼"))
# (お世話になってます, with the い of ている dropped, and おせわに in kana: still the opening, its
# register keigo's)
_SEWA = alt(alt("お世話に", "おせわに", "御世話に") + alt("なって" + alt("おり", "い", "") + "ます", "なっとります", "なります", "なりました"),
            "お世話様です", "お世話さまです")
# The opening word of a formal letter (頭語). Use .match() at a sentence's or a line's start.
# (急呈 is 急啓 written otherwise: a letter sent in haste, a sympathy letter after a disaster)
# (拝呈 and 啓上 are 拝啓 in other words, of the same rank, closed by the same 結語)
HEAD_WORDS = ("拝啓", "謹啓", "拝復", "謹復", "前略", "急啓", "急呈", "冠省", "啓上", "拝呈")
FOOT_WORDS = ("敬具", "敬白", "謹白", "謹言", "草々", "早々", "匆々", "不一", "不備", "かしこ", "拝具")
# (the letter each ends with: a sentence or a line that ends on none of them is no 結語, LETTER_FOOT unasked)
FOOT_LAST_LETTERS = frozenset(w[-1] for w in FOOT_WORDS)


def spaced(word: str) -> str:
    """A word of a printed letter, which may space its letters out (敬　具)."""
    return r"\s?".join(word)


LETTER_HEAD = Grammar(r"\s{0,4}" + alt(*HEAD_WORDS))
# A line of a text that begins with a 頭語: one search over the text, not a match per line
LINE_WITH_LETTER_HEAD = Grammar(r"(?m)^[^\S\n]{0,4}" + alt(*HEAD_WORDS))
# The first letters of the 頭語, one of which every match of LINE_WITH_LETTER_HEAD holds: a str `in`
# test for each rejects most replies for a third of the search's cost
HEAD_WORD_FIRSTS = tuple(sorted({w[0] for w in HEAD_WORDS}))
_SEASON = alt("の候", "のみぎり", "の折", "時下", "ご清栄", "ご清祥", "ご隆盛", "ご隆昌", "ご盛栄", "ご繁栄",
              "ご健勝", alt("お慶び", "お喜び") + "申し上げ",
              # the plain season and health greeting: 寒い日が続いておりますが、いかがお過ごしでしょうか
              alt("いかが", "如何") + alt("お過ごし", "おすごし"), "お過ごしのことと", "お元気でいらっしゃいますか",
              "お元気でお過ごし", "お変わりなく",
              # (a later message asking after the reader since we last spoke: その後、腕の痛みはいかがですか /
              # その後いかがでしょうか)
              r"その後[、,]?[^。]{0,20}?" + alt("いかが", "如何") + alt("ですか", "でしょうか", "でございますか"),
              # the season itself, said as a greeting: 新緑がまぶしい季節になりました / 朝晩めっきり冷え込む
              # ようになりました / 寒さが一段と厳しくなってまいりました / 梅雨明けが待ち遠しい今日この頃です
              alt("季節", "時節", "時季", "今日この頃", "この頃", "ころ", "頃") + alt("になりました", "となりました", "でございます", "です")
              + _END,
              # (秋も深まってまいりました / 朝夕はだいぶ涼しくなりました / 早いもので、今年も残りわずかとなりました)
              alt("春", "夏", "秋", "冬", "初夏", "晩秋", "初冬", "晩夏") + alt("も", "が") + r"[^。]{0,4}?"
              + alt("深まって", "本番", "近づいて", "盛り", "終わり", "半ば", "訪れ", "到来", "過ぎ", "めいて"),
              "早いもので", alt("今年", "本年", "今年度") + "も" + alt("残り", "あと", "終わり", "押し迫"),
              alt("冷え込", "寒さ", "暑さ", "寒い日", "暑い日", "寒い季節", "暑い季節", "日差し", "陽気", "日が長く", "日が短く",
                  "朝晩", "朝夕", "新緑", "紅葉", "桜", "梅雨", "秋風", "春風", "木枯らし", "師走", "年の瀬", "涼しく", "肌寒く",
                  "暖かく", "過ごしやすく")
              + r"[^。]{0,16}?" + alt("なりました", "なってまいりました", "まいりました", "続いております", "続いていますが",
                                      "続いておりますが", "深まってまいりました", "日増しに", "感じられる", "感じる",
                                      # (said in everyday words: 紅葉がちょうど見ごろになってきました / 日が長く
                                      # なってきましたね / 寒い日が続いていますね)
                                      "なってきました", "深まってきました", "続いていますね", "続きますね"))
# An apology (not the cushion 申し訳ございませんが、… before a request or a refusal)
_APOLOGY = alt(MOUSHIWAKE + alt(GOZAIMASU + "ません(?!が)", GOZAIMASU + "ませんでした", "ありません(?!が)",
                                "ありませんでした", "なく", "ない"),
               "お詫び" + alt("申し上げ", ITASU, "を申し上げ"), "おわび" + alt("申し上げ", ITASU),
               "失礼" + alt(ITASU, "し") + "ました",
               # (ご不便をおかけしております, ご心配をおかけしております: an outage's apology)
               # (ご迷惑をかけて, without the humble お: the apology still, its keigo wrong)
               # (and with を dropped, as chats write it: ご不便おかけしております)
               alt("ご迷惑", "ご不便", "ご心配", "ご不安", "ご面倒", "ご負担", "ご不快") + alt("を", "") + alt("おかけ", "お掛け", "かけ", "掛け"),
               # (不便をおかけして, without the honorific ご: ours still, by the humble おかけ; the
               # customer's 迷惑をかける is not)
               alt("迷惑", "不便", "心配", "不安", "面倒", "負担") + "を" + alt("おかけ", "お掛け"),
               # (the fuss an outage or an error caused: お騒がせしております / お騒がせいたしました)
               "お騒がせ" + alt(ITASU, "し") + alt("ております", "ました", "まして"),
               # (大変不快な思いをおかけしました / ご不安な思いをさせてしまい: a feeling we caused)
               alt("ご不快", "不快", "嫌", "いや", "残念", "ご不安", "不安") + "な" + alt("思い", "お思い", "お気持ち") + "を"
               + alt("おかけ", "お掛け", "させ", "おさせ"))
_LATE_ANSWER = (alt("お返事", "ご返事", "ご返信", "返信", "返事", "ご回答", "回答", "ご連絡", "連絡", "ご案内",
                    "お知らせ", "ご報告") + alt("が", "の", "") + alt("遅く", "遅れ", "大変遅く"))
_KEPT_WAITING = "お待たせ" + alt(ITASU, "し", r"です", r"[!！〜~]")
_HELLO = alt(alt("たびたび", "度々", "何度も", "重ねて", "続けて", "立て続けに") + r"[^。]{0,6}?" + alt("失礼", "恐れ入り", "恐縮"),  # a follow-up
             # (pardon asked for the hour or the suddenness of the mail: 夜分遅くに失礼いたします /
             # 突然失礼いたします / お休みのところ恐れ入ります)
             alt("夜分", "夜遅く", "朝早く", "早朝", "突然", "休日", "お休みのところ", "お休み中", "ご多忙", "年末", "年始", "連休中")
             + r"[^。、]{0,8}?" + alt("失礼" + alt(ITASU, "し", "申し上げ") + "ます", "恐れ入り", "恐縮"),
             "はじめまして", "初めまして", "ようこそ", "初めてご連絡", "はじめてご連絡", "こんにちは", "こんばんは",
             "おはようございます", "ご無沙汰",
             # (a shop's welcome, as a chat with a shop opens: いらっしゃいませ。〇〇のチャット窓口です)
             "いらっしゃいませ",
             # (between colleagues; ご苦労様です is the wrong way up to a client, which keigo reports,
             # but it is the opening the writer meant: two blind writers label only its keigo)
             # (お世話様です too, said to a colleague or a tradesperson)
             alt("お疲れ", "おつかれ", "ご苦労", "御苦労", "お世話") + alt("様", "さま") + alt("です", "でございます"),
             # (the reader's own effort acknowledged, as a reply to their post opens: 雨の中のキャンプ、
             # お疲れさまでした / 長旅、おつかれさまでした)
             alt("お疲れ", "おつかれ") + alt("様", "さま") + "でした", "突然の" + alt("ご連絡", "メール", "お便り"),
             "突然ご連絡", "お忙しいところ", "お忙しい中", "お久しぶり", "久しぶりのご連絡",
             # (a new member welcomed: ご入会を心より歓迎いたします)
             "歓迎" + alt(ITASU, "申し上げ", "し") + "ます",
             # (a public reply moved to a private one: DMにて失礼いたします; or pardon asked for writing
             # by mail: メールにて失礼いたします / 略儀ながらメールでのご連絡失礼いたします)
             alt("DM", "ＤＭ", "ダイレクトメッセージ") + "にて失礼",
             alt("メール", "書面", "文書", "メッセージ") + alt("にて", "で") + r"[^。、]{0,6}?失礼" + alt(ITASU, "し", "申し上げ") + "ます",
             # (the trouble we put them to, said as a sentence of its own: お手数をおかけしております /
             # お手数をおかけいたしました; not the cushion お手数をおかけしますが、… before a request)
             alt("お手数", "お手間") + "を" + alt("おかけ", "お掛け") + alt(ITASU, "し") + alt("ております", "ました", "まして")
             + "(?!が)",
             # (a plain apology as the first words: お届けが遅れてしまい、本当にすみません; keigo/casual
             # tells how to write すいません; not the cushion すみませんが、…)
             "すみません(?!が)", "すいません(?!が)", "ごめんなさい(?!が)")
# Sympathy for what happened to the reader (このたびは思いがけない事故に遭われ、さぞご心配のことと
# 存じます / 心よりお見舞い申し上げます), and the reason we write, told first (お詫びとお知らせが
# あり、ご連絡いたしました / ご注文の件でご連絡いたしました): openings of a letter we send first
_SYMPATHY = alt("お見舞い申し上げ", "お見舞いを申し上げ", "お察し" + alt(ITASU, "し", "申し上げ"),
                # (…驚かれたことと思います / さぞ戸惑われたことと存じます: the feeling we imagine)
                alt("ご心配", "ご不安", "ご不便", "ご苦労", "お困り", "大変", "驚か", "戸惑", "がっかり", "残念", "ご不快",
                    "ご立腹", "お腹立ち", "心細") + r"[^。]{0,8}?" + alt("ことと存じ", "ことと拝察", "ことと思い", "ことかと存じ",
                                                                      "ことかと思い"),
                # (said as a reply to their post opens, sharing the plight they told of: それは大変でしたね /
                # ご心配ですよね / お困りでしたよね / 災難でございましたね; the first words of the
                # sentence, not a remark further on)
                # (or after the plight said back: 鍵をなくされたとのこと、ご不安ですよね)
                r"(?:(?<![^\s。!！?？」])|(?<=とのこと、)|(?<=とのことで、))(?:それは|それはそれは)?\s?(?:本当に|ほんとうに|さぞ)?"
                + alt(alt("大変", "ご心配", "ご不安", "お困り", "災難", "残念", "ご不便")
                      + alt("でした", "です", "でございました", "でございます", "だった"),
                      alt("心細かった", "お辛かった", "おつらかった", "怖かった", "こわかった") + "です")
                + "よ?ね",
                # (relief that they are unhurt, after an accident they told of: ご無事で何よりです /
                # お怪我がなくて本当によかったです / 大事に至らず安心いたしました)
                alt("ご無事", "お怪我が" + alt("なく", "なかった"), "おけがが" + alt("なく", "なかった"), "大事に至らず",
                    "大きなお怪我" + alt("がなく", "もなく"))
                + r"[^。]{0,10}?" + alt("何より", "安心", "よかった", "良かった", "ほっと"))
_WHY_WE_WRITE = (alt("があり", "がございまして", "がございましたので", "の件で", "の件につき", "について", "につき",
                     # (…かと存じ、メールにてご連絡いたしました: the way we write, and why)
                     "メールにて", "書面にて", "文書にて",
                     # (一点確認させていただきたく、ご連絡いたしました: what we want of them)
                     "たく")
                 + r"[、,]?" + alt("ご連絡", "ご報告", "お知らせ", "メール") + alt(ITASU, "差し上げ", "申し上げ", "し", "させて" + ITADAKU + "き") + "ました")
# Their message received, said humbly as the first words (メール拝見いたしました / ご連絡を拝読
# しました / お便りを拝受いたしました / ご投稿を拝見しました)
_RECEIVED = (alt("メール", "ご連絡", "お便り", "お手紙", "ご投稿", "投稿", "コメント", "メッセージ", "ご返信", "お返事", "ご質問",
                 "ご意見", "ご感想", "レビュー", "ご依頼", "お問い合わせ", "お問合せ") + "(?:を|、|の件[、を]?)?\\s?"
             + alt("拝見", "拝読", "拝受") + alt(ITASU, "し", "させて" + ITADAKU + "き") + "ました")
# A congratulation as the first words (ご卒業おめでとうございます！ / ご入籍を心よりお祝い申し上げます):
# a reply to someone's good news opens with it, on SNS above all
_CONGRATULATION = alt("おめでとうございます", "お祝い" + alt("申し上げ", "を申し上げ"))
OPENING = Grammar(alt(_THANKS, _WELL_DONE_BY, _SEWA, _SEASON, _LATE_ANSWER, _KEPT_WAITING, _HELLO, _SYMPATHY, _WHY_WE_WRITE,
                      _CONGRATULATION, _RECEIVED)
                  + "|" + LETTER_HEAD.pattern)
# An apology opens a reply only as its first words (このたびはご迷惑をおかけし、申し訳ございません);
# further on it belongs to the body.
APOLOGY = Grammar(_APOLOGY)

# The writer says who they are: 〜の森下でございます / 担当の森下と申します / 〜サポートです
# Use .match() at the sentence's start: a short sentence that names the writer.
SELF_INTRO = Grammar(
    # (a role, a comma, then the name: ことぶき薬局オンラインの薬剤師、坂本でございます)
    r"(?:[^、。]{1,30}?の[^、。\s]{1,8}[、,]\s?)?[^、。]{1,40}?" + alt("でございます", "です", "と申します", "といいます") + _END
    + "|" + r"[^。]{0,40}?" + alt("担当", "対応", "ご案内", "ご回答") + alt(ITASU, "させて" + ITADAKU + "き") + "ます"
    # (where we work, a comma, then the post we hold before the name: 〜センターで、チャット窓口の責任者を
    # しております森本と申します; と申します and a post held are said of oneself alone)
    + "|" + r"[^。]{1,40}?で[、,]\s?[^、。]{1,40}?" + alt("しております", "務めております", "勤めております", "しています")
    + r"[^、。\s]{1,8}\s*" + alt("でございます", "です", "と申します") + _END)

# ...or the matter named as their message we received (〜について、お問い合わせをいただきました /
# 〜とのことで、再発行のご依頼をいただきました): after our introduction, it opens a mail as well
MATTER_RECEIVED = Grammar(alt("ご依頼", "ご相談", "お問い合わせ", "お問合せ", "ご質問", "ご要望", "お申し出", "ご指摘")
                          + "を?" + alt("いただき", "頂き", "くださり") + "ました" + _END)
# The matter of the mail announced as what it does, as a sentence of its own (お問い合わせいただいた件に
# ついて、回答いたします / 修理が終わりましたので、ご連絡いたします / 標記の件につき、ご報告申し上げます):
# after our introduction it opens a mail (structure.greeting)
# (or what it tells of the matter, named: 点検結果をご報告いたします / 〜件について、お調べした結果を
# お知らせいたします / 点検結果と、お見積りのご連絡をいたします)
_TOLD = alt("ご連絡", "ご報告", "お知らせ", "ご案内", "ご回答", "回答", "お答え", "ご説明", "説明", "通知", "ご通知")
_WHAT_IS_TOLD = alt("結果", "経過", "状況", "見積もり", "見積り", "内容", "詳細", "日程", "予定")
MATTER_ANNOUNCED = Grammar("(?:" + alt("について", "につき", "件で", "件", "ので") + "|" + _WHAT_IS_TOLD + "[をの]" + ")" + r"[、,]?\s?"
                           # (標記の件について、下記のとおり回答します)
                           + r"(?:" + alt("下記", "以下", "次") + alt("のとおり", "の通り") + r"[、,]?\s?)?"
                           + _TOLD + "(?:を)?" + alt(ITASU, "差し上げ", "申し上げ", "し") + alt("ます", "ました") + _END)

# We name ourselves: こはるBOXサポートの三浦です / 担当の森下と申します / 営業部の田村でございます
# (not a thing's state or schedule said of it: 商品はSKUの入荷待ちです / お届けの予定です / 在庫の確認中です,
# nor its trouble: CDNの障害です; a name ends in none of these, and 中 alone ends 田中)
INTRODUCTION = Grammar(r"の\s*(?:[^\s、。!?のはがをにでと]{1,8}[、,]\s?)?[^\s、。!?のはがをにでと]{1,8}(?<!待ち)(?<!済み)(?<!切れ)(?<!予定)(?<!見込み)(?<!状態)(?<!状況)"
                       r"(?<!次第)(?<!扱い)(?<!対象)(?<!確認中)(?<!対応中)(?<!手配中)(?<!調査中)(?<!準備中)"
                       # (nor a trouble or its cause said of a thing: 原因はCDNの障害です / 設定の不備です)
                       r"(?<!障害)(?<!不具合)(?<!不備)(?<!故障)(?<!エラー)(?<!問題)(?<!影響)(?<!原因)(?<!仕様)(?<!不足)(?<!誤り)(?<!遅延)"
                       r"\s*" + alt("です", "でございます", "と申します", "といいます")
                       + _END)
# ... or our name alone, said right after the opening greeting (お問い合わせありがとうございます。
# ひかり証券です。): a name with no particle in it, ending in no kana that conjugates.
NAME_ALONE = compile_pattern(r"(?:こちらは)?\s*[^\s、。!?「」のはがをにでとも0-9][^\s、。!?「」のはがをにでとも]{1,19}(?<![ぁ-ゖ])\s*"
                        + alt("です", "でございます") + _END)
# ... and a desk's person, by the desk's word (サポートの佐藤です / 窓口担当の森と申します): narrower
# than INTRODUCTION, whose の…です also reads お届けの予定です (closing/no-further-help asks whether a
# message only greets)
DESK_INTRODUCTION = Grammar(alt("サポート", "窓口", "担当", "センター", "デスク", "係", "店", "部", "課", "チーム", "事務局",
                                "受付", "フロント", "室", "所", "局", "館", "院") + r"の\s*[^\s、。]{1,8}\s*" + alt("です", "でございます", "と申します")
                            + _END)
# What the customer uses of ours is named before を or の and these: こはるBOXをご利用いただき /
# 当店をご愛顧いただき (the name itself is read back from there: Document.own_names)
USES_OURS = Grammar(alt("ご利用", "ご愛顧", "ご愛用", "お選び", "ご購入", "お買い上げ", "お買上げ", "ご契約", "ご登録", "ご用命",
                        # (what they enjoy, read, watch, join or take of ours: ぽりぽりBOXをお楽しみいただき)
                        "お楽しみ", "ご愛読", "ご視聴", "ご加入", "ご受講"))

# -- what the customer sees or types -------------------------------------------------------
# A word in the name of something on the screen (障害情報ページ, 「キャッシュを削除」ボタン) or in
# the text the customer is asked to type (修正理由に「障害対応」とご記入ください) is not the
# writer's wording: the customer must find those words as they are.
_SCREEN_ITEM = alt("ページ", "画面", "欄", "ボタン", "メニュー", "タブ", "リンク", "項目", "フォルダ", "アイコン", "バナー",
                   "ランプ")  # (a device's lamp is read off its front as it is printed: 「POWER」ランプ)
_WORKED_ON = ("選", "ご選択", "押", "クリック", "タップ", "開")  # what is done to a control on the screen
_BRACKET_AFTER = compile_pattern(r"[^「」『』【】\[\]\n]{0,20}[」』】\]]\s*"
    # (several names in a row before what they name: 「PON」「AUTH」などのランプ; or one of two
    # spellings shown: 「ST*ネコヤ」または「NEKOYA」と表記されます)
    r"(?:(?:または|もしくは|あるいは)?[「『][^「」『』\n]{1,20}[」』][、・や]?){0,4}(" + alt("と" + alt("ご", "お", "") + alt(
    "入力", "記入", "記載", "選択", "書", "検索", "表示", "お書き",
    # (printed as it stands on a statement, a label or a slip the customer reads it off: ご利用明細には
    # 「ABC*ショップ」と表記されます)
    "表記", "印字", "印刷", "記され"), alt("など", "等", "") + "の" + _SCREEN_ITEM, _SCREEN_ITEM) + ")"
    # ...or a button or a menu worked on the screen: ［再発行］を押下 / ［設定］から (not を入力:
    # ［クーポンコード］をご入力ください is the very value left out)
    + "|[^「」『』【】\\[\\]\\n]{0,20}\\]\\s*" + alt("を" + alt(*_WORKED_ON, "オン", "オフ"), "から")
    # (in 「」 too when it is picked, pressed or opened, or gone to: 「メニュー」から「キャッシュ削除」を選ぶ)
    # (or ticked: 「キャッシュされた画像とファイル」にチェックを入れて; より is the written から:
    # メニューの「CONTACT」よりご連絡ください — only in 「」: ［担当者名］より is a slot for a person)
    + "|[^「」『』【】\\[\\]\\n]{0,20}[」』]\\s*" + alt("を" + alt(*_WORKED_ON), "から", "より", "にチェック", "のチェック")
    # (or the name of a form or a paper the reader fills in or receives, as it is titled: 「延納届」のみ
    # ご提出ください / 区から「利用調整の結果」が届きます)
    + "|[^「」『』【】\\[\\]\\n]{0,16}?" + alt("届", "届出", "届書", "申請書", "申込書", "証明書", "通知書", "通知", "の結果", "の案内",
                                          "のお知らせ", "決定書", "確認書", "同意書") + "[」』]")
_BRACKET_BEFORE = compile_pattern(r"[「『【\[][^「」『』【】\[\]\n]{0,20}$")
_ITEM_AFTER = compile_pattern(_SCREEN_ITEM)
# ... or a section of a site or an app named in brackets: 公式サイトの「障害情報」, アプリの「設定」; or a
# setting named on a screen: 手順3の画面で「文字コード」を「Shift_JIS」に切り替え
_IN_SITE_BEFORE = compile_pattern(alt("サイト", "ホームページ", "ポータル", "ページ", "アプリ", "画面", "メニュー") + r"(?:の|内の|上の|で)?[「『【\[]"
                             r"[^「」『』【】\[\]\n]{0,20}$")
# ... or a product's name in brackets that opens with its Latin brand: 「Forte Ledger オンプレミス版 Ver.8」
# (the edition's word is part of the name the reader bought; round 37)
_PRODUCT_NAME_BEFORE = compile_pattern(r"[「『][A-Z][A-Za-z0-9]*(?:\s[A-Za-z0-9.]+)*\s[^「」『』\n]{0,20}$")
_BRACKET_CLOSES = compile_pattern(r"[^「」『』【】\[\]\n]{0,20}[」』】\]]")
# ... or, without brackets, a section of a site where news is posted: 法人ポータルの障害情報で
# (お知らせいたします). Only before で: サイトのキャッシュを削除 is the writer's word.
_SITE_BEFORE = compile_pattern(alt("サイト", "ホームページ", "ポータル", "アプリ", "マイページ") + r"(?:の|内の|上の)$")
_POSTED_IN = compile_pattern(r"\s*(?:で|にて)(?!き|す)")


# The labels of the reader's own screen that a reply walks them through: a step of a menu path
# (「着信ルール」→「IVR 1番」, [ファイル]→[書き出し]), or a control in square brackets, which
# manuals keep for the screen ([トンボと裁ち落とし]で, [出力]タブ). A word among them is one the
# reader sees in their tool every day, wherever else the reply uses it. (Not a word quoted in
# 「」 alone: 「名変」を行います is the writer's.)
SCREEN_LABEL = compile_pattern(r"(?<=[→>])\s*[「『\[]([^「」『』\[\]\n]{1,30})[」』\]]"
                          r"|[「『\[]([^「」『』\[\]\n]{1,30})[」』\]](?=\s*[→>])"
                          r"|\[([^\[\]\n]{1,30})\](?=\s*(?:で|を|から|タブ|画面|メニュー|ボタン|欄))")
# ... or the name a screen of the tool goes by, before 画面, タブ or メニュー (マスタの画面で検索,
# 出荷指示画面, 「在庫引当」タブ): the product's own words for its screens, which its user opens
# every day. (The word just before: サーバーの管理画面 names 管理, not サーバー.)
_RUN = r"(?<![0-9A-Za-zァ-ヺー一-龥])([0-9A-Za-zァ-ヺー一-龥]{1,20})(?![0-9A-Za-zァ-ヺー一-龥])"
SCREEN_NAMED = Grammar(r"(?<![0-9A-Za-zァ-ヺー一-龥])[「『]?([0-9A-Za-zァ-ヺー一-龥]{1,20}?)[」』]?の?" + alt("画面", "タブ", "メニュー")
                          + r"(?![ァ-ヺー])")
# ... or a form or a paper the reader holds, named in brackets as it is printed (同封の「書類追送届」,
# 「口座振替依頼書」にご記入): its words are the paper's own, and the reader reads them there.
# (a name of three or more before its 届 or 書, as forms are named: not 「起票」, a word in brackets)
FORM_NAMED = compile_pattern(r"[「『]([^「」『』\n]{3,24}?(?:届|書|票|用紙|伝票))[」』]")
# ... or a field of the tool set to a value shown in brackets (文字コードを「UTF-8」に切り替え,
# プロファイルを「Japan Color 2001 Coated」に設定): the field's name stands beside its value.
FIELD_SET = Grammar(_RUN + r"(?:を|が)[「『][^「」『』\n]{1,30}[」』](?:に|へ)"
                       + alt("切り替え", "切り換え", "変更", "設定", "選択", "選び", "戻", "直"))
# ... and the value itself, chosen from the field's list as it stands there (有効期限を「当セッション
# 限り」にされている, 表示を「簡易モード」に切り替え): a label the reader reads on their screen.
FIELD_VALUE = compile_pattern(r"(?:を|が)[「『]([^「」『』\n]{1,30})[」』](?:に|へ)"
                         + alt("切り替え", "切り換え", "変更", "設定", "選択", "選び", "戻", "直", "し", "さ", "なさ"))
# ... or the file the reader has open, named before the row or column the reply points at
# (出荷指示CSVの3行目, 入荷予定データのCSVで、日付が…になっている行が): it is theirs, and so is its name.
FILE_ROW = Grammar(_RUN + r"(?=(?:の|で、?)[^。!?\n]{0,30}?(?:[0-9]+(?:行|列)目|(?<=[るた])行(?=[がをはにでの])))")


# What the customer gave us, named by the word they know it by, just before the word:
# いただいたCSV, お送りくださったPDF, ご提出いただいたログ (search it over the few characters
# before a word). Not what they did of ours: お申し込みいただいたNR料金, 行っていただいたeKYC.
GIVEN_BY_THEM = compile_pattern(r"((?<![ぁ-んァ-ヶー一-龥])(いただいた|頂いた)|お手元の|お手持ちの|(お送り|ご送付|送付して|ご提出|提出して|ご共有|共有して"
                           r"|アップロード|添付して|ご添付|ご提供)(いただいた|いただきました|頂いた|くださった)"
                           # (or a file of theirs they wrote out of their own tool: 書き出したSVG)
                           r"|(?<![ぁ-んァ-ヶー一-龥])(書き出した|書き出された|エクスポートした|エクスポートされた))\s?$")
# (every match ends in た or in お手元の / お手持ちの, then a blank at most: tests/test_acts.py
# holds given_by_them equal to the pattern's search)
_GIVEN_ENDS = ("た", "元の", "ちの")


def given_by_them(norm: str, start: int, width: int) -> bool:
    """Whether GIVEN_BY_THEM is found in the `width` characters before norm[start]. Its ending is
    tested first, with str methods: most words a check asks about stand after の, を or a blank,
    and the pattern's search of the window (tried at each of its characters) is then not run."""
    before = max(0, start - width)
    return norm[before:start].rstrip().endswith(_GIVEN_ENDS) and GIVEN_BY_THEM.search(norm, before, start) is not None


# ... or said after it, as the thanks for it or the thing it was (ログをお送りいただき、ありがとう
# ございます; ログを送信いただいた件): sent already, not asked for (お送りください, お送りいただけますか).
SENT_BY_THEM = compile_pattern(r"(?:を|が)?(?:お送り|ご送付|送付|ご提出|提出|ご共有|共有|ご添付|添付|アップロード|送信)?"
                          r"(?:して)?(?:いただき(?!ます|たい)|いただいた|頂き(?!ます|たい)|頂いた|くださり|くださった)")


def on_screen_item(norm: str, end: int) -> bool:
    """Whether a word of the screen (ボタン, メニュー, 画面 …) directly follows norm[:end]."""
    return bool(_ITEM_AFTER.match(norm, end))


def on_screen(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] is part of a name on the screen or of a text to type: inside
    brackets followed by と入力 / ボタン …, or after サイトの / アプリの (in brackets, or before で:
    ポータルの障害情報で), or directly followed by ページ, 画面, ボタン …"""
    if _ITEM_AFTER.match(norm, end):
        return True
    before = max(0, start - 28)
    # (what each search before the word needs is tested first, with str methods: an opening
    # bracket in the window for the bracketed names, の just before the word for a site's section;
    # most words have neither, and the searches, tried at each character of the window, are not run)
    window = norm[before:start]
    opened = "「" in window or "『" in window or "【" in window or "[" in window
    if opened and _BRACKET_BEFORE.search(norm, before, start) and _BRACKET_AFTER.match(norm, end):
        return True
    if window.rstrip("\n").endswith("の") and _SITE_BEFORE.search(norm, before, start) and _POSTED_IN.match(norm, end):
        return True
    return bool(opened and (_IN_SITE_BEFORE.search(norm, before, start) or _PRODUCT_NAME_BEFORE.search(norm, before, start))
                and _BRACKET_CLOSES.match(norm, end))


# -- offer of further help ------------------------------------------------------------------
# (a condition or a standing invitation) … (a way to get in touch) … (a request or our promise)
_CONDITION = alt(
    # (or the first of two conditions: お心当たりがない場合や、…場合は)
    alt("場合", "際", "とき", "時", "折") + alt("には", "は", "も", "でも", "に", "など", "や"),
    alt("よう", "の", "ん") + alt("でしたら", "であれば", "なら", "ならば"),
    alt("でしたら", "であれば", "ならば", r"なら[、,]"),
    r"[えけげせてねべめれ]ば(?![かり])",           # いただければ / あれば / ございますれば
    alt("まし", "") + "たら", "だら",                 # ございましたら / 続いたら
    alt("等", "など", "点", "こと", "事") + alt("は", "が", "も"),
    # (those of the readers it applies to: ご都合がつかない方は、担任までお知らせください)
    alt("方", "かた") + alt("は", "には"))
# What an offer's condition is about: something wrong, unknown or wanted (ログインできない場合は,
# エラーが続くようでしたら, ご希望の際は, 何かございましたら), or the case just described (その際は).
# A plain event (ご到着の際は、フロントへ…お知らせください) makes an instruction, not an offer.
_NEED = alt("ない", "ません", "ず", "不明", "困", "希望", "心配", "不安", "疑問", "質問", "相談", "問題", "不具合",
            "エラー", "故障", "続", "改善", "解決", "何か", "なにか", "何が", "変更", "必要", "気にな", "わから", "分から",
            "見つから", "届か", "違", "異な", "ほか", "他", "万一", "万が一", "もし", "都合", "要望", "ご用", "急ぎ",
            "不足", "不備", "誤り", "間違", "トラブル", "その", "そういった", "このような", "うまく", "難し", "迷",
            "点", "入用", "同じ", "同様", "変わ", "再び",
            # (the trouble going on: 更新後も音声が途切れる場合は)
            "途切れ", "症状", "再発", "再現", "固ま", "止ま", "直ら", "治ら", "ダメ", "だめ", "駄目",
            # (what is wrong still there: 差額が残るようでしたら / エラーが残っている場合は)
            "残る", "残って",
            # (a wish or an interest of theirs: よろしければ, ご興味がございましたら)
            "よろしけ", "よろしかっ", "宜しけ", "興味", "関心",
            # (or a choice of theirs made: お決まりになりましたら、お知らせください)
            "決まり", "お決め", "決めら",
            # (a time or a way they may name: 納品時間の指定があればお知らせください)
            "指定",
            # (something arising, named or not: 頭痛などがあるようでしたら / 異常が見られる場合は / 症状が出たら)
            "がある", "があり", "が出", "が見られ", "が起き", "が起こ", "などが")
_NEEDED = _NEED + r"[^。、]{0,24}?" + _CONDITION
_INVITATION = alt("いつでも", "何なりと", "なんなりと", "何でも", "なんでも", "どんなこと", "どのようなこと",
                  "どんな" + alt("ささいな", "些細な", "小さな"), "お気軽に", "気軽に", "お気兼ねなく",
                  "ご遠慮なく", "遠慮なく", "ご遠慮なさらず", "遠慮せず", "ご遠慮なさらずに")
# Ways to get in touch: where to turn for help (窓口, 担当, お電話, ご相談 …), and telling us (お知らせ,
# ご連絡, ご返信 …), which is also how a customer hands over what we asked for.
_HELP_CHANNEL = alt(
    "電話", "チャット", "窓口", "担当", "相談", TOIAWASE, "申し付け", "申しつけ", "声がけ", "声かけ", "声掛け",
    "尋ね", "たずね", "質問", "フォーム", "用命", "お聞き", "聞いて", "聞かせ", "お訊ね", "教えて", "お教え", "DM", "LINE", "サポート", "カウンター", "受付", "コールセンター", "センター", "ダイヤル", "デスク",
    # (between colleagues: 声をかけてください, このスレッドへどうぞ)
    "声をかけ", "声を掛け", "スレッド",
    # (said plainly: 何かあれば言ってください / 何でもおっしゃってください)
    "言って", "おっしゃって", "仰って",
    # (in the kana of やさしい日本語: わからない ことが あったら、いつでも きいて ください / れんらく して
    # ください; round 36)
    "きいて", "れんらく", "そうだん", "でんわ", "しつもん")
# ...and sending us what shows the trouble: 反映されない端末があれば、ホスト名をこのスレッドに貼って
# ください / 遅延が続く場合は、セッションIDを共有してください
_CONTACT = alt(_HELP_CHANNEL, "返信", "返事", "連絡", "知らせ", "一報", "メール", "お寄せ", "お聞かせ", "メッセージ",
               "共有", "貼って", "貼り付け",
               # (what troubles them, forwarded to us: 判断に迷われたときは、転送していただければすぐに確認いたします)
               "転送")
_REQUEST_OR_PROMISE = alt(
    KUDASARU + "い", "(?<=て)ね", "してくれ", "願い" + alt("ます", "ませ"), "願えれば", ONEGAI,
    ITADAKU + "け" + alt("ます", "れば", "ましたら", "ると", "たら"), ITADAKU + "きますよう",
    "どうぞ", "お待ち" + alt("し", ITASU, "申し上げ") + "て?おり", "お待ち申し上げ", "承り", "承っ",
    "お手伝い", "幸い", "存じます", alt("お受け", "受け付け", "受付") + alt("して", ITASU + "て", "") + alt("おり", "い", "し", ITASU) + "ます",
    alt(ITASU, "し", "申し上げ", "させて" + ITADAKU + "き") + "ます",
    # (or their call allowed: お電話でも構いません / メールでいただいても結構です; not 〜なくても構いません)
    r"(?:でも|(?<!く)ても)" + alt("構いません", "かまいません", "結構です", "差し支えありません", "差し支えございません", "大丈夫です"))
# ...a request alone, not our promise (ご連絡ください, ご返信いただけますと幸いです, お願いいたします)
_ASKED_OF_THEM = alt(KUDASARU + "い", "願い" + alt("ます", "ませ"), "願えれば", ONEGAI,
                     ITADAKU + "け" + alt("ます", "れば", "ましたら", "ると", "たら"), ITADAKU + "きますよう", "どうぞ", "幸い")
_HELP_TOPIC = alt("ご不明", "ご質問", "ご不安", "お困り", "気になる", "わからない", "分からない", "わかりにくい",
                  "分かりにくい", "ご心配", "ご要望", "ご意見", "お気づき", "お手伝い", "ご用", "ご希望")
_ANYTHING_ELSE = (alt("ほかに", "他に", "ほかにも", "他にも", "その他", "そのほか", "そのほかに", "何か")
                  + r"[^。]{0,20}?" + alt("お手伝い", "ご不明", "ご質問", "お困り", "気になる", "ご用", "ご要望", "お役に")
                  + r"[^。]{0,20}?" + alt("ございます", "あります", "ございません", "ありません", "でしょう") + "か")
# What follows a need (_NEEDED) or a topic of help (_HELP_TOPIC) in an offer, each written once
# behind it: three branches read the same need again from each of its words (ない, その, 点 …)
# before. Only whether a sentence offers is asked, never where or which way, and the factored
# pattern matches the same texts.
_TO_REQUEST = r"[^。]{0,40}?" + _REQUEST_OR_PROMISE
_TO_CONTACT = r"[^。]{0,40}?" + _CONTACT + _TO_REQUEST  # (a way to get in touch … a request or our promise)
_TOPIC_CONDITION = r"[^。]{0,24}?" + alt("ございましたら", "ありましたら", "あれば", "がある場合", "の際")
# …our help offered for a need: ご不明な点があれば、画面共有でのご説明も可能です
_OUR_HELP = (
    r"[^。]{0,40}?" + alt("ご説明", "ご案内", "お手伝い", "ご支援", "サポート", "ご訪問", "お伺い", "打ち合わせ", "お打ち合わせ",
                          "ミーティング", "面談", "手配", "ご用意",
                          # (a humble お〜する names our own deed: こちらで空席をお調べすることもできます)
                          "お調べ", "お探し", "お取り寄せ",
                          # (time set aside for them: ご説明の場が必要でしたら、いつでもお時間をお取りいたします;
                          # round 36)
                          "お時間をお取り", "お時間を設け", "場を設け")
    # (ご案内することもできます: what we can do, named as a deed)
    + alt(alt("する", ITASU) + "こと", "") + alt("も", "を", "が", "")
    + alt("可能", "でき", "承", alt(ITASU, "し", "申し上げ", "させて" + ITADAKU + "き") + "ます",
          # (or as what we keep doing: お電話でもご案内しております / ご説明いたしております)
          alt(ITASU, "し", "申し上げ", "させて" + ITADAKU + "い") + "て" + alt("おり", "い") + "ます"))
# …sending us what shows the trouble, and our looking into it: エラーが表示された場合は、画面の
# スクリーンショットをお送りいただければ、詳しくお調べいたします
_SEND_US = (
    r"[^。]{0,40}?" + alt("お送り", "ご送付", "送って", "お寄せ", "ご提供", "添付")
    + alt(ITADAKU + "け" + alt("れば", "ましたら", "ると", "たら"), ITADAKU + "きましたら", ITADAKU + "くと") + r"[^。]{0,24}?"
    + alt("確認", "お調べ", "調査", "ご案内", "ご回答", "回答", "対応", "お答え") + alt(ITASU, "し", "申し上げ", "させて" + ITADAKU + "き") + "ます")
OFFER = Grammar(
    # a condition of need (…場合は / ご不明な点がございましたら) … a way to get in touch … a request or
    # our promise; or our help offered for it; or to send us what shows it; or a bare どうぞ as the
    # last word (ほかに質問があったらどうぞ / ご不明な点があれば、どうぞ): said plainly, to a reader
    # learning Japanese above all (ほかに 質問が あったら どうぞ). (The need is read once for all four:
    # written as a branch of its own, each need in a sentence was read again for どうぞ, an eighth of
    # OFFER's searches. Only whether a sentence offers is asked, and the union matches the same texts.)
    _NEEDED + alt(_TO_CONTACT, _OUR_HELP, _SEND_US, r"[、,\s]{0,2}どうぞ[。!！]?\s*$")
    # an invitation (いつでも, お気軽に) … a way to get in touch …
    + "|" + _INVITATION + _TO_CONTACT
    # a topic of help … a way to get in touch; or with its condition (ご要望がございましたら、) … a
    # request, or our help
    + "|" + _HELP_TOPIC + alt(_TO_CONTACT, _TOPIC_CONDITION + alt(_TO_REQUEST, _OUR_HELP))
    # お問い合わせは、… a request, or our promise (ご相談は、随時承ります); after a word for news that
    # may be ours (お知らせ, ご連絡, メール), a request only: 今後のお知らせは、新しいアドレスにお送りします
    # tells where our news will go, it offers nothing
    + "|" + _HELP_CHANNEL + alt("は", "につきましては", "については", "の際は") + _TO_REQUEST
    + "|" + _CONTACT + alt("は", "につきましては", "については", "の際は") + r"[^。]{0,40}?" + _ASKED_OF_THEM
    # Any condition, when the request is only to get in touch (…場合は、サポートデスクへお電話
    # ください), not to hand over something (ご到着の際は、車のナンバーをお知らせください).
    + "|" + _CONDITION + r"[^。を]{0,40}?" + _HELP_CHANNEL + r"[^。を]{0,24}?" + _REQUEST_OR_PROMISE
    + "|" + _ANYTHING_ELSE
    # …or a way to reach us, and what we do when they use it: お電話いただければ、空き状況を
    # その場でお調べしてご案内いたします
    # (or 教えていただければ、入力方法をご案内いたします; ご説明に伺います)
    + "|" + alt("お電話", "ご連絡", "お問い合わせ", "ご相談", "お声がけ", "お申し付け", "ご来店", "お越し", "お知らせ",
                "教えて", "お教え", "ご返信", "ご来所", "ご来院", "ご来社", "ご来館", "お聞かせ")
    # (the noun may take its を: 一度お電話をいただければ、手続きをご案内いたします)
    + "を?" + alt(ITADAKU + "ければ", ITADAKU + "けましたら", ITADAKU + "けると", "くだされば", ITADAKU + "いた際")
    + r"[、,]?[^。]{0,40}?" + alt("お調べ", "確認", "ご案内", "お答え", "対応", "お手伝い", "ご説明", "ご相談に応じ", "承",
                                 # (要件をお聞かせいただければ、具体的にご提案いたします)
                                 "ご提案")
    + r"[^。]{0,12}?" + alt(ITASU, "し", "申し上げ", "させて" + ITADAKU + "き", "り", "伺い") + "ます"
    # …or asks them to get in touch, if something happens, and says we will look into it: お届け
    # 先から未着のご連絡などがございましたら、すぐにお調べいたします
    + "|" + alt("ご連絡", "お知らせ", "ご相談", "お問い合わせ", "ご指摘", "お申し出") + r"[^。]{0,8}?"
    + alt("ございましたら", "ありましたら", "あれば", "がある場合") + r"[、,]?[^。]{0,20}?"
    + alt("お調べ", "確認", "調査", "対応", "ご案内", "お答え") + alt(ITASU, "し", "申し上げ", "させて" + ITADAKU + "き") + "ます"
    # …or we say we will look into it, and ask them to get in touch: 一度お調べいたしますので、
    # 注文番号を添えてご連絡ください
    + "|" + alt("お調べ", "確認", "調査", "お答え", "ご案内", "ご相談に応じ") + alt(ITASU, "し", "申し上げ") + "ます" + alt("ので", "から")
    + r"[^。]{0,40}?" + _CONTACT + r"[^。]{0,24}?" + _REQUEST_OR_PROMISE
    # …or a topic of help named, and our answer to it promised with it: ご不明な点にも、あわせてお答え
    # いたします (round 34)
    + "|" + _HELP_TOPIC + r"[^。、]{0,8}?" + alt("に", "にも", "について", "についても") + r"[、,]?[^。]{0,12}?"
    + alt("お答え", "ご回答", "お応え") + alt(ITASU, "し", "申し上げ") + "ます"
    # (or to book us: 面接練習をしたい場合も、遠慮なく予約してください)
    + "|" + _INVITATION + r"[^。]{0,6}?" + alt("どうぞ", "お声", "ご相談", "お申し付け", "お尋ね", "お問い合わせ",
                                               "予約", "ご連絡")
    # A wish to go on helping: これからもお手伝いできれば幸いです / お役に立てましたら幸いです
    + "|" + alt("お手伝い", "お役に立", "お力にな", "サポート") + r"[^。]{0,6}?" + alt("ば", "たら", "ましたら")
    + r"[^。]{0,8}?" + alt("幸い", "うれしく", "嬉しく")
    # ...or asks to be let help again: 計画が決まりましたら、またお手伝いさせてください
    + "|" + alt("お手伝い", "お力にならせ", "サポート", "ご相談に乗らせ") + alt("させて", "") + alt(KUDASARU + "い", ITADAKU + "け")
    # Asking to be asked is an offer by itself: お声がけください / ご相談ください
    + "|" + alt("声がけ", "声かけ", "声掛け", "申し付け", "申しつけ", "ご相談", TOIAWASE, "お尋ね", "ご用命")
    + alt(KUDASARU + "い", ITADAKU + "け")
    # ...and so is asking them to get in touch again, later (a desk closed for the day: 営業時間内に
    # 改めてご連絡いただきますようお願い申し上げます / 明日以降におかけ直しください)
    + "|" + alt("改めて", "あらためて", "再度") + r"[^。]{0,6}?" + alt("ご連絡", "お電話", "おかけ直し", "お掛け直し")
    + alt(KUDASARU + "い", ITADAKU + "け", ITADAKU + "きますよう", ITADAKU + "きたく")
    + "|" + alt("おかけ直し", "お掛け直し") + alt(KUDASARU + "い", ITADAKU + "け", ITADAKU + "きますよう", ITADAKU + "きたく"))
# Something more we can do, offered with the offer itself (登録方法の案内をお送りすることもできます
# ので、ご希望の際はお知らせください): the reply ends open, as with an offer of any help.
# (or said as what we do if they wish it: 詳しい資料をご希望でしたら郵送いたしますので、お申し付けください)
_DEED_AT_WISH = (alt("ご希望", "ご入用", "ご必要", "必要") + alt("でしたら", "であれば", "の場合は", "の際は", "の方は", "なら")
                 + r"[、,]?[^。]{0,20}?" + alt("お送り", "郵送", "ご用意", "手配", "お届け", "発行", "お作り", "ご案内", "お持ち")
                 + alt(ITASU, "し", "申し上げ") + "ます")
# (or a way named with も: オンラインでの面談も可能です / 英語でのご相談も承ります / 通訳タブレットも
# あります / 窓口では通訳タブレットもご利用いただけます / お電話でのご相談も歓迎です)
EXTRA_HELP = Grammar(r"(?:こと|の|(?<=[一-龥ァ-ヶー])(?<!場合)(?<!以外))\s?も\s?" + alt("でき", "可能", "承", "ござい", "ございます",
                                                                              "あります", "ご利用いただけ", "お使いいただけ", "歓迎")
                     + "|" + _DEED_AT_WISH)
# ...and that deed offered at the reader's wish by itself (配布用のスクリプト例をご希望でしたら、お送り
# いたします): more help the reader may take up or leave, an offer and a close of its own.
DEED_AT_WISH = Grammar(_DEED_AT_WISH)
# Something offered at the reader's wish, with nothing named before the wish (面談も設けられます
# ので、ご希望があればお知らせください / ご希望でしたら、お届け先をお知らせください / ご要望が
# ございましたら、お申し付けください): the reader may take it up or leave it. Not a change of this
# matter (変更をご希望の場合は、前日までにご連絡ください): a wish with its object before it.
AT_THEIR_WISH = Grammar("(?<![をがにのは])" + alt("ご希望", "ご要望", "ご入用")
                        + alt("があれば", "がございましたら", "がありましたら", "でしたら", "であれば", "の際は", "の際には",
                              "の方は", "の場合は", "の場合には", "なら")
                        + r"[、,]?[^。]{0,30}?" + alt("お知らせ", "ご連絡", "お申し付け", "お申しつけ", "お声がけ", "ご返信", "教えて",
                                                     "お教え", "お聞かせ", "ご相談", "お電話")
                        + r"[^。]{0,12}?" + alt(KUDASARU + "い", ITADAKU + "け", "幸い"))
# More help offered after an offer (申請書の書き方についての個別のご相談も承っています / お電話での
# ご案内も可能です): the offer goes on in the next sentence. So does a next step proposed to do
# together (次回のお打ち合わせで一緒に調整いたしましょう / 一緒に考えていきましょう).
MORE_HELP = Grammar(alt("ご相談", "ご案内", "ご説明", "お手伝い", "お問い合わせ", "サポート", "ご質問", "ご予約", "ご訪問")
                    + r"[^。]{0,6}?も[^。]{0,8}?" + alt("承", "受け付け", "可能", "でき", "お受け", "ご用意", "いたします")
                    # (another place of ours that helps too: お近くのショップでも、店員が設定をお手伝いいたします)
                    + r"|でも[、,]?[^。]{0,20}?" + alt("お手伝い", "ご案内", "ご相談", "ご説明", "サポート") + r"[^。]{0,6}?"
                    + alt(ITASU + "ます", "します", "できます", "可能です", "承ります") + r"[。!！]?\s*$"
                    + r"|ましょう[。!！]?\s*$")
# ...or what we will do with them, as our deed (一緒に内容を整理いたします): after an offer only
WITH_THEM = Grammar(alt("一緒に", "ご一緒に", "いっしょに") + r"[^。]{0,24}?" + alt(ITASU + "ます", "します", "申し上げます")
                    + r"[。!！]?\s*$")
# The reader asked to choose a time or a way that suits them (ご都合のよい日時をお知らせください /
# 都合のいい時間を教えてください / ご都合のよい方法をご返信ください): their answer sets the next step.
# (or which of the times offered suits them, the times named before: ご都合をお知らせください)
CHOICE_ASKED = Grammar(alt("ご都合", "都合") + alt("の" + alt("よい", "良い", "いい") + r"[^。]{0,16}?", alt("を", "について") + r"[、,]?")
                       + alt("お知らせ", "教えて", "お教え", "ご連絡", "ご返信", "お聞かせ", "お選び") + r"[^。]{0,16}?"
                       + alt(KUDASARU + "い", ITADAKU + "け", "幸い"))
# What we will do on the reader's answer, said as our promise (ほかの日程でもお探しいたします /
# 空席と差額をお調べします / ご都合に合わせて調整いたします / すぐに手配いたします / ご返信がない場合は、
# 置き配でお届けいたします): beside a request for their choice, the next steps are offered.
# (or help promised as such: できる限りお手伝いいたします / 対応を検討いたします / 確認いたします)
SERVICE_PROMISE = Grammar(alt("お探し", "お調べ", "調整", "手配", "ご用意", "お取り", "確保", "お届け", "ご案内", "お受け", "承",
                              "お手伝い", "対応", "検討", "サポート", "確認", "調査",
                              # (what we pass on for them: 当日は担当スタッフにも申し伝えておきます)
                              "申し伝え", "伝え")
                          + r"[^。]{0,6}?" + alt(ITASU + "ます", "します", "ります", "して" + alt("おり", "い") + "ます", "ておきます")
                          + _END)
# ...or listening to them and seeing it through, said humbly (お話をうかがいます / 担当は私が最後まで
# 務めます): how an offer will be met
SEEN_THROUGH = Grammar(alt("伺い", "うかがい", "務め", "勤め") + alt("ます", ITASU + "ます") + _END)
# ... or in one sentence, what we do once they tell us, on their word (期間内のご来館が難しい場合は、
# ご連絡いただければお取り置きを1週間延長いたします / お知らせくだされば、別の日程をご用意いたします):
# our humble act, at the sentence's end, on the condition of theirs just before it.
ACT_ON_THEIR_WORD = Grammar(alt(ITADAKU + "ければ", ITADAKU + "けましたら", KUDASARU + "れば", KUDASARU + "いましたら")
                            + r"[、,]?[^。]{0,30}?" + alt(ITASU + "ます", "申し上げます") + _END)
# How and when we will answer the reader's question, after an open offer (やさしい日本語か英語で答えます /
# 2営業日以内にご返信いたします): the offer made concrete.
HOW_WE_ANSWER = Grammar(alt("答え", "お答え", "ご回答", "回答", "ご返信", "返信", "お返事", "返事", "ご返答")
                        + alt(ITASU + "ます", "します", "申し上げます", "ます") + _END)
# A step of this matter offered on a condition of theirs, asked as their word to us (ご予約をご希望
# でしたら、ご都合のよい日時をお知らせください / ご都合が悪ければ、代替の枠をご提示ください /
# お持ちでない方がいらっしゃれば、…お貸ししますので、人数だけお知らせください / 日程の変更をご希望の
# 場合は、前日までにご連絡ください): the reader knows when to come back to us and how. Not a step of their
# own (お受け取りの際は、お預かり証をお持ちください / ご注意ください): its verb hands nothing to us.
# (or what shows it, sent to us: 別のメッセージが表示されましたら、その画面をお送りください)
STEP_ON_CONDITION = Grammar(_NEEDED + r"[^。]{0,40}?" + alt(_CONTACT, "提示", "お示し", "指定", "申し出", "お送り", "送って", "ご送付", "添付")
                            + r"[^。]{0,12}?"
                            + alt(KUDASARU + "い", ITADAKU + "け" + alt("ますか", "ますでしょうか", "ませんか", "ますと", "れば幸い",
                                                                          # (…ご連絡いただければ大丈夫です)
                                                                          "れば大丈夫", "ましたら大丈夫"),
                                  "もらえ" + alt("ますか", "ませんか", "ると"), "幸い")
                            + r"[^。]{0,4}?" + _END)
# Reassurance as the last words (お渡しできますので、ご安心ください / 安心してお使いいただけます /
# このまま配送日の選択に進んでいただいて大丈夫です / ご心配には及びません): the reader is left with
# nothing to fear of the matter.
REASSURED = Grammar(alt("ご安心" + alt(KUDASARU + "い", ITADAKU + "け"),
                        "安心して" + r"[^。]{0,12}?" + alt(KUDASARU + "い", ITADAKU + "け", ITADAKU + "き"),
                        "ご心配" + alt("には及びません", "いりません", "ありません", "ございません", "なく", "は無用", "はご無用"),
                        alt("て", "で") + alt("も", "") + alt("大丈夫", "だいじょうぶ") + "です")
                    + r"[^。]{0,6}?" + _END)
# The reader asked what they would like, of a time or a way (ご希望の日時をお知らせください / 行きたい
# 日を教えてください / ご希望の受け取り方法をお聞かせください): their answer sets the next step.
_TIMES_ASKED = ("日", "日時", "日程", "日にち", "曜日", "時間", "時間帯")
_TELL_US = ("お知らせ", "教えて", "お教え", "お聞かせ", "ご連絡", "ご返信")


def _asked_of_them(*told: str) -> str:
    """What they are asked to tell us, after it: 〜を…お知らせください / ご指定いただけますと幸いです."""
    return r"\s?を\s?[^。]{0,16}?" + alt(*told) + r"[^。]{0,12}?" + alt(KUDASARU + "い", ITADAKU + "け", "幸い")


WISH_ASKED = Grammar(alt("希望の", "たい\\s?") + r"[^。、]{0,8}?"
                     + alt(*_TIMES_ASKED, "時刻", "方法", "プラン", "コース", "色", "サイズ")
                     # (with another thing asked beside it: ご希望の日時とご人数をお知らせくださいませ)
                     + r"(?:[とや・、][^。、を]{1,8}?)?"
                     + _asked_of_them(*_TELL_US, "返信", "ご指定"))
# A warm invitation to come or to use what was set up, as the last words (初回のレッスンでは…、お気軽に
# ご参加ください / 当日はどうぞお気をつけてお越しください / ぜひご利用ください): the mail takes leave on it.
INVITED = Grammar(alt("お気軽に", "ぜひ", "是非", "どうぞ") + r"[、,]?\s?[^。、]{0,10}?"
                  + alt("ご参加", "ご来店", "ご来館", "ご来場", "ご来院", "ご来園", "お越し", "お立ち寄り", "お試し", "ご利用",
                        "お楽しみ", "お出かけ")
                  + alt(KUDASARU + "い", KUDASARU + "いませ", ITADAKU + "けますと幸いです") + _END)
# Our next step, said to wait on the reader's word (どちらがよいかお知らせいただければ、すぐに手続きを
# 進めます / ご連絡いただければお取り置きを1週間延長いたします): the matter goes on from their answer.
# (and their time asked as their convenience: ご都合のよい日時を、お電話でお知らせください)
ON_THEIR_WORD = Grammar(alt("お知らせ", "ご連絡", "ご一報", "ご返信", "お返事", "お聞かせ", "お申し付け", "お声がけ", "お電話",
                            "お申し出", "申し出て")
                        # (ご連絡をいただければ, with its を)
                        + "を?" + alt(ITADAKU + alt("ければ", "けましたら", "けると", "けますと"), KUDASARU + "れば") + r"[、,]?[^。]{0,40}?"
                        + alt(ITASU + "ます", "します", "進めます", "伺います", "参ります", "まいります", "差し上げます",
                              "お送りします", "ご案内します", "確認します", "お調べします",
                              # (what we can then do: お電話をいただければ、お待たせせずにご案内できます)
                              "ご案内できます", "お手伝いできます", "ご用意できます", "お調べできます", "お受けできます")
                        + _END
                        + "|" + alt("ご都合の") + alt("よい", "良い", "いい", "よろしい") + r"[^。、]{0,8}?"
                        + alt(*_TIMES_ASKED) + _asked_of_them(*_TELL_US, "ご指定") + r"[^。]{0,8}?" + _END)
# The reader asked to get in touch with us for the next step, as the last words (物件の住所をお手元に
# ご用意のうえ、お電話ください / 書類が届きましたら、担当の青木までご連絡ください): the matter goes on
# by their call.
CONTACT_ASKED = Grammar(alt("お電話", "電話", "ご連絡", "ご一報", "ご返信", "ご相談", TOIAWASE, "お申し付け", "お声がけ")
                        + r"\s?を?\s?" + alt(KUDASARU + "い", KUDASARU + "いませ", ITADAKU + "け" + alt("ますか", "ますでしょうか", "ませんか"),
                                              ITADAKU + "きますよう" + r"[^。]{0,8}?")
                        + _END)
# A request cushioned by the trouble it puts them to, as the last words (お手数をおかけしますが、差し替えを
# お願いいたします / ご不便をおかけいたしますが、ご了承くださいますようお願い申し上げます): the mail's
# closing request, with what is asked said in it instead of よろしく.
CUSHIONED_REQUEST = Grammar(alt("お手数", "お手間", "ご面倒", "ご迷惑", "ご不便") + "を" + alt("おかけ", "お掛け")
                            + alt(ITASU + "します", "します", "しますけれども") + "が[、,]?[^。]{0,40}?"
                            + alt("お願い" + alt(ITASU, "し", "申し上げ") + "ます", KUDASARU + "い" + alt("ませ", ""))
                            + _END)
# Another way of ours offered for the case the first does not suit them, as the last words (ご来所が
# 難しい場合は、着払いでのご郵送も承ります / お電話が難しいようでしたら、メールでのご案内もいたします):
# the reader knows what more we do if they need it.
FALLBACK_DEED = Grammar(_NEEDED + r"[、,]?[^。]{0,30}?も[^。]{0,6}?"
                        + alt("承ります", "承っております", ITASU + "ます", "可能です", "できます", "お受けします",
                              "ご用意しております", "ご用意" + ITASU + "ております", "ご用意できます")
                        + _END)
# The last words that close a mail by themselves, searched as one pattern (closing/missing asks of
# the last sentence whether any of them is there: one scan of it, not one per act)
# How they answer us for the next step, by a reply to this mail or a call, as the last words (ご来店の
# ご予約は、このメールへのご返信か、お電話で承ります / お迎えの時間の目安を、このメールへのご返信か、
# お電話でお知らせください): the exchange goes on with their answer.
# (a reply to this mail among the ways: お電話またはWeb予約から承っております alone is how to book, which
# a writer labels as no close)
# (or said as their act: このメールにご返信いただくか、お電話でお知らせください)
BY_REPLY = Grammar(alt("このメールへのご返信", "本メールへのご返信", "このメールにご返信", "ご返信")
                   + alt("", ITADAKU + "く", KUDASARU + "る") + alt("か", "または", "、", "で", "にて") + r"[^。]{0,30}?"
                   + alt("承ります", "承っております", "受け付けております", "お知らせ" + KUDASARU + "い", "ご連絡" + KUDASARU + "い",
                         "お申し付け" + KUDASARU + "い")
                   + r"[ませ]{0,2}" + _END)
LAST_WORDS_CLOSE = Grammar("|".join("(?:" + g.pattern + ")" for g in (
    DEED_AT_WISH, AT_THEIR_WISH, REASSURED, WISH_ASKED, ON_THEIR_WORD, CUSHIONED_REQUEST, INVITED, BY_REPLY)), spans_only=True)
# Thanks for the customer's reply: a later message of a thread, where they are in touch already
# (ご回答: their answer to our question)
THANKS_FOR_REPLY = Grammar(alt("ご返信", "お返事", "ご返事", "ご返答", "ご回答") + alt("を", "") + alt(
    ITADAKU + "き", "くださり", "ありがとう", "誠にありがとう", "有難う", "有り難う"))
# Asking the reader to wait: お待ちください / お待ちいただけますか / お時間を頂戴できますでしょうか
WAIT_REQUEST = Grammar(
    # (not 楽しみにお待ちください: looking forward to something)
    r"(?<!楽しみに)" + alt("少々", "しばらく", "今しばらく", "いましばらく", "暫く", "もうしばらく", "もう少し", "少し", "")
    + alt("の間", "") + "[、,]?"
    + alt("お待ち" + alt(KUDASARU + "い", "願", "になって" + KUDASARU + "い",
                         ITADAKU + alt("けます", "けません", "けない", "ければ", "けると", "きますよう", "きたく",
                                       "きたい", "きます", "くことにな", "くことと", "く形", "くようお願い")),
          # (the plain verb in its te-form: 待っていただけますか, 待ってくださいますか, 待ってもらえますか)
          "待って" + alt(ITADAKU + alt("けます", "けません", "けない", "ければ", "けると", "きますよう", "きたく",
                                       "きたい", "くことにな", "くようお願い"),
                         KUDASARU + alt("い", "いませ", "います"), "もらえ"))
    # (asked for, or announced; not the time taken: お時間をいただき、申し訳ございませんでした)
    # (not a meeting's time, お打ち合わせのお時間をいただけますか, nor thanks for time given,
    # お時間をいただけたことに感謝しております)
    + "|" + "".join(f"(?<!{w}の)" for w in ("合わせ", "面談", "面接", "会議", "お話", "ご相談", "ご説明", "ご面談", "訪問", "ご訪問"))
    # (or a respite asked: 今しばらくご猶予をいただけますでしょうか)
    + alt("少し", "少々", "しばらく", "") + alt("お時間", "ご猶予") + alt("を", "")
    + alt(ITADAKU + alt("け(?!た)", "きます", "きたく", "きたい"), alt("ちょうだい", "頂戴") + alt("でき", "いたし", "し", "したく"),
          KUDASARU + "い"))
# An offer open to anything (何かございましたら, お気軽に), not to this matter alone (金額の変更を
# ご希望の場合は、…お問い合わせください): the last words of a letter that close it.
OPEN_ENDED = Grammar(alt("何か", "なにか", "何でも", "なんでも", "何なりと", "ほかに", "他に", "その他", "そのほか", "いつでも",
                         "ご不明", "お困り", "気になる", "ご不安", "ご心配", "ご質問", "変わったこと",
                         # an invitation as such: どうぞお気軽にご相談ください, 一人で悩まずにご相談ください
                         "お気軽に", "気軽に", "お気兼ねなく", "ご遠慮なく", "遠慮なく", "遠慮なさらず", "悩まず",
                         "抱え込まず", "抱えこまず", "ためらわず", "どんなこと", "どのようなこと", "ささいな", "些細な",
                         # (お気づきの点がございましたら、どんな小さなことでも)
                         "小さなこと", "お気づき",
                         # (said plainly: わからないことがあれば / 分からない点がございましたら; in
                         # やさしい日本語, words set apart: わからない ことが あったら)
                         alt("わから", "分から", "判ら") + r"ない\s?" + alt("こと", "点", "ところ", "所", "部分")))
# ...or open to the matter going wrong after all (それでも改善しないときは / うまくいかない場合は /
# まだエラーが出るようでしたら / わかりにくい点があれば): the last line of a reply that gives a fix,
# which closes it as an open offer does. (A change of plan, ご都合が悪い場合は, is STEP_ON_CONDITION's.)
FALLBACK = Grammar(
    alt("それでも", "それでもなお", "まだ", "引き続き", "再び", "再度", "万が一", "万一")
    + r"[^。]{0,20}?" + alt("場合", "とき", "時", "ようでしたら", "ようなら", "ようであれば", "なら", "れば", "たら")
    + "|" + alt("つながらない", "繋がらない", "改善しない", "改善されない", "解決しない", "解決されない", "解消しない",
                "解消されない", "直らない", "治らない", "表示されない", "動かない", "反映されない", "届かない",
                "うまくいかない", "上手くいかない", "うまく行かない", "進まない", "起動しない", "使えない", "開かない",
                "消えない", "戻らない", "変わらない", "エラー", "不具合", "症状", "わかりにく", "分かりにく", "わかりづら",
                "分かりづら", "迷われ", "迷った")
    + r"[^。]{0,12}?" + alt("場合", "とき", "時", "ようでしたら", "ようなら", "ようであれば", "なら", "れば", "たら", "点があれば",
                            "点がございましたら"))
# Asking the reader to hold on while we see to it: 少々お待ちください / お時間をいただけますか /
# 確認いたしますので、お待ちください (not a wait for something else: 送り状を貼って、お待ちください)
HOLD_ON = Grammar(
    alt("少々", "しばらく", "今しばらく", "いましばらく", "暫く", "もうしばらく", "もう少し", "少し", "このまま", "そのまま")
    + alt("の間", "") + "[、,]?"
    # (with how long, too: このまま1〜2分ほどお待ちください)
    + r"(?:[0-9〜~\-一二三四五六七八九十数]{1,6}(?:分|秒)(?:ほど|程度|くらい|ぐらい)?[、,]?)?" + "お待ち"
    + "|お時間" + alt("を", "") + alt(ITADAKU, "ちょうだい", "頂戴")
    + "|" + alt("確認", "調査", "お調べ", "お調べし", "確認し", "調査し", "問い合わせ") + r"[^。]{0,12}?" + alt("ので", "から", "間")
    + r"[^。]{0,12}?お待ち")
# The chat handed over to a colleague (担当者におつなぎします / 専任スタッフに代わります / 担当部署へ
# 転送いたします): the conversation goes on with them.
HANDED_OVER = Grammar(alt("担当", "専任", "係", "スタッフ", "部署", "窓口", "オペレーター", "責任者", "上長")
                      + r"[^。]{0,20}?" + alt("おつなぎ", "お繋ぎ", "おつなげ", "転送", "代わり", "かわり", "お取り次ぎ", "お取次ぎ",
                                              "引き継ぎ", "引継ぎ")
                      + r"[^。]{0,6}?" + alt(ITASU, "し", "申し上げ") + "ます")
# The reader asked to send or type something here, in this conversation (お写真をこのチャットに添付
# してお送りください / 結果をこちらに貼り付けてください): their move is next, in the same chat.
SEND_HERE = Grammar(alt("このチャット", "こちらのチャット", "本チャット", "チャット上", "チャット内", "このトーク", "このスレッド",
                        "この画面", "こちらに", "ここに")
                    + r"[^。]{0,16}?" + alt("お送り", "送って", "添付", "貼り付け", "貼って", "ご入力", "入力して", "ご記入", "お書き")
                    + r"[^。]{0,8}?" + alt(KUDASARU + "い", ITADAKU + "け", ITADAKU + "きますよう"))
# We will get back to the reader: 確認のうえご連絡いたします / 分かり次第ご報告します / 追ってご案内します
_NEWS = alt("ご連絡", "お電話", "ご報告", "ご案内", "ご返信", "ご回答", "お知らせ", "メール", "お返事", "ご返事")
_WE_SEND_NEWS = _NEWS + r"[^。]{0,8}?" + alt(ITASU, "申し上げ", "させて" + ITADAKU + "き", "し") + "ます"
# After we have looked into it, or later on (not after an event the reader can see coming:
# 見積もりが届きしだいご連絡します says when): 確認のうえ、確認して、確認いたしまして、確認後、
# 確認でき次第、判明次第、結果が分かりしだい、後ほど、追って、折り返し
_CHECKED = alt("確認", "調査", "お調べ", "検討", "相談", "判明", "分かり", "わかり", "結果が出", "確認が取れ", "確認がとれ",
               "整い", "まとまり", "お調べし")
_THEN = alt(alt(ITASU, "し", "") + alt("て", "まして", "たうえで", "た上で", "た後", "たのち", "てから"),
            alt("の", "") + alt("うえ", "上", "後", "のち") + alt("で", ""), alt("でき", "") + alt("次第", "しだい"))
_AFTER_CHECKING = alt(alt("後ほど", "のちほど", "追って", "折り返し") + r"[、,]?",
                      _CHECKED + _THEN + r"[、,]?" + alt("改めて", "あらためて", "") + r"[、,]?")
_LATER = alt("改めて", "あらためて", "改めまして", "再度", "次第", "しだい", "後日", "こちらから", "当方から", "弊社から",
             # (once an event of the matter has come: 確認が終わりましたら、メールでご案内いたします;
             # not a need of theirs, ございましたら)
             r"(?<!ござい)(?<!あり)(?<!いただき)(?<!頂き)ましたら",
             # (after an event of the matter: 発送後に再度ご連絡いたします; not 最後に)
             alt("発送", "出荷", "到着", "確認", "完了", "手配", "入荷", "修理", "返品", "入金", "受付", "受領", "調査",
                 "点検", "交換", "工事", "作業") + "後に", _AFTER_CHECKING)
GET_BACK = Grammar(_AFTER_CHECKING + _WE_SEND_NEWS)
# We will look into it (no news promised yet): 確認いたします / お調べしますので
WILL_CHECK = Grammar(alt("調査", "確認", "お調べ") + alt(ITASU, "し") + "ます" + alt("ので", "。", "$"))
# How long, or until when: 3分ほど, 2営業日以内に, 本日中に, 明日の正午までに, 来週, すぐに (a
# template's slot for the figure too, ○月末, 〇日以内: the time is given when the slot is filled)
TIME_ESTIMATE = Grammar(
    r"[0-9０-９一二三四五六七八九十数半○〇◯●]{1,6}\s?" + alt("秒", "分", "時間", "日", "営業日", "週間", "か月", "ヶ月", "カ月",
                                                "ケ月", "月", "時", "年")
    # (not a period a thing is of: 1月分の試算表, 令和7年分, 2025年度, 3月号; round 36)
    + r"(?![分度号])"
    + "|" + alt("本日", "今日", "今夜", "今晩", "明朝", "明日", "あす", "明後日", "あさって", "今週", "来週", "週明け", "今月", "来月", "月内",
                "年内", "週内", "近日中", "当日中", "日のうちに", "即日", "すぐ", "ただちに", "直ちに", "まもなく", "間もなく",
                "この後", "このあと", "午前中", "午後", "夕方", "正午", "営業時間内", "終業", "始業")
    + "|" + r"[月火水木金土日]曜"
    # a clock time, as 14時 is one: 14:00までお待ちください (NFKC has made ： a colon)
    + "|" + r"(?<![0-9])[0-9]{1,2}:[0-5][0-9](?![0-9])"
    # an event the customer will see come: 次回のアップデートで修正予定です
    + "|" + alt("次回", "次の") + "の?" + alt("リリース", "アップデート", "バージョンアップ", "メンテナンス", "定期メンテナンス"))
# We will get in touch again, later or at a stated time: the exchange goes on, so no offer of
# further help is needed yet.
# (or our next notice of the matter: 時期が近づきましたら、改めてご案内いたします)
_CONTACT_TO_COME = alt(alt("ご連絡", "お電話", "ご報告", "ご返信", "ご回答", "お知らせ", "メール", "お返事", "ご返事", "ご案内")
                       + r"[^。]{0,8}?",
                       # (or the news sent as a paper of its own: 経緯と再発防止策は、12月8日までに障害報告書として
                       # お送りいたします / 結果は回答書にまとめてお送りします)
                       alt("報告書", "回答書", "調査結果", "結果") + r"[^。]{0,12}?" + alt("お送り", "送付", "お届け", "ご提出")) \
    + alt(ITASU, "申し上げ", "差し上げ", "させて" + ITADAKU + "き", "し", "伺い") + "ます"
# (伺います: the call is ours, to ask after them: 明朝、お電話でご様子を伺います)
# ... or we will take the reader through the next step once they have done theirs (結果を貼り
# 付けていただければ、続きをご案内いたします; 続き, not the 続き of 手続き).
_WE_CONTINUE = alt("(?<![手相])続き", "続けて", "その先", "次の手順", "その後の手順") + r"[^。]{0,8}?" \
    + alt("ご案内", "ご説明", "お手伝い", "ご連絡", "ご報告") + r"[^。]{0,4}?" + alt(ITASU, "申し上げ", "し") + "ます"
NEXT_CONTACT = Grammar(alt(_LATER, TIME_ESTIMATE.pattern + alt("に", "まで", "以内", "中", "頃", "ごろ", "後", "ほど", "程度", "、"),
                           # (news as it comes, while the matter runs: 状況はその都度お知らせいたします)
                           alt("その都度", "そのつど", "随時", "逐一"),
                           # (a change of the matter, told at once if it comes: 納期に変更が生じた場合は、速やかに
                           # ご連絡申し上げます)
                           r"場合(?:は|には)[、,]?\s?" + alt("速やかに", "すみやかに", "直ちに", "ただちに"))
                       + r"[^。]{0,30}?" + _CONTACT_TO_COME + "|" + _WE_CONTINUE)

# ...here, in the conversation the reader is in (このチャットでお知らせいたします / 結果をこちらに
# 貼っていただければ、続きをご案内します): a chat that goes on, not one handing the matter over.
IN_THIS_CONVERSATION = Grammar(alt("このチャット", "こちらのチャット", "本チャット", "チャット上", "チャット内",
                                   "このトーク", "こちらのトーク", "このメッセージ", "こちらのメッセージ", "この画面",
                                   "この場", "このまま", "(?<![手相])続き"))

# Waiting for the goods on their way (お手元に届くまで、もう少しだけお待ちくださいませ / 到着まで
# 楽しみにお待ちください)
# A call or a meeting of ours proposed at a time, asked as the last words (11月19日（水）か20日（木）の夜に
# 30分ほど、お電話でいかがでしょうか / 来週11月25日（火）以降で30分ほどお時間をいただけますでしょうか):
# the exchange goes on at a time named; round 36: three clean replies of one blind writer end so
MEETING_PROPOSED = Grammar("(?:" + TIME_ESTIMATE.pattern + r")[^。]{0,40}?"
                           + alt("お電話", "お話", "面談", "打ち合わせ", "お打ち合わせ", "ご説明", "お伺い", "伺", "お時間", "ご都合")
                           + r"[^。]{0,30}?" + alt("いかがでしょうか", "いかがですか", "いただけますでしょうか", "いただけますか",
                                                   "よろしいでしょうか") + r"[。?]?\s*$")
# ...the call or the meeting, or time asked of them, named in the last sentence, or in the sentence before when
# the last only asks when (一度お電話でお気持ちを伺えればと思います。明日の12時〜13時、または19時以降でご都合は
# いかがでしょうか)
MEETING_NAMED = Grammar(alt("電話", "お話", "面談", "打ち合わせ", "伺", "お時間"))
GOODS_AWAITED = Grammar(alt("届く", "届き", "お届け", "到着", "入荷", "発送", "お手元") + r"[^。]{0,6}?まで[^。]{0,16}?お待ち")
# ...or any wait asked as the very last words (ご迷惑をおかけいたしますが、今しばらくお待ちくださいませ /
# 回答まで、もうしばらくお待ちいただけますようお願いいたします): the matter goes on, and the reply
# ends on what the reader does meanwhile, as a closing line would. (Counted across the dev sets in
# round 26: 18 mails that end so are left unlabeled for their closing, 7 are labeled.)
WAIT_ASKED_LAST = Grammar(r"お待ち" + alt(KUDASARU + "い", KUDASARU + "いませ", KUDASARU + r"いますよう[^。]{0,12}?",
                                         ITADAKU + alt("けますよう", "きますよう") + r"[^。]{0,12}?", "願います")
                          + r"[。!！]?\s*$")
# The customer's move next: a question to them, or a request to reply, send, or wait.
QUESTION = Grammar(r"(か|かね|でしょうか|ますか|ませんか)[。?]?\s*$|\?\s*$")
AWAITS_REPLY = Grammar(
    alt("ご返信", "ご返事", "お返事", "ご連絡", "ご回答", "ご入金", "ご返送", "お返事", "ご来店", "お越し", "ご提出")
    + r"[^。]{0,10}?" + "お待ち" + alt("し", ITASU, "申し上げ") + "て?" + alt("おり", "い") + "ます"
    # ...or asks them to tell how it went, or which they choose: 表示されたかどうか、お知らせ
    # いただけますと幸いです / ご都合のよいほうをお知らせください
    + "|" + alt("かどうか", "結果", "どちら", "ほう", "いずれ") + r"[^。]{0,12}?"
    + alt("お知らせ", "教えて", "お教え", "ご連絡", "お聞かせ", "ご返信") + r"[^。]{0,16}?"
    + alt(KUDASARU + "い", ITADAKU + "け", "幸い")
    # ...or asks for their reply, or their decision on what we sent: お返事をいただけますと
    # 助かります / ご検討のほど、よろしくお願いいたします
    + "|" + alt("ご返信", "ご返事", "お返事", "ご回答", "ご検討") + alt("を", "の", "のほど", "") + "[、,]?"
    + alt(ITADAKU + "け", ITADAKU + "きます", KUDASARU + "い", YOROSHIKU, ONEGAI))

# -- closing --------------------------------------------------------------------------------
# The request that ends a letter: よろしくお願いいたします, ご理解のほどお願い申し上げます,
# ご了承くださいますようお願いいたします (not a request in the body: 住所の確認をお願いいたします).
_ASKED_GOODWILL = alt("ご理解", "ご協力", "ご了承", "ご容赦", "ご海容", "ご査収", "ご検討", "ご高配", "ご指導", "ご鞭撻",
                      "ご支援", "ご愛顧", "お引き立て", "ご承知", "ご賢察", "ご用命", "ご愛読", "ご支持", "お力添え")
_REGARDS = alt(YOROSHIKU + ONEGAI, ONEGAI + "申し上げ",
               alt(alt("よう", "ほど") + "[、,]?", _ASKED_GOODWILL + r"[^。]{0,20}?") + alt(YOROSHIKU, "")
               + ONEGAI + alt(ITASU, "申し上げ", "し") + "ます")
# (not a sentence that ends in a negative: 今後も提供の予定はございません says no more; nor one that
# ends by saying what they can do or what holds: 引き続きご利用いただけます / 今後も同じ料金でご利用
# できます tell a fact of the matter, they take no leave)
_FROM_NOW_ON = alt("今後とも", "今後も", "引き続き", "何卒", "なにとぞ", "末永く", "変わらぬ", "倍旧の") \
    + r"(?![^。]*?(?:ません|ない|ず|" + ITADAKU + r"けます|できます|出来ます|可能です|となります|になります|になれます)[。.!?]?\s*$)"
# The good a time is wished to be, in a wish said short or whole (よいキャンプを / 素敵なカーライフをお送りください)
_GOOD_TIME = ("よい", "良い", "素敵な", "すてきな", "楽しい", "快適な", "素晴らしい", "すばらしい")
_WISH = alt(
    "お祈り" + alt("申し上げ", ITASU, "し"), "祈念",
    # a congratulation as the last words (新生活のスタートを、心よりお祝い申し上げます)
    alt("お祝い", "お喜び", "お慶び") + "申し上げます" + r"[。!！]?\s*$", "願って" + alt("おり", "い") + "ます", "ますように",
    # (or said again at the end, or looked back on: 改めまして、合格おめでとうございます / このたびは本当に
    # おめでとうございました; round 35, a cram school's clean mail)
    alt("改めまして", "改めて", "あらためて", "重ねて", "本当に", "心より") + r"[^。]{0,12}?おめでとうございま" + alt("す", "した")
    + r"[。!！]?\s*$", r"おめでとうございました[。!！]?\s*$",
    "ご自愛", "ご健勝", "ご多幸", "ご発展", "ご繁栄", "ご活躍", "ご盛栄", "お大事に", "お体", "お身体", "おからだ",
    "ご回復", "お過ごし" + alt("ください", "くださいませ", "になれ", "いただけ"), "お気をつけ", "お気を付け",
    "良いお年", "よいお年", "楽しみにして", "心待ち", "お会いできる", "お目にかかれる",
    "応援して" + alt("おり", "い") + "ます", "ご健闘", "ご成功", "ご盛会",
    # (care for their strength, as the last words: どうぞご無理なさらないでください / 無理をなさらず
    # お過ごしください; not a request bounded by it, ご無理のない範囲でお知らせください)
    alt(alt("ご無理", "無理を?") + alt("なさらない", "なさらず", "されない", "されず", "しない", "せず"),
        alt("ご無理", "無理") + "のないよう(?:に)?[、,]?") + r"[^。]{0,12}?"
    + alt(KUDASARU + "い", "お過ごし") + r"[^。]{0,4}?[。!！]?\s*$",
    # (a resolve shared with the reader, as the last words: これからも一緒に頑張っていきましょう /
    # 合格まで一緒にがんばりましょうね)
    alt("一緒に", "ご一緒に", "いっしょに") + r"[^。]{0,12}?" + alt("頑張", "がんば") + r"[^。]{0,10}?ましょう[^。]{0,4}?[。!！]?\s*$",
    # 新生活が快適なスタートとなりますよう、心を込めてお手伝いいたします
    alt("ます", "る", "く") + "よう" + r"[、,]?[^。]{0,20}?" + alt("お手伝い", "努め", "(?<!お)願", "祈", "心を込め", "精一杯", "尽力"),
    alt("お楽しみ", "お過ごし") + alt(KUDASARU, ITADAKU + "け", "になれ"),
    # (said plainly, to a customer the writer knows: マロンちゃんとのお出かけ、楽しんできてくださいね)
    "楽しんで" + alt("きて", "いらして", "いらっしゃって", "") + KUDASARU,
    # (our joy in serving them, as the last words: お二人の大切な一日のお手伝いができますことを、
    # スタッフ一同うれしく思っております / 新居づくりに携われて光栄です)
    alt("お手伝い", "お役に立て", "ご一緒", "携わ", "関わ", "お任せいただ", "お選びいただ") + r"[^。]{0,16}?"
    + alt("うれしく", "嬉しく", "光栄", "幸せ") + alt("思", "存じ", "に思", "です", "でございます"),
    # (or our joy if they enjoy it, said on their doing as 幸いです is: またおいしく召し上がって
    # いただけたら、スタッフ一同うれしく思います / 末永くお使いいただければ嬉しく存じます)
    alt(ITADAKU + "け", KUDASARU + "っ", KUDASARU + "いまし") + alt("たら", "れば", "ましたら", "ると")
    + r"[、,]?[^。]{0,12}?" + alt("うれしく", "嬉しく", "幸せに", "光栄に") + alt("思", "存じ"),
    # (the day they look forward to: 当日を楽しみにお待ちください / お届けまで楽しみにお待ちくださいませ)
    alt("楽しみに", "お楽しみに") + alt("お待ち", "なさって", "して") + KUDASARU,
    alt("よい", "良い", "素敵な", "すてきな", "楽しい", "快適な", "実りある", "有意義な") + r"[^。、]{0,4}?"
    + alt("旅", "一日", "週末", "休日", "ご旅行", "ひととき", "お時間", "ご滞在", "年", "毎日", "日々") + "を",
    # (any good time wished, said short as the last words: それでは、よいキャンプを。/ 楽しいカーライフを!)
    r"(?<![のが])" + alt(*_GOOD_TIME) + r"[^。、!]{1,12}?を" + _END,
    # (or said whole, the good time wished them to live: 素敵なカーライフをお送りください / よいお年を
    # お迎えくださいませ)
    r"(?<![のが])" + alt(*_GOOD_TIME, "健やかな") + r"[^。、!]{1,12}?を" + alt("お送り", "お過ごし", "お迎え") + KUDASARU,
    alt("お越し", "お立ち寄り", "ご来店", "ご来院", "ご来館", "ご利用", "ご来場", "ご来社", "ご来訪", "ご来園", "ご参加",
        "ご宿泊", "ご乗車", "ご搭乗", "ご受講", "ご到着") + alt("を", "") + alt("心より", "") + "お待ち",
    # regards to someone at their side: ゆうなちゃんにも、よろしくお伝えください
    YOROSHIKU + "お伝え" + alt(KUDASARU, "願"),
    # a welcome, not directions (受付へお越しください)
    alt("どうぞ", "ぜひ", "是非", "お気軽に", "安心して", "お気をつけて",
        # (or at their time: ご都合のよいときにお立ち寄りください)
        "ご都合の" + alt("よい", "良い", "いい") + alt("とき", "時", "際", "日", "折")) + r"[^。]{0,10}?"
    + alt("お越し", "お立ち寄り", "ご来店", "ご来院", "ご来館", "お出かけ", "ご予約") + KUDASARU + "い",
    # ...or a recommendation to enjoy it: お子さまとのお出かけに、ぜひご利用ください
    alt("ぜひ", "是非") + r"[、,]?" + alt("ご利用", "お試し", "お楽しみ", "ご活用") + KUDASARU + "い")
_AWAIT = alt("お待ち" + alt("し", ITASU, "申し上げ") + "て?" + alt("おり", "い") + "ます", "お待ち申し上げ")
_COME_AGAIN = alt("またの" + alt("ご利用", "ご来店", "ご来院", "ご来館", "お越し", "ご連絡", "ご予約", "ご注文", "ご縁", "機会",
                                "ご旅行", "ご宿泊", "ご参加"),
                  "ご愛顧", "お引き立て", "ご贔屓", "ごひいき")
_SIGN_OFF = alt("失礼" + alt(ITASU, "し") + "ます", "略儀ながら", "取り急ぎ", "とりあえず",
                "まずは" + r"[^。]{0,30}?" + alt("ご案内", "お知らせ", "ご報告", "お礼", "御礼", "お詫び", "ご挨拶", "ご連絡", "まで"),
                "以上[、,]" + r"[^。]{0,20}?" + _NEWS + alt(ITASU, "申し上げ") + "ます")
_LATE_THANKS = alt(ARIGATOU + GOZAIMASU + "ました", "感謝" + alt("申し上げ", ITASU) + "ます",
                   alt("御礼", "お礼") + "申し上げます",
                   # thanks for the time they were with us, to one who leaves (これまでご愛用いただき、本当に
                   # ありがとうございます): a farewell, in the present tense too
                   alt("これまで", "今まで", "長らく", "永らく", "長い間", "長年", "長きにわたり") + r"[^。]{0,20}?" + ARIGATOU)
_CLOSING_APOLOGY = alt(
    # a reminder's close: すでにご返却済みの場合は、行き違いとなり失礼いたしました / 本メールと
    # 行き違いでご返却いただいている場合は、ご容赦ください
    "行き違い" + r"[^。]{0,24}?" + alt("失礼", "ご容赦", "お許し", MOUSHIWAKE, "お詫び"),
    alt("重ねて", "重ね重ね", "重々", "改めて", "あらためて", "改めまして", "あらためまして", "謹んで", "心より", "心から", "深く",
        "衷心より") + r"[^。]{0,24}?"  # (あらためまして、ご心配をおかけしましたことをお詫び申し上げます)
                       + alt("お詫び", "おわび"), MOUSHIWAKE + alt(GOZAIMASU + "ませんでした", "ありませんでした"),
                       alt("このたびは", "この度は") + r"[^。]{0,10}?失礼" + alt(ITASU, "し") + "ました",
                       # (the trouble caused, owned in the past as the letter ends: このたびはご心配を
                       # おかけしました / この度は大変ご迷惑をおかけいたしました)
                       alt("このたびは", "この度は") + r"[、,]?[^。]{0,10}?" + alt("ご迷惑", "ご心配", "ご不便", "お手数", "ご不快")
                       + r"[^。]{0,6}?" + alt("おかけ", "お掛け") + alt(ITASU, "し") + "ました",
                       # (or apologised for as the mail ends, after what we will do: 再集計が完了しましたら、
                       # 改めてご連絡いたします。ご迷惑をおかけし、申し訳ございません)
                       alt("ご迷惑", "ご心配", "ご不便") + "を" + alt("おかけ", "お掛け") + alt(ITASU, "し", "") + r"[、,]?\s?"
                       + alt("大変", "誠に", "") + MOUSHIWAKE + alt(GOZAIMASU + "ません", "ありません") + _END)
# ...an apology letter's close, on its own (closing/no-further-help reads it: the letter ends on it)
CLOSING_APOLOGY = Grammar(_CLOSING_APOLOGY)
# A refusal's last words, regret that the answer falls short of their wish (ご期待に沿えないご回答と
# なり、申し訳ございません / ご希望に添えず、誠に申し訳ありません / お力になれず申し訳ございません):
# the mail's closing line, though not an apology letter's (the offer of help is still owed)
_FALLING_SHORT = (alt(alt("ご期待", "ご希望", "ご要望", "ご意向") + r"に\s?" + alt("沿え", "添え", "そえ", "お応えでき", "応えられ"),
                      "お力になれ", "お役に立て")
                  + alt("ない", "ず", "ませんで") + r"[^。]{0,16}?"
                  + alt(MOUSHIWAKE + alt(GOZAIMASU + "ません", "ありません"), "お詫び申し上げます") + _END)
_GLAD = alt("幸いです", "幸いに存じます", "幸甚", "ありがたく存じます", "助かります")
# A commitment that closes a letter: 責任を持って準備を進めてまいります / 品質の向上に努めてまいります,
# in kanji (努めて参ります) and as a wish (改めてまいりたいと思います / 見直してまいりたく存じます)
# ...or an effort promised toward an end (一日でも早くお届けできるよう手配いたします / 二度と起こらない
# よう努めます / ご満足いただけるよう尽力いたします), or the measure already taken toward it
_COMMITMENT = (alt(r"[てで]" + alt("まいり", "参り") + alt("ます", "たいと" + alt("思い", "存じ", "考えており") + "ます", "たく存じます"),
                   r"よう(?:に)?[、,]?[^。]{0,16}?" + alt("努め", "努力", "尽力", "手配", "徹底", "取り計らい", "取り計ら")
                   + alt(ITASU, "し", "") + "ます",
                   # (a measure promised so that it does not happen again: 今後このようなことがないよう、配送の
                   # 確認を二人で行うようにいたします)
                   r"ないよう(?:に)?[、,][^。]{0,30}?ように" + alt(ITASU, "し") + "ます",
                   # (or the measure already taken, so that it does not happen again: 緩衝材を増やして
                   # 梱包するよう改めました / 二重に確認する手順に見直しました)
                   alt(r"よう(?:に)?[、,]?[^。]{0,16}?", r"(?:手順|体制|方法|仕組み)に") + alt("改め", "見直し", "変更", "徹底")
                   + alt(ITASU, "し", "") + "ました")
               + r"。?\s*$")
CLOSING = Grammar(alt(_REGARDS, _FROM_NOW_ON, _WISH, _AWAIT, _COME_AGAIN, _SIGN_OFF, _LATE_THANKS,
                         _CLOSING_APOLOGY, _FALLING_SHORT, _GLAD, _COMMITMENT))
# A chat's last words that take leave: a wish, thanks for the exchange, an invitation to come
# again, our waiting for them (温かいうちにお召し上がりください is not one; どうぞお気をつけて,
# ありがとうございました, スタッフ一同お待ちしております are)
FAREWELL = Grammar(alt(_WISH, _LATE_THANKS, _COME_AGAIN, _AWAIT))
# A chat turn that signs off with regards or with our care going on (引き続きどうぞよろしくお願い
# いたします / 引き続き、大切にお預かりいたします): in a chat, the leave taken. (In a mail the regards
# are its closing line, which still owes the offer.)
# (the whole sentence, the relation going on: not a request for their understanding, ご理解賜ります
# ようお願い申し上げます, nor a bare よろしくお願いいたします after a change, which the team's rows ask an offer after)
CHAT_SIGN_OFF = Grammar(r"(?<![^。!?\s])" + alt("引き続き", "これからも", "今後も", "今後とも") + r"[、,]?"
                        + alt(alt("どうぞ", "") + YOROSHIKU + ONEGAI + alt(ITASU, "申し上げ", "し") + "ます",
                              r"[^。]{0,16}?" + alt(ITASU, "申し上げ") + "ます")
                        + _END)
# A sign-off of talk, not of a letter, as a mail's last words: それでは。/ ではでは〜♪ / じゃあまた /
# では、また！/ 以上、よろしく。/ よろしくです (the polite close is よろしくお願いいたします). Use
# .fullmatch() on a sentence or a line: alone on the last line, without a full stop (よろしく〜), it is
# still the writer's words, not a line of the signature.
CASUAL_SIGN_OFF = compile_pattern(r"\s*(?:(?:それ)?では(?:では|[、,]?また)?|それじゃ(?:あ)?(?:[、,]?また)?|じゃあ?(?:[、,]?また|ね)?|またね"
                             r"|(?:以上[、,]?\s*)?よろしく(?:ね|です)?)[。.!?〜~♪☆★ー\s]*")
# A business memo's last words: 以上、よろしくお願いいたします / 以上です。よろしくお願いします (the
# matter is closed between people who work together; read with the sentence after it)
MEMO_END = Grammar(r"\s*以上" + alt("です", "でございます", "となります", "になります", "") + r"(?:[、,。]|\s*$)")
# Which 結語 closes a letter opened by each 頭語 (the first is the usual one).
LETTER_PAIRS = {
    "拝啓": ("敬具", "敬白", "拝具", "かしこ"), "拝復": ("敬具", "敬白", "拝具", "かしこ"),
    # 謹啓 … 敬具 is common in real letters, if less strict than 謹白
    "啓上": ("敬具", "敬白"), "拝呈": ("敬具", "敬白", "拝具"), "謹啓": ("謹白", "謹言", "敬白", "敬具", "かしこ"), "謹復": ("謹白", "謹言", "敬白", "敬具", "かしこ"),
    "前略": ("草々", "早々", "匆々", "不一", "不備", "かしこ"), "冠省": ("草々", "早々", "匆々", "不一", "不備"),
    "急啓": ("草々", "早々", "匆々", "不一", "不備", "敬具"), "急呈": ("草々", "早々", "匆々", "不一", "不備", "敬具"),
}
# A seasonal greeting (時候のあいさつ): what 前略 says is left out.
SEASONAL = Grammar(r"[^\s、。]{1,6}" + alt("の候", "のみぎり") + "|" + alt("時下", "ますますご", "いよいよご")
                      + "|" + alt("お慶び", "お喜び") + "申し上げ")
# The closing words of a formal letter (頭語 … 結語), alone on their line.
# Use .fullmatch() on a line or a sentence.
LETTER_FOOT = Grammar(r"\s*" + alt(*map(spaced, FOOT_WORDS)) + r"\s*$")

# -- what the reply answers -----------------------------------------------------------------
# The reply speaks of the customer's message (received, not invited): it answers an inquiry.
# お問い合わせいただき / ご質問の件 / ご相談いただいた / ご連絡ありがとうございます / 〜とのこと
INQUIRY = Grammar(
    alt("お" + TOIAWASE, "ご" + TOIAWASE, "ご質問", "ご相談", "お尋ね", "おたずね", "ご照会", "ご連絡", "ご返信",
        "お申し出", "ご指摘", "ご要望", "ご依頼", "ご意見", "お便り", "お手紙", "メール", "ご報告")
    # received (いただき, くださった), not asked for (お問い合わせください, ご連絡いただけますと幸いです)
    + alt("を", "") + alt(ITADAKU + alt("き", "いた", "いて", "きまし"), KUDASARU + alt("り", "った", "いまし"), "頂戴")
    + "|" + alt("お" + TOIAWASE, "ご" + TOIAWASE, "ご質問", "ご相談", "お尋ね", "おたずね", "ご照会", "ご連絡", "ご返信",
                "お申し出", "ご指摘", "ご要望", "ご依頼", "ご意見", "お便り", "お手紙", "メール", "ご報告")
    + alt(ARIGATOU, "の件", "につき", "について", "に関して",
          "の内容", "にお答え", "への回答", "へのご回答", "を拝見", "を拝読", "を承", "のあった", "があった", "のとおり")
    + "|ご依頼の"
    + "|" + alt("との", "とのこと", "とお伺い", "と伺") + alt("こと", "ご連絡", "お申し出", "お話", "")
    + alt("で", "、", "。", "ですが", "につき", "でした")
    # we looked into the matter they raised: ご契約の更新について確認いたしました
    + "|" + alt("について", "につきまして", "の件", "の件につき") + "[、,]?" + alt("確認", "お調べ", "調査", "回答", "ご回答")
    + alt(ITASU, "し") + alt("ました", "ます"))
# Where the reply restates the customer's message in their words: the clause before these
# (CSVの取り込みで文字化けする件ですね / 画面が真っ白になるとのこと / 〜とお伺いしました), or
# takes in their request by its matter (IVRのガイダンス差し替えの件、承知いたしました).
# (and what they ask about, named back to them as a chat answer opens: VLANの設定についてですね,
# cronの設定ですね, 〜についてのご相談ですね)
RESTATED = Grammar(alt("とのこと", "とのお", "とのご", "とお伺い", "とお聞き", "と伺", "とうかが")
                   + "|" + alt("について", "に関して", "の設定", "ご質問", "ご相談", "お問い合わせ") + alt("ですね", "でございますね")
                   # (件ですが, 件は: the matter they reported, named as they did: 拠点のONUのランプが消えている件ですが)
                   + "|件" + alt("ですね", "でしょうか", "でございますね", "ですが", "でございますが", r"は[、,]")
                   # (or a clause of theirs, then 件 and a comma: VPNがつながらない件、ご不便をおかけして…)
                   + r"|(?<=[いたる])件[、,]"
                   # (or by the change or the thing they asked for, without 件: 竣工検査の日程変更、了解です,
                   # 3階の設備スリーブ位置の変更、承知しました)
                   + r"|(?<=[一-龥ァ-ヶー])[、,]\s*" + alt("承知", "かしこまりました", "畏まりました", "了解", "承りました"))
# A sentence that only names their matter back to them (HA構成でのファームウェア更新ですね。 / お引っ越しの
# お手続きですね): their question, in their words
MATTER_NAMED_BACK = Grammar(r"\s*[^。、]{2,40}?(?<=[一-龥ァ-ヶーA-Za-z0-9])" + alt("です", "でございます") + r"ね[。!！]?\s*")
# ... but not what a third party told us, relayed with とのこと (先方のJDに対するマッチ度から、今回は見送り
# とのことでした; 保証会社から連絡がございました。…属性面を補うため、…再審査が可能とのことです): the
# company, the maker, the guarantor speaks there, in its own words, not the customer
RELAYED_FROM = Grammar(r"先方|" + alt("メーカー", "保証会社", "審査会社", "企業様", "応募先", "担当医", "保険会社", "カード会社",
                                     "配送業者", "運送会社", "版元", "出版社", "本部", "担当部署", "管理会社", "オーナー様")
                       + alt("から", "より"))
# ... and the matter they asked about, named as they named it: お尋ねの追証の件, ご質問のSSOについて
# (the words between are theirs; in quotes too, as they wrote them: ご質問の「起票」について)
ASKED_ABOUT = Grammar(alt("お尋ねの", "ご質問の", "ご相談の", "ご照会の", "ご指摘の", "お問い合わせの")
                      + r"[「『]?([^。、,\n「」『』]{1,20}?)[」』]?(?:の件|について)")
# ... and the thing they asked us for or chose, by the name they gave it (ご依頼のRFジェネレーターの交換品,
# ご指定いただいたESCアッセンブリ): the noun up to its first particle is theirs. (Not ご注文の: what
# they ordered is named as our catalogue lists it, ご注文のヘッドライトASSY.)
# (Not what they asked about, ご質問のPTにつきましては: we may name it by our own clipped word;
# ASKED_ABOUT takes it only as the matter named, ご質問のSSOについて.)
REQUESTED = Grammar(alt("ご依頼の", "ご依頼いただいた", "ご依頼いただきました", "ご指定の", "ご指定いただいた")
                    + r"([^。、,\n「」をはがのにで]{1,20})")
# ... and what they found themselves, granted as they said it: ご指摘のとおり、本日…503エラーが返って
# おりました (the clause after, to the end of the sentence, is their own account)
AS_THEY_SAID = Grammar(alt("ご指摘", "ご推察", "お見立て", "おっしゃる", "お察し")
                       + r"(?:いただいた|いただきました|の)?" + alt("とおり", "通り") + r"[、,]?([^。!?\n]{1,80})")
# What every match of ASKED_ABOUT, REQUESTED and AS_THEY_SAID holds (their words without ご or お):
# one search of the reply for the three, which each searched it with a gate of its own (most hold none)
NAMED_BY_THEM_NEEDS = compile_pattern(r"問い合わせの|尋ねの|質問の|相談の|照会の|指摘|推察|見立て|っしゃる|察し"
                                      r"|依頼(?:の|いただ)|指定(?:の|いただいた)")
# A chat message that begins by taking in the customer's last message (かしこまりました。/ 承知
# いたしました。/ 確認いたしました。/ お調べしました。/ 確認が取れました。): a turn within a
# conversation, which is opened already.
# Use .fullmatch() on the first sentence.
TAKEN_IN = Grammar(alt("かしこまりました", "畏まりました", "承知" + alt(ITASU, "し") + "ました", "了解" + alt(ITASU, "し") + "ました",
                       # (了解です, too casual for a customer, takes in their message all the same:
                       # keigo/baito reads its register; four blind writers leave such a turn's
                       # opening alone)
                       "了解" + alt("です", "でございます"),
                       # (わかりました, plain and polite, as やさしい日本語 and a friendly desk take it in:
                       # four dev chats open so, none labeled for its greeting; keigo/casual reads a
                       # register too low after it)
                       alt("わかり", "分かり", "判り") + "ました",
                       # (not 〜のお申し込みを承りました: a first reply to a request opens so, and
                       # three blind writers ask it to greet first)
                       alt("確認", "お調べ", "拝見") + alt(ITASU, "し", "でき", "ができ", "が取れ", "がとれ") + "ました",
                       # ...with what we looked at named, as the customer just gave it (型番を確認いたしました /
                       # ログ確認しました / 店舗に確認しました): six blind writers leave such a chat turn's
                       # opening alone, one labels it. Not 〜の件、確認いたしました, which acknowledges a
                       # new matter as a first reply does: three writers of four ask it to greet first;
                       # nor こちらでも同じ現象を確認しました, the trouble they report seen here too, as
                       # a first answer to it says (E labels one, no writer leaves one clean).
                       # (what was looked at may be named with its number: ご予約番号 MR-88214 を確認いたしました)
                       r"(?!" + alt("こちらでも", "当方でも", "弊社でも", "当社でも") + r")[^。!?\n、]{1,24}?" + alt("を", "に", "") + r"(?<!件)"
                       + alt("確認", "お調べ", "拝見") + alt(ITASU, "し", "でき", "ができ", "が取れ") + "ました")
                   + r"[。!]?\s*")
# ... and a turn that settles what they have just asked for: agreed to (かしこまりました。/ 承知
# しました。), then それでは/では and the things they chose, each as a topic (では面付けは8面、トンボは
# センタートンボのみで): the words of their order, echoed back to them. (Not 確認しました: what was
# looked up is ours to name.)
AGREED = compile_pattern(alt("かしこまりました", "畏まりました", "承知" + alt(ITASU, "し") + "ました", "了解" + alt(ITASU, "し") + "ました")
                    + r"[。!]?\s*")
SETTLED_TOPIC = compile_pattern(r"(?:^(?:それ)?では[、,]?\s*|[、,]\s*)([^\s、。,!?はがをにでとも「」]{1,12})は(?![ぁ-ゖ])")
# Thanks for joining us, as a sign-up's welcome says it (このたびは〜をご契約いただき、誠にありがとう
# ございます): read by greeting/welcome-on-leaving and template/contradiction
SIGN_UP_THANKS = compile_pattern(alt("ご契約", "ご入会", "ご加入", "ご登録", "ご入居", "ご成約") + r"(?:を)?[^。]{0,4}?"
                                 + alt("いただき", "頂き", "くださり", "下さり", "を賜り", "賜り") + r"[^。]{0,12}?"
                                 + alt("ありがとう", "御礼", "お礼", "感謝"))
# The chat ended by this turn (ほかにご不明な点がなければ、これでチャットを終了いたします / このまま
# チャットを閉じていただいて大丈夫です): the last turn of a conversation, opened long before.
CHAT_ENDS = Grammar(alt("チャット", "トーク", "お問い合わせ", "ご相談") + "を" + alt("終了", "終わり", "終わら", "閉じ", "クローズ"))
CHAT_ENDS_NEEDS = ("終", "閉じ", "クローズ")  # (…を終了 / 終わり / 終わら, を閉じ, をクローズ: every match holds one)
# ... or the matter told as finished, as a sentence of its own among the last: 以上です / ご案内は以上と
# なります / 以上で本日のご案内を終わります / 解約の手続きは以上で完了です / では、これで終了します.
# (A topic before 以上 and no number in it: 対象は65歳以上です is a limit, not an end.)
MATTER_ENDS = compile_pattern(r"\s*(?:(?:それ)?では[、,]?\s*)?(?:[^\s。、!?0-9]{1,16}?[はも][、,]?\s*)?(?:以上"
                              + alt("です", "でございます", "になります", "となります")
                              + r"|以上で[^。!?]{0,16}?" + alt("終了", "終わり", "完了", "おしまい") + r"[^。!?]{0,12}?"
                              # (これで ends the talk only with 終了 or 終わり: これで設定は完了です tells a
                              # step done, as a later turn often does; dev chats: 2 labeled, 3 clean, 2 not)
                              + r"|これで[^。!?]{0,16}?" + alt("終了", "終わり", "おしまい")
                              + r"[^。!?]{0,12}?)[。!]?\s*")
MATTER_ENDS_NEEDS = ("以上", "終", "おしまい")  # (every match of MATTER_ENDS holds one: tests/test_structure_needs.py)
# A turn that ends on "if nothing else" (ほかにご質問がなければ、これでチャットを終了いたします): the
# door left open, as an offer leaves it.
NOTHING_ELSE = compile_pattern(r"(?:ほか|他)に[^。]{0,16}?" + alt("なければ", "ないようでしたら", "ないようであれば",
                                                                  "ございませんでしたら", "ございませんようでしたら"))
# Relief at what the customer has just told us (表示されたとのことで安心しました / 届いたようで
# よかったです): a chat turn that answers their last message.
RELIEVED = Grammar(alt("とのことで", "とのこと、", "ようで", "とのこと") + r"[^。]{0,6}?"
                   + alt("安心", "よかった", "良かった", "何より", "ほっと", "うれしく", "嬉しく"))
# A turn that answers their last words: thanks waved off (とんでもないです / いえいえ), an apology for
# keeping us waiting eased (大丈夫です、ゆっくりで構いませんよ), gladness that it worked out
# (解決してよかったです / お役に立ててよかったです): a later turn of the conversation (round 18:
# four such turns of one blind writer's, all clean)
ANSWERS_LAST_WORDS = Grammar(r"\s*" + alt("とんでもない", "とんでもございません", "いえいえ", "どういたしまして",
                                          r"大丈夫です(?:よ)?[、,!！。]")
                             + r"|\s*[^。]{0,12}?" + alt("解決", "直", "届", "お役に立て", "見つか", "つなが", "できるようにな", "開け")
                             + r"[^。]{0,6}?" + alt("よかった", "良かった", "何より") + alt("です", "でした", "！", "!", "。")
                             # (or any change they told of, glad of as the first words: うまく反映されてよかったです)
                             + r"|\s*[^。、]{1,16}?[てで]" + alt("よかった", "良かった") + alt("です", "でした", "！", "!", "。"))
# A change of ours announced to the customer (基本料金が変更になります / 価格を改定することに
# なりました / 出発時刻が変更になりました): a notice, when the reply speaks of no message of theirs.
ANNOUNCES = Grammar(alt("料金", "価格", "運賃", "会費", "時刻", "ダイヤ", "営業時間", "受付時間", "プラン", "サービス", "仕様",
                        "内容", "住所", "所在地", "電話番号", "定休日")
                    + r"[^。]{0,30}?" + alt("改定", "変更", "見直し", "値上げ", "値下げ", "終了", "移転")
                    + alt("になります", "になりました", "となります", "となりました", "いたします", "いたしました",
                          "することになりました", "することとなりました", "させていただきます", "を行います", "を実施"))
# We write first, to tell the customer something: 〜についてご連絡いたします / 日程が決まりましたので
# お知らせいたします / 交換工事のご案内をお送りいたします (a notice to one customer; not ご案内いたします
# alone, which answers a question as often: お問い合わせの駐車場について、ご案内いたします)
WE_WRITE_FIRST = Grammar(alt(alt("ご連絡", "お知らせ", "ご報告") + alt(ITASU, "申し上げ") + "ます",
                             alt("ご案内", "お知らせ", "ご連絡") + alt("を", "") + alt("お送り", "差し上げ") + alt(ITASU, "し") + "ます")
                         + _END)
# Letters that answer no inquiry: a reply to a proposal or an invitation, an absence, a thank-you.
NOT_AN_ANSWER = Grammar(
    alt("ご提案", "お誘い", "ご招待", "お招き", "ご案内状", "お見積", "ご紹介") + r"[^。]{0,60}?"
    + alt("見送", "辞退", "お断り", "遠慮", "見合わせ", "かね", "叶わ", "かなわ", "でき" + alt("ません", "ず", "ない"))
    + "|欠席|" + alt("出席", "参加", "ご一緒", "伺") + r"[^。]{0,6}?"
    + alt("でき" + alt("ません", "ず", "ない", "なく", "かね"), "かない", "かな" + alt("わ", "い"), "叶", "かね", "見合わせ", "えなく", "えません")
    # the result of a selection, declined: 選考の結果、貴意に添いかねる結果となりました
    + "|" + alt("選考", "採用") + r"[^。]{0,40}?" + alt("添いかね", "沿いかね", "見送", "不採用", "添えな", "沿えな", "添えず",
                                                     "沿えず", "ご縁がな", "残念ながら"))
# Words of mourning (…ご逝去の報に接し、謹んでお悔やみ申し上げます / ご冥福をお祈り申し上げます):
# a letter that opens on them is a letter of condolence (Document.condoles).
# So is a letter of sympathy that opens on the reader's misfortune just learned (火事にあわれたことを知り
# ました / 台風で御地に大きな被害が出ていると伺い): 見舞い状 go straight to the news as well.
_MOURNING = ("お悔やみ", "お悔み", "ご冥福", "御冥福", "哀悼", "逝去", "訃報", "悲報", "ご愁傷", "御愁傷", "ご不幸", "ご永眠",
             "弔意", "お力落とし")
_MISFORTUNE = ("火事", "火災", "地震", "台風", "豪雨", "大雨", "水害", "震災", "災害", "被災", "ご入院", "ご病気", "ご療養",
               "ご闘病", "ご負傷", "お怪我", "おけが", "事故に")
CONDOLENCE = Grammar(alt(*_MOURNING)
                     + "|" + alt(*_MISFORTUNE) + r"[^。]{0,30}?"
                     + alt("と知り", "を知り", "ことを知り", "と伺い", "を伺い", "とうかがい", "と拝聞", "を拝聞", "と承り",
                           "の報に接し", "と聞き", "を聞き", "を拝見し", "と拝見し"))
# A word every match of CONDOLENCE begins with: searched once in a whole reply, it tells the many
# that hold none from the few letters of condolence (CONDOLENCE's own gate reads the words after
# the misfortune, と知り / と伺い, whose と and を the search stops at in every sentence)
CONDOLENCE_NEEDS = compile_pattern(trie_pattern(_MOURNING + _MISFORTUNE))
# The title of a letter that answers nothing: a notice, an apology, a thank-you, a greeting.
NOTICE_TITLE = Grammar(alt("お知らせ", "ご案内", "ご通知", "お詫び", "おわび", "お礼", "御礼", "ご挨拶", "あいさつ",
                              "ご報告", "のお願い"))
# Addressed to many (お客様各位, 皆様には, 一部のお客様におかれましては): a notice. Not one
# customer's family or staff (ご家族の皆様, 貴社の皆様).
# (No branch begins with a common letter such as の or ご: the search stops at each of them.)
TO_MANY = Grammar(r"各位|(?<!の)" + alt("皆様", "皆さま", "みなさま", "皆さん") + alt("へ", "に", "には", "におかれ")
                     # (each pairing spelled out: its gate is then these words, not お客, which
                     # nearly every reply holds)
                     + "|" + alt(*(a + "の" + b for a in ("一部", "該当", "対象", "すべて", "全て", "多く", "利用中")
                                   for b in ("お客", "ご利用者", "利用者", "会員")))
                     + "|(?<=の)" + alt("お客様", "お客さま", "皆様", "皆さま", "みなさま", "皆さん") + "へ")
# Addressed to whoever holds a role, not to a person by name: ご担当者様, お客様
TO_ANYONE = Grammar(alt("ご担当者", "担当者", "ご担当", "管理者", "ご利用者", "お客様", "お客さま") + r"\s*(様|さま|各位|殿)?\s*[、,]?\s*$")
# Addressed to a company or one of its staff (株式会社みなと商事 総務部 田村様, 〜御中)
# Not a family name that ends in 部 (阿部 拓也様, 岡部様, 長谷部様: a person, not a department):
# the characters before its 部, which parties.OWN_PREFIX reads too.
BU_SURNAME_CHARS = "阿安岡服渡磯矢谷下武建卜占財石越坂神宮田岸"
_NOT_A_DEPT = "".join(f"(?<!{c})" for c in BU_SURNAME_CHARS)
TO_A_COMPANY = Grammar(r"御中|株式会社|有限会社|合同会社|\(株\)|\(有\)|法人|[^\s]" + _NOT_A_DEPT + r"部\s|[^\s]課\s|Inc|Co\.|Ltd"
                       # a professional's office and its people (山崎会計事務所 / 税理士 山崎様)
                       r"|事務所|税理士|弁護士|司法書士|行政書士|社労士|社会保険労務士|公認会計士"
                       # (the firms a company deals with, called as a body: お取引先各位, 荷主各位, 加盟店各位)
                       r"|取引先|荷主|協力会社|(?:販売店|代理店|特約店|加盟店|取扱店)(?:各位|様)"
                       # (a company by the trade its name ends in, its 株式会社 left off between regular
                       # partners, then the person: 大嶺建設 岩崎様, 東和精機 総務課)
                       r"|[^\s]{1,12}(?:建設|工業|商事|物産|製作所|電機|電工|運輸|産業|工務店|興業|商会|精機|化成|製薬|物流|技研)\s")
# ... or a department or its head (情報システム部, 総務課長): with TO_A_COMPANY and TO_ANYONE
# (ご担当者様), a reader who works for a business (Document.reader)
TO_A_DEPARTMENT = Grammar(r"[^\s\d](?:" + _NOT_A_DEPT + r"部|課|(?<!号)室)長?(?!\w)")  # (not a flat: 201号室)
# ... or speaks of the reader's work for their company: a business trip, its travel rules, its
# expense claims, the one who approves them (a corporate travel desk's booking chat answers staff on
# a trip: 差し戻し, 上長 are their words)
AT_WORK_WORDS = ("ご出張", "出張規程", "出張申請", "出張手配", "旅費規程", "経費精算", "社内規程", "承認者")
AT_WORK = Grammar(alt(*AT_WORK_WORDS))
AT_WORK_HOLDS = ("出張", "旅費規程", "経費精算", "社内規程", "承認者")  # (a piece each word holds, for `in`)
# The reply speaks of the reader's organisation with the written honorific of a business letter
# (an office too, 貴所, 貴事務所; and the clients a professional keeps, 顧問先コード: only a tax
# accountant's office is told of its clients' codes)
THEIR_ORGANISATION_WORDS = ("貴社", "御社", "貴店", "貴校", "貴院", "貴団体", "貴法人", "貴行", "貴庁", "貴所", "貴事務所", "顧問先")
THEIR_ORGANISATION = Grammar(alt(*THEIR_ORGANISATION_WORDS))
# (a piece each of its words holds, found with `in` before the search: most replies hold none,
# and `in` costs a fifth of the search; tests/test_acts.py holds every word to them)
THEIR_ORGANISATION_HOLDS = ("貴", "御社", "顧問先")
# ... or to whoever runs a business by their title (古書あけぼの堂 店主 吉川様, 院長 様), or to a
# professional addressed in their work as 先生 (a faculty member, a doctor, a tax accountant)
TO_AN_OWNER = Grammar(alt("店主", "店長", "店舗オーナー", "ショップオーナー", "院長", "園長", "校長", "理事長", "代表", "社長", "支配人",
                          "事業主", "経営者", "女将", "蔵元", "窯元", "先生"))
# ... or to someone at their workplace: a line that names the place they work (あおば薬局 駅前店,
# 北陸工場, 品川営業所) above their name, or the post they hold there (管理薬剤師, 係長, 工場長):
# a private customer's address ends in a number or a flat, never in a branch or a post.
TO_A_WORKPLACE = Grammar(r"\S(?:薬局|店|病院|医院|クリニック|診療所|事業所|営業所|出張所|工場|製作所|研究所|支店|支社|本社"
                         # (an association, a station, a centre: ミナト健康保険組合, あおぞら訪問看護ステーション)
                         r"|組合|協会|ステーション|センター)\s*\n"
                         # (or the kind first and the name after it: 居宅介護支援事業所ひだまり, ケアプランセンターあおぞら)
                         # (with a blank between: 居宅介護支援事業所 ひだまり)
                         r"|(?:事業所|ステーション|センター|組合|協会|病院|医院|クリニック|薬局|診療所)[ 　]?[^\s\d][^\n]{0,11}\n"
                         r"|" + alt("薬剤師", "主任", "係長", "所長", "工場長", "センター長", "支店長", "事務長", "施設長",
                                    "看護師長", "マネージャー", "マネジャー", "責任者",
                                    # (a care manager, a social worker: 介護支援専門員 上田様, 医療相談員)
                                    "介護支援専門員", "相談員", "ケアマネジャー", "ケアマネージャー", "ソーシャルワーカー"))
# Our desk says it serves businesses (法人サポート, 出店者サポート, 加盟店窓口): its reader is a business
FOR_BUSINESSES = Grammar(alt("法人", "出店者", "出品者", "加盟店", "販売店", "代理店", "取引先", "パートナー", "事業者",
                             "企業", "ビジネス") + r"(?:様|さま)?(?:向け)?\s*" + alt(
                             "サポート", "窓口", "デスク", "センター", "担当", "営業", "事務局", "カスタマー", "サービス"))
# The reader administers a system: the reply sends them to its admin console (管理コンソール,
# 管理センター). (Not their organisation's own servers: 御社のIdP側でSAMLの設定 may go to HR staff.)
ADMINISTERS_WORDS = ("管理コンソール", "管理者コンソール", "管理センター", "管理者ポータル", "管理ポータル",
                     "Admin Console", "admin console", "コントロールパネル",
                     # (or speaks of the settings only a tenant's administrator makes: its users'
                     # conditional access, the directory it syncs them from)
                     "条件付きアクセス", "ディレクトリ連携", "ディレクトリ同期",
                     # (an appliance's management console in the cloud, which only its administrator
                     # opens (round 18); not an API's keys or endpoints, which a shop owner is told of
                     # as often as a developer, and which are then the jargon itself)
                     "クラウドコンソール",
                     # (or a developer's console of an app store, where only the app's developer signs in:
                     # Developer Console でビルドをアップロード (round 22))
                     "Developer Console", "デベロッパーコンソール", "開発者コンソール", "Play Console", "App Store Connect")
ADMINISTERS = Grammar(alt(*ADMINISTERS_WORDS))
# (a piece each of its words holds, found with `in` first: see THEIR_ORGANISATION_HOLDS)
ADMINISTERS_HOLDS = ("管理", "コンソール", "dmin ", "コントロールパネル", "条件付き", "ディレクトリ", " Console", "Store Connect")
# The identity provider the company's sign-in runs on, which only its administrators open (Entra ID側で
# 属性マッピングを), or the audit log only they are given: a technical reader, whatever department the
# reply is addressed to (HR staff who set up single sign-on for their company: two blind writers'
# clean mails). Round 35: 44 clean dev replies name one; one labeled, a factory's staff member told why
# their own password did not sync, is missed so.
IDENTITY_PROVIDER = Grammar(alt("Entra ID", "Azure AD", "Okta", "OneLogin", "HENNGE", "監査ログ"))
IDENTITY_PROVIDER_HOLDS = ("Entra", "Azure", "Okta", "OneLogin", "HENNGE", "監査")
# The customer says they are new to it or do not know it well (はじめて管理者になった, 詳しくない,
# 不慣れ), as the reply restates them: whatever they administer, they are no engineer. (Not a
# first time of anything else: 初めてこのエラーが出た.)
NEW_TO_IT = Grammar(alt("初めて", "はじめて") + r"の?" + alt("管理", "担当", "設定", "導入", "使", "利用", "触", "扱")
                    + "|" + alt("初心者", "不慣れ", "詳しくな", "くわしくな", "素人", "慣れていな", "なったばかり",
                        "になられたばかり", "引き継いだばかり", "引き継がれたばかり"))
# The reader is new to what we deal in, as the reply restates them or greets them (古書のご購入は
# 初めてとのこと, 初めてのお取引, 投資の初心者): our trade's words are not theirs yet, whoever we are.
NEW_TO_TRADE = Grammar(alt("初めて", "はじめて") + r"の\s*" + alt("お取引", "お取り引き", "ご購入", "ご注文", "ご契約", "ご投資", "ご来店", "ご来院",
                                                            "ラウンド", "コース")
                       + "|" + alt("お取引", "お取り引き", "ご購入", "ご注文", "ご契約", "ご投資", "投資", "ゴルフ", "ラウンド") + r"は\s*" + alt("初めて", "はじめて")
                       # (a first round of golf, as a course greets it: ゴルフデビュー, コースデビュー)
                       + "|" + alt("ゴルフ", "コース", "ラウンド") + "デビュー"
                       + "|" + alt("初心者", "ビギナー", "beginner"))
# Our desk answers technical questions (テクニカルサポート, 開発者サポート): its reader asked one.
# (Not 技術サポート, which an internet provider's consumer line is called too.)
TECHNICAL_DESK_WORDS = ("テクニカルサポート", "テクニカルセンター", "テクニカルデスク", "開発者サポート",
                        "開発者窓口", "開発者向け", "デベロッパーサポート", "デベロッパー向け")
TECHNICAL_DESK = Grammar(alt(*TECHNICAL_DESK_WORDS))
# (a piece each of its words holds, looked for with `in` in the whole text before the text where
# the reply signs is put together: see Document._technical)
TECHNICAL_DESK_HOLDS = ("テクニカル", "開発者", "デベロッパー")
# The greeting of colleagues (お疲れさまです), and a reader named as a colleague is: with さん, or as
# the staff at large (社員各位, 拠点IT担当の皆さん); a customer is named with 様 or 御中
COLLEAGUES_GREETING = Grammar(alt("お疲れ", "おつかれ") + alt("様", "さま") + alt("です", "でございます"))
# (or one of us called by the post, as only colleagues call each other: 山田課長、お疲れさまです;
# a client is 部長の山田様 or 山田部長様, and NAMED_WITH_HONOUR keeps those out)
COLLEAGUE_NAMED = Grammar(r"(?<!お客)" + alt("さん", "各位", "皆さん", "みなさん", "課長", "部長", "係長", "次長", "室長",
                                             "所長", "支店長", "店長", "本部長", "主任", "班長") + r"(?:[、,\s]|$)")
NAMED_WITH_HONOUR = Grammar(alt("様", "さま", "御中", "殿"))
# A desk that answers the people who work with us, named for them (講師サポート, キャスト窓口,
# 配達パートナーサポートセンター, 登録スタッフ係): its reader is one of our tutors, couriers or
# registered staff, whom お疲れさまです greets as it greets a colleague (not an owner or a client
# company: オーナーサポート, 法人窓口 answer customers; nor ドライバー, a car maker's customers too)
WORKERS_DESK = Grammar(alt("講師", "チューター", "キャスト", "配達員", "配達パートナー", "クルー",
                           "登録スタッフ", "派遣スタッフ", "就業スタッフ", "ワーカー", "インストラクター")
                       + r"[^\S\n]*" + alt("サポート", "窓口", "係", "デスク", "センター", "事務局"))
# Settings given for the reader to make: a port (443番ポート, TCP 443), an address (192.0.2.10,
# *.example.jp to allow), an MTU or TTL value. Only whoever runs the network is given these: a
# shopper is told what to tap, not which port to open. (Not a word such as Aレコード, which is
# the jargon itself when a shop owner is told to change it.)
TECHNICAL_SETTING = Grammar(alt(
    r"\d{2,5}番ポート", r"ポート(?:番号)?(?:は|が)?[:：\s]?\d{2,5}(?![\d,])", r"(?:TCP|UDP)[\s/:：]?\d{2,5}",
    r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?(?![\d.])", r"\*\.[a-z0-9-]+\.[a-z]",
    # (a value given to them, not the hours a change takes: TTLの関係で反映まで最大24時間; nor a
    # clock time or a date, as a travel desk's TTL, a ticketing deadline, is: TTLが本日23時59分)
    alt("MTU", "TTL") + r"[^。、]{0,8}?\d{2,5}(?!\d)(?!\s?(?:時|日|か月|ヶ月|カ月|分|月|[:：/]))",
    # (a network's VLAN by its number: 管理用VLAN 10, VLAN ID 20, VLAN（ID 214）; only its administrator assigns them)
    r"VLAN\s?[(（]?\s?(?:ID\s?)?[:：]?\s?\d{1,4}(?![\d.])", r"VLANタグ",
    # (a standard cited by its number, RFC 1035, or a response's status by its code, HTTP 429 /
    # HTTP 5xx: only an engineer is told those; round 37: eleven clean dev replies give one)
    r"RFC\s?\d{3,4}(?!\d)", r"HTTP\s?[1-5](?:xx|XX|\d\d)(?![\dA-Za-z])",
    # (a block of fixed addresses ordered for an office: 固定IPアドレスを1個から8個へ変更)
    r"固定IP(?:アドレス)?[^。]{0,8}?\d{1,3}個",
    # (a path on a server's disk, a shell command with its option to type: /usr/bin/php8.2,
    # crontab -e, ssh -i: only whoever runs the server is given those)
    r"(?<![\w.:/])/(?:usr|etc|var|home|opt|srv)/[\w.-]",
    r"(?<![A-Za-z])(?:crontab|ssh|scp|sftp|rsync|chmod|chown|sudo|git|curl|wget|systemctl|mysql|mysqldump|php|composer|npm|pip|docker|kubectl)"
    r"\s-{1,2}[A-Za-z]",
    # (an HTTP status their program gets back, and a header it reads: HTTP 429が返りますので、
    # Retry-Afterヘッダーの秒数だけ待って…: only whoever writes the program is told those)
    r"HTTP\s?(?:ステータス(?:コード)?\s?)?[1-5]\d\d(?!\d)", r"[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)+\s?ヘッダ",
    # (a machine or a resource of theirs by the name it has in their console: インスタンスIDは
    # i-0a7f3c21, DBサーバー（db-prod-02）, 共用サーバー sv-204: lower-case pieces joined by hyphens,
    # a digit among them; not a piece of an address, a file or a mail address, nor a Wi-Fi network's
    # name, which a hotel guest is given too: SSID：hotel-guest-5g)
    r"(?<![A-Za-z0-9_.@/:\-])(?<!SSID)(?<!SSID\s)(?<!SSID[:：は])(?<!SSID[:：は]\s)(?=[a-z0-9-]*\d)"
    r"[a-z][a-z0-9]{0,7}(?:-[a-z0-9]+){1,4}(?![A-Za-z0-9_@./\-])"))
# What every match of TECHNICAL_SETTING holds, one branch each (番ポート, ポート 443, TCP, an
# address's .10., *.example, /usr/, a command's -e): searched first, as almost no reply holds one.
# (Not ポート alone: every サポート holds it; the whole pattern was tried at every digit.)
# (a machine's name by its first hyphen, read at the hyphen: a lower-case letter at most eight
# characters before it, as the name begins; a phone or an order number, 03-1234-5678, holds none,
# and a reply that gives one is not searched for the whole pattern, 40 µs a reply where it is)
TECHNICAL_SETTING_NEEDS = compile_pattern(r"番ポート|ポート(?:番号)?(?:は|が)?[:：\s]?\d|RFC|TCP|UDP|MTU|TTL|VLAN|固定IP|\.\d{1,3}\.|\*\."
                                          r"|/(?:usr|etc|var|home|opt|srv)/|-(?<=\s-)[-A-Za-z]|HTTP|ヘッダ|-(?:"
                                          + "|".join(r"(?<=[a-z]" + (r"[a-z0-9]{%d}" % k if k else "") + "-)" for k in range(8))
                                          + r")[a-z0-9]")
# The reader's own words (their quoted message, what the reply restates of it) name what only those
# who run a company's systems deal in: its directory and its access lists (Active Directory, LDAP,
# ACL), its network's addressing and tunnels (DHCP, VLAN, DNSのレコード), its storage's protocols
# (iSCSI, SMB, NFS), its single sign-on (SAML, SSO): a technical reader
THEIR_ADMIN_WORDS = compile_pattern(r"(?<![A-Za-z])(?:Active Directory|LDAP|ACL|DHCP|VLAN|SAML|iSCSI|NFS|SMB|SNMP|syslog|RADIUS)(?![A-Za-z])"
                                    r"|ドメインコントローラ|グループポリシー|[AMC]NAMEレコード|MXレコード|Aレコード")
# Addressed to an engineer by role, or to the company's IT department (情報システム部, 情シス,
# IT推進課: the people who run its network, mail and devices): a technical reader, to whom IT
# words are plain
TO_ENGINEERS = Grammar(alt("開発者", "開発部", "開発チーム", "開発ご担当", "開発担当", "エンジニア", "インフラ",
                           "システム管理", "ネットワーク管理者", "サーバー管理者", "サーバ管理者", "技術部",
                           "技術担当", "技術ご担当", "SRE", "情報システム", "情シス", "システム部", "システム課",
                           "システム室", "システムご担当", "システム担当", "ネットワークご担当", "ネットワーク担当",
                           "セキュリティご担当", "セキュリティ担当", "セキュリティ推進", "セキュリティ部",
                           "セキュリティ室", "セキュリティ課", "セキュリティ対策室", "情報セキュリティ", "CSIRT", "CISO",
                           "IT部", "IT課", "IT推進", "IT管理", "ITご担当", "IT担当", "社内SE",
                           # (who runs the company's systems as its infrastructure: 基盤運用部, システム基盤課)
                           "基盤運用", "システム基盤", "インフラ基盤", "IT基盤",
                           # (whoever administers a system for the company: タイムノート 管理者ご担当者様)
                           "管理者ご担当", "管理者担当", "管理者各位",
                           # (who runs the company's website: Web推進部, Web担当; its builders' words, CDN,
                           # リダイレクト, CSS, are theirs; not an online shop's sales staff, EC事業部, to whom
                           # blind writers label an API's and a warehouse's words)
                           "Web推進", "WEB推進", "ウェブ推進", "Web担当", "WEB担当", "ウェブ担当", "Webご担当", "ウェブご担当",
                           "Web管理", "Webサイト管理", "サイト管理", "Web制作", "ウェブ制作",
                           # (who installs, services or runs the equipment: a dealer's service
                           # section, a building's facility managers)
                           "技術課", "サービス課", "サービスエンジニア", "施工", "設備課", "設備管理", "施設管理"))

# -- trouble and acknowledging it -----------------------------------------------------------
# What went wrong for the customer: damage, a failure, a delay, a loss, a wrong charge, a
# complaint about how they were treated.
# (Not "it has not come yet": asked in a message, that is a question about the status, answered
# by the status itself; told as the customer's situation, it is trouble.)
_NOT_ARRIVED = alt("届かな", "届いていな", "届いておりませ")
TROUBLE = Grammar(alt(
    "壊れ", "破損", "割れ", "故障", "不具合", "エラー", "動かな", "動作しな", "使えな", "利用できな", "ご利用いただけな",
    "つながらな", "繋がらな", "表示されな", "遅れ", "遅延", "欠航", "運休",
    "消え", "間違", "誤って", "誤り", "違う", "異なる", "足りな", "不足", "汚れ", "傷", "キズ",
    "欠け", "漏れ", "止まっ", "引き落とされ", "二重", "返金されてい", "ログインできな", "待ち時間", "対応について",
    "ご不満", "苦情", "失礼な", "不快",
    # (what guests, diners and shoppers complain of, by its own word: noise, food gone cold or bad, a
    # foreign body, a wrong delivery, a staff member's manner; not a thing the reader lost, 鍵の紛失,
    # which writers answer as a matter of routine) (round 18)
    "騒音", "冷めて", "冷めた", "傷んで", "傷んだ", "腐って", "異物", "混入", "誤配", "誤送", "態度"))
# The reply tells of the trouble as the customer's situation: 傷があった件で / 届かないとのこと /
# 二重になっていた件 / 便は欠航となりました (not a topic it handles: 故障につきまして、交換品を…)
TROUBLE_TOLD = Grammar(alt(TROUBLE.pattern, _NOT_ARRIVED) + r"[^。、]{0,12}?" + alt(
    "件", "とのこと", "との", "ました", "ており", "ていた", "となり", "(?<!ません)でした")
    # something happened that should not have: 解約後も引き落としがあった件
    + "|" + alt("も", "が") + alt("あった", "発生した", "起きた", "生じた", "続いた") + alt("件", "とのこと"))
# Words that take in what the customer went through (ご不便をおかけし, ご心配な思い, さぞ驚かれた
# ことと存じます, お忙しいところ), or an apology that names the trouble (欠航となり…お詫び申し上げます,
# 届いていなかったとのこと、申し訳ございません).
ACKNOWLEDGEMENT = Grammar(
    alt("ご不便", "ご心配", "ご迷惑", "ご不安", "ご不快", "ご負担", "ご面倒", "お手数", "お困り", "ご苦労", "お怒り", "ご立腹",
        "ご落胆", "がっかり", "残念な", "悲しい", "つらい", "辛い", "嫌な思い", "不快な思い", "驚かれ", "お気持ち", "お察し",
        "ご心中", "お騒がせ", "ご心痛", "お見舞い", "大変でした", "大変な思い", "さぞ", "ごもっとも", "お忙しいところ",
        "お忙しい中", "楽しみにして", "心苦しく", "お時間を取らせ", "ご足労")
    + "|" + alt("件", "(?<!ま)こと", "ため", "により", "(?<!重ね)(?<!改め)(?<!併せ)て", "で", "ず", "しまい", "のに", "とのこと",
                "ところ", "際", "中")
    + r"[、,]?[^。]{0,24}?" + alt(MOUSHIWAKE, "お詫び", "おわび", "失礼"))
# ...or the trouble said as what there was or what it came to (商品に誤りがあり、大変申し訳ございません
# でした / 便が欠航となり、深くお詫び申し上げます), then the apology itself, not a cushion (お問い合わせが
# あり、申し訳ございませんが、…). (Its own grammar: があり and となり are common words, asked about
# only when nothing else has taken the trouble in.)
ACKNOWLEDGEMENT_THERE = Grammar(alt("があり", "が生じ", "が発生し", "となり") + r"[、,][^。]{0,16}?" + _APOLOGY)
# The same named apology split by 。: a sentence that tells our slip in the regretful 〜てしまう
# (別の資料を添付してしまいました / 取り違えてしまっておりました), then a sentence that is only the
# apology (深くお詫び申し上げます / 誠に申し訳ございませんでした). (Adverbs of degree may lead it; the
# slip's sentence is found with SLIP_TOLD, the apology's with APOLOGY_ALONE.match at its start.)
SLIP_TOLD = Grammar(r"[てで]しま" + alt("いました", "いまして", "っておりました", "っております", "っていました", "っています")
                    + r"[。．.!！]?\s*$")
# (the same slip anywhere: searched once over a reply, then read in its sentence)
SLIP_TOLD_ANYWHERE = Grammar(r"[てで]しま" + alt("いました", "いまして", "っておりました", "っております", "っていました", "っています"))
APOLOGY_ALONE = Grammar(r"\s*(?:" + alt("大変", "誠に", "まことに", "深く", "心より", "心から", "重ねて", "本当に", "改めて",
                                        "あらためて", "謹んで") + r"[、,]?\s*)*" + _APOLOGY)
# Our own slow answer: an apology for it opens the reply, it answers no trouble of the customer's.
OWN_DELAY = Grammar(alt(_KEPT_WAITING, "お待たせ", _LATE_ANSWER))

# -- cushions -------------------------------------------------------------------------------
# A set phrase that softens what follows (恐れ入りますが、お手数ですが、誠に勝手ながら、): not a
# clause of its own when a sentence's clauses are counted.
CUSHION = Grammar(alt(
    "恐れ入り" + alt("ます", "ますが"), "恐縮" + alt("です", "ではございます", "でございます"), "お手数" + alt("です", "ではございます",
    "をおかけ" + alt("します", ITASU + "ます", "しますが")), MOUSHIWAKE + alt(GOZAIMASU + "ません", "ありません"), "勝手ながら",
    "残念ながら", "あいにく", "失礼" + alt("です", "ながら"), "差し支えなければ", "よろしければ", "お忙しいところ",
    "ご面倒" + alt("です", "をおかけします"), "重ね重ね", "僭越ながら", "略儀ながら") + "が?[、,]?$")


def any_word_of(*grammars: Grammar, extra: tuple[str, ...] = ()) -> str:
    """A pattern that finds, in any text where one of the grammars matches, one of the words
    that match must contain: a cheap trigger for a check that turns on these grammars (and on
    the `extra` words of a part of its own)."""
    words: set[str] = set(extra)
    for g in grammars:
        found = analysis(g.pattern)["words"]
        if not found:
            raise ValueError(f"no required words in {g!r}: give the check its own trigger")
        words.update(found)
    return trie_pattern(sorted(words))


# A paper named by its own name where the reader is to obtain it, bring it, or has been issued it:
# its official name is what they ask for at the counter (戸籍の附票の写し, 受任通知をご用意ください,
# 書類（弁護士の受任通知、家庭裁判所の調停期日呼出状など）). Words that name a kind of paper end
# so (附票, 通知, 呼出状, 提供書, 証明書, 謄本 …); what is done with it follows, or it stands among
# a list of papers in brackets after 書類.
# (and a request made on a form of its own, 休学願 / 延納願, round 33)
_PAPER_KINDS = ("票", "状", "書", "通知", "謄本", "抄本", "届", "願")
_PAPER_END = compile_pattern("(?:" + "|".join(_PAPER_KINDS + ("証明", "証")) + ")$")
# (its name in brackets, as a form's is: 「入学金延納願」をご提出いただくと)
_PAPER_HANDLED = compile_pattern(r"[」』]?(?:の(?:写し|原本|コピー|控え|交付|発行|取得)|を(?:ご用意|お持ち|ご持参|ご提出|取得|お取り寄せ))")
# (the rest of the paper's name after the term, ending where its kanji end: 通知 after 受任, 証
# after 被保険者)
_PAPER_TAIL = compile_pattern(r"[一-龥]{0,3}(?:" + "|".join(_PAPER_KINDS + ("証明書", "証")) + r")(?![一-龥])")
# (among a list of papers in brackets after 書類, or right after another paper in a list:
# ・本人確認書類、雇用保険被保険者証など)
_PAPERS_BEFORE = compile_pattern(r"(?:書類|資料|もの)[(（][^()（）。]{0,40}$|(?:書類|証明書|[書証票届])[、・][^。、\n]{0,12}$")


def document_named(norm: str, word: str, start: int, end: int) -> bool:
    """Whether the term norm[start:end] (`word`) is a paper's own name, named where the reader is
    to get it, bring it or has been issued it (see _PAPER_END)."""
    if _PAPER_END.search(word) is None:
        # (the term may begin the paper's name: 受任 in 受任通知)
        tail = _PAPER_TAIL.match(norm, end)
        if tail is None:
            return False
        end = tail.end()
    if _PAPER_HANDLED.match(norm, end) is not None:
        return True
    return _PAPERS_BEFORE.search(norm, max(0, start - 40), start) is not None
