"""Read a weekly grid: a row per person (name, job title), a column per session.

Rows above the header are titles (a date or "Week 2" there marks the week). Under the
header, a row with a name and sessions is a person; a row with only a name ("GPs",
"Nursing team") is a section, whose name becomes the job title of the people under it
who have none; blank rows, a Total/Key/Notes row and columns that are not sessions are
passed over. With whole-day columns, AM/PM in a column of its own makes each row a
half-day (one session a cell), the person's name perhaps only on their first row.
Another header row further down starts another week (or team) on the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter

from planner.rota.context import ReadContext, unreadable
from planner.rota.headers import SessionColumn, day_cells, grid_columns, half_of, halves_row, person_columns
from planner.rota.problems import cell_name, ref
from planner.rota.tally import PersonTally, person_key
from planner.rota.weeks import UNMARKED, WeekKey, iso_week, title_week

NOT_PEOPLE = ("total", "key", "legend", "notes", "note", "comments", "rooms", "room")

Row = Sequence[Any]


def _get(row: Row, i: int | None) -> Any:
    return row[i] if i is not None and i < len(row) else None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


class GridSheet:
    """Feed rows in order with ``feed``; the sheet's people go into ``ctx.tally``."""

    def __init__(self, sheet: str, ctx: ReadContext) -> None:
        self.sheet, self.ctx = sheet, ctx
        self.columns: list[SessionColumn] = []
        self.name_col: int = 0
        self.title_col: int | None = None
        self.week: WeekKey = UNMARKED
        self.loose: list[Any] = []
        self.pending: tuple[Row, dict[int, tuple[int, str, Any]]] | None = None
        self.section = ""
        self.people_rows = 0
        self.whole_days = False
        self.last: PersonTally | None = None

    def feed(self, row_no: int, row: Row) -> None:
        days = day_cells(row)
        if days:
            if self.pending is not None:
                self._start(self.pending[0], self.pending[1], None)
            self.pending = (row, days)
            return
        if self.pending is not None:
            halves = halves_row(row)
            self._start(self.pending[0], self.pending[1], row if halves else None)
            self.pending = None
            if halves:
                return
        if not self.columns:
            self._keep(row)
            return
        self._data_row(row_no, row)

    def _keep(self, row: Row) -> None:
        """Remember a row that is not a person: titles between rotas may mark the next week."""
        self.loose.extend(v for v in row if v is not None and v != "")

    def finish(self) -> None:
        if self.pending is not None:
            self._start(self.pending[0], self.pending[1], None)

    def _start(self, days_row: Row, days: dict[int, tuple[int, str, Any]], halves: Row | None) -> None:
        """A header: its session columns, who/what columns, and which week it is."""
        self.columns = grid_columns(days, halves_row(halves) if halves is not None else {})
        header_rows = [days_row] + ([halves] if halves is not None else [])
        self.name_col, self.title_col = person_columns(header_rows, self.columns)
        dated = [c.date for c in self.columns if c.date is not None]
        self.week = iso_week(dated[0]) if dated else (title_week(self.loose, self.sheet) or UNMARKED)
        self.loose, self.section, self.last = [], "", None
        self.whole_days = all(not c.half for c in self.columns)

    def _data_row(self, row_no: int, row: Row) -> None:
        name = _text(_get(row, self.name_col))
        title = _text(_get(row, self.title_col))
        filled = [(c, v) for c in self.columns if not _blank(v := _get(row, c.index))]
        half = self._row_half(row)
        if half and self.last is not None and person_key(name) in ("", person_key(self.last.name)):
            self._sessions(self.last, filled, row_no, 1)  # the same person's next half-day row
            return
        self.last = None
        if not name:
            if filled:
                cell = cell_name(filled[0][0].index, row_no)
                self.ctx.tally.log.add(self.sheet, cell, f"Sessions without a name in row {row_no} "
                                       f"({ref(self.sheet, cell)}): add the person's name in column "
                                       f"{get_column_letter(self.name_col + 1)}")
            self._keep(row)
            return
        if person_key(name).startswith(NOT_PEOPLE):
            return
        if not filled and not title:
            self.section = name
            self._keep(row)
            return
        self._person(row_no, name, title, filled, 1 if half else 0)

    def _row_half(self, row: Row) -> str | None:
        """AM/PM written in a column of its own, when the header has whole days: the layout
        with a row per person per half-day (the name often only on the first)."""
        if not self.whole_days:
            return None
        first = self.columns[0].index
        for i in range(min(first, len(row))):
            if i not in (self.name_col, self.title_col) and (h := half_of(row[i])) is not None:
                return h
        return None

    def _person(self, row_no: int, name: str, title: str, filled: list[tuple[SessionColumn, Any]],
                sessions: int) -> None:
        tally, name_cell = self.ctx.tally, cell_name(self.name_col, row_no)
        p = tally.person(name, self.sheet, name_cell)
        tally.weeks.add(self.week)
        self.people_rows += 1
        self.loose = []
        if not tally.listed_once(self.week, p, self.sheet, name_cell):
            return
        if title:
            tally.title(p, title, self.sheet, cell_name(self.title_col or 0, row_no))
        elif self.section and tally.role_of(self.section):
            tally.title(p, self.section, self.sheet, name_cell)
        elif self.title_col is None:
            p.title_column = False
        self.last = p
        self._sessions(p, filled, row_no, sessions)

    def _sessions(self, p: PersonTally, filled: list[tuple[SessionColumn, Any]], row_no: int, sessions: int) -> None:
        for col, value in filled:
            self._session(p, col, value, row_no, sessions or col.sessions)

    def _session(self, p: PersonTally, col: SessionColumn, value: Any, row_no: int, sessions: int) -> None:
        ctx, cell = self.ctx, cell_name(col.index, row_no)
        if not isinstance(value, str):
            ctx.tally.log.add(self.sheet, cell, unreadable(value, ref(self.sheet, cell),
                                                           "expected a session word such as Surgery, Admin or AL"))
            return
        reading = ctx.reading(value, sessions)
        if not ctx.report(reading, self.sheet, cell):
            return
        ctx.tally.add(p, reading.pieces)
        day = col.date if col.date is not None else (self.week, col.day)
        for start, end in reading.spans:
            ctx.tally.span(p, day, start, end, self.sheet, (col.index, row_no))
