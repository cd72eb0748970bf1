"""What a partner reads: the value of GP time is never called a benefit in cash, values copied
from Skillmix are grey and said to be, no input is shaded that nothing uses, roles by title."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.excel.cells import COPIED_FILL, HEADER_FILL, INPUT_FILL
from planner.model import Hire, Staff
from planner.present.figures import label
from planner.reference import figure
from planner.workbook import export_workbook
from tests.planner.workbook.test_cash import short_plan
from tests.planner.workbook.test_export import hand_plan
from tests.planner.workbook.xlsx_eval import Evaluated


def fill(cell: object) -> str:
    colour = cell.fill.fgColor.rgb  # type: ignore[attr-defined]
    return colour[-6:] if isinstance(colour, str) and cell.fill.fill_type else ""  # type: ignore[attr-defined]


def plain_numbers(ws: Worksheet) -> list:
    """Cells holding a number typed in (not a formula), other than zero and True/False."""
    return [c for row in ws.iter_rows() for c in row
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool) and c.value != 0]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = short_plan()
    option = plan.scenarios[0]
    ramped = tuple(replace(c, ramp_up_months=6) if isinstance(c, Hire) else c for c in option.changes)
    plan = replace(plan, scenarios=(replace(option, changes=ramped), *plan.scenarios[1:]),
                   practice=replace(plan.practice, consulting_rooms=2),
                   staff=(*plan.staff, Staff("Nurse Two", "PN", 10, annual_salary=31000)))
    path = tmp_path_factory.mktemp("words") / "plan.xlsx"
    export_workbook(plan, path)
    return path


def test_no_figure_calls_the_value_of_gp_time_a_benefit_or_a_cash_payback(book: Path) -> None:
    wb = load_workbook(book)
    labels = [c.value for ws in wb.worksheets for row in ws.iter_rows(max_col=1) for c in row
              if isinstance(c.value, str)]
    assert not [t for t in labels if "net benefit" in t.lower() or t.startswith("Payback (")]
    valued = [t for t in labels if t.startswith(("GP time value", "Value of GP time less", "Payback on GP time"))]
    assert len(valued) >= 6 and all("not cash" in t for t in valued)  # Summary, option sheet, years
    summary = wb["Summary"]["A2"].value
    assert "Every figure is a live formula" not in summary
    assert "grey cells are values copied from Skillmix" in summary and "it is not cash" in summary


def test_values_copied_from_skillmix_are_grey_and_every_typed_number_is_input_or_copied(book: Path) -> None:
    wb = load_workbook(book)
    option = wb["Pharmacist"]
    for ws in (option, wb["Summary"]):
        for cell in plain_numbers(ws):
            assert fill(cell) in (fill_rgb(INPUT_FILL), fill_rgb(COPIED_FILL), fill_rgb(HEADER_FILL)), \
                (ws.title, cell.coordinate, cell.value)
    grey = {c.coordinate: c.value for row in option.iter_rows() for c in row if fill(c) == fill_rgb(COPIED_FILL)}
    # ramp-up shares of a 6-month ramp (0.75, then 1), GP contacts and room sessions before and
    # after (GP 70 -> 31.5 appointments over 13.5 / (2 x 25/6) = 1.62 GP days), the ramp months
    values = sorted(v for v in grey.values() if isinstance(v, (int, float)))
    assert values.count(1.0) == 4 and 0.75 in values and 6 in values
    assert pytest.approx(70 / 1.62) in values and pytest.approx(31.5 / 1.62) in values
    assert pytest.approx(4.6) in values and pytest.approx(14.94) in values  # E4 worked in test_projection
    notes = [c.value for row in option.iter_rows(max_col=1) for c in row if isinstance(c.value, str)]
    assert sum("values copied from Skillmix" in t for t in notes) == 2  # under the years and safe working
    contacts = next(r for r in wb["Summary"].iter_rows(max_col=3) if str(r[0].value).startswith("GP patient"))
    assert fill(contacts[1]) == fill(contacts[2]) == fill_rgb(COPIED_FILL)


def fill_rgb(f: object) -> str:
    return f.fgColor.rgb[-6:]  # type: ignore[attr-defined]


def test_team_shows_titles_and_own_salary_as_an_input_for_changes_of_hours(book: Path) -> None:
    team = load_workbook(book)["Team"]
    rows = list(team.iter_rows(values_only=True))
    assert not any(v in ("Code", "PN", "PHARM") for row in rows for v in row)  # no role codes
    assert [r[:2] for r in rows[5:8]] == [("General practitioner", "GP"), ("Practice nurse", "Nurses"),
                                         ("Clinical pharmacist", "Direct Patient Care")]  # title, staff group
    header = next(r for r in team.iter_rows(min_row=5) if r[0].value == "Name")
    salary = next(c for c in header if c.value and "Own salary" in c.value)
    assert "blank: the role's" in salary.value
    nurse = next(r for r in team.iter_rows() if r[0].value == "Nurse Two")
    assert nurse[1].value == "Practice nurse" and nurse[salary.column - 1].value == 31000
    assert fill(nurse[salary.column - 1]) == fill_rgb(INPUT_FILL)  # an option that changes her hours uses it
    assert "costs an option that changes their hours" in team["A2"].value


def test_assumptions_name_the_locum_share_and_show_the_gp_role_by_title(book: Path) -> None:
    wb = load_workbook(book)
    ws = wb["Assumptions"]
    (sheet, cell), = wb.defined_names["locum_share_of_shortfall"].destinations
    row = ws[cell.replace("$", "")].row
    source = figure("locum_share_of_shortfall")
    assert sheet == "Assumptions" and ws.cell(row=row, column=2).value == 0.0
    assert fill(ws.cell(row=row, column=2)) == fill_rgb(INPUT_FILL)
    assert ws.cell(row=row, column=6).value.startswith(source.source)
    assert ws.cell(row=row, column=6).value.count("estimate") == 1  # said once
    assert ws.cell(row=row, column=8).value == source.year
    gp = next(r for r in ws.iter_rows() if str(r[0].value).startswith("GP role"))
    assert gp[1].value == "General practitioner"


def test_summary_prints_the_use_and_the_cost_of_doing_nothing(book: Path) -> None:
    values = Evaluated(book)
    ws = load_workbook(book)["Summary"]
    rows = {r[0].value: r for r in ws.iter_rows(max_col=3) if r[0].value}
    assert values[f"Summary!{rows['What the freed GP time becomes'][2].coordinate}"] == \
        "Fewer locum sessions (cash saved)"
    cost = rows[label("cost_of_doing_nothing_per_year")]
    assert values[f"Summary!{cost[1].coordinate}"] == pytest.approx(4.8333333 * 52 * 87.36)
    assert cost[2].value == "–"  # doing nothing only
    assert hand_plan().assumptions.locum_share_of_shortfall == 0  # the default: GPs stay late, unpaid
