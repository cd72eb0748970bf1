"""Reading an audit back: good rows, blank rows, and every kind of bad row or file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from planner.audit import read_audit
from tests.planner.audit.audit_files import FILLED_ROWS, HEADERS, ROUTINE, write_audit

GOOD: list[Any] = [date(2025, 3, 3), "Dr A", "GP", ROUTINE, "Telephone", "Self-care"]


def messages(path: Path) -> list[str]:
    result, problems = read_audit(path)
    assert result is None
    return [str(p) for p in problems]


def test_filled_audit_reads_every_row(tmp_path: Path) -> None:
    result, problems = read_audit(write_audit(tmp_path / "a.xlsx", FILLED_ROWS))
    assert problems == []
    assert result is not None and result.sheet == "Audit"
    assert len(result.rows) == 12
    first = result.rows[0]
    assert (first.row, first.date, first.clinician, first.role) == (2, date(2025, 3, 3), "Dr A", "GP")
    assert first.answer == "Another practice role"
    assert len(result.rows_for_role({"gp"})) == 10


def test_title_rows_blank_rows_odd_case_and_datetimes_are_fine(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        [datetime(2025, 3, 3, 9, 30), " Dr A ", "GP", ROUTINE.upper(), "telephone", "self-care"],
        [None, None, None, None, None, None],
        ["", "  ", None, None, None, None],
        GOOD,
    ]
    result, problems = read_audit(write_audit(tmp_path / "a.xlsx", rows, title_rows=3))
    assert problems == []
    assert result is not None
    assert [r.row for r in result.rows] == [5, 8]  # header on row 4; rows 6 and 7 blank
    assert (result.rows[0].date, result.rows[0].clinician) == (date(2025, 3, 3), "Dr A")
    assert (result.rows[0].category, result.rows[0].mode, result.rows[0].answer) == (
        ROUTINE, "Telephone", "Self-care")


def test_wrong_words_name_the_sheet_and_cell(tmp_path: Path) -> None:
    rows: list[list[Any]] = [GOOD, [date(2025, 3, 4), "Dr A", "GP", "Chat", "Pigeon", "maybe"]]
    found = messages(write_audit(tmp_path / "a.xlsx", rows))
    assert found[0] == ("Audit!D3: 'Chat' is not one of the 16 national appointment categories (GPAD); "
                        "pick one from the drop-down list")
    assert found[1] == "Audit!E3: 'Pigeon' is not one of Face-to-face, Telephone, Video/online, Home visit"
    assert found[2].startswith("Audit!F3: 'maybe' is not one of Another practice role, Community pharmacy")
    assert len(found) == 3


def test_text_dates_and_partly_filled_rows_are_problems(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["03/03/2025", "Dr A", "GP", ROUTINE, "Telephone", "Self-care"],
            [date(2025, 3, 4), "Dr A", None, None, "Telephone", ""],
            [45000, "Dr A", "GP", ROUTINE, "Telephone", "Self-care"]]
    found = messages(write_audit(tmp_path / "a.xlsx", rows))
    assert found == [
        "Audit!A2: '03/03/2025' is text, not a date; type the date again (for example 03/03/2025)",
        "Audit!C3: Role is empty; fill in every column of the row, or leave the whole row blank",
        "Audit!D3: National category (GPAD) is empty; fill in every column of the row, or leave the "
        "whole row blank",
        "Audit!F3: Could this have been handled by is empty; fill in every column of the row, or leave "
        "the whole row blank",
        "Audit!A4: '45000' is not a date; type a date (for example 03/03/2025)",
    ]


def test_missing_columns_are_named(tmp_path: Path) -> None:
    headers = [h for h in HEADERS if h not in ("Mode", "Clinician")]
    found = messages(write_audit(tmp_path / "a.xlsx", [GOOD[:1] + GOOD[2:4] + GOOD[5:]], headers=headers))
    assert found == ["Audit!A1: the header row has no 'Clinician' column",
                     "Audit!A1: the header row has no 'Mode' column"]


def test_no_header_and_no_rows(tmp_path: Path) -> None:
    no_header = write_audit(tmp_path / "a.xlsx", [["just", "some", "words"]], headers=["Hello"])
    assert messages(no_header)[0].startswith("Audit!A1: no header row found in the first 30 rows")
    empty = write_audit(tmp_path / "b.xlsx", [])
    assert messages(empty) == ["Audit!A2: no appointments under the header row; fill in at least one row"]


def test_roles_must_be_those_of_the_lists_sheet_when_there_is_one(tmp_path: Path) -> None:
    path = write_audit(tmp_path / "a.xlsx", [GOOD, [*GOOD[:2], "Locum", *GOOD[3:]]])
    assert read_audit(path)[1] == []  # no Lists sheet: any role is read
    from openpyxl import load_workbook

    wb = load_workbook(path)
    lists = wb.create_sheet("Lists")
    for row in (["Role"], ["GP"], ["ANP"]):
        lists.append(row)
    wb.save(path)
    assert messages(path) == ["Audit!C3: 'Locum' is not one of GP, ANP"]


def test_not_an_excel_file(tmp_path: Path) -> None:
    text = tmp_path / "audit.xlsx"
    text.write_text("date,clinician\n2025-03-03,Dr A\n")
    found = messages(text)
    assert len(found) == 1 and "audit.xlsx" in found[0] and "CSV or text" in found[0]
    old = tmp_path / "audit.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert ".xls" in messages(old)[0]
    missing = messages(tmp_path / "nowhere.xlsx")
    assert "nowhere.xlsx was not found" in missing[0]


def test_audit_sheet_found_by_name_among_others(tmp_path: Path) -> None:
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Notes"
    first.append(["These are our notes"])
    audit = wb.create_sheet("audit")
    audit.append(HEADERS)
    audit.append(GOOD)
    wb.save(tmp_path / "a.xlsx")
    result, problems = read_audit(tmp_path / "a.xlsx")
    assert problems == [] and result is not None and result.sheet == "audit"
