"""Property tests (issue 14) over arbitrary Unicode, for both tokenizers and every channel: no
exception, offsets inside the text and on whole characters (never between a character and its
combining mark), the same findings twice, and the same findings with and without triggers.

The profile is bounded for CI (`REPLYLINT_HYPOTHESIS=long` runs many more examples, see
bench/README.md)."""

from __future__ import annotations

import os
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import replylint
from replylint.api import Linter
from replylint.config import Config
from replylint.engine import Engine
from replylint.document import parse

LONG = os.environ.get("REPLYLINT_HYPOTHESIS") == "long"
settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("long" if LONG else "ci")

# Pieces of real replies and the characters the issue names, mixed with arbitrary code points.
PIECES = ["お客様", "様", "ご利用できます", "おっしゃられた", "サーバー", "確認します。", "了解しました。", "「", "」",
          "{{", "}}", "\ufdfa", "\u3099", "\r", "\n", "\r\n", "\x00", "\ud800", "\x1b[2J", "。", "、", "!", "?",
          "いつもミライストアをご利用いただき", "今後ともよろしくお願いいたします。", "> ", "株式会社テスト", "ｶﾞ", "\u200d"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30).map("".join)


def _marks_ok(text: str, start: int, end: int) -> bool:
    def extends(i):
        return 0 < i < len(text) and (unicodedata.category(text[i])[0] == "M" or text[i] in "\uff9e\uff9f")
    return not (start < end and (extends(start) or extends(end)))


@pytest.mark.parametrize("tokenizer", ["fugashi", "sudachi"])
@given(text=TEXT, channel=st.sampled_from(["email", "chat", "sns"]))
def test_any_text_lints_with_sound_offsets(tokenizer, text, channel):
    linter = replylint.get_linter({"tokenizer": tokenizer})
    report = linter.lint(text, channel)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert _marks_ok(text, f.start, f.end), (f, text)
        assert f.line >= 1 and f.column >= 1
    assert linter.lint(text, channel).findings == report.findings


_plain: dict[str, Linter] = {}


@pytest.mark.parametrize("tokenizer", ["fugashi", "sudachi"])
@given(text=TEXT, channel=st.sampled_from(["email", "chat", "sns"]))
def test_triggers_never_change_findings(tokenizer, text, channel):
    linter = replylint.get_linter({"tokenizer": tokenizer})
    plain = _plain.get(tokenizer)
    if plain is None:
        plain = _plain[tokenizer] = Linter(Config(tokenizer=tokenizer))
        plain.engine = Engine(plain.engine.specs, plain.backend, plain.config, use_triggers=False)
    with_triggers = linter.engine.run(parse(text, linter.backend, channel))
    without = plain.engine.run(parse(text, plain.backend, channel))
    assert with_triggers == without
