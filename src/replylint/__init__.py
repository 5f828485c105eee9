"""replylint: a linter for Japanese customer-support replies.

    >>> import replylint
    >>> report = replylint.lint("山田様\\nお問い合わせありがとうございます。…", channel="email")
    >>> report.score, report.blocking, [f.rule for f in report.findings]
    >>> text, applied = replylint.fix("…見れません。", channel="email")  # safe fixes, until nothing changes
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Linter, UsageError, fix, get_linter, lint
from .config import Config, ConfigError
from .finding import Finding, Report
from .packs import PackError

__all__ = ["Config", "ConfigError", "Finding", "Linter", "PackError", "Report", "TemplateLibrary", "UsageError",
           "__version__", "fix", "get_linter", "lint"]


def __getattr__(name: str):
    if name == "TemplateLibrary":  # on first use: a draft linted without templates never needs it
        from .templates import TemplateLibrary

        return TemplateLibrary
    raise AttributeError(f"module 'replylint' has no attribute {name!r}")
