"""`--format json`: the contract in the design guide, streamed file by file."""

from __future__ import annotations

import json
from typing import TextIO

from ..finding import Report

_encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every entry


class JsonReporter:
    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._count = 0
        out.write('{"version": 1, "files": [')

    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None) -> None:
        entry: dict = {"path": path}
        if locator is not None:
            entry["reply"] = locator
        if error is not None:
            entry["error"] = error
            entry["findings"] = []
        else:
            findings = [f.to_dict() for f in report.findings]
            if locator is not None:
                for f in findings:
                    f["reply"] = locator
            entry["findings"] = findings
            entry["score"] = report.score
            entry["blocking"] = report.blocking
        self._out.write(("\n " if self._count == 0 else ",\n ") + _encode(entry))
        self._count += 1

    def finish(self) -> None:
        self._out.write("\n]}\n" if self._count else "]}\n")
