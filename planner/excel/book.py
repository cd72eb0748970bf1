"""A workbook opened for reading with python-calamine (Rust): .xlsx, .xlsm, .xls and .ods.

calamine reads a 100,000-row sheet several times faster than openpyxl, reads the old .xls and
OpenDocument formats, and does not choke on the styles other programs write (it reads only
what it needs). It loads a sheet whole, so every zipped part is measured first (zip_guard):
a sheet's rows and cells are bounded before calamine allocates them. openpyxl stays for writing.

Values come back as openpyxl gave them: None for an empty cell, whole numbers as int, text,
dates and times; a formula cell with no saved value is an ``Uncached`` (calamine reads it as
empty, which would be silently wrong).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import python_calamine
from defusedxml import ElementTree

from planner.excel import zip_guard

NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
STATES = {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "veryHidden"}


@dataclass(frozen=True)
class Uncached:
    """A cell holding a formula whose value was never saved (the file was written by a program
    that does not calculate); ``formula`` as written, without the '='."""

    formula: str

    def __str__(self) -> str:
        return f"={self.formula}"


@dataclass
class Sheet:
    """One worksheet: ``title``, ``sheet_state`` ("visible", "hidden" or "veryHidden")."""

    book: Book
    title: str
    sheet_state: str
    part: str | None = None  # the worksheet's XML in an .xlsx zip


@dataclass
class Book:
    path: Path
    kind: str  # "xlsx", "xls" or "ods"
    handle: IO[bytes]
    calamine: Any
    zip_infos: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    worksheets: list[Sheet] = field(default_factory=list)
    #: the workbook says to recalculate on opening: its saved formula values are not to be trusted
    stale: bool = False

    def close(self) -> None:
        try:
            self.calamine.close()
        finally:
            self.handle.close()


def load(path: Path, kind: str, max_rows: int, max_cells: int) -> Book:
    """Open ``path`` (of ``kind``, found from its content) after checking the zipped parts
    that are parsed on opening. Raises zip_guard's errors and calamine's."""
    infos: dict[str, zipfile.ZipInfo] = {}
    parts: dict[str, str] = {}
    stale = False
    if kind in ("xlsx", "ods"):
        with zipfile.ZipFile(path) as z:
            infos = {i.filename: i for i in z.infolist()}
        zip_guard.check_declared(list(infos.values()), max_rows)
        for name, info in infos.items():
            if kind == "ods" and name == "content.xml":
                zip_guard.check_ods_content(path, info, max_rows, max_cells)
            elif name.endswith((".xml", ".rels")) and not name.startswith("xl/worksheets/"):
                zip_guard.check_part(path, info, max_rows)
        if kind == "xlsx":
            parts, stale = _sheet_parts(path, infos)
    handle = open(path, "rb")
    try:
        cal = python_calamine.CalamineWorkbook.from_filelike(handle)
    except BaseException:
        handle.close()
        raise
    book = Book(path, kind, handle, cal, infos, stale=stale)
    for meta in cal.sheets_metadata:
        if str(meta.typ).endswith("WorkSheet"):
            state = STATES.get(str(meta.visible).rsplit(".", 1)[-1], "visible")
            book.worksheets.append(Sheet(book, meta.name, state, parts.get(meta.name)))
    if not book.worksheets:
        book.close()
        raise ValueError("it has no worksheets")
    return book


def _sheet_parts(path: Path, infos: dict[str, zipfile.ZipInfo]) -> tuple[dict[str, str], bool]:
    """Sheet name -> its XML part, from xl/workbook.xml and its relationships; and whether the
    workbook asks to be recalculated on opening (its formula values stale)."""
    try:
        wb = ElementTree.fromstring(_read(path, infos["xl/workbook.xml"]))
        rels = ElementTree.fromstring(_read(path, infos["xl/_rels/workbook.xml.rels"]))
    except KeyError:
        return {}, False
    calc = wb.find(f"{NS_MAIN}calcPr")
    stale = calc is not None and calc.get("fullCalcOnLoad") in ("1", "true")
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{NS_PKG}Relationship")}
    out = {}
    for s in wb.iter(f"{NS_MAIN}sheet"):
        target = targets.get(s.get(f"{NS_REL}id"), "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        if part in infos:
            out[s.get("name", "")] = part
    return out, stale


def _read(path: Path, info: zipfile.ZipInfo) -> bytes:
    return b"".join(zip_guard.unpacked(path, info, zip_guard.part_cap(info.filename, 0)))


def measure(sheet: Sheet, max_rows: int, max_cells: int) -> zip_guard.SheetScan | None:
    """The sheet's extent and formulas without values, before calamine loads it (xlsx only)."""
    info = sheet.book.zip_infos.get(sheet.part or "")
    if info is None:
        return None
    return zip_guard.scan_sheet(sheet.book.path, info, max_rows, max_cells, sheet.book.stale)


def loaded(sheet: Sheet) -> Any:
    return sheet.book.calamine.get_sheet_by_name(sheet.title)


def rows_of(data: Any, uncached: dict[tuple[int, int], str], raw: bool = False) -> Iterator[Sequence[Any]]:
    """The loaded sheet's rows from row 1 and column A (calamine gives the rows from the first,
    but each from the first column with a value), formulas without values put back in place.
    ``raw`` rows are calamine's own lists: "" for an empty cell and every number a float."""
    left = data.start[1] if data.height else 0
    if raw and not left and not uncached:
        return iter(data.iter_rows())
    return _rows(data, uncached, raw, left)


def _rows(data: Any, uncached: dict[tuple[int, int], str], raw: bool, left: int) -> Iterator[Sequence[Any]]:
    pad = (None,) * left
    by_row: dict[int, dict[int, str]] = {}
    for (r, c), formula in uncached.items():
        by_row.setdefault(r, {})[c] = formula
    number = 0
    for number, row in enumerate(data.iter_rows(), start=1):
        values: Sequence[Any]
        if raw:
            values = [*pad, *row] if left else row
        else:
            values = pad + tuple([None if v == "" else (int(v) if v.__class__ is float and v.is_integer() else v)
                                  for v in row])
        yield _with_uncached(values, by_row[number]) if number in by_row else values
    for extra in range(number + 1, max(by_row, default=0) + 1):
        yield _with_uncached((), by_row.get(extra))


def _with_uncached(values: Sequence[Any], formulas: dict[int, str] | None) -> tuple[Any, ...]:
    if not formulas:
        return tuple(values)
    out = list(values) + [None] * (max(formulas) + 1 - len(values))
    for c, formula in formulas.items():
        out[c] = Uncached(formula)  # an empty value, or a stale one in a workbook to recalculate
    return tuple(out)
