"""Spreadsheet files other than openpyxl's own, written by the tests: OpenDocument (.ods) as
LibreOffice lays it out, workbooks with parts edited (other programs' styles, formulas without
saved values) and small zip bombs of each kind."""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
CONTENT_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
                '<office:body><office:spreadsheet>')
CONTENT_TAIL = "</office:spreadsheet></office:body></office:document-content>"
#: LibreOffice ends every sheet with the rest of the rows, empty, written once with a repeat.
EMPTY_REST = ('<table:table-row table:number-rows-repeated="1048553"><table:table-cell '
              'table:number-columns-repeated="1024"/></table:table-row>')


def _ods_cell(value: Any) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, date):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                f"<text:p>{value:%d/%m/%Y}</text:p></table:table-cell>")
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
                "</table:table-cell>")
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def ods_table(name: str, rows: Sequence[Sequence[Any]], rest: str = EMPTY_REST) -> str:
    body = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows)
    return f'<table:table table:name="{escape(name)}">{body}{rest}</table:table>'


def write_ods(path: Path, tables: Sequence[str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", MANIFEST)
        z.writestr("content.xml", CONTENT_HEAD + "".join(tables) + CONTENT_TAIL)
    return path


def edit_parts(src: Path, path: Path, edits: dict[str, Callable[[bytes], bytes]]) -> Path:
    """A copy of the workbook ``src`` with some parts rewritten."""
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in z.namelist():
            data = z.read(name)
            out.writestr(name, edits[name](data) if name in edits else data)
    return path


def sheet_xml(src: Path, path: Path, edit: Callable[[bytes], bytes]) -> Path:
    return edit_parts(src, path, {"xl/worksheets/sheet1.xml": edit})


def add_rows(extra: str) -> Callable[[bytes], bytes]:
    """An edit that adds raw rows at the end of a sheet's data."""
    return lambda data: data.replace(b"</sheetData>", extra.encode() + b"</sheetData>")


def big_sheet_bomb(src: Path, path: Path, megabytes: int) -> Path:
    """The sheet padded with ``megabytes`` MB of identical rows of values, packing about 1000:1."""
    row = '<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Dr A</t></is></c></row>'
    block = "".join(row.format(n=n) for n in range(10_000, 10_050)).encode()
    pad = block * (megabytes * (1 << 20) // len(block))
    return sheet_xml(src, path, lambda data: data.replace(b"</sheetData>", pad + b"</sheetData>"))


def misstate_size(path: Path, part: str, claimed: int) -> Path:
    """Rewrite the zip's directory so ``part`` claims to unpack to ``claimed`` bytes (a bomb in
    disguise: a small size in the header, a large part in the file)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(part)
    name = part.encode()
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46: at + 46 + name_len] == name:
            struct.pack_into("<I", data, at + 24, claimed)
            break
        at += 4
    struct.pack_into("<I", data, info.header_offset + 22, claimed)
    path.write_bytes(bytes(data))
    return path


def far_apart_cells(src: Path, path: Path) -> Path:
    """Two values, in A1 and in XFD150000, the last column Excel has: tiny, but a reader that
    fills the rectangle between them allocates 2.5 billion cells."""
    return sheet_xml(src, path, add_rows('<row r="150000"><c r="XFD150000"><v>1</v></c></row>'))


def uncached_formulas(src: Path, path: Path, cells: dict[str, str]) -> Path:
    """The sheet with formulas and no saved values in ``cells`` (ref -> formula), as a program
    that does not calculate writes them."""
    def edit(data: bytes) -> bytes:
        for ref, formula in cells.items():
            row = re.sub(r"[A-Z]+", "", ref)
            cell = f'<c r="{ref}"><f>{escape(formula)}</f><v></v></c>'.encode()
            found = re.search(rf'<row r="{row}"[^>]*>'.encode(), data)
            assert found is not None, ref
            data = data[:found.end()] + cell + data[found.end():]
        return data
    return sheet_xml(src, path, edit)
