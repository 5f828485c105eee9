"""A Report as the service answers it: the CLI's finding objects, plus UTF-16 offsets.

Browser JavaScript indexes strings in UTF-16 code units: a character outside the Basic
Multilingual Plane (an emoji, a rare kanji such as 𠮷) is one code point but two units.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..finding import Report
from ..rulespec import RuleSpec

if TYPE_CHECKING:
    from ..api import Linter
    from .payload import LintRequest

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_offsets(text: str):
    """A function from a code-point offset into `text` to the UTF-16 offset of the same place."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect_left(astral, i)  # each astral character before i adds one unit


def _named(rule: str, names) -> bool:
    return any(n == rule or n == rule.split("/", 1)[0] or n == "ALL" for n in names)


def selected(rule: str, select, ignore) -> bool:
    """Whether a request's select / ignore keep this rule's findings."""
    return (select is None or _named(rule, select)) and not _named(rule, ignore)


def narrow(report: Report, select, ignore) -> Report:
    """The report with only the findings a request asked for. Rules are independent of each
    other, so this equals running just those rules (a test compares the two)."""
    if select is None and not ignore:
        return report
    kept = tuple(f for f in report.findings if selected(f.rule, select, ignore))
    return Report(report.text, report.channel, kept, report.block_on)


def lint_request(linter: "Linter", req: "LintRequest") -> dict:
    """One checked request as the service (and the MCP server) answers it."""
    report = linter.lint(req.text, req.channel, mode=req.mode, first_message=req.first_message,
                         audience=req.audience)
    return lint_result(narrow(report, req.select, req.ignore))


def fix_request(linter: "Linter", req: "LintRequest", unsafe: bool) -> dict:
    """A /v1/fix request: the fixes of the selected rules applied until nothing changes (as
    `replylint.fix`), and what remains in the fixed text."""
    from ..fixes import fix_text

    result = fix_text(linter, req.text, req.channel, unsafe=unsafe, mode=req.mode, first_message=req.first_message,
                      audience=req.audience,
                      accept=lambda f: selected(f.rule, req.select, req.ignore))
    out = lint_result(narrow(result.report, req.select, req.ignore))
    out["text"] = result.text
    out["applied"] = [{"rule": f.rule, "message": f.message, **f.fix.to_dict()} for f in result.applied]
    return out


def lint_result(report: Report) -> dict:
    to16 = utf16_offsets(report.text)
    findings = []
    for f in report.findings:
        d = f.to_dict()
        d["start_utf16"], d["end_utf16"] = to16(f.start), to16(f.end)
        findings.append(d)
    return {"findings": findings, "score": report.score, "blocking": report.blocking}


def rule_summary(spec: RuleSpec) -> dict:
    """As `replylint rules` lists it."""
    return {"id": spec.id, "category": spec.category, "severity": spec.severity,
            "channel_severity": dict(spec.channel_severity), "summary": spec.summary, "channels": list(spec.channels)}


def rule_docs(spec: RuleSpec) -> dict:
    """As `replylint rule ID` prints it."""
    d = spec.docs
    return {**rule_summary(spec),
            "docs": {"what": d.what, "why": d.why, "example": d.example, "instead": d.instead},
            "options": spec.options}
