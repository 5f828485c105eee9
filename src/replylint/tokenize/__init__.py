"""Tokenizer backends behind one interface; each is created once per process."""

from __future__ import annotations

import threading

from .base import Backend
from .token import INFLECTING, Token

BACKENDS = ("fugashi", "sudachi")
DEFAULT_BACKEND = "fugashi"

_lock = threading.Lock()
_instances: dict[str, Backend] = {}


class UnknownBackendError(ValueError):
    pass


def get_backend(name: str | None = None) -> Backend:
    """Return the process-wide backend `name` (default: fugashi), creating it on first use."""
    name = name or DEFAULT_BACKEND
    backend = _instances.get(name)
    if backend is not None:
        return backend
    with _lock:
        backend = _instances.get(name)
        if backend is None:
            if name == "fugashi":
                from .fugashi_backend import FugashiBackend

                backend = FugashiBackend()
            elif name == "sudachi":
                from .sudachi_backend import SudachiBackend

                backend = SudachiBackend()
            else:
                raise UnknownBackendError(
                    f"unknown tokenizer {name!r}: choose one of {', '.join(BACKENDS)}")
            _instances[name] = backend
    return backend


__all__ = ["BACKENDS", "DEFAULT_BACKEND", "INFLECTING", "Backend", "Token",
           "UnknownBackendError", "get_backend"]
