"""The Team sheet: roles (pay, leave, ARRS cap, supervision) and staff, with live capacity.

capacity[role] = staff hours of the role x (1 - leave share), as MODEL.md's Baseline.
Roles and staff rows name roles by their titles (planner.workbook.labels), never by code.
A person's own salary is printed for reference only: no MODEL.md figure uses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.worksheet.worksheet import Worksheet

from planner.excel.cells import (
    HOURS,
    MONEY,
    MONEY_PENCE,
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
from planner.model import Plan, Role
from planner.present.names import TIME_OFF
from planner.workbook.labels import role_labels
from planner.workbook.layout import finish

SHEET = "Team"
ROLE_HEADERS = ("Role", "Staff group", "Salary, full time (£ a year)",
                f"{TIME_OFF} (share of contracted time)", "ARRS cap per WTE (£ a year)",
                "GP supervision per WTE (hours a week)", "Staff hours a week",
                "Capacity (hours a week)")
STAFF_HEADERS = ("Name", "Role", "Hours a week", "Capacity (hours a week)",
                 "Own salary, full time (£ a year; blank: the role's)", "Paid by the hour (£ an hour; locum, agency)")
ROLE_HEADER_ROW = 5


@dataclass
class TeamRefs:
    """Absolute references to each role's cells, by role code."""

    salary: dict[str, str] = field(default_factory=dict)
    leave: dict[str, str] = field(default_factory=dict)
    arrs_cap: dict[str, str | None] = field(default_factory=dict)
    supervision: dict[str, str] = field(default_factory=dict)
    capacity: dict[str, str] = field(default_factory=dict)
    #: each person's cells by name (their hours, own salary and hourly rate), for changes of hours
    person_hours: dict[str, str] = field(default_factory=dict)
    person_salary: dict[str, str] = field(default_factory=dict)
    person_rate: dict[str, str] = field(default_factory=dict)


def write_team(ws: Worksheet, plan: Plan) -> TeamRefs:
    title(ws, "Team", "Yellow cells are inputs: change a person's hours or a role's leave and the "
          "capacity recalculates; a role's full-time salary, ARRS cap and supervision set the cost "
          "of new staff on the option sheets. Capacity = staff hours x (1 - leave and training). "
          "A person's own salary or hourly rate costs an option that changes their hours.",
          len(ROLE_HEADERS))
    first_role = ROLE_HEADER_ROW + 1
    staff_header = first_role + len(plan.roles) + 3
    first_staff = staff_header + 1
    section(ws, ROLE_HEADER_ROW - 1, "Roles")
    header_row(ws, ROLE_HEADER_ROW, ROLE_HEADERS, numbers_from=3)
    section(ws, staff_header - 1, "Staff")
    header_row(ws, staff_header, STAFF_HEADERS, numbers_from=3)
    refs = TeamRefs()
    labels = role_labels(plan)
    staff_rows = (first_staff, first_staff + len(plan.staff) - 1)
    for row, role in enumerate(plan.roles, start=first_role):
        _role_row(ws, row, labels[role.code], role, staff_rows)
        refs.salary[role.code] = sheet_ref(SHEET, row, 3)
        refs.leave[role.code] = sheet_ref(SHEET, row, 4)
        refs.arrs_cap[role.code] = None if role.arrs_cap is None else sheet_ref(SHEET, row, 5)
        refs.supervision[role.code] = sheet_ref(SHEET, row, 6)
        refs.capacity[role.code] = sheet_ref(SHEET, row, 8)
    _total(ws, first_role + len(plan.roles), first_role, (7, 8), len(ROLE_HEADERS), "All roles")
    _staff(ws, plan, first_staff, labels, {r.code: row for row, r in enumerate(plan.roles, start=first_role)})
    for row, person in enumerate(plan.staff, start=first_staff):
        refs.person_hours[person.name] = sheet_ref(SHEET, row, 3)
        refs.person_salary[person.name] = sheet_ref(SHEET, row, 5)
        refs.person_rate[person.name] = sheet_ref(SHEET, row, 6)
    _total(ws, first_staff + len(plan.staff), first_staff, (3, 4), len(STAFF_HEADERS), "All staff")
    widths(ws, (30, 30, 14, 14, 14, 15, 13, 13))
    ws.freeze_panes = ws.cell(row=3, column=2)
    finish(ws, plan.practice.name)
    return refs


def _role_row(ws: Worksheet, row: int, label: str, role: Role, staff_rows: tuple[int, int]) -> None:
    put_text(ws.cell(row=row, column=1), label)
    put_text(ws.cell(row=row, column=2), role.staff_group)
    put_number(ws.cell(row=row, column=3), role.annual_salary, MONEY, editable=True)
    put_number(ws.cell(row=row, column=4), role.leave_fraction, PERCENT, editable=True)
    put_number(ws.cell(row=row, column=5), role.arrs_cap, MONEY, editable=True)
    put_number(ws.cell(row=row, column=6), role.supervision_gp_hours_per_wte_week, HOURS, editable=True)
    first, last = staff_rows
    hours = (f"=SUMPRODUCT(({column_range(None, 2, first, last)}={addr(row, 1, False)})"
             f"*{column_range(None, 3, first, last)})") if last >= first else "=0"
    put_formula(ws.cell(row=row, column=7), hours, HOURS)
    put_formula(ws.cell(row=row, column=8), f"=G{row}*(1-D{row})", HOURS)


def _staff(ws: Worksheet, plan: Plan, first: int, labels: dict[str, str], role_rows: dict[str, int]) -> None:
    """One row per person: capacity = hours x (1 - the leave share of their role); their own
    salary and hourly rate (inputs, blank when none)."""
    for row, person in enumerate(plan.staff, start=first):
        put_text(ws.cell(row=row, column=1), person.name)
        put_text(ws.cell(row=row, column=2), labels.get(person.role, person.role)).alignment = WRAP
        put_number(ws.cell(row=row, column=3), person.weekly_hours, HOURS, editable=True)
        leave_row = role_rows.get(person.role)
        if leave_row is not None:
            put_formula(ws.cell(row=row, column=4), f"=C{row}*(1-{addr(leave_row, 4)})", HOURS)
        put_number(ws.cell(row=row, column=5), person.annual_salary, MONEY, editable=True)
        put_number(ws.cell(row=row, column=6), person.hourly_rate, MONEY_PENCE, editable=True)


def _total(ws: Worksheet, row: int, first: int, cols: tuple[int, ...], last_col: int, label: str) -> None:
    """A total row under rows ``first``..``row - 1`` summing the hours in columns ``cols``."""
    put_text(ws.cell(row=row, column=1), label)
    for col in cols:
        formula = f"=SUM({column_range(None, col, first, row - 1)})" if row > first else "=0"
        put_formula(ws.cell(row=row, column=col), formula, HOURS)
    total_style(ws, row, 1, last_col)
