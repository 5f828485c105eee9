"""`check --fix` / `--diff`: fixing draft files in place, byte for byte, or showing the diff.

A draft is rewritten only when writing its decoded text back in the encoding it was read in
gives the very bytes of the file (BOM included), and the fixes are made to that text (a
Markdown reader blanks front matter and suppression comments out of the reply at the same
length: the fixes found in the reply are replayed on the file's text): then the new file differs
from the old one only in the fixed spans, and line endings (CRLF), BOM and encoding (Shift_JIS
stays Shift_JIS) are kept. The new bytes go to a temporary file in the same folder, which is
renamed over the original with its permissions. Libraries (JSON, CSV, YAML exports), HTML and mail files, and
standard input are checked and reported, never rewritten. Fixes never touch quoted text or the signature (the
engine gives fixes only inside sentences the writer wrote).
"""

from __future__ import annotations

import difflib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .config import ConfigError
from .fixes import fix_text, replay, wanted
from .outfile import replacing
from .packs import PackError
from .readers import InputError, read_path
from .readers.text import MAX_BYTES, detect, read_bytes
from .runner import FileResult, Options, _Configs, _suppress, check_path, expand

# Drafts whose reply is the file's text (readers.dispatch: the plain-text reader for any other
# suffix; Markdown, blanked at the same length). Every other reader turns the file into text
# (a macro library, HTML, a mail): those are reported, not rewritten.
_MARKDOWN = (".md", ".markdown")


def rewritable(path: str) -> bool:
    from .readers.dispatch import READERS

    suffix = Path(path).suffix.lower()
    return path != "-" and (suffix not in READERS or suffix in _MARKDOWN)
# (BOM, the codec that writes the text after it) for the encodings readers.text.detect names
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Encodings that switch state with escape sequences: a change in one place can change the bytes
# around it, so a file in one is not rewritten.
_STATEFUL = ("iso2022", "iso-2022")


@dataclass
class FixCounts:
    fixed: int = 0  # fixes applied (or, with --diff, that would be)
    files: int = 0  # files changed
    remaining: int = 0  # findings left after fixing


def _codec(raw: bytes, encoding: str) -> tuple[bytes, str]:
    """(the file's BOM or b"", the codec that writes the rest of it)."""
    name = encoding.lower().replace("_", "-")
    if name == "utf-8-sig":
        return b"\xef\xbb\xbf", "utf-8"
    for bom, codec in _BOMS:
        if name == codec and raw.startswith(bom):
            return bom, codec
    return b"", encoding


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def write_atomic(path: str, data: bytes, expected: bytes) -> None:
    """Replace the file at `path` (a symlink's target) by `data`: a temporary file in the same
    folder, flushed to disk, given the original's permissions, renamed over it. Refused when the
    file no longer holds `expected` (changed by someone else since it was read)."""
    target = os.path.realpath(path)
    try:
        current = read_bytes(target, len(expected) + 1)
    except InputError:  # gone, grown, no longer a file
        current = None
    if current != expected:
        raise InputError(f"{path}: changed while it was being fixed; not rewritten")
    st = os.stat(target)
    with replacing(target, stat.S_IMODE(st.st_mode), (st.st_uid, st.st_gid), binary=True,
                   prefix="." + os.path.basename(target) + ".") as fh:
        fh.write(data)


def unified_diff(path: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


class FixRun:
    """Checks inputs like `runner.run`, fixing the drafts first. `note` receives messages for
    the user (stderr); `diff_out`, when given, receives the diff instead of the files being written."""

    def __init__(self, options: Options, *, unsafe: bool, note: Callable[[str], None],
                 diff_out: Callable[[str], None] | None = None) -> None:
        self.options = options
        self.unsafe = unsafe
        self.note = note
        self.diff_out = diff_out
        self.counts = FixCounts()
        self._configs = _Configs(options)

    def run(self, paths: list[str]) -> Iterator[FileResult]:
        for path in expand(paths):
            if not rewritable(path):
                results = check_path(path, self._configs)
                fixable = sum(wanted(f, self.unsafe) for r in results if r.report for f in r.report.findings)
                if fixable:
                    what = "標準入力" if path == "-" else f"{path}: この形式のファイル（マクロ集・HTML・メール）"
                    self.note(f"{what}は書き換えません（修正できる指摘 {fixable} 件はそのまま報告します）")
                yield from self._count(results)
            else:
                yield from self._count([self._fix_draft(path)])

    def _count(self, results: list[FileResult]) -> list[FileResult]:
        self.counts.remaining += sum(len(r.report.findings) for r in results if r.report)
        return results

    def _fix_draft(self, path: str) -> FileResult:
        opts = self.options
        try:
            raw = read_bytes(path, opts.max_bytes or MAX_BYTES)
            reply = read_path(path, opts.max_bytes, opts.encoding)[0]
            linter = self._configs.linter_for(path)
        except (InputError, ConfigError, PackError) as exc:
            return FileResult(path, error=str(exc))
        mode = reply.mode or opts.mode
        suppressed: tuple = ()

        def narrow(report):  # the file's suppressions hold for every pass (a fix never moves a line)
            nonlocal suppressed
            report, suppressed = _suppress(report, reply, linter, opts)
            return report

        def plain_check() -> FileResult:
            report = narrow(linter.lint(reply.text, opts.channel, mode=mode, first_message=opts.first_message,
                                        max_chars=None, audience=opts.audience))
            return FileResult(path, report, encoding=reply.encoding, suppressed=suppressed)

        encoding = reply.encoding or "utf-8"
        bom, codec = _codec(raw, encoding)
        # The file's own text (a reader may have blanked front matter or comments out of the reply)
        file_text = detect(raw, path, opts.encoding)[0]
        if encoding.lower().startswith(_STATEFUL) or len(file_text) != len(reply.text) \
                or not _encodable(file_text, codec) or bom + file_text.encode(codec) != raw:
            self.note(f"{path}: 読み込んだ内容を {encoding} で書き戻すと修正箇所以外も変わるため、書き換えません")
            return plain_check()
        result = fix_text(linter, reply.text, opts.channel, unsafe=self.unsafe, mode=mode,
                          first_message=opts.first_message, audience=opts.audience,
                          accept=lambda f: _encodable(f.fix.replacement, codec),
                          narrow=narrow)
        for f in result.refused:
            self.note(f"{path}:{f.line}:{f.column}: 「{f.fix.replacement}」は {encoding} で表せないため、"
                      f"この修正は適用しません [{f.rule}]")
        new_text = replay(file_text, reply.text, result.passes) if result.applied else file_text
        if new_text is None:  # (a fix over a blanked part: the checks never report one there)
            self.note(f"{path}: 修正箇所がファイルの内容と一致しないため、書き換えません")
            return plain_check()
        if result.applied:
            new = bom + new_text.encode(codec)
            if self.diff_out is not None:
                self.diff_out(unified_diff(path, file_text, new_text))
            else:
                try:
                    write_atomic(path, new, raw)
                except InputError as exc:
                    return FileResult(path, error=str(exc))
                except OSError as exc:
                    return FileResult(path, error=f"{path}: cannot write the fixed file ({exc.strerror or exc}); "
                                                  f"the original is unchanged")
            self.counts.fixed += len(result.applied)
            self.counts.files += 1
        return FileResult(path, result.report, encoding=reply.encoding, suppressed=suppressed)


def summary(counts: FixCounts, written: bool) -> str:
    """The last line of a --fix / --diff run: how many were fixed and how many remain."""
    if written:
        return f"修正 {counts.fixed} 件（{counts.files} ファイル）、残りの指摘 {counts.remaining} 件"
    return (f"修正できる指摘 {counts.fixed} 件（{counts.files} ファイル）、修正後に残る指摘 {counts.remaining} 件"
            "（ファイルは書き換えていません）")
