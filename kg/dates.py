"""A fact's time phrase as dates: "on Friday" in an article of 5 May 2025 is a day.

:func:`resolve` turns the words kg keeps in ``kg:time`` into a period (first day,
last day) using the article's ``published`` date and the fact's status: a bare
weekday or month in a planned fact is the next one, in a fact that happened the
last one. Phrases it does not understand give ``None``; the words stay as they are.
Standard library only.

>>> resolve("on Friday", "2025-05-05", "happened"), resolve("on Friday", "2025-05-05", "planned")
(('2025-05-02', '2025-05-02'), ('2025-05-09', '2025-05-09'))
>>> resolve("next week", "2025-05-07", "planned")
('2025-05-12', '2025-05-18')
>>> resolve("April 20", "2025-05-05", "happened"), resolve("in April", "2025-05-05", "planned")
(('2025-04-20', '2025-04-20'), ('2026-04-01', '2026-04-30'))
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

WEEKDAYS = {name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name} | {
    name: i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS = {k.lower(): v for k, v in MONTHS.items()} | {"sept": 9}
#: statuses whose bare weekday or month points forward from publication
FORWARD = frozenset({"planned", "hypothetical"})
#: words that only say when in a day ("Sunday afternoon")
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WORD = re.compile(r"[a-z0-9]+")

Period = tuple[str, str]


def _day(d: date) -> Period:
    return d.isoformat(), d.isoformat()


def _month(year: int, month: int) -> Period:
    return date(year, month, 1).isoformat(), date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def _shift_month(d: date, n: int) -> tuple[int, int]:
    m = d.year * 12 + d.month - 1 + n
    return m // 12, m % 12 + 1


def resolve(phrase: str, published: str | None, status: str = "happened") -> Period | None:
    """The first and last day (ISO dates, inclusive) ``phrase`` names, or None.

    Args:
        phrase: the fact's time words ("on Friday", "next week", "April 20", "2025-04-20").
        published: the article's date (ISO); relative phrases need it.
        status: the fact's status; a bare weekday or month in a planned (or
            hypothetical) fact is on or after ``published``, otherwise on or before.

    >>> resolve("Sunday afternoon", "2025-05-05", "reported"), resolve("yesterday", "2025-05-05")
    (('2025-05-04', '2025-05-04'), ('2025-05-04', '2025-05-04'))
    >>> resolve("last month", "2025-01-15"), resolve("20 April 2024", None), resolve("sometime", "2025-05-05")
    (('2024-12-01', '2024-12-31'), ('2024-04-20', '2024-04-20'), None)

    A plan is never for a time already over when its article appeared: such a phrase is about
    something else in the sentence ("will meet Y, as agreed last month"), and gives None. (Words
    that name a time ahead in a claim not read as planned, "talks in Geneva tomorrow", are kept:
    the time words are surer than the status.) "This week" in a plan of a Sunday article is the
    week that begins the next day, as newswire means it.

    >>> resolve("last month", "2025-01-15", "planned"), resolve("tomorrow", "2025-01-15", "happened")
    (None, ('2025-01-16', '2025-01-16'))
    >>> resolve("this week", "2025-05-11", "planned"), resolve("this week", "2025-05-11", "happened")
    (('2025-05-12', '2025-05-18'), ('2025-05-05', '2025-05-11'))
    """
    today = _published_day(published)
    if status in FORWARD and today is not None and today.weekday() == 6 and \
            re.fullmatch(r"(?:(?:on|in|during|by|later|early|late) )?this week", " ".join(_WORD.findall(phrase.lower()))):
        phrase = "next week"  # a Sunday's "this week" is the coming one
    period = _resolve(phrase, published, status)
    if period is None or today is None:
        return period
    if status in FORWARD and period[1] < today.isoformat():
        return None
    return period


def _resolve(phrase: str, published: str | None, status: str) -> Period | None:
    text = " ".join(_WORD.findall(phrase.lower()))
    text = re.sub(r"^(?:on|in|at|by|during|from|since|until|early|late|mid)\s+", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"(\d+)(?:st|nd|rd|th)\b", r"\1", text)
    # a part of a period is in the period: "the end of April", "the end of the month"
    text = re.sub(r"^(?:(?:end|beginning|start|middle|first half|second half) of (?:the )?)", "", text)
    if text in {"month", "week", "year"}:
        text = f"this {text}"
    text = re.sub(r" (?:and|or|to)$", "", text)  # a phrase cut off at a coordination: "June 29 and"
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    # a range of days: "April 14-27", "April 29 to May 5", "June 29 and 30" (dashes are gone)
    if m := re.fullmatch(rf"({month_names}) (\d{{1,2}}) (?:to |through |and )?(?:({month_names}) )?(\d{{1,2}})(?: (\d{{4}}))?", text):
        year = int(m[5]) if m[5] else None
        first = _dated(published, status, MONTHS[m[1]], int(m[2]), year)
        last = _dated(published, status, MONTHS[m[3] or m[1]], int(m[4]), year)
        if first and last and first[0] > last[0] and first[0][:4] == last[0][:4]:  # "December 30 to January 2"
            last = _dated(published, status, MONTHS[m[3] or m[1]], int(m[4]), int(first[0][:4]) + 1)
        return (first[0], last[1]) if first and last and first[0] <= last[1] else None
    # a day and what follows it: "April 29 for a week" starts on April 29
    if m := re.fullmatch(rf"({month_names}) (\d{{1,2}}) for (?:a|one|two|three|\d+) (?:day|days|week|weeks)", text):
        return _dated(published, status, MONTHS[m[1]], int(m[2]), None)
    if m := re.fullmatch(r"(\d{4}) (\d{1,2}) (\d{1,2})", text):  # 2025-04-20 (dashes are gone)
        try:
            return _day(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    # "April 20, 2025", "20 April 2025", "April 20", "20 April"
    m = re.fullmatch(rf"(?:({month_names}) (\d{{1,2}})|(\d{{1,2}}) (?:of )?({month_names}))(?: (\d{{4}}))?", text)
    if m:
        month = MONTHS[m[1] or m[4]]
        day = int(m[2] or m[3])
        return _dated(published, status, month, day, int(m[5]) if m[5] else None)
    if m := re.fullmatch(rf"({month_names})(?: (\d{{4}}))?", text):  # "in April", "April 2025"
        return _dated(published, status, MONTHS[m[1]], None, int(m[2]) if m[2] else None)
    if m := re.fullmatch(r"(\d{4})", text):
        return f"{m[1]}-01-01", f"{m[1]}-12-31"
    today = _published_day(published)
    if today is None:
        return None
    forward = status in FORWARD
    if m := re.fullmatch(rf"(today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow){_PART_OF_DAY}", text):
        return _day(today + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m[1], 0)))
    weekdays = "|".join(WEEKDAYS)
    if m := re.fullmatch(rf"(?:(last|next|this|coming) )?({weekdays}){_PART_OF_DAY}", text):
        wanted = WEEKDAYS[m[2]]
        ahead = m[1] in {"next", "coming"} or (m[1] in {None, "this"} and forward)
        if ahead:
            step = (wanted - today.weekday()) % 7
            return _day(today + timedelta(days=step or (7 if m[1] == "next" else 0)))
        step = (today.weekday() - wanted) % 7
        return _day(today - timedelta(days=step or (7 if m[1] == "last" else 0)))
    if m := re.fullmatch(r"(last|next|this|coming|later this|earlier this) (week|month|year)", text):
        n = {"last": -1, "next": 1, "coming": 1}.get(m[1], 0)
        if m[2] == "week":
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=n)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
        if m[2] == "month":
            return _month(*_shift_month(today, n))
        return f"{today.year + n}-01-01", f"{today.year + n}-12-31"
    if text == "weekend" or (m := re.fullmatch(r"(this|next|last) weekend", text)):
        which = "this" if text == "weekend" else m[1]
        saturday = today + timedelta(days=(5 - today.weekday()) % 7) if which != "last" else today - timedelta(days=(today.weekday() - 5) % 7 or 7)
        if which == "next":
            saturday += timedelta(weeks=1) if today.weekday() >= 5 else timedelta(0)
        return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()
    return None


def _published_day(published: str | None) -> date | None:
    """The article's publication day, or None when it has none or it is not a date."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _dated(published: str | None, status: str, month: int, day: int | None, year: int | None) -> Period | None:
    if year is None:
        today = _published_day(published)
        if today is None:
            return None
        year = today.year
        start = date(year, month, day or 1) if _valid(year, month, day) else None
        if start is None:
            return None
        end = start if day else date(year, month, calendar.monthrange(year, month)[1])
        if status in FORWARD and end < today:
            year += 1
        elif status not in FORWARD and start > today:
            # what happened lies back, unless last year's date is more than twice as far back as this
            # year's is ahead: "April 29" in a March article is that April (the status, not the words,
            # is wrong), "in December" in a March article is last December
            last = date(year - 1, month, day or calendar.monthrange(year - 1, month)[1]) if _valid(year - 1, month, day) else None
            if last is None or (today - last).days > 2 * (start - today).days:
                return _day(start) if day else _month(year, month)
            year -= 1
    if not _valid(year, month, day):
        return None
    return _day(date(year, month, day)) if day else _month(year, month)


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        date(year, month, day or 1)
        return True
    except ValueError:
        return False
