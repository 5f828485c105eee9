"""`--format junit`: JUnit XML, one test case per reply (a draft, or one entry of a library).

A reply with findings fails; the failure lists them, one per line, as the text output names
them. An input that cannot be read is a test case with an error. CI dashboards (GitLab, Jenkins,
Azure) show each reply as a test.
"""

from __future__ import annotations

import re
from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

from ..finding import Report
from .locate import where, with_suggestion

# Characters XML 1.0 cannot hold (control characters, lone surrogates): written as \x.. escapes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class JunitReporter:
    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._cases: list[str] = []
        self._failures = self._errors = 0

    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None, suppressed: tuple = (),
             source_map=None) -> None:
        head = f"    <testcase classname={quoteattr(xml_text(path))} name={quoteattr(xml_text(where(path, locator)))}"
        if error is not None:
            self._errors += 1
            self._cases.append(f"{head}>\n      <error message={quoteattr(xml_text(error))} type=\"input\"/>\n"
                               "    </testcase>\n")
            return
        if not report.findings:
            self._cases.append(f"{head}/>\n")
            return
        self._failures += 1
        counts = report.counts()
        summary = f"指摘 {len(report.findings)} 件（エラー {counts['error']}・警告 {counts['warning']}・" \
                  f"情報 {counts['info']}）、スコア {report.score}"
        lines = "\n".join(f"{where(path, locator)}:{f.line}:{f.column}: {f.severity} {with_suggestion(f)} [{f.rule}]"
                          for f in report.findings)
        kind = max(report.findings, key=lambda f: ("info", "warning", "error").index(f.severity)).severity
        self._cases.append(f"{head}>\n      <failure message={quoteattr(xml_text(summary))} type=\"{kind}\">"
                           f"{escape(xml_text(lines))}</failure>\n    </testcase>\n")

    def finish(self) -> None:
        counts = f'tests="{len(self._cases)}" failures="{self._failures}" errors="{self._errors}"'
        self._out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                        f'<testsuites name="replylint" {counts}>\n'
                        f'  <testsuite name="replylint" {counts}>\n')
        self._out.writelines(self._cases)
        self._out.write("  </testsuite>\n</testsuites>\n")
