"""``read_rota``: every rota sheet of a workbook, read into each person's average week.

Each sheet is read (python-calamine, through planner.excel) and its layout found from its
first rows: a weekly grid or a long list (see grid.py and long_list.py). Sheets with neither are
skipped and named; hidden sheets are skipped unless chosen by name. Weeks are counted
across sheets (a sheet per week, or dates in a list) and every person's hours divided by
that count, so someone on one week of four counts a quarter of that week.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from planner.excel.open_workbook import WorkbookError, open_workbook, raw_rows
from planner.rota.context import TICK_ROWS, ReadContext
from planner.rota.days import day_cells
from planner.rota.grid import GridSheet
from planner.rota.headers import list_columns
from planner.rota.long_list import ListSheet
from planner.rota.options import ReadOptions
from planner.rota.result import RotaImport, RotaProblem
from planner.rota.vocabulary import RotaVocabulary, default_vocabulary
from planner.rota.weeks import WeekKey, week_label, week_of_value

HEADER_SEARCH_ROWS = 30
MAX_NUMBERS_SHOWN = 10
NO_HEADER = "no rota header found"
NO_PEOPLE = "rota header found but no people under it"
EMPTY = "empty"
HIDDEN = "hidden sheet"
NOT_READ = "could not be read"


def read_rota(path: Path | str, vocabulary: RotaVocabulary | None = None, sheets: Sequence[str] | None = None,
              session_hours: float = 25 / 6, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, require_titles: bool = True,
              options: ReadOptions | None = None) -> RotaImport:
    """Read the rota workbook at ``path`` (only ``sheets``, when given).

    Never raises for a bad file: it comes back as a problem. A session without times counts
    ``session_hours``. ``progress(rows_done, rows_expected)`` is called as rows are read;
    when ``cancelled()`` returns True, RotaCancelled is raised. With ``require_titles``
    False, a person with no job title is not a problem (their role is None). ``options`` say
    what the layout cannot (the name column, ticks and numbers, header words, people to skip)."""
    path = Path(path)
    try:
        wb = open_workbook(path)
    except WorkbookError as e:
        return RotaImport(problems=(RotaProblem("", "", str(e)),))
    try:
        chosen, problems = _choose(wb.worksheets, sheets, path.name)
        total = 0  # a sheet's rows are known only once it is loaded
        ctx = ReadContext(vocabulary or default_vocabulary(), session_hours, require_titles,
                          progress, cancelled, total, options)
        read, skipped = _read_sheets(chosen, path.name, ctx, explicit=sheets is not None)
    finally:
        wb.close()
    same_week_sheets(ctx)
    people = ctx.tally.result(ctx.options.skipped)
    problems += list(ctx.tally.log.problems())
    if not people and not problems:
        problems.append(RotaProblem("", "", _nothing_found(path.name, skipped)))
    return RotaImport(people, tuple(problems), tuple(read), tuple(skipped), ctx.tally.log.unknown_words,
                      ctx.tally.week_count if people else 0, ctx.tally.log.unlisted,
                      tuple(ctx.tally.numbers_seen)[:MAX_NUMBERS_SHOWN])


def _nothing_found(file_name: str, skipped: list[tuple[str, str]]) -> str:
    if skipped and all(why == EMPTY for _, why in skipped):
        return f"{file_name} has no data: none of its sheets has anything in it."
    return (f"No rota found in {file_name}: no sheet has a row of day names (Mon, Tue, ...) or a list with "
            "Date, Name and Activity columns")


def same_week_sheets(ctx: ReadContext) -> None:
    """Sheets whose names say different weeks (Wk1, Wk2) but whose titles give the same week (a
    title copied from another sheet): a problem naming both, not two weeks merged into one."""
    seen: dict[WeekKey, tuple[str, str]] = {}
    for sheet, week, how in ctx.sheet_weeks:
        first = seen.setdefault(week, (sheet, how))
        named, other = week_of_value(sheet), week_of_value(first[0])
        if first[0] != sheet and named is not None and other is not None and named != other:
            ctx.tally.log.add(sheet, "", f"Sheets '{first[0]}' and '{sheet}' are named as different weeks but both "
                                         f"say they are {week_label(week)} ({first[1]} and {how}): correct the date "
                                         "on the one that is wrong (a title copied from another sheet?)")


def _choose(worksheets: list[Any], names: Sequence[str] | None, file_name: str) -> tuple[list[Any], list[RotaProblem]]:
    if names is None:
        return list(worksheets), []
    by_name = {" ".join(ws.title.split()).casefold(): ws for ws in worksheets}
    wanted, problems = set(), []
    for name in names:
        ws = by_name.get(" ".join(name.split()).casefold())
        if ws is None:
            have = ", ".join(ws.title for ws in worksheets)
            problems.append(RotaProblem(name, "", f"No sheet named '{name}' in {file_name} (it has: {have})"))
        else:
            wanted.add(ws.title)
    return [ws for ws in worksheets if ws.title in wanted], problems


def _read_sheets(chosen: list[Any], file_name: str, ctx: ReadContext,
                 explicit: bool) -> tuple[list[str], list[tuple[str, str]]]:
    read: list[str] = []
    skipped: list[tuple[str, str]] = []
    for ws in chosen:
        if not explicit and getattr(ws, "sheet_state", "visible") != "visible":
            skipped.append((ws.title, HIDDEN))
            continue
        try:
            reason = _read_sheet(ws, file_name, ctx)
        except WorkbookError as e:
            ctx.tally.log.add(ws.title, "", str(e))
            reason = NOT_READ
        if reason is None:
            read.append(ws.title)
        else:
            skipped.append((ws.title, reason))
    ctx.tick(0)
    return read, skipped


def _read_sheet(ws: Any, file_name: str, ctx: ReadContext) -> str | None:
    """Read one sheet into ``ctx``; the reason it was skipped, or None when read."""
    rows = iter(raw_rows(ws, file_name))
    buffered: list[tuple[int, Any]] = []
    reader: GridSheet | ListSheet | None = None
    for row_no, row in enumerate(rows, start=1):
        buffered.append((row_no, row))
        reader = _reader_for(ws.title, row, ctx)
        if reader is not None or row_no >= HEADER_SEARCH_ROWS:
            break
    if reader is None:
        ctx.tick(len(buffered))
        return NO_HEADER if any(v not in (None, "") for _, r in buffered for v in r) else EMPTY
    for n, r in buffered if isinstance(reader, GridSheet) else ():
        reader.feed(n, r)
    _feed_rest(rows, len(buffered), reader, ctx)
    if isinstance(reader, GridSheet):
        reader.finish()
    return None if reader.people_rows else NO_PEOPLE


def _feed_rest(rows: Iterator[Any], done: int, reader: GridSheet | ListSheet, ctx: ReadContext) -> None:
    """Feed every row after the header, counting them for progress and cancel (``ctx.tick``
    every TICK_ROWS rows, and once more at the end so the sheet's rows are all counted)."""
    before = ctx.rows_done
    if isinstance(reader, ListSheet):
        last = reader.feed_rows(rows, done, ctx.tick, TICK_ROWS)
    else:
        last = done
        for last, row in enumerate(rows, start=done + 1):
            if last % TICK_ROWS == 0:
                ctx.tick()
            reader.feed(last, row)
    ctx.tick(last - (ctx.rows_done - before))


def _reader_for(sheet: str, row: Any, ctx: ReadContext) -> GridSheet | ListSheet | None:
    own = ctx.options.headers
    if day_cells(row, own):
        return GridSheet(sheet, ctx)
    columns = list_columns(row, own)
    return ListSheet(sheet, ctx, columns) if columns is not None else None
