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
            raw = backend.tokenize(text) if mode != "surface" else []
            if mode == "auto":
                mode = "token" if any(r[5] != "*" for r in raw) else "surface"
            if mode == "surface":
                node = self._chars
                for ch in text:
                    node = node.setdefault(ch, {})
            else:
                node = self._tokens
                last = len(raw) - 1
                for k, (surface, _lemma, norm, _reading, _pos, ctype, cform, _a, _b) in enumerate(raw):
                    if ctype == "*":
                        key = ("s", surface)
                    elif k == last:
                        key = ("f", norm)
                    else:
                        key = ("i", norm, cform)
                    node = node.setdefault(key, {})
            node.setdefault(_END, []).append(payload)

    def find(self, norm: str, tokens: list[Token]) -> list[Match]:
        out: list[Match] = []
        if not tokens:
            return out
        end_at = {t.nend: j for j, t in enumerate(tokens)}
        chars, toks = self._chars, self._tokens
        n = len(norm)
        for i, tok in enumerate(tokens):
            # Surface phrases: walk characters from this token's start.
            node = chars.get(norm[tok.nstart])
            p = tok.nstart + 1
            if node is not None and not (tok.nstart > 0 and _is_wordchar(norm[tok.nstart - 1])
                                         and _is_wordchar(norm[tok.nstart])):
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
            frontier = [toks]
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
        return out
