"""Reporters write results as they come, one file at a time, so memory stays flat."""

from __future__ import annotations

from typing import Protocol, TextIO

from ..finding import Report

FORMATS = ("text", "json")


class Reporter(Protocol):
    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None) -> None: ...

    def finish(self) -> None: ...


def make_reporter(fmt: str, out: TextIO, color: bool) -> Reporter:
    if fmt == "json":
        from .json import JsonReporter

        return JsonReporter(out)
    from .text import TextReporter

    return TextReporter(out, color)
