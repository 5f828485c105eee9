"""JSON and JSONL reply libraries.

`.json`: a Zendesk macro export (see zendesk.py) or a generic canned-response library: a list
of objects, each with a text field (the first of body, text, content, message, value) and an
optional id / title / name for the locator (else the item's 1-based position, `"3"`).

`.jsonl` / `.ndjson`: one such object per line (blank lines skipped); the locator defaults to
`line <n>`.

Every reply is linted in template mode (a library of canned responses). Any problem — invalid
JSON, a wrong shape, an item without a text field — is an InputError naming the file and where.
"""

from __future__ import annotations

import json
from typing import Any

from . import zendesk
from .records import LIBRARY, LIBRARY_MAX_BYTES, TEXT_KEYS, keys_of, kind, nonempty, record_reply
from .text import InputError, Reply, read_decoded, with_encoding


def _load(text: str, path: str, where: str = "") -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"{where}column {exc.colno}" if where else f"line {exc.lineno}, column {exc.colno}"
        raise InputError(f"{path}: invalid JSON at {at}: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{path}: invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer longer than Python converts
        raise InputError(f"{path}: invalid JSON{' at ' + where.rstrip(', ') if where else ''}: {exc}") from None


def read_json(path: str, *, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    text, enc = read_decoded(path, LIBRARY_MAX_BYTES if limit is None else limit, LIBRARY, encoding)
    return with_encoding(_read_json(text, path), enc)


def _read_json(text: str, path: str) -> list[Reply]:
    if not text.strip():
        raise InputError(f"{path}: no replies to check (the file is empty)")
    data = _load(text, path)
    if zendesk.is_macro_export(data):
        return zendesk.read_macros(data, path)
    if not isinstance(data, list):
        got = f"an object with keys: {keys_of(data)}" if isinstance(data, dict) else kind(data)
        raise InputError(f"{path}: expected a list of objects with a text field ({', '.join(TEXT_KEYS)}) "
                         f"or a Zendesk macro export ({{\"macros\": […]}}); got {got}")
    replies = [r for i, item in enumerate(data, 1)
               if (r := record_reply(item, path, f"item {i}", str(i))) is not None]
    return nonempty(replies, path, "the list is empty" if not data else "every text is empty")


def read_jsonl(path: str, *, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    text, enc = read_decoded(path, LIBRARY_MAX_BYTES if limit is None else limit, LIBRARY, encoding)
    return with_encoding(_read_jsonl(text, path), enc)


def _read_jsonl(text: str, path: str) -> list[Reply]:
    replies: list[Reply] = []
    seen = 0
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines: U+2028 may sit in a string
        if not line.strip():
            continue
        seen += 1
        item = _load(line, path, f"line {n}, ")
        reply = record_reply(item, path, f"line {n}", f"line {n}")
        if reply is not None:
            replies.append(reply)
    return nonempty(replies, path, "every text is empty" if seen else "the file is empty")
