"""CSV (and TSV) reply libraries: a header row, then one reply per row.

Encoding: as for text drafts (UTF-8 with or without BOM, UTF-16 with BOM, CP932 as Excel saves
it in Japan). The text column is the first of TEXT_COLUMNS present in the header (ASCII names
matched case-insensitively, surrounding spaces ignored); the locator is the first of
NAME_COLUMNS with a value in that row, else `row <n>`, counted as a spreadsheet shows it (the
header is row 1; a quoted multi-line cell is one row). Rows whose text cell is empty (blank
lines, macros that only set fields) are skipped. Every reply is linted in template mode.
`.tsv` files are tab-separated; everything else about them is the same.
"""

from __future__ import annotations

import csv
import io

from .records import LIBRARY, LIBRARY_MAX_BYTES, nonempty
from .text import InputError, Reply, read_decoded, with_encoding

TEXT_COLUMNS = ("body", "text", "content", "message", "本文", "内容", "返信")
NAME_COLUMNS = ("id", "title", "name", "件名", "タイトル")


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    cleaned = [h.strip().lower() for h in header]
    for name in names:
        if name in cleaned:
            return cleaned.index(name)
    return None


def read_csv(path: str, delimiter: str = ",", *, limit: int | None = None,
             encoding: str | None = None) -> list[Reply]:
    text, enc = read_decoded(path, LIBRARY_MAX_BYTES if limit is None else limit, LIBRARY, encoding)
    return with_encoding(_read_csv(text, path, delimiter), enc)


def _read_csv(text: str, path: str, delimiter: str) -> list[Reply]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    replies: list[Reply] = []
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise InputError(f"{path}: no replies to check (no header row)")
        body = _column(header, TEXT_COLUMNS)
        if body is None:
            raise InputError(f"{path}: row 1: no text column (one of {', '.join(TEXT_COLUMNS)}); "
                             f"columns: {', '.join(h.strip() for h in header)}")
        names = [i for n in NAME_COLUMNS if (i := _column(header, (n,))) is not None]
        for n, row in enumerate(reader, 2):
            cell = row[body] if body < len(row) else ""
            if not cell.strip():
                continue
            locator = next((row[i].strip() for i in names if i < len(row) and row[i].strip()), f"row {n}")
            replies.append(Reply(cell, path, locator=locator, mode="template"))
    except csv.Error as exc:
        raise InputError(f"{path}: line {reader.line_num}: malformed CSV ({exc})") from None
    return nonempty(replies, path, "no row has text in its text column")


def read_tsv(path: str, *, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    return read_csv(path, delimiter="\t", limit=limit, encoding=encoding)
