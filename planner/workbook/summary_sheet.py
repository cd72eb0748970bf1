"""The Summary sheet: a one-page answer. Each option's headline figures beside doing nothing
(which frees nothing, costs nothing new and keeps today's shortfall), then today's GP time
and where it goes.

Each figure refers to the cell that computes it on the option's or the Workload sheet.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from planner.engine import safety_check
from planner.engine.results import PlanResults
from planner.model import CATEGORIES, CATEGORY_LABELS, FREED_TIME_USES, Plan
from planner.workbook.cells import (
    HEADER_FONT,
    HOURS,
    MONEY,
    header_row,
    put_formula,
    put_number,
    put_text,
    section,
    title,
    total_style,
    widths,
)
from planner.workbook.labels import role_labels
from planner.workbook.layout import finish
from planner.workbook.scenario_sheet import RESULT_LINES, TOTAL_LINES, ScenarioRefs
from planner.workbook.workload_sheet import WorkloadRefs

SHEET = "Summary"
RIGHT = Alignment(horizontal="right")
RIGHT_WRAP = Alignment(horizontal="right", vertical="top", wrap_text=True)
HEADER_ROW = 4
DO_NOTHING = "Do nothing"
OVER_YEARS, SHORT, CONTACTS = "net_benefit_over_years", "short_of_time_hours", "gp_contacts_per_day"
NO_FIGURE = ("cost_per_appointment_released", "payback_months")
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("GP time", ("gp_hours_freed_per_week", "gp_sessions_freed_per_week",
                 "gp_appointments_released_per_year", "gp_supervision_hours_per_week")),
    ("Money", ("employment_cost_per_year", "arrs_reimbursement_per_year", "net_cost_per_year",
               "gp_time_value_per_year", "net_benefit_per_year", "one_off_costs",
               "cost_per_appointment_released", "payback_months", OVER_YEARS)),
    ("Safe working", (SHORT, CONTACTS)),
)
Refs = dict[str, dict[str, str]]


def write_summary(ws: Worksheet, plan: Plan, results: PlanResults, work: WorkloadRefs,
                  scenarios: list[tuple[str, ScenarioRefs]]) -> tuple[Refs, dict[str, str]]:
    """Fill the Summary sheet; returns its cells by scenario name and key, and doing nothing's."""
    p, a = plan.practice, plan.assumptions
    last_col = 2 + len(scenarios)
    title(ws, p.name, f"{p.list_size:,} registered patients. Each option beside doing nothing. Every "
          "figure is a live formula: change an input on the Assumptions, Team, Workload or an option's "
          "sheet and it recalculates.", last_col)
    recommended = {s.name for s in plan.scenarios if s.recommended}
    header_row(ws, HEADER_ROW, ["Option", DO_NOTHING] + [  # (numbers under every option)
        name + (" (recommended)" if name in recommended else "") for name, _ in scenarios], numbers_from=2)
    uses = {s.name: FREED_TIME_USES.get(s.freed_time_use, "Not decided") for s in plan.scenarios}
    put_text(ws.cell(row=HEADER_ROW + 1, column=1), "What the freed GP time becomes")
    put_text(ws.cell(row=HEADER_ROW + 1, column=2), "–").alignment = RIGHT_WRAP
    for col, (name, _) in enumerate(scenarios, start=3):
        put_text(ws.cell(row=HEADER_ROW + 1, column=col), uses.get(name, "")).alignment = RIGHT_WRAP
    labels = _labels(a.projection_years, a.safe_contacts_per_gp_day)
    nothing = {SHORT: f"={work.short_total}", CONTACTS: safety_check(plan, results.baseline).gp_contacts_per_day}
    out: Refs = {name: {} for name, _ in scenarios}
    done: dict[str, str] = {}
    row = HEADER_ROW + 2
    for group, keys in GROUPS:
        put_text(ws.cell(row=row, column=1), group).font = HEADER_FONT
        for key in keys:
            row += 1
            put_text(ws.cell(row=row, column=1), labels[key][0])
            done[key] = _cell(ws, row, 2, nothing.get(key, "–" if key in NO_FIGURE else 0), labels[key][1])
            for col, (name, refs) in enumerate(scenarios, start=3):
                out[name][key] = _cell(ws, row, col, f"={_source(refs, key)}", labels[key][1])
            if key in TOTAL_LINES or key == OVER_YEARS:
                total_style(ws, row, 1, last_col)
        row += 2
    _today(ws, plan, work, row)
    widths(ws, [46] + [20] * (last_col - 1))
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    finish(ws, p.name, f"{HEADER_ROW}:{HEADER_ROW}", one_page=True)
    return out, done


def _labels(years: int, safe: float) -> dict[str, tuple[str, str]]:
    labels = {key: (label, fmt) for key, label, fmt, _ in RESULT_LINES}
    labels[OVER_YEARS] = (f"Net benefit over {years} years", MONEY)
    labels[SHORT] = ("Work with no time for it, all roles (hours a week)", HOURS)
    labels[CONTACTS] = (f"GP patient contacts a day (safe: at most {safe:g})", HOURS)
    return labels


def _source(refs: ScenarioRefs, key: str) -> str:
    if key == OVER_YEARS:
        return refs.projection["cumulative"][-1]
    if key == SHORT:
        return refs.short_total
    if key == CONTACTS:
        return refs.contacts_after
    return refs.results[key]


def _cell(ws: Worksheet, row: int, col: int, value: str | float | None, fmt: str) -> str:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str) and value.startswith("="):
        put_formula(cell, value, fmt)
    elif isinstance(value, str) or value is None:
        put_text(cell, value or "–")
    else:
        put_number(cell, value, fmt)
    cell.alignment = RIGHT
    return f"'{SHEET}'!{cell.coordinate}"


def _today(ws: Worksheet, plan: Plan, work: WorkloadRefs, row: int) -> None:
    gp = plan.assumptions.gp_role
    section(ws, row, "Today (hours a week)")
    demand, capacity = work.demand[gp], work.capacity[gp]
    today = (("GP hours needed a week", f"={demand}"), ("GP hours available a week", f"={capacity}"),
             ("GP hours short a week", f"=MAX(0,{demand}-{capacity})"),
             ("GP hours on bureaucracy a week", f"={work.gp_bureaucracy}"))
    for offset, (label, formula) in enumerate(today, start=1):
        put_text(ws.cell(row=row + offset, column=1), label)
        put_formula(ws.cell(row=row + offset, column=2), formula, HOURS)
    row += len(today) + 2
    section(ws, row, f"Where GP time goes today ({role_labels(plan).get(gp, gp)}, hours a week)")
    for offset, cat in enumerate(CATEGORIES, start=1):
        put_text(ws.cell(row=row + offset, column=1), CATEGORY_LABELS[cat])
        put_formula(ws.cell(row=row + offset, column=2), f"={work.gp_by_category[cat]}", HOURS)
    total = row + len(CATEGORIES) + 1
    put_text(ws.cell(row=total, column=1), "All GP work")
    put_formula(ws.cell(row=total, column=2), f"=SUM(B{row + 1}:B{total - 1})", HOURS)
    total_style(ws, total, 1, 2)
