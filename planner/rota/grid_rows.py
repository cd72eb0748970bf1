"""The rows of one grid block: people, sections, titles and rows that are not people.

A row with a name and sessions is a person; a row with only a name ("GPs", "Nursing team") is
a section, whose name becomes the job title of the people under it who have none; blank rows,
Total/SUM rows, a Key or Legend and the rows under it ("S = Surgery") and columns that are not
sessions are passed over. With whole-day columns, AM/PM in a column of its own makes each row a
half-day (one session a cell), the person's name perhaps only on their first row. A session
cell holds a word, a tick the practice mapped ("1" = a 7.5 h clinic shift), or, when the
practice says numbers are hours, a number of hours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from planner.rota.context import ReadContext, shown, unreadable
from planner.rota.days import half_of
from planner.rota.headers import header_word
from planner.rota.layout import SessionColumn, week_shares
from planner.rota.problems import cell_name, column_letter, ref
from planner.rota.sessions import Piece, Reading
from planner.rota.shifts import shift_reading
from planner.rota.tally import PersonTally, person_key
from planner.rota.vocabulary import tick_key
from planner.rota.weeks import WeekKey

NOT_PEOPLE = frozenset(("total", "totals", "sum", "subtotal", "grand total", "key", "legend", "notes", "note",
                        "comments", "rooms", "room", "hours", "count", "sessions", "cover", "average"))
LEGEND_START = ("key", "legend", "key:", "legend:", "codes", "abbreviations")
_LEGEND_ROW = re.compile(r"^\S{1,6}\s*(=|:|-|–)\s*\S")

Row = Sequence[Any]


def _get(row: Row, i: int | None) -> Any:
    return row[i] if i is not None and i < len(row) else None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class Shift(tuple[Any, ...]):
    """A day's Start, Finish and Length cells (a day with time columns of its own)."""

    @property
    def cells(self) -> tuple[Any, Any, Any]:
        return (self[0], self[1], self[2])


def _cell(row: Row, col: SessionColumn) -> Any:
    if col.times is None:
        return _get(row, col.index)
    cells = Shift(_get(row, i) for i in col.times)
    return None if all(_blank(v) or v == 0 for v in cells) else cells


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


class BlockReader:
    """Read a block's rows with ``row``; people go into ``ctx.tally``; ``loose`` keeps the
    rows since the last person (the next block's titles)."""

    def __init__(self, sheet: str, ctx: ReadContext, columns: list[SessionColumn], header_rows: list[Row],
                 week: WeekKey, how: str) -> None:
        self.sheet, self.ctx, self.columns = sheet, ctx, columns
        self.week, self.how = week, how
        self.weeks = sorted({self._week_of(c) for c in columns}, key=repr)
        self.cols = person_columns(header_rows, columns, ctx)
        self.loose: list[Row] = []
        self.section = ""
        self.people_rows = 0
        self.whole_days = all(not c.half for c in columns)
        self.last: PersonTally | None = None
        self.in_legend = False
        self.used: set[int] = set()  # indexes of the columns that hold a session

    def _week_of(self, col: SessionColumn) -> WeekKey:
        if col.week is None:
            return self.week
        return (*self.week, *col.week) if col.week[0] == "run" else col.week

    def row(self, row_no: int, row: Row) -> None:
        name = self._name(row)
        title = _text(_get(row, self.cols.title))
        filled = [(c, v) for c in self.columns if not _blank(v := _cell(row, c))]
        if self.in_legend or self._legend(name, filled, row):
            return
        half = self._row_half(row)
        if half and self.last is not None and person_key(name) in ("", self.last.key):
            self._sessions(self.last, filled, row_no, 1)  # the same person's next half-day row
            return
        self.last = None
        if not name:
            if filled:
                cell = cell_name(filled[0][0].index, row_no)
                self.ctx.tally.log.add(self.sheet, cell, f"Sessions without a name in row {row_no} "
                                       f"({ref(self.sheet, cell)}): add the person's name in column "
                                       f"{column_letter(self.cols.name)}")
            self.loose.append(row)
            return
        if _not_a_person(name) or _formula_total(filled):
            return
        if not filled and not title:
            self.section = name
            self.loose.append(row)
            return
        if self.ctx.options.skipped(name):
            return
        self._person(row_no, row, name, title, filled, 1 if half else 0)

    def _name(self, row: Row) -> str:
        c = self.cols
        if c.surname is not None:
            return " ".join(p for p in (_text(_get(row, c.name)), _text(_get(row, c.surname))) if p)
        return _text(_get(row, c.name))

    def _legend(self, name: str, filled: list[tuple[SessionColumn, Any]], row: Row) -> bool:
        """A Key or Legend row starts the legend: it and every row after it are not people,
        until a blank row. A row like "S = Surgery" is a legend row anywhere."""
        key = person_key(name)
        if key in LEGEND_START or key.startswith(("key ", "legend ")):
            self.in_legend = True
            return True
        if self.in_legend and all(_blank(v) for v in row):
            self.in_legend = False
        return bool(name) and bool(_LEGEND_ROW.match(name)) and len(filled) <= 1

    def _row_half(self, row: Row) -> str | None:
        """AM/PM written in a column of its own, when the header has whole days: the layout
        with a row per person per half-day (the name often only on the first)."""
        if not self.whole_days or not self.columns:
            return None
        first = self.columns[0].index
        for i in range(min(first, len(row))):
            if i not in (self.cols.name, self.cols.title) and (h := half_of(row[i])) is not None:
                return h
        return None

    def _person(self, row_no: int, row: Row, name: str, title: str, filled: list[tuple[SessionColumn, Any]],
                sessions: int) -> None:
        tally, name_cell = self.ctx.tally, cell_name(self.cols.name, row_no)
        p = tally.person(name, self.sheet, name_cell)
        p.rows.append((self.sheet, name_cell))
        self.people_rows += 1
        self.loose = []
        if not all([tally.listed_once(week, p, self.sheet, name_cell) for week in self.weeks]):
            return
        if title:
            tally.title(p, title, self.sheet, cell_name(self.cols.title or 0, row_no))
        elif self.section and tally.role_of(self.section):
            tally.title(p, self.section, self.sheet, name_cell)
        elif self.cols.title is None:
            p.title_column = False
        self._contracted(p, row, row_no)
        self.last = p
        self._sessions(p, filled, row_no, sessions)

    def finish(self) -> None:
        """Count the block's weeks (once it has people): a sheet of dates counts each week by
        the share of its working days present (the days on which anyone has a session)."""
        if not self.people_rows:
            return
        worked = {c.day for c in self.columns if c.index in self.used}
        dated = [c for c in self.columns if c.date is not None and c.week is not None and c.day in worked]
        shares = week_shares(dated)
        for week in self.weeks:
            self.ctx.tally.add_week(week, shares.get(week, 0.0 if dated and week in _dated_weeks(self) else 1.0),
                                    self.sheet, self.how)

    def _contracted(self, p: PersonTally, row: Row, row_no: int) -> None:
        value = _get(row, self.cols.contracted)
        if isinstance(value, str):
            value = _number(value)
        if (isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 168
                and p.contracted is None and self.cols.contracted is not None):
            p.contracted = (float(value), self.sheet, cell_name(self.cols.contracted, row_no))

    def _sessions(self, p: PersonTally, filled: list[tuple[SessionColumn, Any]], row_no: int, sessions: int) -> None:
        for col, value in filled:
            self._session(p, col, value, row_no, sessions or col.sessions)

    def _session(self, p: PersonTally, col: SessionColumn, value: Any, row_no: int, sessions: int) -> None:
        ctx, cell = self.ctx, cell_name(col.index, row_no)
        self.used.add(col.index)
        reading = self._reading(value, sessions, cell)
        if reading is None or not ctx.report(reading, self.sheet, cell):
            return
        ctx.tally.add(p, reading.pieces)
        ctx.tally.on_slot(p, col.label, reading.pieces)
        day = col.date if col.date is not None else (self._week_of(col), col.day)
        for start, end in reading.spans:
            ctx.tally.span(p, day, start, end, self.sheet, (col.index, row_no))

    def _reading(self, value: Any, sessions: int, cell: str) -> Reading | None:
        """What a session cell counts: a tick the practice mapped, a word, or a number of hours
        (or, for a day with Start | Finish columns, its shift)."""
        ctx = self.ctx
        if isinstance(value, Shift):
            return shift_reading(ctx, value.cells, self.sheet, cell)
        shift = ctx.vocab.shift(value)
        if shift is not None:
            return Reading((Piece(*shift),))
        if isinstance(value, str):
            return ctx.reading(value, sessions)
        where = ref(self.sheet, cell)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if ctx.options.numbers and 0 < value <= 24:
                return Reading((Piece(ctx.options.numbers, float(value)),))
            ctx.tally.log.grouped(("number",), self.sheet, cell, _number_problem(value, where))
            ctx.tally.numbers_seen.setdefault(tick_key(value), None)
            return None
        ctx.tally.log.add(self.sheet, cell, unreadable(value, where, "expected a session word such as Surgery, "
                                                                     "Admin or AL"))
        return None


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _number_problem(value: float, where: str) -> str:
    return (f"{shown(value).capitalize()} at {where} is not a session word. If the rota ticks the shifts "
            "people work, say what a tick stands for (a shift of how many hours, of which kind); if its "
            "numbers are hours, say which kind of hours they are")


def _dated_weeks(block: BlockReader) -> set[WeekKey]:
    return {c.week for c in block.columns if c.date is not None and c.week is not None}


def _not_a_person(name: str) -> bool:
    """A Total, SUM, Key or Notes row (the first word, or the first two, is one of those)."""
    words = re.findall(r"[a-z]+", person_key(name))
    return bool(words) and (words[0] in NOT_PEOPLE or " ".join(words[:2]) in NOT_PEOPLE)


def _formula_total(filled: list[tuple[SessionColumn, Any]]) -> bool:
    """A row of sums (every session cell a number, at least one above a day's hours)."""
    numbers = [v for _, v in filled if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return bool(numbers) and len(numbers) == len(filled) and max(numbers) > 24


class PersonColumns:
    def __init__(self, name: int, title: int | None, surname: int | None = None,
                 contracted: int | None = None) -> None:
        self.name, self.title, self.surname, self.contracted = name, title, surname, contracted


def person_columns(header_rows: list[Row], sessions: list[SessionColumn], ctx: ReadContext) -> PersonColumns:
    """Which columns hold the name (or first name and surname), job title and contracted hours:
    the practice's choice; else from header words; else the first column left of the sessions."""
    taken = {c.index for c in sessions}
    found: dict[str, int] = {}
    own = ctx.options.headers
    for row in header_rows:
        for i, v in enumerate(row):
            word = header_word(v, own)
            if word is not None and i not in taken:
                found.setdefault(word, i)
    opts = ctx.options
    if opts.first_and_surname:
        pair = [opts.column_index_of(h, header_rows) for h in opts.first_and_surname]
        if pair[0] is not None and pair[1] is not None:
            return PersonColumns(pair[0], found.get("title"), pair[1], found.get("contracted"))
    chosen = opts.column_index(header_rows)
    if chosen is not None:
        return PersonColumns(chosen, found.get("title"), None, found.get("contracted"))
    title, contracted = found.get("title"), found.get("contracted")
    if "name" in found:
        return PersonColumns(found["name"], title, None, contracted)
    if "first" in found and "surname" in found:
        return PersonColumns(found["first"], title, found["surname"], contracted)
    first = min(taken) if taken else 1
    spare = [i for i in range(first) if i not in (title, contracted)]
    return PersonColumns(spare[0] if spare else 0, title, None, contracted)
