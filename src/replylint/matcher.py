"""One matcher for every phrase of every data rule, compiled once, searched once per reply.

A phrase is natural text. It is found in one of two ways, chosen per phrase:

- surface: the phrase's characters, in the normalized view, starting at a token start and
  ending at a token end. Good for fixed words; immune to how a tokenizer splits unknown
  katakana (unidic-lite reads レイテンシ as レイ+テンシ, Sudachi as one word).
- token: the phrase is tokenized with the same backend and matched token by token, so its
  last word may be conjugated: おっしゃられる finds おっしゃられました. Earlier inflecting
  words keep their form (matched by lexeme + conjugation form, so 下さい = ください), other
  words match by surface. The first word is looked for as the phrase spells it or as the
  dictionary spells its lexeme (おっしゃられる finds 仰られる); another spelling is a phrase of
  its own.

`auto` (the default) picks token when the phrase contains an inflecting word.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from .regexes import COMMON_CHARS, by_first_char, compile as compile_pattern, trie_pattern
from .tokenize import Backend, Token

if TYPE_CHECKING:
    from .document import Document, Sentence

_END = object()  # key under which a trie node keeps what ends there
_NSTART = attrgetter("nstart")
_NEND = attrgetter("nend")


class Match(NamedTuple):
    payload: Any
    sentence: Sentence
    tok_start: int  # the sentence's tokens[tok_start:tok_end] are covered
    tok_end: int


def _runs_on(a: str, b: str) -> bool:
    """Two characters side by side are one word's: both katakana, or both ASCII letters and
    digits. (A katakana word after a code, L2エスカレ, or before one, ログインID, starts or stops
    a word there.)"""
    # (katakana or the long-vowel mark, tested in place: a function call for each character cost
    # more than the test, in the surface walk's loop)
    if "\u30a1" <= a <= "\u30fa" or a == "ー":
        return "\u30a1" <= b <= "\u30fa" or b == "ー"
    return a.isascii() and a.isalnum() and b.isascii() and b.isalnum()


# What may stand between two words of a sentence: what the tokenizers read as no word (blanks;
# NUL, a blank to MeCab; a blank with combining marks, Sudachi's reading of NFKC's ˘ or ΅).
_GAP = r"[\s\x00\u0300-\u036f]*"


def _anchors(word: Token) -> list[str]:
    """Texts one of which every occurrence of a phrase's first word starts with: the word
    itself, or for an inflecting word the part its forms share, as the phrase spells it and as
    the dictionary spells its lexeme (おっしゃら -> おっしゃ and 仰; 下さい -> 下さ and 下さ).
    An empty text means no anchor (し, a form of する, shares nothing with する)."""
    if not word.inflects:
        return [word.surface]
    n = 0
    for x, y in zip(word.surface, word.lemma):
        if x != y:
            break
        n += 1
    as_written = word.surface[:n - 1] if word.surface[:n] == word.lemma else word.surface[:n]
    return [as_written, word.norm[:-1]]


def _gated_anchors(words: list[Token], spellings) -> list[str] | None:
    """Anchors for a phrase of two or more words of which the first or the second inflects,
    each a spelling of the first word + what may stand between words + a first character of
    the second word, or None (then the first word's anchors alone, as before). The second word
    is found by its lexeme, in any spelling the dictionary has for it (請求止め finds 請求留め and
    請求とめ), so its characters come from the backend's table of spellings (`spellings(lemma)`,
    None when it has none); an inflecting first word stands in one of its dictionary spellings
    that starts with one of its anchors (the first word is looked for as the phrase spells it
    or as the dictionary spells its lexeme, see `_anchors`). Only a dictionary word inflects, so
    the tables hold every text such a word can be. 請求 stands in most billing replies and 出 in
    many more: a sentence with 請求 but no 止め, 留め, とめ … after it is no longer tokenized."""
    if spellings is None or len(words) < 2:
        return None
    first, second = words[0], words[1]
    firsts = spellings(first.norm) if first.inflects else {first.surface}
    seconds = spellings(second.norm) if second.inflects else None
    if not firsts or second.inflects and not seconds:
        return None
    if seconds:
        follow = "[" + "".join(re.escape(ch) for ch in sorted({t[0] for t in seconds if t})) + "]"
    else:
        follow = re.escape(second.surface)
    heads = [first.surface]
    if first.inflects:
        anchors = _anchors(first)
        if "" in anchors:
            return None  # (し, a form of する as the phrase spells it, shares nothing with its lexeme:
            # the phrase is looked for everywhere, not only where the lexeme's kanji spelling stands)
        own = tuple(anchors)
        heads = sorted(t for t in firsts if t.startswith(own))
        if not heads:
            return None
    return [re.escape(h) + _GAP + follow for h in heads]


def _leading_words(words: list[Token], spellings) -> str:
    """The anchor of a phrase whose first two words do not inflect: every word up to the first
    that inflects, as they stand in the text (what may stand between words between them), then a
    first character of that word's spellings when the dictionary's table has them (see
    _gated_anchors; an unknown word's table, None, adds nothing). Each word matches a token by
    its surface, so every occurrence of the phrase starts with this text. The first two words
    alone let through sentences that hold no occurrence: 営業所 for 営業所止置, 引き当てが for
    引き当てがかかる (a sentence tokenized for nothing, 56 of 2,000 generated replies)."""
    n = 2
    while n < len(words) and not words[n].inflects:
        n += 1
    anchor = _GAP.join(re.escape(w.surface) for w in words[:n])
    seconds = spellings(words[n].norm) if n < len(words) and spellings is not None else None
    if seconds:
        anchor += _GAP + "[" + "".join(re.escape(ch) for ch in sorted({t[0] for t in seconds if t})) + "]"
    return anchor


class PhraseMatcher:
    def __init__(self, entries: list[tuple[Any, str, str]], backend: Backend) -> None:
        """`entries`: (payload, phrase text, match mode)."""
        self._chars: dict = {}
        self._tokens: dict = {}
        surface_texts: list[str] = []
        anchors: list[str] = []
        pairs: list[str] = []  # anchors of two words that do not inflect (一次受け: 一 and 次)
        spellings = getattr(backend, "spellings", None)  # (a backend without the table: no gated anchors)
        tokenize = getattr(backend, "tokenize_phrase", backend.tokenize)  # (fugashi: the shipped phrases' words)
        for payload, text, mode in entries:
            text = unicodedata.normalize("NFKC", text)
            words = tokenize(text) if mode != "surface" else []
            if mode == "auto":
                mode = "token" if any(w.inflects for w in words) else "surface"
            if mode == "surface":
                node = self._chars
                surface_texts.append(text)
                for ch in text:
                    node = node.setdefault(ch, {})
            else:
                node = self._tokens
                if len(words) > 1 and not words[0].inflects and not words[1].inflects:
                    pairs.append(_leading_words(words, spellings))
                elif (gated := _gated_anchors(words, spellings)) is not None:
                    pairs.extend(gated)
                else:
                    anchors.extend(_anchors(words[0]) if words else [""])
                last = len(words) - 1
                for k, w in enumerate(words):
                    if not w.inflects:
                        key = ("s", w.surface)
                    elif k == last:
                        key = ("f", w.norm)
                    else:
                        key = ("i", w.norm, w.cform)
                    node = node.setdefault(key, {})
            node.setdefault(_END, []).append(payload)
        # Phrases are looked for only where their text is: every surface phrase as one regex, and
        # every token phrase's first-word anchor as another. Only the sentences a match falls in
        # are tokenized, and the tries are walked only from the tokens that start inside a match.
        self._surface_rxs, self._surface_few = _alternations(surface_texts)
        # A token phrase without an anchor (its first word is a form of する) is looked for in
        # every sentence.
        # A phrase whose first two words do not inflect is anchored by both, as they stand in the
        # text: a common first word alone (一 of 一次受け) would have most sentences tokenized.
        # Every branch starts with a literal (no group around the words), so that the regex
        # engine skips to the characters an anchor starts with instead of trying each position.
        self._anchor_rx = None
        if all(anchors) and (anchors or pairs):
            alternatives = sorted(set(map(re.escape, anchors)) | set(pairs))
            # (those of one first character behind it once: a spelling's anchors share it)
            literal = [a for a in alternatives if a[0] != "\\"]
            self._anchor_rx = compile_pattern("|".join(
                ([by_first_char(literal)] if literal else []) + [a for a in alternatives if a[0] == "\\"]))
        first = [k for k in self._tokens]
        self._first_s = {k[1] for k in first if k[0] == "s"}
        self._first_f = {k[1] for k in first if k[0] == "f"}
        self._first_i = {(k[1], k[2]) for k in first if k[0] == "i"}

    def find(self, doc: Document, kinds: frozenset[str] | None = None) -> list[Match]:
        """Every phrase at every token start, in the sentences of the given segment kinds (all
        sentences when None), in text order."""
        out: list[Match] = []
        # (only where sentences of `kinds` run: a phrase is found only inside one, and a quoted
        # inquiry and a signature are a fifth of the text)
        runs = _runs(doc, kinds)
        if self._surface_rxs or self._surface_few:
            self._find_surface(doc, kinds, runs, out)
        if self._tokens:
            if self._anchor_rx is not None:
                self._find_anchored(doc, kinds, runs, out)
            else:
                for s in doc.sentences:
                    if kinds is None or s.kind in kinds:
                        toks = doc.sentence_tokens(s)
                        for i in range(len(toks)):
                            self._walk_tokens(toks, i, s, out)
        out.sort(key=lambda m: (m.sentence.nstart, m.tok_start))
        return out

    def _find_anchored(self, doc: Document, kinds, runs: list[tuple[int, int]], out: list[Match]) -> None:
        """Token phrases: walk from each token that starts inside a match of the anchors' regex.
        A phrase that starts inside a match is found that way; one that starts after it, by
        searching on from its end. The regex is searched in `runs` alone: a phrase's words, and
        the anchor they start with, stand inside one sentence of kinds."""
        norm = doc.norm
        rx = self._anchor_rx
        sentences = doc.sentences
        for run_start, run_end in runs:
            m = rx.search(norm, run_start, run_end)
            while m is not None:
                a, b = m.span()
                # (the sentences' starts, built only for a reply with a match: most have none)
                k = max(bisect_right(doc.sentence_starts, a) - 1, 0)
                while k < len(sentences) and sentences[k].nstart < b:
                    s = sentences[k]
                    k += 1
                    if s.nend <= a or (kinds is not None and s.kind not in kinds):
                        continue
                    toks = doc.sentence_tokens(s)
                    i = bisect_left(toks, a, key=_NSTART)
                    while i < len(toks) and toks[i].nstart < b:
                        self._walk_tokens(toks, i, s, out)
                        i += 1
                m = rx.search(norm, b, run_end)

    def _find_surface(self, doc: Document, kinds, runs: list[tuple[int, int]], out: list[Match]) -> None:
        """Surface phrases: the text says where a phrase could be (its characters, not inside a
        longer word); only a sentence with such a place is tokenized, to check that the phrase
        starts and ends where words do. A phrase that starts inside a match of a regex is found
        by walking the trie from each position in it; one that starts after it, by searching on."""
        norm = doc.norm
        # (each regex holds the phrases of some first characters; their matches, in text order,
        # are walked from each position once, a position inside two of them too)
        # (sorted as one list: a reply holds a few, and heapq.merge, written in Python, cost
        # 22k instructions a reply to set up its five inputs)
        walked = 0
        spans = [m.span() for rx in self._surface_rxs for a, b in runs for m in rx.finditer(norm, a, b)]
        if self._surface_few:
            spans += _occurrences(norm, self._surface_few)
        spans.sort()
        for a, b in spans:
            for p in range(max(a, walked), b):
                for end, ends in self._text_candidates(norm, p):
                    s = doc.sentence_at(p)
                    if s is None or (kinds is not None and s.kind not in kinds):
                        continue
                    toks = doc.sentence_tokens(s)
                    i = bisect_left(toks, p, key=_NSTART)
                    if i == len(toks) or toks[i].nstart != p:
                        continue
                    j = bisect_left(toks, end, key=_NEND)
                    if j < len(toks) and toks[j].nend == end:
                        out.extend(Match(payload, s, i, j + 1) for payload in ends)
            walked = max(walked, b)

    def _text_candidates(self, norm: str, p: int):
        """(end, payloads) of the surface phrases whose text starts at p, shortest first, where
        the text allows a word edge at both ends."""
        node = self._chars.get(norm[p])
        if node is None or (p > 0 and _runs_on(norm[p - 1], norm[p])):
            return
        n = len(norm)
        q = p + 1
        while node is not None:
            ends = node.get(_END)
            if ends is not None and not (q < n and _runs_on(norm[q - 1], norm[q])):
                yield q, ends
            if q >= n:
                break
            node = node.get(norm[q])
            q += 1

    def _walk_tokens(self, tokens: list[Token], i: int, s: Sentence, out: list[Match]) -> None:
        """Token phrases that start at token i."""
        tok = tokens[i]
        if not (tok.surface in self._first_s or (tok.ctype != "*" and (
                tok.norm in self._first_f or (tok.norm, tok.cform) in self._first_i))):
            return  # most tokens start no phrase, which one set lookup tells
        frontier = [self._tokens]
        j = i
        while frontier and j < len(tokens):
            t = tokens[j]
            keys = [("s", t.surface)]
            if t.ctype != "*":
                keys.append(("i", t.norm, t.cform))
                keys.append(("f", t.norm))
            nxt = []
            for nd in frontier:
                for key in keys:
                    child = nd.get(key)
                    if child is None:
                        continue
                    ends = child.get(_END)
                    if ends is not None:
                        stop = j + 1
                        if key[0] == "f":
                            # Take the conjugation's auxiliaries along: おっしゃられ|まし|た.
                            while stop < len(tokens) and tokens[stop].pos[0] == "助動詞" \
                                    and tokens[stop].nstart == tokens[stop - 1].nend:
                                stop += 1
                        out.extend(Match(payload, s, i, stop) for payload in ends)
                    if len(child) > (ends is not None):
                        nxt.append(child)
            frontier = nxt
            j += 1


def _runs(doc: Document, kinds) -> list[tuple[int, int]]:
    """The spans of text that runs of consecutive sentences of `kinds` cover (the whole text
    when kinds is None)."""
    if kinds is None:
        return [(0, len(doc.norm))]
    runs: list[tuple[int, int]] = []
    joined = False  # (whether the sentence before is of kinds)
    for s in doc.sentences:
        if s.kind not in kinds:
            joined = False
        elif joined:
            runs[-1] = (runs[-1][0], s.nend)
        else:
            runs.append((s.nstart, s.nend))
            joined = True
    return runs


def _alternation(texts: list[str]) -> re.Pattern | None:
    """One regex for many literal texts, written as a trie (see `trie_pattern`)."""
    return compile_pattern(trie_pattern(texts)) if texts else None


# A group of this many texts or fewer is found with str.find, text by text: a regex's pass over
# a reply for its first characters costs as much as a dozen finds, and more where they are
# common (the few texts that start with hiragana: 31k instructions a reply as a regex, 13k so).
_FEW = 8


def _alternations(texts: list[str]) -> tuple[list[re.Pattern], list[str]]:
    """Regexes for many literal texts, the texts of some first characters each, and the texts of
    groups too small for a regex of their own (see _FEW). Wherever one of a trie's first
    characters stands, re tries its top alternatives one by one, all of them where none matches
    (most places): with ~340 first characters one regex cost 2.4 times what four do over the
    same text (each still skips to its own first characters). Texts that start with hiragana
    have a group of their own: a hiragana stands at most positions of a reply, and there each is
    tried against the few that start a text; the other first characters are grouped by how
    common they are (_by_rank: a common one, where re stops often, among few; katakana among
    them, where they had a group of their own)."""
    firsts = sorted({t[0] for t in texts if t})
    hiragana = [c for c in firsts if "\u3041" <= c <= "\u309f"]
    rest = [c for c in firsts if not "\u3041" <= c <= "\u309f"]
    groups = [set(hiragana)] if hiragana else []
    groups += [set(g) for g in _by_rank(rest)]
    rxs, few = [], []
    for g in groups:
        members = [t for t in texts if t and t[0] in g]
        if len(members) <= _FEW:
            few += members
        elif (rx := _alternation(members)) is not None:
            rxs.append(rx)
    return rxs, sorted(set(few))


# The sizes of the groups of first characters other than hiragana, commonest first (the last
# takes the rest): where re stops at a character of a group and no text matches there (most
# stops), it has tried each of the group's first characters in turn, and each group costs a pass
# over the reply. A few common characters to a group, more and more rarer ones after them,
# balance the two (katakana among the others by how common each is, not a group of their own:
# the phrase matcher 417k -> 408k instructions a reply; the sizes minimise stops x characters
# + passes, with the counts of 1,700 generated replies).
_GROUP_SIZES = (41, 63, 105)


def _by_rank(chars: list[str]) -> list[list[str]]:
    """`chars` in groups of _GROUP_SIZES, by their rank in COMMON_CHARS (those not in it last,
    in code point order), the last group taking the rest."""
    rank = {c: k for k, c in enumerate(COMMON_CHARS)}
    ordered = sorted(chars, key=lambda c: (rank.get(c, len(rank)), c))
    groups, k = [], 0
    for size in _GROUP_SIZES:
        groups.append(ordered[k:k + size])
        k += size
    groups.append(ordered[k:])
    return [g for g in groups if g]


def _occurrences(text: str, words: list[str]) -> list[tuple[int, int]]:
    """The spans of every occurrence of each word in `text`, in order."""
    out = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append((i, i + len(w)))
            i = text.find(w, i + 1)
    out.sort()
    return out
