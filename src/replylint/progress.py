"""A progress bar on stderr for long runs (click's own), shown only where a person watches it.

The total grows as inputs are read: each input counts as one reply until its results show how
many replies it holds (a macro library: thousands). The bar appears once the run is known to
hold PROGRESS_FROM replies or more, so a few drafts never flash one.
"""

from __future__ import annotations

from typing import TextIO

import click

PROGRESS_FROM = 50


class Progress:
    def __init__(self, inputs: int, out: TextIO, enabled: bool) -> None:
        self._enabled = enabled
        self._out = out
        self._total = inputs
        self._done = 0
        self._last_path: str | None = None
        self._bar = None

    def advance(self, path: str, replies: int) -> None:
        """One reply checked (or one input that failed); `replies`: how many its input holds."""
        if not self._enabled:
            return
        if path != self._last_path:
            self._last_path = path
            self._total += replies - 1
        self._done += 1
        if self._bar is None and self._total >= PROGRESS_FROM:
            self._bar = click.progressbar(length=self._total, file=self._out, label="返信を確認中",
                                          show_pos=True, show_percent=True, width=30)
            self._bar.__enter__()
            self._bar.update(self._done)
        elif self._bar is not None:
            self._bar.length = self._total
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None
