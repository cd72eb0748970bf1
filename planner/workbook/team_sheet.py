"""The Team sheet: roles (pay, leave, ARRS cap, supervision) and staff, with live capacity.

capacity[role] = staff hours of the role x (1 - leave share), as MODEL.md's Baseline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.worksheet.worksheet import Worksheet

from planner.model import Plan
from planner.workbook.cells import (
    HOURS,
    MONEY,
    PERCENT,
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

SHEET = "Team"
ROLE_HEADERS = ("Code", "Title", "Staff group", "Salary, full time (£ a year)",
                "Leave and training (share of time)", "ARRS cap per WTE (£ a year)",
                "GP supervision per WTE (hours a week)", "Staff hours a week",
                "Capacity (hours a week)")
STAFF_HEADERS = ("Name", "Role", "Hours a week", "Own salary (£ a year)", "Capacity (hours a week)")
ROLE_HEADER_ROW = 5


@dataclass
class TeamRefs:
    """Absolute references to each role's cells, by role code."""

    salary: dict[str, str] = field(default_factory=dict)
    leave: dict[str, str] = field(default_factory=dict)
    arrs_cap: dict[str, str | None] = field(default_factory=dict)
    supervision: dict[str, str] = field(default_factory=dict)
    capacity: dict[str, str] = field(default_factory=dict)


def write_team(ws: Worksheet, plan: Plan) -> TeamRefs:
    title(ws, "Team", "Shaded cells are inputs: change hours, salaries or leave and the "
          "capacity and costs recalculate.")
    first_role = ROLE_HEADER_ROW + 1
    staff_header = first_role + len(plan.roles) + 2
    first_staff = staff_header + 1
    last_staff = first_staff + len(plan.staff) - 1
    section(ws, ROLE_HEADER_ROW - 1, "Roles")
    header_row(ws, ROLE_HEADER_ROW, ROLE_HEADERS)
    section(ws, staff_header - 1, "Staff")
    header_row(ws, staff_header, STAFF_HEADERS)
    refs = TeamRefs()
    role_rows: dict[str, int] = {}
    for row, role in enumerate(plan.roles, start=first_role):
        role_rows[role.code] = row
        put_text(ws.cell(row=row, column=1), role.code)
        put_text(ws.cell(row=row, column=2), role.title)
        put_text(ws.cell(row=row, column=3), role.staff_group)
        put_number(ws.cell(row=row, column=4), role.annual_salary, MONEY, editable=True)
        put_number(ws.cell(row=row, column=5), role.leave_fraction, PERCENT, editable=True)
        put_number(ws.cell(row=row, column=6), role.arrs_cap, MONEY, editable=True)
        put_number(ws.cell(row=row, column=7), role.supervision_gp_hours_per_wte_week, HOURS,
                   editable=True)
        hours = (f"=SUMPRODUCT(({column_range(None, 2, first_staff, last_staff)}={addr(row, 1, False)})"
                 f"*{column_range(None, 3, first_staff, last_staff)})") if plan.staff else "=0"
        put_formula(ws.cell(row=row, column=8), hours, HOURS)
        put_formula(ws.cell(row=row, column=9), f"=H{row}*(1-E{row})", HOURS)
        refs.salary[role.code] = sheet_ref(SHEET, row, 4)
        refs.leave[role.code] = sheet_ref(SHEET, row, 5)
        refs.arrs_cap[role.code] = None if role.arrs_cap is None else sheet_ref(SHEET, row, 6)
        refs.supervision[role.code] = sheet_ref(SHEET, row, 7)
        refs.capacity[role.code] = sheet_ref(SHEET, row, 9)
    _staff(ws, plan, first_staff, role_rows)
    widths(ws, (26, 28, 20, 16, 14, 16, 16, 14, 14))
    ws.freeze_panes = ws.cell(row=ROLE_HEADER_ROW + 1, column=2)
    return refs


def _staff(ws: Worksheet, plan: Plan, first: int, role_rows: dict[str, int]) -> None:
    """One row per person: capacity = hours x (1 - the leave share of their role)."""
    for row, person in enumerate(plan.staff, start=first):
        put_text(ws.cell(row=row, column=1), person.name)
        put_text(ws.cell(row=row, column=2), person.role)
        put_number(ws.cell(row=row, column=3), person.weekly_hours, HOURS, editable=True)
        put_number(ws.cell(row=row, column=4), person.annual_salary, MONEY, editable=True)
        leave_row = role_rows.get(person.role)
        if leave_row is not None:
            put_formula(ws.cell(row=row, column=5), f"=C{row}*(1-{addr(leave_row, 5)})", HOURS)
