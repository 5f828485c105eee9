"""Shared fixtures: every rule test runs under both tokenizer backends."""

from __future__ import annotations

from pathlib import Path

import pytest

import replylint
from replylint.tokenize import BACKENDS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def linter(backend) -> replylint.Linter:
    return replylint.get_linter({"tokenizer": backend})


def rule_hits(report: replylint.Report, rule: str) -> list[replylint.Finding]:
    return [f for f in report.findings if f.rule == rule]
