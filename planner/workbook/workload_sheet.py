"""The Workload sheet: hours by activity and role, demand and capacity by role, GP time use.

One row per activity and role able to do it: hours = items a week x share x minutes / 60.
Demand per role and GP hours per category are SUMPRODUCT formulas over those rows, which
name roles by their titles (planner.workbook.labels).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from planner.appointments.provenance import imported, summary_line, volume_source
from planner.excel.cells import (
    HOURS,
    PERCENT,
    WRAP,
    addr,
    column_range,
    header_row,
    put_formula,
    put_number,
    put_text,
    section,
    sheet_ref,
    title,
    total_style,
    widths,
)
from planner.model import CATEGORIES, CATEGORY_LABELS, PATIENT_FACING_CATEGORIES, Activity, Plan
from planner.workbook.labels import role_labels
from planner.workbook.layout import finish
from planner.workbook.team_sheet import TeamRefs

SHEET = "Workload"
HEADERS = ("Activity", "Category", "Role", "Items a week (activity)", "Share done by role",
           "Minutes per item", "Items a week (role)", "Hours a week")
ROLE_HEADERS = ("Role", "Demand (hours a week)", "Capacity (hours a week)",
                "Spare hours a week (- when short)", "Short of time (hours a week)", "Utilisation")
HEADER_ROW = 4
ROLE_COL, HOURS_COL, CATEGORY_COL = 3, 8, 2
#: with the practice's appointment data imported (E9): where each volume comes from
SOURCE_HEADER, SOURCE_COL = "Items a week from", 9


def _data_note(plan: Plan) -> str:
    line = summary_line(plan)
    return f" {line}" if line else ""


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
    short_total: str = ""  # work with no time for it, all roles, hours a week


def activity_roles(plan: Plan, activity: Activity) -> list[str]:
    """Roles with minutes or a share of ``activity``, in the plan's role order."""
    wanted = set(activity.minutes) | set(activity.split)
    return [r.code for r in plan.roles if r.code in wanted]


def workload_rows(plan: Plan) -> int:
    return sum(len(activity_roles(plan, a)) for a in plan.activities)


def write_workload(ws: Worksheet, plan: Plan, team: TeamRefs) -> WorkloadRefs:
    last = HEADER_ROW + workload_rows(plan)
    headers = HEADERS + ((SOURCE_HEADER,) if imported(plan) else ())
    title(ws, "Workload", "Hours a week = items a week x share done by the role x minutes per "
          f"item / 60. Shaded cells are inputs. Hours by role and where GP time goes are below the "
          f"activities, from row {last + 3}.{_data_note(plan)}", len(headers))
    header_row(ws, HEADER_ROW, headers, numbers_from=4)
    if len(headers) > len(HEADERS):
        ws.cell(row=HEADER_ROW, column=SOURCE_COL).alignment = WRAP
    refs = WorkloadRefs()
    labels = role_labels(plan)
    row = HEADER_ROW + 1
    for activity in plan.activities:
        row = _activity_rows(ws, plan, activity, row, labels, refs)
    put_text(ws.cell(row=last + 1, column=1), "All activities")
    put_formula(ws.cell(row=last + 1, column=HOURS_COL),
                f"=SUM({column_range(None, HOURS_COL, HEADER_ROW + 1, last)})" if last > HEADER_ROW else "=0",
                HOURS)
    total_style(ws, last + 1, 1, len(HEADERS))
    ws.row_breaks.append(Break(id=last + 2))  # the tables by role print on a page of their own
    gp_header, gp_label = _by_role(ws, plan, team, last, last + 3, refs)
    _gp_by_category(ws, plan, last, (gp_header, gp_label), refs)
    widths(ws, (46, 24, 30, 12, 11, 11, 12, 12, 40))
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    finish(ws, plan.practice.name, f"{HEADER_ROW}:{HEADER_ROW}")
    return refs


def _activity_rows(ws: Worksheet, plan: Plan, activity: Activity, row: int, labels: dict[str, str],
                   refs: WorkloadRefs) -> int:
    first = row
    for role in activity_roles(plan, activity):
        put_text(ws.cell(row=row, column=1), activity.name).alignment = WRAP
        put_text(ws.cell(row=row, column=2), CATEGORY_LABELS.get(activity.category, activity.category)).alignment = WRAP
        put_text(ws.cell(row=row, column=3), labels[role]).alignment = WRAP
        if row == first:
            put_number(ws.cell(row=row, column=4), activity.volume_per_week, HOURS, editable=True)
            if imported(plan):
                put_text(ws.cell(row=row, column=SOURCE_COL), volume_source(plan, activity).text).alignment = WRAP
        else:
            put_formula(ws.cell(row=row, column=4), f"={addr(first, 4)}", HOURS)
        put_number(ws.cell(row=row, column=5), activity.split.get(role, 0.0), PERCENT, editable=True)
        put_number(ws.cell(row=row, column=6), activity.minutes.get(role, 0.0), HOURS, editable=True)
        put_formula(ws.cell(row=row, column=7), f"=D{row}*E{row}", HOURS)
        put_formula(ws.cell(row=row, column=8), f"=D{row}*E{row}*F{row}/60", HOURS)
        key = (activity.code, role)
        refs.items[key] = sheet_ref(SHEET, row, 7)
        refs.minutes[key] = sheet_ref(SHEET, row, 6)
        refs.hours[key] = sheet_ref(SHEET, row, 8)
        row += 1
    return row


def _by_role(ws: Worksheet, plan: Plan, team: TeamRefs, last: int, title_row: int,
             refs: WorkloadRefs) -> tuple[int, str | None]:
    """Demand, capacity and shortfall by role from ``title_row``; returns the next free row
    and the cell holding the GP role's label (None when the plan has no such role)."""
    section(ws, title_row, "Hours a week by role")
    header_row(ws, title_row + 1, ROLE_HEADERS, numbers_from=2)
    roles_col = column_range(None, ROLE_COL, HEADER_ROW + 1, last)
    hours_col = column_range(None, HOURS_COL, HEADER_ROW + 1, last)
    labels = role_labels(plan)
    first = title_row + 2
    for row, role in enumerate(plan.roles, start=first):
        put_text(ws.cell(row=row, column=1), labels[role.code])
        demand = f"=SUMPRODUCT(({roles_col}=A{row})*{hours_col})" if last > HEADER_ROW else "=0"
        put_formula(ws.cell(row=row, column=2), demand, HOURS)
        put_formula(ws.cell(row=row, column=3), f"={team.capacity[role.code]}", HOURS)
        put_formula(ws.cell(row=row, column=4), f"=C{row}-B{row}", HOURS)
        put_formula(ws.cell(row=row, column=5), f"=MAX(0,B{row}-C{row})", HOURS)
        put_formula(ws.cell(row=row, column=6), f'=IF(C{row}>0.000001,B{row}/C{row},"–")', PERCENT)
        refs.demand[role.code] = sheet_ref(SHEET, row, 2)
        refs.capacity[role.code] = sheet_ref(SHEET, row, 3)
    total = first + len(plan.roles)
    put_text(ws.cell(row=total, column=1), "All roles")
    for col in range(2, 6):
        put_formula(ws.cell(row=total, column=col), f"=SUM({column_range(None, col, first, total - 1)})", HOURS)
    total_style(ws, total, 1, len(ROLE_HEADERS))
    refs.short_total = sheet_ref(SHEET, total, 5)
    codes = [r.code for r in plan.roles]
    gp = plan.assumptions.gp_role
    return total + 2, addr(first + codes.index(gp), 1) if gp in codes else None


def _gp_by_category(ws: Worksheet, plan: Plan, last: int, where: tuple[int, str | None],
                    refs: WorkloadRefs) -> None:
    """GP hours by category from row ``where[0]``; ``where[1]`` is the GP label cell."""
    title_row, gp_cell = where
    gp = plan.assumptions.gp_role
    gp_label = role_labels(plan).get(gp, gp)
    section(ws, title_row, f"Where GP time goes ({gp_label}, hours a week)")
    header_row(ws, title_row + 1, ("Category", "GP hours a week"), numbers_from=2)
    cats_col = column_range(None, CATEGORY_COL, HEADER_ROW + 1, last)
    roles_col = column_range(None, ROLE_COL, HEADER_ROW + 1, last)
    hours_col = column_range(None, HOURS_COL, HEADER_ROW + 1, last)
    first = title_row + 2
    bureaucracy = []
    for row, cat in enumerate(CATEGORIES, start=first):
        put_text(ws.cell(row=row, column=1), CATEGORY_LABELS[cat])
        formula = "=0"
        if last > HEADER_ROW and gp_cell:
            formula = f"=SUMPRODUCT(({cats_col}=A{row})*({roles_col}={gp_cell})*{hours_col})"
        put_formula(ws.cell(row=row, column=2), formula, HOURS)
        refs.gp_by_category[cat] = sheet_ref(SHEET, row, 2)
        if cat not in PATIENT_FACING_CATEGORIES:
            bureaucracy.append(f"B{row}")
    total = first + len(CATEGORIES)
    put_text(ws.cell(row=total, column=1), "All GP work")
    put_formula(ws.cell(row=total, column=2), f"=SUM({column_range(None, 2, first, total - 1)})", HOURS)
    total_style(ws, total, 1, 2)
    put_text(ws.cell(row=total + 1, column=1),
             "of which bureaucracy (not appointments, triage or visits)").alignment = WRAP
    put_formula(ws.cell(row=total + 1, column=2), "=" + "+".join(bureaucracy), HOURS)
    refs.gp_bureaucracy = sheet_ref(SHEET, total + 1, 2)

