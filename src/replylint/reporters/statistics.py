"""`--statistics`: how many findings each rule made, most first (like ruff's statistics).

Text: `count  rule  severity` with `[*]` when some of them have a fix; with `--format json`,
a JSON list of {rule, category, severity, count, fixable}.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from ..finding import Report


class StatisticsReporter:
    def __init__(self, out: TextIO, as_json: bool = False) -> None:
        self._out = out
        self._json = as_json
        self._counts: Counter[str] = Counter()
        self._fixable: Counter[str] = Counter()
        self._severity: dict[str, str] = {}

    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None, suppressed: tuple = (),
             source_map=None) -> None:
        if report is None:
            return
        for f in report.findings:
            self._counts[f.rule] += 1
            self._fixable[f.rule] += f.fix is not None
            self._severity[f.rule] = f.severity

    def finish(self) -> None:
        rows = sorted(self._counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if self._json:
            data = [{"rule": r, "category": r.split("/")[0], "severity": self._severity[r], "count": n,
                     "fixable": self._fixable[r]} for r, n in rows]
            self._out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            return
        width = max((len(r) for r, _ in rows), default=0)
        for rule, n in rows:
            mark = " [*]" if self._fixable[rule] else ""
            self._out.write(f"{n:>6}  {rule:<{width}}  {self._severity[rule]}{mark}\n")
