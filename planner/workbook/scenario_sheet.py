"""One sheet per scenario: results at the top, then changes, work, new staff and time by role.

Every figure is a formula over the Assumptions, Team and Workload cells (MODEL.md, Scenario
results): pay = salary x WTE; NI = rate x MAX(0, pay - threshold); pension = rate x pay;
ARRS = IF(funded, MIN(employment cost, cap x WTE), 0); GP hours freed = GP demand before - after.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.worksheet.worksheet import Worksheet

from planner.model import FREED_TIME_USES, Hire, Plan, Scenario
from planner.workbook.cells import (
    HOURS,
    MONEY,
    MONEY_PENCE,
    WHOLE,
    addr,
    column_range,
    header_row,
    put_formula,
    put_number,
    put_text,
    section,
    sheet_ref,
    title,
    widths,
)
from planner.workbook.scenario_changes import touched_pairs, write_changes, write_work
from planner.workbook.team_sheet import TeamRefs
from planner.workbook.workload_sheet import WorkloadRefs

HIRE_HEADERS = ("Role", "WTE", "Salary, full time", "ARRS funded", "ARRS cap per WTE", "Pay",
                "Employer NI", "Employer pension", "Employment cost", "ARRS reimbursement",
                "One-off cost", "GP supervision (hours a week)", "Capacity added (hours a week)")
ROLE_HEADERS = ("Role", "Demand before", "Demand after", "Capacity before", "Capacity after",
                "Short of time after")

#: (summary key, label, number format, formula with {freed} {sessions} ... placeholders)
RESULT_LINES: tuple[tuple[str, str, str, str], ...] = (
    ("gp_hours_freed_per_week", "GP hours freed a week", HOURS, "={gp_before}-{gp_after}"),
    ("gp_sessions_freed_per_week", "GP sessions freed a week", HOURS, "={r1}/session_hours"),
    ("gp_appointments_released_per_year", "GP appointments released a year", WHOLE,
     "={r1}*60/gp_appointment_minutes*weeks_per_year"),
    ("employment_cost_per_year", "Employment cost a year", MONEY, "={employment}"),
    ("arrs_reimbursement_per_year", "ARRS reimbursement a year", MONEY, "={arrs}"),
    ("net_cost_per_year", "Net cost a year", MONEY, "={r4}-{r5}"),
    ("gp_time_value_per_year", "Value of GP time freed a year", MONEY,
     "={r1}*weeks_per_year*gp_hour_value"),
    ("net_benefit_per_year", "Net benefit a year", MONEY, "={r7}-{r6}"),
    ("one_off_costs", "One-off costs", MONEY, "={one_off}"),
    ("cost_per_appointment_released", "Cost per appointment released", MONEY_PENCE,
     '=IF({r3}>0,{r6}/{r3},"–")'),
    ("payback_months", "Payback (months)", "0.0", '=IF({r8}>0,12*{r9}/{r8},"–")'),
    ("gp_supervision_hours_per_week", "GP supervision of new staff (hours a week)", HOURS,
     "={supervision}"),
)
RESULTS_FIRST = 5


@dataclass
class ScenarioRefs:
    results: dict[str, str]  # summary key -> absolute reference
    demand_after: dict[str, str]
    capacity_after: dict[str, str]
    shortfall_after: dict[str, str]


def write_scenario(ws: Worksheet, plan: Plan, scenario: Scenario, team: TeamRefs,
                   work: WorkloadRefs) -> ScenarioRefs:
    title(ws, scenario.name, scenario.description)
    hires = [c for c in scenario.changes if isinstance(c, Hire)]
    changes_title = RESULTS_FIRST + len(RESULT_LINES) + 2
    work_title = changes_title + 3 + len(scenario.changes)
    hires_title = work_title + 3 + len(touched_pairs(scenario))
    roles_title = hires_title + 5 + len(hires)
    flows = write_changes(ws, plan, scenario, changes_title, work_title + 2)
    work_rows = write_work(ws, plan, scenario, work_title, work, flows)
    totals = _hires(ws, hires, hires_title, team)
    refs = _roles(ws, plan, roles_title, work, work_rows, (hires_title + 2, hires_title + 1 + len(hires)),
                  totals["supervision"])
    gp_row = roles_title + 2 + [r.code for r in plan.roles].index(plan.assumptions.gp_role)
    cells = {**totals, "gp_before": f"B{gp_row}", "gp_after": f"C{gp_row}"}
    refs.results.update(_results(ws, cells))
    use = FREED_TIME_USES.get(scenario.freed_time_use, "not decided yet")
    put_text(ws.cell(row=RESULTS_FIRST + len(RESULT_LINES), column=1), f"What the freed GP time becomes: {use}")
    widths(ws, (34, 44, 30, 12, 12, 14, 14, 14, 14, 14, 14, 14, 14))
    ws.freeze_panes = ws.cell(row=3, column=1)
    return refs


def _results(ws: Worksheet, cells: dict[str, str]) -> dict[str, str]:
    section(ws, RESULTS_FIRST - 1, "Results")
    places = dict(cells)
    out = {}
    for i, (key, label, fmt, formula) in enumerate(RESULT_LINES, start=1):
        row = RESULTS_FIRST + i - 1
        places[f"r{i}"] = f"B{row}"
        ws.cell(row=row, column=1, value=label)
        put_formula(ws.cell(row=row, column=2), formula.format(**places), fmt)
        out[key] = sheet_ref(ws.title, row, 2)
    return out


def _hires(ws: Worksheet, hires: list[Hire], title_row: int, team: TeamRefs) -> dict[str, str]:
    section(ws, title_row, "New staff")
    header_row(ws, title_row + 1, HIRE_HEADERS)
    first = title_row + 2
    for row, hire in enumerate(hires, start=first):
        _hire_row(ws, row, hire, team)
    total = first + len(hires)
    ws.cell(row=total, column=1, value="Total")
    names = {6: "pay", 9: "employment", 10: "arrs", 11: "one_off", 12: "supervision", 13: "capacity"}
    out = {}
    for col in range(6, 14):
        formula = f"=SUM({column_range(None, col, first, total - 1)})" if hires else "=0"
        put_formula(ws.cell(row=total, column=col), formula, HOURS if col >= 12 else MONEY)
        if col in names:
            out[names[col]] = addr(total, col, False)
    return out


def _hire_row(ws: Worksheet, row: int, hire: Hire, team: TeamRefs) -> None:
    put_text(ws.cell(row=row, column=1), hire.role)
    put_number(ws.cell(row=row, column=2), hire.wte, "0.00", editable=True)
    if hire.annual_salary is None:
        put_formula(ws.cell(row=row, column=3), f"={team.salary[hire.role]}", MONEY)
    else:
        put_number(ws.cell(row=row, column=3), hire.annual_salary, MONEY, editable=True)
    put_number(ws.cell(row=row, column=4), bool(hire.arrs_funded), editable=True)
    cap = team.arrs_cap.get(hire.role)
    if cap:
        put_formula(ws.cell(row=row, column=5), f"={cap}", MONEY)
    r = row
    formulas = {
        6: f"=C{r}*B{r}",
        7: f"=employer_ni_rate*MAX(0,F{r}-employer_ni_threshold)",
        8: f"=employer_pension_rate*F{r}",
        9: f"=F{r}+G{r}+H{r}",
        10: f"=IF(D{r},MIN(I{r},E{r}*B{r}),0)",
    }
    for col, formula in formulas.items():
        put_formula(ws.cell(row=row, column=col), formula, MONEY)
    put_number(ws.cell(row=row, column=11), hire.one_off_cost, MONEY, editable=True)
    put_formula(ws.cell(row=row, column=12), f"=B{r}*{team.supervision[hire.role]}", HOURS)
    put_formula(ws.cell(row=row, column=13), f"=B{r}*wte_hours*(1-{team.leave[hire.role]})", HOURS)


def _roles(ws: Worksheet, plan: Plan, title_row: int, work: WorkloadRefs, work_rows: tuple[int, int],
           hire_rows: tuple[int, int], supervision: str) -> ScenarioRefs:
    section(ws, title_row, "Time by role after the changes (hours a week)")
    header_row(ws, title_row + 1, ROLE_HEADERS)
    moved = _sumproduct(work_rows, 2, 9)
    added = _sumproduct(hire_rows, 1, 13)
    refs = ScenarioRefs({}, {}, {}, {})
    for row, role in enumerate(plan.roles, start=title_row + 2):
        put_text(ws.cell(row=row, column=1), role.code)
        put_formula(ws.cell(row=row, column=2), f"={work.demand[role.code]}", HOURS)
        extra = moved.format(row=row) + (f"+{supervision}" if role.code == plan.assumptions.gp_role else "")
        put_formula(ws.cell(row=row, column=3), f"=B{row}{extra}", HOURS)
        put_formula(ws.cell(row=row, column=4), f"={work.capacity[role.code]}", HOURS)
        put_formula(ws.cell(row=row, column=5), f"=D{row}{added.format(row=row)}", HOURS)
        put_formula(ws.cell(row=row, column=6), f"=MAX(0,C{row}-E{row})", HOURS)
        refs.demand_after[role.code] = sheet_ref(ws.title, row, 3)
        refs.capacity_after[role.code] = sheet_ref(ws.title, row, 5)
        refs.shortfall_after[role.code] = sheet_ref(ws.title, row, 6)
    return refs


def _sumproduct(rows: tuple[int, int], key_col: int, value_col: int) -> str:
    """'+SUMPRODUCT((keys=A{row})*values)' over ``rows``, or '' when there are none."""
    first, last = rows
    if last < first:
        return ""
    keys, values = column_range(None, key_col, first, last), column_range(None, value_col, first, last)
    return f"+SUMPRODUCT(({keys}=A{{row}})*{values})"
