"""The Starlette application: the /v1 endpoints, the page, health, limits, token and CORS.

Every answer about a reply comes from `replylint.get_linter(config).lint()`; this module only
reads requests, runs the linter under the time limit (timelimit.py), and writes JSON.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import traceback
from functools import wraps
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..api import Linter, get_linter
from ..config import Config, load_config
from .accesslog import AccessLog
from .openapi import document as openapi_document
from .payload import LintRequest, RequestError, parse_batch, parse_fix, parse_lint, read_json
from .results import fix_request, lint_request, rule_docs, rule_summary
from .settings import Settings
from .timelimit import Limiter, TimeLimit

STATIC = Path(__file__).parent / "static"
RETRY_AFTER = "1"  # seconds, on a 503

log = logging.getLogger("replylint.server")

_NO_STORE = {"Cache-Control": "no-store"}  # answers about a customer's text are never cached
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

# Drafts that touch every part of the engine once, so that lazily compiled grammars are ready
# before the first request (they are made up, not anybody's data).
_WARM_UP = (
    ("山田様\n\nお問い合わせいただきありがとうございます。サポート担当の佐藤です。\n"
     "ご指摘のレイテンシについて確認いたします。わかりしだい、ご連絡いたします。\n"
     "ご不明な点がございましたら、お気軽にお問い合わせください。\n"
     "今後ともよろしくお願いいたします。\n\n株式会社サンプル サポート窓口\n", "email"),
    ("お待たせしました！{{name}}様、おっしゃられた件、分かった。", "chat"),
    ("ご迷惑をおかけしております。詳細はDMでお知らせください。", "sns"),
)


def error(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status, headers={**_NO_STORE, **(headers or {})})


class Door:
    """What every worker holds: the settings, the shared linter and the time limit."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.linter: Linter | None = None
        self.rule_ids: frozenset[str] = frozenset()
        self.limiter: Limiter | None = None

    def load(self) -> None:
        """Tokenizer and rules, once per worker, before the first request is accepted."""
        s = self.settings
        config = load_config(Path(s.config_path)) if s.config_path else Config()
        linter = get_linter(config)
        for text, channel in _WARM_UP:
            linter.lint(text, channel)
        self.rule_ids = frozenset(spec.id for spec in linter.rules)
        self.limiter = Limiter(s.time_limit)
        self.linter = linter

    def close(self) -> None:
        if self.limiter is not None:
            self.limiter.close()

    def authorized(self, request: Request) -> bool:
        token = self.settings.token
        if token is None:
            return True
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())

    def lint_one(self, req: LintRequest) -> dict:
        return lint_request(self.linter, req)

    def fix_one(self, req: LintRequest, unsafe: bool) -> dict:
        return fix_request(self.linter, req, unsafe)

    async def within_limit(self, fn, *args):
        """`fn(*args)`, or 503 when it takes longer than the time limit (the lint is stopped)."""
        try:
            return await self.limiter.run(fn, *args)
        except TimeLimit:
            raise RequestError(503, "time_limit", f"no answer within {self.settings.time_limit:g} s; "
                                                  "try again shortly") from None


def _endpoint(api: bool = True):
    """Token check for /v1, JSON errors, and no exception text in any log (it may quote the text)."""
    def wrap(handler):
        @wraps(handler)
        async def run(request: Request):
            door: Door = request.app.state.door
            if api and not door.authorized(request):
                return error(401, "unauthorized", "send the service's token as Authorization: Bearer TOKEN",
                             {"WWW-Authenticate": "Bearer"})
            if door.linter is None:
                return error(503, "not_ready", "the rules are still loading", {"Retry-After": RETRY_AFTER})
            try:
                return await handler(request, door)
            except ClientDisconnect:  # gone before its body arrived: nobody reads the answer
                return error(400, "client_disconnected", "the client closed the connection")
            except RequestError as exc:
                headers = {"Retry-After": RETRY_AFTER} if exc.status == 503 else None
                return error(exc.status, exc.code, exc.message, headers)
            except Exception as exc:  # noqa: BLE001 - a crash is an answer, never a dead worker
                frames = "".join(traceback.format_tb(exc.__traceback__))
                log.error("internal error %s (message left out)\n%s", type(exc).__name__, frames)
                return error(500, "internal_error", "replylint failed on this request; please report a bug "
                                                    "(the server log has the traceback, without the text)")
        return run
    return wrap


@_endpoint()
async def lint(request: Request, door: Door) -> Response:
    req = parse_lint(await read_json(request, door.settings.max_body), door.rule_ids)
    result = await door.within_limit(door.lint_one, req)
    result["version"] = __version__
    return JSONResponse(result, headers=_NO_STORE)


@_endpoint()
async def fix(request: Request, door: Door) -> Response:
    req, unsafe = parse_fix(await read_json(request, door.settings.max_body), door.rule_ids)
    result = await door.within_limit(door.fix_one, req, unsafe)
    result["version"] = __version__
    return JSONResponse(result, headers=_NO_STORE)


def _lint_many(door: Door, reqs: list[LintRequest]) -> list[dict]:
    return [door.lint_one(r) for r in reqs]


@_endpoint()
async def lint_batch(request: Request, door: Door) -> Response:
    s = door.settings
    reqs = parse_batch(await read_json(request, s.max_body), door.rule_ids, s.max_batch)
    results = await door.within_limit(_lint_many, door, reqs)
    return JSONResponse({"results": results, "version": __version__}, headers=_NO_STORE)


@_endpoint()
async def rules(request: Request, door: Door) -> Response:
    return JSONResponse({"rules": [rule_summary(s) for s in door.linter.rules], "version": __version__})


@_endpoint()
async def rule(request: Request, door: Door) -> Response:
    rule_id = request.path_params["rule_id"]
    spec = next((s for s in door.linter.rules if s.id == rule_id), None)
    if spec is None:
        return error(404, "unknown_rule", f"no rule {rule_id!r}; GET /v1/rules lists them")
    return JSONResponse(rule_docs(spec))


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"}, headers=_NO_STORE)


async def readyz(request: Request) -> Response:
    door: Door = request.app.state.door
    if door.linter is None:
        return error(503, "not_ready", "the rules are still loading", {"Retry-After": RETRY_AFTER})
    return JSONResponse({"status": "ready", "rules": len(door.rule_ids),
                         "tokenizer": door.linter.backend.name, "version": __version__}, headers=_NO_STORE)


async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_document(__version__))


async def page(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", headers=_PAGE_HEADERS)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return error(exc.status_code, code, str(exc.detail), dict(exc.headers or {}))


def create_app(settings: Settings | None = None) -> Starlette:
    """The application; uvicorn calls it in each worker (settings from the environment)."""
    settings = settings or Settings.from_env()
    door = Door(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        door.load()
        try:
            yield
        finally:
            door.close()

    middleware = []
    if settings.access_log:
        middleware.append(Middleware(AccessLog))
    if settings.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"],
                                     max_age=600))
    routes = [
        Route("/", page, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/v1/lint", lint, methods=["POST"]),
        Route("/v1/lint/batch", lint_batch, methods=["POST"]),
        Route("/v1/fix", fix, methods=["POST"]),
        Route("/v1/rules", rules, methods=["GET"]),
        Route("/v1/rules/{rule_id:path}", rule, methods=["GET"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={HTTPException: _http_error})
    app.state.door = door
    return app
