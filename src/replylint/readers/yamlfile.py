"""YAML reply libraries (`.yaml`, `.yml`).

Either a list of mappings, each like a JSON record (text in the first of body, text, content,
message, value; locator from id / title / name, else the 1-based position), or a mapping
`{name: text}` — the key is the locator; a value may also be a mapping with a text field.
Every reply is linted in template mode. Parsed with PyYAML's safe loader.
"""

from __future__ import annotations

import yaml

from .records import LIBRARY, LIBRARY_MAX_BYTES, TEXT_KEYS, kind, nonempty, record_reply, text_of
from .text import InputError, Reply, read_decoded, with_encoding


def read_yaml(path: str, *, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    text, enc = read_decoded(path, LIBRARY_MAX_BYTES if limit is None else limit, LIBRARY, encoding)
    return with_encoding(_read_yaml(text, path), enc)


def _read_yaml(text: str, path: str) -> list[Reply]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise InputError(f"{path}: invalid YAML{at}: {problem}") from None
    except RecursionError:
        raise InputError(f"{path}: invalid YAML: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a value PyYAML's constructors reject
        raise InputError(f"{path}: invalid YAML: {exc}") from None
    if data is None:
        raise InputError(f"{path}: no replies to check (the file is empty)")
    replies: list[Reply] = []
    if isinstance(data, list):
        for i, item in enumerate(data, 1):
            if (r := record_reply(item, path, f"item {i}", str(i))) is not None:
                replies.append(r)
        return nonempty(replies, path, "the list is empty" if not data else "every text is empty")
    if isinstance(data, dict):
        for key, value in data.items():
            name = str(key)
            if isinstance(value, dict):
                r = record_reply(value, path, f"{name!r}", name, locator_from_record=False)
            else:
                body = text_of(value, path, f"{name!r}", name)
                r = Reply(body, path, locator=name, mode="template") if body is not None else None
            if r is not None:
                replies.append(r)
        return nonempty(replies, path, "the mapping is empty" if not data else "every text is empty")
    raise InputError(f"{path}: expected a list of mappings with a text field ({', '.join(TEXT_KEYS)}) "
                     f"or a mapping of name: text; got {kind(data)}")
