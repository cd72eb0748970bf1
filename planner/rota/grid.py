"""Read a weekly grid: a row per person (name, job title), a column per session.

The sheet's rows are gathered first (a grid is a few hundred rows) so its layout is settled
from all of them before anyone is counted: a header row of days starts a block; the rows
above it are titles (a date or "Week 2" there marks the week); the block's columns are found by
layout.py (halves however written, several weeks side by side, a month of dates); its rows are
read by grid_rows.py. Another header row further down starts another block (another week, or
another team). A sheet whose week is marked two different ways is a problem, not a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planner.rota.context import ReadContext
from planner.rota.days import day_cells, halves_row
from planner.rota.grid_rows import BlockReader
from planner.rota.headers import header_word
from planner.rota.layout import block_columns, time_columns
from planner.rota.weeks import UNMARKED, WeekKey, title_mark, week_label, week_of_value

Row = Sequence[Any]


def _time_kinds(row: Row, own: dict[str, str]) -> dict[int, str]:
    """Start / Finish / Length columns on the row under the days (at least two days' worth)."""
    kinds = {i: k for i, v in enumerate(row) if (k := header_word(v, own)) in ("start", "end", "hours")}
    return kinds if sum(1 for k in kinds.values() if k in ("start", "hours")) >= 2 else {}


class GridSheet:
    """Feed every row with ``feed``, then ``finish``: the sheet's people go into ``ctx.tally``."""

    def __init__(self, sheet: str, ctx: ReadContext) -> None:
        self.sheet, self.ctx = sheet, ctx
        self.rows: list[tuple[int, Row]] = []
        self.people_rows = 0

    def feed(self, row_no: int, row: Row) -> None:
        self.rows.append((row_no, row))

    def finish(self) -> None:
        own = self.ctx.options.headers
        starts = [n for n, (_, row) in enumerate(self.rows) if day_cells(row, own)]
        above = [row for _, row in self.rows[:starts[0]]] if starts else []
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(self.rows)
            above = self._block(start, end, above)

    def _block(self, start: int, end: int, above: list[Row]) -> list[Row]:
        """Read the block whose day row is ``self.rows[start]``, with the title rows ``above`` it;
        the rows after its last person (the titles of the next block)."""
        own = self.ctx.options.headers
        row_no, days_row = self.rows[start]
        days = day_cells(days_row, own) or {}
        halves: dict[int, str] = {}
        first_data = start + 1
        if first_data < end and (found := halves_row(self.rows[first_data][1])):
            halves, first_data = found, first_data + 1
        kinds = _time_kinds(self.rows[first_data][1], own) if first_data < end else {}
        timed = time_columns(days, self.rows[first_data][1], kinds) if kinds else []
        first_data += 1 if timed else 0
        data = self.rows[first_data:end]
        columns = block_columns(days, halves, above, [r for _, r in data], timed)
        header_rows = [days_row] + ([self.rows[start + 1][1]] if halves else []) + above[-1:]
        week, how = self._base_week(above, row_no)
        reader = BlockReader(self.sheet, self.ctx, columns, header_rows, week, how)
        for n, row in data:
            reader.row(n, row)
        reader.finish()
        self.people_rows += reader.people_rows
        return reader.loose

    def _base_week(self, above: list[Row], row_no: int) -> tuple[WeekKey, str]:
        """The week the block's titles or the sheet's name mark; a problem when they disagree."""
        values = [v for row in above for v in row if v is not None and v != ""]
        found = title_mark(values, self.sheet)
        if found is None:
            return UNMARKED, ""
        named = week_of_value(self.sheet)
        key, how = found
        if named is not None and named[0] == key[0] == "week" and named != key:
            message = (f"Sheet '{self.sheet}' is named {week_label(named)} but its title says {week_label(key)} "
                       f"({how}): correct one of them, so the weeks are counted right")
            self.ctx.tally.log.add(self.sheet, f"A{row_no}", message)
        self.ctx.sheet_weeks.append((self.sheet, key, how))
        return key, how
