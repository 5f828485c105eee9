"""Positive phrasing: say what can be done, never blame the customer, no cold rules.

One module per family, and what more than one reads in _shared (the refusal and the way forward,
the customer's side, spans). Rules name the checks as `positive.<function>`.
All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets. Quoted text and signatures are never read.
"""

from ._shared import _ALTERNATIVE, _REFUSAL
from .accept_only import accept_only
from .blame import blame
from .cold_apology import _ACTION, cold_apology
from .curt_request import curt_request
from .double_negative import _DOUBLE_NEG, _DURING, _NEG_CONDITION, double_negative
from .lecturing import lecturing
from .negative_command import _NEG_CMD, negative_command
from .refusal import refusal
from .rule_citing import rule_citing
from .threat import threat

__all__ = ["accept_only", "blame", "cold_apology", "curt_request", "double_negative", "lecturing", "negative_command", "refusal",
           "rule_citing", "threat"]
