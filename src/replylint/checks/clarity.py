"""Clarity: say how long a wait will be; keep sentences short enough to read at a glance."""

from __future__ import annotations

import re

from ..document import Document
from ..engine import CheckContext, Hit, triggered_by

# Asking the customer to wait, or promising to come back after checking.
_WAIT = re.compile(
    r"(少々|しばらく|今しばらく|いましばらく|暫く)(の間)?、?お待ち(ください|くださいませ|いただけ|いただき|願い)"
    r"|お待ちいただけ(ます|ません)(か|でしょうか)"
    r"|お時間を?(いただけ|頂け|ちょうだい|頂戴|いただき|頂き|いただく)"
    r"|折り返し[、]?(ご連絡|お電話|ご案内|ご返信|ご回答)"
    r"|(確認|調査|お調べ|確認いたし|調査いたし)[^。]{0,6}(のうえ|の上|して|いたして|しまして|したうえで|後)[、]?(改めて|あらためて)?[、]?"
    r"(ご連絡|ご案内|ご回答|ご返信|お知らせ|ご報告)"
    r"|(調査|確認|お調べ)(いた)?します(ので|。|$)"
    r"|(確認|調査|お調べ|判明|分かり|わかり)[^。、]{0,6}(次第|しだい)[、]?(ご連絡|ご案内|ご回答|ご返信|お知らせ|ご報告)"
    r"|(追って|後ほど|のちほど)[、]?(ご連絡|ご案内|ご回答|ご返信|お知らせ|ご報告)")
# An estimate: how long, or until when.
_ESTIMATE = re.compile(
    r"[0-9０-９一二三四五六七八九十数半]+\s*(秒|分|時間|日|営業日|週間|か月|ヶ月|カ月|ケ月|月|時|年)"
    r"|本日中|今日中|明日|あす|明後日|あさって|今週|来週|週明け|今月|来月|月内|年内|週内|近日中"
    r"|[月火水木金土日]曜|正午|午前|午後|夕方|夜|朝|昼|営業時間内|終業|始業"
    r"|すぐ|ただちに|直ちに|即日|当日中|折り返し[0-9]|まもなく|間もなく|この後|このあと"
    r"|(まで|以内|ほど|程度|前後|ごろ|頃)(に|で|お待ち|かかり|お時間)")


_ASKS_CUSTOMER = re.compile(
    r"(お知らせ|教えて|お送り|ご返信|ご提示|お伝え|ご連絡|ご確認|お試し)[^。]{0,8}(ください|いただけ|願え|願い)")


def _sentences(doc: Document):
    return doc.linted_sentences()


def _strength(m: re.Match) -> int:
    t = m.group()
    if "お待ち" in t:
        return 3
    if "お時間" in t:
        return 2
    if t.endswith(("ので", "。")) or t.endswith("します"):
        return 0  # 確認いたしますので: the promise to check, weaker than the request to wait
    return 1


@triggered_by(r"お待ち|お時間|折り返し|ご(?:連絡|案内|回答|返信|報告)|お知らせ|調査(?:いた)?します"
              r"|確認(?:いた)?します|お調べ(?:いた)?します")
def wait_without_estimate(doc: Document, ctx: CheckContext):
    """One finding per run of consecutive waiting sentences, at the plainest request to wait."""
    norm = doc.norm
    sents = _sentences(doc)
    run: list[tuple[int, re.Match]] = []

    def flush():
        if not run:
            return None
        lo, hi = run[0][0], run[-1][0]
        near = sents[max(0, lo - 1):hi + 2]
        best = max(run, key=lambda km: (_strength(km[1]), km[0]))[1]
        run.clear()
        if any(_ESTIMATE.search(norm, x.nstart, x.nend) for x in near):
            return None
        return Hit(*doc.original_span(best.start(), best.end()))

    waiting = {id(s) for s in ctx.sentences(doc, sents)}
    for k, s in enumerate(sents):
        # A sentence without the trigger asks for no wait: it ends a run like any other.
        found = list(_WAIT.finditer(norm, s.nstart, s.nend)) if id(s) in waiting else []
        if found and _ASKS_CUSTOMER.search(norm, s.nstart, s.nend):
            # お調べしますので、ご注文番号をお知らせいただけますか: the next move is the customer's.
            found = [m for m in found if _strength(m) > 0]
        if found:
            run.extend((k, m) for m in found)
            continue
        hit = flush() if run else None
        if hit:
            yield hit
    hit = flush()
    if hit:
        yield hit


_URL = re.compile(r"https?://\S+|www\.\S+")
_COMMA = re.compile(r"、|(?<![0-9]),|,(?![0-9])")  # not the comma of 1,100円
_LIMITS = {"email": "max_email", "chat": "max_chat", "sns": "max_sns"}


def long_sentence(doc: Document, ctx: CheckContext):
    norm = doc.norm
    limit = int(ctx.options.get(_LIMITS.get(doc.channel, "max_email"), 100))
    max_commas = int(ctx.options.get("max_commas", 4))
    for s in _sentences(doc):
        # Neither too long nor too many commas can be true of a short sentence with few
        # commas (both counts below only shrink): most sentences end here.
        if s.nend - s.nstart <= limit and norm.count("、", s.nstart, s.nend) + norm.count(",", s.nstart, s.nend) <= max_commas:
            continue
        text = norm[s.nstart:s.nend]
        length = len(_URL.sub("", text).strip())
        commas = len(_COMMA.findall(text))
        if length > limit:
            yield Hit(s.start, s.end,
                      f"この文は{length}文字あります（目安は{limit}文字以内）。2つ以上の文に分けてください。",
                      "「〜ので、」「〜が、」のところで文を区切る")
        elif commas > max_commas:
            yield Hit(s.start, s.end,
                      f"この文には読点が{commas}個あります（目安は{max_commas}個以内）。文を分けるか、箇条書きにしてください。",
                      "文を分けるか、箇条書きにする")
