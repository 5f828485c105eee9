"""`--format gitlab`: a GitLab Code Quality report (a JSON array of issues).

Each issue: description, check_name (the rule ID), fingerprint, severity and location
(path, lines.begin). The fingerprint stays the same while the flagged words and their rule
stay in the same reply, whatever moves around them, so GitLab can tell new issues from old.
A reply of a library is placed on line 1 of its file (its own line there is not known); the
description names the reply and the line inside it.
"""

from __future__ import annotations

import hashlib
from typing import TextIO

from ..finding import Report
from .json import encode as _encode
from .locate import inside_entry, with_suggestion

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


class GitlabReporter:
    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._count = 0
        out.write("[")

    def _write(self, issue: dict) -> None:
        self._out.write(("\n  " if self._count == 0 else ",\n  ") + _encode(issue))
        self._count += 1

    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None, suppressed: tuple = (),
             source_map=None) -> None:
        if error is not None:
            self._write({"type": "issue", "description": error, "check_name": "replylint/input-error",
                         "fingerprint": _fingerprint(path, locator or "", "input-error"), "severity": "blocker",
                         "location": {"path": path, "lines": {"begin": 1}}})
            return
        seen: dict[str, int] = {}
        for f in report.findings:
            key = "\0".join((path, locator or "", f.rule, report.text[f.start:f.end]))
            seen[key] = seen.get(key, 0) + 1  # the same words flagged twice in a reply: two issues
            description = with_suggestion(f)
            if locator is not None:
                description = inside_entry(locator, f, description)
            self._write({"type": "issue", "description": description, "check_name": f.rule,
                         "categories": ["Style"], "fingerprint": _fingerprint(key, str(seen[key])),
                         "severity": SEVERITY[f.severity],
                         "location": {"path": path, "lines": {"begin": f.line if locator is None else 1}}})

    def finish(self) -> None:
        self._out.write("\n]\n" if self._count else "]\n")


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
