"""Near-duplicate macros: clusters of replies whose text is nearly the same.

Each reply is reduced to its `shingles.comparable` text and that text's shingles. Identical
texts are grouped at once; the others go through MinHash + LSH (datasketch), which proposes
pairs that are likely similar without comparing every pair, and each proposed pair is confirmed
by the exact Jaccard similarity of the two shingle sets. Confirmed pairs join clusters (single
linkage). Time and memory grow with the number of replies, not with its square.

datasketch (and numpy) are imported here only: `replylint dupes` is the only door in.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable

from . import shingles as sh

# Chosen by measurement on a generated library with planted near-copies (bench/dupes.py,
# figures in bench/RESULTS.md): F1 of the planted pairs is highest at 0.60-0.65 (within 0.002
# of each other); 0.65 reports a quarter of 0.60's pairs that were not planted. Below 0.6 the
# pairs not planted grow fast, and so does the time (more pairs are proposed).
DEFAULT_THRESHOLD = 0.65
# LSH proposes pairs from a lower similarity than the threshold, weighing a missed pair four
# times a needless proposal (the exact Jaccard then decides), so that pairs just above the
# threshold whose MinHash estimate falls a little short are still proposed: at 0.7 the index
# has 25 bands of 5 and proposes a pair of similarity 0.7 with probability 0.99, one of 0.75
# with 0.999, one of 0.3 with 0.06 (at 0.65: 30 bands of 4; 0.997 at 0.65, 0.22 at 0.3).
LSH_MARGIN = 0.15
LSH_WEIGHTS = (0.2, 0.8)  # (false positives, false negatives)
# A proposed pair goes on to the exact comparison only when its sketches estimate a similarity
# of at least the threshold less this: 3.4 standard errors of the estimate (at 0.5, its widest),
# so a pair at the threshold is dropped here about once in 3,000. In a library whose macros
# share stock sentences most proposals are pairs near 0.5: this spares their exact comparison.
ESTIMATE_MARGIN = 0.15


@dataclass(frozen=True)
class Entry:
    """One reply of a library: where it is (the file, and the reader's locator inside it)."""

    path: str
    locator: str | None


@dataclass(frozen=True)
class Member:
    entry: Entry
    similarity: float  # exact Jaccard with the cluster's first member (1.0 for the first)


@dataclass(frozen=True)
class Cluster:
    members: tuple[Member, ...]  # in input order
    similarity: float  # the lowest similarity among the confirmed pairs that make the cluster


@dataclass(frozen=True)
class Result:
    clusters: tuple[Cluster, ...]
    compared: int  # replies with text to compare
    skipped: int  # replies with nothing left to compare (only a placeholder or a signature)
    threshold: float


def threshold_problem(value) -> str | None:
    """What is wrong with a similarity threshold, or None: it is a number in (0, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
        return f"must be a number above 0 and at most 1, not {value!r}"
    return None


class _Sets:
    """Union-find over reply indexes."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(i, i) != root:  # path compression
            parent[i], i = root, parent[i]
        return root

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def find_clusters(replies: Iterable[tuple[Entry, str]], threshold: float = DEFAULT_THRESHOLD) -> Result:
    """Clusters of `replies` ((entry, text) pairs, in input order) whose texts are at least
    `threshold` similar (Jaccard of their shingles). Texts are not kept, only their shingles."""
    from datasketch import MinHashLSH

    problem = threshold_problem(threshold)
    if problem:
        raise ValueError(f"threshold {problem}")
    threshold = float(threshold)
    entries: list[Entry] = []
    sets = []
    first_of: dict[bytes, int] = {}  # the digest of a comparable text -> its first reply
    links = _Sets()
    edges: list[tuple[int, int, float]] = []
    import numpy as np

    sketch = sh.Sketcher()
    lsh = MinHashLSH(threshold=max(0.05, threshold - LSH_MARGIN), num_perm=sketch.num_perm, weights=LSH_WEIGHTS)
    signatures = np.empty((1024, sketch.num_perm), dtype=np.uint32)  # row i: reply i's sketch
    skipped = 0
    for entry, text in replies:
        key = sh.comparable(text)
        if not key.strip(sh.PLACEHOLDER):  # nothing but placeholders: nothing of its own to compare
            skipped += 1
            continue
        i = len(entries)
        entries.append(entry)
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
        same = first_of.get(digest)
        if same is not None:  # the same text: no sketch needed
            sets.append(sets[same])
            links.union(same, i)
            edges.append((same, i, 1.0))
            continue
        first_of[digest] = i
        shingled = sh.shingles(key)
        sets.append(shingled)
        m = sketch(shingled)
        if i >= len(signatures):
            signatures = np.concatenate([signatures, np.empty_like(signatures)])
        signatures[i] = m.hashvalues
        proposed = np.fromiter(lsh.query(m), dtype=np.int64)
        if len(proposed):
            estimate = (signatures[proposed] == m.hashvalues).mean(axis=1)
            proposed = proposed[estimate >= threshold - ESTIMATE_MARGIN]
        for j in proposed.tolist():
            similarity = sh.jaccard(sets[j], shingled)
            if similarity >= threshold:
                links.union(j, i)
                edges.append((j, i, similarity))
        lsh.insert(i, m, check_duplication=False)
    return Result(_clusters(entries, sets, links, edges), len(entries), skipped, threshold)


def _clusters(entries, sets, links: _Sets, edges) -> tuple[Cluster, ...]:
    groups: dict[int, list[int]] = {}
    lowest: dict[int, float] = {}
    for i, j, similarity in edges:
        root = links.find(i)
        lowest[root] = min(similarity, lowest.get(root, 1.0))
    for i in sorted({k for e in edges for k in e[:2]}):
        groups.setdefault(links.find(i), []).append(i)
    out = []
    for root in sorted(groups):
        members = groups[root]
        first = sets[members[0]]
        out.append(Cluster(tuple(Member(entries[k], 1.0 if k == members[0] else round(sh.jaccard(first, sets[k]), 4))
                                 for k in members), round(lowest[root], 4)))
    return tuple(out)


def read_replies(paths: list[str], errors: list[tuple[str, str]], *, max_bytes: int | None = None,
                 encoding: str | None = None):
    """(Entry, text) for every reply of every file under `paths` (folders expanded as `check`
    expands them), in order. A file that cannot be read is appended to `errors` as (path,
    message) and the others are still read."""
    from .readers import InputError, read_path
    from .runner import expand

    for path in expand(paths):
        try:
            replies = read_path(path, max_bytes, encoding)
        except InputError as exc:
            errors.append((path, str(exc)))
            continue
        for r in replies:
            yield Entry(r.path, r.locator), r.text
