"""Files as they come: .xls and .ods read like .xlsx, other programs' workbooks read, formulas
without saved values named, and zip bombs of every kind refused fast with a clear reason."""

from __future__ import annotations

import importlib
import time
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from planner.excel import WorkbookError, list_sheets, open_workbook, sheet_rows
from planner.rota import read_rota
from tests.planner.rota import rota_books as books
from tests.planner.rota import spreadsheet_files as files

S = 25 / 6
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ow = importlib.import_module("planner.excel.open_workbook")


def hours(result: object, name: str) -> dict[str, float]:
    person = next(p for p in result.people if p.name == name)  # type: ignore[attr-defined]
    return {k: v for k, v in person.weekly_hours.items() if v}


def test_an_old_excel_97_2003_workbook_is_read() -> None:
    result = read_rota(FIXTURES / "rota-excel-97-2003.xls")
    assert result.problems == () and result.sheets_read == ("Week 1",) and result.weeks == 1
    # Dr Ada Shah: Surgery x6 = 25 h, Admin, Visits, AL x2; Mo Green: Clinic x3, Training
    assert hours(result, "Dr Ada Shah") == pytest.approx({"clinic": 6 * S, "admin": S, "visits": S, "leave": 2 * S})
    assert hours(result, "Mo Green") == pytest.approx({"clinic": 3 * S, "training": S})
    assert [p.role for p in result.people] == ["GP", "PN"]


def test_an_xls_named_xlsx_is_read_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "rota.xlsx"
    path.write_bytes((FIXTURES / "rota-excel-97-2003.xls").read_bytes())
    assert list_sheets(path) == ["Week 1", "Notes"]


def test_an_opendocument_spreadsheet_is_read(tmp_path: Path) -> None:
    """As LibreOffice writes it: dates as date cells, the empty rest of the sheet written once
    with a repeat count of 1,048,553 rows."""
    days = [date(2025, 11, 3 + d) for d in range(5)]
    rota = files.ods_table("Nov", [["Name", "Role", *days],
                                   ["Dr Ng", "GP", "Surgery", "Surgery/Admin", None, "AL", "off"],
                                   ["Kay Lo", "HCA", "Clinic 08:00-12:00"]])
    path = files.write_ods(tmp_path / "rota.ods", [rota, files.ods_table("Notes", [["Read me"]])])
    result = read_rota(path)
    assert result.problems == () and result.sheets_read == ("Nov",)
    assert result.sheets_skipped == (("Notes", "no rota header found"),)
    # whole days: Surgery 2S, Surgery/Admin S + S, AL 2S
    assert hours(result, "Dr Ng") == pytest.approx({"clinic": 3 * S, "admin": S, "leave": 2 * S})
    assert hours(result, "Kay Lo") == pytest.approx({"clinic": 4.0})


def test_a_workbook_whose_styles_openpyxl_cannot_read_is_read(tmp_path: Path) -> None:
    """Another program's styles (a font size that is not a number): openpyxl gives up on the
    whole file, but the values are all there."""
    src = books.simple_grid(tmp_path / "src.xlsx", [("Dr A", "GP", ["Surgery", "Admin"])])
    path = files.edit_parts(src, tmp_path / "other.xlsx",
                            {"xl/styles.xml": lambda d: d.replace(b'<sz val="11"', b'<sz val="eleven"', 1)})
    with pytest.raises(Exception):  # noqa: B017 - the point: openpyxl cannot open it
        openpyxl.load_workbook(path)
    result = read_rota(path)
    assert result.problems == () and hours(result, "Dr A") == pytest.approx({"clinic": S, "admin": S})


def test_a_formula_with_no_saved_value_is_named_not_read_as_blank(tmp_path: Path) -> None:
    src = books.simple_grid(tmp_path / "src.xlsx", [("Dr A", "GP", ["Surgery", "Admin"])], sheet="Wk1")
    path = files.uncached_formulas(src, tmp_path / "calc.xlsx", {"E2": 'IF(A2="Dr A","Surgery","")'})
    result = read_rota(path)
    assert result.blocked
    [problem] = result.problems
    assert (problem.sheet, problem.cell) == ("Wk1", "E2")
    assert "formula with no saved value" in problem.message and "save it" in problem.message


def refusal(path: Path) -> tuple[str, float]:
    start = time.perf_counter()
    result = read_rota(path)
    took = time.perf_counter() - start
    assert result.people == () and len(result.problems) == 1, result.problems
    return result.problems[0].message, took


def test_a_sheet_that_unpacks_a_thousand_times_its_size_is_refused_fast(tmp_path: Path) -> None:
    src = books.simple_grid(tmp_path / "src.xlsx", [("Dr A", "GP", ["Surgery"])])
    path = files.big_sheet_bomb(src, tmp_path / "bomb.xlsx", megabytes=24)
    assert path.stat().st_size < 200_000
    message, took = refusal(path)
    assert "times its packed size" in message and "zip bomb" in message
    assert took < 2


def test_a_bomb_whose_header_understates_its_size_is_caught_while_unpacking(tmp_path: Path) -> None:
    src = books.simple_grid(tmp_path / "src.xlsx", [("Dr A", "GP", ["Surgery"])])
    path = files.big_sheet_bomb(src, tmp_path / "bomb.xlsx", megabytes=24)
    files.misstate_size(path, "xl/worksheets/sheet1.xml", 40_000)
    message, took = refusal(path)
    assert "unpacks to more than its header says" in message
    assert took < 2


def test_two_values_far_apart_are_refused_before_the_rectangle_is_allocated(tmp_path: Path) -> None:
    src = books.simple_grid(tmp_path / "src.xlsx", [("Dr A", "GP", ["Surgery"])])
    message, took = refusal(files.far_apart_cells(src, tmp_path / "far.xlsx"))
    assert "as far as row 150,000 and column 16,384" in message
    assert took < 2


def test_an_opendocument_bomb_of_repeated_cells_is_refused(tmp_path: Path) -> None:
    bomb = ('<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
            'table:number-columns-repeated="16000" office:value-type="float" office:value="1">'
            "<text:p>1</text:p></table:table-cell></table:table-row>")
    path = files.write_ods(tmp_path / "bomb.ods", [files.ods_table("Rota", [["Name", "Mon", "Tue", "Wed"]], bomb)])
    message, took = refusal(path)
    assert "repeats its cells to 1,000,001 rows" in message
    assert took < 2


def test_sheet_limits_apply_only_to_the_sheets_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A far too tall sheet beside the rota blocks nothing when another sheet is chosen."""
    monkeypatch.setattr(ow, "MAX_ROWS", 50)
    wb = openpyxl.Workbook()
    books.grid_sheet(wb.active, [("Dr A", "GP", ["Surgery"])])
    wb.active.title = "Rota"
    tall = wb.create_sheet("Log")
    for i in range(60):
        tall.append([f"line {i}"])
    path = books.save(wb, tmp_path / "two.xlsx")
    assert read_rota(path, sheets=["Rota"]).problems == ()
    assert "Sheet 'Log' in two.xlsx has 60 rows" in read_rota(path).problems[0].message


def test_rows_start_at_a1_whatever_the_first_value(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["C3"] = "x"
    path = books.save(wb, tmp_path / "offset.xlsx")
    book = open_workbook(path)
    try:
        rows = list(sheet_rows(book.worksheets[0]))
    finally:
        book.close()
    assert len(rows) == 3 and not any(rows[0] + rows[1]) and rows[2] == (None, None, "x")


def test_a_damaged_sheet_says_what_to_do(tmp_path: Path) -> None:
    src = books.simple_grid(tmp_path / "src.xlsx", [("Dr A", "GP", ["Surgery"])])
    path = files.sheet_xml(src, tmp_path / "cut.xlsx", lambda d: d[: len(d) // 2])
    with pytest.raises(WorkbookError) as info:
        book = open_workbook(path)
        try:
            list(sheet_rows(book.worksheets[0], path.name))
        finally:
            book.close()
    assert "save it again" in str(info.value) and "damaged" not in str(info.value)


def test_formulas_of_a_workbook_that_asks_to_be_recalculated_are_not_trusted(tmp_path: Path) -> None:
    """Programs that cannot calculate save 0 for every formula and ask Excel to recalculate on
    opening (fullCalcOnLoad): that 0 is not the value, so the cell is named."""
    src = books.simple_grid(tmp_path / "src.xlsx", [("Dr A", "GP", ["Surgery", "Admin"])], sheet="Wk1")
    cell = b'<c r="E2" t="str"><f>IF(A2="Dr A","Surgery","")</f><v>0</v></c>'
    path = files.edit_parts(src, tmp_path / "stale.xlsx", {
        "xl/worksheets/sheet1.xml": lambda d: d.replace(b'<row r="2">', b'<row r="2">' + cell, 1),
        "xl/workbook.xml": lambda d: d.replace(b"</workbook>", b'<calcPr fullCalcOnLoad="1"/></workbook>')})
    [problem] = read_rota(path).problems
    assert problem.cell == "E2" and "formula with no saved value" in problem.message
    trusted = files.edit_parts(src, tmp_path / "cached.xlsx", {
        "xl/worksheets/sheet1.xml": lambda d: d.replace(b'<row r="2">', b'<row r="2">' + cell, 1)})
    assert "Cannot read the number" not in str(read_rota(trusted).problems)


def test_the_audit_reader_reads_an_opendocument_copy(tmp_path: Path) -> None:
    """planner.audit reads through the same planner.excel: an .ods copy of a filled-in audit
    gives the same rows as the .xlsx."""
    from planner.audit.reader import read_audit
    from tests.planner.audit.audit_files import FILLED_ROWS as ROWS
    from tests.planner.audit.audit_files import write_audit

    xlsx = write_audit(tmp_path / "audit.xlsx", ROWS)
    book = open_workbook(xlsx)
    try:
        tables = [files.ods_table(ws.title, [list(r) for r in sheet_rows(ws)]) for ws in book.worksheets]
    finally:
        book.close()
    from_xlsx, problems = read_audit(xlsx)
    from_ods, ods_problems = read_audit(files.write_ods(tmp_path / "audit.ods", tables))
    assert problems == ods_problems == [] and from_xlsx is not None and from_ods is not None
    assert from_ods.rows == from_xlsx.rows and len(from_ods.rows) == len(ROWS)
