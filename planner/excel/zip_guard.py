"""Bound what a zipped workbook (.xlsx, .xlsm, .ods) unpacks to before any parser sees it.

A "zip bomb" is a small file whose parts unpack to hundreds of megabytes of XML, or whose few
cells sit so far apart that a reader allocates the whole rectangle between them. Each part a
reader will parse is checked against a cap for its kind (a sheet's cap follows from the row
limit) and a compression ratio, from its header first (free) and then by unpacking it once as a
stream, counting the real bytes (so a header that understates the size is caught) and stopping
at the cap. The same pass bounds a worksheet's last row and column, and finds the cells holding
a formula but no saved value.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: Unpacked bytes a worksheet's XML may hold for each row the row limit allows (a 100,000-row
#: rota list is about 330 bytes a row; room for wide rows with long text).
SHEET_BYTES_PER_ROW = 2048
#: Caps for the other parts a reader parses (bytes unpacked).
PART_CAPS = {"sharedStrings": 256 << 20, "styles": 32 << 20, "workbook": 16 << 20, "content": 512 << 20}
RELS_CAP = 4 << 20
OTHER_CAP = 16 << 20
#: A part over RATIO_FLOOR bytes that unpacks to more than MAX_RATIO times its packed size is
#: refused: real workbooks pack 3-40 times, a bomb hundreds of times.
MAX_RATIO = 150
RATIO_FLOOR = 8 << 20
READ_CHUNK = 1 << 20
#: Bytes at the start of a part where an XML prolog (and any DOCTYPE) can be.
PROLOG = 1 << 16
OUT_CHUNK = 16 << 20
_LOCAL = struct.Struct("<4s22xHH")

# One pass with a literal prefix (the regex engine skips ahead to each r=") finds what can make
# a sheet large: a row numbered 100,000 or more, a cell in a two- or three-letter column. r="
# may follow any white space, or another attribute name ending in r: a false match only widens
# the bound, which is then measured exactly.
_FAR = re.compile(rb"r=\"(\d{6,}|[A-Z]{2,3}(?=\d))")
#: The bound of a sheet with no row numbered 100,000 or more.
ROWS_BELOW_BIG = 99_999
_VALUED_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})(\d+)\"[^>]*?(?<!/)>\s*(?:<(?:\w+:)?f\b[^>]*?"
                          rb"(?:/>|>[^<]*</(?:\w+:)?f>)\s*)?<(?:\w+:)?(?:v|is)\b[^>]*?(?<!/)>")
_FORMULA_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)"
                           rb"\s*(<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")
#: Any formula cell, whatever value it holds (for a workbook that says its values are stale).
_ANY_FORMULA_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)")
_REF = re.compile(rb"\br=\"([A-Z]{1,3})(\d+)\"")
_TYPE = re.compile(rb"\bt=\"(\w+)\"")


class PartTooLarge(ValueError):
    """A part of the zip unpacks to more than is safe; the message says which and why."""


class UnsafeXml(ValueError):
    """A part defines XML entities (the "billion laughs" XML bomb); no workbook needs them."""


class PartMisstated(ValueError):
    """A part unpacks to another size than its header says (damaged, or a bomb in disguise)."""


@dataclass
class SheetScan:
    """A worksheet's XML measured: ``last_row``/``last_column`` bound (1-based) the cells a
    reader would place, ``exact`` when they are the cells with values; ``uncached`` the formula
    cells with no saved value, (row, column 0-based) -> the formula."""

    last_row: int = 0
    last_column: int = 0
    exact: bool = False
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def cells(self) -> int:
        return self.last_row * self.last_column


def column_number(letters: bytes) -> int:
    """b"A" -> 1, b"AA" -> 27, b"XFD" -> 16384."""
    n = 0
    for b in letters:
        n = n * 26 + b - 64
    return n


def part_cap(name: str, max_rows: int) -> int:
    """The most bytes the part ``name`` may unpack to."""
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return max_rows * SHEET_BYTES_PER_ROW
    if name.endswith(".rels"):
        return RELS_CAP
    return PART_CAPS.get(name.rsplit("/", 1)[-1].split(".", 1)[0], OTHER_CAP)


def check_declared(infos: list[zipfile.ZipInfo], max_rows: int) -> None:
    """Refuse (PartTooLarge) a zip whose parts say they unpack past their caps, or far more
    than real workbooks do."""
    for info in infos:
        cap = part_cap(info.filename, max_rows)
        if info.file_size > cap:
            raise PartTooLarge(f"its part {info.filename} unpacks to {info.file_size / 2**20:,.0f} MB, more than "
                               f"the {cap / 2**20:,.0f} MB Skillmix reads safely")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            ratio = info.file_size // max(1, info.compress_size)
            raise PartTooLarge(f"its part {info.filename} unpacks to {ratio:,} times its packed size, which real "
                               "workbooks never do (it looks like a 'zip bomb')")


def unpacked(path: Path, info: zipfile.ZipInfo, cap: int) -> Iterator[bytes]:
    """The part's bytes a chunk at a time: never more than ``cap`` (PartTooLarge), and
    exactly what its header says (PartMisstated)."""
    limit = min(cap, info.file_size)
    total, crc = 0, 0
    for out in _inflate(path, info):
        total += len(out)
        if total > limit:
            if total > cap:
                raise PartTooLarge(f"its part {info.filename} unpacks to more than the {cap / 2**20:,.0f} MB "
                                   "Skillmix reads safely")
            raise PartMisstated(f"its part {info.filename} unpacks to more than its header says")
        crc = zlib.crc32(out, crc)
        # entities are declared in a DOCTYPE, which can only come before the document's root
        # element: the start of the part is enough to look at
        if total - len(out) < PROLOG and (b"<!ENTITY" in out[:PROLOG] or b"<!DOCTYPE" in out[:PROLOG]):
            raise UnsafeXml(f"its part {info.filename} defines XML entities")
        yield out
    if total != info.file_size or crc != info.CRC:
        raise PartMisstated(f"its part {info.filename} does not unpack to what its header says")


def _inflate(path: Path, info: zipfile.ZipInfo) -> Iterator[bytes]:
    if info.flag_bits & 1:
        raise PartMisstated(f"its part {info.filename} is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PartMisstated(f"its part {info.filename} uses a kind of compression Excel does not write")
    with open(path, "rb") as f:
        f.seek(info.header_offset)
        head = f.read(_LOCAL.size)
        if len(head) < _LOCAL.size or _LOCAL.unpack(head)[0] != b"PK\x03\x04":
            raise PartMisstated(f"its part {info.filename} is not where the zip's directory says")
        _, name_len, extra_len = _LOCAL.unpack(head)
        f.seek(info.header_offset + _LOCAL.size + name_len + extra_len)
        left = info.compress_size
        d = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        while left > 0:
            raw = f.read(min(READ_CHUNK, left))
            if not raw:
                raise PartMisstated(f"its part {info.filename} is cut short")
            left -= len(raw)
            if d is None:
                yield raw
                continue
            while raw:
                yield d.decompress(raw, OUT_CHUNK)
                raw = d.unconsumed_tail


def scan_sheet(path: Path, info: zipfile.ZipInfo, max_rows: int, max_cells: int, stale: bool = False) -> SheetScan:
    """Unpack a worksheet part once (bounded) and bound where its cells can lie; when that bound
    passes ``max_rows`` or ``max_cells``, measure the cells that hold values exactly."""
    scan, cap = SheetScan(), part_cap(info.filename, max_rows)
    formulas, tail = False, b""
    for chunk in unpacked(path, info, cap):
        _bound(chunk, scan)
        _bound(tail + chunk[:64], scan)  # what a cut between two chunks splits
        formulas = formulas or b"f>" in chunk or b"f>" in tail + chunk[:2]
        tail = chunk[-64:]
    scan.last_row = scan.last_row or ROWS_BELOW_BIG
    if scan.last_row > max_rows or scan.cells > max_cells:
        scan.last_row, scan.last_column = _cells_extent(path, info, cap, _VALUED_CELL)
        scan.exact = True
    if formulas:
        scan.uncached = _uncached(path, info, cap, stale)
    return scan


def _bound(body: bytes, scan: SheetScan) -> None:
    far = set(_FAR.findall(body))
    rows = [int(f) for f in far if f[:1].isdigit()]
    if rows:
        scan.last_row = max(scan.last_row, *rows)
    scan.last_column = max(scan.last_column, 26, *(column_number(f) for f in far if not f[:1].isdigit()))


def _cells_extent(path: Path, info: zipfile.ZipInfo, cap: int, pattern: re.Pattern[bytes]) -> tuple[int, int]:
    last_row = last_col = 0
    for body in _cell_chunks(path, info, cap):
        for m in pattern.finditer(body):
            last_row, last_col = max(last_row, int(m.group(2))), max(last_col, column_number(m.group(1)))
    return last_row, last_col


def _cell_chunks(path: Path, info: zipfile.ZipInfo, cap: int) -> Iterator[bytes]:
    """The part cut just before a cell tag, so no cell is split between two pieces."""
    tail = b""
    for chunk in unpacked(path, info, cap):
        data = tail + chunk
        cut = data.rfind(b"<c ")
        if cut <= 0:
            tail = data
            continue
        yield data[:cut]
        tail = data[cut:]
    yield tail


def _uncached(path: Path, info: zipfile.ZipInfo, cap: int, stale: bool) -> dict[tuple[int, int], str]:
    """Cells holding a formula and no saved value (written by a program that does not
    calculate, or saved with calculation off); a saved empty text result is a value. In a
    workbook that says its values are ``stale`` (recalculate on opening, as programs that
    cannot calculate write it, saving 0 for every formula), every formula cell."""
    found: dict[tuple[int, int], str] = {}
    for body in _cell_chunks(path, info, cap):
        for m in (_ANY_FORMULA_CELL if stale else _FORMULA_CELL).finditer(body):
            attrs, formula = m.group(1), m.group(2)
            empty = None if stale else m.group(3)
            kind = _TYPE.search(attrs)
            if empty is not None and kind is not None and kind.group(1) == b"str":
                continue
            ref = _REF.search(attrs)
            if ref is not None:
                key = (int(ref.group(2)), column_number(ref.group(1)) - 1)
                found[key] = (formula or b"").decode("utf-8", "replace")
    return found


def check_part(path: Path, info: zipfile.ZipInfo, max_rows: int) -> None:
    """Unpack a part once, keeping nothing, to check it is what its header says and within its cap."""
    for _ in unpacked(path, info, part_cap(info.filename, max_rows)):
        pass


_ODS_ROWS = re.compile(rb"^[^>]*?table:number-rows-repeated=\"(\d+)\"")
_ODS_COLS = re.compile(rb"table:number-columns-repeated=\"(\d+)\"")


def check_ods_content(path: Path, info: zipfile.ZipInfo, max_rows: int, max_cells: int) -> None:
    """Bound an OpenDocument spreadsheet's cells, which it may write once with a repeat count
    ("this cell 16,000 times"): the rows and cells that hold values, repeats counted, must stay
    within ``max_rows`` and ``max_cells`` (PartTooLarge)."""
    row_no = last_row = width = 0
    tail = b""
    for chunk in unpacked(path, info, part_cap(info.filename, max_rows)):
        pieces = (tail + chunk).split(b"<table:table-row")
        tail = pieces.pop()
        for piece in pieces:
            row_no, last_row, width = _ods_row(piece, row_no, last_row, width)
    row_no, last_row, width = _ods_row(tail, row_no, last_row, width)
    if last_row > max_rows or last_row * width > max_cells:
        raise PartTooLarge(f"a sheet of it repeats its cells to {last_row:,} rows of up to {width:,} cells, more "
                           "than Skillmix reads safely")


def _ods_row(piece: bytes, row_no: int, last_row: int, width: int) -> tuple[int, int, int]:
    repeated = _ODS_ROWS.match(piece)
    row_no += int(repeated.group(1)) if repeated else 1
    if b"office:value-type" in piece or b"<text:p" in piece:
        cells = piece.count(b"<table:table-cell") + sum(int(n) - 1 for n in _ODS_COLS.findall(piece))
        last_row, width = max(last_row, row_no), max(width, cells)
    if b"<table:table " in piece:  # the next sheet starts after this row
        row_no = 0
    return row_no, last_row, width
