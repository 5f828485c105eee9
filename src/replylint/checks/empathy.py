"""Empathy: a reply to a complaint or a problem acknowledges what the customer went through."""

from __future__ import annotations

import bisect

from .. import acts
from .. import segments as seg
from ..document import Document
from ..engine import CheckContext, Hit, triggered_by
from ..regexes import lazy


def _apologises_for_trouble(doc: Document, written: list) -> bool:
    """An apology in the reply (not the cushion 申し訳ございませんが、…, not the opener for our own
    slow answer: お返事が遅くなり申し訳ございません)."""
    norm = doc.norm
    return any(not acts.OWN_DELAY.search(norm, max(s.nstart, m.start() - 20), m.start())
               for s in written for m in acts.APOLOGY.finditer(norm, s.nstart, s.nend))


def _named_across(doc: Document, written: list, told: list) -> bool:
    """The apology names the trouble from the sentence before it: 誤った資料を添付してしまいました。
    深くお詫び申し上げます。 / 発送が遅れております。誠に申し訳ございません。 (not our own slow answer:
    お返事が遅くなってしまいました。申し訳ございません。)"""
    norm = doc.norm
    if len(written) < 2:
        return False
    # The sentences that tell the trouble: our slip, found once over the reply (rare words), and
    # the trouble told among the sentences the trigger found; then the sentence after each.
    starts = [s.nstart for s in written]
    at = {n: k for k, n in enumerate(starts)}
    slips = {bisect.bisect_right(starts, m.start()) - 1
             for m in acts.SLIP_TOLD_ANYWHERE.finditer(norm, written[0].nstart, written[-1].nend)}
    tellers = slips | {at[s.nstart] for s in told if s.nstart in at and doc.act(acts.TROUBLE_TOLD, s)}
    for k in sorted(tellers):
        if k < 0 or k + 1 >= len(written):
            continue
        prev, cur = written[k], written[k + 1]
        if (not norm[prev.nend:cur.nstart].strip() and acts.APOLOGY_ALONE.match(norm, cur.nstart, cur.nend)
                and (k not in slips or acts.SLIP_TOLD.search(norm, prev.nstart, prev.nend)
                     or doc.act(acts.TROUBLE_TOLD, prev))
                and not acts.OWN_DELAY.search(norm, prev.nstart, prev.nend)):
            return True
    return False


def _there(doc: Document, written: list) -> bool:
    """What there was or what it came to, then the apology (不足があり、申し訳ございませんでした):
    searched once over the reply, in a sentence of the reply's own."""
    starts = None
    for m in acts.ACKNOWLEDGEMENT_THERE.finditer(doc.norm, written[0].nstart, written[-1].nend):
        starts = starts or [s.nstart for s in written]
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= written[k].nend:
            return True
    return False


@triggered_by(acts.any_word_of(acts.APOLOGY, acts.TROUBLE, acts.TROUBLE_TOLD))  # no trouble, nothing to take in
def no_acknowledgement(doc: Document, ctx: CheckContext):
    written = doc.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING)
    if not written:
        return
    # Taken in (an acknowledgement: three of four triggered replies hold one) is asked first,
    # the trouble after it; either way round the finding is the same. An acknowledgement is read
    # in the sentences with one of its words: a sentence wrapped onto the next line is read
    # whole, from either piece, and its piece with the word is among them.
    gate = acts.ACKNOWLEDGEMENT.gate
    if any(doc.act(acts.ACKNOWLEDGEMENT, s) for s in (written if gate is None else doc.sentences_with(gate, written))):
        return
    # The trouble, from the reply's own account of it (in the sentences with the trigger's
    # words) or from the customer's quoted message.
    told = ctx.sentences(doc, written)
    if not (_apologises_for_trouble(doc, told) or any(doc.act(acts.TROUBLE_TOLD, s) for s in told)
            or (doc.quotes_customer and acts.TROUBLE.search(doc.quoted_text))):
        return
    # (unprompted, a search of the whole reply, last)
    if _named_across(doc, written, told) or _there(doc, written) or doc.unprompted:
        return  # taken in; or a notice, an absence, a reply to a proposal: no customer's trouble
    yield Hit(0, 0)


# An apology made to hang on whether the reader was hurt at all (ご不快な思いをさせてしまったのであれば、
# 申し訳ございません / 誤解を招いたのであれば遺憾です / ご不便をおかけしたならすみません): the feeling or the
# trouble, in the past, as the condition, and the apology in the same sentence. (Not a fact we cannot
# see, すでにお手続き済みでしたら、行き違いとなり申し訳ございません, nor one still going on, ご不便を
# おかけしているようでしたら: no feeling of theirs doubted after the event.)
_FEELING = (r"不快|不満|気分を害|気を悪く|誤解|迷惑|不便|心配|嫌な思い|いやな思い|残念な思い|悲しい思い|ご立腹|お怒り|傷つけ"
            r"|気に障|お気に障|ご負担|ご面倒|がっかり")
_CONDITIONAL_APOLOGY = lazy(
    r"(?:" + _FEELING + r")[^。]{0,20}?た(?:の|ん)?(?:であれば|でしたら|だとしたら|としたら|とすれば|なら(?:ば)?)[、,]?[^。]{0,16}?"
    r"(?:申し訳|お詫び|おわび|すみません|すいません|遺憾|謝罪|ごめんなさい)(?:ございません(?:でした)?|ありません(?:でした)?|ないです"
    r"|いたします|申し上げます|です|でございます)?")


# (found from the condition on something past, た then であれば / でしたら / としたら / なら: one scan,
# stopping at each た; the apology then in the sentences that hold one)
_PAST_IF = lazy(r"た(?:の|ん)?(?:であれば|でしたら|だとしたら|としたら|とすれば|なら)")


@triggered_by(_PAST_IF)
def conditional_apology(doc: Document, ctx: CheckContext):
    norm = doc.norm
    for s in ctx.sentences(doc, doc.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING)):
        m = _CONDITIONAL_APOLOGY.search(norm, s.nstart, s.nend)
        if m is not None:
            comma = max(norm.rfind("、", s.nstart, m.start()), norm.rfind(",", s.nstart, m.start()))
            start = comma + 1 if comma >= 0 else s.nstart
            while start < m.start() and norm[start] in " 　":
                start += 1
            yield Hit(*doc.original_span(start, m.end()))
