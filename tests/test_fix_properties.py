"""Property tests for safe fixes (issue 17), on both tokenizers: outside the fixed spans nothing
changes (line breaks, quoted lines and the signature included), the fixed text holds none of the
fixed findings, and fixing twice equals fixing once."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import replylint
from replylint.fixes import apply, choose, wanted

# Fixable pieces among ordinary ones, line breaks (CRLF too), quotes and a signature separator.
PIECES = ["見れます", "来れなかった", "おっしゃられた", "おっしゃられて", "休まさせていただきます", "読まさせて",
          "よろしかったでしょうか", "発送した。", "了解しました。", "ちょっと", "サーバー", "トラフィック", "ご覧になられました",
          "ご利用してください", "担当の山田さんから", "拝見されました",
          "お客様", "様", "確認いたします。", "。", "、", "「", "」", "\n", "\r\n", "> ", "> 見れません。\n",
          "--\nサポート窓口 見れる担当\n", "山田様\n", "ありがとうございます。", "ｶﾞ", "\u3099", "𠮷"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=24).map("".join)
PROPERTY = settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("tokenizer", ["fugashi", "sudachi"])
@PROPERTY
@given(text=TEXT, channel=st.sampled_from(["email", "chat", "sns"]), unsafe=st.booleans())
def test_one_pass_changes_only_the_fixed_spans(tokenizer, text, channel, unsafe):
    linter = replylint.get_linter({"tokenizer": tokenizer})
    report = linter.lint(text, channel)
    chosen = choose(report.findings, unsafe)
    fixed = apply(text, chosen)
    # walk both texts: everything between the chosen spans is the same characters, in order
    i = j = 0
    for f in chosen:
        assert f.start >= i and text[i:f.start] == fixed[j:j + f.start - i]
        j += f.start - i
        assert fixed[j:j + len(f.fix.replacement)] == f.fix.replacement
        j += len(f.fix.replacement)
        i = f.end
    assert text[i:] == fixed[j:]
    for f in chosen:  # a fix never spans a line break, nor sits on a quoted line
        assert "\n" not in text[f.start:f.end] and "\r" not in text[f.start:f.end]
        line = text[:f.start].rsplit("\n", 1)[-1] + text[f.start:]
        assert not line.lstrip().startswith(">")
    assert len(fixed.splitlines()) == len(text.splitlines())


@pytest.mark.parametrize("tokenizer", ["fugashi", "sudachi"])
@PROPERTY
@given(text=TEXT, channel=st.sampled_from(["email", "chat", "sns"]))
def test_fixed_text_has_none_of_the_fixed_findings_and_twice_is_once(tokenizer, text, channel):
    cfg = {"tokenizer": tokenizer}
    fixed, applied = replylint.fix(text, channel, cfg)
    assert all(f.fix.applicability == "safe" for f in applied)
    remaining = replylint.lint(fixed, channel, cfg).findings
    assert not [f for f in remaining if wanted(f, unsafe=False)]  # settled: no safe fix is left
    first_pass = choose(replylint.lint(text, channel, cfg).findings)
    assert applied[:len(first_pass)] == first_pass
    for f in first_pass:  # the words a fix replaced are not found again by the same rule
        assert not any(r.rule == f.rule and fixed[r.start:r.end] == text[f.start:f.end] for r in remaining)
    # quoted lines and the signature come out as they went in
    assert [ln for ln in fixed.splitlines() if ln.startswith(">")] == [ln for ln in text.splitlines() if ln.startswith(">")]
    assert replylint.fix(fixed, channel, cfg) == (fixed, [])
