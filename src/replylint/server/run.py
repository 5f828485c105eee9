"""Starting the service: check the settings, load the config once to fail early, run uvicorn."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import starlette  # noqa: F401 - the server extra: fail here, with the CLI's hint, when it is missing
import uvicorn

from .settings import ENV_SETTINGS, Settings, SettingsError

APP = "replylint.server.app:create_app"

# uvicorn's access log is off (it prints client addresses and query strings); ours prints
# method, path, status, size and time. Nothing logs a request body.
LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}},
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "replylint": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}


def check_port(host: str, port: int) -> None:
    """A clear error when the address is taken or not ours, before any worker starts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host.strip("[]"), port))
        except OSError as exc:
            raise SettingsError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def preflight(settings: Settings) -> None:
    """Everything that can be wrong before the first worker starts (exit 2 in the CLI)."""
    settings.check()
    if settings.config_path:
        from ..api import get_linter
        from ..config import load_config

        path = Path(settings.config_path)
        if not path.is_file():
            raise SettingsError(f"{settings.config_path}: no such config file")
        get_linter(load_config(path))  # ConfigError / PackError name the file and the key
    check_port(settings.host, settings.port)


def serve(settings: Settings) -> None:
    preflight(settings)
    os.environ[ENV_SETTINGS] = settings.to_env()  # the workers read their settings from here
    uvicorn.run(APP, factory=True, host=settings.host.strip("[]"), port=settings.port,
                workers=settings.workers if settings.workers > 1 else None,
                log_config=LOG_CONFIG, access_log=False, server_header=False, lifespan="on")
