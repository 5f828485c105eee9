"""The library API: `lint(text, channel="email", config=None) -> Report`.

Tokenizer and rules are loaded once per process (per distinct configuration) and shared by
all threads; `Linter.lint` keeps no state between calls.
"""

from __future__ import annotations

import gc
import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

from .config import Config, ConfigError
from .document import MODES, parse
from .engine import Engine
from .finding import Finding, Report
from .fixes import fix_text
from .packs import builtin_pack_paths, load_pack
from .rulespec import AUDIENCES, CHANNELS, RuleSpec
from .textview import has_lone_surrogate
from .tokenize import get_backend


# The longest text `lint` takes by default: as many characters as a draft file may have bytes
# (readers.text.MAX_BYTES), far beyond any reply. 1 MB of replies takes about 2 s.
MAX_CHARS = 10 * 1024 * 1024


class Draft(NamedTuple):
    """One reply for `Linter.lint_many`, with `lint`'s arguments."""

    text: str
    channel: str = "email"
    mode: str = "draft"
    first_message: bool | None = None
    max_chars: int | None = MAX_CHARS
    templates: object = None  # a TemplateLibrary (None: the config's)
    audience: str | None = None


class UsageError(ValueError):
    """A bad argument to the API (unknown channel ...)."""


# A lone surrogate (U+D800-U+DFFF) is no character: no tokenizer and no UTF-8 output takes it.
# It reaches a str through \ud800 escapes in JSON or YAML, or from Python code. Each one is
# replaced by U+FFFD, one code point for one, so no offset moves.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return _SURROGATE.sub("\ufffd", text) if has_lone_surrogate(text) else text


def load_rules(config: Config) -> list[RuleSpec]:
    specs = [spec for path in builtin_pack_paths() for spec in load_pack(path, builtin=True)]
    seen = {s.id: s.source for s in specs}
    for pack in config.packs:
        for spec in load_pack(Path(pack)):
            if spec.id in seen:
                raise ConfigError(f"{pack}: rule {spec.id!r} is already defined in {seen[spec.id]}")
            seen[spec.id] = spec.source
            specs.append(spec)
    return specs


@contextmanager
def _collector_paused():
    """Python's cycle collector off while a batch is linted, back on after (unless it was off
    already). A batch's documents, sentences and tokens stay alive until its end and hold no
    cycles: the collector ran about 290 times over 2,000 replies, freed almost nothing, and took
    a twentieth of the run (bench/RESULTS.md, tenth round); objects are freed by their reference
    counts as before, and a cycle left by a batch is collected after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Linter:
    """A compiled rule set for one configuration. Build once, call `lint` from any thread."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.backend = get_backend(self.config.tokenizer)
        self.engine = Engine(load_rules(self.config), self.backend, self.config)
        self.templates = _load_templates(self.config.templates) if self.config.templates else None

    @property
    def rules(self) -> list[RuleSpec]:
        return self.engine.specs

    def lint(self, text: str, channel: str = "email", *, mode: str = "draft",
             first_message: bool | None = None, max_chars: int | None = MAX_CHARS, templates=None,
             audience: str | None = None) -> Report:
        """Lint one reply. `mode="template"` for a macro (helpdesk placeholders are expected);
        `first_message` for a chat message: True when it opens the conversation, False when it
        continues one, None when the caller cannot tell (what only a first message owes, an
        opening, is then reported at the rule's unknown_turn_severity); `audience`: who
        reads it (AUDIENCES; None: the config's setting for the channel, `auto` unless set). A
        text longer than `max_chars` characters (MAX_CHARS by default; None: no limit) is a
        UsageError. `templates`: a `TemplateLibrary` the draft is compared with
        (template/verbatim-copy), instead of the config's `templates`."""
        doc = self._document(text, channel, mode=mode, first_message=first_message, max_chars=max_chars,
                             templates=templates, audience=audience)
        return Report(doc.text, channel, tuple(self.engine.run(doc)), self.config.block_on)

    def lint_many(self, drafts: Iterable[Draft]) -> list[Report | Exception]:
        """Lint several replies: for each, the Report `lint` gives, or the exception linting it
        raised (a UsageError for a bad argument, or a bug), which leaves the others unharmed.
        Faster per reply than `lint` one by one (see Engine.run_many)."""
        with _collector_paused():
            return self._lint_many(drafts)

    def _lint_many(self, drafts: Iterable[Draft]) -> list[Report | Exception]:
        results: list = []
        docs, places = [], []  # the parsed drafts, and where each one's result goes
        for d in drafts:
            try:
                docs.append(self._document(d.text, d.channel, mode=d.mode, first_message=d.first_message,
                                           max_chars=d.max_chars, templates=d.templates, audience=d.audience))
                places.append(len(results))
                results.append(None)
            except Exception as exc:  # noqa: BLE001 - that draft's error
                results.append(exc)
        for doc, k, found in zip(docs, places, self.engine.run_many(docs)):
            results[k] = found if isinstance(found, Exception) else \
                Report(doc.text, doc.channel, tuple(found), self.config.block_on)
        return results

    def _document(self, text: str, channel: str, *, mode: str, first_message: bool | None, max_chars: int | None,
                  templates, audience: str | None):
        """The parsed reply `lint` checks, after checking the arguments (UsageError)."""
        if channel not in CHANNELS:
            raise UsageError(f"unknown channel {channel!r}: choose one of {', '.join(CHANNELS)}")
        if mode not in MODES:
            raise UsageError(f"unknown mode {mode!r}: choose one of {', '.join(MODES)}")
        if audience is None:
            audience = self.config.audience_for(channel)
        elif audience not in AUDIENCES:
            raise UsageError(f"unknown audience {audience!r}: choose one of {', '.join(AUDIENCES)}")
        if not isinstance(text, str):
            raise UsageError("text must be a str")
        if max_chars is not None and len(text) > max_chars:
            raise UsageError(f"text too long: {len(text)} characters (max_chars={max_chars})")
        text = clean_text(text)
        doc = parse(text, self.backend, channel, mode=mode, first_message=first_message, audience=audience)
        doc.templates = templates if templates is not None else self.templates
        return doc


def _load_templates(paths: list[str]):
    from .templates import LibraryError, load

    try:
        return load(paths)
    except LibraryError as exc:
        raise ConfigError(f"templates: {exc}") from None


_lock = threading.Lock()
_linters: dict[str, Linter] = {}


def get_linter(config: Config | Mapping | None = None) -> Linter:
    """The shared Linter for a configuration (a Config, a mapping like [tool.replylint], or None)."""
    if config is None:
        config = Config()
    elif not isinstance(config, Config):
        config = Config.from_mapping(dict(config))
    key = config.key()
    linter = _linters.get(key)
    if linter is None:
        with _lock:
            linter = _linters.get(key)
            if linter is None:
                linter = _linters[key] = Linter(config)
    return linter


def lint(text: str, channel: str = "email", config: Config | Mapping | None = None, *,
         mode: str = "draft", first_message: bool | None = None, max_chars: int | None = MAX_CHARS,
         templates=None, audience: str | None = None) -> Report:
    """Lint one reply draft. Returns findings, a 0-100 score and a `blocking` verdict. A text
    longer than `max_chars` (MAX_CHARS by default; None: no limit) is a UsageError. `templates`:
    a `TemplateLibrary` to compare the draft with (else the config's `templates` files).
    `audience` (auto, consumer, business, technical) says who reads it; None: the config's setting."""
    return get_linter(config).lint(text, channel, mode=mode, first_message=first_message, max_chars=max_chars,
                                   templates=templates, audience=audience)


def example_templates(example):
    """The macros a rule's example is compared with, as a TemplateLibrary (None: it has none)."""
    if not example.templates:
        return None
    from .templates import TemplateLibrary

    return TemplateLibrary.from_texts(example.templates)


def fix(text: str, channel: str = "email", config: Config | Mapping | None = None, *, unsafe: bool = False,
        mode: str = "draft", first_message: bool | None = None, max_chars: int | None = MAX_CHARS,
        audience: str | None = None) -> tuple[str, list[Finding]]:
    """Apply the fixes of a reply's findings until nothing changes: (fixed text, the findings
    whose fixes were applied). Safe fixes only, unless `unsafe=True`. Overlapping fixes: the
    first in text order wins, the rest are re-checked on the next pass. Offsets of an applied
    finding refer to the text of the pass that found it. Fixing the result again changes nothing."""
    linter = get_linter(config)
    if max_chars is not None and isinstance(text, str) and len(text) > max_chars:
        raise UsageError(f"text too long: {len(text)} characters (max_chars={max_chars})")
    result = fix_text(linter, text, channel, unsafe=unsafe, mode=mode, first_message=first_message, max_chars=None,
                      audience=audience)
    return result.text, list(result.applied)


def example_problems(linter: Linter, spec: RuleSpec) -> list[str]:
    """What is wrong with a rule's own examples, as its linter finds them: an invalid example it
    does not find (or finds elsewhere than its `span`), a valid one it flags."""
    problems = []
    for kind, examples in (("invalid", spec.invalid), ("valid", spec.valid)):
        for k, ex in enumerate(examples):
            report = linter.lint(ex.text, ex.channel, mode=ex.mode, first_message=ex.first_message, max_chars=None,
                                 templates=example_templates(ex), audience=ex.audience)
            hits = [f for f in report.findings if f.rule == spec.id]
            where = f"{spec.source}: rule {spec.id!r}: examples.{kind}[{k}] {ex.text!r}"
            if kind == "valid" and hits:
                problems.append(f"{where}: flagged, but it is a valid example "
                                f"(found: {', '.join(repr(ex.text[h.start:h.end]) for h in hits)})")
            elif kind == "invalid" and not hits:
                problems.append(f"{where}: not found")
            elif kind == "invalid" and ex.span is not None:
                a = ex.text.index(ex.span)
                b = a + len(ex.span)
                if not any(h.start < b and a < h.end for h in hits):
                    problems.append(f"{where}: found at {[ex.text[h.start:h.end] for h in hits]}, not at {ex.span!r}")
    return problems
