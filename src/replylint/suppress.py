"""Suppressions: "this finding is intended", written where the customer never reads it.

Three sources, all turned into `Suppression`s attached to a reply before its findings are
filtered:
- comments in a Markdown draft (HTML comments, which the helpdesk never shows):
  `<!-- replylint-disable-next-line keigo/baito -->` (the next line),
  `<!-- replylint-disable RULE -->` … `<!-- replylint-enable -->` (the lines between);
  the comment is blanked out of the text (same length), so it is never linted;
- `# replylint: disable=RULE` in a YAML library, on or above an entry (readers/yamlfile.py);
- `[tool.replylint.per-entry-ignores]` in the config: a file glob and an entry locator.
A rule may be named by ID or by category; no rule named means every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .finding import Finding, Report

IN_SOURCE, EXTERNAL = "inSource", "external"  # SARIF's names for the two kinds
UNUSED_RULE = "suppression/unused"
UNUSED_SUMMARY = "何も抑止していない抑止コメント・設定"


@dataclass(frozen=True)
class Suppression:
    rules: tuple[str, ...]  # rule IDs or categories; () means every rule
    origin: str  # where it is written, for --report-unused-suppressions
    first_line: int | None = None  # the lines of the reply it covers; None: the whole reply
    last_line: int | None = None
    kind: str = IN_SOURCE
    start: int = 0  # the comment's span in the reply text (a Markdown comment), else 0, 0
    end: int = 0

    def covers(self, f: Finding) -> bool:
        if self.first_line is not None and not self.first_line <= f.line <= self.last_line:
            return False
        return not self.rules or any(r == f.rule or r == f.category for r in self.rules)


def parse_rules(text: str) -> tuple[str, ...]:
    return tuple(r for r in re.split(r"[\s,]+", text.strip()) if r)


# One line at most, and a bounded rule list, so that scanning stays linear in the text.
_COMMENT = re.compile(r"<!--[ \t]*replylint-(disable-next-line|disable|enable)(?![\w-])([^\n>]{0,400}?)[ \t]*-->")
_BREAK = re.compile(r"\r\n?|\n")


def from_comments(text: str) -> tuple[str, tuple[Suppression, ...]]:
    """The text with every replylint comment blanked out, and the suppressions they make."""
    if "replylint-" not in text:
        return text, ()
    found: list[Suppression] = []
    open_ranges: list[tuple[tuple[str, ...], int, int, int]] = []  # rules, first line, start, end
    line, scanned = 1, 0
    parts: list[str] = []
    last = 0
    for m in _COMMENT.finditer(text):
        line += sum(1 for _ in _BREAK.finditer(text, scanned, m.start()))
        scanned = m.start()
        verb, rules = m.group(1), parse_rules(m.group(2))
        origin = f"{line}行目の {m.group(0)}"
        if verb == "disable-next-line":
            found.append(Suppression(rules, origin, line + 1, line + 1, IN_SOURCE, m.start(), m.end()))
        elif verb == "disable":
            open_ranges.append((rules, line, m.start(), m.end()))
        else:
            keep = [r for r in open_ranges if rules and not set(r[0]) <= set(rules)]
            for r in open_ranges:
                if r not in keep:
                    found.append(Suppression(r[0], _origin(text, r), r[1], line, IN_SOURCE, r[2], r[3]))
            open_ranges = keep
        parts.append(text[last:m.start()] + " " * (m.end() - m.start()))
        last = m.end()
    for r in open_ranges:  # no enable: to the end of the reply
        found.append(Suppression(r[0], _origin(text, r), r[1], 1 << 30, IN_SOURCE, r[2], r[3]))
    if not parts:
        return text, ()
    return "".join(parts) + text[last:], tuple(found)


def _origin(text: str, r) -> str:
    return f"{r[1]}行目の {text[r[2]:r[3]]}"


@dataclass(frozen=True)
class Applied:
    report: Report  # the findings no suppression covers
    suppressed: tuple[tuple[Finding, str], ...]  # (finding, kind)
    unused: tuple[tuple[Suppression, tuple[str, ...]], ...]  # a suppression and its rules that matched nothing


def apply(report: Report, suppressions: tuple[Suppression, ...], idle_rules: frozenset[str] = frozenset()) -> Applied:
    """Split the findings into kept and suppressed. `idle_rules`: the known rule IDs and categories
    that did not run (--select, --ignore, another channel); a suppression of one of them is not
    called unused, as it may be needed in another run. A misspelt rule is always unused."""
    if not suppressions:
        return Applied(report, (), ())
    kept, suppressed = [], []
    used: dict[int, set[str]] = {k: set() for k in range(len(suppressions))}
    for f in report.findings:
        hits = [k for k, s in enumerate(suppressions) if s.covers(f)]
        if not hits:
            kept.append(f)
            continue
        suppressed.append((f, suppressions[hits[0]].kind))
        for k in hits:
            used[k].update(r for r in suppressions[k].rules or ("*",) if r in ("*", f.rule, f.category))
    unused = []
    for k, s in enumerate(suppressions):
        names = s.rules or ("*",)
        idle = tuple(r for r in names if r not in used[k] and r not in idle_rules)
        if idle:
            unused.append((s, () if idle == ("*",) else idle))
    return Applied(replace(report, findings=tuple(kept)), tuple(suppressed), tuple(unused))


def unused_findings(text: str, unused) -> list[Finding]:
    """--report-unused-suppressions: one error per suppression (or rule of one) that removed nothing."""
    out = []
    for s, rules in unused:
        what = "、".join(rules) if rules else "すべての規則"
        line, col = _line_col(text, s.start)
        out.append(Finding(UNUSED_RULE, UNUSED_RULE.split("/")[0], "error",
                           f"抑止の対象（{what}）の指摘がありません。不要なら削除してください: {s.origin}",
                           s.start, s.end, line, col))
    return out


def _line_col(text: str, offset: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in _BREAK.finditer(text, 0, offset)]
    return len(starts), offset - starts[-1] + 1


def from_config(entries, path: str, locator: str | None, source: str | None) -> tuple[Suppression, ...]:
    """The config's per-entry-ignores that name this file (and this entry of a library)."""
    if not entries or path == "-":
        return ()
    import fnmatch
    import os

    here = os.path.abspath(path).replace(os.sep, "/")
    out = []
    for key, file_glob, locator_glob, rules in entries:
        if not fnmatch.fnmatchcase(here, file_glob):
            continue
        if locator_glob is not None and (locator is None or not fnmatch.fnmatchcase(locator, locator_glob)):
            continue
        out.append(Suppression(tuple(rules), f"{source or '設定'} の per-entry-ignores {key!r}", kind=EXTERNAL))
    return tuple(out)
