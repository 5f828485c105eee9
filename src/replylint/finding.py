"""Findings and the report the library returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from .fixes import apply, choose

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

# Score: start from 100 and take off points per finding, by severity; never below 0.
SCORE_PENALTY = {"error": 15, "warning": 5, "info": 1}


@dataclass(frozen=True, slots=True)
class Fix:
    """The exact text that replaces a finding's span [start, end), in the same form as the text
    it replaces. `safe`: meaning and tone cannot change; `unsafe`: a wording change a person
    should accept (the web page applies either one on a click, never on its own)."""

    replacement: str
    applicability: str = "unsafe"

    def to_dict(self) -> dict:
        return {"replacement": self.replacement, "applicability": self.applicability}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: str
    severity: str
    message: str
    start: int  # code-point offsets into the reply text, end exclusive
    end: int
    line: int  # 1-based
    column: int  # 1-based, in code points
    suggestion: str | None = None
    fix: Fix | None = None  # only where the rule has a mechanical rewrite

    def __reduce__(self):
        # Rebuilt from its fields: a --jobs worker sends thousands, and this pickles in half the time.
        return Finding, (self.rule, self.category, self.severity, self.message, self.start, self.end,
                         self.line, self.column, self.suggestion, self.fix)

    def to_dict(self) -> dict:
        d = {"rule": self.rule, "category": self.category, "severity": self.severity,
             "message": self.message, "line": self.line, "column": self.column,
             "start": self.start, "end": self.end, "suggestion": self.suggestion}
        if self.fix is not None:
            d["fix"] = self.fix.to_dict()
        return d


@dataclass(frozen=True)
class Report:
    """What `lint()` returns: findings in text order, a 0-100 score and a send verdict."""

    text: str
    channel: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    block_on: str = "error"

    @property
    def score(self) -> int:
        return max(0, 100 - sum(SCORE_PENALTY[f.severity] for f in self.findings))

    @property
    def blocking(self) -> bool:
        """True when a finding is at or above the configured `block_on` severity."""
        bar = SEVERITY_RANK[self.block_on]
        return any(SEVERITY_RANK[f.severity] >= bar for f in self.findings)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def fixed_text(self, unsafe: bool = False) -> str:
        """The text with this report's safe fixes applied (and the unsafe ones with `unsafe=True`),
        in one pass: where two overlap, the first in text order wins. `replylint.fix` repeats
        until nothing changes."""
        return apply(self.text, choose(self.findings, unsafe))

    def to_dict(self) -> dict:
        return {"channel": self.channel, "score": self.score, "blocking": self.blocking,
                "findings": [f.to_dict() for f in self.findings]}
