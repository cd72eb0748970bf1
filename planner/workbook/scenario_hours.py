"""A scenario sheet's "Hours changes" table: one column per person whose weekly hours the option
changes (an extra GP session, the regular locum from 4 sessions to 2) and a Total column, the
cost worked down the page as in docs/MODEL-EXTENSIONS.md E13:

paid by the hour: cost = hours x weeks a year x hourly rate;
employed: pay = salary x hours / full-time hours (salary: their own, else their role's), cost =
pay + employer NI above the threshold + employer pension;
change in cost = cost after - cost before; capacity change = (hours after - hours before) x
(1 - their role's leave share).
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.engine.costs import HoursCost
from planner.excel.cells import (
    HOURS,
    MONEY,
    header_row,
    put_formula,
    put_number,
    put_text,
    row_range,
    section,
    total_style,
)
from planner.model import Plan
from planner.workbook.labels import role_labels
from planner.workbook.team_sheet import TeamRefs

LINES: tuple[tuple[str, str, str, bool], ...] = (
    ("who", "Person", "General", False),
    ("before", "Hours a week now (Team)", HOURS, True),
    ("after", "Hours a week after", HOURS, True),
    ("rate", "Paid by the hour (£ an hour; blank: employed)", "£#,##0.00", False),
    ("salary", "Salary, full time (their own, else the role's)", MONEY, False),
    ("cost_before", "Cost a year now", MONEY, True),
    ("cost_after", "Cost a year after", MONEY, True),
    ("change", "Change in cost a year", MONEY, True),
    ("capacity", "Capacity change (hours a week, after leave)", HOURS, True),
)
HOURS_ROWS = len(LINES) + 2  # section title and header included


def _cost(c: str, hours: str) -> str:
    """The year's cost of column ``c`` at ``hours`` (a cell reference)."""
    pay = f"{c}{{salary}}*{hours}/wte_hours"
    employed = f"{pay}+employer_ni_rate*MAX(0,{pay}-employer_ni_threshold)+employer_pension_rate*{pay}"
    return f'=IF({c}{{rate}}="",{employed},{hours}*weeks_per_year*{c}{{rate}})'


@dataclass(frozen=True)
class HoursCells:
    """The total change in cost (a cell on this sheet), and the ranges the roles table matches:
    role labels in the header row and capacity change along its row (None when no change)."""

    cost_change: str
    labels: str | None
    capacity: str | None


def write_hours(ws: Worksheet, plan: Plan, changes: tuple[HoursCost, ...], title_row: int,
                team: TeamRefs) -> HoursCells:
    section(ws, title_row, "Hours changes")
    labels = role_labels(plan)
    total_col = 2 + len(changes)
    header_row(ws, title_row + 1, ["Role", *(labels[h.role] for h in changes), "Total"], numbers_from=2)
    rows = {key: title_row + 2 + i for i, (key, *_) in enumerate(LINES)}
    for i, change in enumerate(changes):
        _person_column(ws, 2 + i, rows, change, team)
    for key, label, fmt, adds_up in LINES:
        put_text(ws.cell(row=rows[key], column=1), label)
        if adds_up:
            total = f"=SUM({row_range(None, rows[key], 2, total_col - 1)})" if changes else "=0"
            put_formula(ws.cell(row=rows[key], column=total_col), total, fmt)
    total_style(ws, rows["change"], 1, total_col)
    cost = f"{get_column_letter(total_col)}{rows['change']}"
    if not changes:
        return HoursCells(cost, None, None)
    return HoursCells(cost, row_range(None, title_row + 1, 2, total_col - 1),
                      row_range(None, rows["capacity"], 2, total_col - 1))


def _person_column(ws: Worksheet, col: int, rows: dict[str, int], change: HoursCost, team: TeamRefs) -> None:
    c = get_column_letter(col)
    put_text(ws.cell(row=rows["who"], column=col), change.staff)
    put_formula(ws.cell(row=rows["before"], column=col), f"={team.person_hours[change.staff]}", HOURS)
    put_number(ws.cell(row=rows["after"], column=col), change.hours_after, HOURS, editable=True)
    rate = team.person_rate[change.staff]
    put_formula(ws.cell(row=rows["rate"], column=col), f'=IF({rate}="","",{rate})', "£#,##0.00")
    own = team.person_salary[change.staff]
    put_formula(ws.cell(row=rows["salary"], column=col), f'=IF({own}="",{team.salary[change.role]},{own})', MONEY)
    put_formula(ws.cell(row=rows["cost_before"], column=col), _cost(c, f"{c}{rows['before']}").format(**rows), MONEY)
    put_formula(ws.cell(row=rows["cost_after"], column=col), _cost(c, f"{c}{rows['after']}").format(**rows), MONEY)
    put_formula(ws.cell(row=rows["change"], column=col), f"={c}{rows['cost_after']}-{c}{rows['cost_before']}", MONEY)
    put_formula(ws.cell(row=rows["capacity"], column=col),
                f"=({c}{rows['after']}-{c}{rows['before']})*(1-{team.leave[change.role]})", HOURS)
