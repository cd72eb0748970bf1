"""Opening whatever file a practice manager picks: a workbook, or one WorkbookError."""

from __future__ import annotations

import importlib
import re
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest

from planner.excel import WorkbookError, list_sheets, open_workbook, sheet_rows
from tests.planner.rota import rota_books as books

#: The module (its name is shadowed on the package by the function of the same name).
ow = importlib.import_module("planner.excel.open_workbook")


def error_of(path: Path) -> str:
    with pytest.raises(WorkbookError) as info:
        open_workbook(path)
    return str(info.value)


def test_a_good_workbook_opens_and_lists_its_worksheets(tmp_path: Path) -> None:
    path = books.weekly_sheets(tmp_path / "rota.xlsx")
    wb = open_workbook(path)
    try:
        assert [ws.title for ws in wb.worksheets][:3] == ["Read me", "Wk1", "Wk2"]
    finally:
        wb.close()
    assert list_sheets(path) == ["Read me", "Wk1", "Wk2", "Wk3", "Wk4", "Summary", "Wk0"]


def test_xlsm_is_read(tmp_path: Path) -> None:
    path = books.simple_grid(tmp_path / "rota.xlsx", [("Dr A", "GP", ["Surgery"])])
    macro = path.rename(tmp_path / "rota.xlsm")
    assert list_sheets(macro) == ["Rota"]


def test_missing_file(tmp_path: Path) -> None:
    assert "nowhere.xlsx was not found" in error_of(tmp_path / "nowhere.xlsx")


def test_csv_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "rota.xlsx"
    path.write_text("Name,Mon AM\nDr A,Surgery\n")
    message = error_of(path)
    assert "looks like a CSV" in message and "save it as an Excel Workbook (.xlsx)" in message


def test_damaged_zip(tmp_path: Path) -> None:
    good = books.messy_grid(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "rota.xlsx"
    path.write_bytes(good[: len(good) // 2])
    assert "rota.xlsx is damaged" in error_of(path)


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "rota.xlsx"
    path.write_bytes(bytes((i * 37 + 11) % 256 for i in range(3000)))
    assert "is not an Excel workbook" in error_of(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "rota.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<document/>")
    assert "is not an Excel workbook" in error_of(path)


def test_old_xls_says_save_as_xlsx(tmp_path: Path) -> None:
    path = books.compound_file(tmp_path / "rota.xls", ["Workbook"])
    message = error_of(path)
    assert "old Excel 97-2003 format (.xls)" in message and "save it as .xlsx" in message


def test_xls_renamed_xlsx_is_still_called_xls(tmp_path: Path) -> None:
    path = books.compound_file(tmp_path / "rota.xlsx", ["Workbook"])
    assert "(.xls)" in error_of(path)


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = books.compound_file(tmp_path / "rota.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    message = error_of(path)
    assert "protected with a password" in message and ".xls)" not in message


@pytest.mark.parametrize("suffix, words", [(".ods", "OpenDocument"), (".csv", "CSV"), (".txt", "text file"),
                                          (".xlsb", "binary workbook")])
def test_other_formats_are_named(tmp_path: Path, suffix: str, words: str) -> None:
    path = tmp_path / f"rota{suffix}"
    path.write_bytes(b"PK\x03\x04 not really" if suffix == ".ods" else b"Name,Mon\n")
    message = error_of(path)
    assert words in message and ".xlsx or .xlsm" in message


def test_empty_file_and_empty_workbook(tmp_path: Path) -> None:
    (tmp_path / "zero.xlsx").write_bytes(b"")
    assert "is empty (0 bytes)" in error_of(tmp_path / "zero.xlsx")
    wb = openpyxl.Workbook()
    wb.create_sheet("Second")
    wb.save(tmp_path / "blank.xlsx")
    assert "has no data" in error_of(tmp_path / "blank.xlsx")


def test_xml_bomb_is_refused_because_defusedxml_is_used(tmp_path: Path) -> None:
    assert openpyxl.xml.DEFUSEDXML is True
    message = error_of(books.xml_bomb(tmp_path / "bomb.xlsx"))
    assert "unsafe content" in message


def test_row_limit_from_the_sheet_dimension(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ow, "MAX_ROWS", 50)
    path = books.tall_sheet(tmp_path / "big.xlsx", 60)
    message = error_of(path)
    assert "Sheet 'Big'" in message and "60 rows" in message and "at most 50 rows" in message


def test_row_limit_while_streaming_when_the_dimension_is_missing(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Some programs write no dimension (or a wrong one): rows are counted as they stream."""
    monkeypatch.setattr(ow, "MAX_ROWS", 50)
    src = books.tall_sheet(tmp_path / "src.xlsx", 60)
    path = tmp_path / "big.xlsx"
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(path, "w") as out:
        for name in z.namelist():
            data = z.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"<dimension [^>]*/>", b"", data)
            out.writestr(name, data)
    wb = open_workbook(path)
    try:
        ws = wb.worksheets[0]
        assert ws.max_row is None
        with pytest.raises(WorkbookError, match="Sheet 'Big' .* more than 50 rows"):
            for _ in sheet_rows(ws, path.name):
                pass
    finally:
        wb.close()


def test_sheet_rows_reads_past_a_wrong_dimension(tmp_path: Path) -> None:
    """A dimension saying A1:A1 would make openpyxl stop after one row."""
    src = books.simple_grid(tmp_path / "src.xlsx", [("Dr A", "GP", ["Surgery"]), ("Dr B", "GP", ["Admin"])])
    path = tmp_path / "wrong.xlsx"
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(path, "w") as out:
        for name in z.namelist():
            data = z.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A1"', data)
            out.writestr(name, data)
    wb = open_workbook(path)
    try:
        names = [row[0] for row in sheet_rows(wb.worksheets[0])]
    finally:
        wb.close()
    assert names == ["Name", "Dr A", "Dr B"]
