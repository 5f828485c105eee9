"""`--format sarif`: SARIF 2.1.0 for code scanning (GitHub) and other SARIF viewers.

One run; results are written as they come (memory stays flat), the rules that occurred are
written at the end with their docs as help text. A reply of a library (a macro export) is
located by its file, its locator (a logical location) and the line inside the reply; the
region of such a result is the file's first line, because the reply's line in the file is
not known (the JSON or CSV text of a macro is escaped or quoted there).
"""

from __future__ import annotations

import os
from typing import Callable, Iterable, TextIO
from urllib.parse import quote

from .. import __version__
from ..finding import Finding, Report
from ..rulespec import RuleSpec
from .json import encode as _encode
from .locate import end_position, inside_entry, where

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# Where each rule's docs are published: the rule ID is appended (keigo/baito -> keigo-baito).
HELP_URI = "https://github.com/replylint/replylint/blob/main/docs/rules.md#"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}



def artifact_uri(path: str) -> str:
    """A relative path as a relative URI (code scanning resolves it against the repository)."""
    if path == "-":
        return "stdin"
    if os.path.isabs(path):
        return "file://" + quote(path.replace(os.sep, "/"), safe="/:", errors="backslashreplace")
    return quote(path.replace(os.sep, "/"), safe="/", errors="backslashreplace")


def rule_descriptor(spec: RuleSpec) -> dict:
    d = spec.docs
    text = f"{d.what}\n\nなぜ問題か: {d.why}\n\n例: {d.example}\n\n代わりに: {d.instead}"
    markdown = (f"{d.what}\n\n**なぜ問題か**\n\n{d.why}\n\n**例**\n\n{d.example}\n\n"
                f"**代わりに**\n\n{d.instead}")
    return {"id": spec.id, "name": spec.id,
            "shortDescription": {"text": spec.summary},
            "fullDescription": {"text": d.what},
            "help": {"text": text, "markdown": markdown},
            "helpUri": HELP_URI + spec.id.replace("/", "-"),
            "defaultConfiguration": {"level": LEVEL[spec.severity]},
            "properties": {"category": spec.category, "tags": [spec.category]}}


def bare_descriptor(rule: str, summary: str) -> dict:
    """A rule that no loaded pack describes (a finding the CLI adds, or a pack of another config)."""
    return {"id": rule, "name": rule, "shortDescription": {"text": summary},
            "helpUri": HELP_URI + rule.replace("/", "-"), "properties": {"category": rule.split("/")[0]}}


class SarifReporter:
    def __init__(self, out: TextIO, rules: Callable[[], Iterable[RuleSpec]],
                 extra_rules: dict[str, str] | None = None) -> None:
        self._out = out
        self._rules = rules  # called once, at the end, for the rules that occurred
        self._extra = extra_rules or {}
        self._seen: dict[str, int] = {}  # rule ID -> ruleIndex, in order of first occurrence
        self._count = 0
        self._notes: list[dict] = []
        out.write('{"$schema": "%s", "version": "2.1.0", "runs": [{"columnKind": "unicodeCodePoints", '
                  '"results": [' % SCHEMA)

    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None, suppressed: tuple = (),
             source_map=None) -> None:
        if error is not None:
            self._notes.append({"level": "error", "message": {"text": error},
                                "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}]})
            return
        for f in report.findings:
            self._write(self._result(path, locator, report.text, f, source_map))
        for f, kind in suppressed:
            result = self._result(path, locator, report.text, f, source_map)
            result["suppressions"] = [{"kind": kind}]
            self._write(result)

    def _write(self, result: dict) -> None:
        self._out.write(("\n  " if self._count == 0 else ",\n  ") + _encode(result))
        self._count += 1

    def _result(self, path: str, locator: str | None, text: str, f: Finding, source_map=None) -> dict:
        index = self._seen.setdefault(f.rule, len(self._seen))
        if source_map is not None:  # the shown text of an .html draft: the place in its source
            line, column, end_line, end_col = source_map.span(f.start, f.end)
        else:
            line, column = f.line, f.column
            end_line, end_col = end_position(text, f)
        # A whole-reply finding (start == end) is an empty region, not the rest of its line.
        place = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_col}
        props: dict = {"category": f.category, "start": f.start, "end": f.end}
        if f.suggestion is not None:
            props["suggestion"] = f.suggestion
        message = f.message
        if locator is None:
            region = place
        else:  # a reply of a library: the file, the reply's locator, the place inside the reply
            region = {"startLine": 1}
            props.update(reply=locator, replyRegion=place)
            message = inside_entry(locator, f, message)
        result = {"ruleId": f.rule, "ruleIndex": index, "level": LEVEL[f.severity],
                  "message": {"text": message},
                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)},
                                                      "region": region}}],
                  "properties": props}
        if locator is not None:
            result["locations"][0]["logicalLocations"] = [
                {"name": locator, "fullyQualifiedName": where(path, locator), "kind": "object"}]
        if f.fix is not None and locator is None:  # in a library the reply's place in the file is unknown
            change = {"artifactLocation": {"uri": artifact_uri(path)},
                      "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.fix.replacement}}]}
            result["fixes"] = [{"description": {"text": f"「{f.fix.replacement}」に置き換える"},
                                "artifactChanges": [change]}]
        return result

    def finish(self) -> None:
        specs = {s.id: s for s in self._rules()} if self._seen else {}
        rules = [rule_descriptor(specs[r]) if r in specs else bare_descriptor(r, self._extra.get(r, r))
                 for r in self._seen]
        driver = {"name": "replylint", "version": __version__, "semanticVersion": __version__,
                  "informationUri": HELP_URI.split("#")[0], "rules": rules}
        invocation = {"executionSuccessful": not self._notes, "toolExecutionNotifications": self._notes}
        self._out.write(("\n  " if self._count else "") + '], "tool": ' + _encode({"driver": driver})
                        + ', "invocations": [' + _encode(invocation) + "]}]}\n")
