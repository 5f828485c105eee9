"""Public SNS replies: length as the platform counts it, and no personal data asked in public."""

from __future__ import annotations

import re

from .. import segments as seg
from ..document import Document
from ..engine import CheckContext, Hit
from ..regexes import lazy

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


def too_long(doc: Document, ctx: CheckContext):
    text = doc.text
    limit = float(ctx.options.get("max", 140))
    counting = ctx.options.get("counting", "x")
    # The part of the reply that is posted: not quoted lines.
    end = max((ln.end for ln in doc.lines if ln.kind != seg.QUOTED and text[ln.start:ln.end].strip()),
              default=0)
    start = 0
    if not ctx.options.get("count_leading_mentions", False):
        m = _LEADING_MENTIONS.match(text)
        if m:
            start = m.end()
    if counting == "chars":
        budget = int(limit)
        units = lambda ch: 1  # noqa: E731
        url_units = None
    else:
        budget = int(limit * 2)  # 140 Japanese characters = 280 weighted units
        units = _weight
        url_units = _URL_WEIGHT
    urls = {m.start(): m.end() for m in _URL.finditer(text, start, end)}
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
    if over_at is None:
        return
    shown = used / 2 if counting != "chars" else used
    shown_s = f"{shown:g}"
    yield Hit(over_at, end,
              f"SNSの返信が長すぎます（{shown_s}文字相当、上限{limit:g}文字）。ここから先は投稿に入りません。"
              "要点だけを書き、詳しい案内はリンクやダイレクトメッセージに移してください。",
              "要点を1〜2文にまとめ、詳細はDMやサポートページのリンクでご案内する")


# -- personal data asked for in public -------------------------------------------------
_DATA = lazy(
    r"(ご?注文番号|ご?予約番号|会員番号|お客様番号|ご?契約番号|受付番号|問い合わせ番号|伝票番号|追跡番号"
    r"|電話番号|携帯番号|ご?連絡先|ご?住所|ご自宅|お届け先|メールアドレス|アドレス|e-?mail"
    r"|パスワード|暗証番号|カード番号|クレジットカード|カード情報|有効期限|セキュリティコード"
    r"|口座番号|口座情報|生年月日|お名前|氏名|フルネーム|本名|マイナンバー|ログインID|アカウントID)",
    re.IGNORECASE)
_ASK = lazy(
    r"(お知らせ|教えて|お送り|お書き|ご記入|ご提示|お伝え|ご連絡|ご記載|記載して|書き込|投稿|リプライ|ご返信|返信|お寄せ)"
    # (the verb's own endings, not another clause: ご登録のメールアドレスにお送りした「発送のお知らせ」から
    # ご確認いただけます names a mail we sent, it asks for nothing)
    r"(?:(?!から|より)[^。!?「」『』]){0,10}?(ください|下さい|いただけ|頂け|願え|願い|くれ|ませんか|ますか|でしょうか)")
_PRIVATE = lazy(
    r"DM|ダイレクトメッセージ|ダイレクト・メッセージ|ダイレクトメール|メッセージ(で|にて|から|より|へ|に)|個別"
    r"|非公開|プライベート|お問い合わせフォーム|専用フォーム|フォーム(で|から|にて|より)|窓口|電話(で|にて|まで|から)"
    r"|メール(で|にて|から)|チャット(で|にて|から)|下記|以下の|こちらの(URL|リンク|ページ)|リンク|https?://"
    r"|公開(されない|しない)|公開の場|ここ(には|では)(書|お書)"
    # (or told in person, where they come: 受付でお名前をお伝えください / ご来店の際に会員番号を)
    r"|受付(で|にて)|フロント(で|にて)|カウンター(で|にて)|レジ(で|にて)|店頭|店舗(で|にて)|係員|スタッフ(に|へ)"
    r"|(来店|来館|来院|来場|来所|お越し)(の際|時|の時|のとき)", re.IGNORECASE)
# (or left out of what they send: お名前や電話番号などの個人情報は書かずにお送りください)
_NEGATED = lazy(r"(ないで|ないよう|お控え|控えて|おやめ|ご遠慮|絶対に|決して|(書か|お書きになら|記載せ|記入せ|含め|入れ|載せ)ず)")


# The customer's data shown in a public reply: an order's, a booking's or a contract's number as
# its code (ご予約番号HS-20481, 証券番号H-2210-55817), or a street address with its numbers
# (横浜市港北区日吉本町3-12), or the address named as theirs (新住所（福岡市南区大橋）).
_SHOWN = lazy(
    r"(?P<id>(注文番号|予約番号|会員番号|お客様番号|契約番号|証券番号|受付番号|伝票番号|問い合わせ番号|お問合せ番号"
    r"|追跡番号|管理番号|口座番号|カード番号)[\s:：は「(]{0,3}[A-Za-z0-9][A-Za-z0-9-]{3,20})"
    r"|(?P<address>([一-龥]{1,4}[都道府県])?[一-龥]{1,6}[市区町村郡][一-龥ぁ-んァ-ヶ]{0,10}?[0-9]{1,4}(-[0-9]{1,4}){1,2})"
    r"|(新住所|旧住所|ご住所|お届け先|配達先|お住まい)[\s(「:：は]{0,3}(?P<named>([一-龥]{1,4}[都道府県])?[一-龥]{1,6}[市区町郡][一-龥ぁ-んァ-ヶ]{0,10})")
_PUBLIC_REPLY = lazy(r"\s*@[A-Za-z0-9_]")


def _shown_in_public(doc: Document):
    """The customer's data written out in a public reply (one to @someone; a direct message, with
    no @name, may hold them): no blind writer leaves one clean, five label one (a-038, c-035,
    e-049, h sealed2-043, j sealed3-074); the two direct messages that name an order's number are
    clean."""
    norm = doc.norm
    if not _PUBLIC_REPLY.match(norm):
        return
    for s in doc.linted_sentences():
        for m in _SHOWN.finditer(norm, s.nstart, s.nend):
            group = "id" if m.group("id") else "address" if m.group("address") else "named"
            a, b = m.span(group)
            yield Hit(*doc.original_span(a, b),
                      f"公開の返信に、お客様の個人情報「{norm[a:b]}」が書かれています。だれでも読めるため返信からは消し、"
                      "必要ならダイレクトメッセージで伝えてください。",
                      "個人情報を返信から消し、ダイレクトメッセージで伝える")


def personal_data_in_public(doc: Document, ctx: CheckContext):
    norm = doc.norm
    yield from _shown_in_public(doc)
    for s in doc.linted_sentences():
        text = norm[s.nstart:s.nend]
        ask = _ASK.search(text)
        if not ask:
            continue
        data = [m for m in _DATA.finditer(text) if m.start() < ask.end()]
        if not data or _PRIVATE.search(text) or _NEGATED.search(text):
            continue
        a, b = s.nstart + data[0].start(), s.nstart + ask.end()
        yield Hit(*doc.original_span(a, b), None,
                  "お手数ですが、ダイレクトメッセージで" + data[0].group() + "をお知らせいただけますか")
