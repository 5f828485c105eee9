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

import unicodedata
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
        for payload, text, mode in entries:
            text = unicodedata.normalize("NFKC", text)
            words = backend.tokenize(text) if mode != "surface" else []
            if mode == "auto":
                mode = "token" if any(w.inflects for w in words) else "surface"
            if mode == "surface":
                node = self._chars
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
        first = [k for k in self._tokens]
        self._first_s = {k[1] for k in first if k[0] == "s"}
        self._first_f = {k[1] for k in first if k[0] == "f"}
        self._first_i = {(k[1], k[2]) for k in first if k[0] == "i"}

    def find(self, norm: str, tokens: list[Token]) -> list[Match]:
        out: list[Match] = []
        chars = self._chars
        # Most tokens start no phrase: one set lookup rules them out before any walking.
        first_s, first_f, first_i = self._first_s, self._first_f, self._first_i
        end_at: dict[int, int] | None = None
        n = len(norm)
        for i, tok in enumerate(tokens):
            # Surface phrases: walk characters from this token's start.
            node = chars.get(norm[tok.nstart])
            if node is not None and not (tok.nstart > 0 and _is_wordchar(norm[tok.nstart - 1])
                                         and _is_wordchar(norm[tok.nstart])):
                if end_at is None:
                    end_at = {t.nend: j for j, t in enumerate(tokens)}
                p = tok.nstart + 1
                while node is not None:
                    ends = node.get(_END)
                    if ends is not None and p in end_at and not (
                            p < n and _is_wordchar(norm[p]) and _is_wordchar(norm[p - 1])):
                        j = end_at[p] + 1
                        out.extend(Match(payload, i, j) for payload in ends)
                    if p >= n:
                        break
                    node = node.get(norm[p])
                    p += 1
            # Token phrases: walk tokens from this one.
            if tok.surface in first_s or (tok.ctype != "*" and (tok.norm in first_f or (tok.norm, tok.cform) in first_i)):
                self._walk_tokens(tokens, i, out)
        return out

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
