"""What two macros have in common: their text reduced to what a reader compares, and its shingles.

Both `replylint dupes` (near-duplicate macros) and `template/verbatim-copy` (a draft that is a
macro sent almost unchanged) compare replies through `comparable`:

- NFKC, so that full-width ＡＢＣ１２３ and half-width ｶﾀｶﾅ read as ABC123 and カタカナ; lower case;
- quoted history and the signature block are left out (a shared signature would make every
  macro of a team look alike; a quoted inquiry is not the writer's text);
- every placeholder ({{ticket.requester.name}}, {name}, [お客様名], ○○ …, as template/placeholder
  knows them) becomes the one character PLACEHOLDER, so that {{ticket.requester.name}} and
  {{ticket.requester.first_name}} are the same slot;
- whitespace, line breaks and the punctuation that template/repeated-sentence ignores are
  dropped: Japanese has no spaces between words, and re-wrapping a macro changes nothing.

Shingles are the overlapping runs of SHINGLE characters of that text, hashed (numpy, one pass
per text); a `Sketcher` turns them into MinHash sketches (datasketch) for LSH. numpy and
datasketch are imported only where macros are compared, never on the lint path of a draft
checked without templates.
"""

from __future__ import annotations

import re

from . import segments as seg
from .checks.template import PLACEHOLDER_PATTERN, ignorable_key
from .textview import NormalizedText

PLACEHOLDER = "\ue000"  # a private-use character: never in a reply's own text after NFKC
NUM_PERM = 128  # MinHash permutations: an estimated similarity is off by 0.044 at most (one standard error)
SHINGLE = 5  # characters per shingle: short enough for one changed word to touch few of them
# template/placeholder's pattern behind a gate of the characters its slots start with: the
# regex engine then skips to them (twelve times quicker on a library, the same matches).
_SLOTS = re.compile("(?=[{$<%\\[【○〇◯●×△□Xx*こ※要])(?:" + PLACEHOLDER_PATTERN.pattern + ")")


def comparable(text: str) -> str:
    """`text` as replies are compared (see the module's docs)."""
    lines = NormalizedText(text).text.split("\n")
    quoted = seg.quoted_lines(lines)
    live = [i for i, q in enumerate(quoted) if not q]
    cut = seg.signature_start(lines, live)
    kept = [lines[i] for i in live if cut is None or i < cut]
    body = _SLOTS.sub(PLACEHOLDER, "\n".join(kept))
    return ignorable_key(body).lower()


def shingles(key: str):
    """The distinct 32-bit hashes of the SHINGLE-character runs of `key` (a `comparable` text),
    sorted (numpy uint32: half the memory of 64 bits, and two macros' few hundred shingles
    collide once in millions of pairs). A text shorter than a shingle is one shingle; an empty
    one has none."""
    import numpy as np

    codes = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - SHINGLE + 1
    if n <= 0:
        n, width = (1, len(codes)) if len(codes) else (0, 0)
    else:
        width = SHINGLE
    if n == 0:
        return np.empty(0, dtype=np.uint32)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        for j in range(width):
            h = h * np.uint64(0x100000001B3) + codes[j:j + n] + np.uint64(1)
        # (a final mix, so that runs differing in their last character differ in the high bits too)
        h ^= h >> np.uint64(29)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(32)
    return np.unique((h >> np.uint64(32)).astype(np.uint32))


def jaccard(a, b) -> float:
    """|a ∩ b| / |a ∪ b| of two `shingles` arrays."""
    import numpy as np

    if not len(a) and not len(b):
        return 1.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


class Sketcher:
    """Turns `shingles.shingles` arrays into MinHash sketches that share one set of permutations
    (making each sketch's own would cost more than hashing a macro)."""

    num_perm = NUM_PERM

    def __init__(self) -> None:
        from datasketch import MinHash

        self._minhash = MinHash
        self._first = MinHash(num_perm=NUM_PERM, hashfunc=int)

    def __call__(self, shingled):
        m = self._minhash(num_perm=NUM_PERM, hashfunc=int, permutations=self._first.permutations,
                          scheme=self._first.scheme)
        m.update_batch(shingled.tolist())  # 32-bit inputs, as the default (affine32) scheme wants
        return m
