"""Reporters write results as they come, one file at a time, so memory stays flat.

Each format is its own module, imported only when chosen: text and json (the contract in the
design guide), and for CI sarif, github, junit and gitlab.
"""

from __future__ import annotations

from typing import Callable, Iterable, Protocol, TextIO

from ..finding import Report
from ..rulespec import RuleSpec

FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab")


class Reporter(Protocol):
    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None, suppressed: tuple = (),
             source_map=None) -> None:
        """One reply's results. `suppressed`: (finding, kind) pairs a suppression removed, kind
        "inSource" (a comment in the file) or "external" (the config), for --show-suppressed.
        `source_map` (readers.sourcemap.SourceMap): where the checked text stands in the file
        when it is not the file's own text (an .html draft's shown text); None otherwise."""

    def finish(self) -> None: ...


def make_reporter(fmt: str, out: TextIO, color: bool, *, quiet: bool = False,
                  rules: Callable[[], Iterable[RuleSpec]] = tuple,
                  extra_rules: dict[str, str] | None = None) -> Reporter:
    """`rules`: the rule specs, called at the end by formats that describe the rules (SARIF);
    `extra_rules`: summaries of rules no pack holds (findings the command line adds)."""
    if fmt == "json":
        from .json import JsonReporter

        return JsonReporter(out)
    if fmt == "sarif":
        from .sarif import SarifReporter

        return SarifReporter(out, rules, extra_rules)
    if fmt == "github":
        from .github import GithubReporter

        return GithubReporter(out)
    if fmt == "junit":
        from .junit import JunitReporter

        return JunitReporter(out)
    if fmt == "gitlab":
        from .gitlab import GitlabReporter

        return GitlabReporter(out)
    from .text import TextReporter

    return TextReporter(out, color, quiet=quiet)
