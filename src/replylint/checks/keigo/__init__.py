"""Keigo checks: who acts (the customer or our side), how a verb is conjugated, where a sentence ends.

Every check reads the tokens of the sentences written to the customer (addressee, greeting,
body, closing); quoted text and the signature are never judged. Spans are original offsets.
Rules name them as `keigo.<function>`.
"""

from .honorifics import double_honorific, go_sareru, honorific_title, wrong_direction
from .manual_speech import baito, casual
from .style import mixed_style
from .verb_forms import ra_nuki, sa_ire, sasete_itadaku_overuse

__all__ = ["baito", "casual", "double_honorific", "go_sareru", "honorific_title", "mixed_style", "ra_nuki",
           "sa_ire", "sasete_itadaku_overuse", "wrong_direction"]
