"""The Workload sheet: hours by activity and role, demand and capacity by role, GP time use.

One row per activity and role able to do it: hours = items a week x share x minutes / 60.
Demand per role and GP hours per category are SUMPRODUCT formulas over those rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.worksheet.worksheet import Worksheet

from planner.model import CATEGORIES, CATEGORY_LABELS, PATIENT_FACING_CATEGORIES, Activity, Plan
from planner.workbook.cells import (
    HOURS,
    PERCENT,
    addr,
    column_range,
    header_row,
    put_formula,
    put_number,
    put_text,
    sheet_ref,
    title,
    widths,
)
from planner.workbook.team_sheet import TeamRefs

SHEET = "Workload"
HEADERS = ("Activity code", "Activity", "Category", "Role", "Items a week (activity)",
           "Share done by role", "Minutes per item", "Items a week (role)", "Hours a week")
ROLE_HEADERS = ("Role", "Demand (hours a week)", "Capacity (hours a week)", "Gap (hours a week)",
                "Utilisation")
HEADER_ROW = 4
SIDE_COL = 11  # column K: the by-role and by-category tables


@dataclass
class WorkloadRefs:
    """Absolute references by (activity code, role code), by role and by category."""

    items: dict[tuple[str, str], str] = field(default_factory=dict)
    minutes: dict[tuple[str, str], str] = field(default_factory=dict)
    hours: dict[tuple[str, str], str] = field(default_factory=dict)
    demand: dict[str, str] = field(default_factory=dict)
    capacity: dict[str, str] = field(default_factory=dict)
    gp_by_category: dict[str, str] = field(default_factory=dict)
    gp_bureaucracy: str = ""


def activity_roles(plan: Plan, activity: Activity) -> list[str]:
    """Roles with minutes or a share of ``activity``, in the plan's role order."""
    wanted = set(activity.minutes) | set(activity.split)
    return [r.code for r in plan.roles if r.code in wanted]


def write_workload(ws: Worksheet, plan: Plan, team: TeamRefs) -> WorkloadRefs:
    title(ws, "Workload", "Hours a week = items a week x share done by the role x minutes per "
          "item / 60. Shaded cells are inputs.")
    header_row(ws, HEADER_ROW, HEADERS)
    refs = WorkloadRefs()
    row = HEADER_ROW + 1
    for activity in plan.activities:
        row = _activity_rows(ws, plan, activity, row, refs)
    last = row - 1
    _by_role(ws, plan, team, last, refs)
    _gp_by_category(ws, plan, last, HEADER_ROW + len(plan.roles) + 3, refs)
    widths(ws, (16, 30, 24, 10, 12, 10, 10, 12, 12, 3, 24, 14, 14, 14, 12))
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    return refs


def _activity_rows(ws: Worksheet, plan: Plan, activity: Activity, row: int, refs: WorkloadRefs) -> int:
    first = row
    for role in activity_roles(plan, activity):
        put_text(ws.cell(row=row, column=1), activity.code)
        put_text(ws.cell(row=row, column=2), activity.name)
        put_text(ws.cell(row=row, column=3), CATEGORY_LABELS.get(activity.category, activity.category))
        put_text(ws.cell(row=row, column=4), role)
        if row == first:
            put_number(ws.cell(row=row, column=5), activity.volume_per_week, HOURS, editable=True)
        else:
            put_formula(ws.cell(row=row, column=5), f"={addr(first, 5)}", HOURS)
        put_number(ws.cell(row=row, column=6), activity.split.get(role, 0.0), PERCENT, editable=True)
        put_number(ws.cell(row=row, column=7), activity.minutes.get(role, 0.0), HOURS, editable=True)
        put_formula(ws.cell(row=row, column=8), f"=E{row}*F{row}", HOURS)
        put_formula(ws.cell(row=row, column=9), f"=E{row}*F{row}*G{row}/60", HOURS)
        key = (activity.code, role)
        refs.items[key] = sheet_ref(SHEET, row, 8)
        refs.minutes[key] = sheet_ref(SHEET, row, 7)
        refs.hours[key] = sheet_ref(SHEET, row, 9)
        row += 1
    return row


def _by_role(ws: Worksheet, plan: Plan, team: TeamRefs, last: int, refs: WorkloadRefs) -> None:
    header_row(ws, HEADER_ROW, ROLE_HEADERS, first_col=SIDE_COL)
    roles_col = column_range(None, 4, HEADER_ROW + 1, last)
    hours_col = column_range(None, 9, HEADER_ROW + 1, last)
    for row, role in enumerate(plan.roles, start=HEADER_ROW + 1):
        k = SIDE_COL
        put_text(ws.cell(row=row, column=k), role.code)
        demand = f"=SUMPRODUCT(({roles_col}={addr(row, k, False)})*{hours_col})" if last > HEADER_ROW else "=0"
        put_formula(ws.cell(row=row, column=k + 1), demand, HOURS)
        put_formula(ws.cell(row=row, column=k + 2), f"={team.capacity[role.code]}", HOURS)
        d, c = addr(row, k + 1, False), addr(row, k + 2, False)
        put_formula(ws.cell(row=row, column=k + 3), f"={c}-{d}", HOURS)
        put_formula(ws.cell(row=row, column=k + 4), f'=IF({c}>0,{d}/{c},"–")', PERCENT)
        refs.demand[role.code] = sheet_ref(SHEET, row, k + 1)
        refs.capacity[role.code] = sheet_ref(SHEET, row, k + 2)


def _gp_by_category(ws: Worksheet, plan: Plan, last: int, header: int, refs: WorkloadRefs) -> None:
    k = SIDE_COL
    gp = plan.assumptions.gp_role
    header_row(ws, header, ("Where GP time goes", f"{gp} hours a week"), first_col=k)
    gp_cell = next((addr(r, k) for r, role in enumerate(plan.roles, start=HEADER_ROW + 1)
                    if role.code == gp), None)
    cats_col = column_range(None, 3, HEADER_ROW + 1, last)
    roles_col = column_range(None, 4, HEADER_ROW + 1, last)
    hours_col = column_range(None, 9, HEADER_ROW + 1, last)
    bureaucracy = []
    for row, cat in enumerate(CATEGORIES, start=header + 1):
        put_text(ws.cell(row=row, column=k), CATEGORY_LABELS[cat])
        formula = "=0"
        if last > HEADER_ROW and gp_cell:
            formula = (f"=SUMPRODUCT(({cats_col}={addr(row, k, False)})*({roles_col}={gp_cell})"
                       f"*{hours_col})")
        put_formula(ws.cell(row=row, column=k + 1), formula, HOURS)
        refs.gp_by_category[cat] = sheet_ref(SHEET, row, k + 1)
        if cat not in PATIENT_FACING_CATEGORIES:
            bureaucracy.append(addr(row, k + 1, False))
    row = header + len(CATEGORIES) + 1
    put_text(ws.cell(row=row, column=k), "Bureaucracy (not appointments, triage or visits)")
    put_formula(ws.cell(row=row, column=k + 1), "=" + "+".join(bureaucracy), HOURS)
    refs.gp_bureaucracy = sheet_ref(SHEET, row, k + 1)
