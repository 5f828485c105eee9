"""Segmentation on its own: quoted text, Original Message blocks, signatures, addressees."""

from __future__ import annotations

import re

import pytest

from replylint import acts
from replylint import segments as seg
from replylint.document import parse
from replylint.tokenize import get_backend

BODY = "いつもお世話になっております。\nそらいろ保険の森下でございます。\n\nご依頼の証明書を本日郵送いたしました。\n\n今後ともよろしくお願いいたします。"


def lines_of(text):
    """Segment functions read the NFKC view, as document.parse gives it to them."""
    import unicodedata
    return unicodedata.normalize("NFKC", text).split("\n")


def sig_lines(text):
    lines = lines_of(text)
    live = [i for i, q in enumerate(seg.quoted_lines(lines)) if not q]
    start = seg.signature_start(lines, live)
    return None if start is None else [ln for ln in lines[start:] if ln.strip()]


@pytest.mark.parametrize("sep", ["--", "-- ", "――――――――", "――", "━━━━━━━━", "━━", "==========", "＝＝＝＝＝＝＝＝", "*****", "________"])
def test_signature_after_a_separator(sep):
    import unicodedata
    text = unicodedata.normalize("NFKC", BODY + f"\n\n{sep}\nそらいろ保険 お客様窓口\nTEL 0120-000-000")
    assert sig_lines(text)[0].strip() == unicodedata.normalize("NFKC", sep).strip()


def test_framed_signature_starts_at_the_first_frame():
    text = BODY + "\n\n━━━━━━━━\nそらいろ保険\n森下 啓太\n━━━━━━━━"
    assert sig_lines(text) == ["━━━━━━━━", "そらいろ保険", "森下 啓太", "━━━━━━━━"]


def test_signature_without_separator_or_blank_lines():
    text = "浜野様\nいつもお世話になっております。\n手続きが完了しました。\n今後ともよろしくお願いいたします。\nそらいろ保険 お客様窓口\n森下 啓太"
    assert sig_lines(text) == ["そらいろ保険 お客様窓口", "森下 啓太"]


def test_name_only_signature_and_shop_name():
    assert sig_lines(BODY + "\n\n北風アウトドア オンラインストア\n今井 大地") == ["北風アウトドア オンラインストア", "今井 大地"]
    assert sig_lines(BODY + "\n\n森下 啓太") == ["森下 啓太"]


@pytest.mark.parametrize("ending", [
    "",
    "\n・日時：12月3日（水）9:00\n・場所：2階",
    "\n以上",
    "\nご不明な点がございましたら、お問い合わせください",
])
def test_no_signature(ending):
    assert sig_lines(BODY + ending) is None


def test_a_separator_between_body_sections_is_not_a_signature():
    text = ("浜野様\n\nいつもお世話になっております。\n\n――――――――\n【ご案内】\n手続きが完了しました。\n"
            "書類は明日届きます。\nご不明な点がございましたら、お問い合わせください。\n今後ともよろしくお願いいたします。")
    assert sig_lines(text) is None


def test_quoted_lines_and_original_message():
    lines = lines_of("ありがとうございます。\n> 前の話\n本文です。\n-----Original Message-----\nFrom: a\n本文")
    assert seg.quoted_lines(lines) == [False, True, False, True, True, True]
    lines = lines_of("本文です。\n----- 元のメッセージ -----\n差出人: 山田")
    assert seg.quoted_lines(lines) == [False, True, True]


def test_outlook_header_block_without_original_message_line():
    lines = lines_of("本文です。\n\n________________________________\nFrom: 山田 太郎\nSent: Tuesday\nTo: support\n来ないです")
    assert seg.quoted_lines(lines) == [False, False, True, True, True, True, True]
    # From: alone (no Sent:/Date: after it) is not a header.
    assert seg.quoted_lines(lines_of("From: 東京\nお届けします。")) == [False, False]


@pytest.mark.parametrize("header", [
    "2026年11月20日 10:15 田中 美穂 様 wrote:",
    "On Thu, Nov 20, 2026 at 10:15 AM Tanaka <tanaka@example.com> wrote:",
    "山田 太郎さんは書きました：",
    "2026/11/20 10:15、小田 純 <oda@example.com>のメール:",
])
def test_quote_headers(header):
    lines = lines_of(f"本文です。\n{header}\n> 引用")
    assert seg.quoted_lines(lines) == [False, True, True]


@pytest.mark.parametrize("top,expect", [
    ("浜野 聡 様", (0, 0)),
    ("株式会社みなと商事\n総務部 田村 様", (0, 1)),
    ("株式会社みどり設計\n経理部\n部長 中村 由紀 様", (0, 2)),
    ("株式会社しらかば商会 御中", (0, 0)),
    ("株式会社こだま印刷 情報システム課 福田 健 様", (0, 0)),
    ("お客様", (0, 0)),
    ("ご担当者様", (0, 0)),
    # an addressee line right under another belongs to it; a blank line ends it
    ("株式会社みなと商事 御中\n経理システムご担当者様", (0, 1)),
    ("お取引先各位\n\n田村様", (0, 0)),
])
def test_addressee_lines(top, expect):
    lines = lines_of(top + "\n\nいつもお世話になっております。")
    span = seg.addressee_span(lines, list(range(len(lines))))
    assert span[:2] == expect


def test_inline_and_missing_addressee():
    lines = ["浜野様、いつもお世話になっております。"]
    assert seg.addressee_span(lines, [0]) == (0, 0, 4)
    lines = ["いつもお世話になっております。", "森下でございます。", "田中様からのご依頼の件です。"]
    assert seg.addressee_span(lines, [0, 1, 2]) is None


@pytest.mark.parametrize("line", ["いつもお世話になっております。", "お問い合わせいただき、誠にありがとうございます。",
                                  "ご連絡くださり、感謝申し上げます。", "平素より格別のお引き立てを賜り、厚く御礼申し上げます。",
                                  "大変お待たせいたしました。", "ご返信が遅くなり、申し訳ございません。", "はじめまして。"])
def test_greeting_variants(line):
    assert acts.OPENING.search(line)


@pytest.mark.parametrize("line", ["今後ともよろしくお願いいたします。", "引き続きよろしくお願い申し上げます。",
                                  "何卒よろしくお願いいたします。", "よろしくお願いします。", "心よりお待ちしております。",
                                  "ご回復をお祈り申し上げます。"])
def test_closing_variants(line):
    assert acts.CLOSING.search(line)


@pytest.mark.parametrize("line", ["ご不明な点がございましたら、お気軽にお問い合わせください。", "ほかにお手伝いできることはございますか。",
                                  "何かございましたら、いつでもお声がけください。", "ご不明点等ございましたら、ご遠慮なくご連絡ください。",
                                  "お困りの際は、サポート窓口までご相談ください。"])
def test_further_help_variants(line):
    assert acts.OFFER.search(line)


def test_parsed_email_with_no_blank_lines(backend):
    text = ("浜野 聡 様\nいつもお世話になっております。\nそらいろ保険の森下でございます。\n証明書を郵送いたしました。\n"
            "ご不明な点がございましたら、お気軽にお問い合わせください。\n今後ともよろしくお願いいたします。\nそらいろ保険 お客様窓口\n森下 啓太")
    doc = parse(text, get_backend(backend))
    kinds = [(doc.text[s.start:s.end], s.kind) for s in doc.sentences]
    assert kinds[0] == ("浜野 聡 様", "addressee")
    assert ("いつもお世話になっております。", "greeting") in kinds
    assert ("今後ともよろしくお願いいたします。", "closing") in kinds
    assert kinds[-1] == ("森下 啓太", "signature")


@pytest.mark.parametrize("text", ["> 引用", "<br>", "On Mon, Taro WROTE:", "-----Original Message-----", "FROM: a@b",
                                  "From: a@b", "山田様が書きました:", "メッセージ", "差出人: x", "送信者: x", "送信元: x",
                                  "いつもありがとうございます。", "Weekly mail from the team", "information", ""])
def test_the_quote_prefilter_finds_every_word_of_a_quote_start(text):
    """The fast prefilter (a lookahead class before the words) finds what the plain one does."""
    plain = re.compile(r">|wrote|書きました|message|メッセージ|<|from|差出人|送信者|送信元", re.IGNORECASE)
    assert bool(seg._MAY_QUOTE.search(text)) == bool(plain.search(text))


def test_a_message_pasted_under_the_signature_after_a_rule_is_quoted():
    """No > marks: a bare rule right after a signature line, then prose, starts the quote; a
    rule that frames the signature, or one in the middle of the reply, does not."""
    lines = ["竹内様", "", "変更は可能です。", "", "東山県 経営支援課", "藤井 健（電話 024-521-7713）", "",
             "-----", "竹内鉄工所の竹内です。", "手続きを教えていただけますか。"]
    assert seg.quoted_lines(lines) == [False] * 7 + [True] * 3
    framed = ["竹内様", "", "変更は可能です。", "", "-----", "東山県 経営支援課", "藤井 健", "-----"]
    assert seg.quoted_lines(framed) == [False] * len(framed)
    middle = ["竹内様", "", "変更は可能です。", "", "-----", "様式を添付しましたので、お送りください。"]
    assert seg.quoted_lines(middle) == [False] * len(middle)
    # (labels of the body framed by rules, one of them holding a signature's word, 寝室's 室: no signature)
    table = ["太田様", "", "工事の日程をご案内いたします。", "", "―――――", "工事日：12月22日", "対象：リビング、寝室",
             "―――――", "", "当日は家具を少し移動させていただきます。", "ご不明点がございましたら、ご連絡ください。"]
    assert seg.quoted_lines(table) == [False] * len(table)


def test_quoted_lines_reads_only_the_lines_with_a_quote_word():
    """quoted_lines looks for quote starts, header blocks and `>` only on lines that hold one of
    _MAY_QUOTE's words: the same lines as trying every line."""
    import random

    rnd = random.Random(4)
    pieces = ["> ご質問", "ご連絡ありがとうございます。", "", "-----Original Message-----", "From: a@b.jp",
              "Sent: 2024/1/1", "件名: Re: 返金", "山田様が書きました:", "On Mon, X wrote:", "――――", "以上",
              "<a@b.jp> のメール:", "FROM: x", "送信日時: 1月", "【お問い合わせ内容】", "差出人: 山田", "メールです"]

    def every_line(lines):
        quoted = [False] * len(lines)
        seg._quote_under_signature(lines, quoted)  # (read on every line: no word gates it)
        for i, line in enumerate(lines):
            if seg.is_quote_block_start(line) or seg._is_header_block(lines, i):
                start = i - (i > 0 and bool(seg._SEPARATOR.match(lines[i - 1])) and bool(seg._HEADER_FROM.match(line)))
                quoted[start:] = [True] * (len(lines) - start)
                break
            quoted[i] = quoted[i] or seg.is_quote_line(line)
        return quoted

    for _ in range(3000):
        lines = [rnd.choice(pieces) for _ in range(rnd.randint(1, 8))]
        with_titles = seg.quoted_lines(lines)
        # (the title pass after it is the same in both: compare where it leaves the lines alone)
        plain = every_line(lines)
        assert all(w == p for w, p, line in zip(with_titles, plain, lines) if not seg._QUOTE_TITLE.match(line)), lines
