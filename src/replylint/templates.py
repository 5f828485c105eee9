"""A library of macros that drafts are compared with (template/verbatim-copy).

`TemplateLibrary` keeps, for each macro, its `shingles.comparable` text and where its
placeholders sit, and a MinHash LSH index of their shingles (datasketch), so that finding the
macros a draft may be copied from costs the same for ten macros or fifty thousand.

`compare` says how much of a draft is its writer's own: the draft's characters that no run of
SHINGLE characters of the macro covers. A run that stands exactly where the macro has a
placeholder, and is short, is the placeholder filled in (片岡 優子 for {{ticket.requester.name}}):
it is not counted as the writer's own, since filling in a name does not make a reply personal.
The count is close, not exact: the last few characters of a change (at most SHINGLE - 1) count
as the macro's when, with the macro text after them, they happen to form one of its runs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from . import shingles as sh

# The most characters a filled-in placeholder may take (a name, a number, a date); a longer
# run where the placeholder was is the writer's own text.
MAX_FILL = 30
# LSH proposes the macros a draft shares about this much with or more (Jaccard of shingles),
# weighing a missed macro four times a needless proposal. A draft that keeps min_used (0.6) of a
# macro and adds min_changed (0.1) of its own shares about 0.55 with it; one with only a name
# filled in, 0.9 and more.
CANDIDATE_SIMILARITY = 0.5
CANDIDATE_WEIGHTS = (0.2, 0.8)
# The most proposed macros measured exactly for one draft: those whose sketches are nearest.
MAX_CANDIDATES = 20


class LibraryError(ValueError):
    """A template library that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class Copy:
    """How a draft relates to the macro it is closest to."""

    path: str
    locator: str | None
    changed: float  # the share of the draft (names filled in left out) that is not the macro's
    changed_chars: int  # those characters, in the compared text (no spaces or punctuation)
    used: float  # the share of the macro's text that the draft keeps

    @property
    def name(self) -> str:
        if not self.path:  # a macro given as text (TemplateLibrary.from_texts)
            return self.locator or ""
        return f"{self.locator}（{self.path}）" if self.locator else self.path


@dataclass(frozen=True)
class _Macro:
    path: str
    locator: str | None
    key: str
    slots: frozenset[tuple[str, str]]  # (text before, text after) each run of placeholders


def _slots(key: str) -> frozenset[tuple[str, str]]:
    k, out, p = sh.SHINGLE, set(), key.find(sh.PLACEHOLDER)
    while p >= 0:
        q = p
        while q < len(key) and key[q] == sh.PLACEHOLDER:
            q += 1
        out.add((key[max(0, p - k):p], key[q:q + k]))
        p = key.find(sh.PLACEHOLDER, q)
    return frozenset(out)


def _covered(text: str, grams: set[str], matched: set[str] | None = None) -> list[tuple[int, int]]:
    """The runs of `text` that some SHINGLE-character run in `grams` covers, in order; the runs
    of `grams` found are added to `matched` when it is given."""
    k, runs = sh.SHINGLE, []
    if len(text) < k:
        found = bool(text) and text in grams
        if found and matched is not None:
            matched.add(text)
        return [(0, len(text))] if found else []
    for i in range(len(text) - k + 1):
        gram = text[i:i + k]
        if gram in grams:
            if matched is not None:
                matched.add(gram)
            if runs and runs[-1][1] >= i:
                runs[-1] = (runs[-1][0], i + k)
            else:
                runs.append((i, i + k))
    return runs


def _grams(text: str) -> set[str]:
    k = sh.SHINGLE
    return {text[i:i + k] for i in range(len(text) - k + 1)} if len(text) >= k else {text}


def compare(macro: _Macro, draft: str) -> Copy:
    """How much of `draft` (a comparable text) is not `macro`'s text, names filled in aside.
    Linear in the two lengths; only the macro's runs are ever held in a set."""
    k = sh.SHINGLE
    shared: set[str] = set()  # the macro's runs that the draft has
    runs = _covered(draft, _grams(macro.key), shared)
    own = filled = 0
    edges = [(0, 0), *runs, (len(draft), len(draft))]
    for (_, a), (b, _) in zip(edges, edges[1:]):  # the gaps between covered runs
        if b <= a:
            continue
        if b - a <= MAX_FILL and (draft[max(0, a - k):a], draft[b:b + k]) in macro.slots:
            filled += b - a
        else:
            own += b - a
    compared = len(draft) - filled
    macro_text = len(macro.key) - macro.key.count(sh.PLACEHOLDER)
    kept = sum(b - a - macro.key.count(sh.PLACEHOLDER, a, b) for a, b in _covered(macro.key, shared))
    return Copy(macro.path, macro.locator, own / compared if compared else 1.0, own,
                kept / macro_text if macro_text else 0.0)


class TemplateLibrary:
    """Macros to compare drafts with. Build once (`from_paths`, `from_texts`); thread-safe to read."""

    def __init__(self, macros: Iterable[tuple[str, str | None, str]]) -> None:
        """`macros`: (path, locator, text) of each macro."""
        import numpy as np
        from datasketch import MinHashLSH

        self._sketch = sh.Sketcher()
        self._macros: list[_Macro] = []
        self._index = MinHashLSH(threshold=CANDIDATE_SIMILARITY, num_perm=self._sketch.num_perm,
                                 weights=CANDIDATE_WEIGHTS)
        signatures = []
        for path, locator, text in macros:
            key = sh.comparable(text)
            if len(key.replace(sh.PLACEHOLDER, "")) < sh.SHINGLE:
                continue  # nothing a draft could be said to copy
            sketch = self._sketch(sh.shingles(key))
            self._index.insert(len(self._macros), sketch, check_duplication=False)
            signatures.append(sketch.hashvalues)
            self._macros.append(_Macro(path, locator, key, _slots(key)))
        # every sketch, one row per macro: to rank the macros LSH proposes
        self._signatures = np.vstack(signatures) if signatures else np.empty((0, self._sketch.num_perm))

    def __len__(self) -> int:
        return len(self._macros)

    @classmethod
    def from_texts(cls, texts: Mapping[str, str] | Iterable[str]) -> "TemplateLibrary":
        """Macros given as text: a mapping name -> text, or texts (named 1, 2, …)."""
        items = texts.items() if isinstance(texts, Mapping) else ((str(n), t) for n, t in enumerate(texts, 1))
        return cls(("", name, text) for name, text in items)

    @classmethod
    def from_paths(cls, paths: Iterable[str]) -> "TemplateLibrary":
        """Macros read from files and folders as `replylint check` reads them (a library file
        gives one macro per entry). A file that cannot be read is a LibraryError."""
        from .dupes import read_replies

        errors: list[tuple[str, str]] = []
        paths = [str(p) for p in paths]
        for p in paths:
            if not Path(p).exists():
                raise LibraryError(f"{p}: no such template library")
        library = cls((e.path, e.locator, text) for e, text in read_replies(paths, errors))
        if errors:
            raise LibraryError(errors[0][1])
        return library

    def closest(self, draft_text: str, min_used: float = 0.0) -> Copy | None:
        """The macro that `draft_text` changes least, among those it keeps at least `min_used`
        of; None when no macro is near it."""
        draft = sh.comparable(draft_text)
        if len(draft) < sh.SHINGLE or not self._macros:
            return None
        sketch = self._sketch(sh.shingles(draft))
        proposed = sorted(self._index.query(sketch))
        if len(proposed) > MAX_CANDIDATES:  # the nearest by their sketches (estimated Jaccard)
            estimate = (self._signatures[proposed] == sketch.hashvalues).mean(axis=1)
            proposed = [proposed[k] for k in estimate.argsort(kind="stable")[::-1][:MAX_CANDIDATES]]
        best = None
        for k in proposed:
            copy = compare(self._macros[k], draft)
            if copy.used < min_used:
                continue
            if best is None or (copy.changed, -copy.used) < (best.changed, -best.used):
                best = copy
        return best


_lock = threading.Lock()
_loaded: dict[tuple[str, ...], TemplateLibrary] = {}


def load(paths: Iterable[str]) -> TemplateLibrary:
    """The library of these files, read once per process."""
    key = tuple(paths)
    library = _loaded.get(key)
    if library is None:
        with _lock:
            library = _loaded.get(key)
            if library is None:
                library = _loaded[key] = TemplateLibrary.from_paths(key)
    return library
