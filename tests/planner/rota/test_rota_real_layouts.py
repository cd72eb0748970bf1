"""Layouts found in real rotas (care homes, hospital departments, a residency, on-call rotas,
practice rotas made by hand), rebuilt here with openpyxl: each gives exact hours per person,
or is refused or flagged, never imported with wrong hours. Worked numbers are in each test."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from planner.rota import RotaImport, default_vocabulary, read_rota
from planner.rota.options import ReadOptions
from tests.planner.rota import rota_books as books

S = 25 / 6  # one session written without times
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def book(tmp_path: Path, rows: list[list[Any]], title: str = "Rota", name: str = "rota.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    return books.save(wb, tmp_path / name)


def hours(result: RotaImport, name: str) -> dict[str, float]:
    person = next(p for p in result.people if p.name == name)
    return {k: v for k, v in person.weekly_hours.items() if v}


def total(result: RotaImport, name: str) -> float:
    return next(p for p in result.people if p.name == name).total_weekly_hours


def spaced(*days: str) -> list[str | None]:
    """Each day over its AM column, the PM column beside it with no heading."""
    return [v for d in days for v in (d, None)]


# --- AM and PM ---------------------------------------------------------------------------

def test_am_pm_under_an_unmerged_day_name(tmp_path: Path) -> None:
    """The day over the AM column only; AM | PM on the row below. Dr A: Mon AM+PM, Tue PM,
    Wed AM = 4 sessions = 4S = 16.67 h (not 3 whole days = 25 h, PMs lost)."""
    rows = [["Name", "Role", *spaced(*DAYS)],
            [None, None, *(["AM", "PM"] * 5)],
            ["Dr A", "GP", "Surgery", "Surgery", None, "Admin", "Visits"]]
    result = read_rota(book(tmp_path, rows))
    assert result.problems == ()
    assert hours(result, "Dr A") == pytest.approx({"clinic": 2 * S, "admin": S, "visits": S})


def test_day_written_once_over_am_with_an_unheaded_pm_column(tmp_path: Path) -> None:
    """No AM/PM row at all: the PM columns are known from the sessions in them. Dr A: Mon AM,
    Mon PM, Tue PM, Fri AM = 4S; Dr B: Wed AM, Wed PM = 2S."""
    rows = [["Name", "Role", *spaced(*DAYS)],
            ["Dr A", "GP", "Surgery", "Surgery", None, "Admin", None, None, None, None, "AL"],
            ["Dr B", "GP", None, None, None, None, "Duty", "Duty"]]
    result = read_rota(book(tmp_path, rows))
    assert result.problems == ()
    assert hours(result, "Dr A") == pytest.approx({"clinic": 2 * S, "admin": S, "leave": S})
    assert hours(result, "Dr B") == pytest.approx({"duty": 2 * S})


def test_empty_spacer_columns_between_days_leave_whole_days(tmp_path: Path) -> None:
    """Columns between the days that nobody fills are spacers: each day is whole (2 sessions)."""
    rows = [["Name", "Role", *spaced(*DAYS)], ["Dr A", "GP", "Surgery", None, "Surgery"]]
    result = read_rota(book(tmp_path, rows))
    assert hours(result, "Dr A") == pytest.approx({"clinic": 4 * S})


def test_day_name_repeated_over_each_half(tmp_path: Path) -> None:
    """Mon | Mon | Tue | Tue ...: each pair is AM and PM, not two whole days. Dr A: 3 sessions."""
    rows = [["Name", "Role", *[d for d in DAYS for _ in (0, 1)]],
            ["Dr A", "GP", "Surgery", "Admin", None, "Surgery"]]
    result = read_rota(book(tmp_path, rows))
    assert hours(result, "Dr A") == pytest.approx({"clinic": 2 * S, "admin": S})


def test_day_letters_and_an_overnight_shift(tmp_path: Path) -> None:
    """M T W TH F S SU over whole days; Night 22:30-07:30 is 9 h (to the next morning).
    Nurse A: Mon Day 07:30-20:00 (12.5 h), Wed Night 22:30-07:30 (9 h), Sat Night (9 h) = 30.5 h."""
    rows = [["Name", "Role", "M", "T", "W", "TH", "F", "S", "SU"],
            ["Nurse A", "Nurse", "Clinic 07:30-20:00", None, "Clinic 22:30-07:30", None, None, "Clinic 22:30-07:30"]]
    result = read_rota(book(tmp_path, rows))
    assert result.problems == ()
    assert hours(result, "Nurse A") == pytest.approx({"clinic": 12.5 + 9 + 9})


def test_letters_t_and_s_are_read_from_their_neighbours(tmp_path: Path) -> None:
    """M T W T F S S: the second T is Thursday and the second S Sunday, so Thu and Sun are days
    of their own (no 'listed twice' or overlap)."""
    rows = [["Name", "Role", "M", "T", "W", "T", "F", "S", "S"],
            ["Dr A", "GP", None, "Surgery 08:00-12:00", None, "Surgery 08:00-12:00", None, "Surgery 08:00-12:00",
             "Surgery 08:00-12:00"]]
    result = read_rota(book(tmp_path, rows))
    assert result.problems == () and total(result, "Dr A") == pytest.approx(16.0)


# --- several weeks on one sheet --------------------------------------------------------

def test_weeks_side_by_side_with_week_labels(tmp_path: Path) -> None:
    """Week 1 | Week 2 | Week 3 over three Mon-Fri blocks of whole days. Dr A works 9 whole
    days over the three weeks: 9 x 2S / 3 = 6S = 25 h a week (not 75 h)."""
    labels = [None, None] + [f"Week {n}" if d == 0 else None for n in (1, 2, 3) for d in range(5)]
    rows = [labels, ["Name", "Role", *DAYS * 3],
            ["Dr A", "GP", *(["Surgery"] * 3 + [None] * 2) * 3]]
    result = read_rota(book(tmp_path, rows))
    assert result.problems == () and result.weeks == 3
    assert total(result, "Dr A") == pytest.approx(6 * S)


def test_weeks_side_by_side_from_repeated_day_names(tmp_path: Path) -> None:
    """Mon..Fri Mon..Fri with no labels: the days starting again start another week."""
    rows = [["Name", "Role", *DAYS * 2], ["Dr A", "GP", "Surgery", *[None] * 4, "Surgery", "Surgery"]]
    result = read_rota(book(tmp_path, rows))
    assert result.weeks == 2 and total(result, "Dr A") == pytest.approx(3 * 2 * S / 2)


def test_weeks_side_by_side_from_a_date_row(tmp_path: Path) -> None:
    """A date over each block (the Monday), the day names under it: two weeks."""
    dates = [None, None, date(2025, 11, 3), None, None, None, None, date(2025, 11, 10)]
    rows = [dates, ["Name", "Role", *DAYS * 2], ["Dr A", "GP", *["Surgery"] * 10]]
    result = read_rota(book(tmp_path, rows))
    assert result.weeks == 2 and total(result, "Dr A") == pytest.approx(10 * S)


def test_a_month_of_dates_on_one_sheet(tmp_path: Path) -> None:
    """November 2025, one column a day (1st = Saturday). Dr A works Surgery (a whole day, 2S)
    every weekday: 20 days. Weekends are never worked, so a week is Mon-Fri: the first
    part-week (Sat 1, Sun 2) has no working day, the rest are whole: 4 weeks; 20 x 2S / 4 =
    10S = 41.67 h a week."""
    days = [date(2025, 11, 1) + timedelta(days=n) for n in range(30)]
    rows = [["November 2025"], ["Name", "Role", *days],
            ["Dr A", "GP", *["Surgery" if d.weekday() < 5 else None for d in days]]]
    result = read_rota(book(tmp_path, rows))
    assert result.problems == () and result.weeks == pytest.approx(4)
    assert total(result, "Dr A") == pytest.approx(10 * S)


def test_a_month_that_ends_mid_week_counts_its_part_week(tmp_path: Path) -> None:
    """Mon 3 to Wed 19 Nov 2025: two whole weeks and 3 days of a third (3/5 of a week), all
    worked Surgery 08:00-12:00 (4 h): 13 x 4 h / 2.6 weeks = 20 h a week."""
    every = [date(2025, 11, 3) + timedelta(days=n) for n in range(17)]
    days = [d for d in every if d.weekday() < 5]
    rows = [["Name", "Role", *days], ["Dr A", "GP", *["Surgery 08:00-12:00"] * len(days)]]
    result = read_rota(book(tmp_path, rows))
    assert len(days) == 13 and result.weeks == pytest.approx(2.6)
    assert total(result, "Dr A") == pytest.approx(20.0)


def test_week_sheets_that_say_the_same_week_are_a_problem_naming_both(tmp_path: Path) -> None:
    """Wk2's title was copied from Wk1: both say w/c 3 Nov. Not merged into one week."""
    wb = Workbook()
    books.grid_sheet(wb.active, [("Dr A", "GP", ["Surgery"] * 4)], title="Rota w/c 3 Nov 2025")
    wb.active.title = "Wk1"
    books.grid_sheet(wb.create_sheet("Wk2"), [("Dr B", "GP", ["Surgery"] * 2)], title="Rota w/c 3 Nov 2025")
    result = read_rota(books.save(wb, tmp_path / "copied.xlsx"))
    assert result.blocked
    message = next(p.message for p in result.problems if "both say" in p.message)
    assert "Sheets 'Wk1' and 'Wk2'" in message and "the week of 03/11/2025" in message


def test_the_same_person_on_two_sheets_of_one_week_names_both_sheets(tmp_path: Path) -> None:
    wb = Workbook()
    books.grid_sheet(wb.active, [("Dr A", "GP", ["Surgery"])], title="w/c 3 Nov 2025")
    books.grid_sheet(wb.create_sheet("GPs 2"), [("Dr A", "GP", ["Admin"])], title="w/c 3 Nov 2025")
    result = read_rota(books.save(wb, tmp_path / "twice.xlsx"))
    [problem] = result.problems
    assert "both say they are the week of 03/11/2025" in problem.message


def test_a_sheet_named_one_week_and_titled_another(tmp_path: Path) -> None:
    wb = Workbook()
    books.grid_sheet(wb.active, [("Dr A", "GP", ["Surgery"])], title="Week 1")
    wb.active.title = "Wk3"
    problem = read_rota(books.save(wb, tmp_path / "w.xlsx")).problems[0]
    assert "named week 3 but its title says week 1" in problem.message


# --- plausibility -----------------------------------------------------------------------

def test_more_than_sixty_hours_a_week_is_flagged_with_the_cells(tmp_path: Path) -> None:
    """Seven 12-hour days = 84 h: no one works that; the person, hours and row are named."""
    rows = [["Name", "Role", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            ["Dr A", "GP", *["Surgery 07:00-19:00"] * 7]]
    result = read_rota(book(tmp_path, rows))
    assert result.blocked
    [problem] = result.problems
    assert problem.cell == "A2" and "Dr A comes to 84.0 h a week" in problem.message
    assert "Rota!A2" in problem.message and "skip" in problem.message


def test_hours_far_from_a_contracted_hours_column_are_flagged(tmp_path: Path) -> None:
    """Hrs per week 37.5; the rota gives Dr A 3 sessions (12.5 h): flagged at the contracted
    cell. Dr B: 37.5 contracted, 9 sessions (37.5 h): fine."""
    rows = [["Name", "Role", "Hrs per week", *books.WEEK_COLUMNS],
            ["Dr A", "GP", 37.5, "Surgery", "Surgery", "Surgery"],
            ["Dr B", "GP", 37.5, *["Surgery"] * 9]]
    result = read_rota(book(tmp_path, rows))
    [problem] = result.problems
    assert problem.cell == "C2" and "Dr A comes to 12.5 h a week" in problem.message
    assert "37.5 contracted hours" in problem.message


def test_skipping_a_person_leaves_them_out(tmp_path: Path) -> None:
    rows = [["Name", "Role", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            ["Dr A", "GP", *["Surgery 07:00-19:00"] * 7], ["Dr B", "GP", "Surgery"]]
    result = read_rota(book(tmp_path, rows), options=ReadOptions(skip=frozenset({"dr a"})))
    assert result.problems == () and [p.name for p in result.people] == ["Dr B"]


# --- names ------------------------------------------------------------------------------

def test_names_from_a_provider_column_not_the_rotation_in_column_a(tmp_path: Path) -> None:
    rows = [["Rotation", "PROVIDER", "Role", *DAYS],
            ["Clinic A", "Dr Ann Lee", "GP", "Surgery"], ["Clinic A", "Dr Bo Ray", "GP", None, "Surgery"]]
    result = read_rota(book(tmp_path, rows))
    assert result.problems == () and [p.name for p in result.people] == ["Dr Ann Lee", "Dr Bo Ray"]


def test_first_name_and_surname_columns_are_joined(tmp_path: Path) -> None:
    """Two people called Jack stay two people."""
    rows = [["First", "Surname", "Role", *DAYS],
            ["Jack", "Smith", "HCA", "Clinic"], ["Jack", "Jones", "HCA", None, "Clinic", "Clinic"]]
    result = read_rota(book(tmp_path, rows))
    assert result.problems == ()
    assert hours(result, "Jack Smith") == pytest.approx({"clinic": 2 * S})
    assert hours(result, "Jack Jones") == pytest.approx({"clinic": 4 * S})


def test_the_name_column_can_be_chosen(tmp_path: Path) -> None:
    """No header says which column has the names: the first (the team) is taken, and the
    same 'Blue' twice is a problem; naming column B reads the people."""
    rows = [["Team", "Doc", "Role", *DAYS], ["Blue", "Dr A", "GP", "Surgery"], ["Blue", "Dr B", "GP", "Admin"]]
    path = book(tmp_path, rows)
    assert "Blue is listed twice" in read_rota(path).problems[0].message
    chosen = read_rota(path, options=ReadOptions(name_column="B"))
    assert chosen.problems == () and [p.name for p in chosen.people] == ["Dr A", "Dr B"]


def test_header_words_in_another_language(tmp_path: Path) -> None:
    rows = [["Nom", "Poste", "Lundi", "Mardi", "Mercredi"], ["Dr A", "GP", "Surgery", None, "Admin"]]
    options = ReadOptions(headers={"nom": "name", "poste": "title", "lundi": "Mon", "mardi": "Tue",
                                   "mercredi": "Wed"})
    result = read_rota(book(tmp_path, rows), options=options)
    assert result.problems == () and hours(result, "Dr A") == pytest.approx({"clinic": 2 * S, "admin": 2 * S})


# --- ticks, numbers, totals and legends --------------------------------------------------

def tick_grid(tmp_path: Path, tick: Any = 1) -> Path:
    """30 people ticked on every weekday: 150 ticks."""
    rows: list[list[Any]] = [["Name", "Role", *DAYS]]
    rows += [[f"Carer {n}", "HCA", *[tick] * 5] for n in range(30)]
    return book(tmp_path, rows)


def test_a_grid_of_ticks_is_one_problem_with_an_honest_count(tmp_path: Path) -> None:
    result = read_rota(tick_grid(tmp_path))
    [problem] = result.problems
    assert problem.cell == "C2" and "The number 1 at Rota!C2 is not a session word" in problem.message
    assert "(the same in 149 more cells)" in problem.message
    assert result.problem_count == 1


def test_ticks_mapped_to_a_shift_count_that_shift(tmp_path: Path) -> None:
    vocab = default_vocabulary().with_shifts({"1": ("clinic", 7.5)})
    result = read_rota(tick_grid(tmp_path), vocab)
    assert result.problems == () and total(result, "Carer 7") == pytest.approx(5 * 7.5)


def test_an_x_tick_can_mean_a_shift_rather_than_off(tmp_path: Path) -> None:
    vocab = default_vocabulary().with_shifts({"x": ("clinic", 8), "✓": ("clinic", 8)})
    result = read_rota(tick_grid(tmp_path, "x"), vocab)
    assert total(result, "Carer 0") == pytest.approx(40.0)


def test_numbers_read_as_hours_when_the_practice_says_so(tmp_path: Path) -> None:
    rows = [["Name", "Role", *DAYS], ["Nurse A", "Nurse", 7.5, 7.5, None, 4, "AL"]]
    path = book(tmp_path, rows)
    assert read_rota(path).blocked
    result = read_rota(path, options=ReadOptions(numbers="clinic"))
    assert hours(result, "Nurse A") == pytest.approx({"clinic": 19.0, "leave": 2 * S})


def test_total_rows_and_legends_are_not_people(tmp_path: Path) -> None:
    rows = [["Name", "Role", *DAYS], ["Dr A", "GP", "S", "S", "A"],
            ["Total", None, 1, 1, 1], ["SUM of sessions", None, 3],
            [], ["Key"], ["S", "Surgery"], ["A", "Admin"], [],
            ["S = Surgery, A = Admin"]]
    vocab = default_vocabulary().with_mapping({"S": "clinic", "A": "admin"})
    result = read_rota(book(tmp_path, rows), vocab)
    assert result.problems == () and [p.name for p in result.people] == ["Dr A"]
    assert hours(result, "Dr A") == pytest.approx({"clinic": 4 * S, "admin": 2 * S})


def shift_grid(tmp_path: Path) -> Path:
    """As a shop or care-home rota keeps it (seen in a public retail rota): dates over the days,
    each day over Start | Finish | Length | O/T, times typed as numbers (900, 1730), '-' off.
    Seth: Mon-Wed 900-1730, Length 7.5 (a break taken off) = 22.5 h; Thu '-'.
    Tre: Mon 2200-0700 (overnight, no length: 9 h), Tue 'Holiday' (a whole day, 2S)."""
    days = [date(2019, 10, 28) + timedelta(days=n) for n in range(4)]
    rows: list[list[Any]] = [[None] + [v for d in days for v in (d, None, None, None)],
                             [None] + [v for d in days for v in (d.strftime("%A"), None, None, None)],
                             [None] + ["Start", "Finish", "Length", "O/T"] * 4,
                             ["Team Leaders"],
                             ["Seth Walker (Team Leader)", *[900, 1730, 7.5, None] * 3, "-", "-", 0, None],
                             ["Tre Mckinney (Team Leader)", 2200, 700, None, None, "Holiday", None, None, None]]
    return book(tmp_path, rows)


def test_days_with_start_finish_and_length_columns(tmp_path: Path) -> None:
    path = shift_grid(tmp_path)
    asked = read_rota(path, require_titles=False)
    assert asked.blocked and asked.numbers == ("shift times",)
    assert "(the same in 3 more cells)" in asked.problems[0].message
    result = read_rota(path, require_titles=False, options=ReadOptions(numbers="clinic"))
    assert result.problems == ()
    assert hours(result, "Seth Walker (Team Leader)") == pytest.approx({"clinic": 22.5})
    assert hours(result, "Tre Mckinney (Team Leader)") == pytest.approx({"clinic": 9.0, "leave": 2 * S})


def test_first_name_and_surname_under_other_headers_are_joined_when_mapped(tmp_path: Path) -> None:
    rows = [["Prénom", "Nom", "Poste", *DAYS], ["Jack", "Smith", "HCA", "Clinic"], ["Jack", "Jones", "HCA", "Clinic"]]
    options = ReadOptions(headers={"prénom": "first", "nom": "surname", "poste": "title"})
    result = read_rota(book(tmp_path, rows), options=options)
    assert result.problems == () and [p.name for p in result.people] == ["Jack Smith", "Jack Jones"]
