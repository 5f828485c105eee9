"""`--format json`: the contract in the design guide, streamed file by file."""

from __future__ import annotations

import json
from typing import TextIO

from ..finding import Report
from ..textview import has_lone_surrogate

_encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every entry
_encode_ascii = json.JSONEncoder(ensure_ascii=True).encode
# A lone surrogate cannot be written as UTF-8: a file name that is not valid UTF-8 (Python keeps
# its bytes as surrogates), or a locator read from a \ud800 escape. Such an entry is written
# with \u escapes, which a JSON reader turns back into the same string.


def encode(obj) -> str:
    """Compact JSON, characters as they are, or \\u escapes when a lone surrogate needs them."""
    encoded = _encode(obj)
    return _encode_ascii(obj) if has_lone_surrogate(encoded) else encoded


class JsonReporter:
    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._count = 0
        out.write('{"version": 1, "files": [')

    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None, suppressed: tuple = (),
             source_map=None) -> None:
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
            if suppressed:  # --show-suppressed: an extra key, the contract's keys keep their meaning
                entry["suppressed"] = [dict(f.to_dict(), suppression=kind) for f, kind in suppressed]
            if encoding is not None:
                entry["encoding"] = encoding
            entry["score"] = report.score
            entry["blocking"] = report.blocking
        self._out.write(("\n " if self._count == 0 else ",\n ") + encode(entry))
        self._count += 1

    def finish(self) -> None:
        self._out.write("\n]}\n" if self._count else "]}\n")
