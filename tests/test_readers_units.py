"""The readers' parts: HTML to text, Markdown front matter, dispatch, and inputs that must give
an InputError naming the file — never a traceback."""

from __future__ import annotations

import json

import pytest

from replylint.readers import InputError, read_path
from replylint.readers.htmltext import html_to_text
from replylint.readers.markdown import blank_front_matter


@pytest.mark.parametrize("html,text", [
    ("<p>一行目</p><p>二行目</p>", "一行目\n二行目"),
    ("<p>一行目</p><p><br></p><p>三行目</p>", "一行目\n\n三行目"),
    ("<div>改行<br/>します</div>", "改行\nします"),
    ("<p>A &amp; B &lt;C&gt; &#12290;&quot;</p>", 'A & B <C> 。"'),
    ("<p>  先頭の空白\n  と改行は　一つの空白に  </p>", "先頭の空白 と改行は　一つの空白に"),  # U+3000 kept
    ("<ul><li>一つ目</li><li>二つ目</li></ul>", "一つ目\n二つ目"),
    ("<style>p {color: red}</style><p>本文</p><script>alert(1)</script>", "本文"),
    ("<pre>  字下げ\n  そのまま</pre>", "  字下げ\n  そのまま"),
    ("<p>閉じていない<b>タグ", "閉じていないタグ"),
    ("{{ticket.requester.name}}様", "{{ticket.requester.name}}様"),
])
def test_html_to_text(html, text):
    assert html_to_text(html) == text


@pytest.mark.parametrize("text,blanked", [
    ("---\ntitle: 件名\n---\n本文", "   \n         \n   \n本文"),
    ("---\r\ntitle: x\r\n...\r\n本文", "   \r\n        \r\n   \r\n本文"),
    ("---\n---\n本文", "   \n   \n本文"),
    ("---\ntitle: x\n---", "   \n        \n   "),
    ("---\n閉じない\n本文", "---\n閉じない\n本文"),  # no closing line: not front matter
    ("本文\n---\ntitle: x\n---\n", "本文\n---\ntitle: x\n---\n"),  # only at the very top
])
def test_front_matter_is_blanked_keeping_length_and_lines(text, blanked):
    out = blank_front_matter(text)
    assert out == blanked and len(out) == len(text) and out.count("\n") == text.count("\n")


def test_extension_dispatch_is_case_insensitive_and_unknown_is_a_text_draft(tmp_path):
    (tmp_path / "A.JSON").write_text(json.dumps([{"body": "本文です。"}]), encoding="utf-8")
    (tmp_path / "a.TSV").write_text("id\tbody\nt1\t本文です。\n", encoding="utf-8")
    (tmp_path / "a.log").write_text("<p>本文</p>", encoding="utf-8")
    assert [(r.locator, r.mode) for r in read_path(str(tmp_path / "A.JSON"))] == [("1", "template")]
    assert [(r.locator, r.text) for r in read_path(str(tmp_path / "a.TSV"))] == [("t1", "本文です。")]
    assert [(r.locator, r.mode, r.text) for r in read_path(str(tmp_path / "a.log"))] == [
        (None, None, "<p>本文</p>")]


def test_csv_utf16_and_spaced_mixed_case_headers(tmp_path):
    p = tmp_path / "lib.csv"
    p.write_bytes(" Title , Body \r\n件名A,本文です。\r\n".encode("utf-16"))
    assert [(r.locator, r.text) for r in read_path(str(p))] == [("件名A", "本文です。")]


def test_zendesk_prefers_plain_comment_and_joins_several(tmp_path):
    p = tmp_path / "m.json"
    p.write_text(json.dumps({"macro": {"id": 9, "actions": [
        {"field": "comment_value_html", "value": "<p>HTML版</p>"},
        {"field": "comment_value", "value": "一つ目"},
        {"field": "comment_value", "value": "二つ目"}]}}, ensure_ascii=False), encoding="utf-8")
    assert [(r.locator, r.text) for r in read_path(str(p))] == [("macros/9", "一つ目\n\n二つ目")]


@pytest.mark.parametrize("name,content,expected", [
    ("big.json", "[" + "1" * 5000 + "]", "invalid JSON"),
    ("deep.json", "[" * 100000, "invalid JSON"),
    ("big.jsonl", '{"body": ' + "1" * 5000 + "}\n", "invalid JSON at line 1"),
    ("field.json", json.dumps({"macros": [{"actions": [{"field": {"x": 1}, "value": "v"}]}]}),
     "no macro has a comment"),
    ("nullmacro.json", '{"macro": null}', "macro 1: expected a macro object, got null"),
    ("actions.json", '{"macros": [{"id": 3, "actions": "comment"}]}', "macro 1 (id 3): 'actions' is not a list"),
    ("novalue.json", '{"macro": {"actions": [{"field": "comment_value"}]}}', "action 1: no 'value'"),
    ("notobj.jsonl", "[1, 2]\n", "line 1: expected a mapping"),
    ("unhashable.yaml", "? [a]\n: b\n", "invalid YAML at line 1"),
    ("tag.yaml", "!!python/object:os.system {}\n", "invalid YAML at line 1"),
    ("date.yaml", "- date: 2024-13-45\n  body: x\n", "invalid YAML"),
    ("deep.yaml", "- " * 100000 + "x\n", "invalid YAML"),
    ("two.yaml", "- body: a\n---\n- body: b\n", "invalid YAML"),
    ("value.yaml", "発送: [a, b]\n", "'発送': '発送' is not text (a list)"),
    ("big.csv", 'id,body\n1,"' + "あ" * 200000 + '"\n', "malformed CSV"),
    ("dir.json", None, "is a directory"),
    ("missing.yaml", ..., "no such file"),
])
def test_problems_are_input_errors_naming_the_file(tmp_path, name, content, expected):
    p = tmp_path / name
    if content is None:
        p.mkdir()
    elif content is not ...:
        p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_path(str(p))
    assert str(err.value).startswith(f"{p}: ") and expected in str(err.value), str(err.value)
