"""The three layouts practices keep, read into each person's average week.
Expected hours are worked by hand in tests/planner/rota/rota_books.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.rota import RotaPerson, read_rota
from tests.planner.rota import rota_books as books

S = 25 / 6


def by_name(people: tuple[RotaPerson, ...]) -> dict[str, RotaPerson]:
    return {p.name: p for p in people}


def hours(p: RotaPerson) -> dict[str, float]:
    return {k: v for k, v in p.weekly_hours.items() if v}


def test_messy_weekly_grid(tmp_path: Path) -> None:
    result = read_rota(books.messy_grid(tmp_path / "rota.xlsx"))
    assert result.problems == () and not result.blocked
    assert result.sheets_read == ("Rota",) and result.weeks == 1
    people = by_name(result.people)
    assert list(people) == ["Dr Anna Patel", "Dr Ben Khan", "Sue Jones", "Tom Brown"]

    patel = people["Dr Anna Patel"]
    assert (patel.job_title, patel.role) == ("GP Partner", "GP")
    assert hours(patel) == pytest.approx({"clinic": 2 * S + 3.5 + 4.5 + S / 2, "duty": S,
                                          "visits": 1.5 + S / 2, "admin": S, "leave": 2 * S})
    assert patel.total_weekly_hours == pytest.approx(7 * S + 9.5)
    assert patel.total_weekly_hours == pytest.approx(38.6667, abs=1e-4)

    khan = people["Dr Ben Khan"]
    assert hours(khan) == pytest.approx({"clinic": 25.0, "duty": S})  # 6 surgery sessions x 25/6 h = 25 h

    jones = people["Sue Jones"]
    assert jones.role == "PN"
    assert hours(jones) == pytest.approx({"clinic": 12.5, "training": S, "meeting": S})
    assert people["Tom Brown"].role == "HCA"
    assert hours(people["Tom Brown"]) == pytest.approx({"clinic": 5 * S})


def test_every_counted_category_is_present_and_off_is_not(tmp_path: Path) -> None:
    result = read_rota(books.messy_grid(tmp_path / "rota.xlsx"))
    jones = by_name(result.people)["Sue Jones"]
    assert list(jones.weekly_hours) == ["clinic", "duty", "visits", "admin", "meeting", "training", "leave"]
    assert jones.weekly_hours["duty"] == 0.0


def test_long_list_over_two_weeks(tmp_path: Path) -> None:
    result = read_rota(books.long_list(tmp_path / "list.xlsx"))
    assert result.problems == ()
    assert result.weeks == 2
    people = by_name(result.people)
    patel = people["Dr Anna Patel"]
    assert patel.role == "GP"
    assert hours(patel) == pytest.approx({"clinic": (3.5 + 3.5 + 4.5) / 2, "visits": 3 / 2, "admin": 3 / 2})
    assert patel.total_weekly_hours == pytest.approx(8.75)
    assert hours(people["Sue Jones"]) == pytest.approx({"clinic": 5 / 2, "meeting": S / 2})


def test_sheet_per_week_is_averaged_and_other_sheets_are_named(tmp_path: Path) -> None:
    result = read_rota(books.weekly_sheets(tmp_path / "weeks.xlsx"))
    assert result.problems == ()
    assert result.sheets_read == ("Wk1", "Wk2", "Wk3", "Wk4")
    assert result.sheets_skipped == (("Read me", "no rota header found"), ("Summary", "no rota header found"),
                                     ("Wk0", "hidden sheet"))
    assert result.weeks == 4
    people = by_name(result.people)
    assert hours(people["Dr Patel"]) == pytest.approx({"clinic": 22 * S / 4, "admin": 4 * S / 4,
                                                       "leave": 10 * S / 4})
    assert people["Dr Patel"].total_weekly_hours == pytest.approx(37.5)
    assert hours(people["Dr Lee"]) == pytest.approx({"clinic": 4 * S / 4})


def test_chosen_sheets_only(tmp_path: Path) -> None:
    result = read_rota(books.weekly_sheets(tmp_path / "weeks.xlsx"), sheets=["Wk1", "wk3 "])
    assert result.sheets_read == ("Wk1", "Wk3") and result.weeks == 2
    assert hours(result.people[0]) == pytest.approx({"clinic": 8 * S / 2, "admin": 2 * S / 2, "leave": 10 * S / 2})


def test_a_hidden_sheet_is_read_when_chosen(tmp_path: Path) -> None:
    result = read_rota(books.weekly_sheets(tmp_path / "weeks.xlsx"), sheets=["Wk0"])
    assert result.sheets_read == ("Wk0",)
    assert result.people[0].weekly_hours["clinic"] == pytest.approx(10 * S)


def test_session_hours_can_be_changed(tmp_path: Path) -> None:
    path = books.simple_grid(tmp_path / "r.xlsx", [("Dr A", "GP", ["Surgery", "Surgery 08:00-12:00"])])
    result = read_rota(path, session_hours=4.0)
    assert result.people[0].weekly_hours["clinic"] == pytest.approx(4.0 + 4.0)


def test_two_week_blocks_on_one_sheet_marked_by_week_titles(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    books.grid_sheet(ws, [("Dr A", "GP", ["Surgery"] * 4)], title="Week 1")
    ws.append([])
    books.grid_sheet(ws, [("Dr A", "GP", ["Admin"] * 2)], title="Week 2")
    result = read_rota(books.save(wb, tmp_path / "two.xlsx"))
    assert result.problems == () and result.weeks == 2
    assert hours(result.people[0]) == pytest.approx({"clinic": 4 * S / 2, "admin": 2 * S / 2})


def test_day_columns_without_halves_are_whole_days(tmp_path: Path) -> None:
    """A column per day (no AM/PM): one word is the whole day, two sessions."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Staff", "Role", "Mon", "Tue", "Wed", "Thu", "Fri"])
    ws.append(["Dr A", "GP", "Surgery", "Surgery/Admin", None, "AL", "off"])
    result = read_rota(books.save(wb, tmp_path / "days.xlsx"))
    assert hours(result.people[0]) == pytest.approx({"clinic": 2 * S + S, "admin": S, "leave": 2 * S})


def test_dates_as_column_headers_mark_the_week(tmp_path: Path) -> None:
    from datetime import datetime

    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Role"] + [datetime(2025, 11, 3 + d) for d in range(5)])
    ws.append(["Dr A", "GP", "Surgery 08:00-12:00", "Surgery 08:00-12:00 / Visits 13:00-15:00"])
    result = read_rota(books.save(wb, tmp_path / "dated.xlsx"))
    assert result.problems == ()
    assert hours(result.people[0]) == pytest.approx({"clinic": 8.0, "visits": 2.0})


def test_section_rows_give_a_job_title_to_people_without_one(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", *books.WEEK_COLUMNS])
    ws.append(["GPs"])
    ws.append(["Dr A", "Surgery"])
    ws.append(["Receptionists"])
    ws.append(["Jo Bloggs", "Reception"])
    result = read_rota(books.save(wb, tmp_path / "sections.xlsx"))
    assert [(p.name, p.role) for p in result.people] == [("Dr A", "GP"), ("Jo Bloggs", "RECEP")]
    assert result.unknown_words == ("reception",)


def test_a_row_per_half_day_with_the_name_on_the_first_row(tmp_path: Path) -> None:
    """Name | Session | Mon | Tue ...: AM and PM rows per person, the name merged over both."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Role", "Session", "Mon", "Tue", "Wed", "Thu", "Fri"])
    ws.append(["Dr A", "GP", "AM", "Surgery", "Surgery", "Duty", None, "AL"])
    ws.append([None, None, "PM", "Admin", "Surgery", None, None, "AL"])
    ws.merge_cells("A2:A3")
    ws.append(["Dr B", "GP", "AM", "Surgery"])
    ws.append(["Dr B", "GP", "PM", "Visits"])
    result = read_rota(books.save(wb, tmp_path / "halves.xlsx"))
    assert result.problems == ()
    people = by_name(result.people)
    assert hours(people["Dr A"]) == pytest.approx({"clinic": 3 * S, "duty": S, "admin": S, "leave": 2 * S})
    assert hours(people["Dr B"]) == pytest.approx({"clinic": S, "visits": S})


def test_an_hours_column_in_a_long_list(tmp_path: Path) -> None:
    from datetime import time

    wb = Workbook()
    ws = wb.active
    ws.append(["Day", "Name", "Role", "Activity", "Hours"])
    ws.append(["Mon", "Dr A", "GP", "Surgery", 3.5])
    ws.append(["Tue", "Dr A", "GP", "Surgery/Admin", "3:00"])
    ws.append(["Wed", "Dr A", "GP", "Admin", time(2, 15)])
    ws.append(["Thu", "Dr A", "GP", "Visits", None])
    result = read_rota(books.save(wb, tmp_path / "hours.xlsx"))
    assert result.problems == () and result.weeks == 1
    assert hours(result.people[0]) == pytest.approx({"clinic": 3.5 + 1.5, "admin": 1.5 + 2.25, "visits": S})


def test_a_week_commencing_date_beats_a_printed_date(tmp_path: Path) -> None:
    """Both sheets were printed on the same day; their w/c dates make them two weeks."""
    wb = Workbook()
    for i, (ws, wc) in enumerate(((wb.active, "3 Nov 2025"), (wb.create_sheet("Sheet2"), "10/11/2025"))):
        ws.append(["Printed 01/12/2025"])
        books.grid_sheet(ws, [("Dr A", "GP", ["Surgery"] * (2 + 2 * i))], title=f"Rota w/c {wc}")
    result = read_rota(books.save(wb, tmp_path / "printed.xlsx"))
    assert result.problems == () and result.weeks == 2
    assert result.people[0].weekly_hours["clinic"] == pytest.approx((2 + 4) * S / 2)
