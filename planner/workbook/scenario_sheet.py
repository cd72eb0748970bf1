"""One sheet per scenario: results (planner.workbook.scenario_results) and safe working on
page 1, then the years ahead, the changes, the work they move, the new staff and time by
role that the results come from.

Every result is a formula over the Assumptions, Team and Workload cells (MODEL.md, Scenario
results, and extension E7); GP hours freed = GP demand before - after. The ramp-up shares,
GP contacts a day and room sessions needed are values copied from Skillmix, shaded grey.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from planner.engine.results import ScenarioResult
from planner.engine.safety import option_safety
from planner.excel.cells import (
    HOURS,
    colour_key,
    column_range,
    header_row,
    put_formula,
    put_text,
    section,
    sheet_ref,
    title,
    total_style,
    widths,
)
from planner.model import Hire, Plan
from planner.workbook.labels import role_labels
from planner.workbook.layout import finish
from planner.workbook.scenario_changes import (
    WORK_CHANGE_COL,
    WORK_ROLE_COL,
    touched_pairs,
    write_changes,
    write_work,
)
from planner.workbook.scenario_hires import HIRE_ROWS, HireCells, write_hires
from planner.workbook.scenario_hours import HOURS_ROWS, HoursCells, write_hours
from planner.workbook.scenario_projection import PROJECTION_ROWS, SAFETY_ROWS, write_projection, write_safety
from planner.workbook.scenario_results import RESULT_ROWS, write_results
from planner.workbook.team_sheet import TeamRefs
from planner.workbook.workload_sheet import WorkloadRefs

ROLE_HEADERS = ("Role", "Demand before", "Demand after", "Capacity before", "Capacity after",
                "Short of time after")
RESULTS_TITLE = 5
SCENARIO_WIDTHS = (56, 24, 13, 13, 13, 13, 13, 13, 13, 13, 13)


@dataclass
class ScenarioRefs:
    results: dict[str, str]  # summary key -> absolute reference
    demand_after: dict[str, str]
    capacity_after: dict[str, str]
    shortfall_after: dict[str, str]
    projection: dict[str, list[str]] = field(default_factory=dict)  # line -> a reference a year
    short_total: str = ""  # work with no time for it after, all roles, hours a week
    contacts_after: str = ""


def write_scenario(ws: Worksheet, plan: Plan, result: ScenarioResult, team: TeamRefs,
                   work: WorkloadRefs) -> ScenarioRefs:
    scenario = result.scenario
    title(ws, scenario.name, scenario.description, len(SCENARIO_WIDTHS))
    colour_key(ws, 3)
    hires = [c for c in scenario.changes if isinstance(c, Hire)]
    safety_title = RESULTS_TITLE + RESULT_ROWS + 2
    projection_title = safety_title + SAFETY_ROWS + 1
    changes_title = projection_title + PROJECTION_ROWS + 1
    work_title = changes_title + 3 + len(scenario.changes)
    hires_title = work_title + 4 + len(touched_pairs(scenario))
    hours_title = hires_title + HIRE_ROWS + 1
    roles_title = hours_title + HOURS_ROWS + 1
    ws.row_breaks.append(Break(id=projection_title - 1))  # page 1 the answer, then the years and workings
    ws.row_breaks.append(Break(id=roles_title - 1))  # the time-by-role table never starts at a page foot
    flows = write_changes(ws, plan, scenario, changes_title, work_title + 2)
    work_rows = write_work(ws, plan, scenario, work_title, work, flows)
    hire_cells = write_hires(ws, plan, hires, hires_title, team)
    hours_cells = write_hours(ws, plan, result.hours_changes, hours_title, team)
    refs = _roles(ws, plan, roles_title, work, work_rows, hire_cells, hours_cells)
    gp_row = roles_title + 2 + [r.code for r in plan.roles].index(plan.assumptions.gp_role)
    cells = {**hire_cells.totals, "gp_before": f"B{gp_row}", "gp_after": f"C{gp_row}",
             "gp_capacity_before": f"D{gp_row}", "gp_capacity_after": f"E{gp_row}",
             "hours_cost": hours_cells.cost_change}
    local = write_results(ws, RESULTS_TITLE, cells, scenario.freed_time_use)
    refs.results.update({key: sheet_ref(ws.title, *_row_col(cell)) for key, cell in local.items()})
    projected = write_projection(ws, plan, scenario, projection_title, {
        "r_freed": local["gp_hours_freed_per_week"], "r_employment": local["employment_cost_per_year"],
        "r_arrs": local["arrs_reimbursement_per_year"], "r_one_off": local["one_off_costs"]})
    refs.projection = {k: [sheet_ref(ws.title, *_row_col(c)) for c in v] for k, v in projected.items()}
    safety = write_safety(ws, safety_title, *option_safety(plan, result))
    refs.contacts_after = sheet_ref(ws.title, *_row_col(safety["contacts_after"]))
    widths(ws, SCENARIO_WIDTHS)
    ws.freeze_panes = ws.cell(row=4, column=2)
    finish(ws, plan.practice.name, "1:1")
    return refs


def _row_col(cell: str) -> tuple[int, int]:
    letters, row = coordinate_from_string(cell.replace("$", ""))
    return row, column_index_from_string(letters)


def _roles(ws: Worksheet, plan: Plan, title_row: int, work: WorkloadRefs, work_rows: tuple[int, int],
           hires: HireCells, hours: HoursCells) -> ScenarioRefs:
    section(ws, title_row, "Time by role after the changes (hours a week)")
    header_row(ws, title_row + 1, ROLE_HEADERS, numbers_from=2)
    moved = _sumproduct(work_rows)
    added = f"+SUMPRODUCT(({hires.labels}=A{{row}})*{hires.capacity})" if hires.labels else ""
    added += f"+SUMPRODUCT(({hours.labels}=A{{row}})*{hours.capacity})" if hours.labels else ""
    supervision = hires.totals["supervision"]
    labels = role_labels(plan)
    refs = ScenarioRefs({}, {}, {}, {})
    first = title_row + 2
    for row, role in enumerate(plan.roles, start=first):
        put_text(ws.cell(row=row, column=1), labels[role.code])
        put_formula(ws.cell(row=row, column=2), f"={work.demand[role.code]}", HOURS)
        extra = moved.format(row=row) + (f"+{supervision}" if role.code == plan.assumptions.gp_role else "")
        put_formula(ws.cell(row=row, column=3), f"=B{row}{extra}", HOURS)
        put_formula(ws.cell(row=row, column=4), f"={work.capacity[role.code]}", HOURS)
        put_formula(ws.cell(row=row, column=5), f"=D{row}{added.format(row=row)}", HOURS)
        put_formula(ws.cell(row=row, column=6), f"=MAX(0,C{row}-E{row})", HOURS)
        refs.demand_after[role.code] = sheet_ref(ws.title, row, 3)
        refs.capacity_after[role.code] = sheet_ref(ws.title, row, 5)
        refs.shortfall_after[role.code] = sheet_ref(ws.title, row, 6)
    total = first + len(plan.roles)
    put_text(ws.cell(row=total, column=1), "All roles")
    for col in range(2, 7):
        put_formula(ws.cell(row=total, column=col), f"=SUM({column_range(None, col, first, total - 1)})", HOURS)
    total_style(ws, total, 1, len(ROLE_HEADERS))
    refs.short_total = sheet_ref(ws.title, total, 6)
    return refs


def _sumproduct(rows: tuple[int, int]) -> str:
    """'+SUMPRODUCT((roles=A{row})*change in hours)' over the work rows, or '' when none."""
    first, last = rows
    if last < first:
        return ""
    keys = column_range(None, WORK_ROLE_COL, first, last)
    values = column_range(None, WORK_CHANGE_COL, first, last)
    return f"+SUMPRODUCT(({keys}=A{{row}})*{values})"
