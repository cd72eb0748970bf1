"""The session columns of one grid block, and the week each belongs to.

A day's halves are found however they are written: AM/PM in the day cells ("Mon AM"); on a
row under the days (the day merged across its halves, or written once over the first);
the day name repeated over each half (Mon | Mon); or written once over the AM column with the
PM column beside it unheaded (known from the data: some row has a session there). A day
column with no half is a whole day (two sessions).

Several weeks on one sheet are told apart by the dates of the columns (in the day cells or on
a date row above), by "Week 1 | Week 2" labels above, or by the days starting again
(Mon..Fri Mon..Fri). A sheet of dates (a month) counts each week by the share of its days
present, so a month's first and last part-weeks are not whole weeks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from planner.rota.days import Day
from planner.rota.weeks import DAY_LABELS, WeekKey, date_in_text, iso_week, week_number

Row = Sequence[Any]
HALF_ORDER = ("AM", "PM", "Eve")


@dataclass(frozen=True)
class SessionColumn:
    index: int
    day: int
    half: str  # "AM", "PM", "Eve", or "" for a whole day
    date: date | None = None
    week: WeekKey | None = None  # None: the week of the block (its title, or the sheet's)
    #: a day with Start | Finish | Length columns of its own (index is the day's first column)
    times: tuple[int | None, int | None, int | None] | None = None

    @property
    def sessions(self) -> int:
        return 1 if self.half else 2

    @property
    def label(self) -> str:
        return f"{DAY_LABELS[self.day]} {self.half}".strip()


def block_columns(days: dict[int, Day], halves: dict[int, str], above: list[Row],
                  data: list[Row], timed: list[SessionColumn] | None = None) -> list[SessionColumn]:
    """The session columns of a block: its day row's ``days``, the halves row under it (if
    any), the rows ``above`` it (nearest last) and its ``data`` rows; ``timed`` days with
    Start | Finish columns of their own, when the block has them."""
    columns = timed or _halves(days, halves, data)
    return _weeks(columns, above)


def time_columns(days: dict[int, Day], sub: Row, kinds: dict[int, str]) -> list[SessionColumn]:
    """Each day over Start | Finish | Length (or Hrs) columns of its own, on the row ``sub``
    under the days (``kinds``: column -> start, end or hours): a shift a day, from its times."""
    heads = sorted(days)
    out = []
    for n, d in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else d + 5
        found = {kind: i for i, kind in sorted(kinds.items(), reverse=True) if d <= i < stop}
        if "start" in found or "hours" in found:
            day, _, dt = days[d]
            out.append(SessionColumn(d, day, "", dt, times=(found.get("start"), found.get("end"), found.get("hours"))))
    return out


def _halves(days: dict[int, Day], halves: dict[int, str], data: list[Row]) -> list[SessionColumn]:
    if halves and not any(h for _, h, _ in days.values()):
        return _under(days, halves)
    cols = [SessionColumn(i, d, h, dt) for i, (d, h, dt) in sorted(days.items())]
    if any(c.half for c in cols):
        return cols
    cols = _repeated(cols)
    return _unheaded_pm(cols, days, data) if not any(c.half for c in cols) else cols


def _under(days: dict[int, Day], halves: dict[int, str]) -> list[SessionColumn]:
    """Halves on the row under the days: each half belongs to the nearest day at or left of it."""
    first = min(days)
    out = []
    for i in sorted(halves):
        left = [c for c in days if c <= i]
        if i >= first and left:
            day, _, dt = days[max(left)]
            out.append(SessionColumn(i, day, halves[i], dt))
    return out


def _repeated(cols: list[SessionColumn]) -> list[SessionColumn]:
    """Mon | Mon | Tue | Tue: a day written over each of its halves, in neighbouring columns."""
    out: list[SessionColumn] = []
    n = 0
    while n < len(cols):
        run = [cols[n]]
        while (n + len(run) < len(cols) and len(run) < len(HALF_ORDER)
               and cols[n + len(run)].index == run[-1].index + 1
               and (cols[n + len(run)].day, cols[n + len(run)].date) == (run[0].day, run[0].date)):
            run.append(cols[n + len(run)])
        out += [replace(c, half=HALF_ORDER[k]) for k, c in enumerate(run)] if len(run) > 1 else run
        n += len(run)
    return out


def _unheaded_pm(cols: list[SessionColumn], days: dict[int, Day], data: list[Row]) -> list[SessionColumn]:
    """A day written once over its AM column, the PM column beside it with no heading: when the
    day columns are two apart and some row has a session in a column between, each day is an
    AM and a PM; when none has, the gaps are spacers and each day is whole."""
    gaps = [c.index + 1 for c in cols if c.index + 1 not in days]
    spaced = len(gaps) >= len(cols) - 1 and all(b.index - a.index == 2 for a, b in zip(cols, cols[1:], strict=False))
    if not spaced or not any(_filled(row, g) for row in data for g in gaps):
        return cols
    out = []
    for c in cols:
        out += [replace(c, half="AM"), replace(c, index=c.index + 1, half="PM")]
    return out


def _filled(row: Row, i: int) -> bool:
    return i < len(row) and row[i] is not None and not (isinstance(row[i], str) and not row[i].strip())


def _weeks(cols: list[SessionColumn], above: list[Row]) -> list[SessionColumn]:
    """Each column's week: its date; else a date or "Week n" over it on a row above (the
    nearest at or left of it); else, when the days start again, the run of days it is in."""
    if not cols:
        return cols
    if all(c.date is not None for c in cols):
        return [replace(c, week=iso_week(c.date)) for c in cols if c.date is not None]
    for row in reversed(above):
        marks = _marks(row, cols[0].index)
        if len(marks) >= 2 or (marks and min(marks) > 0 and len(cols) > 7):
            return [replace(c, week=_mark_for(c, marks)) for c in cols]
    runs = _runs(cols)
    if max(runs) == 0:
        return cols
    return [replace(c, week=("run", k)) for c, k in zip(cols, runs, strict=True)]


def _marks(row: Row, first_session: int) -> dict[int, WeekKey]:
    """Week marks on a row above the days: a date or "Week n" in a cell at or right of the
    first session column (so not a title at the left)."""
    out: dict[int, WeekKey] = {}
    for i, v in enumerate(row):
        if i < first_session - 1:
            continue
        if isinstance(v, date):
            out[i] = iso_week(v)
        elif isinstance(v, str) and (found := date_in_text(v)) is not None:
            out[i] = iso_week(found)
        elif isinstance(v, str) and (n := week_number(v)) is not None:
            out[i] = ("week", n)
    return out


def _mark_for(col: SessionColumn, marks: dict[int, WeekKey]) -> WeekKey | None:
    left = [i for i in marks if i <= col.index]
    return marks[max(left)] if left else marks[min(marks)]


def _runs(cols: list[SessionColumn]) -> list[int]:
    """The run each column is in: a new run starts when the days start again (Mon after Fri)."""
    runs, k = [], 0
    for prev, c in zip([None, *cols[:-1]], cols, strict=True):
        if prev is not None and (c.day < prev.day or (c.day == prev.day and c.half == prev.half)):
            k += 1
        runs.append(k)
    return runs


def week_shares(dated: list[SessionColumn]) -> dict[WeekKey, float]:
    """How much of each week dated columns cover: the days of that week present over the days a
    week of this rota has (5 when it is worked Monday to Friday)."""
    pattern = len({c.day for c in dated})
    days_in: dict[WeekKey, set[date]] = {}
    for c in dated:
        if c.week is not None and c.date is not None:
            days_in.setdefault(c.week, set()).add(c.date)
    return {week: min(1.0, len(found) / pattern) for week, found in days_in.items()}
