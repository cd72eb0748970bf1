"""Opening whatever file a practice manager picks: a workbook, or one WorkbookError."""

from __future__ import annotations

import importlib
import re
import zipfile
from pathlib import Path

import pytest

from planner.excel import WorkbookError, list_sheets, open_workbook, sheet_rows
from tests.planner.rota import rota_books as books
from tests.planner.rota import spreadsheet_files as files

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
    assert "is not a spreadsheet" in error_of(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "rota.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<document/>")
    assert "is not a spreadsheet" in error_of(path)


def test_an_ole_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    """The container of .xls files, with no workbook in it."""
    path = books.compound_file(tmp_path / "rota.xls", ["Workbook"])
    assert "Open it in Excel or LibreOffice and save it again" in error_of(path)


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = books.compound_file(tmp_path / "rota.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    message = error_of(path)
    assert "protected with a password" in message and ".xls)" not in message


@pytest.mark.parametrize("suffix, words", [(".csv", "is a CSV file"), (".txt", "is a text file"),
                                          (".xlsb", "binary workbook")])
def test_other_formats_are_named(tmp_path: Path, suffix: str, words: str) -> None:
    path = tmp_path / f"rota{suffix}"
    path.write_bytes(b"Name,Mon\n")
    message = error_of(path)
    assert words in message and "(.xlsx, .xlsm, .xls) or OpenDocument (.ods)" in message


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "zero.xlsx").write_bytes(b"")
    assert "is empty (0 bytes)" in error_of(tmp_path / "zero.xlsx")


def test_xml_bomb_is_refused_when_its_sheet_is_read(tmp_path: Path) -> None:
    path = books.xml_bomb(tmp_path / "bomb.xlsx")
    assert list_sheets(path) == ["Rota"]
    with pytest.raises(WorkbookError, match="unsafe content"):
        rows_of(path)


def rows_of(path: Path, sheet: int = 0) -> list[tuple[object, ...]]:
    wb = open_workbook(path)
    try:
        return list(sheet_rows(wb.worksheets[sheet], path.name))
    finally:
        wb.close()


def test_row_limit_counts_the_rows_with_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ow, "MAX_ROWS", 50)
    with pytest.raises(WorkbookError, match="Sheet 'Big' in big.xlsx has 60 rows; Skillmix reads at most 50"):
        rows_of(books.tall_sheet(tmp_path / "big.xlsx", 60))
    assert len(rows_of(books.tall_sheet(tmp_path / "fits.xlsx", 50))) == 50


def test_row_limit_holds_when_the_dimension_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Some programs write no dimension (or a wrong one): the rows themselves are counted."""
    monkeypatch.setattr(ow, "MAX_ROWS", 50)
    src = books.tall_sheet(tmp_path / "src.xlsx", 60)
    path = files.sheet_xml(src, tmp_path / "big.xlsx", lambda data: re.sub(rb"<dimension [^>]*/>", b"", data))
    with pytest.raises(WorkbookError, match="Sheet 'Big' .* 60 rows"):
        rows_of(path)


def test_an_empty_sheet_formatted_to_the_last_row_is_read_and_blocks_nothing(tmp_path: Path) -> None:
    """A sheet whose formatting claims 1,048,576 rows, beside the rota: the rota is read, and
    the formatted sheet has no rows with values."""
    src = books.weekly_sheets(tmp_path / "src.xlsx")
    styled = '<row r="1048576" s="1" customFormat="1"><c r="A1048576" s="1"/><c r="Z1048576" s="1"/></row>'
    path = files.edit_parts(src, tmp_path / "styled.xlsx",
                            {"xl/worksheets/sheet1.xml": files.add_rows(styled)})
    assert [row[0] for row in rows_of(path, 0)] == ["How to use this rota",
                                                    "Type S for surgery. Ask Jane before changing anything."]
    assert rows_of(path, 1)[1][:3] == ("Name", "Role", "Mon AM")


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
