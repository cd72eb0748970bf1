"""The team: one row per staff member (name, role, hours, salary), editable."""

from __future__ import annotations

from planner import edits
from planner.model import Edit, Plan, Staff
from planner.present import format as fmt
from ui.models.table import Column, ColumnTableModel


def _set(field: str):  # type: ignore[no-untyped-def]
    def edit(plan: Plan, number: int, _row: Staff, value: object) -> Edit:
        return edits.set_staff_field(plan, number, field, value)
    return edit


class StaffTableModel(ColumnTableModel[Staff]):
    def rows(self) -> list[Staff]:
        return list(self.document.plan.staff)

    def _role_title(self, code: str) -> str:
        role = self.document.plan.role(code)
        return role.title if role else f"{code} (not a role of this plan)"

    def _salary(self, person: Staff) -> float | None:
        if person.annual_salary is not None:
            return person.annual_salary
        role = self.document.plan.role(person.role)
        return role.annual_salary if role else None

    def columns(self) -> list[Column[Staff]]:
        return [
            Column("name", "Name", lambda s: s.name, edit=_set("name")),
            Column("role", "Role", lambda s: self._role_title(s.role), edit=_set("role"),
                   choices=lambda plan: [r.title for r in plan.roles],
                   warn=lambda s: self.document.plan.role(s.role) is None),
            Column("weekly_hours", "Hours\na week", lambda s: s.weekly_hours, fmt.hours,
                   edit=_set("weekly_hours"), edit_text=lambda v: f"{v:g}", numeric=True,
                   tip="Contracted or rostered hours in an average week, leave included"),
            Column("annual_salary", "Full-time\nsalary", self._salary, fmt.money,
                   edit=_set("annual_salary"),
                   edit_text=lambda v: "" if v is None else f"{v:.0f}", numeric=True,
                   tip="Full-time basic pay. Leave blank to use the role's salary.",
                   muted=lambda s: s.annual_salary is None,
                   cell_tip=lambda s: "The role's salary (type a figure to set this person's own)"
                   if s.annual_salary is None else "This person's own full-time salary"),
            Column("hourly_rate", "Paid by\nthe hour", lambda s: s.hourly_rate, fmt.pence,
                   edit=_set("hourly_rate"),
                   edit_text=lambda v: "" if v is None else f"{v:.2f}", numeric=True,
                   tip="For a locum, agency or bank worker: pounds an hour (no employer NI or pension). "
                       "Blank: employed on a salary. An option that changes their hours is costed at this rate."),
        ]
