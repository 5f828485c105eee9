"""positive/cold-apology: an apology with nothing done anywhere in the reply.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations

from ... import segments as seg
from ...document import Document
from ...engine import CheckContext, triggered_by
from ...regexes import lazy, literal_first
from ._shared import _NOT_ALTERNATIVE, _has_alternative, _hit


_APOLOGY = lazy(r"申し訳(ございません|ありません|なく|ない)|お詫び申し上げます|お詫びいたします|失礼いたしました|すみません")
# Anything the company does or offers: then the apology comes with an action.
_ACTION = lazy(literal_first(
    r"(いたし|し|致し)(ます|ました|ております|ておりました)(?!ん)|予定|見込み|調べ|調査|確認|ご案内|お送り"
    # (what is already set right, said as done: 障害はすでに復旧済みです / 返金済みです)
    r"|(復旧|解消|修正|修理|対応|交換|返金|発送|再送|手配)済み"
    r"|ご連絡(いたし|し|させていただき|申し上げ)"
    r"|ください|いただけます|できます(?!ん)|可能|承"
    r"|(別|次|また)の機会|次回"  # (a door left open: また別の機会にご一緒できれば)
    r"|[てで](まいり|参り)ます|努めます|徹底"  # what we commit to from now on: 再発防止に努めてまいります
    # (our coming or giving, in the humble verb: 点検に伺います, 担当者が参ります, お電話を差し上げます;
    # not お話は伺いました, what was heard)
    r"|伺(います|わせていただきます)|参ります|差し上げます"))


def _does_something(norm: str, start: int, end: int, apologizes: bool = True) -> bool:
    """An action in norm[start:end], a sentence: not the apology itself (お詫びいたします,
    失礼いたしました), nor a request that offers no alternative. (The patterns look around no
    further than the bounds they are given: searched in the whole text, as in the sentence alone.)
    `apologizes`: whether _APOLOGY matches in the sentence; where it does not, it matches in no
    part of it, and is not searched around each action."""
    # (searched match by match, as finditer finds them: most sentences end at their first match
    # or hold none, and a scanner made costs twice a search; no match of _ACTION is empty)
    m = _ACTION.search(norm, start, end)
    while m is not None:
        at = m.start()
        if not (apologizes and _APOLOGY.search(norm, max(start, at - 6), m.end())) \
                and not norm.endswith("お詫び", max(start, at - 3), at) \
                and not (m.group() == "ください" and _NOT_ALTERNATIVE.search(norm, max(start, at - 6), at)):
            return True
        m = _ACTION.search(norm, m.end(), end)
    return False


# The trigger holds a word of each apology, from a kanji or a rarer kana where it can (お stands
# at every few characters of a reply, and す in every です and ます: the search was tried at each)
@triggered_by(r"申し訳|詫び|失礼いたしました|みません")
def cold_apology(doc: Document, ctx: CheckContext):
    """An apology with no action anywhere in the reply's body: regret, and nothing done."""
    norm = doc.norm
    written = doc.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING)
    apologies = [s for s in ctx.sentences(doc, written) if _APOLOGY.search(norm, s.nstart, s.nend)]
    if not apologies:
        return
    apologizing = {s.nstart for s in apologies}  # (every sentence _APOLOGY matches in: the trigger holds a word of each)
    # What is done is said in the body, or in the apology that opens the reply; an offer of
    # further help open to anything (ご不明な点があれば…) and the closing lines (よろしくお願い
    # いたします) do nothing, but an offer on this matter does (お調べいたしますので、…お知らせください).
    # (read from the end: the opening's thanks and apology do nothing, the body's last sentences most
    # often do; 2,552 sentences read in the 777 generated replies that apologize, against 1,203. The
    # opening's and body's sentences are the written ones but the closing lines: no list built for them)
    for s in reversed(written):
        if s.kind != seg.CLOSING and _does_something(norm, s.nstart, s.nend, s.nstart in apologizing) \
                and not doc.open_offer(s):
            return
    # ...or a way forward offered as refusal reads one (前後の13日・15日でしたら、空きがございます /
    # 代わりに…いただけます), after an apology for what could not be had
    for s in doc.linted_sentences(seg.BODY):
        if not doc.open_offer(s) and _has_alternative(doc, s.nstart, s.nend):
            return
    if doc.unprompted:  # (asked last: most apologies come with an action, found more cheaply)
        return  # (declining a proposal or an invitation, sending regrets: nothing is owed to be done)
    s = apologies[0]
    end = s.nend
    while end > s.nstart and norm[end - 1] in "。!?":
        end -= 1
    yield _hit(doc, s.nstart, end)
