"""Shared by the library readers (JSON, JSONL, YAML): one record (a mapping) → one reply.

A record's text is the first of TEXT_KEYS that it has; its locator is the first of NAME_KEYS
with a value, else the default the reader gives (an index, a line number, a key). A record
whose text is empty or null is skipped (a canned response that only sets fields); a text
that is not a string is an error naming the record.
"""

from __future__ import annotations

import datetime
from typing import Any

from .text import InputError, Reply

TEXT_KEYS = ("body", "text", "content", "message", "value")
NAME_KEYS = ("id", "title", "name")
LIBRARY_MAX_BYTES = 256 * 1024 * 1024  # a whole macro library, 10^5 macros and more
LIBRARY = "a reply library"


def kind(value: Any) -> str:
    """What a value is, in words, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "a date"
    return type(value).__name__


def keys_of(mapping: dict) -> str:
    return ", ".join(str(k) for k in mapping) or "none"


def name_of(value: Any) -> str | None:
    """A locator from an id/title/name value: text or a number, not empty."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    return None


def text_of(value: Any, path: str, where: str, key: str) -> str | None:
    """A record's text: None when empty (skipped); an InputError when it is not text."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{path}: {where}: {key!r} is not text ({kind(value)})")
    return value if value.strip() else None


def record_reply(item: Any, path: str, where: str, default: str, *,
                 locator_from_record: bool = True) -> Reply | None:
    """One record → one Reply in template mode, or None when its text is empty."""
    if not isinstance(item, dict):
        raise InputError(f"{path}: {where}: expected a mapping with a text field "
                         f"({', '.join(TEXT_KEYS)}), got {kind(item)}")
    key = next((k for k in TEXT_KEYS if k in item), None)
    if key is None:
        raise InputError(f"{path}: {where}: no text field ({', '.join(TEXT_KEYS)}); keys: {keys_of(item)}")
    text = text_of(item[key], path, where, key)
    if text is None:
        return None
    locator = None
    if locator_from_record:
        locator = next((n for n in (name_of(item.get(k)) for k in NAME_KEYS) if n), None)
    return Reply(text, path, locator=locator or default, mode="template")


def nonempty(replies: list[Reply], path: str, what: str) -> list[Reply]:
    """A library file that gives nothing to check is an input error, never a silent pass."""
    if not replies:
        raise InputError(f"{path}: no replies to check ({what})")
    return replies
