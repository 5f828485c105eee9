"""A normalized (NFKC) view of a text whose offsets map back to the original.

Matching happens on the normalized view so that ｶﾞｲﾄﾞ, ＧＵＩＤＥ and ㍿ read as ガイド, GUIDE and
株式会社; every finding is still reported at code-point offsets into the original text.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from .regexes import compile as compile_pattern

# Characters NFKC leaves alone and that never combine with a following mark: most of any
# Japanese text. Everything else is normalized a small cluster at a time.
_STABLE = (r"\u0020-\u007e\n\r\t\u3041-\u3094\u30a1-\u30f4\u30fb\u30fc\u4e00-\u9fff\u3001-\u301f"
           # dashes, ※, arrows, box drawing (a signature's ━━━ and ――― lines), shapes (■ ○ ◆)
           r"\u2010\u2012-\u2016\u2018-\u2023\u203b\u2190-\u21ff\u2500-\u25ff\u2600-\u26ff")
# (the class, then its repeat: re scans for a class a pattern starts with, but tries a pattern that
# starts with a repeat at every character; 13 -> 3 ms over the 2,000 generated replies)
_UNSTABLE = compile_pattern(f"[^{_STABLE}][^{_STABLE}]*")


# A lone surrogate is no character: the view holds U+FFFD in its place (one for one), so the
# tokenizers, which encode their input as UTF-8, can read every view.
_SURROGATE = compile_pattern("[\ud800-\udfff]")


def has_lone_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate (U+D800-U+DFFF), the one code point UTF-8 cannot
    encode: encoding finds it in a third of the time of a regex scan, which tests a character
    class at every character (each reply was scanned three times: read, viewed, reported)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# Spellings of one word read as one, where both have the same length (so every offset still maps
# one for one): 御座います / 御座いません are ございます / ございません, as the grammars spell them
# (でございます, ありがとうございます, おはようございます). (御座 before い only: 御座敷 is another word.)
def _one_spelling(text: str) -> str:
    return text.replace("御座い", "ござい") if "御座い" in text else text


class NormalizedText:
    """`text` is the NFKC form of `original`; `start_in_original`/`end_in_original` map offsets."""

    __slots__ = ("original", "text", "_nstarts", "_clusters")

    def __init__(self, original: str) -> None:
        self.original = original
        # Clusters whose length changed: (norm_start, norm_end, orig_start, orig_end).
        self._clusters: list[tuple[int, int, int, int]] = []
        if has_lone_surrogate(original):
            original = _SURROGATE.sub("\ufffd", original)
        if unicodedata.is_normalized("NFKC", original):
            self.text = _one_spelling(original)
            self._nstarts: list[int] = []
            return
        parts: list[str] = []
        last = 0
        shift = 0  # len(normalized so far) - len(original so far)
        for m in _UNSTABLE.finditer(original):
            a, b = m.span()
            run = _runs.get(m.group())
            if run is None:
                run = _normalized_run(m.group())
            normalized, changed, leads_with_mark = run
            # A combining mark (U+3099, U+FF9E ...) belongs to the character before it.
            if leads_with_mark and a > last:
                a -= 1
                normalized, changed, _ = _normalized_run(original[a:b])
            parts.append(original[last:a])
            parts.append(normalized)
            for ra, rb, length in changed:
                ca = a + ra
                self._clusters.append((ca + shift, ca + shift + length, ca, a + rb))
                shift += length - (rb - ra)
            last = b
        parts.append(original[last:])
        self.text = _one_spelling("".join(parts))
        self._nstarts = [c[0] for c in self._clusters]

    @property
    def identity(self) -> bool:
        """True when every offset is the same in both texts (no character changed length)."""
        return not self._clusters

    def start_in_original(self, i: int) -> int:
        """Original offset of the character at normalized offset `i` (a start offset)."""
        k = bisect_right(self._nstarts, i) - 1
        if k < 0:
            return i
        n0, n1, o0, o1 = self._clusters[k]
        return o0 if i < n1 else o1 + (i - n1)

    def end_in_original(self, i: int) -> int:
        """Original offset for the exclusive end offset `i` in the normalized text."""
        k = bisect_right(self._nstarts, i - 1) - 1
        if k < 0:
            return i
        n0, n1, o0, o1 = self._clusters[k]
        return o1 if i <= n1 else o1 + (i - n1)


# Most runs of characters NFKC may change are one full-width punctuation mark or digit, the same
# few in every reply: each is worked out once. Only single characters are kept: a longer run
# (a phone number in full-width digits, a name in half-width kana) is the customer's text, which
# the process never keeps.
_runs: dict[str, tuple[str, tuple[tuple[int, int, int], ...], bool]] = {}
_MAX_RUNS = 20_000  # (the table starts again past this many characters)


def _normalized_run(run: str) -> tuple[str, tuple[tuple[int, int, int], ...], bool]:
    """A run's normalized text; (start, end, normalized length) in the run of each cluster whose
    length NFKC changes; and whether the run opens with a combining mark (which belongs to the
    character before the run)."""
    pieces = []
    changed = []
    for ca, cb in _clusters(run, 0, len(run)):
        piece = unicodedata.normalize("NFKC", run[ca:cb])
        pieces.append(piece)
        if len(piece) != cb - ca:
            changed.append((ca, cb, len(piece)))
    found = ("".join(pieces), tuple(changed),
             bool(unicodedata.combining(unicodedata.normalize("NFKC", run[0])[:1] or " ")))
    if len(run) == 1:
        if len(_runs) >= _MAX_RUNS:
            _runs.clear()
        _runs[run] = found
    return found


def _clusters(text: str, a: int, b: int):
    """Split text[a:b] into base character + following combining marks."""
    start = a
    for i in range(a + 1, b):
        ch = text[i]
        if not unicodedata.combining(ch) and ch not in "\uff9e\uff9f":
            yield start, i
            start = i
    yield start, b
