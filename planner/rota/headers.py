"""What each column of a rota holds, from the words of its header (days are in days.py).

Grid: the name (or first name and surname), job title and contracted hours columns.
Long list: a row naming a Name column, an Activity column and a Date or Day column
(Start and End, or Hours, and Job title are read when present).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planner.rota.vocabulary import normalise

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "names", "staff", "staff name", "clinician", "clinician name", "person", "employee",
             "staff member", "team member", "who", "full name", "doctor", "colleague", "provider", "providers",
             "provider name", "physician", "employee name", "resident", "resident name", "doctors"),
    "first": ("first name", "forename", "forenames", "first", "given name", "first names"),
    "surname": ("surname", "last name", "family name", "last", "second name"),
    "contracted": ("hrs per week", "hours per week", "contracted hours", "contracted hrs", "contract hours",
                   "weekly hours", "hrs/wk", "hrs / wk", "hours/week", "hrs pw", "contracted", "hours pw",
                   "contracted hours per week", "hrs per wk"),
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
class ListColumns:
    name: int
    activity: int
    date: int
    title: int | None
    start: int | None
    end: int | None
    hours: int | None = None


def header_word(value: object, own: dict[str, str] | None = None) -> str | None:
    """Which column a header cell names (name, first, surname, title, date, start, end, hours,
    activity, contracted), if any; ``own`` maps the practice's own header words to a kind."""
    if not isinstance(value, str):
        return None
    text = normalise(value).strip(" :*")
    return (own.get(text) if own else None) or _ROLE_OF_WORD.get(text)


def list_columns(row: Sequence[Any], own: dict[str, str] | None = None) -> ListColumns | None:
    """The columns of a long list's header row, or None when the row is not one."""
    found: dict[str, int] = {}
    for i, v in enumerate(row):
        word = header_word(v, own)
        if word is not None:
            found.setdefault(word, i)
    if not {"name", "activity", "date"} <= found.keys():
        return None
    return ListColumns(found["name"], found["activity"], found["date"],
                       found.get("title"), found.get("start"), found.get("end"), found.get("hours"))
