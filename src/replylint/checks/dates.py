"""clarity/wrong-date: a date that does not exist (4月31日, 2月30日), or a weekday in brackets that
is not the date's (2023年4月15日(金): a Saturday).

A weekday is checked where the year is known: written with the date; or, for a date without its
year, after an earlier date of the reply written with its year and weekday, as a schedule is
written (2023年4月10日(月)…4月15日(土)): then the weekday must be the date's in that year or a
year next to it (a deadline in December before a January event; a return in January after a
December stay). A year written elsewhere (ご契約は2020年4月1日から) says nothing of a later date's;
a date with no year could fall in any year, so its weekday cannot be wrong by itself.

All patterns run on the normalized (NFKC) view: （金） is (金), ２０２３ is 2023.
"""

from __future__ import annotations

import calendar
import datetime

from ..document import Document
from ..engine import CheckContext, Hit, triggered_by
from ..regexes import lazy

_WEEKDAYS = "月火水木金土日"  # in the order of datetime.date.weekday(): 0 is Monday
# The first year of each era, less one: 令和5年 is 2018 + 5
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
# A date in Japanese (4月15日) or with slashes (4/15), found at its 月 or its slash, the month's digits
# read behind it (re scans for those two characters; a pattern that opened with a digit, or with the
# optional year, was tried at every digit or every character); the year written before it (2023年,
# 令和5年, 2023/) is read behind the month, in a few characters; a weekday in brackets after it
# ((金), (金曜日), (土・祝))
_MARK = lazy(r"[月/](?<=[0-9][月/])")
_MONTH_BEFORE = lazy(r"(?<![0-9])[0-9]{1,2}$")
_DIGITS = lazy(r"[0-9]{1,2}")
_DAY_AFTER = {"月": lazy(r"\s?([0-9]{1,2})日"), "/": lazy(r"([0-9]{1,2})(?![0-9/])")}
_YEAR_BEFORE = lazy(r"(?:(?P<y>[0-9]{4})年|(?P<era>令和|平成|昭和)(?P<ey>[0-9]{1,2}|元)年)\s?$")
_SLASH_YEAR_BEFORE = lazy(r"(?P<sy>[0-9]{4})/$")
_YEAR_REACH = 8  # (令和10年 and a blank)
# Enclosed numbers (①, ⑴, ⒈, ❶, ㉑), which NFKC turns into digits
_ENCLOSED = frozenset(chr(c) for r in ((0x2460, 0x24FF), (0x2776, 0x2793), (0x3251, 0x325F), (0x32B1, 0x32BF)) for c in range(r[0], r[1] + 1))
_WEEKDAY_AFTER = lazy(r"\s?\(\s?(?P<w>[月火水木金土日])(?:曜日|曜)?\s?(?:[・/、,][^()]{1,4})?\)")


def _dates(doc: Document, ctx: CheckContext):
    """(sentence, start, end, month, day, slashed) of each date in the linted sentences, in order
    (start at the month's digits). The marks are found in one pass over the reply, from the
    trigger's first match (its pattern finds the same characters), and each is read in the
    sentence it stands in, found walking forward: not a search per sentence for the sentences
    that hold one, then another for their marks."""
    norm = doc.norm
    sentences = doc.linted_sentences()
    first = doc.cache.get(ctx.trigger_key) if ctx.trigger is not None else None
    k, n = 0, len(sentences)
    for mark in _MARK.finditer(norm, 0 if first is None else first.start()):
        at = mark.start()
        while k < n and sentences[k].nend <= at:
            k += 1
        if k == n:
            return
        s = sentences[k]
        lo, hi = s.nstart, s.nend
        if at < lo:
            continue  # (between the linted sentences: a quote, the signature)
        month = _MONTH_BEFORE.search(norm, max(lo, at - 3), at)
        day = _DAY_AFTER[mark.group()].match(norm, at + 1, hi)
        if month is None or day is None:
            continue
        m0 = month.start()
        a, b = doc.original_span(m0, at)
        if any(c in _ENCLOSED for c in doc.text[a:b]):
            # (an item's enclosed number before the month, ①6月20日: NFKC made it a digit of the
            # month's; the month is the digits written after it)
            digits = len(doc.text[a:b]) - len(doc.text[a:b].rstrip("0123456789０１２３４５６７８９"))
            if digits == 0:
                continue
            month = _DIGITS.fullmatch(norm, at - min(digits, 2), at)
            if month is None:
                continue
        if month.group() == "00" or day.group(1) == "00":
            continue  # (00月00日: a template's slot for a date, template/placeholder's, not a date)
        yield s, month.start(), day.end(), int(month.group()), int(day.group(1)), mark.group() == "/"


def _year_before(norm: str, at: int, slashed: bool, lo: int):
    """The year written right before the date starting at `at` (2023年4月…, 令和5年4月…, 2023/4/…),
    as a match of _YEAR_BEFORE or _SLASH_YEAR_BEFORE, or None."""
    if slashed:
        return _SLASH_YEAR_BEFORE.search(norm, max(lo, at - 5), at)
    return _YEAR_BEFORE.search(norm, max(lo, at - _YEAR_REACH), at)


def _year_of(y) -> int | None:
    """The year a match of _YEAR_BEFORE or _SLASH_YEAR_BEFORE names, or None for no match."""
    if y is None:
        return None
    last = y.lastgroup  # (sy, y, or the era's ey: the group each way of writing a year ends on)
    if last != "ey":
        return int(y.group(last))
    n = y.group("ey")
    return _ERAS[y.group("era")] + (1 if n == "元" else int(n))


def _days_in(month: int, year: int | None) -> int:
    """The days of the month; February has 29 when the year is not known."""
    if month == 2 and year is None:
        return 29
    return calendar.monthrange(year if year is not None else 2024, month)[1]


# (every date holds a digit before 月 or before /: the trigger's words, each a literal first)
@triggered_by(r"月(?<=[0-9]月)|/(?<=[0-9]/)")
def wrong_date(doc: Document, ctx: CheckContext):
    norm = doc.norm
    schedule_year = None  # the year of the last dated weekday the reply wrote with its year
    for s, at, end, month, day, slashed in _dates(doc, ctx):
        year_m = _year_before(norm, at, slashed, s.nstart)
        if slashed and year_m is None and at > s.nstart and norm[at - 1] in "/.-":
            continue  # (a part of a longer code or path: 1/2/3, v1.2/3)
        year = _year_of(year_m)
        if year is not None and not 1 <= year <= 9999:
            year = None  # (0000年: no calendar's year; the date is read as if none were written)
        start = year_m.start() if year_m is not None else at
        weekday = _WEEKDAY_AFTER.match(norm, end, s.nend)
        if slashed and year is None and weekday is None:
            continue  # (4/15 alone: a date or a fraction)
        if not 1 <= month <= 12:
            if not slashed:
                yield Hit(*doc.original_span(start, end),
                          f"「{norm[start:end]}」という日付はありません。月は1から12までです。", None)
            continue
        if day < 1 or day > 28 and day > _days_in(month, year):  # (every month has 28 days: asked past them)
            yield Hit(*doc.original_span(start, end),
                      f"「{norm[start:end]}」という日付はありません。{month}月は{_days_in(month, year)}日までです。", None)
            continue
        if weekday is None:
            continue
        if year is not None:
            years = [year]
            schedule_year = year
        elif schedule_year is not None:
            # (the year next to it is as likely, either way: a deadline in December before a
            # January event, a return in January after a December stay)
            years = [schedule_year, schedule_year - 1, schedule_year + 1]
        else:
            continue
        try:
            days = [_WEEKDAYS[datetime.date(y, month, day).weekday()] for y in years]
        except ValueError:
            continue
        actual = days[0]
        if weekday.group("w") not in days:
            year = years[0]
            a, b = doc.original_span(start, weekday.end())
            yield Hit(a, b, f"「{doc.text[a:b]}」の曜日が違います。{year}年{month}月{day}日は{actual}曜日です。"
                            "日付と曜日のどちらが正しいか確かめてください。", f"({actual})")
