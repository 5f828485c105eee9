"""Public SNS replies: length as the platform counts it, and no personal data asked in public."""

from __future__ import annotations

import re

from .. import parties, segments as seg
from ..document import Document, _holds_any
from ..engine import CheckContext, Hit
from ..regexes import Grammar, lazy, literal_first

_URL = lazy(r"https?://[^\s　、。「」()（）<>]+|www\.[^\s　、。「」()（）<>]+")
_LEADING_MENTIONS = lazy(r"^(\s*@[A-Za-z0-9_]{1,15}\b)+\s*")
_URL_WEIGHT = 23  # X: every link counts as 23 weighted units (t.co)


def _weight(ch: str) -> int:
    """X's weighted length (twitter-text v3): Latin and general punctuation 1, the rest 2."""
    o = ord(ch)
    if o <= 0x10FF or 0x2000 <= o <= 0x200D or 0x2010 <= o <= 0x201F or 0x2032 <= o <= 0x2037:
        return 1
    if 0xFE00 <= o <= 0xFE0F or o == 0x200D or 0x1F3FB <= o <= 0x1F3FF:
        return 0  # variation selectors, joiners and skin tones are part of the emoji before them
    return 2


def _measure(doc: Document, ctx: CheckContext, limit: float):
    """(where the reply passes `limit`, where it ends, the display total) as the rule's counting
    counts them, the leading @mentions and quoted lines left out; (None, end, None) for a reply
    within the limit."""
    text = doc.text
    counting = ctx.options.get("counting", "x")
    start, end, urls = _posted(doc, bool(ctx.options.get("count_leading_mentions", False)))
    if counting == "chars":
        budget = int(limit)
        units = lambda ch: 1  # noqa: E731
        url_units = None
        most = end - start  # (a link counts its characters)
    else:
        budget = int(limit * 2)  # 140 Japanese characters = 280 weighted units
        units = _weight
        url_units = _URL_WEIGHT
        most = 2 * (end - start) + _URL_WEIGHT * len(urls)  # (no character weighs more than 2)
    if most <= budget:
        # Within the limit however its characters weigh, as most replies are: not counted one
        # by one (the total is read only for a reply past its limit).
        return None, end, None
    used = 0
    over_at = None
    i = start
    while i < end:
        if i in urls:
            used += url_units if url_units is not None else urls[i] - i
            nxt = urls[i]
        else:
            used += units(text[i])
            nxt = i + 1
        if used > budget and over_at is None:
            over_at = i
        i = nxt
    return over_at, end, (used / 2 if counting != "chars" else used)


def _posted(doc: Document, with_mentions: bool) -> tuple[int, int, dict[int, int]]:
    """The part of the reply that is posted, as (start, end, where each link in it ends by where
    it starts): not quoted lines, nor the leading @mentions unless they are counted. Found once
    per reply for the rules and limits that measure it."""
    key = ("sns.posted", with_mentions)
    found = doc.cache.get(key)
    if found is None:
        text = doc.text
        # (the last such line's end: the lines read from the end)
        end = next((ln.end for ln in reversed(doc.lines) if ln.kind != seg.QUOTED and text[ln.start:ln.end].strip()), 0)
        start = 0
        if not with_mentions:
            m = _LEADING_MENTIONS.match(text)
            if m:
                start = m.end()
        found = doc.cache[key] = (start, end, {m.start(): m.end() for m in _URL.finditer(text, start, end)})
    return found


# A reply under a comment, a post or a review (コメントありがとうございます, 口コミへのご投稿、
# ありがとうございます, ご来店とご投稿、誠にありがとうございます): posted where anyone reads it, as a
# reply to @someone is. Said in its first sentences; a direct message says so (DMにて失礼いたします,
# メッセージありがとうございます) and is not one.
# (or one that answers what they said in public: ご意見, お声, ご報告, ご指摘をお寄せいただき)
_ON_A_POST = lazy(r"(コメント|ご?投稿|口コミ|クチコミ|レビュー|リプライ|ご?感想|ご意見|お声|ご報告|ご指摘)[^。!?]{0,16}?"
                  r"(ありがとう|感謝|御礼|お礼)")
_DIRECT = lazy(r"DM|ダイレクトメッセージ|メッセージ(を|にて|で|、)?(いただき|頂き|ありがとう|失礼)")


# A comment's reply addressed by the commenter's name on a line of its own (みかん様, 佐々木 由美 様),
# as replies under a post on Instagram or Facebook are: public, unless its first sentences say it is
# a direct message (DMでのご連絡ありがとうございます). Not a template's slot ({{customer_name}}様) nor
# a letter's 拝啓, nor the name run into the sentence (山口様、ご連絡ありがとうございます: a direct
# message's way too).
_NAME_ALONE = lazy(r"\s*(?!お客|各位|皆|拝啓)[^\s{}<>\[\]【】@#、。,!?！？]{1,12}([ 　][^\s{}<>\[\]【】@#、。,!?！？]{1,8})?[ 　]?(様|さま|さん)\s*$")


def in_public(doc: Document) -> bool:
    """A public reply: to @someone, or under a comment, a post or a review, or addressed by name on
    a line of its own. Found once per reply."""
    found = doc.cache.get("sns.public")
    if found is None:
        norm = doc.norm
        found = bool(_PUBLIC_REPLY.match(norm))
        if not found:
            head = doc.linted_sentences()[:2]
            if head and not _said_direct(doc):
                a, b = head[0].nstart, head[-1].nend
                found = bool(_ON_A_POST.search(norm, a, b)) or _addressed_alone(doc)
        doc.cache["sns.public"] = found
    return found


def _said_direct(doc: Document) -> bool:
    """Whether the reply's first sentences say it is a direct message (DMにて失礼いたします), or the
    reply names the private talk it is written in anywhere (このトークでお気軽にどうぞ: a LINE
    official account's one-to-one talk)."""
    head = doc.linted_sentences()[:2]
    return bool(head) and bool(_DIRECT.search(doc.norm, head[0].nstart, head[-1].nend)) \
        or ("トーク" in doc.norm or "LINE" in doc.norm or "ライン" in doc.norm) and _THIS_TALK.search(doc.norm) is not None


_THIS_TALK = lazy(r"この(?:トーク|トークルーム|トーク画面)|(?:LINE|ライン)の?(?:トーク|個別トーク)(?:で|にて|から)"
                  # (or the LINE itself named as where to send: このLINEに「…」とお送りください; round 37)
                  r"|この(?:LINE|ライン)(?:に|へ|で|にて|から|まで)"
                  # (or the thanks for a message sent by LINE: LINEでのお問い合わせありがとうございます)
                  r"|(?:LINE|ライン)(?:で|にて|から)の?(?:お問い合わせ|お問合せ|ご連絡|ご相談|ご質問|メッセージ)")


def _addressed_alone(doc: Document) -> bool:
    norm = doc.norm
    lines = [ln for ln in doc.lines if ln.kind != seg.QUOTED and norm[ln.nstart:ln.nend].strip()]
    return len(lines) > 1 and bool(_NAME_ALONE.match(norm[lines[0].nstart:lines[0].nend]))


# A reply to a review (口コミへのご投稿ありがとうございます, レビューをお寄せいただき): posted where a long
# answer is the custom and the limit is thousands of characters (no blind writer labels one too long:
# three dev replies reported, none labeled, round 33), not an X thread
_ON_A_REVIEW = lazy(r"(口コミ|クチコミ|レビュー)[^。!?]{0,16}?(ありがとう|感謝|御礼|お礼)")


def too_long(doc: Document, ctx: CheckContext):
    limit = float(ctx.options.get("max", 140))
    public_only = ctx.options.get("public_only", False)
    if public_only and not in_public(doc):
        return
    if public_only and not _PUBLIC_REPLY.match(doc.norm):
        head = doc.linted_sentences()[:2]
        if head and _ON_A_REVIEW.search(doc.norm, head[0].nstart, head[-1].nend):
            return
    over_at, end, shown = _measure(doc, ctx, limit)
    if over_at is None:
        return
    # (a public reply past the far limit is sns/far-too-long's, at warning: not reported twice)
    far = float(ctx.options.get("public_far", 0) or 0)
    if not public_only and far > limit and in_public(doc) and _measure(doc, ctx, far)[0] is not None:
        return
    shown_s = f"{shown:g}"
    if public_only:
        # (shown from where the post stops fitting: the platform's own limit)
        over_at = _measure(doc, ctx, float(ctx.options.get("post_limit", 140)))[0] or over_at
        msg = (f"公開の返信が長すぎます（{shown_s}文字相当）。Xの上限（140文字）を大きく超え、そのままでは投稿できません。"
               "要点だけを書き、詳しい案内や手順はリンクやダイレクトメッセージに移してください。")
    else:
        msg = (f"SNSの返信が長すぎます（{shown_s}文字相当、上限{limit:g}文字）。ここから先は投稿に入りません。"
               "要点だけを書き、詳しい案内はリンクやダイレクトメッセージに移してください。")
    yield Hit(over_at, end, msg, "要点を1〜2文にまとめ、詳細はDMやサポートページのリンクでご案内する")


# -- personal data asked for in public -------------------------------------------------
_DATA = lazy(
    r"(ご?注文番号|ご?予約番号|お?申し?込み?番号|会員番号|お客様番号|ご?契約番号|受付番号|問い合わせ番号|伝票番号|追跡番号"
    r"|電話番号|携帯番号|ご?連絡先|ご?住所|ご自宅|お届け先|メールアドレス|アドレス|e-?mail"
    r"|パスワード|暗証番号|カード番号|クレジットカード|カード情報|有効期限|セキュリティコード"
    r"|口座番号|口座情報|生年月日|お?誕生日|お名前|氏名|フルネーム|本名|マイナンバー|ログインID|アカウントID"
    r"|ユーザーID|ユーザID|プレイヤーID|会員ID|お客様ID|引き継ぎ(コード|ID|番号)|引継ぎ(コード|ID|番号)|認証コード"
    # (the numbers of their room, their insurance card, their car, their records with us)
    r"|お?部屋番号|号室|保険証の記号|記号番号|被保険者番号|診察券番号|患者番号|車台番号"
    r"|お客さま番号|顧客番号|利用者番号|証券番号|学籍番号)",
    re.IGNORECASE)
# (a Grammar: a reply without one of the words every match holds is not searched sentence by sentence)
_ASK = Grammar(
    r"(お知らせ|教えて|お教え|お聞かせ|ご教示|お送り|お書き|ご記入|ご提示|お伝え|ご連絡|ご記載|記載して|書き込|投稿|リプライ|ご返信|返信|お寄せ"
    # (the plain verbs of sending and writing, in their te-form: 送ってください, 書いていただけますか)
    r"|送って|送信して|書いて|記入して|入力して|載せて|貼って|貼り付けて|添えて|知らせて|伝えて)"
    # (the verb's own endings, not another clause: ご登録のメールアドレスにお送りした「発送のお知らせ」から
    # ご確認いただけます names a mail we sent, it asks for nothing)
    r"(?:(?!から|より)[^。!?「」『』]){0,10}?(ください|下さい|いただけ|頂け|願え|願い|くれ|ませんか|ますか|でしょうか)"
    # (asked casually, the te-form and its ね: 注文番号を教えてね！, 住所を送ってほしいです)
    r"|(教えて|送って|書いて|知らせて|伝えて|載せて|貼って)(ね|ほしい|欲しい|もらえる|くれる)")
_PRIVATE = lazy(
    r"DM|ダイレクトメッセージ|ダイレクト・メッセージ|ダイレクトメール|メッセージ(で|にて|から|より|へ|に)|個別"
    r"|非公開|プライベート|お問い合わせフォーム|専用フォーム|フォーム(で|から|にて|より)|窓口|電話(で|にて|まで|から)"
    r"|メール(で|にて|から)|チャット(で|にて|から)|下記|以下の|こちらの(URL|リンク|ページ)|リンク|https?://"
    # (or a mail address given to send it to: hojin@example.jp 宛てに / 下記アドレスまで; round 37)
    r"|@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\s*(宛|あて|へ|に|まで)|アドレス(宛|あて|へ|に|まで)"
    # (a LINE account's one-to-one talk, where the reply itself is written: このトークでお送りください)
    r"|トーク(で|にて|から|へ|に)"
    r"|公開(されない|しない)|公開の場|ここ(には|では)(書|お書)"
    # (or a page of their own, inside the app or the site: アプリ内の「お問い合わせ」から)
    r"|(アプリ|マイページ|会員ページ)(内|の)[^。]{0,12}(から|より)"
    # (or told in person, where they come: 受付でお名前をお伝えください / ご来店の際に会員番号を)
    r"|受付(で|にて)|フロント(で|にて)|カウンター(で|にて)|レジ(で|にて)|店頭|店舗(で|にて)|係員|スタッフ(に|へ)"
    r"|(来店|来館|来院|来場|来所|お越し)(の際|時|の時|のとき)"
    # (or given when they book or order, where they book: ご予約の際にお名前をお願いいたします)
    r"|(予約|申し?込み?|注文|手続き|受診|チェックイン)(の際|時|の時|のとき)", re.IGNORECASE)
# The number they are to call, with its note: 電話番号まで / 電話番号（24時間受付）へ
_CALLED_AT = lazy(r"(?:[（(][^）)\n]{1,20}[）)])?(?:まで|へ)")

# The data asked for by name alone, with お願いします: in a public reply (住所とお電話番号をお願いします);
# a direct message may ask so.
_ASK_BARE = lazy(r"を(お願い|頂戴|ちょうだい)(いた)?(します|できますか|できますでしょうか|申し上げます|いたします)")
# (or left out of what they send: お名前や電話番号などの個人情報は書かずにお送りください)
_NEGATED = lazy(r"(ないで|ないよう|お控え|控えて|おやめ|ご遠慮|絶対に|決して|(書か|お書きになら|記載せ|記入せ|含め|入れ|載せ)ず)")


# The customer's data shown in a public reply: an order's, a booking's or a contract's number as
# its code (ご予約番号HS-20481, 証券番号H-2210-55817), or a street address with its numbers
# (横浜市港北区日吉本町3-12), or the address named as theirs (新住所（福岡市南区大橋）).
_PLACE = r"([一-龥]{1,4}[都道府県])?[一-龥]{1,6}[市区町村郡][一-龥ぁ-んァ-ヶ]{0,10}?"
# (a surname with its honorific, not a common noun: 担当者様, 皆様, 住民の方)
_SURNAME = r"(?!担当|皆|お客|住民|市民|区民|町民|村民|県民|利用者|会員|ご家族|家族|関係者|保護者|患者|方)[一-龥々]{1,4}(様|さま|さん)"
# (a child's grade, school year or age: 中2, 小学3年, 5年生, 7歳, 年長)
_GRADE = (r"((小|中|高|小学|中学|高校)[1-6１-６一二三四五六](年生?)?|[1-6１-６一二三四五六]年生|[0-9０-９]{1,2}(歳|才)"
          r"|年長|年中|年少)")
# (not an animal called so: 12歳の猫ちゃん is a pet's age, told of anyone's pet)
_CHILD_NAME = r"(?!お子|子|生徒|児童|学生|娘|息子|お嬢|皆|猫|ネコ|ねこ|犬|イヌ|いぬ|ワン|わんこ|ワンコ|うさぎ|ウサギ|ハムスター|インコ|小鳥)([一-龥]{1,3}|[ぁ-んァ-ヶ]{2,4})"
_ID_NAMES = (r"(注文番号|予約番号|会員番号|組合員番号|加入者番号|会員証番号|生徒番号|受講生番号|お客様番号|お客さま番号|顧客番号|利用者番号|契約番号|診察券番号|患者番号|証券番号|受付番号|伝票番号|問い合わせ番号|お問合せ番号"
             r"|追跡番号|管理番号|口座番号|カード番号|ユーザーID|会員ID|アカウントID|プレイヤーID|ログインID|お客様ID"
             # (a candidate's, a student's, an application's; a game account's code to carry it over)
             r"|受験番号|学籍番号|申込番号|申し込み番号|整理番号|引き継ぎコード|引継ぎコード|引き継ぎID|引継ぎID"
             # (the state's numbers for a person: the My Number, a pension's, a licence's, a residence card's)
             r"|マイナンバー|個人番号|基礎年金番号|被保険者番号|免許証番号|在留カード番号|旅券番号|パスポート番号)")
_SHOWN = lazy(
    # (its digits in groups a blank apart too: マイナンバー 1234 5678 9012)
    # (or in groups of three: ユーザーID 583 902 114)
    r"(?P<id>" + _ID_NAMES + r"[\s:：は「(]{0,3}[A-Za-z0-9](?:[A-Za-z0-9-]{3,20}(?: [0-9]{3,4}){0,3}|[0-9]{2}(?: [0-9]{3,4}){1,3}))"
    # (an order's or a booking's code by itself after the word, a letter first: ご注文（YH-2405-77120）,
    # ご予約TY-33810294; round 34: eleven dev SNS replies name one so, ten labeled, the one clean a DM)
    r"|(?P<code>(?:ご注文|ご予約|ご契約|お申し込み|お申込み)[\s:：(（]{0,2}[A-Za-z][A-Za-z0-9-]{5,20})"
    # (the last digits of their card, account or phone: カード（末尾 3382）, 口座番号の末尾4821; not
    # asked back as a question, 末尾が「5678」でお間違いないでしょうか)
    r"|(?P<tail>(?:カード|口座|口座番号|電話番号|お電話番号|VISA|Visa|JCB)[^。、\n]{0,3}?末尾\s?[0-9]{4}(?![0-9]))"
    # (their flight and seat: 12月20日 203便 14A席)
    r"|(?P<seat>([0-9]{1,2}月[0-9]{1,2}日[\s、]*)?[A-Z]{0,3}[0-9]{1,4}便[\s、]*[0-9]{1,2}[A-K]席?)"
    # (a street address with its house's numbers: 日吉本町3-12, 桜丘2丁目14-5; not a district, 西町2丁目)
    r"|(?P<address>" + _PLACE + r"([0-9]{1,4}(-[0-9]{1,4}){1,2}|[0-9一二三四五六七八九十]{1,3}丁目[0-9]{1,4}(-[0-9]{1,4}|番地?)))"
    # (their phone number or mail address, named as theirs and written out in full: ご登録のお電話番号
    # 090-3318-2207; not a masked one, 末尾が「5678」, t***@****.ne.jp, nor a number of ours)
    r"|(ご登録の|お客様の|ご自宅の|ご連絡先の|お届け先の)(お?電話番号|携帯(電話)?番号|お?電話|ご?連絡先|メールアドレス|アドレス|アカウント)"
    r"[\s:：は「(（]{0,3}(?P<contact>0[0-9]{1,4}[-‐ー(（]?[0-9]{1,4}[-‐ー)）]?[0-9]{3,4}(?![0-9*])|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+)"
    # (a phone number we will call: theirs, 090-4418-2276に担当よりご連絡いたします; not one they are
    # asked to call, お電話(090-…)のほうが早く, a small business's own line)
    r"|(?<![0-9])(?P<called>0[0-9]{1,4}[-‐ー]?[0-9]{1,4}[-‐ー]?[0-9]{3,4})(?![0-9*])\)?(宛て|あて)?(に|へ)、?"
    r"[^。!?]{0,12}?(ご連絡|お電話|折り返し|お掛け|おかけ)(いたし|し|させ|差し上げ|申し上げ)"
    # (their full name, surname and given name: 山田 花子様の証券番号; not お客様, 皆様, 担当者様)
    r"|(?<![一-龥々])(?P<fullname>(?!お客|皆|各位|担当|ご担当|関係|利用者|会員)[一-龥々]{1,3}[ 　](?!お客|皆|各位|担当|ご担当|関係|利用者|会員)[一-龥々][一-龥々ぁ-ゖァ-ヶ]{0,2}(様|さま))"
    # (or the place after の, where the word names where goods go or a house's address, its name two
    # characters at least before 市, 区 …: お届け先の練馬区春日町; not お住まいの地区, anyone's district)
    r"|(新住所|旧住所|ご住所|お届け先|配達先|お住まい)(?:[\s(「:：は]{0,3}|(?<!お住まい)の(?=[一-龥]{2}))(?P<named>([一-龥]{1,4}[都道府県])?[一-龥]{1,6}[市区町郡][一-龥ぁ-んァ-ヶ]{0,10})"
    # (the customer named with the place they live: 豊丘村神稲の田中様のお宅, 世田谷区にお住まいの山田様)
    r"|(?P<resident>" + _PLACE + r"(の|にお住まいの|在住の|でお住まいの)" + _SURNAME + r"(の(お宅|ご自宅|お住まい|ご実家))?)"
    # (their home named with its town: 町田市玉川学園のご自宅, ご自宅（高知市桟橋通4丁目）; round 34: eight dev
    # SNS replies name one so, each labeled)
    r"|(?P<home>" + _PLACE + r"(?:の|にある)(?:ご自宅|お宅|お住まい|ご実家)|(?:ご自宅|お宅|お住まい|ご実家)[（(]" + _PLACE + r"[^）)\n]{0,12}[）)])"
    # (a child named with their grade or school: 翼くん(中2・数学), 中学2年のゆうとくん, ひかり小学校の蓮くん)
    r"|(?P<child>" + _CHILD_NAME + r"(くん|君|ちゃん)[\s(（]{0,2}" + _GRADE
    + r"|(" + _GRADE + r"|[一-龥ァ-ヶ]{1,8}(小学校|中学校|高校|高等学校|幼稚園|保育園))の" + _CHILD_NAME + r"(くん|君|ちゃん))")
# A piece of each alternative of _SHOWN, which every match of it holds: the number's name with the
# first character of its code, an order's or a booking's word with its code's first letter, 末尾 and
# a digit, the flight before its seat, a house's numbers, a phone number, a mail address's @ and
# domain, a name in two parts, the word that names an address, the place a resident is named with,
# the word for a home, a child's くん. _SHOWN is tried at every character (its alternatives open
# with a kanji or a group), about 40 µs for an SNS reply, searched whole and sentence by sentence;
# each piece is a scan for its first character, and most replies hold none of them: _SHOWN is then
# searched nowhere. (tests/test_sns.py proves each alternative holds one.)
_SHOWN_NEEDS = tuple(lazy(p) for p in (
    _ID_NAMES + r"[\s:：は「(]{0,3}[A-Za-z0-9]",
    r"(?:ご注文|ご予約|ご契約|お申し込み|お申込み)[\s:：(（]{0,2}[A-Za-z]",
    r"末尾\s?[0-9]",
    r"便[\s、]*[0-9]{1,2}[A-K]",
    r"-[0-9]{1,4}",
    r"丁目[0-9]{1,4}",
    r"0[0-9]{1,4}[-‐ー(（]?[0-9]{1,4}[-‐ー)）]?[0-9]{3,4}",
    r"@[A-Za-z0-9-]+\.",
    r"0[0-9]{1,4}[-‐ー]?[0-9]{1,4}[-‐ー]?[0-9]{3,4}",
    r"[一-龥々][ 　][一-龥々]",
    r"(新住所|旧住所|ご住所|お届け先|配達先|お住まい)",
    r"[市区町村郡][一-龥ぁ-んァ-ヶ]{0,10}?(の|にお住まいの|在住の|でお住まいの)",
    r"(?:ご自宅|お宅|お住まい|ご実家)",
    r"(くん|君|ちゃん)",
))


def _space_first(piece: str) -> str:
    """A piece that opens with a class of kanji and a blank, [一-龥々][ 　]…, found from its blank
    (the kanji read behind it): held by the same texts, found at the blank. Other pieces as they are."""
    head = "[一-龥々][ 　]"
    return "[ 　](?<=" + head + ")" + piece[len(head):] if piece.startswith(head) else piece


# _SHOWN_NEEDS as _may_show searches them: their alternation, held by a text that holds one of
# them, each spelled out to start with a literal (literal_first: the same matches; the kanji
# before a blank read behind it): one search, which re scans for their first characters, where
# the eleven pieces were searched one by one, those that open with a group or a class tried at
# every character (~3.7 µs an SNS reply; tests/test_sns.py compares the two).
_SHOWN_NEED = lazy(literal_first("|".join(_space_first(p.pattern) for p in _SHOWN_NEEDS)))


def _may_show(norm: str) -> bool:
    """Whether the text holds a piece of every match of _SHOWN (a reply without one shows no data)."""
    return _SHOWN_NEED.search(norm) is not None


_PUBLIC_REPLY = lazy(r"\s*@[A-Za-z0-9_]")
_NAME_CHAR = lazy(r"[一-龥ぁ-んァ-ヶ]")
# A house's address named as theirs without the city (ひばりが丘2丁目14番地のご自宅, 中町3-12-5のお宅):
# found from its numbers where the reply names a home at all, the place's name before them added after.
_HOME_WORD = lazy(r"ご自宅|お宅|お住まい|ご実家|ご住所")
# (or its district alone, named as where their home is: 森野2丁目のご自宅, 緑町3丁目のお宅へ; a
# district said of no one's home, 西町2丁目の交差点, is no one's)
_HOME = lazy(r"([0-9]{1,4}|[一二三四五六七八九十]{1,3})(丁目([0-9]{1,4}(番地?|-[0-9]{1,4}))?|(-[0-9]{1,4}){1,2})"
             r"(の|にある)(ご自宅|お宅|お住まい|ご実家|ご住所)")
# What no one tells of another in public: pests found where they live or work, money owed or not
# drawn, their health. Said of the reader's own case (ご依頼, お宅, 〜様の, what was done today),
# not as information for anyone (スズメバチの巣の駆除は16,500円からです, 滞納された場合は延滞金が
# かかります). A debt stated as it stands is the reader's own (未納となっております).
# (a Grammar: a sentence is searched only when it holds one of the words every match holds, 駆除,
# 滞納, 受診 …, which few do; re tried the pattern at every character of every sentence)
_SENSITIVE = Grammar(
    r"(ゴキブリ|ネズミ|シロアリ|白アリ|トコジラミ|南京虫|害虫|ダニ)の?(駆除|退治|発生|被害)"
    # (an account of theirs stopped for a breach, told as done: 不正なツールの使用が確認されたため、
    # 6月3日付で利用停止となっております; not the rule told to anyone, 〜の場合は停止いたします)
    r"|(?P<banned>(不正|規約違反|違反行為)[^。]{0,24}?(利用停止|停止|凍結|BAN)(と|に)?(なって(おり|い|ござ)|いたしました|させていただきました|しました))"
    r"|(?P<owed>(未納|滞納|延滞|未払い)(と|に)なって(おり|い|ござ)"
    r"|(お?引き落とし|引落し|お?振替)(が|は)?(でき|確認でき)(ておらず|ていない|ておりません|ていません|ませんでした))"
    r"|滞納|未納|未払い|延滞|督促|残高不足|(お?引き落とし|引落し)ができ(ず|ませんでした|ておりません|なかった)"
    r"|検査結果|診断結果|病名|持病|ご病気|妊娠"
    # (a family member in hospital, and a record withheld for their protection: 入院中のお父様,
    # 閲覧制限（DV等支援措置）)
    # (DV as a word of its own, not the letters of a DVD)
    r"|入院中の(?:お父様|お母様|ご家族|奥様|ご主人|お子様|おばあ様|おじい様|ご両親)|支援措置|閲覧制限|(?<![A-Za-z])DV(?![A-Za-z])"
    # (their debts and family troubles, as a lawyer's or a counsellor's client tells them)
    r"|借金|借入れ?の(整理|返済)|債務整理|自己破産|過払い金|離婚(の|協議|調停)|不妊治療|差し?押さ?え?|強制執行"
    # (a visit or a treatment of theirs, told with the honorific that makes it theirs: 消化器内科を受診された際)
    # (not anyone's, said of whoever does it: 外来を受診される方は, 入院される場合は)
    r"|(?P<theirs>(受診|通院|入院|手術|診察|治療|健診|人間ドック)を?(され|なさ|お受けにな|受けられ)"
    r"(?!る(方|場合|際|とき|時|前|皆|患者|お客|ご家族)))"
    # (a measure of their health found high or low: 肝機能の数値がやや高めでした)
    r"|(肝機能|腎機能|血圧|血糖値?|コレステロール値?|尿酸値|中性脂肪|γ-?GTP|ヘモグロビン|尿たんぱく)の?(数値|値)?(が|は)[^。、]{0,6}?(高|低)(め|く|い|かった)")
_OWN_CASE = lazy(r"ご依頼|ご相談(いただい|の件|内容)|お宅|ご自宅|貴店|貴社|御社|お客様の|ご子息の|ご息女の|ご令息の|ご令嬢の|お子様の|お子さまの|(?!皆)[一-龥々]{1,4}様の|[A-Za-z][A-Za-z0-9_]{1,14}(様|さん)の"
                 r"|(本日|先日|昨日|先週|今朝)は?[^。!?]{0,40}?(ました|ございました)")


# The details of the reader's own case, written out in a public reply: an event of theirs (ご予約,
# ご宿泊, お引越し, 転入届) told with two things that single them out, when, where, for how many, in
# whose name (1月9日の港区へのお引越し, ご予約（1月18日から2泊、山下みか様名義）, 11月28日に受け付けた
# 山本様ご一家（4人）の転入届); or an amount quoted to them (ご提示した査定額128万円). One detail is
# information anyone may read (12月1日のご宿泊分から料金が変わります, 港区へのお引越しは3万円から),
# and so is what is said of our side (当店, 当社: 12月1日から渋谷区で営業している当店へのご来店).
# (spelled out to start with a literal, literal_first: re scans for its first characters, where the
# groups it opens with left it none, and the alternation was tried at every character of a reply)
_EVENT = lazy(literal_first(
    r"(ご|お)(予約|宿泊|滞在|引っ?越し|来店|来院|来館|来場|入居|退去|入院|手術|契約|注文|申し?込み|依頼"
    r"|届け?出|納車|搬入|工事|点検|面談|受診|挙式)|(転入|転出|転居|婚姻|出生|住民異動)(届|のお?手続き)"))
_DETAIL = lazy(
    r"(?P<date>([0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|(?<![0-9])[0-9]{1,2}/[0-9]{1,2}(?![0-9]))"
    r"|(?P<nights>[0-9一二三四五六七八九十]{1,2}泊)"
    r"|(?P<party>(?<![0-9])[0-9一二三四五六七八九十]{1,2}(名様|名|人)(?![0-9一-龥])|ご一家|ご家族|ご夫妻|ご夫婦)"
    r"|(?P<holder>[一-龥ぁ-ゖァ-ヶ]{1,8}(様|さま)(名義|ご一家|ご家族|ご夫妻|ご夫婦))"
    r"|(?P<name>(?<![一-龥])(?!お客|皆|各|担当|ご担当)[一-龥]{1,4}(様|さま)の)"
    r"|(?P<place>[一-龥]{1,5}[都道府県市区町村郡](?=へ|で|の|から|まで|にある))"
    r"|(?P<amount>[0-9][0-9,]*(万([0-9][0-9,]*千?)?)?円)")
_LISTED = frozenset("0123456789時日分名様泊円人)")
_OF_WHAT = lazy(r"の[^、。!?はがを]{0,16}")
# (our company by the words every check reads it by, and a few a small business calls itself by)
_OUR_SIDE = lazy("|".join(map(re.escape, parties.COMPANY + ("私ども", "わたくしども", "当施設", "当教室", "当サロン"))))
# (a number quoted to them as the price of their car, their bill, their refund; not a condition
# anyone may read: 査定額10万円以上の場合, ご利用額5,000円ごとに)
_QUOTED_AMOUNT = lazy(
    r"((ご提示|ご案内|お伝え|お出し|ご連絡|お見積もり|お見積り)(いた)?し(た|ました)の?"
    r"([^。、!?]{0,12}?(金額|価格|費用|料金|代金|お?見積もり額|お?見積り額|査定額|買取額|ご?請求額))?(\(|は|:)?"
    r"|(査定|買取|下取り|お?見積もり|お?見積り|ご?請求|ご?返金|お?支払い|ご?入金|ご?利用)(額|金額|価格))"
    r"(は|が|:|の)?[0-9][0-9,]*(万([0-9][0-9,]*千?)?)?円(?!(以上|以下|未満|から|を超|まで|程度|前後|ほど|くらい|ぐらい|台|ごと|毎|につき(?!まし)))")


def _own_case(doc: Document, s, events: bool):
    """(start, end) of the details of the reader's own case in sentence `s`, or None. `events`:
    whether the reply names an event of theirs at all (searched once per reply)."""
    norm = doc.norm
    for e in (_EVENT.finditer(norm, s.nstart, s.nend) if events else ()):
        # (what is said before it, back to the clause's 、, and the brackets right after it)
        # (a 、 after a detail lists another one, 12月24日19時、4名様でのご予約; after a clause it ends
        # what belongs to the event: ただ、1月9日の…)
        a = max(s.nstart, e.start() - 32)
        cut = norm.rfind("、", a, e.start())
        while cut > a and norm[cut - 1] in _LISTED:
            cut = norm.rfind("、", a, cut)
        if cut >= 0 and norm.count("(", cut, e.start()) <= norm.count(")", cut, e.start()):
            a = cut + 1
        b = e.end()
        if norm.startswith("(", b):
            close = norm.find(")", b, min(s.nend, b + 64))
            if close > 0:
                b = close
        elif norm.startswith("の", b):  # (ご入居の大阪市北区のお部屋)
            b = _OF_WHAT.match(norm, b, s.nend).end()
        if _OUR_SIDE.search(norm, a, b):
            continue
        kinds, first = set(), None
        for d in _DETAIL.finditer(norm, a, b):
            kinds.add(d.lastgroup)
            first = d.start() if first is None else first
        if "holder" in kinds or len(kinds - {"amount"}) >= 2 or (len(kinds) >= 2 and "amount" in kinds):
            return first, b
    m = _QUOTED_AMOUNT.search(norm, s.nstart, s.nend) if norm.find("円", s.nstart, s.nend) >= 0 else None
    return m.span() if m else None


def _shown_in_public(doc: Document):
    """The customer's data written out in an SNS reply that does not say it is a direct message:
    no blind writer leaves one clean, five label one (a-038, c-035, e-049, h sealed2-043, j
    sealed3-074), and writer ZZJ labels it in replies with no @name, so a reply is read as public
    unless its first sentences say DM; the two direct messages that name an order's number are clean."""
    norm = doc.norm
    if not in_public(doc) and _said_direct(doc):
        return
    shows = _may_show(norm)
    # (where the lines that sign the reply start, if it has such lines)
    block = shows and _SHOWN.search(norm) and _sign_block(doc)
    signed_from = block[-1].nstart if block and _signs(doc, block) else len(norm)
    events = _EVENT.search(norm) is not None
    home = _HOME_WORD.search(norm) is not None
    money = "円" in norm
    sensitive = _SENSITIVE.may_match(norm)
    if not (sensitive or events or money or shows or home) and "様" not in norm and "さま" not in norm and "さん" not in norm:
        return  # (nothing for the sentences to show: two SNS replies in three are not walked)
    for s in doc.linted_sentences():
        m = _SENSITIVE.search(norm, s.nstart, s.nend) if sensitive else None
        if m and (m.group("owed") or m.group("theirs") or m.group("banned") or _OWN_CASE.search(norm, s.nstart, s.nend)):
            yield Hit(*doc.original_span(m.start(), m.end()),
                      f"公開の返信に、お客様の事情（{m.group()}）が書かれています。だれでも読めるため、"
                      "お客様が知られたくないかもしれないことは書かず、必要ならダイレクトメッセージで伝えてください。",
                      "お客様の事情に触れず、お礼やご案内だけにする")
        own = _own_case(doc, s, events) if events or money else None
        if own:
            yield Hit(*doc.original_span(*own),
                      f"公開の返信に、お客様ご自身の予約や手続きの内容（{norm[own[0]:own[1]]}）が書かれています。"
                      "だれでも読めるため、日付・場所・人数・お名前・金額のように、その方と分かる内容は書かず、"
                      "必要ならダイレクトメッセージで伝えてください。",
                      "ご予約の内容を確認いたしました。詳しくはDMでお知らせいたします。")
        shown = [(own[0], own[1])] if own else []
        for m in (_SHOWN.finditer(norm, s.nstart, s.nend) if shows else ()):
            if own and own[0] <= m.start() < own[1]:
                continue  # (told with the rest of their case, above)
            group = next(g for g in ("id", "code", "tail", "home", "seat", "address", "contact", "called", "fullname", "named", "resident", "child") if m.group(g))
            if group in ("address", "called") and m.start() >= signed_from:
                continue  # (an address in the lines that sign the reply is ours: 〒… 本社の住所)
            shown.append(m.span(group))
            yield _shown_hit(doc, *m.span(group))
        # (their full name run together, 山田太郎様: a surname and a given name by the dictionary; each
        # ends on a token 様, さま or さん, which the sentence then holds)
        if norm.find("様", s.nstart, s.nend) >= 0 or norm.find("さま", s.nstart, s.nend) >= 0 or norm.find("さん", s.nstart, s.nend) >= 0:
            for a, b in _full_names(doc, s):
                if not any(x <= a < y for x, y in shown):
                    shown.append((a, b))
                    yield _shown_hit(doc, a, b)
        for m in (_HOME.finditer(norm, s.nstart, s.nend) if home else ()):
            if m.start() <= s.nstart or not _NAME_CHAR.match(norm, m.start() - 1) \
                    or any(a <= m.start() < b for a, b in shown):
                continue
            a, stop = m.start(), max(s.nstart, m.start() - 8)
            while a > stop and _NAME_CHAR.match(norm, a - 1):  # (the place's name before its numbers)
                a -= 1
            yield _shown_hit(doc, a, m.end())


def _full_names(doc: Document, s):
    """(start, end) of each full name with its 様 / さま / さん in sentence `s`, the reader's: a
    surname, then a given name, by the dictionary's tags (山田太郎様, 鈴木一郎さん), called (山田太郎様、)
    or named with their matter (山田花子様のご注文); not a surname alone (佐藤様), nor someone the post
    is about (作家の鈴木一郎さんの新刊)."""
    toks = doc.sentence_tokens(s)
    norm = doc.norm
    for i in range(len(toks) - 2):
        t, u, v = toks[i], toks[i + 1], toks[i + 2]
        if t.pos[2:4] == ("人名", "姓") and u.pos[2:4] == ("人名", "名") and v.surface in ("様", "さま", "さん") \
                and t.nend == u.nstart and u.nend == v.nstart:
            after = norm[v.nend:v.nend + 2]
            if after[:1] in ("、", ",") or after in ("のご", "のお") or not norm[s.nstart:t.nstart].strip(" @_0-9A-Za-z"):
                yield t.nstart, v.nend


def _shown_hit(doc: Document, a: int, b: int) -> Hit:
    return Hit(*doc.original_span(a, b),
               f"公開の返信に、お客様の個人情報「{doc.norm[a:b]}」が書かれています。だれでも読めるため返信からは消し、"
               "必要ならダイレクトメッセージで伝えてください。",
               "個人情報を返信から消し、ダイレクトメッセージで伝える")


# A paper that holds the customer's name, address or numbers, or its photo (レシートのお写真,
# 身分証の写真, 保険証のコピー, 領収書の画像), asked to be posted or sent: in a public reply, or into the
# post itself (こちらのクチコミに追加して, このツイートへの返信で送って). Asked to be shown in person
# (受付で身分証をご提示ください) or brought (お持ちください) it is not posted, and not asked here.
_DOCS = lazy(
    r"(レシート|領収書|明細書?|請求書|納品書|保証書|契約書|身分証(明書)?|本人確認書類|(運転)?免許証|保険証|マイナンバーカード"
    r"|学生証|会員証|診察券|通帳|パスポート|在留カード|処方箋|診断書|検査結果)(の|や|と|、)?(お?写真|画像|コピー|写し|スクリーンショット|スクショ)?")
_POST_IT = lazy(literal_first(  # (spelled out as _EVENT is)
    r"(お送り|ご送付|ご添付|ご投稿|お載せ|ご掲載)(ください|くださいませ|いただけ|頂け|願い|願え)"
    r"|(送って|送信して|添付して|追加して|アップ(ロード)?して|載せて|投稿して|貼って|貼り付けて|上げて)"
    r"(ください|くださいませ|いただけ|頂け|もらえ|くれ|ほしい)"))
# The public post itself named as where to put it
_OPEN_PLACE = lazy(r"コメント欄|こちらの(コメント|投稿|口コミ|クチコミ|レビュー|スレッド)|この(ツイート|ポスト|投稿|スレッド)"
                   r"|(リプライ|リプ|コメント|口コミ|クチコミ|レビュー)(に|へ|で|として)|返信(で|に|として)")


_CASE_BETWEEN = lazy(r"場合は|場合には|ときは|時は|際は|たら[、,]|なら[、,]")


def personal_data_in_public(doc: Document, ctx: CheckContext):
    norm = doc.norm
    yield from _shown_in_public(doc)
    if _said_direct(doc):
        return  # a direct message says so in its first words (DMにてご連絡いただきありがとうございます):
        # the order number and the photo are asked where they belong
    public = in_public(doc)
    # What a sentence asks for is found in the whole reply first: _ASK by its words, _ASK_BARE and
    # _POST_IT themselves (words only: a match in a sentence is one in the reply). Most replies
    # hold neither an ask nor a request to post, and their sentences are not searched.
    asks = _ASK.may_match(norm) or public and _ASK_BARE.search(norm) is not None
    posts = _POST_IT.search(norm) is not None
    if not (asks or posts):
        return
    for s in doc.linted_sentences():
        text = norm[s.nstart:s.nend]
        ask = (_ASK.search(text) or (_ASK_BARE.search(text) if public else None)) if asks else None
        # (not a datum named in the case the request is for: パスワードを入力してしまった場合は、
        # …ダイヤルへご連絡ください asks them to call, not to post it)
        data = [m for m in _DATA.finditer(text) if m.start() < ask.end()
                and not _CASE_BETWEEN.search(text, m.end(), max(m.end(), ask.start()))
                # (nor the number they are to call: 連絡票のお電話番号までご連絡ください; a note on it
                # between, カード裏面の電話番号（24時間受付）へ)
                and not _CALLED_AT.match(text, m.end())] if ask else []
        if data and not _PRIVATE.search(text) and not _NEGATED.search(text):
            a, b = s.nstart + data[0].start(), s.nstart + ask.end()
            yield Hit(*doc.original_span(a, b), None,
                      "お手数ですが、ダイレクトメッセージで" + data[0].group() + "をお知らせいただけますか")
            continue
        post = _POST_IT.search(text) if posts else None
        if not post:
            continue
        docs = [m for m in _DOCS.finditer(text, 0, post.start())]
        if not docs or _NEGATED.search(text) or not (
                _OPEN_PLACE.search(text) or (in_public(doc) and not _PRIVATE.search(text))):
            continue
        a, b = s.nstart + docs[0].start(), s.nstart + post.end()
        yield Hit(*doc.original_span(a, b),
                  f"公開の場で「{docs[0].group()}」を送るようお願いしています。書類や写真には、お名前・ご住所・番号などが"
                  "写っていて、だれでも見られます。ダイレクトメッセージや専用フォームでお送りいただくようにしてください。",
                  "お手数ですが、ダイレクトメッセージで" + docs[0].group() + "をお送りいただけますか")


# -- a public reply written as an email: its opening block, its signature ---------------------
# The opening of a mail: お世話になっております, then who writes by their own name (広報部の山下で
# ございます, 白浜市観光課 観光案内所の桑原でございます). A public reply speaks as the account; the
# name of one of its staff, with a mail's formula, belongs to a mail.
# (or a mail's thanks for their custom, いつも…いただき、誠にありがとうございます, when a member of the
# staff names themself after it)
_OBLIGED = lazy(r"お世話にな(って|り)(おり|い|ござい)|お世話様|平素(は|より)|格別の(ご高配|お引き立て|ご愛顧|ご厚情)"
                r"|いつも[^。!?]{1,30}?(いただき|頂き|くださり)、?誠にありがとうございます")
_SELF_NAMED = lazy(r"(の|[\s　])[一-龥々]{1,4}(?<![店部課局室社所館院園係署校科])(でございます|と申します|です)[。!！]?\s*$")
# A signature: lines after the last sentence that name who signs, not a sentence (no 。, no ます):
# a department with a person's name (ハラペコ便 カスタマーサポート部 柴田), or a block of two lines
# or more (会社名 部署⏎氏名, or a rule ――――, or a line of TEL), as a mail closes.
# (a department's word, not a small business's own name: 音の葉ピアノ教室 野々村 is left clean by writer ZA)
_DEPT_NAME = lazy(r"(部|課|相談室|窓口|センター|係|局|チーム|デスク|サポート|事務局)[\s　]+[一-龥々]{1,4}([\s　]+[一-龥ぁ-ゖァ-ヶ]{1,4})?\s*$")
_SIGN_LINE = lazy(r"^(?![@#＃])[^。!?！？]{1,40}$")
_PROSE_TAIL = lazy(r"(ます|です|ください|ません|ました|でした|ございます|しょう|ね|よ)\s*\W?\s*$")
_RULE_OR_TEL = lazy(r"^[\s　]*([-―ー─━=＝_~〜]{3,}|(TEL|Tel|tel|電話|FAX|E-?mail|Mail|メール)[\s:：])")


def _sign_block(doc: Document) -> list:
    """The last lines, from the end back to the last line that is a sentence (last line first);
    none where every line is such a line: a post that is all lines, not a reply with a signature."""
    norm = doc.norm
    block = []
    for ln in reversed(doc.lines):
        line = norm[ln.nstart:ln.nend].strip()
        if not line or ln.kind == seg.QUOTED:
            continue
        # (a line of TEL or mail may run past a name line's length: TEL 0120-… / Email …)
        if not (_SIGN_LINE.match(line) or _RULE_OR_TEL.match(line)) or _PROSE_TAIL.search(line) or "http" in line:
            break
        block.append(ln)
    if not block or len(block) == len([ln for ln in doc.lines if norm[ln.nstart:ln.nend].strip()]):
        return []
    return block


def _signs(doc: Document, block: list) -> bool:
    """Whether the last lines are a signature: two lines or more, or one that names a department and
    a person or is a rule or a TEL line (one bare line may be anything, the reader's address too)."""
    last = doc.norm[block[0].nstart:block[0].nend]
    return len(block) >= 2 or bool(_DEPT_NAME.search(last) or _RULE_OR_TEL.match(last))


def email_format(doc: Document, ctx: CheckContext):
    if not in_public(doc):
        return
    norm = doc.norm
    sents = doc.linted_sentences()
    for k, s in enumerate(sents[:3]):
        if not _OBLIGED.search(norm, s.nstart, s.nend):
            continue
        intro = next((x for x in sents[k:k + 2] if _SELF_NAMED.search(norm, x.nstart, x.nend)), None)
        if intro is not None:
            yield Hit(s.start, intro.end,
                      "公開の返信に、メールの書き出し（「お世話になっております」と担当者の名乗り）が入っています。"
                      "SNSでは、お礼やおわびの一言から始め、アカウントとして短く答えてください。",
                      "ご連絡ありがとうございます。")
        break
    block = _sign_block(doc)
    if not block:
        return
    first, last = block[-1], block[0]
    if _signs(doc, block):
        a, b = doc.original_span(first.nstart, last.nend)
        a += len(doc.text[a:b]) - len(doc.text[a:b].lstrip())
        yield Hit(a, b,
                  "公開の返信に、メールのような署名（会社名・部署・担当者名）が入っています。SNSではアカウント名で"
                  "だれが答えているかが分かるので、署名は入れず、必要なら「担当：山下」のように短く添えてください。",
                  "署名を消す")


# -- a user named and sanctioned, or the poster rebuked, in public ---------------------------------
# Another user named (「Kenji_0815」さん, @kenji_0815, the handle with its honorific) with what was
# done to their account or their posts: the sanction is between the service and that user.
_NAMED_USER = (r"(「[^」]{1,24}」(さん|様|さま|氏)?|@[A-Za-z0-9_]{1,15}(さん|様|さま|氏)?"
               r"|[A-Za-z][A-Za-z0-9_]{2,14}(さん|様|さま|氏)|[A-Za-z0-9_]{0,14}[0-9_][A-Za-z0-9_]{0,14}(さん|様|さま|氏))")
_SANCTION = lazy(
    r"(?P<who>" + _NAMED_USER + r")\s?(について(は)?|につきましては|に対して(は)?|に対し|の(アカウント|投稿|出品|書き込み|レビュー|コメント)"
    r"(について(は)?|は|を|も)?|は|を|も)、?[^。!?]{0,24}?"
    r"(アカウント|投稿|出品|書き込み|レビュー|コメント|ご利用|利用)?(の|を|は)?"
    r"(停止|凍結|削除|強制退会|退会処分|退会の措置|BAN|利用制限|制限|警告|処分|ペナルティ|非表示|ブロック)"
    r"(いた|し|させ|と|を|の措置|処分|措置|に)")
# The poster told off for what they posted: their post called misleading, false or slander, and
# asked to stop or take it down (not a warning to keep their own data out of a post).
_REBUKE = lazy(
    r"(誤解を(招く|与える|生む|与えかねない|招きかねない)|事実(と異なる|に反する|無根の)|虚偽の|根拠のない|根拠に基づかない"
    r"|憶測(による|での|に基づく|の)|不確かな|不正確な|誹謗中傷(の|にあたる|となる|に当たる)?|名誉を(傷つける|毀損する)"
    r"|一方的な|悪意のある|事実確認のない)"
    r"(ご?投稿|書き込み|ご発言|発言|ツイート|ポスト|レビュー|コメント|表現|情報の(発信|拡散)|拡散)"
    r"(は|を|の)?(今後は?|、)*"
    r"(お控え|控え|おやめ|やめ|ご遠慮|削除|取り下げ|撤回|訂正|慎ん|お慎み)"
    r"[^。!?]{0,16}?(ください|下さい|いただ|頂|願|くださいますよう)")


# The poster spoken of in the third person, their conduct told as the reason for what happened
# (当日は投稿者様がご予約の時間に30分遅れていらっしゃったうえ、…抗議されていたため): a review's
# reply that puts the reviewer's behaviour on show for every reader.
_POSTER_CONDUCT = lazy(
    r"(ご?投稿者|投稿主|レビュアー|(レビュー|口コミ|クチコミ|コメント|ご意見)を?(お書き|書か|投稿さ|ご投稿)(になった|れた|いただいた)方)"
    r"(様|さま|さん|の方)?(が|は|には|におかれましては)、?[^。!?]{2,80}?"
    r"(ため|ので|から|せいで|ことから|ことが原因|うえ|上に|にもかかわらず)")


# The poster's claim denied in public (投稿内容は事実と異なります / 弊社ドライバーに過失はございません):
# an argument for all to read. (Not a fault of ours owned, 弊社の確認不足でございました, nor a fact
# set right without the poster: 運休の情報は誤りです is no answer to them; the post or our side named.)
_DENIAL = lazy(
    r"(ご?投稿|書き込み|ご指摘|ご主張|おっしゃる|お書きの|レビュー|口コミ|コメント)(の?内容|いただいた内容|された内容)?(は|につきましては|については)[、,]?"
    r"(事実と異なります|事実では(ござい|あり)ません|誤りで(す|ございます)|正しく(あり|ござい)ません|事実無根で(す|ございます))"
    r"|(弊社|当社|当店|弊店|当方|私ども)(の)?[^。、]{0,10}?(に|には|側に)[、,]?(一切の?)?(過失|落ち度|非|責任)は(一切)?(ござい|あり)ません")


# The words every match of each pattern above holds (tests/test_sns.py proves it on the patterns)
_NEEDS_SANCTION = ("停止", "凍結", "削除", "退会", "BAN", "制限", "警告", "処分", "ペナルティ", "非表示", "ブロック")
_NEEDS_POSTER_CONDUCT = ("投稿者", "投稿主", "レビュアー", "た方")
_NEEDS_DENIAL = ("事実", "誤り", "正しく", "過失は", "落ち度は", "非は", "責任は")
_NEEDS_REBUKE = ("誤解を", "事実", "虚偽の", "根拠", "憶測", "不確かな", "不正確な", "誹謗中傷", "名誉を", "一方的な", "悪意のある")
_CALLED_OUT_WORDS = lazy("|".join(sorted({*_NEEDS_SANCTION, *_NEEDS_POSTER_CONDUCT, *_NEEDS_DENIAL, *_NEEDS_REBUKE})))

# (the poster right, not at fault: 投稿者様がご指摘のとおり、当店の案内が分かりにくかったため)
_POSTER_RIGHT = lazy(r"ご指摘|おっしゃ|お書きの|ご覧|ご意見|お知らせ|ご報告|とおり|通り|お気づき|お教え")


def user_called_out(doc: Document, ctx: CheckContext):
    norm = doc.norm
    if not in_public(doc):
        return
    # (each pattern searched only in a reply that holds a word every match of it holds: most
    # public replies hold none of them, and their sentences are then not searched four times each;
    # whether any is there, one search: thirty-three `in` tests of a reply cost about seven times as much)
    if _CALLED_OUT_WORDS.search(norm) is None:
        return
    sanction, conduct = _holds_any(norm, _NEEDS_SANCTION), _holds_any(norm, _NEEDS_POSTER_CONDUCT)
    denial, rebuke = _holds_any(norm, _NEEDS_DENIAL), _holds_any(norm, _NEEDS_REBUKE)
    lead = _LEADING_MENTIONS.match(norm)
    lead_end = lead.end() if lead else 0
    for s in doc.linted_sentences():
        for m in _SANCTION.finditer(norm, s.nstart, s.nend) if sanction else ():
            if m.start() < lead_end:
                continue  # (the one we answer: their own account)
            yield Hit(*doc.original_span(m.start(), m.end()),
                      f"公開の返信で、ほかの利用者（{m.group('who')}）を名指しし、アカウントや投稿への措置を書いています。"
                      "措置はその方との間のことなので公開の場では名前を出さず、「ご報告のアカウントには規約に沿って対応いたしました」"
                      "のようにお伝えしてください。",
                      "ご報告いただいたアカウントには、規約に沿って対応いたしました")
        m = _POSTER_CONDUCT.search(norm, s.nstart, s.nend) if conduct else None
        if m and not _POSTER_RIGHT.search(norm, m.start(), m.end()):
            yield Hit(*doc.original_span(m.start(), m.end()),
                      "公開の返信で、投稿した方のふるまいを取り上げています。だれもが読む場で相手の落ち度を挙げると、"
                      "言い争いに見え、読んだ人の印象も損ないます。経緯はダイレクトメッセージやお電話でお伝えし、"
                      "公開の返信では、ご不快な思いへのおわびと今後の対応だけを書いてください。",
                      "当日の対応でご不快な思いをおかけし、申し訳ございません。詳しくはDMでお話を伺えますでしょうか。")
        m = _DENIAL.search(norm, s.nstart, s.nend) if denial else None
        if m:
            yield Hit(*doc.original_span(m.start(), m.end()),
                      f"公開の返信で「{m.group()}」と、投稿した方の言い分を打ち消しています。だれもが読む場での反論は言い争いに"
                      "見えます。ご不快な思いへのおわびと確認の申し出にとどめ、経緯はダイレクトメッセージでお伝えしてください。",
                      "ご不快な思いをおかけし申し訳ございません。詳しい状況をDMで伺えますでしょうか。")
        for m in _REBUKE.finditer(norm, s.nstart, s.nend) if rebuke else ():
            yield Hit(*doc.original_span(m.start(), m.end()),
                      f"公開の返信で「{norm[m.start():m.end()]}」と、投稿した方を注意しています。だれもが見る場での叱責は"
                      "反発を招き、会社の印象を損ないます。事実の説明にとどめ、必要ならダイレクトメッセージでご相談ください。",
                      "事実を丁寧に説明し、詳しくはDMでご案内する")
