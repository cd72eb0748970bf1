"""Read a long list: a row per session (date or day, person, job title, start, end, activity).

Start and End may be Excel times, numbers or text ("13:30", "1.30pm", "9am"); they override
any times written in the activity. Without them, an Hours (or Duration) column counts, else
the activity's own times, else one session. Dates make weeks (ISO weeks); a Day column alone ("Mon") is one week.
A blank activity with no times is time off; a repeated header row is passed over.

A list repeats the same few names, dates, activities and times: each distinct value (and each
distinct activity with its times) is read once and remembered, so a 100,000-row list costs
little more than reading its cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any

from planner.rota.context import ReadContext, shown, unreadable
from planner.rota.headers import ListColumns, header_word
from planner.rota.problems import cell_name, ref
from planner.rota.sessions import Piece, Reading
from planner.rota.tally import PersonTally
from planner.rota.times import clock_of, duration_of, hhmm, overnight, resolve
from planner.rota.weeks import DAY_LABELS, read_day

Row = Sequence[Any]
_NO_DAY = "Cannot read the date or day {} at {{ref}}: write a date (03/11/2025) or a day (Mon)"
#: What a row's activity and times come to: the reading to count, or (column, message) of the
#: problem it has ("{ref}" in the message stands for the cell).
Outcome = Reading | tuple[int | None, str]


def _blank(value: Any) -> bool:
    return value is None or (value.__class__ is str and not value.strip())


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
        self._people: dict[str, PersonTally] = {}
        self._outcomes: dict[tuple[Any, ...], Outcome | None] = {}
        c = columns
        used = (c.name, c.activity, c.date, c.title, c.start, c.end, c.hours)
        self._width = 1 + max(i for i in used if i is not None)
        # the cells that decide a session, read in one step: activity, then start, end and hours
        # where the list has them (the absent ones are passed to _outcome as None)
        present = [i for i in (c.start, c.end, c.hours) if i is not None]
        self._key: Callable[[Row], tuple[Any, ...]] = itemgetter(c.activity, *present) if present else (
            lambda row: (row[c.activity],))
        self._absent = (None,) * (3 - len(present))

    def feed_rows(self, rows: Iterator[Row], after: int, tick: Callable[[int], None], every: int) -> int:
        """Feed every row left (the first is row ``after`` + 1), calling ``tick(every)`` each
        ``every`` rows; the number of the last row. One loop here, not a call a row from outside."""
        feed, row_no, next_tick = self.feed, after, after + every
        for row_no, row in enumerate(rows, start=after + 1):
            if row_no >= next_tick:
                tick(every)
                next_tick += every
            feed(row_no, row)
        return row_no

    def feed(self, row_no: int, row: Row) -> None:
        c = self.cols
        if len(row) < self._width:
            row = tuple(row) + (None,) * (self._width - len(row))
        p = self._people.get(row[c.name])
        if p is None:
            p = self._person(row_no, row)
            if p is None:
                return
        if not p.title and c.title is not None and not _blank(title := row[c.title]) and title.__class__ is str:
            self.ctx.tally.title(p, title, self.sheet, cell_name(c.title, row_no))
        self.people_rows += 1
        try:
            day = self._days[row[c.date]]
        except KeyError:
            day = self._day(row[c.date])
        if day is None:
            self._problem(c.date, row_no, _NO_DAY.format(shown(row[c.date])))
            return
        key = self._key(row)
        try:
            outcome = self._outcomes[key]
        except KeyError:
            outcome = self._outcomes[key] = self._outcome(*key, *self._absent)
        if outcome is None:
            return
        if isinstance(outcome, tuple):
            self._problem(outcome[0], row_no, outcome[1])
            return
        if outcome.unknown or outcome.error:
            self.ctx.report(outcome, self.sheet, cell_name(c.activity, row_no))
            return
        hours = p.hours
        for piece in outcome.pieces:  # tally.add, written out: this runs for every row of a list
            if piece.category != "off":
                hours[piece.category] = hours.get(piece.category, 0.0) + piece.hours
        self.ctx.tally.on_slot(p, _slot(day[1], outcome.spans), outcome.pieces)
        if outcome.spans:
            self._spans(p, day[1], outcome, row, row_no)

    def _spans(self, p: PersonTally, day: object, outcome: Reading, row: Row, row_no: int) -> None:
        """Record the session's times for the overlap check (the cell: Start, else Activity)."""
        c, tally, where = self.cols, self.ctx.tally, (p.key, day)
        col = c.start if c.start is not None and not _blank(row[c.start]) else c.activity
        if len(outcome.spans) == 1 and where not in tally.spans:  # the first that day: nothing to overlap
            s, e = outcome.spans[0]
            tally.spans[where] = ((s, e, self.sheet, col, row_no),)
            return
        for s, e in outcome.spans:
            tally.span(p, day, s, e, self.sheet, (col, row_no))

    def _person(self, row_no: int, row: Row) -> PersonTally | None:
        """The person a row names (remembered by the name as written), or None for a row with no
        name (a problem when it holds anything) or a repeated header row."""
        c = self.cols
        name_value = row[c.name]
        if _blank(name_value) or not isinstance(name_value, str):
            if any(not _blank(v) for v in row):
                first = next(v for v in row if not _blank(v))
                self._problem(c.name, row_no, f"A row with no name at {{ref}}: add the person's name "
                                              f"(the row holds {shown(first)})")
            return None
        own = self.ctx.options.headers
        if header_word(name_value, own) == "name" and header_word(row[c.activity], own) == "activity":
            return None
        if self.ctx.options.skipped(name_value):
            return None
        p = self.ctx.tally.person(name_value, self.sheet, cell_name(c.name, row_no))
        if c.title is None:
            p.title_column = False
        self._people[name_value] = p
        return p

    def _day(self, value: Any) -> tuple[Any, object] | None:
        """The (week, day) of a Date or Day cell, remembered; None when it cannot be read."""
        read = read_day(value)
        if read is not None:
            week, day = read
            self.ctx.tally.weeks.add(week)
            read = (week, day if not isinstance(day, int) else (week, day))
        self._days[value] = read
        return read

    def _outcome(self, activity: Any, *cells: Any) -> Outcome | None:
        """What an activity with its Start, End and Hours cells comes to (None: time off)."""
        c = self.cols
        given = iter(cells)
        start, end, length = (next(given) if col is not None else None for col in (c.start, c.end, c.hours))
        timed = not (_blank(start) and _blank(end))
        if _blank(activity):
            return (c.activity, "The session at {ref} has times but no activity: say what the session is "
                                "(Surgery, Admin, ...)") if timed else None
        if not isinstance(activity, str):
            return (c.activity, unreadable(activity, "{ref}", "expected an activity such as Surgery, Admin or AL"))
        reading = self.ctx.reading(activity)
        if reading.unknown or reading.error:
            return reading
        if timed:
            return self._with_times(reading, start, end)
        if not _blank(length):
            return self._with_hours(reading, length)
        return reading

    def _with_times(self, reading: Reading, start: Any, end: Any) -> Outcome:
        """The activity's sessions with the Start and End columns' time shared between them."""
        c = self.cols
        for value, col, has, lacks in ((start, c.start, "an end", "a start"), (end, c.end, "a start", "an end")):
            if _blank(value):
                return col, f"The session at {{ref}} has {has} time but not {lacks} time"
        s_clock, e_clock = clock_of(start), clock_of(end)
        for clock, value, col in ((s_clock, start, c.start), (e_clock, end, c.end)):
            if clock is None:
                return col, f"Cannot read the time {shown(value)} at {{ref}}: write it like 08:30, 13:30 or 1.30pm"
        assert s_clock is not None and e_clock is not None
        s, e = overnight(*resolve(s_clock, e_clock))
        if e <= s:
            return c.end, f"The session at {{ref}} ends at {hhmm(e % 1440)}, {'when' if e == s else 'before'} " \
                          f"it starts at {hhmm(s)}"
        return _timed(reading, s, e)

    def _with_hours(self, reading: Reading, length: Any) -> Outcome:
        """The activity's sessions taking the Hours column's time, shared equally."""
        hours = duration_of(length)
        if hours is None:
            return self.cols.hours, f"Cannot read the hours {shown(length)} at {{ref}}: write them like 3.5 or 3:30"
        if not reading.pieces:
            return reading
        return Reading(tuple(Piece(p.category, hours / len(reading.pieces)) for p in reading.pieces))

    def _problem(self, col: int | None, row_no: int, message: str) -> None:
        cell = cell_name(col or 0, row_no)
        self.ctx.tally.log.add(self.sheet, cell, message.replace("{ref}", ref(self.sheet, cell)))


def _slot(day: object, spans: tuple[tuple[int, int], ...]) -> str:
    """The session a row is in: its weekday, and AM, PM or Eve from its start time when it has one."""
    if isinstance(day, date):
        name = DAY_LABELS[day.weekday()]
    elif isinstance(day, tuple) and len(day) == 2 and isinstance(day[1], int):
        name = DAY_LABELS[day[1] % 7]
    else:
        name = str(day)
    if not spans:
        return name
    start = spans[0][0] % 1440
    return f"{name} {'AM' if start < 13 * 60 else 'PM' if start < 18 * 60 else 'Eve'}"
