"""positive/curt-request: a request to come, call or take a thing back in the bare verb.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

from ... import parties
from ... import segments as seg
from ...document import Document, Sentence
from ...engine import CheckContext, triggered_by
from ...regexes import lazy
from ._shared import _hit


# The reader told to come, call or take a thing back in the bare verb, where a set polite request
# exists (窓口に来てください → お越しください, 電話してください → お電話ください, 連絡してください → ご連絡
# ください, 引き取ってください → お引き取りください): an order, not a request. (Not お電話して, ご連絡して:
# the prefix is there; nor an invitation, ぜひ遊びに来てください.)
# (来 in kana after the place or the time it is told to come by: 窓口にきてください, 店舗まできてください)
# (not くださいます / くださった, someone's coming told: 理容師さんが多目的室に来てくださいます; round 36)
_CURT = lazy(r"(?<![おご一-龥])(?P<verb>来|電話し|連絡し|引き取っ|引取っ|(?<=[にへ、,])き|(?<=まで)き)て(ください|下さい)(?![まっ])")
_CURT_POLITE = {"来": "お越し", "き": "お越し", "電話し": "お電話", "連絡し": "ご連絡", "引き取っ": "お引き取り", "引取っ": "お引き取り"}
# An invitation or a friendly word around it: ぜひ, また, お気軽に, 遊びに, 会いに, 見に, いつでも
_INVITED = lazy(r"ぜひ|是非|また(?![、,])|気軽に|遊びに|会いに|見に|いつでも|お待ちして")


# Someone else to call, named just before the verb (警察（110番）へ連絡してください / 保険会社に電話して
# ください): the plain verb tells the reader what to do, where お電話 / ご連絡 would be asked of us.
_OTHERS_TO_CALL = lazy("(?:警察|消防|救急|110番|119番|病院|医療機関|保険会社|カード会社|役所|市役所|区役所|大家|"
                       + "|".join(parties.THIRD_PARTIES) + r")[^。、]{0,12}?(?:に|へ)(?:直接)?[、,]?$")


def _curt_at(doc: Document, s: Sentence):
    """The first bare request in `s` to come, call or take a thing back (_CURT), not an invitation
    nor a call to someone else; None otherwise."""
    # (every match of _CURT ends on て and ください or 下さい: most sentences hold neither, and the
    # pattern, which opens on a look-behind, is tried at every character of theirs; refusal asks it
    # of each sentence that answers a refusal)
    norm = doc.norm
    if norm.find("てください", s.nstart, s.nend) < 0 and norm.find("て下さい", s.nstart, s.nend) < 0:
        return None
    # (searched match by match, as finditer finds them: most sentences hold none, and a scanner
    # made costs twice a search; no match of _CURT is empty)
    if doc.set_apart(s):
        return None  # (やさしい日本語, its words set apart by spaces for a reader learning Japanese: 引っ越した
        # 日から 14日以内に 来てください; the plain request is what that reader understands)
    m = _CURT.search(norm, s.nstart, s.nend)
    while m is not None:
        if not _INVITED.search(norm, s.nstart, s.nend) \
                and not _OTHERS_TO_CALL.search(norm, max(s.nstart, m.start() - 24), m.start()):
            return m
        m = _CURT.search(norm, m.end(), s.nend)
    return None


# (every match of _CURT: a verb, て, ください. Written from its て, so that every alternative starts
# with it: re then scans for one literal character, where a set of first characters (来, 連, き …)
# is tested at every character, several times the time)
@triggered_by(r"て(?:(?<=来て)|(?<=電話して)|(?<=連絡して)|(?<=引き取って)|(?<=引取って)|(?<=きて))(?:ください|下さい)")
def curt_request(doc: Document, ctx: CheckContext):
    if doc.reader_called_san:
        return  # a school to its student (法学部3年 小野寺 悠 さん): 相談に来てください is that register's own
    norm = doc.norm
    for s in ctx.sentences(doc, doc.linted_sentences(seg.BODY, seg.CLOSING)):
        m = _curt_at(doc, s)
        if m is not None:
            yield _hit(doc, m.start(), m.end(), suggestion=_CURT_POLITE[m.group("verb")] + "ください")
