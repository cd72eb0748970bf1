"""Read a long list: a row per session (date or day, person, job title, start, end, activity).

Start and End may be Excel times, numbers or text ("13:30", "1.30pm", "9am"); they override
any times written in the activity. Without them, an Hours (or Duration) column counts, else
the activity's own times, else one session. Dates make weeks (ISO weeks); a Day column alone ("Mon") is one week.
A blank activity with no times is time off; a repeated header row is passed over.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from planner.rota.context import ReadContext, shown, unreadable
from planner.rota.headers import ListColumns, header_word
from planner.rota.problems import cell_name, ref
from planner.rota.sessions import Piece, Reading
from planner.rota.tally import PersonTally
from planner.rota.times import clock_of, duration_of, hhmm, resolve
from planner.rota.weeks import read_day

Row = Sequence[Any]


def _get(row: Row, i: int | None) -> Any:
    return row[i] if i is not None and i < len(row) else None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@lru_cache(maxsize=4096)
def _timed(reading: Reading, start: int, end: int) -> Reading:
    """``reading`` taking the time from ``start`` to ``end``, shared equally between its sessions."""
    if reading.error or not reading.pieces:
        return reading
    share = (end - start) / 60 / len(reading.pieces)
    counted = any(piece.category != "off" for piece in reading.pieces)
    return Reading(tuple(Piece(piece.category, share) for piece in reading.pieces), ((start, end),) if counted else ())


class ListSheet:
    """Feed the rows under the header with ``feed``; sessions go into ``ctx.tally``."""

    def __init__(self, sheet: str, ctx: ReadContext, columns: ListColumns) -> None:
        self.sheet, self.ctx, self.cols = sheet, ctx, columns
        self.people_rows = 0
        self._days: dict[object, Any] = {}

    def feed(self, row_no: int, row: Row) -> None:
        c = self.cols
        name_value = _get(row, c.name)
        if _blank(name_value) or not isinstance(name_value, str):
            if any(not _blank(v) for v in row):
                self._problem(c.name, row_no, f"A row with no name at {{ref}}: add the person's name "
                                              f"(the row holds {shown(next(v for v in row if not _blank(v)))})")
            return
        if header_word(name_value) == "name" and header_word(_get(row, c.activity)) == "activity":
            return
        tally = self.ctx.tally
        p = tally.person(name_value, self.sheet, cell_name(c.name, row_no))
        title = _get(row, c.title)
        if isinstance(title, str) and title.strip():
            tally.title(p, title, self.sheet, cell_name(c.title or 0, row_no))
        elif c.title is None:
            p.title_column = False
        self.people_rows += 1
        day = self._day(_get(row, c.date), row_no)
        if day is not None:
            self._session(p, day, row, row_no)

    def _day(self, value: Any, row_no: int) -> tuple[Any, object] | None:
        found = self._days.get(value, False)
        if found is False:
            found = self._days[value] = read_day(value)
        if found is None:
            self._problem(self.cols.date, row_no, f"Cannot read the date or day {shown(value)} at {{ref}}: "
                                                  "write a date (03/11/2025) or a day (Mon)")
            return None
        week, day = found
        self.ctx.tally.weeks.add(week)
        return week, (day if not isinstance(day, int) else (week, day))

    def _session(self, p: PersonTally, day: tuple[Any, object], row: Row, row_no: int) -> None:
        c, ctx = self.cols, self.ctx
        activity, start, end = _get(row, c.activity), _get(row, c.start), _get(row, c.end)
        timed = not (_blank(start) and _blank(end))
        if _blank(activity):
            if timed:
                self._problem(c.activity, row_no, "The session at {ref} has times but no activity: "
                                                  "say what the session is (Surgery, Admin, ...)")
            return
        cell = cell_name(c.activity, row_no)
        if not isinstance(activity, str):
            self._problem(c.activity, row_no, unreadable(activity, "{ref}", "expected an activity such as "
                                                                            "Surgery, Admin or AL"))
            return
        reading: Reading | None = ctx.reading(activity)
        if timed and reading is not None and not reading.unknown:
            reading = self._with_times(reading, start, end, row_no)
        elif not _blank(length := _get(row, c.hours)) and reading is not None and not reading.unknown:
            reading = self._with_hours(reading, length, row_no)
        if reading is None or not ctx.report(reading, self.sheet, cell):
            return
        ctx.tally.add(p, reading.pieces)
        for s, e in reading.spans:
            ctx.tally.span(p, day[1], s, e, self.sheet,
                          cell_name(c.start if timed and c.start is not None else c.activity, row_no))

    def _with_times(self, reading: Reading, start: Any, end: Any, row_no: int) -> Reading | None:
        """The activity's sessions with the Start and End columns' time shared between them."""
        c = self.cols
        for value, col, has, lacks in ((start, c.start, "an end", "a start"), (end, c.end, "a start", "an end")):
            if _blank(value):
                self._problem(col, row_no, f"The session at {{ref}} has {has} time but not {lacks} time")
                return None
        s_clock, e_clock = clock_of(start), clock_of(end)
        for clock, value, col in ((s_clock, start, c.start), (e_clock, end, c.end)):
            if clock is None:
                self._problem(col, row_no, f"Cannot read the time {shown(value)} at {{ref}}: write it like "
                                           "08:30, 13:30 or 1.30pm")
                return None
        assert s_clock is not None and e_clock is not None
        s, e = resolve(s_clock, e_clock)
        if e <= s:
            self._problem(c.end, row_no, f"The session at {{ref}} ends at {hhmm(e % 1440)}, "
                                         f"{'when' if e == s else 'before'} it starts at {hhmm(s)}")
            return None
        return _timed(reading, s, e)

    def _with_hours(self, reading: Reading, length: Any, row_no: int) -> Reading | None:
        """The activity's sessions taking the Hours column's time, shared equally."""
        hours = duration_of(length)
        if hours is None:
            self._problem(self.cols.hours, row_no, f"Cannot read the hours {shown(length)} at {{ref}}: write "
                                                   "them like 3.5 or 3:30")
            return None
        if reading.error or not reading.pieces:
            return reading
        return Reading(tuple(Piece(p.category, hours / len(reading.pieces)) for p in reading.pieces))

    def _problem(self, col: int | None, row_no: int, message: str) -> None:
        cell = cell_name(col or 0, row_no)
        self.ctx.tally.log.add(self.sheet, cell, message.replace("{ref}", ref(self.sheet, cell)))
