"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

    ::error file=macros/a.txt,line=3,col=5,endLine=3,endColumn=12,title=keigo/baito::message

The message is command data: %, CR and LF are escaped as %25, %0D, %0A. Property values also
escape : and , (%3A, %2C), which separate the properties. A reply of a library is annotated on
its file (the reply's line in the file is not known); the title and message name the reply.
"""

from __future__ import annotations

from typing import TextIO

from ..finding import Report
from .locate import end_position, inside_entry, with_suggestion

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, **props) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level} {fields}::{escape_data(message)}\n"


class GithubReporter:
    def __init__(self, out: TextIO) -> None:
        self._out = out

    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None, suppressed: tuple = (),
             source_map=None) -> None:
        if error is not None:
            self._out.write(annotation("error", error, file=path, title="replylint: input error"))
            return
        for f in report.findings:
            message = with_suggestion(f)
            if locator is None:
                end_line, end_col = end_position(report.text, f)
                self._out.write(annotation(COMMAND[f.severity], message, file=path, line=f.line, col=f.column,
                                           endLine=end_line, endColumn=end_col, title=f.rule))
            else:
                self._out.write(annotation(COMMAND[f.severity], inside_entry(locator, f, message),
                                           file=path, title=f"{f.rule} [{locator}]"))

    def finish(self) -> None:
        pass
