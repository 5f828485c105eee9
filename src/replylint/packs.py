"""Loading rule packs: YAML files of rules, built-in (`rules/`) or the user's own.

A pack is a mapping `rules:` of rule ID -> rule. See README "Writing rules" for the format.
Every problem is reported as PackError naming the file and the entry.
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

from .rulespec import (AUDIENCES, CATEGORIES, CHANNELS, DEFAULT_SEGMENTS, FIX_APPLICABILITY, MATCH_MODES, POSITIONS,
                       READERS, SEGMENTS, Example, Phrase, RuleDocs, RuleSpec)

RULE_ID = re.compile(r"^[a-z]+/[a-z0-9]+(-[a-z0-9]+)*$")
_RULE_KEYS = {"severity", "channel_severity", "unknown_turn_severity", "summary", "message", "docs", "channels",
              "segments", "phrases", "check", "options", "examples", "fix"}
_PHRASE_KEYS = {"phrase", "suggestion", "message", "match", "position", "readers", "explainable", "fix", "trades", "professions", "departments", "signs"}
# A group of phrases shares these (a tier of a jargon pack: who it is for, its message).
_GROUP_KEYS = {"phrases", "readers", "explainable", "message", "trades", "professions", "departments", "signs"}


class PackError(ValueError):
    """A malformed rule pack; the message names the file and the entry."""


def builtin_pack_dir() -> Path:
    """The shipped packs: inside the wheel (replylint/packs) or the source tree's rules/."""
    packaged = Path(__file__).resolve().parent / "packs"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def builtin_pack_paths() -> list[Path]:
    return sorted(builtin_pack_dir().glob("*.yaml"))


# The built-in packs as parsed data, keyed by file name with the fingerprint of the YAML they
# come from: reading YAML took a fifth of a one-draft start (285 KB, mostly docs and examples), JSON
# takes a millisecond. A pack whose bytes no longer match (an edited checkout) is read from its
# YAML. `python -c "import replylint.packs as p; p.write_parsed()"` writes the file again;
# tests/test_packs_parsed.py checks that it matches the YAML.
PARSED_FILE = "_parsed.json"
_parsed: dict | None = None


def fingerprint(raw: bytes) -> str:
    """A pack's bytes in short, their length and CRC-32: what tells an edited pack from the one its
    parsed copy was made from (an edit keeps both only by a chance of one in four billion). SHA-256
    of the 1.4 MB of YAML took 6 ms of every start (8 % of a one-draft lint's instructions); CRC-32
    takes 0.2 ms."""
    return f"{len(raw)}:{zlib.crc32(raw):08x}"


def _builtin_data(path: Path, raw: bytes):
    global _parsed
    if _parsed is None:
        try:
            _parsed = json.loads((builtin_pack_dir() / PARSED_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _parsed = {}
    entry = _parsed.get(path.name)
    if entry is not None and entry.get("fingerprint") == fingerprint(raw):
        return entry["data"]
    return None


def write_parsed() -> int:
    """Parse every built-in pack's YAML and write the parsed data beside them (PARSED_FILE)."""
    global _parsed
    table = {}
    for path in builtin_pack_paths():
        raw = path.read_bytes()
        table[path.name] = {"fingerprint": fingerprint(raw), "data": _yaml_data(path, raw)}
    (builtin_pack_dir() / PARSED_FILE).write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True)
                                                  + "\n", encoding="utf-8")
    _parsed = table
    from .config import Config, ConfigError

    try:  # MeCab's output for the packs' phrases follows them (see FugashiBackend.tokenize_phrase)
        from .api import Linter
        from .tokenize import fugashi_backend

        Linter(Config(tokenizer="fugashi"))  # (its phrase matcher tokenizes every built-in phrase)
        fugashi_backend.write_phrases()
    except (ImportError, PackError, ConfigError):  # (no fugashi, or a pack in error: the table is kept)
        pass
    return len(table)


def _yaml_data(path: Path, raw: bytes):
    import yaml  # only needed when a pack is read from its YAML

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(f"{path}: cannot read rule pack ({exc})") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when there
    except yaml.YAMLError as exc:
        raise PackError(f"{path}: not valid YAML ({exc})") from None


def load_pack(path: Path, builtin: bool = False) -> list[RuleSpec]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(f"{path}: cannot read rule pack ({exc})") from None
    data = _builtin_data(path, raw) if builtin else None
    checked = data is not None  # (the parsed copy of a built-in pack: the tests read every example)
    if data is None:
        data = _yaml_data(path, raw)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), dict):
        raise PackError(f"{path}: a rule pack needs a top-level mapping 'rules:'")
    return [_rule(path, rid, body, builtin, checked) for rid, body in data["rules"].items()]


def _rule(path: Path, rid, body, builtin: bool, checked: bool = False) -> RuleSpec:
    """A rule of a pack; the examples of a `checked` one (see load_pack) are read when first
    asked for."""
    where = f"{path}: rule {rid!r}"

    def fail(problem: str):
        raise PackError(f"{where}: {problem}")

    if not isinstance(rid, str) or not RULE_ID.match(rid):
        fail("a rule ID is 'category/name' in lowercase with hyphens")
    if rid.split("/")[0] not in CATEGORIES:
        fail(f"unknown category; use one of {', '.join(CATEGORIES)}")
    if not isinstance(body, dict):
        fail("must be a mapping")
    unknown = set(body) - _RULE_KEYS
    if unknown:
        fail(f"unknown key(s) {', '.join(sorted(unknown))}")
    severity = body.get("severity", "warning")
    if severity not in ("info", "warning", "error"):
        fail("severity must be info, warning or error")
    for key in ("summary", "message"):
        if not isinstance(body.get(key), str) or not body[key].strip():
            fail(f"'{key}' must be a non-empty string")
    docs = body.get("docs")
    if not isinstance(docs, dict) or any(not isinstance(docs.get(k), str) or not docs[k].strip()
                                         for k in ("what", "why", "example", "instead")):
        fail("'docs' needs non-empty 'what', 'why', 'example' and 'instead'")
    channels = _names(body.get("channels", list(CHANNELS)), CHANNELS, "channels", fail)
    channel_severity = body.get("channel_severity", {})
    if not isinstance(channel_severity, dict) or any(ch not in channels or sev not in ("info", "warning", "error")
                                                     for ch, sev in channel_severity.items()):
        fail("'channel_severity' maps channels of the rule to info, warning or error")
    unknown_turn_severity = body.get("unknown_turn_severity")
    if unknown_turn_severity is not None and ("chat" not in channels
                                              or unknown_turn_severity not in ("info", "warning", "error")):
        fail("'unknown_turn_severity' is info, warning or error, for a rule that runs on chat")
    segments = _names(body.get("segments", list(DEFAULT_SEGMENTS)),
                      SEGMENTS, "segments", fail)
    check = body.get("check")
    phrases = body.get("phrases")
    if (check is None) == (phrases is None):
        fail("give either 'phrases' (a data rule) or 'check' (a built-in Python check)")
    if check is not None:
        if not builtin:
            fail("'check' names built-in Python code; user packs use 'phrases'")
        if not isinstance(check, str):
            fail("'check' must be a name")
    parsed_phrases: tuple[Phrase, ...] = ()
    if phrases is not None:
        if not isinstance(phrases, list) or not phrases:
            fail("'phrases' must be a non-empty list")
        parsed_phrases = _phrases(phrases, "phrases", fail)
    # A phrase's suggestion replaces the phrase: unsafe unless the pack says otherwise. A check's
    # fixes are as safe as its rule says; without `fix:` it has none.
    fix = body.get("fix", "unsafe" if phrases is not None else None)
    if fix is not None and fix not in FIX_APPLICABILITY:
        fail(f"'fix' must be one of {', '.join(FIX_APPLICABILITY)}")
    options = body.get("options", {})
    if not isinstance(options, dict):
        fail("'options' must be a mapping")
    examples = body.get("examples")
    if not isinstance(examples, dict):
        fail("'examples' needs 'valid' and 'invalid' lists")

    def example_pair():
        return _examples(examples.get("valid"), "valid", fail), _examples(examples.get("invalid"), "invalid", fail)

    return RuleSpec(id=rid, severity=severity, summary=body["summary"].strip(),
                    message=body["message"].strip(),
                    docs=RuleDocs(_unfold(docs["what"]), _unfold(docs["why"]), docs["example"].strip(),
                                  docs["instead"].strip()),
                    channels=channels, channel_severity=dict(channel_severity),
                    unknown_turn_severity=unknown_turn_severity, segments=segments,
                    phrases=parsed_phrases, check=check, fix=fix,
                    options=dict(options), source=str(path), examples=example_pair if checked else example_pair())


# YAML's folded style (>-) joins lines with a space; Japanese prose takes none. Only the prose
# (what, why) is unfolded: example and instead are verbatim reply text.
_FOLD_SPACE = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def _unfold(text: str) -> str:
    return _FOLD_SPACE.sub("", text.strip())


def _names(value, allowed, key, fail) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or any(v not in allowed for v in value):
        fail(f"'{key}' must be a list of {', '.join(allowed)}")
    return tuple(value)


def _phrases(items: list, key: str, fail, group: dict | None = None) -> tuple[Phrase, ...]:
    """A list of phrases, where an item may be a group: {phrases: [...], readers, explainable,
    message, trades, professions, departments, signs}, whose settings its phrases take unless they give their own."""
    out: list[Phrase] = []
    for k, item in enumerate(items):
        where = f"{key}[{k}]"
        if isinstance(item, dict) and "phrases" in item:
            if group is not None:
                fail(f"{where}: a group of phrases cannot hold another group")
            unknown = set(item) - _GROUP_KEYS
            if unknown:
                fail(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
            if not isinstance(item["phrases"], list) or not item["phrases"]:
                fail(f"{where}.phrases: must be a non-empty list")
            out += _phrases(item["phrases"], f"{where}.phrases", fail, _settings(item, where, fail))
        else:
            out.append(_phrase(item, where, fail, group or {}))
    return tuple(out)


def _settings(item: dict, where: str, fail) -> dict:
    """The group settings a phrase or a group gives, checked."""
    out = {}
    if "readers" in item:
        readers = item["readers"]
        if not isinstance(readers, list) or not readers or any(r not in READERS for r in readers):
            fail(f"{where}: 'readers' must be a list of {', '.join(READERS)}")
        out["readers"] = tuple(r for r in READERS if r in readers)
    if "explainable" in item:
        if not isinstance(item["explainable"], bool):
            fail(f"{where}: 'explainable' must be true or false")
        out["explainable"] = item["explainable"]
    if item.get("message") is not None:
        if not isinstance(item["message"], str):
            fail(f"{where}: 'message' must be text")
        out["message"] = item["message"]
    for key in ("trades", "professions", "departments", "signs"):
        if key in item:
            words = item[key]
            if not isinstance(words, list) or not words or any(not isinstance(t, str) or not t.strip() for t in words):
                fail(f"{where}: '{key}' must be a non-empty list of words")
            out[key] = tuple(t.strip() for t in words)
    return out


def _phrase(item, where: str, fail, group: dict) -> Phrase:
    # Three spellings: "phrase", {phrase: suggestion}, or a full mapping.
    if isinstance(item, str) and item.strip():
        return Phrase(item.strip(), **group)
    if isinstance(item, dict) and len(item) == 1 and "phrase" not in item:
        (text, suggestion), = item.items()
        if isinstance(text, str) and text.strip() and (suggestion is None or isinstance(suggestion, str)):
            return Phrase(text.strip(), suggestion, **group)
    if isinstance(item, dict) and "phrase" in item:
        unknown = set(item) - _PHRASE_KEYS
        if unknown:
            fail(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        text = item["phrase"]
        if not isinstance(text, str) or not text.strip():
            fail(f"{where}: 'phrase' must be non-empty text")
        if item.get("suggestion") is not None and not isinstance(item["suggestion"], str):
            fail(f"{where}: 'suggestion' must be text")
        match = item.get("match", "auto")
        if match not in MATCH_MODES:
            fail(f"{where}: 'match' must be one of {', '.join(MATCH_MODES)}")
        position = item.get("position", "any")
        if position not in POSITIONS:
            fail(f"{where}: 'position' must be one of {', '.join(POSITIONS)}")
        fix = item.get("fix", True)
        if not isinstance(fix, bool):
            fail(f"{where}: 'fix' must be true or false")
        settings = {**group, **_settings(item, where, fail)}
        return Phrase(text.strip(), item.get("suggestion"), match=match, position=position, fix=fix, **settings)
    fail(f"{where}: write a phrase, 'phrase: suggestion', or a mapping with 'phrase'")


def _examples(items, key: str, fail) -> tuple[Example, ...]:
    if not isinstance(items, list) or not items:
        fail(f"'examples.{key}' must be a non-empty list")
    out = []
    for k, item in enumerate(items):
        if isinstance(item, str) and item.strip():
            out.append(Example(item))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            channel = item.get("channel", "email")
            if channel not in CHANNELS:
                fail(f"examples.{key}[{k}]: channel must be one of {', '.join(CHANNELS)}")
            span = item.get("span")
            if span is not None and (not isinstance(span, str) or span not in item["text"]):
                fail(f"examples.{key}[{k}]: 'span' must be a part of the text")
            mode = item.get("mode", "draft")
            if mode not in ("draft", "template"):
                fail(f"examples.{key}[{k}]: mode must be draft or template")
            first = item.get("first_message", True)
            if not isinstance(first, bool):
                fail(f"examples.{key}[{k}]: first_message must be true or false")
            templates = item.get("templates", [])
            if not isinstance(templates, list) or not all(isinstance(t, str) and t.strip() for t in templates):
                fail(f"examples.{key}[{k}]: templates must be a list of macro texts")
            audience = item.get("audience", "auto")
            if audience not in AUDIENCES:
                fail(f"examples.{key}[{k}]: audience must be one of {', '.join(AUDIENCES)}")
            out.append(Example(item["text"], channel, span, mode, first, tuple(templates), audience))
        else:
            fail(f"examples.{key}[{k}]: an example is text or a mapping with 'text'")
    return tuple(out)
