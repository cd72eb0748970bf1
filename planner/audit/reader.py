"""Read a filled-in appointment audit workbook back: rows, or problems naming sheet and cell.

The header row is found by its words (Date, Clinician, Role, National category, Mode,
Could this have been handled by) in the first rows of the "Audit" sheet, so a practice's own
copy with extra title rows or extra columns still reads. Blank rows are skipped; a row with
only some columns filled is a problem, as is any answer not in the drop-down lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from planner.audit.result import AuditProblem, AuditResult, AuditRow
from planner.audit.vocab import ANSWERS, COLUMNS, MODES, gpad_categories
from planner.excel import WorkbookError, open_workbook, sheet_rows

AUDIT_SHEET = "Audit"
LISTS_SHEET = "Lists"
HEADER_SEARCH_ROWS = 30
SHOWN_CHARS = 40

Row = tuple[Any, ...]
LABELS = dict(COLUMNS)


def read_audit(path: Path | str) -> tuple[AuditResult | None, list[AuditProblem]]:
    """The audited appointments of the workbook at ``path``, or the problems found.

    A result comes back only when there are no problems at all."""
    path = Path(path)
    try:
        wb = open_workbook(path, read_only=True)
    except WorkbookError as e:
        return None, [AuditProblem("", "", str(e))]
    try:
        sheets = {ws.title.casefold(): ws for ws in wb.worksheets}
        ws = sheets.get(AUDIT_SHEET.casefold()) or wb.worksheets[0]
        rows = list(sheet_rows(ws, path.name))
        roles = _listed_roles(sheets.get(LISTS_SHEET.casefold()), path.name)
    except WorkbookError as e:
        return None, [AuditProblem("", "", str(e))]
    finally:
        wb.close()
    return _read_rows(ws.title, rows, roles)


def _listed_roles(ws: Any, file_name: str) -> list[str] | None:
    """The role codes offered by the template's Lists sheet (None: any role is accepted)."""
    if ws is None:
        return None
    rows = list(sheet_rows(ws, file_name))
    if not rows:
        return None
    for col, head in enumerate(rows[0]):
        if _norm(head) == "role":
            words = [_clean(r[col]) for r in rows[1:] if col < len(r) and _clean(r[col])]
            return words or None
    return None


def _read_rows(sheet: str, rows: list[Row], roles: list[str] | None,
               ) -> tuple[AuditResult | None, list[AuditProblem]]:
    found = _find_header(rows)
    if found is None:
        names = ", ".join(label for _, label in COLUMNS)
        return None, [AuditProblem(sheet, "A1", f"no header row found in the first "
                                   f"{HEADER_SEARCH_ROWS} rows; it must have the columns {names}")]
    header_index, columns = found
    missing = [label for key, label in COLUMNS if key not in columns]
    if missing:
        cell = f"A{header_index + 1}"
        return None, [AuditProblem(sheet, cell, f"the header row has no '{label}' column")
                      for label in missing]
    choices = _choices(roles)
    problems: list[AuditProblem] = []
    out: list[AuditRow] = []
    for i in range(header_index + 1, len(rows)):
        row = _read_row(sheet, i + 1, rows[i], columns, choices, problems)
        if row is not None:
            out.append(row)
    if not out and not problems:
        problems.append(AuditProblem(sheet, f"A{header_index + 2}",
                                     "no appointments under the header row; fill in at least one row"))
    return (None, problems) if problems else (AuditResult(sheet, tuple(out)), [])


def _find_header(rows: list[Row]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for col, value in enumerate(row):
            key = _header_key(value)
            if key and key not in columns:
                columns[key] = col
        if "date" in columns and len(columns) >= 3:
            return index, columns
    return None


def _header_key(value: object) -> str | None:
    text = _norm(value)
    if text.startswith("date"):
        return "date"
    for key, word in (("clinician", "clinician"), ("category", "category"), ("mode", "mode"),
                      ("destination", "handled by")):
        if word in text:
            return key
    return "role" if text.startswith("role") else None


def _choices(roles: list[str] | None) -> dict[str, dict[str, str] | None]:
    """For each answer column, the accepted words by their case-free spelling."""
    def table(words: Sequence[str]) -> dict[str, str]:
        return {_norm(w): w for w in words}
    return {"role": table(roles) if roles else None, "category": table(gpad_categories()),
            "mode": table(MODES), "destination": table(list(ANSWERS))}


def _read_row(sheet: str, number: int, row: Row, columns: dict[str, int],
              choices: dict[str, dict[str, str] | None], problems: list[AuditProblem],
              ) -> AuditRow | None:
    values = {key: row[col] if col < len(row) else None for key, col in columns.items()}
    if all(_is_blank(v) for v in values.values()):
        return None
    before = len(problems)
    words: dict[str, Any] = {}
    for key, col in sorted(columns.items(), key=lambda item: item[1]):
        value, cell = values[key], f"{get_column_letter(col + 1)}{number}"
        if _is_blank(value):
            problems.append(AuditProblem(sheet, cell, f"{LABELS[key]} is empty; fill in every column "
                                         "of the row, or leave the whole row blank"))
        elif key == "date":
            words[key] = _date(value, sheet, cell, problems)
        else:
            words[key] = _choose(value, choices.get(key))
            if words[key] is None:
                problems.append(AuditProblem(sheet, cell, _not_listed(key, value, choices[key])))
    if len(problems) > before:
        return None
    return AuditRow(number, words["date"], words["clinician"], words["role"], words["category"],
                    words["mode"], words["destination"])


def _choose(value: object, table: dict[str, str] | None) -> str | None:
    if table is None:
        return _clean(value)
    return table.get(_norm(value))


def _not_listed(key: str, value: object, table: dict[str, str] | None) -> str:
    shown = _shown(value)
    if key == "category":
        return (f"{shown} is not one of the {len(table or {})} national appointment categories "
                "(GPAD); pick one from the drop-down list")
    listed = ", ".join((table or {}).values())
    return f"{shown} is not one of {listed}"


def _date(value: object, sheet: str, cell: str, problems: list[AuditProblem]) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        message = f"{_shown(value)} is text, not a date; type the date again (for example 03/03/2025)"
    else:
        message = f"{_shown(value)} is not a date; type a date (for example 03/03/2025)"
    problems.append(AuditProblem(sheet, cell, message))
    return None


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _norm(value: object) -> str:
    return _clean(value).casefold()


def _shown(value: object) -> str:
    text = _clean(value)
    return repr(text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…")
