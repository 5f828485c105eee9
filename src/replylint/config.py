"""Configuration: `[tool.replylint]` in pyproject.toml, or replylint.toml / .replylint.toml.

Found by walking up from the checked file; `--config PATH` overrides. Every problem is a
ConfigError naming the file and the key.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .finding import SEVERITIES
from .rulespec import AUDIENCES, CHANNELS
from .tokenize import BACKENDS

CONFIG_NAMES = ("replylint.toml", ".replylint.toml", "pyproject.toml")
_TOP_KEYS = {"tokenizer", "select", "ignore", "severity", "options", "packs", "allow",
             "block_on", "channels", "per-entry-ignores", "templates", "dupes", "audience"}
_DUPES_KEYS = {"threshold"}
_CHANNEL_KEYS = {"select", "ignore", "severity", "options", "audience"}


_TOOL_TABLE = re.compile(r"^\s*\[\s*tool\s*\.\s*replylint\b|^\s*tool\s*\.\s*replylint\b", re.M)


class ConfigError(ValueError):
    """A bad configuration file or value; the message names the file and the key."""


@dataclass
class ChannelConfig:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict] = field(default_factory=dict)
    audience: str | None = None  # None: the top-level setting


@dataclass
class Config:
    tokenizer: str | None = None
    select: list[str] | None = None  # rule IDs or categories; None: every rule
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # rule ID or category -> severity
    options: dict[str, dict] = field(default_factory=dict)  # rule ID -> {option: value}
    packs: list[str] = field(default_factory=list)  # extra rule pack files (absolute paths)
    allow: list[str] = field(default_factory=list)  # words never flagged
    block_on: str = "error"  # the lowest severity that makes a reply blocking
    audience: str = "auto"  # who reads the replies (rulespec.AUDIENCES); a channel may say otherwise
    channels: dict[str, ChannelConfig] = field(default_factory=dict)
    # [per-entry-ignores]: (key as written, absolute file glob, entry locator glob or None, rules)
    per_entry_ignores: list[tuple[str, str, str | None, list[str]]] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)  # macro libraries for template/verbatim-copy
    dupes_threshold: float | None = None  # `replylint dupes`: None means dupes.DEFAULT_THRESHOLD
    source: str | None = None  # the file it was read from

    def audience_for(self, channel: str) -> str:
        cc = self.channels.get(channel)
        return cc.audience if cc and cc.audience else self.audience

    def key(self) -> str:
        """A stable identity, so that equal configs share one compiled engine."""
        data = {k: v for k, v in self.__dict__.items() if k != "source"}
        return json.dumps(data, sort_keys=True, default=lambda o: o.__dict__, ensure_ascii=False)

    @classmethod
    def from_mapping(cls, data: dict, source: str = "<config>", base: Path | None = None) -> "Config":
        return _parse(data, source, base or Path.cwd())


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a file or a folder)."""
    here = start if start.is_dir() else start.parent
    for folder in (here.resolve(), *here.resolve().parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name != "pyproject.toml" or _has_tool_table(candidate):
                    return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    import tomllib  # here, not at the top: most runs never parse TOML (cold start)

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    # A project's pyproject.toml seldom mentions us: no need to parse it then.
    if "replylint" not in text:
        return False
    try:
        return "replylint" in tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:
        # Not TOML, but it means to configure us: loading it reports the error (file and line)
        # rather than checking with defaults the user did not choose.
        return bool(_TOOL_TABLE.search(text))


def load_config(path: Path) -> Config:
    import tomllib

    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    try:
        doc = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        doc = doc.get("tool", {}).get("replylint", {})
        prefix = "tool.replylint."
    else:
        prefix = ""
    return _parse(doc, str(path), path.parent, prefix)


def _parse(doc: dict, source: str, base: Path, prefix: str = "") -> Config:
    def fail(key: str, problem: str):
        raise ConfigError(f"{source}: {prefix}{key}: {problem}")

    if not isinstance(doc, dict):
        raise ConfigError(f"{source}: the configuration must be a table")
    for key in doc:
        if key not in _TOP_KEYS:
            fail(key, f"unknown key; known keys are {', '.join(sorted(_TOP_KEYS))}")
    cfg = Config(source=source)
    if "tokenizer" in doc:
        if doc["tokenizer"] not in BACKENDS:
            fail("tokenizer", f"must be one of {', '.join(BACKENDS)}")
        cfg.tokenizer = doc["tokenizer"]
    if "select" in doc:
        cfg.select = _str_list(doc["select"], "select", fail)
    cfg.ignore = _str_list(doc.get("ignore", []), "ignore", fail)
    cfg.severity = _severity(doc.get("severity", {}), "severity", fail)
    cfg.options = _options(doc.get("options", {}), "options", fail)
    cfg.packs = [str((base / p).resolve()) for p in _str_list(doc.get("packs", []), "packs", fail)]
    for p in cfg.packs:
        if not Path(p).is_file():
            fail("packs", f"no such rule pack file: {p}")
    cfg.allow = _str_list(doc.get("allow", []), "allow", fail)
    cfg.templates = [str((base / p).resolve()) for p in _str_list(doc.get("templates", []), "templates", fail)]
    for p in cfg.templates:
        if not Path(p).exists():
            fail("templates", f"no such template library: {p}")
    cfg.dupes_threshold = _dupes(doc.get("dupes", {}), fail)
    cfg.block_on = doc.get("block_on", "error")
    if cfg.block_on not in SEVERITIES:
        fail("block_on", f"must be one of {', '.join(SEVERITIES)}")
    cfg.audience = _audience(doc.get("audience", "auto"), "audience", fail)
    cfg.per_entry_ignores = _per_entry(doc.get("per-entry-ignores", {}), base, fail)
    channels = doc.get("channels", {})
    if not isinstance(channels, dict):
        fail("channels", "must be a table of channel names")
    for ch, body in channels.items():
        if ch not in CHANNELS:
            fail(f"channels.{ch}", f"unknown channel; use {', '.join(CHANNELS)}")
        if not isinstance(body, dict):
            fail(f"channels.{ch}", "must be a table")
        for key in body:
            if key not in _CHANNEL_KEYS:
                fail(f"channels.{ch}.{key}", f"unknown key; known keys are {', '.join(sorted(_CHANNEL_KEYS))}")
        cfg.channels[ch] = ChannelConfig(
            select=_str_list(body["select"], f"channels.{ch}.select", fail) if "select" in body else None,
            ignore=_str_list(body.get("ignore", []), f"channels.{ch}.ignore", fail),
            severity=_severity(body.get("severity", {}), f"channels.{ch}.severity", fail),
            options=_options(body.get("options", {}), f"channels.{ch}.options", fail),
            audience=_audience(body["audience"], f"channels.{ch}.audience", fail) if "audience" in body else None)
    return cfg


def _per_entry(value, base: Path, fail) -> list[tuple[str, str, str | None, list[str]]]:
    """`"macros/*.json[macros/12]" = ["keigo/baito"]`: a file glob (relative to the config's
    folder), then optionally an entry locator glob in brackets, as the text output names a reply."""
    if not isinstance(value, dict):
        fail("per-entry-ignores", 'must be a table of "file glob[locator glob]" = [rules]')
    out = []
    for pattern, rules in value.items():
        m = re.fullmatch(r"(.+?)(?:\[(.*)\])?", pattern.strip())
        if not m or not m.group(1).strip():
            fail(f"per-entry-ignores.{pattern!r}", "needs a file glob")
        file_glob = str(base.resolve() / m.group(1).strip()).replace("\\", "/")
        out.append((pattern, file_glob, m.group(2), _str_list(rules, f"per-entry-ignores.{pattern!r}", fail)))
    return out
def _dupes(value, fail) -> float | None:
    if not isinstance(value, dict):
        fail("dupes", "must be a table (threshold = 0.65)")
    for key in value:
        if key not in _DUPES_KEYS:
            fail(f"dupes.{key}", f"unknown key; known keys are {', '.join(sorted(_DUPES_KEYS))}")
    if "threshold" not in value:
        return None
    from .dupes import threshold_problem  # here: only a config that sets it pays for the import

    problem = threshold_problem(value["threshold"])
    if problem:
        fail("dupes.threshold", problem)
    return float(value["threshold"])


def _audience(value, key, fail) -> str:
    if value not in AUDIENCES:
        fail(key, f"must be one of {', '.join(AUDIENCES)}")
    return value


def _str_list(value, key, fail) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        fail(key, "must be a list of strings")
    return [v.strip() for v in value]


def _severity(value, key, fail) -> dict[str, str]:
    if not isinstance(value, dict):
        fail(key, "must be a table of rule ID or category = severity")
    for rule, sev in value.items():
        if sev not in SEVERITIES:
            fail(f"{key}.{rule}", f"must be one of {', '.join(SEVERITIES)}")
    return dict(value)


def _options(value, key, fail) -> dict[str, dict]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        fail(key, "must be a table of rule ID = { option = value }")
    return {k: dict(v) for k, v in value.items()}
