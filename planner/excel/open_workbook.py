"""Open a spreadsheet safely: any file a user picks gives a workbook or a WorkbookError.

Read: Excel workbooks (.xlsx, .xlsm), old Excel 97-2003 workbooks (.xls) and OpenDocument
spreadsheets (.ods), told apart by their content, not their name (book.py reads them with
python-calamine). Refused with what to do: missing, empty, password-protected, CSV, text and
other files, damaged zips, and zip bombs (zip_guard.py bounds every part before it is parsed).
Only the sheets actually read are measured: each may hold at most ``MAX_ROWS`` rows and
``MAX_CELLS`` cells, counting the rows and cells that hold values.
"""

from __future__ import annotations

import zipfile
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from planner.excel import book as books
from planner.excel import zip_guard
from planner.excel.book import Book, Sheet

#: Rows a sheet may hold (module attribute, so tests can lower it).
MAX_ROWS = 200_000
#: Cells (rows x columns between the first and last value) a sheet may hold.
MAX_CELLS = 5_000_000
#: Size of an .xls file read (it is not compressed, so its size bounds what it holds).
MAX_XLS_BYTES = 256 << 20
#: Uncompressed size the parts of a zipped workbook may add up to.
MAX_UNCOMPRESSED_BYTES = 1 << 30
READABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
SCAN_CHUNK = 1 << 20
SAVE_AS = "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), then try again."
RESAVE = "Open it in Excel or LibreOffice and save it again (as .xlsx), then try again."
OTHER_FORMATS = {
    ".xlsb": "is an Excel binary workbook (.xlsb)",
    ".csv": "is a CSV file",
    ".txt": "is a text file",
    ".numbers": "is an Apple Numbers file",
}


class WorkbookError(ValueError):
    """The file cannot be read as a workbook; the message says why and what to do."""


def open_workbook(path: Path | str, read_only: bool = True, data_only: bool = True) -> Book:
    """The workbook at ``path``, for reading (``read_only`` and ``data_only`` are kept for
    callers written for openpyxl: values of formulas are always the values last saved).

    Raises WorkbookError, and nothing else, for any file that is not a readable workbook.
    Close it with ``wb.close()`` when done."""
    path = Path(path).absolute()
    kind = _check_file(path)
    try:
        return books.load(path, kind, MAX_ROWS, MAX_CELLS)
    except Exception as e:  # noqa: BLE001 - every failure of a user's file becomes one message
        raise _parse_error(path.name, e) from e


def list_sheets(path: Path | str) -> list[str]:
    """Names of the worksheets (chart sheets left out), in workbook order. No sheet is read."""
    wb = open_workbook(path)
    try:
        return [ws.title for ws in wb.worksheets]
    finally:
        wb.close()


def sheet_rows(ws: Sheet, file_name: str = "the workbook") -> Generator[tuple[Any, ...], None, None]:
    """A sheet's rows as tuples of values, from row 1 (rows are as wide as their last value):
    None for an empty cell, whole numbers as int.

    Rows past ``MAX_ROWS`` or cells past ``MAX_CELLS`` (counting those that hold values), and a
    sheet that cannot be read, raise WorkbookError before the sheet is loaded where possible."""
    yield from cast(Iterator[tuple[Any, ...]], _rows(ws, file_name, raw=False))


def raw_rows(ws: Sheet, file_name: str = "the workbook") -> Iterator[Sequence[Any]]:
    """``sheet_rows`` faster, for a reader that takes "" as an empty cell and any number as a
    float: the rows as calamine gives them. The sheet is checked and loaded on this call."""
    return _rows(ws, file_name, raw=True)


def _rows(ws: Sheet, file_name: str, raw: bool) -> Iterator[Sequence[Any]]:
    try:
        scan = books.measure(ws, MAX_ROWS, MAX_CELLS)
        if scan is not None:
            _check_extent(ws.title, file_name, scan.last_row, scan.last_column, exact=scan.exact)
        data = books.loaded(ws)
    except WorkbookError:
        raise
    except Exception as e:  # noqa: BLE001 - a damaged sheet is the user's file, not our bug
        raise _parse_error(file_name, e, ws.title) from e
    end_row, end_col = data.end if data.height else (-1, -1)
    _check_extent(ws.title, file_name, end_row + 1, end_col + 1, exact=True)
    return books.rows_of(data, scan.uncached if scan is not None else {}, raw)


def _check_extent(sheet: str, file_name: str, rows: int, columns: int, exact: bool) -> None:
    if not exact:
        return
    if rows > MAX_ROWS:
        raise WorkbookError(f"Sheet '{sheet}' in {file_name} has {rows:,} rows; Skillmix reads at most "
                            f"{MAX_ROWS:,} rows a sheet. Delete the rows you do not need, or split the sheet.")
    if rows * columns > MAX_CELLS:
        raise WorkbookError(f"Sheet '{sheet}' in {file_name} has values as far as row {rows:,} and column "
                            f"{columns:,}; Skillmix reads at most {MAX_CELLS:,} cells a sheet. Delete the rows "
                            "and columns you do not need (or anything typed far below or right of the rota).")


def _check_file(path: Path) -> str:
    """The kind of spreadsheet the file is ("xlsx", "xls", "ods"), from its content."""
    name = path.name
    if not path.exists():
        raise WorkbookError(f"{name} was not found. Check the file is still where you chose it "
                            "(it may have been moved or renamed).")
    if path.is_dir():
        raise WorkbookError(f"{name} is a folder, not a spreadsheet.")
    with open(path, "rb") as f:
        head = f.read(8)
    if not head:
        raise WorkbookError(f"{name} is empty (0 bytes); it may not have finished saving. {SAVE_AS}")
    suffix = path.suffix.lower()
    if suffix in OTHER_FORMATS:
        raise WorkbookError(f"{name} {OTHER_FORMATS[suffix]}. Skillmix reads spreadsheets saved as Excel "
                            f"workbooks (.xlsx, .xlsm, .xls) or OpenDocument (.ods): {SAVE_AS}")
    if head == OLE_HEADER:
        return _ole_kind(path)
    if not head.startswith(b"PK"):
        looks = "looks like a CSV or text file" if _is_text(head) else "is not a spreadsheet"
        raise WorkbookError(f"{name} {looks}, although its name ends in {suffix or 'nothing'} (it may be another "
                            f"file renamed). {SAVE_AS}")
    return _zip_kind(path)


def _is_text(head: bytes) -> bool:
    return all(32 <= b < 127 or b in b"\t\r\n" for b in head)


def _ole_kind(path: Path) -> str:
    name = path.name
    if _contains(path, ENCRYPTED_STREAM):
        raise WorkbookError(f"{name} is protected with a password (encrypted), so Skillmix cannot read "
                            "it. Open it in Excel, remove the password (File > Info > Protect Workbook > "
                            "Encrypt with Password, then clear it), save it and try again.")
    if path.stat().st_size > MAX_XLS_BYTES:
        raise WorkbookError(f"{name} is too large to read safely (over {MAX_XLS_BYTES >> 20} MB). {SAVE_AS}")
    return "xls"


def _contains(path: Path, needle: bytes) -> bool:
    """Whether ``needle`` occurs anywhere in the file (read a chunk at a time)."""
    tail = b""
    with open(path, "rb") as f:
        while chunk := f.read(SCAN_CHUNK):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle):]
    return False


def _zip_kind(path: Path) -> str:
    name = path.name
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise WorkbookError(f"{name} is damaged: it cannot be opened as a workbook ({e}). Open it in "
                            "Excel or LibreOffice, which may repair it, and save a fresh copy.") from e
    parts = {i.filename for i in infos}
    if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError(f"{name} is too large to read safely (over 1 GB once unpacked).")
    if "content.xml" in parts and "mimetype" in parts:
        return "ods"
    if "xl/workbook.bin" in parts:
        raise WorkbookError(f"{name} is an Excel binary workbook (.xlsb). {SAVE_AS}")
    if "xl/workbook.xml" not in parts:
        raise WorkbookError(f"{name} is not a spreadsheet (it may be a Word file, another Office "
                            f"document or a zip file renamed). {SAVE_AS}")
    return "xlsx"


def _parse_error(name: str, e: BaseException, sheet: str = "") -> WorkbookError:
    where = f"sheet '{sheet}' of {name}" if sheet else name
    if isinstance(e, zip_guard.PartTooLarge):
        return WorkbookError(f"{where} is not safe to read: {e}. If it is a real rota, open it in Excel or "
                             "LibreOffice, delete what you do not need and save it again.")
    if isinstance(e, zip_guard.PartMisstated):
        return WorkbookError(f"{where} is damaged: {e}. Open it in Excel or LibreOffice, which may repair "
                             "it, and save a fresh copy.")
    if isinstance(e, zip_guard.UnsafeXml) or _caused_by(e, "EntitiesForbidden"):
        return WorkbookError(f"{where} contains unsafe content (XML entity definitions, as used in an "
                             f"'XML bomb'), so Skillmix will not read it. {RESAVE}")
    if "password" in str(e).lower() or type(e).__name__ == "PasswordError":
        return WorkbookError(f"{where} is protected with a password, so Skillmix cannot read it. Remove the "
                             "password in Excel, save it and try again.")
    detail = str(e).strip().splitlines()[0][:120] if str(e).strip() else type(e).__name__
    return WorkbookError(f"Skillmix could not read {where} ({detail}); it may have been written by a program "
                         f"Skillmix does not know. {RESAVE}")


def _caused_by(e: BaseException | None, kind: str) -> bool:
    """Whether ``e`` or an exception it was raised from or during is named ``kind``."""
    seen = 0
    while e is not None and seen < 20:
        if type(e).__name__ == kind:
            return True
        e, seen = e.__cause__ or e.__context__, seen + 1
    return False
