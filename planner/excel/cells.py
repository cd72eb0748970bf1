"""Cell helpers shared by the workbook sheets: safe text, formats, references, saving.

User text (names, titles, scenario names) is always written as text, never as a formula:
a value starting with = + - @ gets the cell type "s" and Excel's quote prefix, so neither
Excel nor a later edit turns it into a formula.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.files.output import check_target, write_bytes

MONEY = "£#,##0"
MONEY_PENCE = "£#,##0.00"
HOURS = "0.0"
WHOLE = "#,##0"
PERCENT = "0.0%"
PERCENT_2 = "0.00%"
DATE = "dd/mm/yyyy"

FORMULA_STARTS = ("=", "+", "-", "@")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TITLE_FONT = Font(bold=True, size=14)
SECTION_FONT = Font(bold=True, size=12)
NOTE_FONT = Font(italic=True, color="555555")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")  # cells a reader may change
COPIED_FILL = PatternFill("solid", fgColor="E4E4E4")  # values Skillmix computed: they do not recalculate
COPIED_NOTE = ("Grey cells are values copied from Skillmix (GP contacts a day, consulting-room "
               "sessions needed, ramp-up shares): they do not recalculate; change their inputs in "
               "Skillmix and export again.")
TOTAL_FONT = Font(bold=True)
TOTAL_BORDER = Border(top=Side(style="thin"))
WRAP = Alignment(wrap_text=True, vertical="top")
YEAR = '"Year "0'


def put_text(cell: Cell, text: object) -> Cell:
    """Write user text as text, whatever it starts with (control characters, which an xlsx
    file cannot hold, are dropped)."""
    value = ILLEGAL_CHARACTERS_RE.sub("", "" if text is None else str(text))
    cell.value = value
    if value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def put_formula(cell: Cell, formula: str, number_format: str | None = None) -> Cell:
    """Write a formula (``formula`` starts with '=') built only from our own references."""
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    cell.value = formula
    if number_format:
        cell.number_format = number_format
    return cell


def put_number(cell: Cell, value: float | int | bool | None, number_format: str | None = None,
               editable: bool = False, copied: bool = False) -> Cell:
    """A number; ``editable`` shades it as an input, ``copied`` grey as a value Skillmix
    computed (which no formula recalculates)."""
    cell.value = value
    if number_format:
        cell.number_format = number_format
    if editable:
        cell.fill = INPUT_FILL
    elif copied:
        cell.fill = COPIED_FILL
    return cell


def colour_key(ws: Worksheet, row: int, copied: bool = True) -> None:
    """Row ``row``: what the yellow (and grey) cells mean, in cells of those colours."""
    put_text(ws.cell(row=row, column=1), "Cell colours:").font = NOTE_FONT
    put_text(ws.cell(row=row, column=2), "Input: change it").fill = INPUT_FILL
    if copied:
        put_text(ws.cell(row=row, column=3), "From Skillmix").fill = COPIED_FILL


def header_row(ws: Worksheet, row: int, labels: Sequence[str], first_col: int = 1,
               numbers_from: int | None = None) -> None:
    """Bold, shaded, wrapped column headers; those from column ``numbers_from`` on sit over
    numbers and are right-aligned like them."""
    for i, label in enumerate(labels):
        col = first_col + i
        cell = put_text(ws.cell(row=row, column=col), label)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        right = numbers_from is not None and col >= numbers_from
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right" if right else None)


def title(ws: Worksheet, text: str, note: str = "", last_col: int = 1) -> None:
    """Row 1: the sheet's title (user text allowed); row 2: a short note, wrapped across
    columns A to ``last_col``."""
    put_text(ws.cell(row=1, column=1), text).font = TITLE_FONT
    if note:
        note_row(ws, 2, note, last_col)


def note_row(ws: Worksheet, row: int, text: str, last_col: int) -> Cell:
    """An italic note merged across columns A to ``last_col`` and wrapped, so it prints
    whole (with ``last_col`` 1 it stays one line that may run on to the right)."""
    cell = put_text(ws.cell(row=row, column=1), text)
    cell.font = NOTE_FONT
    if last_col > 1:
        cell.alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    return cell


def total_style(ws: Worksheet, row: int, first_col: int, last_col: int) -> None:
    """Bold with a line above: the row is a total."""
    for col in range(first_col, last_col + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = TOTAL_FONT
        cell.border = TOTAL_BORDER


def row_range(sheet: str | None, row: int, first_col: int, last_col: int) -> str:
    """An absolute range along one row: $B$7:$D$7."""
    rng = f"{addr(row, first_col)}:{addr(row, last_col)}"
    return f"'{sheet}'!{rng}" if sheet else rng


def section(ws: Worksheet, row: int, text: str) -> None:
    put_text(ws.cell(row=row, column=1), text).font = SECTION_FONT


def widths(ws: Worksheet, values: Iterable[float], first_col: int = 1) -> None:
    for i, width in enumerate(values):
        ws.column_dimensions[get_column_letter(first_col + i)].width = width


def addr(row: int, col: int, absolute: bool = True) -> str:
    letter = get_column_letter(col)
    return f"${letter}${row}" if absolute else f"{letter}{row}"


def sheet_ref(sheet: str, row: int, col: int) -> str:
    """An absolute reference to a cell of another sheet: 'Team'!$D$5."""
    return f"'{sheet}'!{addr(row, col)}"


def column_range(sheet: str | None, col: int, first: int, last: int) -> str:
    letter = get_column_letter(col)
    rng = f"${letter}${first}:${letter}${last}"
    return f"'{sheet}'!{rng}" if sheet else rng


_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\']")
SHEET_NAME_MAX = 31


def safe_sheet_name(name: str, taken: Iterable[str], fallback: str = "Scenario") -> str:
    """A sheet name Excel accepts and no other sheet has (Excel compares names without case):
    at most 31 characters, none of []:*?/\\ and no apostrophe (the formula reader we test
    with cannot follow one)."""
    clean = ILLEGAL_CHARACTERS_RE.sub("", _BAD_SHEET_CHARS.sub(" ", name))
    clean = " ".join(clean.split())[:SHEET_NAME_MAX].strip()
    if not clean or clean.lower() == "history":
        clean = fallback
    used = {t.lower() for t in taken}
    candidate, n = clean, 1
    while candidate.lower() in used:
        n += 1
        suffix = f" ({n})"
        candidate = clean[: SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
    return candidate


def save_atomically(wb: Workbook, path: Path, *, force: bool = True) -> None:
    """Write the workbook whole or not at all (planner.files.output): it is made in memory, so
    a full disk meets only the one plain write; an existing file is replaced only with
    ``force``, and never a plan. OutputError when ``path`` cannot be written."""
    path = Path(path)
    check_target(path, force=force)
    data = io.BytesIO()
    wb.save(data)
    write_bytes(path, data.getvalue(), force=force)
