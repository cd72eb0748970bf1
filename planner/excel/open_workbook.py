"""Open an Excel workbook safely: any file a user picks gives a workbook or a WorkbookError.

Checked before openpyxl sees the file: missing, empty, old .xls or password-protected
(both OLE2 compound files), CSV/ODS/other files, damaged or oversized zips. openpyxl then
parses through defusedxml (installed, so ``openpyxl.xml.DEFUSEDXML`` is True): entity
definitions (an "XML bomb") are refused. Each sheet may hold at most ``MAX_ROWS`` rows,
checked from its stored dimension and again while streaming (``sheet_rows``).
"""

from __future__ import annotations

import zipfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.workbook.workbook import Workbook

#: Rows a sheet may hold (module attribute, so tests can lower it).
MAX_ROWS = 200_000
#: Uncompressed size the parts of a workbook may add up to (a zip bomb is refused).
MAX_UNCOMPRESSED_BYTES = 1 << 30
READABLE_SUFFIXES = (".xlsx", ".xlsm")
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
SCAN_CHUNK = 1 << 20
SAVE_AS = "Open it in Excel and save it as an Excel Workbook (.xlsx), then try again."
OTHER_FORMATS = {
    ".xls": "is in the old Excel 97-2003 format (.xls)",
    ".xlsb": "is an Excel binary workbook (.xlsb)",
    ".ods": "is an OpenDocument spreadsheet (.ods)",
    ".csv": "is a CSV file",
    ".txt": "is a text file",
    ".numbers": "is an Apple Numbers file",
}


class WorkbookError(ValueError):
    """The file cannot be read as an Excel workbook; the message says why and what to do."""


def open_workbook(path: Path | str, read_only: bool = True, data_only: bool = True) -> Workbook:
    """The workbook at ``path`` (values of formulas as last saved by Excel, when ``data_only``).

    Raises WorkbookError, and nothing else, for any file that is not a readable workbook
    with data in it. Close a read-only workbook with ``wb.close()`` when done."""
    path = Path(path).absolute()
    _check_file(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=read_only, data_only=data_only, keep_links=False)
    except Exception as e:  # noqa: BLE001 - every failure of a user's file becomes one message
        raise _parse_error(path.name, e) from e
    try:
        _check_sheets(wb, path.name)
    except BaseException:
        wb.close()
        raise
    return wb


def list_sheets(path: Path | str) -> list[str]:
    """Names of the worksheets (chart sheets left out), in workbook order."""
    wb = open_workbook(path)
    try:
        return [ws.title for ws in wb.worksheets]
    finally:
        wb.close()


def sheet_rows(ws: Any, file_name: str = "the workbook") -> Generator[tuple[Any, ...], None, None]:
    """Stream a sheet's rows as tuples of values (rows are as wide as their last cell).

    The stored dimension is ignored while streaming (some programs write a wrong one, which
    would make openpyxl drop rows); rows past ``MAX_ROWS`` or unreadable XML raise WorkbookError."""
    limit = MAX_ROWS
    saved = _dimensions(ws)
    if saved is not None:
        ws.reset_dimensions()
    try:
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > limit:
                raise _too_many_rows(ws.title, file_name, f"more than {limit:,}")
            yield row
    except WorkbookError:
        raise
    except Exception as e:  # noqa: BLE001 - a damaged sheet part is the user's file, not our bug
        raise _parse_error(file_name, e, ws.title) from e
    finally:
        if saved is not None:
            ws._max_column, ws._max_row = saved


def _dimensions(ws: Any) -> tuple[Any, Any] | None:
    if not hasattr(ws, "reset_dimensions"):
        return None
    return ws._max_column, ws._max_row


def _check_file(path: Path) -> None:
    name = path.name
    if not path.exists():
        raise WorkbookError(f"{name} was not found. Check the file is still where you chose it "
                            "(it may have been moved or renamed).")
    if path.is_dir():
        raise WorkbookError(f"{name} is a folder, not an Excel file.")
    with open(path, "rb") as f:
        head = f.read(8)
    if not head:
        raise WorkbookError(f"{name} is empty (0 bytes); it may not have finished saving. {SAVE_AS}")
    if head == OLE_HEADER:
        raise _ole_error(path)
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        what = OTHER_FORMATS.get(suffix, f"is not an Excel workbook ({suffix or 'no extension'})")
        raise WorkbookError(f"{name} {what}. Skillmix reads Excel workbooks (.xlsx or .xlsm): {SAVE_AS}")
    if not head.startswith(b"PK"):
        looks = "looks like a CSV or text file" if _is_text(head) else "is not an Excel workbook"
        raise WorkbookError(f"{name} {looks}, although its name ends in {suffix} (it may be another "
                            f"file renamed). {SAVE_AS}")
    _check_zip(path)


def _is_text(head: bytes) -> bool:
    return all(32 <= b < 127 or b in b"\t\r\n" for b in head)


def _ole_error(path: Path) -> WorkbookError:
    name = path.name
    if _contains(path, ENCRYPTED_STREAM):
        return WorkbookError(f"{name} is protected with a password (encrypted), so Skillmix cannot read "
                             "it. Open it in Excel, remove the password (File > Info > Protect Workbook > "
                             "Encrypt with Password, then clear it), save it and try again.")
    return WorkbookError(f"{name} is in the old Excel 97-2003 format (.xls), which Skillmix cannot read. "
                         "Open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).")


def _contains(path: Path, needle: bytes) -> bool:
    """Whether ``needle`` occurs anywhere in the file (read a chunk at a time)."""
    tail = b""
    with open(path, "rb") as f:
        while chunk := f.read(SCAN_CHUNK):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle):]
    return False


def _check_zip(path: Path) -> None:
    name = path.name
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise WorkbookError(f"{name} is damaged: it cannot be opened as a workbook ({e}). Open it in "
                            "Excel, which may repair it, and save a fresh copy.") from e
    parts = {i.filename for i in infos}
    if "mimetype" in parts and "content.xml" in parts:
        raise WorkbookError(f"{name} is an OpenDocument spreadsheet renamed to {path.suffix}. {SAVE_AS}")
    if "xl/workbook.xml" not in parts and not any(p.endswith("workbook.xml") for p in parts):
        raise WorkbookError(f"{name} is not an Excel workbook (it may be a Word file, another Office "
                            f"document or a zip file renamed). {SAVE_AS}")
    if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError(f"{name} is too large to read safely (over 1 GB once unpacked).")


def _parse_error(name: str, e: BaseException, sheet: str = "") -> WorkbookError:
    where = f"sheet '{sheet}' of {name}" if sheet else name
    if _caused_by(e, DefusedXmlException):
        return WorkbookError(f"{where} contains unsafe content (XML entity definitions, as used in an "
                             "'XML bomb'), so Skillmix will not read it. Open it in Excel and save a "
                             "fresh copy.")
    detail = str(e).strip().splitlines()[0][:120] if str(e).strip() else type(e).__name__
    return WorkbookError(f"{where} is damaged and cannot be read ({detail}). Open it in Excel, which "
                         "may repair it, and save a fresh copy.")


def _caused_by(e: BaseException | None, kind: type[BaseException]) -> bool:
    """Whether ``e`` or an exception it was raised from or during is a ``kind``."""
    seen = 0
    while e is not None and seen < 20:
        if isinstance(e, kind):
            return True
        e, seen = e.__cause__ or e.__context__, seen + 1
    return False


def _too_many_rows(sheet: str, name: str, count: str) -> WorkbookError:
    return WorkbookError(f"Sheet '{sheet}' in {name} has {count} rows; Skillmix reads at most "
                         f"{MAX_ROWS:,} rows a sheet. Delete the rows you do not need, or split the sheet.")


def _check_sheets(wb: Workbook, name: str) -> None:
    """Every sheet within the row limit, and at least one with a value in it."""
    for ws in wb.worksheets:
        rows = ws.max_row
        if rows is not None and rows > MAX_ROWS:
            raise _too_many_rows(ws.title, name, f"{rows:,}")
    if not any(_has_data(ws, name) for ws in wb.worksheets):
        raise WorkbookError(f"{name} has no data: none of its sheets has anything in it.")


def _has_data(ws: Any, name: str) -> bool:
    rows = sheet_rows(ws, name)
    try:
        return any(v is not None and v != "" for row in rows for v in row)
    finally:
        rows.close()
