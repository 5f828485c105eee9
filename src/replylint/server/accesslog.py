"""The access log: method, path, status, response size and time. Nothing else, ever.

uvicorn's own access log is turned off (it prints the client address and the query string);
this middleware never sees a request body, so it cannot log a customer's text.
"""

from __future__ import annotations

import logging
import time

logger = logging.getLogger("replylint.access")


def loggable_path(path: str) -> str:
    """Our paths are short ASCII; anything else (text pasted into a URL by mistake) is left out."""
    if len(path) <= 200 and path.isascii() and path.isprintable():
        return path
    return "<path left out: not short ASCII>"


class AccessLog:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        status, size = 500, 0

        async def counting_send(message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            logger.info("%s %s %d %d %.1fms", scope["method"], loggable_path(scope["path"]), status, size,
                        (time.perf_counter() - began) * 1000)
