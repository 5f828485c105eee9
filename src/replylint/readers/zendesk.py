"""Zendesk macro exports (JSON): one reply per macro that writes a comment.

Accepted shapes: `{"macros": [macro, …]}` (the API's list, extra keys such as `next_page`
ignored), `{"macro": macro}` (one macro), and a bare list of macros. A macro is
`{"id": 123, "title": "…", "actions": [{"field": …, "value": …}, …]}`.

The reply's text is the macro's `comment_value` action (its value a string, or a list such as
`["channel:all", "text"]` whose last element is the text); when it has none, its
`comment_value_html` action converted to text (see htmltext.py). Several comment actions of
the kind used are joined with a blank line. Macros without a comment action are skipped; a
file with no macro to check is an input error.

Locator: `macros/<id>`, else the macro's title, else `macro <n>` (1-based). Mode: template.
"""

from __future__ import annotations

from typing import Any

from ..suppress import from_comments
from .htmltext import html_to_text
from .records import kind, keys_of, name_of, nonempty
from .text import InputError, Reply

COMMENT_FIELDS = ("comment_value", "comment_value_html")


def is_macro_export(data: Any) -> bool:
    """Whether parsed JSON looks like a Zendesk macro export rather than a generic list."""
    if isinstance(data, dict):
        return "macros" in data or "macro" in data
    if isinstance(data, list):
        first = next((x for x in data if isinstance(x, dict)), None)
        return first is not None and "actions" in first
    return False


def macros_of(data: Any, path: str) -> list[Any]:
    if isinstance(data, list):
        return data
    if "macros" in data:
        macros = data["macros"]
        if not isinstance(macros, list):
            raise InputError(f"{path}: 'macros' is not a list ({kind(macros)})")
        return macros
    return [data["macro"]]


def _action_text(value: Any, path: str, where: str) -> str:
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = value[-1]  # ["channel:all", "text"]
    if not isinstance(value, str):
        raise InputError(f"{path}: {where}: 'value' is not text ({kind(value)})")
    return value


def macro_reply(macro: Any, n: int, path: str) -> Reply | None:
    where = f"macro {n}"
    if not isinstance(macro, dict):
        raise InputError(f"{path}: {where}: expected a macro object, got {kind(macro)}")
    ident, title = name_of(macro.get("id")), name_of(macro.get("title"))
    if ident:
        where += f" (id {ident})"
    actions = macro.get("actions", [])
    if not isinstance(actions, list):
        raise InputError(f"{path}: {where}: 'actions' is not a list ({kind(actions)})")
    found: dict[str, list[str]] = {f: [] for f in COMMENT_FIELDS}
    for i, action in enumerate(actions, 1):
        if not isinstance(action, dict):
            raise InputError(f"{path}: {where}: action {i}: expected an object, got {kind(action)}")
        field = action.get("field")
        if isinstance(field, str) and field in found:
            if "value" not in action:
                raise InputError(f"{path}: {where}: action {i}: no 'value' (keys: {keys_of(action)})")
            found[field].append(_action_text(action["value"], path, f"{where}: action {i}"))
    html = not found["comment_value"]
    if html:
        texts = [html_to_text(h, keep_directives=True) for h in found["comment_value_html"]]
    else:
        texts = found["comment_value"]
    texts = [t for t in texts if t.strip()]
    if not texts:
        return None
    locator = f"macros/{ident}" if ident else title or f"macro {n}"
    text, suppressions = from_comments("\n\n".join(texts)) if html else ("\n\n".join(texts), ())
    if not text.strip():
        return None
    return Reply(text, path, locator=locator, mode="template", suppressions=suppressions)


def read_macros(data: Any, path: str) -> list[Reply]:
    macros = macros_of(data, path)
    if not macros:
        raise InputError(f"{path}: no replies to check (the macro export is empty)")
    replies = [r for n, m in enumerate(macros, 1) if (r := macro_reply(m, n, path)) is not None]
    return nonempty(replies, path, "no macro has a comment_value or comment_value_html action")
