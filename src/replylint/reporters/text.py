"""Human-readable output: path:line:col, severity, message, rule, the line underlined."""

from __future__ import annotations

import re
import unicodedata
from typing import TextIO

import click

from ..document import line_spans
from ..finding import Finding, Report
from .locate import where as place

_SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "blue"}
_SEVERITY_JA = {"error": "エラー", "warning": "警告", "info": "情報"}


# What a terminal must never receive raw from a reply or a file name: control characters (ESC
# starts an escape sequence that can rewrite the screen or the title), and lone surrogates
# (not writable as UTF-8). Each is shown escaped (\x1b, \x00, \ud800); a tab becomes a space.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def visible(text: str) -> str:
    """`text` safe to print on a terminal: control characters and lone surrogates escaped."""
    text = text.replace("\t", " ")
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii")
                       if not "\ud800" <= m.group() <= "\udfff" else f"\\u{ord(m.group()):04x}", text)


def display_width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class TextReporter:
    def __init__(self, out: TextIO, color: bool, quiet: bool = False) -> None:
        self._out = out
        self._color = color
        self._quiet = quiet  # the findings only: no summary line
        self._files = 0
        self._replies = 0
        self._last_path: str | None = None
        self._files_with_findings = 0
        self._counts = {"error": 0, "warning": 0, "info": 0}
        self._errors = 0

    def _style(self, text: str, **kw) -> str:
        return click.style(text, **kw) if self._color else text

    def file(self, path: str, report: Report | None, error: str | None = None,
             locator: str | None = None, encoding: str | None = None, suppressed: tuple = (),
             source_map=None) -> None:
        if path != self._last_path:
            self._files += 1
            self._last_path = path
        self._replies += 1
        if error is not None:
            self._errors += 1  # the CLI has already said what went wrong, on stderr
            return
        if report.findings:
            self._files_with_findings += 1
        where = visible(place(path, locator))
        text = report.text
        lines = [text[a:b] for a, b in line_spans(text)] if "\r" in text else text.split("\n")
        for f in report.findings:
            self._counts[f.severity] += 1
            self._finding(where, lines, f)
        for f, _kind in suppressed:
            self._finding(where, lines, f, suppressed=True)

    def _finding(self, where: str, lines: list[str], f: Finding, suppressed: bool = False) -> None:
        w = self._out.write
        sev = self._style(f.severity, fg=_SEVERITY_STYLE[f.severity], bold=True)
        if suppressed:  # listed by --show-suppressed: not counted, not a problem
            sev = self._style(f"suppressed {f.severity}", dim=True)
        w(f"{self._style(f'{where}:{f.line}:{f.column}', bold=True)}: {sev} {visible(f.message)} "
          f"{self._style('[' + f.rule + ']', dim=True)}\n")
        if f.start == f.end and f.rule.split("/")[0] in ("greeting", "closing"):
            pass  # a whole-reply finding: no line to underline
        else:
            src = lines[f.line - 1].rstrip("\r") if f.line - 1 < len(lines) else ""
            col = f.column - 1
            span = max(1, min(f.end - f.start, len(src) - col))
            gutter = f"{f.line:>4} | "
            w(self._style(gutter, dim=True) + visible(src) + "\n")
            pad = " " * display_width(visible(src[:col]))
            mark = "^" * max(1, display_width(visible(src[col:col + span])))
            w(self._style(" " * (len(gutter) - 2) + "| ", dim=True) + pad
              + self._style(mark, fg=_SEVERITY_STYLE[f.severity], bold=True) + "\n")
        if f.suggestion:
            w(f"     = 提案: {visible(f.suggestion)}\n")

    def finish(self) -> None:
        if self._quiet:
            return
        total = sum(self._counts.values())
        parts = "・".join(f"{_SEVERITY_JA[k]} {self._counts[k]}" for k in ("error", "warning", "info"))
        checked = f"{self._files} ファイル"
        if self._replies != self._files:
            checked += f"（返信 {self._replies} 件）"
        line = f"{checked}を確認: 指摘 {total} 件（{parts}）"
        if self._errors:
            line += f"、読み込めなかったファイル {self._errors} 件"
        if total == 0 and not self._errors:
            line = f"{checked}を確認: 指摘はありません"
        self._out.write(self._style(line, bold=True) + "\n")
