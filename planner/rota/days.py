"""A grid's day header: which cells name a day, and which half of it.

A day is written as a name ("Mon", "Monday", "MON AM", "Mon 3/11"), a date, the practice's own
word ("Lundi", mapped), or a letter of a row of letters (M T W TH F S SU, or M T W T F S S:
an ambiguous T or S is read from its neighbours). A row is a day header with at least three
different days.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from planner.rota.vocabulary import normalise
from planner.rota.weeks import DAY_LABELS, date_in_text, day_name

MIN_DAYS = 3
MIN_LETTERS = 5
HALVES = {"am": "AM", "a.m.": "AM", "morning": "AM", "mornings": "AM", "pm": "PM", "p.m.": "PM",
          "afternoon": "PM", "afternoons": "PM", "eve": "Eve", "evening": "Eve", "evenings": "Eve",
          "ext": "Eve", "extended": "Eve"}
_HALF_IN_TEXT = re.compile(r"\b(a\.m\.|p\.m\.|am|pm|mornings?|afternoons?|eve|evenings?)(?![\w.])", re.IGNORECASE)
#: Day letters: sure ones, and the ambiguous T (Tue or Thu) and S (Sat or Sun).
LETTERS = {"m": 0, "mo": 0, "tu": 1, "w": 2, "we": 2, "th": 3, "f": 4, "fr": 4, "sa": 5, "su": 6}
AMBIGUOUS = {"t": (1, 3), "s": (5, 6)}

Day = tuple[int, str, date | None]  # (Monday=0 ..., half or "", date)


def half_of(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = normalise(value).strip(" ()[]:-")
    if text in HALVES:
        return HALVES[text]
    m = _HALF_IN_TEXT.search(text)
    return HALVES[m.group(1).lower()] if m and day_name(text) is None and len(text) <= 20 else None


def day_cell(value: object, own: dict[str, str] | None = None) -> Day | None:
    """(day, half or "", date) of a grid header cell naming a day."""
    if isinstance(value, datetime):
        return value.weekday(), "", value.date()
    if isinstance(value, date):
        return value.weekday(), "", value
    if not isinstance(value, str):
        return None
    mapped = own.get(normalise(value)) if own else None
    if mapped in DAY_LABELS:
        return DAY_LABELS.index(mapped), "", None
    day = day_name(value)
    if day is None:
        return None
    m = _HALF_IN_TEXT.search(value)
    when = date_in_text(value[3:]) if len(value) > 4 else None
    return day, HALVES[m.group(1).lower()] if m else "", when if when and when.weekday() == day else None


def day_cells(row: Sequence[Any], own: dict[str, str] | None = None) -> dict[int, Day] | None:
    """The day cells of a row, when there are enough to be a grid header."""
    found = {i: d for i, v in enumerate(row) if (d := day_cell(v, own)) is not None}
    if len({d[0] for d in found.values()}) >= MIN_DAYS:
        return found
    return letter_days(row)


def letter_days(row: Sequence[Any]) -> dict[int, Day] | None:
    """A row of day letters (M T W TH F, M T W T F S S), each read in order: a T after Mon is
    Tue, after Wed Thu; an S after Fri is Sat, after Sat Sun. None unless at least five letters
    follow one another as days do."""
    cells = [(i, normalise(v).strip(" .")) for i, v in enumerate(row) if isinstance(v, str) and v.strip()]
    if sum(1 for _, t in cells if t in LETTERS or t in AMBIGUOUS) < MIN_LETTERS:
        return None
    out: dict[int, Day] = {}
    prev: int | None = None
    for n, (i, text) in enumerate(cells):
        day = LETTERS.get(text)
        if day is None and text in AMBIGUOUS:
            day = _settle(AMBIGUOUS[text], prev, cells[n + 1][1] if n + 1 < len(cells) else None)
        if day is None:
            continue
        if prev is not None and day not in ((prev + 1) % 7, prev):
            return None
        out[i], prev = (day, "", None), day
    return out if len(out) >= MIN_LETTERS else None


def _settle(options: tuple[int, int], prev: int | None, following: str | None) -> int | None:
    if prev is not None:  # the next day, else the same (a day's two halves: M M T T)
        return next((d for d in options if d == (prev + 1) % 7), None) or next((d for d in options if d == prev), None)
    after = LETTERS.get(following or "")
    return next((d for d in options if after is not None and (d + 1) % 7 == after), None)


def halves_row(row: Sequence[Any]) -> dict[int, str]:
    """Columns of a row holding AM/PM/Eve (the row under the day names)."""
    found = {i: h for i, v in enumerate(row) if (h := half_of(v)) is not None}
    return found if len(found) >= 2 else {}
