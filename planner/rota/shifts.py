"""A day written as a shift with times of its own: Start | Finish | Length columns under each
day (a shop, care home or hospital rota). The shift counts its length when the rota gives one
(breaks taken off), else its times, as the
kind of work the practice says these shifts are; a word in place of the times (Holiday, S/L,
"-") is read as a session word for the whole day."""

from __future__ import annotations

from typing import Any

from planner.rota.context import ReadContext, shown
from planner.rota.problems import ref
from planner.rota.sessions import Piece, Reading
from planner.rota.times import clock_of, duration_of, hhmm, overnight, resolve

#: The key under which shifts with no kind of work are asked about (RotaImport.numbers).
SHIFT_TIMES = "shift times"


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def shift_reading(ctx: ReadContext, cells: tuple[Any, Any, Any], sheet: str, cell: str) -> Reading | None:
    """What a day's (start, end, length) cells count; None when nothing, or a problem was logged."""
    start, end, length = cells
    for value in (start, end):
        if isinstance(value, str) and value.strip() and clock_of(value) is None:
            return ctx.reading(value, 2)
    hours, spans = _hours(start, end, length)
    paid = duration_of(length) if not _blank(length) else None
    if paid is not None and not isinstance(hours, str):
        hours = paid  # the rota's own length (breaks taken off) over the span of the times
    if isinstance(hours, str):
        return Reading(error=hours)
    if hours is None or hours <= 0:
        return None
    category = ctx.options.numbers
    if category is None:
        ctx.tally.log.grouped(("shift",), sheet, cell, f"The shift at {ref(sheet, cell)} has times but no word for the "
                              "kind of work: say what kind of work these shifts are (clinic, duty, admin...)")
        ctx.tally.numbers_seen.setdefault(SHIFT_TIMES, None)
        return None
    return Reading((Piece(category, hours),), spans)


def _hours(start: Any, end: Any, length: Any) -> tuple[float | str | None, tuple[tuple[int, int], ...]]:
    """(hours, spans), or (a reason it cannot be read, ())."""
    if not _blank(start) and not _blank(end):
        s_clock, e_clock = clock_of(start), clock_of(end)
        if s_clock is None or e_clock is None:
            bad = start if s_clock is None else end
            return f"has a time Skillmix cannot read ({shown(bad)}): write it like 09:00 or 0900", ()
        s, e = overnight(*resolve(s_clock, e_clock))
        if e <= s:
            return f"ends at {hhmm(e % 1440)}, before it starts at {hhmm(s)}", ()
        return (e - s) / 60, ((s, e),)
    if not _blank(length):
        hours = duration_of(length)
        return (hours, ()) if hours is not None or length == 0 else (f"has a length Skillmix cannot read "
                                                                      f"({shown(length)})", ())
    if _blank(start) and _blank(end):
        return None, ()
    return "has a start or an end time but not both", ()
