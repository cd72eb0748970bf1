"""User text stays text; sheet names are safe; the workbook looks like a person made it."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.excel.cells import safe_sheet_name
from planner.model import Scenario, Staff
from planner.present.figures import label as figure_label
from planner.workbook import export_workbook, scenario_sheet_names
from planner.workbook.layout import lines_needed
from tests.planner.workbook.test_export import NET_BENEFIT, hand_plan
from tests.planner.workbook.xlsx_eval import Evaluated, labelled

INJECTION = '=HYPERLINK("http://x")'


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    plan = hand_plan()
    plan = replace(
        plan,
        practice=replace(plan.practice, name="+44 Surgery"),
        staff=(*plan.staff, Staff(INJECTION, "PN", 10)),
        scenarios=(replace(plan.scenarios[0], name="=1+1", description="-2 sessions"),
                   Scenario("@SUM(A1)")))
    path = tmp_path / "inject.xlsx"
    export_workbook(plan, path)
    wb = load_workbook(path)
    names = scenario_sheet_names(plan)
    staff_cells = [c for row in wb["Team"].iter_rows() for c in row if c.value == INJECTION]
    assert len(staff_cells) == 1
    assert staff_cells[0].data_type == "s" and staff_cells[0].quotePrefix
    scenario_ws = wb[names["=1+1"]]
    assert scenario_ws["A1"].value == "=1+1" and scenario_ws["A1"].data_type == "s"
    assert scenario_ws["A2"].value == "-2 sessions" and scenario_ws["A2"].quotePrefix
    assert wb["Summary"]["A1"].value == "+44 Surgery" and wb["Summary"]["A1"].quotePrefix
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "HYPERLINK" in xml and not re.search(r"<f>[^<]*HYPERLINK", xml)  # a string, never a formula
    assert re.search(r't="inlineStr"><is><t>=HYPERLINK', xml)
    # Still computes: the injected staff member is text, the nurse's 10 h count at 10% leave.
    values = Evaluated(path)
    team = wb["Team"]
    pn_row = next(r for r in range(1, 20) if team.cell(row=r, column=1).value == "Practice nurse")
    assert values[f"Team!H{pn_row}"] == pytest.approx((30 + 10) * 0.9)


@pytest.mark.parametrize(("name", "taken", "expected"), [
    ("Pharmacist [ARRS]: 1/2 WTE?", [], "Pharmacist ARRS 1 2 WTE"),
    ("A" * 40, [], "A" * 31),
    ("summary", ["Summary"], "summary (2)"),
    ("Nurse's plan", [], "Nurse s plan"),
    ("***", [], "Scenario"),
    ("B" * 31, ["b" * 31], "B" * 27 + " (2)"),
])
def test_safe_sheet_names(name: str, taken: list[str], expected: str) -> None:
    assert safe_sheet_name(name, taken) == expected


def test_scenario_sheets_are_unique_and_the_formulas_still_work(tmp_path: Path) -> None:
    plan = hand_plan()
    long = "Clinical pharmacist and nurse: the long option"
    plan = replace(plan, scenarios=(
        replace(plan.scenarios[0], name=long), replace(plan.scenarios[0], name=long + " B"),
        Scenario("Workload"), Scenario("Team/2")))
    names = scenario_sheet_names(plan)
    assert len({n.lower() for n in names.values()}) == 4
    assert all(len(n) <= 31 for n in names.values())
    assert names["Workload"] == "Workload (2)" and names["Team/2"] == "Team 2"
    path = tmp_path / "names.xlsx"
    export_workbook(plan, path)
    assert load_workbook(path).sheetnames == ["Summary", "Team", "Workload", *names.values(), "Assumptions"]
    values = Evaluated(path)
    # both long scenarios are the hand-worked one: 6.0833 GP hours freed a week
    freed = [labelled(path, "Summary", "GP hours freed a week", col) for col in (2, 3, 4)]
    assert [values[ref] for ref in freed] == [0, pytest.approx(6.083333), pytest.approx(6.083333)]


def test_formatting_headers_panes_and_number_formats(tmp_path: Path) -> None:
    path = tmp_path / "look.xlsx"
    export_workbook(hand_plan(), path)
    wb = load_workbook(path)
    for ws in wb.worksheets:
        assert ws.freeze_panes, ws.title
    team, scenario, assumptions = wb["Team"], wb["Pharmacist"], wb["Assumptions"]
    assert team["A5"].value == "Role" and team["A5"].font.b
    assert team["A6"].value == "General practitioner" and team["C6"].value == 90000
    assert team["C6"].number_format == "£#,##0"  # GP salary
    assert wb["Workload"]["H5"].number_format == "0.0"  # hours
    labels = {scenario.cell(row=r, column=1).value: scenario.cell(row=r, column=2) for r in range(5, 30)}
    assert labels["Net cost a year"].number_format == "£#,##0"
    assert labels["GP hours freed a week"].number_format == "0.0"
    assert str(labels["Net cost a year"].value).startswith("=")
    rows = {assumptions.cell(row=r, column=1).value: r for r in range(5, 25)}
    ni = rows["Employer National Insurance rate"]
    assert assumptions.cell(row=ni, column=2).value == 0.15
    assert assumptions.cell(row=ni, column=5).value == "Default"
    assert assumptions.cell(row=ni, column=6).value.startswith("gov.uk")  # the cited source
    assert assumptions.cell(row=ni, column=7).value.startswith("https://gov.uk/")
    assert assumptions.cell(row=ni, column=8).value == "2025/26"
    assert wb.defined_names["employer_ni_rate"].attr_text == f"'Assumptions'!$B${ni}"
    assert team.column_dimensions["A"].width > 10


def test_overridden_assumptions_are_marked(tmp_path: Path) -> None:
    plan = hand_plan()
    plan = replace(plan, assumptions=replace(plan.assumptions, employer_ni_rate=0.138))
    path = tmp_path / "override.xlsx"
    export_workbook(plan, path)
    ws = load_workbook(path)["Assumptions"]
    marks = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=5).value for r in range(5, 20)}
    assert marks["Employer National Insurance rate"] == "Changed by you"
    assert marks["Employer pension contribution"] == "Default"


def test_control_characters_in_user_text_are_dropped(tmp_path: Path) -> None:
    plan = hand_plan()
    plan = replace(plan, practice=replace(plan.practice, name="River\x01side"),
                   scenarios=(replace(plan.scenarios[0], name="Bell\x07 option", description="a\x0bb"),))
    path = tmp_path / "control.xlsx"
    export_workbook(plan, path)
    wb = load_workbook(path)
    assert wb["Summary"]["A1"].value == "Riverside"
    assert wb.sheetnames[3] == "Bell option" and wb["Bell option"]["A2"].value == "ab"


def test_assumptions_show_the_practice_audit_shares_when_imported(tmp_path: Path) -> None:
    audit = {"source": "Practice audit week.xlsx", "audited": 10, "period": "3 Mar 2025 – 7 Mar 2025",
             "shares": {"practice_role": 0.2, "pharmacy_self_care": 0.3, "navigation": 0.1, "hospital": 0.1}}
    path = tmp_path / "audit.xlsx"
    export_workbook(replace(hand_plan(), extras={"appointment_audit": audit}), path)
    ws = load_workbook(path)["Assumptions"]
    rows = {ws.cell(row=r, column=1).value: r for r in range(1, 40)}
    row = rows["Another professional in the practice"]
    assert ws.cell(row=row, column=2).value == 0.2
    assert ws.cell(row=row, column=6).value == "Practice audit week.xlsx"
    total = rows["Total potentially avoidable"]
    assert Evaluated(path)[f"Assumptions!B{total}"] == pytest.approx(0.7)  # 20% + 30% + 10% + 10%


def test_every_sheet_prints_on_a4_one_page_wide_with_a_footer(tmp_path: Path) -> None:
    path = tmp_path / "print.xlsx"
    export_workbook(hand_plan(), path)
    wb = load_workbook(path)
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1, ws.title
        assert ws.oddFooter.left.text == "&A" and "&P" in ws.oddFooter.right.text, ws.title
        assert ws.oddHeader.left.text == "Test Practice"
    assert wb["Summary"].page_setup.fitToHeight == 1  # the one-page answer
    assert wb["Workload"].page_setup.fitToHeight == 0  # as many pages as it takes
    assert wb["Workload"].print_title_rows == "$4:$4" and wb["Assumptions"].print_title_rows == "$4:$4"
    assert wb["Team"].page_setup.orientation == "landscape"  # eight columns
    assert wb["Summary"].page_setup.orientation == "portrait"  # one option: tall, not wide


def test_roles_appear_by_title_and_totals_stand_out(tmp_path: Path) -> None:
    path = tmp_path / "titles.xlsx"
    export_workbook(hand_plan(), path)
    wb = load_workbook(path)
    workload = wb["Workload"]
    roles = {workload.cell(row=r, column=3).value for r in range(5, 9)}
    assert roles == {"General practitioner", "Practice nurse", "Clinical pharmacist"}
    scenario = wb["Pharmacist"]
    cells = {c.value: c for row in scenario.iter_rows(max_col=1) for c in row if c.value}
    assert "1. Move 50% of Appointments from General practitioner to Clinical pharmacist" in cells
    for label in ("Net cost a year", NET_BENEFIT, "All roles", "Employment cost a year",
                  figure_label("cash_effect_per_year")):
        assert cells[label].font.b and cells[label].border.top.style == "thin", label
    summary = wb["Summary"]
    net = next(c for row in summary.iter_rows(max_col=1) for c in row if c.value == NET_BENEFIT)
    assert summary.cell(row=net.row, column=3).font.b
    assert summary["B4"].value == "Do nothing" and summary["C4"].value == "Pharmacist"


def test_wrapped_headers_get_rows_tall_enough(tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    export_workbook(hand_plan(), path)
    team = load_workbook(path)["Team"]
    # "Time off (share of contracted time)" needs at least three lines of 15 points in 14 units
    assert team.row_dimensions[5].height >= 45
    assert team["E5"].alignment.wrap_text and team.row_dimensions[6].height is None


@pytest.mark.parametrize(("text", "width", "bold", "lines"), [
    ("Structured medication reviews", 20, False, 2),  # 22 characters a line: "Structured medication"
    ("Structured medication reviews", 30, False, 1),
    ("Demand before", 13, True, 2),  # 12 bold characters a line
    ("a\nb", 30, False, 2),
    ("x" * 50, 10, False, 5),  # a word longer than the line breaks every 10 characters
])
def test_lines_needed(text: str, width: float, bold: bool, lines: int) -> None:
    assert lines_needed(text, width, bold) == lines


def test_roles_sharing_a_title_are_told_apart_and_still_add_up(tmp_path: Path) -> None:
    from planner.workbook.labels import role_labels
    from tests.planner.workbook.test_export import assert_matches_engine

    plan = hand_plan()
    # Excel compares text without case, so "practice NURSE" would match "Practice nurse"
    plan = replace(plan, roles=tuple(replace(r, title="practice NURSE") if r.code == "PHARM" else r
                                     for r in plan.roles))
    assert role_labels(plan) == {"GP": "General practitioner", "PN": "Practice nurse (PN)",
                                 "PHARM": "practice NURSE (PHARM)"}
    assert_matches_engine(plan, tmp_path / "same-title.xlsx")
