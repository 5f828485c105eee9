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


def reach_summary(family: str, invalid: list, valid: list, missed: list, false: list) -> str:
    """A family generator's reach in one line: how many of its faulty sentences are found, how many
    of its correct look-alikes are flagged."""
    return f"{family}: {len(invalid) - len(missed)}/{len(invalid)} found, {len(false)}/{len(valid)} false"


def reach_message(family: str, invalid: list, valid: list, missed: list[str], false: list[str]) -> str:
    """What a family generator's test shows when it fails: the family's reach and every sentence
    it got wrong (tests/test_reach_*.py)."""
    return (reach_summary(family, invalid, valid, missed, false) + "\nmissed:\n" + "\n".join(missed)
            + "\nfalse:\n" + "\n".join(false))


def print_reach(families: dict, measure, argv: list[str]) -> None:
    """A reach file run as a script (python tests/test_reach_X.py [FAMILY ...] [-v]): each family's
    reach, and with -v every sentence it got wrong. `families` maps a name to its generator of
    (invalid, valid); `measure(name, invalid, valid)` returns (missed, false)."""
    for name in [a for a in argv if a != "-v"] or sorted(families):
        invalid, valid = families[name]()
        missed, false = measure(name, invalid, valid)
        print(reach_summary(name, invalid, valid, missed, false))
        if "-v" in argv:
            for x in missed:
                print("  MISS", x)
            for x in false:
                print("  FALSE", x)


class Reach:
    """The tally of a family generator's cases: each is expected found or silent; what was
    missed or falsely found is kept to show (tests/test_reach_jargon*.py)."""

    def __init__(self) -> None:
        self.found = self.want = self.noisy = self.quiet = 0
        self.failures: list[str] = []

    def record(self, expect: bool, hit: bool, what: str) -> None:
        if expect:
            self.want += 1
            self.found += hit
            if not hit:
                self.failures.append(f"MISSED {what}")
        else:
            self.quiet += 1
            self.noisy += hit
            if hit:
                self.failures.append(f"FALSE {what}")

    def summary(self, family: str) -> str:
        return f"{family}: {self.found}/{self.want} found, {self.noisy}/{self.quiet} false"
