"""YAML reply libraries (`.yaml`, `.yml`).

Either a list of mappings, each like a JSON record (text in the first of body, text, content,
message, value; locator from id / title / name, else the 1-based position), or a mapping
`{name: text}` — the key is the locator; a value may also be a mapping with a text field.
Every reply is linted in template mode. Parsed with PyYAML's safe loader.

`# replylint: disable=RULE[,RULE]` on a line of an entry, or on a line above it (after the
entry before), suppresses those rules for that entry (see suppress.py). A `#` inside a text is
text, not a comment: only comments outside every scalar count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

import yaml

from ..suppress import Suppression, parse_rules

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
    directives = entry_directives(text) if "replylint:" in text else {}
    if isinstance(data, list):
        for i, item in enumerate(data, 1):
            if (r := record_reply(item, path, f"item {i}", str(i))) is not None:
                replies.append(replace(r, suppressions=directives.get(i - 1, ())))
        return nonempty(replies, path, "the list is empty" if not data else "every text is empty")
    if isinstance(data, dict):
        for k, (key, value) in enumerate(data.items()):
            name = str(key)
            if isinstance(value, dict):
                r = record_reply(value, path, f"{name!r}", name, locator_from_record=False)
            else:
                body = text_of(value, path, f"{name!r}", name)
                r = Reply(body, path, locator=name, mode="template") if body is not None else None
            if r is not None:
                replies.append(replace(r, suppressions=directives.get(k, ())))
        return nonempty(replies, path, "the mapping is empty" if not data else "every text is empty")
    raise InputError(f"{path}: expected a list of mappings with a text field ({', '.join(TEXT_KEYS)}) "
                     f"or a mapping of name: text; got {kind(data)}")


_DIRECTIVE = re.compile(r"#[ \t]*replylint:[ \t]*disable=([^\n\r#]{0,400})")


def entry_directives(text: str) -> dict[int, tuple[Suppression, ...]]:
    """{index of a top-level entry: the suppressions written on or above it}."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return {}  # the load reports the problem
    if isinstance(root, yaml.SequenceNode):
        entries = [(n.start_mark.line, [n]) for n in root.value]
    elif isinstance(root, yaml.MappingNode):
        entries = [(k.start_mark.line, [k, v]) for k, v in root.value]
    else:
        return {}
    scalars: list[tuple[int, int]] = []  # (start, end) character offsets of every scalar
    last_lines = []
    for first, nodes in entries:
        found = [n for top in nodes for n in _scalars(top)]
        scalars.extend((n.start_mark.index, n.end_mark.index) for n in found)
        # A block scalar ends at the start of the line after it: that line is not the entry's.
        last_lines.append(max((n.end_mark.line - (n.end_mark.column == 0 and n.end_mark.line > n.start_mark.line)
                               for n in found), default=first))
    firsts = [first for first, _ in entries]
    scalars.sort()
    starts = [a for a, _ in scalars]
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out: dict[int, list[Suppression]] = {}
    for m in _DIRECTIVE.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and scalars[k][0] <= m.start() < scalars[k][1]:
            continue  # a '#' inside a text is the text's
        line = bisect_right(line_starts, m.start()) - 1
        target = bisect_right(firsts, line) - 1  # the last entry starting on or before the line
        if target < 0 or line > last_lines[target]:
            target += 1  # not on that entry: the comment is above the next one
        if target < len(entries):
            rules = parse_rules(m.group(1))
            out.setdefault(target, []).append(Suppression(rules, f"{line + 1}行目の {m.group(0).strip()}"))
    return {k: tuple(v) for k, v in out.items()}


def _scalars(node):
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.ScalarNode):
            yield n
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.MappingNode):
            stack.extend(x for pair in n.value for x in pair)
