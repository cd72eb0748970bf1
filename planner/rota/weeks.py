"""Which week a rota sheet or row belongs to, and which day.

A week is known from a date (ISO week), a "Week 2"/"Wk2" label, or not at all. Weeks that
are not marked are all taken to be the same week, so a person on two unmarked sheets is
reported as listed twice rather than counted twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

WeekKey = tuple[object, ...]
UNMARKED: WeekKey = ("unmarked",)

DAYS: dict[str, int] = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"(?<![\d:.])(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?![\d:])")
_DOTTED = re.compile(r"(?<![\d:.])(\d{1,2})[.-](\d{1,2})[.-](\d{4}|\d{2})(?![\d:.])")
_WORDY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                    r"[a-z]*\.?(?:,?\s+(\d{4}))?\b", re.IGNORECASE)
_WEEK_NO = re.compile(r"\b(?:week|wk)\s*(?:no\.?|number)?\s*(\d{1,2})\b", re.IGNORECASE)
_WEEK_OF = re.compile(r"\b(?:w/?c|w/b|week\s+(?:commencing|beginning|starting|of))\b", re.IGNORECASE)
_FIRST_WORD = re.compile(r"^\s*([A-Za-z]+)")


def iso_week(d: date) -> WeekKey:
    year, week, _ = d.isocalendar()
    return ("iso", year, week)


def date_in_text(text: str) -> date | None:
    """A date written in text (day first, as in the UK); one without a year is taken to be
    in the current year."""
    for pattern, order in ((_ISO, "ymd"), (_DOTTED, "dmy"), (_NUMERIC, "dmy")):
        m = pattern.search(text)
        if m:
            found = _ymd(m.groups(), order)
            if found is not None:
                return found
    m = _WORDY.search(text)
    if m:
        return _ymd((m.group(1), str(MONTHS[m.group(2).lower()[:3]]), m.group(3)), "dmy")
    return None


def _ymd(groups: tuple[str | None, ...], order: str) -> date | None:
    parts = dict(zip(order, groups, strict=True))
    day, month = int(parts["d"] or 0), int(parts["m"] or 0)
    year = date.today().year if parts["y"] is None else int(parts["y"])
    year = year + 2000 if year < 100 else year
    try:
        return date(year, month, day)
    except ValueError:
        return None


def week_of_value(value: object) -> WeekKey | None:
    """The week a title cell or sheet name marks: a date, or "Week N"/"WkN"."""
    if isinstance(value, (datetime, date)):
        return iso_week(value if isinstance(value, date) else value.date())
    if not isinstance(value, str):
        return None
    found = date_in_text(value)
    if found is not None:
        return iso_week(found)
    m = _WEEK_NO.search(value)
    return ("week", int(m.group(1))) if m else None


def week_number(text: str) -> int | None:
    """n of a "Week n" / "Wk n" label."""
    m = _WEEK_NO.search(text)
    return int(m.group(1)) if m else None


def week_label(key: WeekKey) -> str:
    """A week as a person says it: "the week of 03/11/2025", "week 2"."""
    if key[:1] == ("iso",) and len(key) == 3:
        monday = date.fromisocalendar(int(key[1]), int(key[2]), 1)  # type: ignore[call-overload]
        return f"the week of {monday:%d/%m/%Y}"
    if key[:1] == ("week",):
        return f"week {key[1]}"
    return "the same week"


def title_week(values: Iterable[object], sheet: str) -> WeekKey | None:
    found = title_mark(values, sheet)
    return found[0] if found else None


def title_mark(values: Iterable[object], sheet: str) -> tuple[WeekKey, str] | None:
    """The week the title rows above a grid (``values``) or its sheet name mark, and what marked
    it, most telling first: a "w/c" date, a "Week N" label, the sheet name, then any other date
    (which may be only a "printed on" date)."""
    values = list(values)
    texts = [v for v in values if isinstance(v, str)]
    for text in texts:
        m = _WEEK_OF.search(text)
        if m and (found := date_in_text(text[m.end():])) is not None:
            return iso_week(found), f"'{_short(text)}'"
    for text in texts:
        if (m := _WEEK_NO.search(text)) is not None:
            return ("week", int(m.group(1))), f"'{_short(text)}'"
    named = week_of_value(sheet)
    if named is not None:
        return named, f"the sheet's name '{sheet}'"
    for v in values:
        if (k := week_of_value(v)) is not None:
            return k, f"'{_short(v)}'" if isinstance(v, str) else "a date in its title"
    return None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:40] + "..."


def day_name(text: str) -> int | None:
    """Monday=0 ... Sunday=6 when the text starts with a day name."""
    m = _FIRST_WORD.match(text)
    return DAYS.get(m.group(1).lower()) if m else None


def read_day(value: object) -> tuple[WeekKey, object] | None:
    """(week, day) of a Date/Day cell of a long list; None when it cannot be read."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return iso_week(value), value
    if not isinstance(value, str):
        return None
    found = date_in_text(value)
    if found is not None:
        return iso_week(found), found
    day = day_name(value)
    return (UNMARKED, day) if day is not None else None
