"""Times of day in a rota, as minutes after midnight.

Read: Excel times (``datetime.time``, a datetime's time, a ``timedelta``, or a number:
a fraction of a day below 1, else an hour such as 9 or 13.5) and text ("13:30", "0830",
"1.30pm", "9am", "9"). A range in text is "START-END" ("-", "–", "to" or "until" between).

Hours without am/pm are read as a person would: a start hour from 1 to 6 written without a
leading zero is afternoon ("2-6" is 14:00-18:00); an end without am/pm earlier than the start
takes 12 hours ("8-1" is 08:00-13:00); "1-3pm" is 13:00-15:00 and "11-1pm" is 11:00-13:00.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

DAY_MINUTES = 24 * 60
_TOKEN = r"(?:\d{1,2}(?:[:.]\d{2}){0,2}\s*(?:[ap]\.?\s?m\.?)?|\d{4})"
RANGE = re.compile(rf"(?<![\w:.])({_TOKEN})\s*(?:-|–|—|to|until|till)\s*({_TOKEN})(?![\w:])", re.IGNORECASE)
#: Something that looks like a time but is not part of a readable range.
TIME_LIKE = re.compile(r"\d{1,2}[:.]\d{2}|\b\d{1,2}\s*[ap]\.?m\b\.?", re.IGNORECASE)
_TOKEN_PARTS = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?:[:.](\d{2}))?\s*([ap])?\.?\s?(m)?\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class Clock:
    """A time as written: ``hour`` 0-24, ``minute``, ``half`` "a"/"p"/None, and ``fixed``
    when it cannot be a 12-hour time (a leading zero, an hour over 12, an Excel time)."""

    hour: int
    minute: int
    half: str | None = None
    fixed: bool = False

    @property
    def minutes(self) -> int:
        h = self.hour
        if self.half == "a":
            h = 0 if h == 12 else h
        elif self.half == "p":
            h = h if h == 12 else h + 12
        return h * 60 + self.minute


def parse_clock(text: str) -> Clock | None:
    """A time written as text, or None when it cannot be read."""
    t = text.strip()
    if re.fullmatch(r"\d{4}", t):
        return _valid(Clock(int(t[:2]), int(t[2:]), None, True))
    m = _TOKEN_PARTS.match(t)
    if not m or (m.group(4) and not m.group(5)) or (m.group(5) and not m.group(4)):
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    half = m.group(4).lower() if m.group(4) else None
    fixed = half is None and (m.group(1).startswith("0") or hour > 12)
    return _valid(Clock(hour, minute, half, fixed))


def _valid(c: Clock) -> Clock | None:
    if c.minute > 59 or c.hour > 24 or (c.hour == 24 and c.minute) or (c.half and not 1 <= c.hour <= 12):
        return None
    return c


def clock_of(value: object) -> Clock | None:
    """A time from an Excel cell value, or None when it cannot be read."""
    if isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return Clock(value.hour, value.minute, None, True)
    if isinstance(value, time):
        return Clock(value.hour, value.minute, None, True)
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
        return _from_minutes(round(seconds / 60)) if 0 <= seconds <= DAY_MINUTES * 60 else None
    if isinstance(value, (int, float)):
        return _clock_of_number(float(value))
    if isinstance(value, str):
        return parse_clock(value)
    return None


def _clock_of_number(v: float) -> Clock | None:
    if not v == v or v < 0:  # NaN or negative
        return None
    if v < 1:
        return _from_minutes(round(v * DAY_MINUTES))
    if v <= 24:
        whole = int(v)
        return _valid(Clock(whole, round((v - whole) * 60), None, whole > 12))
    if v == int(v) and 100 <= v <= 2400:  # 900, 1730: a time typed as a number without its colon
        return _valid(Clock(int(v) // 100, int(v) % 100, None, True))
    return None


def _from_minutes(total: int) -> Clock | None:
    if not 0 <= total <= DAY_MINUTES:
        return None
    return Clock(total // 60, total % 60, None, True)


def resolve(start: Clock, end: Clock) -> tuple[int, int]:
    """Minutes after midnight of a start and an end, settling am/pm as described above.
    The end may still come before the start: the caller reports that."""
    s, e = start.minutes, end.minutes
    if start.half is None and not start.fixed:
        if end.half == "p" and start.hour < 12 and s + 720 <= e:
            s += 720
        elif end.half is None and 1 <= start.hour <= 6:
            s += 720
    if end.half is None and not end.fixed and e < s and end.hour < 12 and e + 720 <= DAY_MINUTES:
        e += 720
    return s, e


#: A shift that starts at or after EVENING and ends by MORNING the next day, at most
#: NIGHT_HOURS long, is an overnight shift (22:30-07:30); any other end before its start is a mistake.
EVENING = 17 * 60
MORNING = 12 * 60
NIGHT_HOURS = 16


def overnight(start: int, end: int) -> tuple[int, int]:
    """(start, end) with an overnight shift's end moved to the next day (minutes past 24:00)."""
    if end < start and start >= EVENING and end <= MORNING and end + DAY_MINUTES - start <= NIGHT_HOURS * 60:
        return start, end + DAY_MINUTES
    return start, end


def duration_of(value: object) -> float | None:
    """Hours from an Hours/Duration cell: a number (3.5), an Excel time or duration (03:30),
    or text ("3.5", "3:30"); None when it cannot be read or is not between 0 and 24 hours."""
    if isinstance(value, bool):
        return None
    hours: float | None = None
    if isinstance(value, (int, float)):
        hours = float(value)
    elif isinstance(value, (time, datetime)):
        hours = value.hour + value.minute / 60
    elif isinstance(value, timedelta):
        hours = value.total_seconds() / 3600
    elif isinstance(value, str):
        hours = _duration_text(value.strip())
    return hours if hours is not None and 0 < hours <= 24 else None


def _duration_text(text: str) -> float | None:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if m:
        return int(m.group(1)) + int(m.group(2)) / 60 if int(m.group(2)) < 60 else None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
