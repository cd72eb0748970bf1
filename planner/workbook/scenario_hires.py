"""A scenario sheet's "New staff" table: one column per hire and a Total column, the cost
built up down the page as a partner would check it (MODEL.md, Scenario results):

pay = salary x WTE; employer NI = rate x MAX(0, pay - threshold); pension = rate x pay;
employment cost = pay + NI + pension; ARRS = IF(funded, MIN(employment cost, cap x WTE), 0);
GP supervision = WTE x the role's supervision hours; capacity added = WTE x full-time hours
x (1 - the role's leave share).
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

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
from planner.model import Hire, Plan
from planner.workbook.labels import role_labels
from planner.workbook.team_sheet import TeamRefs

#: (key, label, number format, whether the Total column adds the line up), top to bottom.
LINES: tuple[tuple[str, str, str, bool], ...] = (
    ("wte", "WTE (whole-time equivalent)", "0.00", True),
    ("salary", "Salary, full time (£ a year)", MONEY, False),
    ("funded", "ARRS funded (TRUE or FALSE)", "General", False),
    ("cap", "ARRS cap per WTE (£ a year)", MONEY, False),
    ("pay", "Pay = salary x WTE", MONEY, True),
    ("ni", "Employer NI = rate x (pay above the threshold)", MONEY, True),
    ("pension", "Employer pension = rate x pay", MONEY, True),
    ("employment", "Employment cost a year", MONEY, True),
    ("arrs", "ARRS reimbursement a year", MONEY, True),
    ("one_off", "One-off cost (recruitment, equipment)", MONEY, True),
    ("ramp", "Months to full capacity (from Skillmix: change it there)", "0.0", False),
    ("supervision", "GP supervision (hours a week)", HOURS, True),
    ("capacity", "Capacity added (hours a week)", HOURS, True),
)
#: Formulas of one hire's column {c}, over the row numbers of the lines ({pay} ...).
FORMULAS = {
    "pay": "={c}{salary}*{c}{wte}",
    "ni": "=employer_ni_rate*MAX(0,{c}{pay}-employer_ni_threshold)",
    "pension": "=employer_pension_rate*{c}{pay}",
    "employment": "={c}{pay}+{c}{ni}+{c}{pension}",
    "arrs": "=IF({c}{funded},MIN({c}{employment},{c}{cap}*{c}{wte}),0)",
}
HIRE_ROWS = len(LINES) + 2  # section title and header included


@dataclass(frozen=True)
class HireCells:
    """Where the hires' totals are (cells on this sheet) and the ranges the roles table
    matches: role labels in the header row and capacity added along its row."""

    totals: dict[str, str]
    labels: str | None
    capacity: str | None


def write_hires(ws: Worksheet, plan: Plan, hires: list[Hire], title_row: int, team: TeamRefs) -> HireCells:
    section(ws, title_row, "New staff")
    labels = role_labels(plan)
    total_col = 2 + len(hires)
    header_row(ws, title_row + 1, ["New staff", *(labels[h.role] for h in hires), "Total"], numbers_from=2)
    rows = {key: title_row + 2 + i for i, (key, *_) in enumerate(LINES)}
    for i, hire in enumerate(hires):
        _hire_column(ws, 2 + i, rows, hire, team)
    for key, label, fmt, adds_up in LINES:
        put_text(ws.cell(row=rows[key], column=1), label)
        if adds_up:
            total = f"=SUM({row_range(None, rows[key], 2, total_col - 1)})" if hires else "=0"
            put_formula(ws.cell(row=rows[key], column=total_col), total, fmt)
    total_style(ws, rows["employment"], 1, total_col)
    letter = get_column_letter(total_col)
    totals = {key: f"{letter}{rows[key]}" for key in ("pay", "employment", "arrs", "one_off", "supervision",
                                                     "capacity")}
    if not hires:
        return HireCells(totals, None, None)
    return HireCells(totals, row_range(None, title_row + 1, 2, total_col - 1),
                     row_range(None, rows["capacity"], 2, total_col - 1))


def _hire_column(ws: Worksheet, col: int, rows: dict[str, int], hire: Hire, team: TeamRefs) -> None:
    c = get_column_letter(col)
    put_number(ws.cell(row=rows["wte"], column=col), hire.wte, "0.00", editable=True)
    if hire.annual_salary is None:
        put_formula(ws.cell(row=rows["salary"], column=col), f"={team.salary[hire.role]}", MONEY)
    else:
        put_number(ws.cell(row=rows["salary"], column=col), hire.annual_salary, MONEY, editable=True)
    put_number(ws.cell(row=rows["funded"], column=col), bool(hire.arrs_funded), editable=True)
    cap = team.arrs_cap.get(hire.role)
    if cap:
        put_formula(ws.cell(row=rows["cap"], column=col), f"={cap}", MONEY)
    for key, formula in FORMULAS.items():
        put_formula(ws.cell(row=rows[key], column=col), formula.format(c=c, **rows), MONEY)
    put_number(ws.cell(row=rows["one_off"], column=col), hire.one_off_cost, MONEY, editable=True)
    put_number(ws.cell(row=rows["ramp"], column=col), hire.ramp_up_months, "0.0", copied=True)
    put_formula(ws.cell(row=rows["supervision"], column=col), f"={c}{rows['wte']}*{team.supervision[hire.role]}",
                HOURS)
    put_formula(ws.cell(row=rows["capacity"], column=col),
                f"={c}{rows['wte']}*wte_hours*(1-{team.leave[hire.role]})", HOURS)
