"""The per-request time limit: an alarm that stops a lint that runs too long.

Each worker lints on its event loop, in the main thread (handing every request to a thread cost
a fifth more CPU per request in bench/serve.py). A timer signal (SIGALRM) interrupts the lint
when the limit passes, so the work really stops: a thread given up on would keep burning the
processor after its caller has had its 503. Off the main thread, where signals cannot reach,
`run_limited` falls back to a thread and abandons it at the limit.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from concurrent.futures import ThreadPoolExecutor


class TimeLimit(BaseException):
    """Raised into the lint when its time is up (a BaseException, so that no `except
    Exception` on the way swallows it)."""


_armed = False  # the alarm only raises while a limited call runs


def _on_alarm(signum, frame) -> None:
    if _armed:
        raise TimeLimit


def can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def install() -> None:
    """Call once, from the main thread, before the first limited call."""
    signal.signal(signal.SIGALRM, _on_alarm)


def call_with_alarm(seconds: float, fn, *args):
    global _armed
    _armed = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*args)
    finally:
        _armed = False  # an alarm that lands from here on is ignored
        signal.setitimer(signal.ITIMER_REAL, 0)


class Limiter:
    """Runs a function under the time limit; TimeLimit when it is over."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.alarm = can_use_alarm()
        self.pool: ThreadPoolExecutor | None = None
        if self.alarm:
            install()
        else:
            self.pool = ThreadPoolExecutor(4, thread_name_prefix="replylint-lint")

    async def run(self, fn, *args):
        if self.alarm:
            return call_with_alarm(self.seconds, fn, *args)
        future = asyncio.get_running_loop().run_in_executor(self.pool, fn, *args)
        try:
            return await asyncio.wait_for(future, self.seconds)
        except TimeoutError:
            raise TimeLimit from None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
