"""Find a rota's header row and what each column holds.

Weekly grid: a row with at least three day names ("Mon", "Monday", "MON AM", "Mon 3/11")
or dates; the halves (AM/PM/Eve) either in the same cells or on the row below, under a day
merged across its columns. A day column with no half is a whole day (two sessions).
Long list: a row naming a Name column, an Activity column and a Date or Day column
(Start and End, or Hours, and Job title are read when present).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from planner.rota.vocabulary import normalise
from planner.rota.weeks import DAY_LABELS, day_name

MIN_DAYS = 3
HALVES = {"am": "AM", "a.m.": "AM", "morning": "AM", "mornings": "AM", "pm": "PM", "p.m.": "PM",
          "afternoon": "PM", "afternoons": "PM", "eve": "Eve", "evening": "Eve", "evenings": "Eve",
          "ext": "Eve", "extended": "Eve"}
_HALF_IN_TEXT = re.compile(r"\b(a\.m\.|p\.m\.|am|pm|mornings?|afternoons?|eve|evenings?)(?![\w.])", re.IGNORECASE)

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "names", "staff", "staff name", "clinician", "clinician name", "person", "employee",
             "staff member", "team member", "who", "full name", "doctor", "colleague"),
    "title": ("role", "job title", "title", "job", "position", "post", "job role", "designation",
              "staff role", "grade", "staff group", "job title/role"),
    "date": ("date", "day", "day/date", "date/day", "weekday", "session date", "shift date", "day of week"),
    "start": ("start", "start time", "from", "time from", "begin", "starts", "session start", "time in",
              "start (time)"),
    "end": ("end", "end time", "to", "time to", "finish", "finish time", "ends", "until", "session end",
            "time out", "end (time)"),
    "hours": ("hours", "hrs", "duration", "length", "no. of hours", "number of hours", "time (hours)"),
    "activity": ("activity", "session", "session type", "type", "what", "duty", "task", "work",
                 "activity type", "shift", "shift type", "clinic type", "sessions"),
}
_ROLE_OF_WORD = {w: role for role, words in HEADER_WORDS.items() for w in words}


@dataclass(frozen=True)
class SessionColumn:
    index: int
    day: int
    half: str  # "AM", "PM", "Eve", or "" for a whole day
    date: date | None = None

    @property
    def sessions(self) -> int:
        return 1 if self.half else 2

    @property
    def label(self) -> str:
        return f"{DAY_LABELS[self.day]} {self.half}".strip()


@dataclass(frozen=True)
class ListColumns:
    name: int
    activity: int
    date: int
    title: int | None
    start: int | None
    end: int | None
    hours: int | None = None


def header_word(value: object) -> str | None:
    """Which column a header cell names (name, title, date, start, end, hours, activity), if any."""
    if not isinstance(value, str):
        return None
    return _ROLE_OF_WORD.get(normalise(value).strip(" :*"))


def half_of(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = normalise(value).strip(" ()[]:-")
    if text in HALVES:
        return HALVES[text]
    m = _HALF_IN_TEXT.search(text)
    return HALVES[m.group(1).lower()] if m and day_name(text) is None and len(text) <= 20 else None


def day_cell(value: object) -> tuple[int, str, date | None] | None:
    """(day, half or "", date) of a grid header cell naming a day."""
    if isinstance(value, datetime):
        return value.weekday(), "", value.date()
    if isinstance(value, date):
        return value.weekday(), "", value
    if not isinstance(value, str):
        return None
    day = day_name(value)
    if day is None:
        return None
    m = _HALF_IN_TEXT.search(value)
    return day, HALVES[m.group(1).lower()] if m else "", None


def day_cells(row: Sequence[Any]) -> dict[int, tuple[int, str, date | None]] | None:
    """The day cells of a row, when there are enough to be a grid header."""
    found = {i: d for i, v in enumerate(row) if (d := day_cell(v)) is not None}
    return found if len({d[0] for d in found.values()}) >= MIN_DAYS else None


def halves_row(row: Sequence[Any]) -> dict[int, str]:
    """Columns of a row holding AM/PM/Eve (the row under merged day names)."""
    found = {i: h for i, v in enumerate(row) if (h := half_of(v)) is not None}
    return found if len(found) >= 2 else {}


def grid_columns(days: dict[int, tuple[int, str, date | None]], halves: dict[int, str]) -> list[SessionColumn]:
    """Session columns from the day row and, when given, the halves row under it."""
    if not halves or any(h for _, h, _ in days.values()):
        return [SessionColumn(i, d, h, dt) for i, (d, h, dt) in sorted(days.items())]
    first = min(days)
    out = []
    for i in sorted(halves):
        left = [c for c in days if c <= i]
        if i >= first and left:
            day, _, dt = days[max(left)]
            out.append(SessionColumn(i, day, halves[i], dt))
    return out


def person_columns(header_rows: Sequence[Sequence[Any]], sessions: list[SessionColumn]) -> tuple[int, int | None]:
    """(name column, job title column or None) of a grid, from header words; else the
    first column left of the sessions is the names."""
    taken = {c.index for c in sessions}
    found: dict[str, int] = {}
    for row in header_rows:
        for i, v in enumerate(row):
            word = header_word(v)
            if word in ("name", "title") and i not in taken:
                found.setdefault(word, i)
    title = found.get("title")
    if "name" in found:
        return found["name"], title
    first = min(taken)
    spare = [i for i in range(first) if i != title]
    return (spare[0] if spare else 0), title


def list_columns(row: Sequence[Any]) -> ListColumns | None:
    """The columns of a long list's header row, or None when the row is not one."""
    found: dict[str, int] = {}
    for i, v in enumerate(row):
        word = header_word(v)
        if word is not None:
            found.setdefault(word, i)
    if not {"name", "activity", "date"} <= found.keys():
        return None
    return ListColumns(found["name"], found["activity"], found["date"],
                       found.get("title"), found.get("start"), found.get("end"), found.get("hours"))
