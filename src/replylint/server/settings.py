"""What the operator chose for the service, and the rule that guards a non-loopback host."""

from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

ENV_SETTINGS = "REPLYLINT_SERVER_SETTINGS"  # how the settings reach uvicorn's worker processes
ENV_TOKEN = "REPLYLINT_TOKEN"

DEFAULT_PORT = 8750
DEFAULT_MAX_BODY = 256 * 1024  # bytes
DEFAULT_TIME_LIMIT = 2.0  # seconds, per request
DEFAULT_MAX_BATCH = 100  # replies in one /v1/lint/batch call


class SettingsError(ValueError):
    """A setting the service cannot start with; the message says what to do."""


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    workers: int = 1
    config_path: str | None = None  # a replylint.toml / pyproject.toml; None: defaults
    token: str | None = None  # bearer token; required on every /v1 call when set
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    max_body: int = DEFAULT_MAX_BODY
    time_limit: float = DEFAULT_TIME_LIMIT
    max_batch: int = DEFAULT_MAX_BATCH
    access_log: bool = True

    def check(self) -> None:
        """Refuse what would expose the service: a non-loopback host without a token."""
        if not is_loopback(self.host) and not self.token:
            raise SettingsError(
                f"refusing to listen on {self.host!r} without a token: anyone who can reach it could "
                f"send requests. Give --token-file FILE or set {ENV_TOKEN}, or listen on 127.0.0.1.")
        if self.token is not None and len(self.token) < 16:
            raise SettingsError("the token is too short: use at least 16 characters "
                                "(for example: python3 -c 'import secrets; print(secrets.token_urlsafe(32))')")
        for origin in self.cors_origins:
            if origin == "*" or "://" not in origin or origin.endswith("/"):
                raise SettingsError(f"--cors-origin {origin!r}: give an exact origin such as "
                                    "https://example.zendesk.com (scheme and host, no path, no '*')")
        if self.max_body < 1024:
            raise SettingsError("--max-body must be at least 1024 bytes")
        if self.time_limit <= 0:
            raise SettingsError("--time-limit must be more than 0 seconds")
        if self.max_batch < 1:
            raise SettingsError("--max-batch must be at least 1")

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls, environ=os.environ) -> "Settings":
        raw = environ.get(ENV_SETTINGS)
        if not raw:
            return cls(token=read_token(None, environ))
        data = json.loads(raw)
        data["cors_origins"] = tuple(data.get("cors_origins", ()))
        return cls(**data)


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and `localhost`; an empty host or 0.0.0.0 means every interface."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_token(token_file: str | None, environ=os.environ) -> str | None:
    """The token from a file (its first line) or from REPLYLINT_TOKEN; None when neither is set."""
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{token_file}: cannot read the token file ({exc.__class__.__name__})") from None
        if not token:
            raise SettingsError(f"{token_file}: the token file is empty")
        return token
    token = environ.get(ENV_TOKEN, "").strip()
    return token or None
