"""Macro and template libraries end to end through the CLI: Zendesk export, JSON, JSONL, CSV,
YAML, Markdown front matter, malformed inputs and a folder of mixed formats.

Every finding from a multi-reply file carries `"reply"` (its locator) and offsets into that
reply's text; the tests check `reply_text[start:end]` against the words the rule is about.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from replylint.cli import main
from replylint.readers import read_path

# A well-formed macro: the helpdesk fills {{ticket.requester.name}}; nothing to report in
# template mode (which every library reader sets).
SHIPPED = ("{{ticket.requester.name}}様\n\n"
           "いつもご利用いただきありがとうございます。\n"
           "ご注文の商品は本日発送いたしました。\n"
           "ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n"
           "今後ともよろしくお願いいたします。\n\n"
           "サポートセンター 佐藤")
# An unfilled single-brace slot someone forgot: an error even in template mode.
REFUND = ("{name}様\n\n"
          "いつもご利用いただきありがとうございます。\n"
          "返金の手続きが完了いたしました。\n"
          "ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n"
          "今後ともよろしくお願いいたします。\n\n"
          "サポートセンター 佐藤")
# A rich-text macro (Zendesk's comment_value_html) and the text a customer reads.
HTML = ("<p>{{ticket.requester.name}}様</p>\n<p><br></p>\n"
        "<p>いつもご利用いただきありがとうございます&#12290;</p>\n"
        "<p>お客様が<strong>おっしゃられた</strong>件につきまして、\n  担当者より&nbsp;ご連絡いたします。</p>"
        "<p>ほかにご不明な点がございましたら、お気軽にお問い合わせください。<br>"
        "今後ともよろしくお願いいたします。</p><p><br></p><p>サポートセンター &amp; 佐藤</p>")
HTML_TEXT = ("{{ticket.requester.name}}様\n\n"
             "いつもご利用いただきありがとうございます。\n"
             "お客様がおっしゃられた件につきまして、 担当者より\xa0ご連絡いたします。\n"
             "ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n"
             "今後ともよろしくお願いいたします。\n\n"
             "サポートセンター & 佐藤")


@pytest.fixture
def lint(tmp_path, monkeypatch):
    """Run `replylint --format json ARGS`; returns (exit code, parsed JSON, stderr)."""
    monkeypatch.chdir(tmp_path)  # no config file above the inputs
    runner = CliRunner()

    def invoke(*args):
        res = runner.invoke(main, ["--format", "json", *args], catch_exceptions=False)
        return res.exit_code, json.loads(res.stdout), res.stderr

    return invoke


def write(tmp_path: Path, name: str, content: str | bytes | object) -> str:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    elif isinstance(content, str):
        p.write_text(content, encoding="utf-8")
    else:
        p.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return str(p)


def findings(doc: dict) -> list[dict]:
    return [f for entry in doc["files"] for f in entry["findings"]]


def spans(doc: dict, texts: dict[str, str]) -> set[tuple[str, str, str]]:
    """(reply, rule, the reply text the finding covers) for every finding with a span."""
    return {(f["reply"], f["rule"], texts[f["reply"]][f["start"]:f["end"]])
            for f in findings(doc) if f["end"] > f["start"]}


def assert_offsets_agree(doc: dict, texts: dict[str, str]) -> None:
    """line/column and start point at the same character of the reply's text."""
    for f in findings(doc):
        text = texts[f["reply"]]
        lines = text.split("\n")
        assert sum(len(line) + 1 for line in lines[:f["line"] - 1]) + f["column"] - 1 == f["start"], f


def zendesk_export() -> dict:
    return {"macros": [
        {"id": 360001, "title": "発送のご連絡", "active": True,
         "actions": [{"field": "status", "value": "solved"},
                     {"field": "comment_value", "value": SHIPPED}]},
        {"id": 360002, "title": "返金完了",
         "actions": [{"field": "comment_value", "value": REFUND},
                     {"field": "comment_mode_is_public", "value": "true"}]},
        {"id": 360003, "title": "担当者からの連絡（HTML）",
         "actions": [{"field": "comment_value_html", "value": HTML}]},
        {"id": 360004, "title": "優先度を上げる", "actions": [{"field": "priority", "value": "high"}]},
    ], "next_page": None, "count": 4}


# ---------------------------------------------------------------- Zendesk macro export

def test_zendesk_export_one_reply_per_macro_with_locators_and_offsets(lint, tmp_path):
    code, doc, err = lint(write(tmp_path, "macros.json", zendesk_export()))
    assert code == 1 and err == ""
    # three macros write a comment; the one that only sets priority is not a reply
    assert len(doc["files"]) == 3
    texts = {"macros/360001": SHIPPED, "macros/360002": REFUND, "macros/360003": HTML_TEXT}
    assert {f["reply"] for f in findings(doc)} <= set(texts)
    assert spans(doc, texts) == {
        ("macros/360002", "template/placeholder", "{name}"),
        ("macros/360003", "keigo/double-honorific", "おっしゃられた"),
    }
    assert_offsets_agree(doc, texts)
    # the well-formed helpdesk placeholder is expected in a macro: nothing at all on 360001
    assert doc["files"][0]["findings"] == [] and doc["files"][0]["score"] == 100


def test_zendesk_html_comment_becomes_the_text_a_customer_reads(tmp_path):
    replies = read_path(write(tmp_path, "macros.json", zendesk_export()))
    assert [(r.locator, r.mode) for r in replies] == [
        ("macros/360001", "template"), ("macros/360002", "template"), ("macros/360003", "template")]
    assert replies[2].text == HTML_TEXT


def test_macro_template_mode_wins_over_the_command_line(lint, tmp_path):
    # `--mode draft` is the default; a macro export is still a template library
    code, doc, _ = lint("--mode", "draft", write(tmp_path, "one.json", {"macro": {
        "id": 7, "title": "発送", "actions": [{"field": "comment_value", "value": SHIPPED}]}}))
    assert code == 0 and findings(doc) == []


def test_zendesk_single_macro_bare_list_title_locator_and_channel_value(lint, tmp_path):
    macros = [
        {"title": "返金完了（旧）", "actions": [{"field": "comment_value", "value": ["channel:all", REFUND]}]},
        {"actions": [{"field": "comment_value", "value": "{{ticket.requester.name}}様\n了解しました。"}]},
    ]
    code, doc, _ = lint("--channel", "chat", write(tmp_path, "list.json", macros))
    assert code == 1
    texts = {"返金完了（旧）": REFUND, "macro 2": "{{ticket.requester.name}}様\n了解しました。"}
    got = spans(doc, texts)
    assert ("返金完了（旧）", "template/placeholder", "{name}") in got
    assert ("macro 2", "keigo/baito", "了解しました") in got
    assert not any(rule == "template/placeholder" for reply, rule, _ in got if reply == "macro 2")


# ---------------------------------------------------------------- generic JSON and JSONL

def test_generic_json_list_locators_from_id_title_or_position(lint, tmp_path):
    items = [
        {"id": "shipping-done", "body": SHIPPED},
        {"title": "返金完了", "text": REFUND},
        {"content": "お客様の責任です。ご了承ください。"},
        {"id": "empty", "body": ""},  # a canned response with no text: nothing to check
    ]
    code, doc, _ = lint("--channel", "chat", write(tmp_path, "canned.json", items))
    assert code == 1 and len(doc["files"]) == 3
    texts = {"shipping-done": SHIPPED, "返金完了": REFUND, "3": items[2]["content"]}
    got = spans(doc, texts)
    assert ("返金完了", "template/placeholder", "{name}") in got
    assert {reply for reply, _, _ in got} == {"返金完了", "3"}
    assert_offsets_agree(doc, texts)


def test_jsonl_one_reply_per_line_locator_line_number(lint, tmp_path):
    lines = [json.dumps({"name": "shipped", "message": SHIPPED}, ensure_ascii=False), "",
             json.dumps({"message": REFUND}, ensure_ascii=False)]
    code, doc, _ = lint(write(tmp_path, "canned.jsonl", "\n".join(lines) + "\n"))
    assert code == 1
    assert spans(doc, {"shipped": SHIPPED, "line 3": REFUND}) == {("line 3", "template/placeholder", "{name}")}


def test_jsonl_bad_line_is_named(lint, tmp_path):
    bad = write(tmp_path, "bad.jsonl", '{"body": "ok"}\n{"body": "broken\n')
    code, doc, err = lint(bad)
    assert code == 2 and "bad.jsonl" in err and "line 2" in err and "invalid JSON" in err
    assert doc["files"][0]["error"].startswith(bad)


# ---------------------------------------------------------------- CSV

def test_csv_japanese_headers_bom_and_multiline_cells(lint, tmp_path):
    rows = ['件名,本文,更新日',
            '発送のご連絡,"' + SHIPPED + '",2024-05-01',
            ',"' + REFUND + '",2024-05-02',
            ',,',
            '"引用を含む","ご注文の「""A""」は{{ticket.requester.name}}様宛てに了解しました。",2024-05-03']
    data = ("\r\n".join(rows) + "\r\n").encode("utf-8-sig")
    code, doc, _ = lint("--channel", "chat", write(tmp_path, "macros.csv", data))
    assert code == 1 and len(doc["files"]) == 3
    third = 'ご注文の「"A"」は{{ticket.requester.name}}様宛てに了解しました。'
    # the refund row has no title: spreadsheet row 3 (the header is row 1, a multi-line cell one row)
    texts = {"発送のご連絡": SHIPPED, "row 3": REFUND, "引用を含む": third}
    got = spans(doc, texts)
    assert ("row 3", "template/placeholder", "{name}") in got
    assert ("引用を含む", "keigo/baito", "了解しました") in got
    assert_offsets_agree(doc, texts)


def test_csv_cp932_as_excel_saves_it(lint, tmp_path):
    data = "id,body\r\nR-1,お客様の操作ミスです。\r\n".encode("cp932")
    code, doc, _ = lint("--channel", "chat", write(tmp_path, "excel.csv", data))
    assert code in (0, 1)
    assert ("R-1", "positive/blame") in {(f["reply"], f["rule"]) for f in findings(doc)}


def test_csv_without_a_text_column_names_file_and_columns_others_still_checked(lint, tmp_path):
    bad = write(tmp_path, "macros.csv", "id,title\n1,発送\n")
    good = write(tmp_path, "b.json", [{"id": "x", "body": REFUND}])
    code, doc, err = lint(bad, good)
    assert code == 2
    assert f"{bad}: row 1: no text column" in err and "columns: id, title" in err
    assert doc["files"][0]["path"] == bad and "error" in doc["files"][0]
    assert [(f["reply"], f["rule"]) for f in findings(doc)
            if f["rule"] == "template/placeholder"] == [("x", "template/placeholder")]


# ---------------------------------------------------------------- YAML

def test_yaml_list_of_mappings(lint, tmp_path):
    text = ("- id: shipped\n  body: |\n" + "".join(f"    {line}\n" for line in SHIPPED.split("\n"))
            + "- title: 返金完了\n  body: |-\n" + "".join(f"    {line}\n" for line in REFUND.split("\n")))
    code, doc, _ = lint(write(tmp_path, "canned.yaml", text))
    assert code == 1
    texts = {"shipped": SHIPPED + "\n", "返金完了": REFUND}
    assert spans(doc, texts) == {("返金完了", "template/placeholder", "{name}")}
    assert_offsets_agree(doc, texts)


def test_yaml_mapping_of_name_to_text(lint, tmp_path):
    text = ("発送のご連絡: " + json.dumps(SHIPPED, ensure_ascii=False) + "\n"
            "責任の所在:\n  text: お客様の操作ミスです。\n")
    code, doc, _ = lint("--channel", "chat", write(tmp_path, "canned.yml", text))
    got = {(f["reply"], f["rule"]) for f in findings(doc)}
    assert ("責任の所在", "positive/blame") in got
    assert not any(reply == "発送のご連絡" for reply, _ in got)


@pytest.mark.parametrize("content,expected", [
    ("ただの文字列です\n", "got a string"),
    ("- id: 1\n  body: [a, b]\n", "item 1: 'body' is not text (a list)"),
    ("- id: 1\n  subject: 件名だけ\n", "item 1: no text field"),
    ("key: [unclosed\n", "invalid YAML at line"),
    ("", "no replies to check"),
])
def test_yaml_not_a_list_or_mapping_is_exit_2(lint, tmp_path, content, expected):
    bad = write(tmp_path, "bad.yaml", content)
    good = write(tmp_path, "good.yaml", "- body: お客様の操作ミスです。\n")
    code, doc, err = lint(bad, good)
    assert code == 2 and f"{bad}: " in err and expected in err
    assert [f["rule"] for f in findings(doc) if f["rule"] == "positive/blame"] == ["positive/blame"]


# ---------------------------------------------------------------- Markdown front matter

def test_markdown_front_matter_is_not_linted_and_offsets_stay_true_to_the_file(lint, tmp_path):
    body = ("お客様\n\nお問い合わせありがとうございます。\n"
            "お客様がおっしゃられた件について確認しました。\n"
            "ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n"
            "今後ともよろしくお願いいたします。\n\nサポートセンター 佐藤\n")
    front = "---\ntitle: 了解しました（レイテンシ）\ntags: [返金, 発送]\n---\n"
    path = write(tmp_path, "draft.md", front + body)
    code, doc, _ = lint(path)
    assert code == 1
    file_text = Path(path).read_text(encoding="utf-8")
    got = [(f["rule"], file_text[f["start"]:f["end"]], f["line"]) for f in findings(doc)]
    assert got == [("keigo/double-honorific", "おっしゃられた", 8)]  # nothing from the front matter
    assert "reply" not in findings(doc)[0]  # a draft is one reply: no locator
    (reply,) = read_path(path)
    assert len(reply.text) == len(file_text) and reply.text.endswith(body)
    assert reply.text[:len(front)].strip() == "" and reply.mode is None


# ---------------------------------------------------------------- malformed inputs

@pytest.mark.parametrize("name,content,expected", [
    ("bad.json", '{"macros": [{"id": 1,}]}', "invalid JSON at line 1, column"),
    ("empty.json", {"macros": []}, "the macro export is empty"),
    ("nothing.json", "", "no replies to check"),
    ("fields.json", {"macros": [{"id": 1, "actions": [{"field": "status", "value": "open"}]}]},
     "no macro has a comment_value"),
    ("object.json", {"body": "こんにちは"}, "got an object with keys: body"),
    ("number.json", {"macros": [{"id": 5, "actions": [{"field": "comment_value", "value": 3}]}]},
     "macro 1 (id 5): action 1: 'value' is not text (a number)"),
    ("nolist.json", [{"id": 1, "subject": "件名"}], "item 1: no text field"),
    ("header.csv", "body\n", "no row has text"),
    ("quote.csv", 'id,body\n1,"unterminated\n', "malformed CSV"),
    ("binary.csv", b"id,body\n\x00\x01", "binary file"),
])
def test_malformed_inputs_exit_2_naming_the_file_others_still_checked(lint, tmp_path, name, content, expected):
    bad = write(tmp_path, name, content)
    good = write(tmp_path, "z.txt", "お客様の操作ミスです。\n")
    code, doc, err = lint("--channel", "chat", bad, good)
    assert code == 2
    assert f"{bad}: " in err and expected in err, err
    assert doc["files"][0] == {"path": bad, "error": doc["files"][0]["error"], "findings": []}
    assert "positive/blame" in {f["rule"] for f in findings(doc)}  # the good file was checked


# ---------------------------------------------------------------- a folder of mixed formats

def test_folder_of_mixed_formats(lint, tmp_path):
    lib = tmp_path / "library"
    write(lib, "zendesk/macros.json", zendesk_export())
    write(lib, "canned.csv", "title,body\n責任,お客様の操作ミスです。\n")
    write(lib, "canned.yaml", f"返金完了: {json.dumps(REFUND, ensure_ascii=False)}\n")
    write(lib, "canned.jsonl", json.dumps({"id": "j1", "text": SHIPPED}, ensure_ascii=False) + "\n")
    write(lib, "draft.md", "---\ntitle: x\n---\nお客様がおっしゃられた件です。\n")
    write(lib, "note.txt", "了解しました。\n")
    write(lib, "logo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    # .json and .yaml in a folder may be anything (package.json, CI files): named, they are read.
    code, doc, err = lint("--channel", "chat", str(lib), str(lib / "zendesk/macros.json"),
                          str(lib / "canned.yaml"))
    assert code == 1 and err == ""
    paths = [e["path"] for e in doc["files"]]
    from_folder = paths[:-2]
    assert from_folder == sorted(from_folder)  # folder order: sorted
    assert {Path(p).name for p in paths} == {"macros.json", "canned.csv", "canned.yaml", "canned.jsonl",
                                             "draft.md", "note.txt"}
    got = {(Path(e["path"]).name, f.get("reply"), f["rule"]) for e in doc["files"] for f in e["findings"]}
    assert {("canned.csv", "責任", "positive/blame"),
            ("canned.yaml", "返金完了", "template/placeholder"),
            ("macros.json", "macros/360002", "template/placeholder"),
            ("draft.md", None, "keigo/double-honorific"),
            ("note.txt", None, "keigo/baito")} <= got
    assert not any(name == "canned.jsonl" for name, _, _ in got)
