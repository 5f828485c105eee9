"""One matcher for every phrase of every data rule, compiled once, walked once per reply.

A phrase is natural text. It is found in one of two ways, chosen per phrase:

- surface: the phrase's characters, in the normalized view, starting at a token start and
  ending at a token end. Good for fixed words; immune to how a tokenizer splits unknown
  katakana (unidic-lite reads レイテンシ as レイ+テンシ, Sudachi as one word).
- token: the phrase is tokenized with the same backend and matched token by token, so its
  last word may be conjugated: おっしゃられる finds おっしゃられました. Earlier inflecting
  words keep their form (matched by lexeme + conjugation form, so 下さい = ください), other
  words match by surface.

`auto` (the default) picks token when the phrase contains an inflecting word.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from typing import Any, NamedTuple

from .tokenize import Backend, Token

_END = object()  # key under which a trie node keeps what ends there


class Match(NamedTuple):
    payload: Any
    tok_start: int  # tokens[tok_start:tok_end] are covered
    tok_end: int


def _is_wordchar(ch: str) -> bool:
    """Characters that run on into a longer word when a match stops next to them."""
    return ("\u30a1" <= ch <= "\u30fa") or ch == "ー" or ch.isascii() and ch.isalnum()


class PhraseMatcher:
    def __init__(self, entries: list[tuple[Any, str, str]], backend: Backend) -> None:
        """`entries`: (payload, phrase text, match mode)."""
        self._chars: dict = {}
        self._tokens: dict = {}
        surface_texts: list[str] = []
        for payload, text, mode in entries:
            text = unicodedata.normalize("NFKC", text)
            words = backend.tokenize(text) if mode != "surface" else []
            if mode == "auto":
                mode = "token" if any(w.inflects for w in words) else "surface"
            if mode == "surface":
                node = self._chars
                surface_texts.append(text)
                for ch in text:
                    node = node.setdefault(ch, {})
            else:
                node = self._tokens
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
        # Every surface phrase as one regex: a reply is searched in C, and the trie is walked
        # only where some phrase's text occurs (see find; longest first gives fewer regions).
        self._surface_rx = re.compile("|".join(
            re.escape(t) for t in sorted(set(surface_texts), key=len, reverse=True))) if surface_texts else None
        first = [k for k in self._tokens]
        self._first_s = {k[1] for k in first if k[0] == "s"}
        self._first_f = {k[1] for k in first if k[0] == "f"}
        self._first_i = {(k[1], k[2]) for k in first if k[0] == "i"}

    def find(self, norm: str, tokens: list[Token], nstarts: list[int] | None = None) -> list[Match]:
        """Every phrase at every token start. `nstarts`: the tokens' normalized start offsets."""
        out: list[Match] = []
        rx = self._surface_rx
        if rx is not None and tokens:
            if nstarts is None:
                nstarts = [t.nstart for t in tokens]
            # A phrase that starts inside a match of rx is found by walking the trie from each
            # token start in that match; one that starts after it, by searching on from its end.
            m = rx.search(norm)
            while m is not None:
                a, b = m.span()
                i = bisect_left(nstarts, a)
                while i < len(tokens) and tokens[i].nstart < b:
                    self._walk_chars(norm, tokens, i, out)
                    i += 1
                m = rx.search(norm, b)
        # Token phrases: most tokens start none, which one set lookup tells.
        if self._tokens:
            first_s, first_f, first_i = self._first_s, self._first_f, self._first_i
            for i, tok in enumerate(tokens):
                if tok.surface in first_s or (tok.ctype != "*" and (tok.norm in first_f or (tok.norm, tok.cform) in first_i)):
                    self._walk_tokens(tokens, i, out)
        out.sort(key=lambda m: m.tok_start)  # in token order, as one walk over the tokens gives
        return out

    def _walk_chars(self, norm: str, tokens: list[Token], i: int, out: list[Match]) -> None:
        """Surface phrases that start at token i and end at a token end."""
        tok = tokens[i]
        n = len(norm)
        node = self._chars.get(norm[tok.nstart])
        if node is None or (tok.nstart > 0 and _is_wordchar(norm[tok.nstart - 1]) and _is_wordchar(norm[tok.nstart])):
            return
        p = tok.nstart + 1
        j = i  # the token that ends at or after p
        while node is not None:
            ends = node.get(_END)
            if ends is not None and not (p < n and _is_wordchar(norm[p]) and _is_wordchar(norm[p - 1])):
                while j < len(tokens) and tokens[j].nend < p:
                    j += 1
                if j < len(tokens) and tokens[j].nend == p:
                    out.extend(Match(payload, i, j + 1) for payload in ends)
            if p >= n:
                break
            node = node.get(norm[p])
            p += 1

    def _walk_tokens(self, tokens: list[Token], i: int, out: list[Match]) -> None:
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
                        out.extend(Match(payload, i, stop) for payload in ends)
                    if len(child) > (ends is not None):
                        nxt.append(child)
            frontier = nxt
            j += 1
