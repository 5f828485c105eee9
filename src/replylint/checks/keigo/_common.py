"""Helpers shared by the keigo checks: sentences to judge, token tests, spans."""

from __future__ import annotations

import functools
import re

from ...conjugate import ra_godan_form
from ...document import Document, Sentence
from ...engine import CheckContext, Hit
from ...regexes import lazy
from ...tokenize import Backend, Token

_PUNCT = ("補助記号", "記号")
_POLITE, _PLAIN = "polite", "plain"
_PREFIX = ("お", "ご", "御")
# Sentence-final particles of speech, after a plain form (あるよ, 大丈夫だね, 便利じゃん): keigo/casual
# reports such an ending, keigo/mixed-style leaves it to casual. (か is a question's, and written.)
_CASUAL_FINALS = frozenset(("ね", "よ", "よね", "な", "わ", "ぞ", "ぜ", "じゃん", "っけ", "さ", "ねぇ", "よぉ"))
_STRETCH = str.maketrans("", "", "ー〜~～!！♪")


def _bare_final(surface: str) -> str:
    """A sentence-final particle without its stretch marks (ね〜, ねー, よ〜 -> ね, よ)."""
    return surface.translate(_STRETCH)


# -- shared helpers ---------------------------------------------------------------------
_QUOTE_OPEN = "「『"
_QUOTE_MARKS = lazy("[「『」』]")


def _quoted_ranges(doc: Document, s: Sentence) -> list[tuple[int, int]]:
    """Normalized ranges inside 「」『』 in a sentence: words cited, not the writer's own."""
    out, depth, start = [], 0, 0
    for m in _QUOTE_MARKS.finditer(doc.norm, s.nstart, s.nend):
        k = m.start()
        if m.group() in _QUOTE_OPEN:
            if depth == 0:
                start = k
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((start, k + 1))
    return out


def _sentences(doc: Document) -> list[tuple[Sentence, list[Token]]]:
    """(sentence, tokens) for what the writer wrote to the customer; 「cited words」 are cut out,
    so a sentence with a citation comes as its runs of the writer's own words. Computed once per
    reply and shared by every keigo check."""
    cached = doc.cache.get("keigo.sentences")
    if cached is None:
        cached = doc.cache["keigo.sentences"] = [(s, run) for s in doc.linted_sentences()
                                                 for run in _own_words(doc, s)]
    return cached


def _sentences_with(doc: Document, ctx: CheckContext, part=None, kinds: tuple[str, ...] | None = None):
    """`_sentences`, less the sentences that lack the check's trigger (or `part`), and those not of
    `kinds` when given; the runs of own words are worked out (the sentence tokenized) only for the
    sentences kept. A part of a `Parts` trigger starts from the first match the trigger found."""
    if ctx.trigger is None:
        found = _sentences(doc)
        return found if kinds is None else [(s, run) for s, run in found if s.kind in kinds]
    sentences = _part_sentences(doc, ctx, part)
    if kinds is None:
        return [(s, run) for s in sentences for run in _own_words(doc, s)]
    return [(s, run) for s in sentences if s.kind in kinds for run in _own_words(doc, s)]


def _part_sentences(doc: Document, ctx: CheckContext, part=None) -> list:
    """The linted sentences that hold the check's trigger (or `part`), not yet tokenized; only
    with a trigger (see `_sentences_with`)."""
    if part is None:  # (most checks: their trigger's sentences, with no kinds to pick)
        return ctx.sentences(doc, doc.linted_sentences())
    firsts = doc.cache.get(ctx.trigger_key)
    if isinstance(firsts, _FirstMatches) and part in firsts.parts:
        first = firsts.of(part)
        if first is _UNSEARCHED:
            return ctx.sentences(doc, doc.linted_sentences(), part)
        if first is None:
            return []  # (the trigger searched the whole reply for this part)
        return doc.sentences_with(part, doc.linted_sentences(), first)
    return ctx.sentences(doc, doc.linted_sentences(), part)


class Parts:
    """A trigger made of a check's parts (the patterns it picks its sentences by), as
    engine.triggered_by's FirstOf is, that keeps the first match of each part: the check's search
    for the sentences of each part then starts there (or does not search at all), instead of
    searching the reply again from its start. (For wrong-direction, searching the reply once for
    the trigger and once more for the parts cost as much as the rest of the check.) The parts are
    searched in order until one is found: the engine only asks whether there is one, and a part
    left unsearched is searched by the check, once, as without a trigger."""

    def __init__(self, *parts) -> None:
        self.parts = parts  # (anything with a compiled pattern's `search`)

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        endpos = len(string) if endpos is None else endpos
        matches = [_UNSEARCHED] * len(self.parts)
        for k, p in enumerate(self.parts):
            m = matches[k] = p.search(string, pos, endpos)
            if m is not None:
                return _FirstMatches(self.parts, matches, m)
        return None

    @property
    def pattern(self) -> str:
        return "|".join(p.pattern for p in self.parts)


_UNSEARCHED = object()


class _FirstMatches:
    """What a `Parts` trigger found: the match of the part that was found (`start`, as a match's,
    for the engine; not the earliest of all parts) and each part's first match, None for a part
    not in the reply, _UNSEARCHED for one after the part found."""

    __slots__ = ("parts", "matches", "first")

    def __init__(self, parts, matches, first) -> None:
        self.parts, self.matches, self.first = parts, matches, first

    def start(self) -> int:
        return self.first.start()

    def of(self, part):
        return self.matches[self.parts.index(part)]


def _merged(found: list, more: list) -> list:
    """Two lists of (sentence, run) from `_sentences_with`, each sentence's runs once, in text order."""
    if not more:
        return found
    seen = {id(s) for s, _ in found}
    more = [(s, run) for s, run in more if id(s) not in seen]
    return sorted(found + more, key=lambda pair: pair[0].nstart) if more else found


def _own_words(doc: Document, s: Sentence) -> list[list[Token]]:
    """The runs of the writer's own words in a sentence (none when it has no tokens), once per
    sentence per reply."""
    by_sentence = doc.cache.get("keigo.own_words")
    if by_sentence is None:
        by_sentence = doc.cache["keigo.own_words"] = {}
    found = by_sentence.get(id(s))
    if found is None:
        cites = doc.cache.get("keigo.cites")
        if cites is None:  # a reply without 「 or 『 cites nothing
            cites = doc.cache["keigo.cites"] = "「" in doc.norm or "『" in doc.norm
        found = by_sentence[id(s)] = list(_runs(doc, s, cites))
    return found


def _runs(doc: Document, s: Sentence, cites: bool):
    toks = doc.sentence_tokens(s)
    if not toks:
        return
    quoted = _quoted_ranges(doc, s) if cites else None
    if not quoted:
        yield toks
        return
    run: list[Token] = []
    q = 0  # (the ranges and the tokens are both in text order: one walk over each)
    for t in toks:
        while q < len(quoted) and quoted[q][1] <= t.nstart:
            q += 1
        if q < len(quoted) and quoted[q][0] <= t.nstart:
            if run:
                yield run
            run = []
        else:
            run.append(t)
    if run:
        yield run


def _hit(toks: list[Token], i: int, j: int, message: str | None = None,
         suggestion: str | None = None, fix: str | None = None) -> Hit:
    return Hit(toks[i].start, toks[j - 1].end, message, suggestion, fix)


def _text(toks: list[Token], i: int, j: int) -> str:
    return "".join(t.surface for t in toks[i:j])


def _is(tok: Token, *lemmas: str) -> bool:
    return tok.lemma in lemmas or tok.norm in lemmas


def _verb(tok: Token, *lemmas: str) -> bool:
    return tok.pos[0] == "動詞" and (not lemmas or _is(tok, *lemmas))


def _aux(tok: Token, *lemmas: str) -> bool:
    return tok.pos[0] == "助動詞" and (not lemmas or _is(tok, *lemmas))


def _is_reru(tok: Token) -> bool:
    return _aux(tok, "れる", "られる")


def _te(tok: Token) -> bool:
    return tok.pos[0] == "助詞" and tok.surface in ("て", "で")


def _chain_end(toks: list[Token], j: int) -> int:
    """Index after the auxiliaries (and a て) that follow toks[j-1]."""
    while j < len(toks) and (toks[j].pos[0] == "助動詞" or (_te(toks[j]) and toks[j].surface == "て")):
        j += 1
    return j


def _prefixed(toks: list[Token], k: int) -> int | None:
    """Index where the お/ご-prefixed word at k starts (ご|利用 or one token ご利用), else None."""
    if k < 0 or k >= len(toks):
        return None
    t = toks[k]
    if t.pos[0] == "接頭辞":
        return None
    if k > 0 and toks[k - 1].pos[0] == "接頭辞" and toks[k - 1].surface in _PREFIX:
        return k - 1
    # (one token, ご覧 / お世話, written 御覧 / 御世話 in the dictionary's form; not a word whose ご is
    # its own first sound, 頃 read ごろ in 15時ごろ, 塵 read ごみ)
    if len(t.surface) > 1 and t.surface[0] in _PREFIX and t.pos[0] == "名詞" and t.norm[:1] in _PREFIX:
        return k
    return None


def _regex(doc: Document, s: Sentence, rx: re.Pattern):
    """(match, start, end) of rx in the sentence's normalized text, outside 「cited words」;
    start and end are offsets in the original text."""
    quoted = None  # looked for only when something matched: most sentences match nothing
    for m in rx.finditer(doc.norm, s.nstart, s.nend):
        if quoted is None:
            quoted = _quoted_ranges(doc, s)
        if any(a <= m.start() < b for a, b in quoted):
            continue
        a, b = doc.original_span(m.start(), m.end())
        yield m, a, b


def _is_question(toks: list[Token]) -> bool:
    words = [t for t in toks if t.pos[0] not in _PUNCT or t.surface in ("?", "?")]
    if not words:
        return False
    last = words[-1]
    return last.surface in ("?", "?", "か") or (len(words) > 1 and words[-2].surface == "か")


@functools.lru_cache(maxsize=4096)
def _base_ctype(backend: Backend, word: str) -> str:
    """The conjugation type of a dictionary-form verb, from the reply's own tokenizer."""
    toks = backend.tokenize(word)
    if len(toks) == 1 and toks[0].pos[0] == "動詞":
        return toks[0].ctype
    return ""


def _plain_ra_godan(verb: Token, after: list[Token]) -> str:
    """A 五段-ラ行 honorific verb (おっしゃる, なる ...) in the form `after` asks for; its
    dictionary form when that form is not one conjugate.ra_godan_form knows."""
    return ra_godan_form(verb, after) or verb.lemma


def _surfaces(toks) -> str:
    return "".join(t.surface for t in toks)


# -- keigo/mixed-style ------------------------------------------------------------------


def _sasete_itadaku(toks: list[Token], i: int) -> int | None:
    """When toks[i] is いただく of 〜(さ)せていただく: the index of the causative auxiliary."""
    if not (_verb(toks[i], "いただく", "頂く") and i >= 3 and toks[i - 1].surface == "て"
            and _aux(toks[i - 2], "せる", "させる")):
        return None
    return i - 2
