"""Applying fixes: choosing which findings' fixes go in, and repeating until the text settles.

A fix replaces its finding's span [start, end) with its replacement. Fixes that overlap are
resolved in text order: the first wins, the others are dropped from this pass (the next pass
re-checks the new text and finds them again if they still apply). `fix_text` repeats lint and
apply until nothing changes or `MAX_PASSES` is reached, so running it twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:  # (finding.py imports this module)
    from .api import Linter
    from .finding import Finding, Report

# A fix can expose another (a mixed-style ending inside a ら抜き form); a few passes settle any
# reply, and the bound stops two rules that would undo each other's fix.
MAX_PASSES = 8


def wanted(f: "Finding", unsafe: bool) -> bool:
    """A finding whose fix is applied: safe ones always, unsafe ones when asked for."""
    return f.fix is not None and (unsafe or f.fix.applicability == "safe")


def choose(findings: Iterable["Finding"], unsafe: bool = False,
           accept: Callable[["Finding"], bool] | None = None) -> list["Finding"]:
    """The findings whose fixes go in together, in text order: wanted (and accepted), none
    overlapping an earlier one (the first in text order wins; ties by rule ID)."""
    chosen: list[Finding] = []
    reach = -1
    for f in sorted((f for f in findings if wanted(f, unsafe)), key=lambda f: (f.start, f.end, f.rule)):
        if f.start < reach:
            continue
        if accept is not None and not accept(f):
            continue
        chosen.append(f)
        reach = f.end
    return chosen


def apply(text: str, chosen: list["Finding"]) -> str:
    """`text` with the fixes of `chosen` (from `choose`: in order, not overlapping) applied."""
    parts, last = [], 0
    for f in chosen:
        parts.append(text[last:f.start])
        parts.append(f.fix.replacement)
        last = f.end
    parts.append(text[last:])
    return "".join(parts)


@dataclass(frozen=True)
class FixResult:
    text: str  # the fixed text
    applied: tuple["Finding", ...]  # every fix applied, pass by pass (offsets into that pass's text)
    report: "Report"  # the findings that remain in the fixed text
    refused: tuple["Finding", ...] = ()  # wanted fixes `accept` turned down (in the last pass's text)
    passes: tuple[tuple["Finding", ...], ...] = ()  # the fixes of each pass, to replay them elsewhere


def fix_text(linter: "Linter", text: str, channel: str = "email", *, unsafe: bool = False,
             mode: str = "draft", first_message: bool | None = None, max_chars: int | None = None,
             audience: str | None = None, accept: Callable[["Finding"], bool] | None = None, max_passes: int = MAX_PASSES,
             narrow: Callable[["Report"], "Report"] | None = None) -> FixResult:
    """Lint, apply the chosen fixes, lint again, until no fix applies (at most `max_passes`).
    `accept` may turn a fix down (the file's encoding cannot write it): it then stays a finding.
    `narrow` takes the findings the caller does not report out of each pass (suppressions)."""
    passes: list[tuple[Finding, ...]] = []

    def lint(text: str) -> "Report":
        report = linter.lint(text, channel, mode=mode, first_message=first_message, max_chars=max_chars,
                             audience=audience)
        return narrow(report) if narrow is not None else report

    report = lint(text)
    for _ in range(max_passes):
        chosen = choose(report.findings, unsafe, accept)
        if not chosen:
            break
        passes.append(tuple(chosen))
        text = apply(text, chosen)
        report = lint(text)
    refused = () if accept is None else tuple(f for f in report.findings if wanted(f, unsafe) and not accept(f))
    return FixResult(text, tuple(f for p in passes for f in p), report, refused, tuple(passes))


def replay(text: str, linted: str, passes: tuple[tuple["Finding", ...], ...]) -> str | None:
    """The fixes of `passes`, found in `linted`, applied to `text`: the same text but for parts a
    reader blanked out at the same length (front matter, suppression comments). None when a
    fixed span does not read the same in both."""
    if len(text) != len(linted):
        return None
    for chosen in passes:
        if any(text[f.start:f.end] != linted[f.start:f.end] for f in chosen):
            return None
        text, linted = apply(text, list(chosen)), apply(linted, list(chosen))
    return text
