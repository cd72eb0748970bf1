"""Read a clinical system's appointment report (CSV or Excel): a header row, then one row per
appointment. The columns are the practice's own (EMIS, SystmOne and others name them
differently), so the reader only finds the header and hands back text cells; which column is
which is the column mapping (planner.appointments.book)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from planner.appointments.layout import BOM, decode
from planner.appointments.result import FileProblem
from planner.excel import WorkbookError, open_workbook, sheet_rows

HEADER_SEARCH_ROWS = 20
EXCEL = (".xlsx", ".xlsm")

#: the columns a report row can be mapped from, with the words that guess them
FIELDS: dict[str, tuple[str, ...]] = {
    "date": ("date",), "time": ("time", "start"), "duration": ("duration", "length", "minutes", "mins"),
    "slot_type": ("slot", "session", "type"), "role": ("role", "job", "staff group", "profession"),
    "clinician": ("clinician", "practitioner", "user", "staff", "name"), "status": ("status", "outcome", "attend"),
    "mode": ("mode", "method", "delivery"),
}
FIELD_LABELS: dict[str, str] = {"date": "Date", "time": "Time", "duration": "Duration (minutes)",
                                "clinician": "Clinician", "slot_type": "Slot type",
                                "role": "Role", "status": "Status", "mode": "Mode"}


@dataclass(frozen=True)
class BookTable:
    file: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line or row number in the file, cells as text)


def read_book(path: Path) -> tuple[BookTable | None, list[FileProblem]]:
    """The header and rows of the report at ``path`` (cells as text), or why it cannot be read."""
    name = path.name
    try:
        if path.suffix.lower() in EXCEL:
            wb = open_workbook(path, read_only=True)
            try:
                raw = [tuple(_text(v) for v in r) for r in sheet_rows(wb.worksheets[0], name)]
            finally:
                wb.close()
        else:
            data = path.read_bytes()
            if data.startswith(b"PK\x03\x04"):
                return None, [FileProblem(name, 1, "", "this is an Excel workbook: give it a .xlsx name")]
            raw = [tuple(r) for r in csv.reader(io.StringIO(decode(data.removeprefix(BOM))))]
    except (WorkbookError, OSError) as e:
        return None, [FileProblem(name, 0, "", str(e) if isinstance(e, WorkbookError) else f"cannot be read: {e}")]
    return _table(name, raw)


def _table(name: str, raw: list[tuple[str, ...]]) -> tuple[BookTable | None, list[FileProblem]]:
    for index, row in enumerate(raw[:HEADER_SEARCH_ROWS]):
        cells = [c.strip() for c in row]
        if sum(1 for c in cells if c) >= 3 and guess_columns(tuple(cells)).get("duration"):
            rows = tuple((index + 2 + n, tuple(c.strip() for c in r)) for n, r in enumerate(raw[index + 1:])
                         if any(c.strip() for c in r))
            if not rows:
                return None, [FileProblem(name, index + 2, "", "there are no appointments under the header row")]
            return BookTable(name, tuple(cells), rows), []
    return None, [FileProblem(name, 1, "", "no header row with a duration (or slot length) column was found "
                              f"in the first {HEADER_SEARCH_ROWS} rows; export the appointment report with "
                              "its column headings")]


def guess_columns(headers: tuple[str, ...]) -> dict[str, str]:
    """Field -> header, from the headers' words (the first header that fits each field)."""
    out: dict[str, str] = {}
    for field, words in FIELDS.items():
        for header in headers:
            text = header.casefold()
            if header and header not in out.values() and any(w in text for w in words):
                out[field] = header
                break
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != time() else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return f"{value.total_seconds() / 60:g}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
