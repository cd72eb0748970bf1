"""Audit workbooks built with openpyxl for the tests: every row visible in the test."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

HEADERS = ["Date", "Clinician", "Role", "National category (GPAD)", "Mode",
           "Could this have been handled by"]
ROUTINE = "General Consultation Routine"
ACUTE = "General Consultation Acute"

#: 10 GP appointments and 2 nurse appointments over 3-7 March 2025.
#: GP answers: another practice role 2, community pharmacy 1, self-care 2,
#: navigation/social prescribing 1, hospital 1, not avoidable 3.
FILLED_ROWS: list[list[Any]] = [
    [date(2025, 3, 3), "Dr A", "GP", ROUTINE, "Face-to-face", "Another practice role"],
    [date(2025, 3, 3), "Dr A", "GP", ACUTE, "Telephone", "Not avoidable"],
    [date(2025, 3, 4), "Dr A", "GP", ROUTINE, "Telephone", "Self-care"],
    [date(2025, 3, 4), "Dr B", "GP", ROUTINE, "Video/online", "Community pharmacy"],
    [date(2025, 3, 4), "Nurse C", "Nurse", ROUTINE, "Face-to-face", "Self-care"],
    [date(2025, 3, 5), "Dr B", "GP", "Home Visit", "Home visit", "Not avoidable"],
    [date(2025, 3, 5), "Dr B", "GP", ROUTINE, "Face-to-face", "Another practice role"],
    [date(2025, 3, 6), "Dr A", "GP", ACUTE, "Telephone", "Hospital should have dealt with it"],
    [date(2025, 3, 6), "Nurse C", "Nurse", ROUTINE, "Face-to-face", "Community pharmacy"],
    [date(2025, 3, 6), "Dr A", "GP", ROUTINE, "Face-to-face", "Care navigation or social prescribing"],
    [date(2025, 3, 7), "Dr B", "GP", ROUTINE, "Telephone", "Self-care"],
    [date(2025, 3, 7), "Dr A", "GP", ACUTE, "Face-to-face", "Not avoidable"],
]


def write_audit(path: Path, rows: Sequence[Sequence[Any]], headers: Sequence[str] = HEADERS,
                title_rows: int = 0, sheet: str = "Audit") -> Path:
    """An audit workbook of our own making (no template): optional title rows, a header, rows."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for i in range(title_rows):
        ws.append([f"Practice audit, title line {i + 1}"])
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def fill_template(template: Path, rows: Sequence[Sequence[Any]], out: Path, first_row: int = 5) -> Path:
    """Type ``rows`` into a written template, as a GP would, and save it as ``out``."""
    wb = load_workbook(template)
    ws = wb["Audit"]
    for r, row in enumerate(rows, start=first_row):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(out)
    return out
