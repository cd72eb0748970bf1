"""Every problem names its sheet and cell, blocks the import, and never raises."""

from __future__ import annotations

import importlib
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.rota import RotaCancelled, RotaProblem, default_vocabulary, read_rota
from tests.planner.rota import rota_books as books

S = 25 / 6
ow = importlib.import_module("planner.excel.open_workbook")


def grid(tmp_path: Path, *people: tuple[str, str, list[object]], sheet: str = "Wk1") -> Path:
    return books.simple_grid(tmp_path / "rota.xlsx", people, sheet=sheet)


def only_problem(result_problems: tuple[RotaProblem, ...]) -> RotaProblem:
    assert len(result_problems) == 1, result_problems
    return result_problems[0]


def test_unknown_word_blocks_then_a_mapping_unblocks(tmp_path: Path) -> None:
    # Mon AM C, Mon PM D, Tue AM E ...: "EC" in Tue AM (E2), Thu PM (J2) and for Dr B in Mon AM (C3)
    path = grid(tmp_path, ("Dr A", "GP", ["Surgery", "Surgery", "EC", None, None, None, None, "ec"]),
                ("Dr B", "GP", [" EC "]))
    result = read_rota(path)
    assert result.blocked and result.people[0].weekly_hours["clinic"] == pytest.approx(2 * S)
    problem = only_problem(result.problems)
    assert (problem.sheet, problem.cell) == ("Wk1", "E2")
    assert problem.message == ("Unknown session word 'EC' at Wk1!E2 and 2 more cells: map it to clinic, duty, "
                               "visits, admin, meeting, training, leave or off")
    assert result.unknown_words == ("ec",)

    mapped = read_rota(path, default_vocabulary().with_mapping({"EC": "clinic"}))
    assert not mapped.blocked and mapped.unknown_words == ()
    assert mapped.people[0].weekly_hours["clinic"] == pytest.approx(4 * S)
    assert mapped.people[1].weekly_hours["clinic"] == pytest.approx(S)


def test_one_unknown_word_of_two_is_named_alone(tmp_path: Path) -> None:
    result = read_rota(grid(tmp_path, ("Dr A", "GP", ["Surgery/EC"])))
    assert result.unknown_words == ("ec",)


def test_unknown_job_title_blocks_then_a_mapping_unblocks(tmp_path: Path) -> None:
    path = grid(tmp_path, ("Kim", "Dispenser", ["Admin"]))
    result = read_rota(path)
    problem = only_problem(result.problems)
    assert problem.cell == "B2" and "Unknown job title 'Dispenser' at Wk1!B2" in problem.message
    assert result.people[0].role is None and result.unknown_words == ("dispenser",)
    mapped = read_rota(path, default_vocabulary().with_mapping({"dispenser": "ADMIN"}))
    assert mapped.problems == () and mapped.people[0].role == "ADMIN"


def test_end_before_start(tmp_path: Path) -> None:
    result = read_rota(grid(tmp_path, ("Dr A", "GP", ["Surgery", "Surgery 18:30-14:00"])))
    problem = only_problem(result.problems)
    assert (problem.sheet, problem.cell) == ("Wk1", "D2")
    assert "ends at 14:00, before it starts at 18:30" in problem.message


def test_a_time_that_cannot_be_read(tmp_path: Path) -> None:
    result = read_rota(grid(tmp_path, ("Dr A", "GP", ["Surgery 8:75-12:00", "Surgery 08:30"])))
    assert [p.cell for p in result.problems] == ["C2", "D2"]
    assert all("cannot read" in p.message for p in result.problems)


def test_overlapping_sessions_on_one_day(tmp_path: Path) -> None:
    result = read_rota(grid(tmp_path, ("Dr A", "GP", ["Surgery 08:30-12:30", "Visits 12:00-14:00",
                                                      "Surgery 08:30-12:30", "Visits 12:30-14:00"])))
    problem = only_problem(result.problems)
    assert problem.cell == "D2"
    assert problem.message == ("Dr A has overlapping sessions on Mon: 12:00-14:00 at Wk1!D2 overlaps "
                               "08:30-12:30 at Wk1!C2")


def test_overlapping_rows_in_a_long_list(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "List"
    ws.append(["Date", "Name", "Role", "Start", "End", "Activity"])
    ws.append([date(2025, 11, 3), "Dr A", "GP", time(8, 0), time(12, 0), "Surgery"])
    ws.append([date(2025, 11, 3), "Dr A", "GP", "11:00", "13:00", "Admin"])
    ws.append([date(2025, 11, 4), "Dr A", "GP", "11:00", "13:00", "Admin"])
    result = read_rota(books.save(wb, tmp_path / "list.xlsx"))
    problem = only_problem(result.problems)
    assert (problem.sheet, problem.cell) == ("List", "D3")
    assert "overlapping sessions on Mon 03 Nov 2025" in problem.message


def test_long_list_time_problems_name_their_cells(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "List"
    ws.append(["Date", "Name", "Role", "Start", "End", "Activity"])
    ws.append([date(2025, 11, 3), "Dr A", "GP", "13:00", "09:00", "Surgery"])   # E2 end before start
    ws.append([date(2025, 11, 4), "Dr A", "GP", "lunchtime", "14:00", "Surgery"])  # D3 unreadable
    ws.append([date(2025, 11, 5), "Dr A", "GP", "09:00", None, "Surgery"])   # E4 no end
    ws.append(["someday", "Dr A", "GP", "09:00", "10:00", "Surgery"])   # A5 no date
    result = read_rota(books.save(wb, tmp_path / "list.xlsx"))
    assert [p.cell for p in result.problems] == ["E2", "D3", "E4", "A5"]
    assert "ends at 09:00, before it starts at 13:00" in result.problems[0].message
    assert "Cannot read the time 'lunchtime' at List!D3" in result.problems[1].message


def test_no_job_title(tmp_path: Path) -> None:
    result = read_rota(grid(tmp_path, ("Dr A", "", ["Surgery"])))
    problem = only_problem(result.problems)
    assert problem.cell == "A2" and problem.message.startswith("No job title for Dr A at Wk1!A2")
    assert not read_rota(grid(tmp_path, ("Dr A", "", ["Surgery"])), require_titles=False).blocked


def test_a_person_listed_twice_in_one_week(tmp_path: Path) -> None:
    path = grid(tmp_path, ("Dr A", "GP", ["Surgery"]), ("dr  a ", "GP", ["Admin"]))
    problem = only_problem(read_rota(path).problems)
    assert problem.cell == "A3" and "listed twice in week 1" in problem.message
    assert "if not, delete one of the rows" in problem.message


def test_unmarked_sheets_are_one_week_so_repeats_are_reported(tmp_path: Path) -> None:
    wb = Workbook()
    books.grid_sheet(wb.active, [("Dr A", "GP", ["Surgery"])])
    books.grid_sheet(wb.create_sheet("Sheet2"), [("Dr A", "GP", ["Surgery"])])
    result = read_rota(books.save(wb, tmp_path / "two.xlsx"))
    assert ("Sheet2", "A2") == (result.problems[0].sheet, result.problems[0].cell)
    assert "If 'Sheet' and 'Sheet2' are different weeks, name them Wk1, Wk2" in result.problems[0].message


def test_numbers_and_dates_in_session_cells(tmp_path: Path) -> None:
    result = read_rota(grid(tmp_path, ("Dr A", "GP", [4, date(2025, 1, 1)])))
    assert [p.cell for p in result.problems] == ["C2", "D2"]
    assert "The number 4 at Wk1!C2 is not a session word" in result.problems[0].message


def test_sessions_without_a_name(tmp_path: Path) -> None:
    problem = only_problem(read_rota(grid(tmp_path, ("", "GP", ["Surgery"]))).problems)
    assert problem.cell == "C2" and "Sessions without a name" in problem.message


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("Name,Mon AM\n"), "CSV"),
    (lambda p: p.write_bytes(b"PK\x03\x04garbage"), "damaged"),
    (lambda p: books.compound_file(p, ["EncryptionInfo", "EncryptedPackage"]), "password"),
])
def test_a_bad_file_is_a_problem_not_an_exception(tmp_path: Path, make: object, words: str) -> None:
    path = tmp_path / "rota.xlsx"
    make(path)  # type: ignore[operator]
    result = read_rota(path)
    problem = only_problem(result.problems)
    assert (problem.sheet, problem.cell) == ("", "") and words in problem.message
    assert result.people == () and result.weeks == 0


def test_over_limit_sheet_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ow, "MAX_ROWS", 20)
    problem = only_problem(read_rota(books.tall_sheet(tmp_path / "big.xlsx", 21)).problems)
    assert "Sheet 'Big'" in problem.message and "at most 20 rows" in problem.message


def test_a_missing_sheet_name_and_a_workbook_without_a_rota(tmp_path: Path) -> None:
    path = books.weekly_sheets(tmp_path / "w.xlsx")
    problem = only_problem(read_rota(path, sheets=["Week 9"]).problems)
    assert problem.message.startswith("No sheet named 'Week 9' in w.xlsx (it has: Read me, Wk1")
    problem = only_problem(read_rota(path, sheets=["Read me"]).problems)
    assert problem.message.startswith("No rota found in w.xlsx")


def test_progress_is_reported_and_cancel_stops(tmp_path: Path) -> None:
    path = books.tall_sheet(tmp_path / "big.xlsx", 1200)
    calls: list[tuple[int, int]] = []
    read_rota(path, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (1200, 1200) and calls[0][0] < 1200
    with pytest.raises(RotaCancelled):
        read_rota(path, cancelled=lambda: True)
