"""Reading a request: the body within its size limit, JSON, and each field checked.

Every problem is a `RequestError` with an HTTP status and a message naming the field; none of
them quotes the text sent (it is a customer's personal data).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from ..document import MODES
from ..rulespec import AUDIENCES, CATEGORIES, CHANNELS

if TYPE_CHECKING:  # the MCP server validates with parse_lint without Starlette installed
    from starlette.requests import Request

_FIELDS = {"text", "channel", "mode", "first_message", "audience", "select", "ignore"}


class RequestError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class LintRequest:
    text: str
    channel: str
    mode: str = "draft"
    first_message: bool | None = None  # None: not said (absent or null)
    audience: str | None = None  # None: the server's configuration decides (auto unless set)
    select: tuple[str, ...] | None = None  # rule IDs or categories; None: all the server runs
    ignore: tuple[str, ...] = ()


async def read_json(request: Request, limit: int):
    """The body as JSON: 415 unless it says it is JSON, 413 past `limit` bytes, 400 if malformed."""
    ctype = request.headers.get("content-type", "")
    if ctype.split(";")[0].strip().lower() != "application/json":
        raise RequestError(415, "unsupported_media_type", "send the body as Content-Type: application/json")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise RequestError(413, "body_too_large", f"the body is larger than the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(413, "body_too_large", f"the body is larger than the limit of {limit} bytes")
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except UnicodeDecodeError:
        raise RequestError(400, "malformed_json", "the body is not UTF-8") from None
    except json.JSONDecodeError as exc:  # its message gives a position, never the text
        raise RequestError(400, "malformed_json", f"the body is not valid JSON ({exc.msg} at line "
                                                  f"{exc.lineno}, column {exc.colno})") from None


def parse_lint(obj, known_rules: Iterable[str], where: str = "") -> LintRequest:
    """A /v1/lint body (or one item of a batch, `where` naming it) as a LintRequest, or 422."""
    def fail(name: str, problem: str):
        raise RequestError(422, "invalid_request", f"{where}{name}: {problem}")

    if not isinstance(obj, dict):
        fail("body" if not where else "item", "must be a JSON object with at least text and channel")
    unknown = sorted(set(obj) - _FIELDS)
    if unknown:
        fail(unknown[0], f"unknown field; the fields are {', '.join(sorted(_FIELDS))}")
    text = obj.get("text")
    if not isinstance(text, str):
        fail("text", "required, a string")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        fail("text", f"holds a lone surrogate at offset {exc.start} (not a character)")
    channel = obj.get("channel")
    if channel not in CHANNELS:
        fail("channel", f"required, one of {', '.join(CHANNELS)}")
    mode = obj.get("mode", "draft")
    if mode not in MODES:
        fail("mode", f"one of {', '.join(MODES)}")
    first = obj.get("first_message")
    if first is not None and not isinstance(first, bool):
        fail("first_message", "true, false or null")
    audience = obj.get("audience")
    if audience is not None and audience not in AUDIENCES:
        fail("audience", f"one of {', '.join(AUDIENCES)}")
    known = set(known_rules) | set(CATEGORIES) | {"ALL"}
    select = _names(obj.get("select"), "select", known, fail) if obj.get("select") is not None else None
    ignore = _names(obj.get("ignore", []), "ignore", known, fail)
    return LintRequest(text, channel, mode, first, audience, select, ignore)


def parse_fix(obj, known_rules: Iterable[str]) -> tuple[LintRequest, bool]:
    """A /v1/fix body: a /v1/lint body plus `unsafe` (apply the unsafe fixes too), or 422."""
    if isinstance(obj, dict) and "unsafe" in obj:
        obj = dict(obj)
        unsafe = obj.pop("unsafe")
        if not isinstance(unsafe, bool):
            raise RequestError(422, "invalid_request", "unsafe: true or false")
        return parse_lint(obj, known_rules), unsafe
    return parse_lint(obj, known_rules), False


def parse_batch(obj, known_rules: Iterable[str], max_batch: int) -> list[LintRequest]:
    if not isinstance(obj, dict) or set(obj) != {"replies"} or not isinstance(obj["replies"], list):
        raise RequestError(422, "invalid_request", 'body must be {"replies": [ {text, channel, ...}, ... ]}')
    items = obj["replies"]
    if not items:
        raise RequestError(422, "invalid_request", "replies: give at least one reply")
    if len(items) > max_batch:
        raise RequestError(422, "invalid_request", f"replies: at most {max_batch} in one call, got {len(items)}")
    known = frozenset(known_rules)
    return [parse_lint(item, known, f"replies[{i}].") for i, item in enumerate(items)]


def _names(value, key, known, fail) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        fail(key, "a list of rule IDs or categories")
    names = tuple(v.strip() for v in value if v.strip())
    for name in names:
        if name not in known:
            fail(key, f"unknown rule or category {name!r} (GET /v1/rules lists them)")
    return names
