"""The engine: one finding per problem, whatever matched it."""

from __future__ import annotations

import textwrap

import replylint
from replylint.config import load_config

PACK = """
rules:
  jargon/overlap-test:
    severity: warning
    summary: テスト用
    message: 「{found}」
    docs: {what: a, why: b, example: システム障害が発生しました。, instead: 不具合が起きました。}
    phrases: [システム障害, 障害, 障害が発生する]
    examples: {valid: [不具合が起きました。], invalid: [システム障害です。]}
  clarity/overlap-other:
    severity: info
    summary: テスト用
    message: 「{found}」
    docs: {what: a, why: b, example: 障害です。, instead: 不具合です。}
    phrases: [障害]
    examples: {valid: [不具合です。], invalid: [障害です。]}
"""


def test_a_span_inside_a_longer_one_of_the_same_rule_is_reported_once(tmp_path, backend):
    (tmp_path / "p.yaml").write_text(textwrap.dedent(PACK), encoding="utf-8")
    (tmp_path / "replylint.toml").write_text(
        f'tokenizer = "{backend}"\npacks = ["p.yaml"]\nselect = ["jargon/overlap-test", "clarity/overlap-other"]\n',
        encoding="utf-8")
    cfg = load_config(tmp_path / "replylint.toml")
    text = "昨夜システム障害が発生しました。別の障害もありました。"
    found = sorted((f.rule, text[f.start:f.end]) for f in replylint.lint(text, "chat", cfg).findings)
    assert found == sorted([
        ("jargon/overlap-test", "システム障害"),  # not again as 障害 or 障害が発生しました
        ("jargon/overlap-test", "障害"),  # the second sentence is a second problem
        ("clarity/overlap-other", "障害"),  # another rule keeps its own findings
        ("clarity/overlap-other", "障害"),
    ])


def test_words_inside_a_note_to_the_agent_are_reported_as_the_note_only(backend):
    text = ("田中様\n\nご注文の品は本日発送いたしました。（※上長の承認待ち。金額あってる？要確認）\n"
            "上長にも確認いたしました。\n\nみなと商店\n山田")
    found = [(f.rule, text[f.start:f.end]) for f in replylint.lint(text, "email", {"tokenizer": backend}).findings]
    note = "（※上長の承認待ち。金額あってる？要確認）"
    assert ("template/agent-note", note) in found
    inside = text.index(note), text.index(note) + len(note)
    hits = replylint.lint(text, "email", {"tokenizer": backend}).findings
    assert all(f.rule == "template/agent-note" for f in hits if inside[0] <= f.start and f.end <= inside[1])
    # the same word outside the note is still the reply's
    assert ("jargon/term", "上長") in found


CHANNEL_PACK = """
rules:
  jargon/channel-severity-test:
    severity: warning
    channel_severity: {chat: info}
    summary: テスト用
    message: 「{found}」
    docs: {what: a, why: b, example: 障害です。, instead: 不具合です。}
    phrases: [障害]
    examples: {valid: [不具合です。], invalid: [障害です。]}
"""


def _channel_config(tmp_path, backend, extra=""):
    (tmp_path / "p.yaml").write_text(textwrap.dedent(CHANNEL_PACK), encoding="utf-8")
    (tmp_path / "replylint.toml").write_text(
        f'tokenizer = "{backend}"\npacks = ["p.yaml"]\nselect = ["jargon/channel-severity-test"]\n' + extra,
        encoding="utf-8")
    return load_config(tmp_path / "replylint.toml")


def test_a_rule_may_carry_another_default_severity_on_one_channel(tmp_path, backend):
    cfg = _channel_config(tmp_path, backend)
    severities = {ch: [f.severity for f in replylint.lint("障害です。", ch, cfg).findings] for ch in ("email", "chat", "sns")}
    assert severities == {"email": ["warning"], "chat": ["info"], "sns": ["warning"]}


def test_the_users_severity_wins_over_a_rules_channel_default(tmp_path, backend):
    cfg = _channel_config(tmp_path, backend, '\n[severity]\n"jargon/channel-severity-test" = "error"\n')
    assert [f.severity for f in replylint.lint("障害です。", "chat", cfg).findings] == ["error"]
    cfg = _channel_config(tmp_path, backend, '\n[channels.chat.severity]\njargon = "warning"\n')
    assert [f.severity for f in replylint.lint("障害です。", "chat", cfg).findings] == ["warning"]


def test_a_channel_severity_for_a_channel_the_rule_does_not_run_on_is_a_pack_error(tmp_path):
    import pytest

    from replylint.packs import PackError, load_pack
    bad = CHANNEL_PACK.replace("    channel_severity: {chat: info}\n", "    channels: [email]\n    channel_severity: {chat: info}\n")
    (tmp_path / "p.yaml").write_text(textwrap.dedent(bad), encoding="utf-8")
    with pytest.raises(PackError, match="channel_severity"):
        load_pack(tmp_path / "p.yaml")
    (tmp_path / "p.yaml").write_text(textwrap.dedent(CHANNEL_PACK.replace("{chat: info}", "{chat: loud}")), encoding="utf-8")
    with pytest.raises(PackError, match="channel_severity"):
        load_pack(tmp_path / "p.yaml")


def test_a_rule_may_carry_another_severity_on_a_chat_turn_not_said(tmp_path, backend):
    pack = CHANNEL_PACK.replace("    channel_severity: {chat: info}\n", "    unknown_turn_severity: info\n")
    (tmp_path / "p.yaml").write_text(textwrap.dedent(pack), encoding="utf-8")
    (tmp_path / "replylint.toml").write_text(
        f'tokenizer = "{backend}"\npacks = ["p.yaml"]\nselect = ["jargon/channel-severity-test"]\n', encoding="utf-8")
    cfg = load_config(tmp_path / "replylint.toml")

    def severities(channel, **kw):
        return [f.severity for f in replylint.lint("障害です。", channel, cfg, **kw).findings]

    assert severities("chat") == ["info"]  # not said
    assert severities("chat", first_message=True) == severities("chat", first_message=False) == ["warning"]
    assert severities("email") == severities("sns") == ["warning"]  # no turns there
    (tmp_path / "replylint.toml").write_text(
        f'tokenizer = "{backend}"\npacks = ["p.yaml"]\nselect = ["jargon/channel-severity-test"]\n'
        '\n[severity]\n"jargon/channel-severity-test" = "error"\n', encoding="utf-8")
    assert [f.severity for f in replylint.lint("障害です。", "chat", load_config(tmp_path / "replylint.toml")).findings] \
        == ["error"]  # the user's severity wins


def test_an_unknown_turn_severity_is_a_pack_error_off_chat_or_not_a_severity(tmp_path):
    import pytest

    from replylint.packs import PackError, load_pack
    pack = CHANNEL_PACK.replace("    channel_severity: {chat: info}\n", "    unknown_turn_severity: info\n")
    for bad in (pack.replace("    unknown_turn_severity: info\n", "    channels: [email]\n    unknown_turn_severity: info\n"),
                pack.replace("unknown_turn_severity: info", "unknown_turn_severity: quiet")):
        (tmp_path / "p.yaml").write_text(textwrap.dedent(bad), encoding="utf-8")
        with pytest.raises(PackError, match="unknown_turn_severity"):
            load_pack(tmp_path / "p.yaml")


def test_a_missing_offer_of_further_help_is_a_reminder_in_chat_and_in_mail(backend):
    text = "お問い合わせありがとうございます。設定は明日の朝に反映されます。"
    chat = [f for f in replylint.lint(text, "chat", {"tokenizer": backend}).findings if f.rule == "closing/no-further-help"]
    assert [f.severity for f in chat] == ["info"] and "締めくくるメッセージなら" in chat[0].message
    mail = "森様\n\nお問い合わせありがとうございます。サポートの北村です。\n\n設定は明日の朝に反映されます。\n\n今後ともよろしくお願いいたします。\n\nサポートセンター 北村"
    email = [f for f in replylint.lint(mail, "email", {"tokenizer": backend}).findings if f.rule == "closing/no-further-help"]
    assert [f.severity for f in email] == ["info"]
    # (a team that wants it as a warning says so, and its severity wins on every channel)
    loud = {"tokenizer": backend, "severity": {"closing/no-further-help": "warning"}}
    email = [f for f in replylint.lint(mail, "email", loud).findings if f.rule == "closing/no-further-help"]
    assert [f.severity for f in email] == ["warning"]


def test_no_character_that_extends_stands_where_the_findings_skip_widening():
    """_findings widens no span in a text without a character outside _NEVER_EXTENDS: none in it
    belongs to the character before it (a mark, a variation selector, ﾞ ﾟ) or joins (U+200D)."""
    import re

    from replylint.engine import _NEVER_EXTENDS, _extends

    never = re.compile("[" + _NEVER_EXTENDS + "]")
    found = [hex(c) for c in range(0x110000)
             if not 0xD800 <= c < 0xE000 and never.match(chr(c)) and (_extends(chr(c)) or c == 0x200D)]
    assert found == []


def test_a_span_ending_before_a_mark_is_widened_in_a_text_of_kana():
    """Widened where a mark stands after the span, even among characters that never extend."""
    from replylint.engine import _MAY_EXTEND, _whole_clusters

    text = "お問い合わせ\u3099ありがとう"
    assert _MAY_EXTEND.search(text) is not None
    assert _whole_clusters(text, 0, 6) == (0, 7)
