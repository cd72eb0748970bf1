"""Write the appointment audit workbook a GP fills in for a week.

Sheets: "Audit" (a short instruction, then one row per appointment, every answer column a
drop-down), "Instructions", and a hidden "Lists" sheet holding the drop-down words.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from planner.audit.vocab import ANSWERS, COLUMNS, DEFAULT_ROLES, MODES, NOTES_HEADER, gpad_categories
from planner.excel.cells import DATE, TITLE_FONT, header_row, put_text, save_atomically, title, widths

AUDIT_SHEET = "Audit"
LISTS_SHEET = "Lists"
HEADER_ROW = 4
MAX_ROWS = 5000
#: Lists sheet column headers, one list per drop-down column of the audit.
LIST_HEADERS = {"role": "Role", "category": "National category (GPAD)", "mode": "Mode",
                "destination": "Could this have been handled by"}

INSTRUCTIONS = (
    "How to fill in this audit",
    "1. For one ordinary week, add a row for every appointment you do (or every appointment "
    "of every GP who takes part).",
    "2. Fill in every column of the row. Pick the role, category, mode and answer from the "
    "drop-down list in each cell.",
    "3. 'Could this have been handled by' asks: with hindsight, could someone or something "
    "else have dealt with this appointment? Choose 'Not avoidable' when only a GP could.",
    "4. Leave unused rows blank. Do not change the column headings.",
    "5. In Skillmix, use Import audit (or: skillmix import-audit PLAN this-file.xlsx). The "
    "shares of GP appointments by answer then replace the national figures.",
    "Based on the 'Making Time in General Practice' audit (Primary Care Foundation and NHS "
    "Alliance, 2015), in which 56 GPs found 27% of appointments potentially avoidable.",
)


def write_audit_template(path: Path | str, roles: Sequence[str] | None = None,
                         rows: int = 300, *, force: bool = True) -> None:
    """Write an empty audit workbook with ``rows`` answer rows to ``path`` (whole or not at all;
    an existing file is replaced only with ``force``, and never a plan).

    ``roles`` are the role codes offered (the plan's, or GP / Nurse / Other)."""
    if not 1 <= rows <= MAX_ROWS:
        raise ValueError(f"rows must be between 1 and {MAX_ROWS}, not {rows}")
    role_list = [r for r in (roles or DEFAULT_ROLES) if str(r).strip()] or list(DEFAULT_ROLES)
    wb = Workbook()
    audit = wb.active
    assert audit is not None
    audit.title = AUDIT_SHEET
    lists = wb.create_sheet(LISTS_SHEET)
    sources = _write_lists(lists, {"role": role_list, "category": list(gpad_categories()),
                                   "mode": list(MODES), "destination": list(ANSWERS)})
    _write_audit(audit, rows, sources)
    _write_instructions(wb.create_sheet("Instructions"))
    lists.sheet_state = "hidden"
    save_atomically(wb, Path(path), force=force)


def _write_lists(ws: Worksheet, lists: dict[str, list[str]]) -> dict[str, str]:
    """One column per list; returns each list's absolute range for data validation."""
    sources = {}
    for col, (key, words) in enumerate(lists.items(), start=1):
        ws.cell(row=1, column=col, value=LIST_HEADERS[key])
        for row, word in enumerate(words, start=2):
            put_text(ws.cell(row=row, column=col), word)
        letter = get_column_letter(col)
        sources[key] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(words) + 1}"
    return sources


def _write_audit(ws: Worksheet, rows: int, sources: dict[str, str]) -> None:
    title(ws, "Appointment audit: could this appointment have been handled another way?",
          "One row per appointment. Pick answers from the drop-down lists; leave unused rows "
          "blank. Full instructions are on the Instructions sheet.")
    headers = [label for _, label in COLUMNS] + [NOTES_HEADER]
    header_row(ws, HEADER_ROW, headers)
    first, last = HEADER_ROW + 1, HEADER_ROW + rows
    for row in range(first, last + 1):
        ws.cell(row=row, column=1).number_format = DATE
    date_check = DataValidation(type="date", operator="greaterThan", formula1="36526",
                                showErrorMessage=True, errorTitle="Not a date",
                                error="Type a date, for example 03/03/2025.")
    date_check.add(f"A{first}:A{last}")
    ws.add_data_validation(date_check)
    for col, (key, label) in enumerate(COLUMNS, start=1):
        if key in sources:
            check = DataValidation(type="list", formula1=sources[key], allow_blank=True,
                                   showErrorMessage=True, errorTitle=label,
                                   error="Pick an answer from the drop-down list.")
            letter = get_column_letter(col)
            check.add(f"{letter}{first}:{letter}{last}")
            ws.add_data_validation(check)
    widths(ws, (12, 18, 12, 44, 14, 38, 40))
    ws.freeze_panes = ws.cell(row=first, column=1)


def _write_instructions(ws: Worksheet) -> None:
    ws.column_dimensions["A"].width = 110
    for row, text in enumerate(INSTRUCTIONS, start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=1, column=1).font = TITLE_FONT
