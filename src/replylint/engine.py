"""The rule engine: all rules compiled once; one pass over a parsed reply per call."""

from __future__ import annotations

import importlib
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Callable, Iterable, NamedTuple

from . import acts
from . import segments as seg
from .config import Config, ConfigError
from .document import Document, Sentence
from .finding import Finding, Fix
from .gloss import DEFINED_WITHIN, defined_at, defined_next, explained_at, explained_soon
from .matcher import PhraseMatcher
from .options import option_problem
from .regexes import FirstOf, compile as compile_pattern
from .rulespec import CATEGORIES, CHANNELS, READERS, RuleSpec
from .tokenize import Backend, Token


class Hit(NamedTuple):
    """What a Python check yields: an original-text span and, optionally, its own wording."""

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None
    # The exact text that replaces [start, end), in the same conjugated form, when the check
    # knows it (the suggestion may be a dictionary form or advice); how safe it is, the rule says.
    fix: str | None = None


@dataclass(frozen=True)
class CheckContext:
    spec: RuleSpec
    options: dict  # the rule's option defaults, overridden by config
    allow: frozenset[str]
    # The check's trigger (see `triggered_by`), or None when the engine runs without triggers.
    trigger: re.Pattern | None = None
    # Where a document's cache keeps the trigger's first match: a string (its hash is kept),
    # not the pattern (a compiled pattern hashes its whole program, microseconds for a large
    # trigger). Checks with the same trigger share it.
    trigger_key: str = ""

    def sentences(self, doc: Document, sentences: list[Sentence], part: re.Pattern | None = None) -> list[Sentence]:
        """Those of `sentences` that hold the check's trigger (or `part`, the trigger of one part
        of the check); all of them when triggers are off."""
        if self.trigger is None:
            return sentences
        if part is None:  # the engine found the trigger's first match already: start there
            return doc.sentences_with(self.trigger, sentences, doc.cache.get(self.trigger_key))
        return doc.sentences_with(part, sentences)


Check = Callable[[Document, CheckContext], Iterable[Hit]]


def triggered_by(*patterns: str | re.Pattern):
    """Declare the text a check turns on: a regex every sentence it reports from must contain
    (in the normalized view). The engine calls the check only on replies that contain it, and
    the check may skip sentences without it (`ctx.sentences`). Most replies hold no problem, so the
    checks' cost follows the problems in a reply rather than its length. Several patterns (the
    check's own compiled parts): a sentence with any of them, without compiling their union
    again at start-up."""
    # (a check's own LazyPattern is kept: compiled once, at first use, for the trigger and the check;
    # so is any other object that searches as a pattern does, regexes.WordsByLetter)
    regexes = [compile_pattern(p) if isinstance(p, str) else p for p in patterns]
    rx = regexes[0] if len(regexes) == 1 else FirstOf(*regexes)

    def mark(check):
        check.trigger = rx
        return check

    return mark


@dataclass(frozen=True)
class _Active:
    index: int
    severity: str
    ctx: CheckContext
    check: Check | None  # None for a rule of phrases
    # Another active check turns on the same trigger: its first match is kept in the document's
    # cache even when there is none, so that the trigger is searched once.
    shares_trigger: bool = False
    # The severity on a chat message whose caller did not say whether it opens the conversation
    # (first_message=None), where the rule sets one (unknown_turn_severity) and the user does not.
    unknown_turn_severity: str | None = None


_UNSEEN = object()


def resolve_check(name: str) -> Check:
    """`keigo.mixed_style` -> replylint.checks.keigo.mixed_style."""
    module, _, func = name.rpartition(".")
    try:
        return getattr(importlib.import_module(f"replylint.checks.{module}"), func)
    except (ImportError, AttributeError):
        raise ValueError(f"unknown built-in check {name!r}") from None


class Engine:
    def __init__(self, specs: list[RuleSpec], backend: Backend, config: Config, *,
                 use_triggers: bool = True) -> None:
        """`use_triggers=False` runs every check on every sentence: the tests compare the two."""
        self.specs = specs
        self.use_triggers = use_triggers
        self.backend = backend
        self.by_id = {s.id: k for k, s in enumerate(specs)}
        self._checks: dict[int, Check] = {k: resolve_check(s.check) for k, s in enumerate(specs) if s.check}
        self._matcher = PhraseMatcher(
            [((k, p), p.text, p.match) for k, s in enumerate(specs) for p in s.phrases], backend)
        self._validate_names(config)
        self._agent_note = self.by_id.get(_AGENT_NOTE, -1)
        self.allow = frozenset(unicodedata.normalize("NFKC", w) for w in config.allow)
        self._plans = {ch: self._plan(config, ch) for ch in CHANNELS}
        self._active = {ch: {a.index: a for a in plan} for ch, plan in self._plans.items()}
        # Per channel, the segments some phrase rule runs on: the matcher looks only there.
        self._phrase_kinds = {ch: frozenset(k for a in plan if self.specs[a.index].phrases
                                            for k in self.specs[a.index].segments)
                              for ch, plan in self._plans.items()}

    # -- configuration -------------------------------------------------------------
    def _validate_names(self, config: Config) -> None:
        def check(names, key):
            for name in names:
                if name not in self.by_id and name not in CATEGORIES and name != "ALL":
                    raise ConfigError(f"{config.source or '<config>'}: {key}: unknown rule or category {name!r}")

        check(config.select or [], "select")
        check(config.ignore, "ignore")
        check(config.severity, "severity")
        check(config.options, "options")
        for ch, cc in config.channels.items():
            check(cc.select or [], f"channels.{ch}.select")
            check(cc.ignore, f"channels.{ch}.ignore")
            check(cc.severity, f"channels.{ch}.severity")
            check(cc.options, f"channels.{ch}.options")
        tables = [("options", config.options)] + [(f"channels.{ch}.options", cc.options)
                                                  for ch, cc in config.channels.items()]
        for key, table in tables:
            for rid, opts in table.items():
                spec = self.specs[self.by_id[rid]] if rid in self.by_id else None
                for opt, value in opts.items():
                    if spec is None or opt not in spec.options:
                        raise ConfigError(f"{config.source or '<config>'}: {key}.{rid}.{opt}: unknown option")
                    problem = option_problem(rid, opt, value, spec.options[opt])
                    if problem:
                        raise ConfigError(f"{config.source or '<config>'}: {key}.{rid}.{opt}: {problem}")

    def _plan(self, config: Config, channel: str) -> list[_Active]:
        cc = config.channels.get(channel)
        select = cc.select if cc and cc.select is not None else config.select
        ignore = config.ignore + (cc.ignore if cc else [])
        severity = {**config.severity, **(cc.severity if cc else {})}
        options = {**config.options}
        for rid, opts in (cc.options if cc else {}).items():
            options[rid] = {**options.get(rid, {}), **opts}
        plan = []
        for k, spec in enumerate(self.specs):
            if channel not in spec.channels:
                continue
            if select is not None and not _named(spec, select):
                continue
            if _named(spec, ignore):
                continue
            chosen = severity.get(spec.id) or severity.get(spec.category)
            sev = chosen or spec.severity_on(channel)
            unknown_turn = chosen or (spec.unknown_turn_severity if channel == "chat" else None) or sev
            check = self._checks.get(k)
            trigger = getattr(check, "trigger", None) if self.use_triggers else None
            ctx = CheckContext(spec, {**spec.options, **options.get(spec.id, {})}, self.allow, trigger,
                               "" if trigger is None else f"engine.trigger.{id(trigger)}")
            plan.append(_Active(k, sev, ctx, check, unknown_turn_severity=unknown_turn))
        keys = [a.ctx.trigger_key for a in plan if a.check is not None and a.ctx.trigger is not None]
        shared = {key for key in keys if keys.count(key) > 1}
        return [replace(a, shares_trigger=True) if a.ctx.trigger_key in shared else a for a in plan]

    def idle_names(self, channel: str) -> frozenset[str]:
        """The IDs and categories of the rules that do not run on a channel (suppressions ask)."""
        names = {n: False for s in self.specs for n in (s.id, s.category)}
        for a in self._plans[channel]:
            names[self.specs[a.index].id] = names[self.specs[a.index].category] = True
        return frozenset(n for n, runs in names.items() if not runs)

    # -- running -------------------------------------------------------------------
    def run(self, doc: Document) -> list[Finding]:
        hits = self._phrase_hits(doc)
        hits += self.run_checks(doc, self._plans[doc.channel])
        return self._findings(doc, hits, self._active[doc.channel])

    def run_many(self, docs: list[Document]) -> list[list[Finding] | Exception]:
        """`run` for several replies at once: each one's findings (the same as `run` gives), or
        the exception raised while checking it, which leaves the others unharmed. Each check runs
        over all the replies of a channel before the next check starts: its code and its patterns
        stay in the processor's caches across the replies instead of being evicted by the other
        checks' between two replies (bench/RESULTS.md: a fifth less time per reply)."""
        results: list = [None] * len(docs)
        hits: dict[int, list] = {}
        for i, doc in enumerate(docs):
            try:
                hits[i] = self._phrase_hits(doc)
            except Exception as exc:  # noqa: BLE001 - that reply's error, not the batch's
                results[i] = exc
        by_channel: dict[str, list[int]] = {}
        for i in hits:
            by_channel.setdefault(docs[i].channel, []).append(i)
        for channel, members in by_channel.items():
            for a in self._plans[channel]:
                if a.check is not None:  # (not a rule of phrases)
                    _run_check_over(a, docs, members, hits, results)
        for i in hits:
            if results[i] is None:
                try:
                    results[i] = self._findings(docs[i], hits[i], self._active[docs[i].channel])
                except Exception as exc:  # noqa: BLE001
                    results[i] = exc
        return results

    def _phrase_hits(self, doc: Document) -> list[tuple[int, int, int, str | None, str | None, str | None]]:
        """The hits of the phrase rules (the data rules' phrases, found by the phrase matcher)."""
        active = self._active[doc.channel]
        # (rule, start, end, message, suggestion, the exact replacement of the span or None)
        hits: list[tuple[int, int, int, str | None, str | None, str | None]] = []
        text = doc.text
        kinds = self._phrase_kinds[doc.channel]
        terms: dict[tuple[int, str], list] = {}  # the uses of each explainable term
        for (k, phrase), s, i, j in (self._matcher.find(doc, kinds) if kinds else ()):
            a = active.get(k)
            if a is None or s.kind not in a.ctx.spec.segments:
                continue
            tokens = doc.sentence_tokens(s)
            if phrase.position == "sentence-start" and _words(tokens)[:1] != [i]:
                continue
            if phrase.position == "sentence-end" and (_words(tokens)[-1:] != [j - 1] or _modified(tokens, i)):
                continue
            if acts.on_screen(doc.norm, tokens[i].nstart, tokens[j - 1].nend):
                continue  # the name of a page or a button, or what the customer is to type
            if len(phrase.readers) < len(READERS) and not doc.read_by(phrase.readers):
                continue  # a word this reader knows (the reply's audience)
            if a.ctx.spec.category == "jargon":
                word = doc.norm[tokens[i].nstart:tokens[j - 1].nend]
                # (in_their_words: their_words, which the phrase rules alone mostly ask for, is
                # built only where the word's places in the text could stand in it)
                if doc.in_their_words(word) or doc.in_own_tool(word):
                    continue  # a word the customer used themselves, or reads on their own screen
                if acts.given_by_them(doc.norm, tokens[i].nstart, 12) \
                        or acts.SENT_BY_THEM.match(doc.norm, tokens[j - 1].nend):
                    continue  # a thing of theirs they sent us, by its name (いただいたログ, ログをお送りいただき): they know it
                if doc.named_with(word) or j - i > 2 and tokens[i + 1].pos[0] == "助詞" \
                        and doc.named_with(doc.norm[tokens[i].nstart:tokens[i].nend]):
                    continue  # what we are (そよかぜサーバー; its word before a particle too: サーバーを移行):
                    # every reader of ours knows it
                if phrase.trades and doc.of_trade(phrase.trades) and not doc.new_to_trade:
                    continue  # our trade's own word (約定 from a brokerage): its customers know it
                if phrase.professions and doc.in_profession(phrase.professions):
                    continue  # a trade's word to a reader who works in it (入電 to a call centre's manager)
                if phrase.departments and doc.in_profession(phrase.departments, ours=False):
                    continue  # ... named so by their own department (カスタマーセンター長 様)
                if phrase.signs and doc.says(phrase.signs):
                    continue  # ... or shown so by what the reply says they do (a collector's 探求書)
                if acts.document_named(doc.norm, word, tokens[i].nstart, tokens[j - 1].nend):
                    continue  # a paper's own name where the reader is to get it, bring it or has it
                    # (戸籍の附票の写しは…郵送いたします / 書類（弁護士の受任通知など）): asked for by that name
            start, end = tokens[i].start, tokens[j - 1].end
            # A phrase's suggestion was written to replace the phrase as the rule spells it: it
            # is an exact rewrite when the text says just that (not a conjugated or half-width form).
            exact = phrase.fix and phrase.suggestion is not None and text[start:end] == phrase.text
            hit = (k, start, end, phrase.message, phrase.suggestion, phrase.suggestion if exact else None)
            if phrase.explainable:
                terms.setdefault((k, phrase.text), []).append((tokens[i].nstart, tokens[j - 1].nend, s, hit))
            else:
                hits.append(hit)
        if terms:  # (most replies use no term a rule may find explained)
            hits += _unexplained(doc, terms)
        return hits

    def run_checks(self, doc: Document, plan: list[_Active]) -> list[tuple[int, int, int, str | None, str | None, str | None]]:
        """The hits of these active rules' checks, in plan order: (rule, start, end, message,
        suggestion, replacement). A check whose trigger is not in the text does not run."""
        hits: list = []
        norm = doc.norm
        # (_run_check's work, written out: most checks stop at their trigger, and a call per
        # check per reply costs about as much as the search of a short trigger)
        for a in plan:
            check = a.check
            if check is None:
                continue  # a rule of phrases
            ctx = a.ctx
            trigger = ctx.trigger
            if trigger is not None:
                if a.shares_trigger:  # (searched once for all the checks that turn on it)
                    cache = doc.cache
                    first = cache.get(ctx.trigger_key, _UNSEEN)
                    if first is _UNSEEN:
                        first = cache[ctx.trigger_key] = trigger.search(norm)
                    if first is None:
                        continue
                else:
                    first = trigger.search(norm)
                    if first is None:
                        continue
                    doc.cache[ctx.trigger_key] = first  # (ctx.sentences starts from it)
            index = a.index
            for h in check(doc, ctx):
                hits.append((index, h.start, h.end, h.message, h.suggestion, h.fix))
        return hits

    @staticmethod
    def _run_check(doc: Document, a: _Active, hits: list) -> None:
        """Add the hits of one active rule's check on `doc` to `hits` (bench/parts.py's step, timed
        check by check; run_checks does the same inline, and run_many over a batch: _run_check_over)."""
        check, ctx = a.check, a.ctx
        if ctx.trigger is not None:
            cache = doc.cache
            if a.shares_trigger:  # (searched once for all the checks that turn on it)
                first = cache.get(ctx.trigger_key, _UNSEEN)
                if first is _UNSEEN:
                    first = cache[ctx.trigger_key] = ctx.trigger.search(doc.view.text)
                if first is None:
                    return
            else:  # most triggers are found in few replies: nothing to keep for the others
                first = ctx.trigger.search(doc.view.text)
                if first is None:
                    return
                cache[ctx.trigger_key] = first  # (ctx.sentences starts from it)
        index = a.index
        for h in check(doc, ctx):
            hits.append((index, h.start, h.end, h.message, h.suggestion, h.fix))

    def _findings(self, doc: Document, hits, active) -> list[Finding]:
        findings: list[Finding] = []
        seen = set()
        reach: dict[int, int] = {}  # per rule, the furthest end of its reported spans
        text = doc.text
        turn_unknown = doc.channel == "chat" and doc.first_message is None
        if not text.isascii() and _MAY_EXTEND.search(text) is not None:
            # (a span widened to a whole character is no longer the text an exact rewrite replaces)
            # (a text without a character that may belong to the one before it, as most replies
            # are, holds no span to widen: its hits are not read one by one)
            # (a hit whose span stays is kept as it is: most spans start and end on whole characters)
            hits = [h if (span := _whole_clusters(text, h[1], h[2])) == (h[1], h[2]) else (h[0], *span, h[3], h[4], None)
                    for h in hits]
        # A note to the agent is deleted whole (template/agent-note): what other rules find in
        # its words (上長, あってる, ESTA in ★社内メモ：ESTA未申請…) is no problem of the reply.
        # (walked with the hits, both in order of their starts: linear however many notes)
        note = self._agent_note  # (the rule's index: compared with each hit's, not its spec's id)
        notes = sorted([(h[1], h[2]) for h in hits if h[0] == note and h[1] < h[2]])
        next_note, covered_to = 0, -1  # covered_to: the furthest end of the notes started so far
        # Longest first at each start; a span that overlaps an earlier one of the same rule is the
        # same problem (システム障害 / 障害が発生 in システム障害が発生) and is reported once.
        for k, start, end, message, suggestion, replacement in sorted(hits, key=lambda h: (h[1], -h[2], h[0])):
            if (k, start, end) in seen or (start < end and start < reach.get(k, -1)):
                continue
            while next_note < len(notes) and notes[next_note][0] <= start:
                covered_to = max(covered_to, notes[next_note][1])
                next_note += 1
            if start < end and end <= covered_to and k != note:
                continue
            seen.add((k, start, end))
            reach[k] = max(end, reach.get(k, end))
            if self.allow and start < end and unicodedata.normalize("NFKC", text[start:end]) in self.allow:
                continue
            spec = self.specs[k]
            line, col = doc.line_col(start)
            findings.append(Finding(spec.id, spec.category,
                                    active[k].unknown_turn_severity if turn_unknown else active[k].severity,
                                    _message(message or spec.message, suggestion, text[start:end]),
                                    start, end, line, col, suggestion,
                                    Fix(replacement, spec.fix) if spec.fix and replacement is not None
                                    and _rewritable(doc, start, end, replacement) else None))
        return findings


def _unexplained(doc: Document, terms: dict[tuple[int, str], list]) -> list:
    """The hits of the terms not explained where they are first used: plain to the reader from
    there on. A term is explained when it, or a longer term of the same rule around it, is
    (免責 in 自己負担額(免責金額))."""
    longest: dict[tuple[int, int], int] = {}  # (rule, start) -> the furthest end of a term there
    for (k, _text), uses in terms.items():
        for a, b, _s, _h in uses:
            longest[k, a] = max(b, longest.get((k, a), b))
    out = []
    starts = doc.sentence_starts
    for (k, _text), uses in terms.items():  # (at most one entry per phrase of the pack)
        uses.sort(key=lambda u: u[0])
        # Explained at its first use, or defined in the sentence or two after it (a term
        # introduced, then defined: 「…が付与されます。タイムスタンプは、…を証明するものです」).
        if defined_next(doc, uses[0][2], uses[0][0]):
            continue  # quoted, then defined: 「選定療養費」…。これは、…費用です
        last = bisect_right(starts, uses[0][2].nstart) + DEFINED_WITHIN
        for n, (nstart, nend, s, _hit) in enumerate(uses):
            if bisect_right(starts, s.nstart) > last:
                if not _defined_soon_as_written(doc, uses[0]):
                    out.append(uses[0][3])  # (reported where it is first used: explained there, it is plain after)
                break
            around = [(a, longest[k, a]) for a in range(max(s.nstart, nstart - _LONGEST_TERM), nstart + 1)
                      if longest.get((k, a), -1) >= nend]
            if any(explained_at(doc.norm, a, b, s.nstart, s.nend) if n == 0 else defined_at(doc.norm, b, s.nstart, s.nend)
                   for a, b in around):
                break
        else:
            if not _defined_soon_as_written(doc, uses[0]):
                out.append(uses[0][3])
    return out


def _defined_soon_as_written(doc: Document, use) -> bool:
    """The term, first used at `use`, is defined where its letters stand again in the next
    sentences, whether or not the tokenizer reads them as the term there (Sudachi takes
    指値(さしね) for one word: ・指値(さしね):…方法です)."""
    nstart, nend, s, _hit = use
    return explained_soon(doc, doc.norm[nstart:nend], nend, s)


_LONGEST_TERM = 24  # how far before a term a longer one around it may start


def _extends(ch: str) -> bool:
    """A character that belongs to the one before it: a combining mark (U+3099 after 票), a
    variation selector, a half-width (semi-)voiced mark, a zero-width joiner."""
    return unicodedata.category(ch)[0] == "M" or ch in "\uff9e\uff9f\u200d"


# Where no character _extends (nor a zero-width joiner) stands: Latin, kana, kanji, punctuation, box
# drawing, the full-width forms up to the half-width kana's voiced marks (tests/test_engine.py walks
# every character of these ranges)
_NEVER_EXTENDS = ("\x00-\u02ff\u2010-\u20cf\u2100-\u2bff\u3000-\u3029\u3030-\u3098\u309b-\u33ff"
                  "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff9d\uffa0-\uffef")
_MAY_EXTEND = compile_pattern("[^" + _NEVER_EXTENDS + "]")


def _whole_clusters(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to whole characters as a reader sees them: it never ends between a base
    character and its marks, nor starts on a mark."""
    n = len(text)
    while 0 < end < n and (_extends(text[end]) or text[end - 1] == "\u200d"):
        end += 1
    while 0 < start < n and _extends(text[start]):
        start -= 1
    return start, max(start, end)


_UNTOUCHABLE = (seg.QUOTED, seg.SIGNATURE)
_AGENT_NOTE = "template/agent-note"


def _rewritable(doc: Document, start: int, end: int, replacement: str) -> bool:
    """Whether a fix may replace [start, end): a change, within one sentence the writer wrote
    (never quoted text or the signature), over text that reads the same in the normalized view
    the checks built the replacement from (no line break, no half-width or other width form
    that the replacement would silently change)."""
    found = doc.text[start:end]
    if start >= end or replacement == found or any(map(str.isspace, found)) \
            or not unicodedata.is_normalized("NFKC", found):
        return False
    starts = doc.cache.get("engine.sentence_starts")
    if starts is None:
        starts = doc.cache["engine.sentence_starts"] = [s.start for s in doc.sentences]
    k = bisect_right(starts, start) - 1
    return k >= 0 and end <= doc.sentences[k].end and doc.sentences[k].kind not in _UNTOUCHABLE


def _run_check_over(a: _Active, docs: list[Document], members: list[int], hits: dict[int, list], results: list) -> None:
    """Engine._run_check for one active rule over the replies `members` of a batch (run_many's
    step): the hits of each reply not failed yet added to its list, or the exception its check
    raised put in its place in `results`. The rule's check, context and trigger are read once for
    the batch, not once per reply (a call and its look-ups per check per reply cost about as much
    as the search of a short trigger; most checks stop at their trigger)."""
    check, ctx, index, shares = a.check, a.ctx, a.index, a.shares_trigger
    trigger, key = ctx.trigger, ctx.trigger_key
    for i in members:
        if results[i] is not None:
            continue  # (that reply failed already)
        doc = docs[i]
        try:
            if trigger is not None:
                cache = doc.cache
                if shares:  # (searched once for all the checks that turn on it)
                    first = cache.get(key, _UNSEEN)
                    if first is _UNSEEN:
                        first = cache[key] = trigger.search(doc.view.text)
                    if first is None:
                        continue
                else:  # most triggers are found in few replies: nothing to keep for the others
                    first = trigger.search(doc.view.text)
                    if first is None:
                        continue
                    cache[key] = first  # (ctx.sentences starts from it)
            found = hits[i]
            for h in check(doc, ctx):
                found.append((index, h.start, h.end, h.message, h.suggestion, h.fix))
        except Exception as exc:  # noqa: BLE001 - that reply's error, not the batch's
            results[i] = exc


def _named(spec: RuleSpec, names: Iterable[str]) -> bool:
    return any(n == spec.id or n == spec.category or n == "ALL" for n in names)


def _message(template: str, suggestion: str | None, found: str) -> str:
    return template.replace("{found}", found).replace("{suggestion}", suggestion or "")


def _modified(tokens: list[Token], i: int) -> bool:
    """Whether the noun at tokens[i] is modified by what stands before it: a clause (…が入る仕様
    です, 高い仕様) or 同じ, その (連体詞). A sentence-end phrase is then no bare predicate: the clause
    says what it is (…の場合は「対象外」が入る仕様となっております)."""
    if i == 0 or tokens[i].pos[0] != "名詞":
        return False
    before = tokens[i - 1]
    return before.pos[0] == "連体詞" or before.pos[0] in ("動詞", "形容詞", "助動詞") and before.cform.startswith("連体形")


def _words(tokens: list[Token]) -> list[int]:
    """Indexes of a sentence's tokens that are words, not punctuation."""
    return [i for i, t in enumerate(tokens) if t.pos[0] not in ("補助記号", "記号")]
