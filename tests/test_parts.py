"""The parts of a reply as the document model recognises them: line shapes (list items of any
marker, headings, labels, URLs, letter marks), a letter's header block, the sender as signature,
the running text the structure checks count in, and whether a reply answers an inquiry."""

from __future__ import annotations

import pytest

from replylint import segments as seg
from replylint.document import parse
from replylint.tokenize import get_backend


def doc_of(text: str, channel: str = "email"):
    return parse(text, get_backend("fugashi"), channel)


def role_of(text: str, line: str) -> str:
    d = doc_of(text)
    return next(ln.role for ln in d.lines if d.text[ln.start:ln.end] == line)


@pytest.mark.parametrize("marker", ["1. ", "1) ", "(1) ", "（1）", "①", "① ", "一、", "・", "- ", "* ", "■", "□ ", "◆", "▼",
                                    "※", "STEP1 ", "Step 1 ", "手順1：", "１．", "a) ", "Q. ", "【1】", "❶", "⑴"])
def test_every_list_marker_makes_a_list_item(marker):
    item = marker + "設定画面を開く"
    text = f"手順をご案内します。\n\n{item}\n{marker.replace('1', '2').replace('①', '②').replace('一', '二')}保存を押す\n\n以上です。"
    assert role_of(text, item) == seg.ITEM


@pytest.mark.parametrize("line", ["○○株式会社", "3分ほどでご連絡します。", "1,100円をご返金いたします。", "10:00から受付です。",
                                  "――――――――", "2026年12月1日"])
def test_look_alikes_are_not_list_items(line):
    assert not seg.is_list_item(line)


def test_shapes_of_body_lines():
    text = ("浜野 聡 様\n\nいつもお世話になっております。\n\n【お手続きについて】\n注文番号：A-1234\n"
            "https://example.jp/guide\n・書類を送る\n  返信用封筒を使う\n\n記\n\n日時　12月10日\n\n以上\n\n追伸　冊子もご覧ください。")
    assert role_of(text, "【お手続きについて】") == seg.HEADING
    assert role_of(text, "注文番号：A-1234") == seg.LABEL
    assert role_of(text, "https://example.jp/guide") == seg.URL
    assert role_of(text, "  返信用封筒を使う") == seg.ITEM  # an item wrapped onto an indented line
    assert role_of(text, "日時　12月10日") == seg.ITEM  # inside 記 … 以上
    assert role_of(text, "以上") == seg.MARK
    assert role_of(text, "追伸　冊子もご覧ください。") == seg.POSTSCRIPT


LETTER = ("2026年12月1日\n\n株式会社みなと商事\n総務部 田村 様\n\nそらいろ商事株式会社\n営業部 森下 啓太\n"
          "TEL 0120-000-000\n\n件名：価格改定のお知らせ\n\n拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。\n"
          "誠に勝手ながら、下記のとおり価格を改定いたします。\n何卒ご理解賜りますようお願い申し上げます。\n\n敬具\n\n記\n\n"
          "1．改定日　2027年1月1日\n\n以上")


def test_a_letters_header_block():
    d = doc_of(LETTER)
    kind = {d.text[ln.start:ln.end]: ln.kind for ln in d.lines}
    assert kind["2026年12月1日"] == seg.HEADER and kind["件名：価格改定のお知らせ"] == seg.HEADER
    assert kind["そらいろ商事株式会社"] == kind["営業部 森下 啓太"] == seg.SIGNATURE  # the sender, at the top
    kinds = {d.sentence_text(s): s.kind for s in d.sentences}
    assert kinds["株式会社みなと商事"] == kinds["総務部 田村 様"] == seg.ADDRESSEE
    assert kinds["拝啓 師走の候、貴社ますますご清栄のこととお慶び申し上げます。"] == seg.GREETING
    assert kinds["何卒ご理解賜りますようお願い申し上げます。"] == seg.CLOSING
    assert kinds["敬具"] == seg.CLOSING


def test_running_text_ends_at_the_letter_foot_and_skips_fragments():
    d = doc_of(LETTER)
    own = [d.sentence_text(s) for s in d.own_sentences()]
    assert own[-1] == "何卒ご理解賜りますようお願い申し上げます。"
    assert not any("改定日" in t or t == "敬具" for t in own)


def test_a_foot_after_the_last_words_of_the_body():
    d = doc_of("田村 様\n\n拝啓　時下ますますご清栄のこととお慶び申し上げます。\n今後ともよろしくお願い申し上げます。　敬　具")
    head, foot = d.letter_words()
    assert head.group().strip() == "拝啓" and "".join(foot.group().split()) == "敬具"


@pytest.mark.parametrize("text,answers", [
    ("浜野 聡 様\n\nお問い合わせいただき、ありがとうございます。\n証明書を郵送しました。", True),
    ("浜野 聡 様\n\n証明書を郵送しました。", True),                      # a reply to one person
    ("証明書を郵送しました。\n\n> 証明書を送ってください。", True),            # it quotes the message
    ("件名：Re: 証明書について\n\n株式会社みなと商事\n総務部 田村 様\n\n証明書を郵送しました。", True),
    ("お客様各位\n\n年末年始の休業日をお知らせいたします。", False),          # a notice
    ("株式会社みなと商事\n物流部 田村 様\n\n出荷した商品に誤りがあり、大変ご迷惑をおかけいたしました。", False),
    ("株式会社みなと広告\n田村 様\n\nご提案をいただきましたが、今回は見送らせていただきます。", False),
    ("田村 様\n\n12日の会議は、出張のため欠席いたします。", False),
    ("年末年始の休業日をお知らせいたします。", False),                     # addressed to no one
    (LETTER, False),
])
def test_whether_a_reply_answers_an_inquiry(text, answers):
    assert doc_of(text).answers_inquiry is answers


def test_a_chat_always_answers():
    assert doc_of("年末年始の休業日をお知らせいたします。", "chat").answers_inquiry
