"""Edits of the team: staff members and roles."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from planner.edits.values import ROLE_LABELS, STAFF_LABELS, as_number, as_optional_number, as_role, as_text, field_label
from planner.model import STAFF_GROUPS, Edit, Plan, Role, Staff


def _staff_at(plan: Plan, index: int) -> Staff:
    if not 0 <= index < len(plan.staff):
        raise ValueError(f"There is no staff member number {index + 1}.")
    return plan.staff[index]


def add_staff(plan: Plan, staff: Staff) -> Edit:
    """Add a staff member at the end of the team."""
    checked = Staff(as_text("name", staff.name), as_role(plan, staff.role),
                    as_number("weekly_hours", "hours", staff.weekly_hours),
                    as_optional_number("annual_salary", "salary", staff.annual_salary),
                    as_optional_number("hourly_rate", "hourly rate", staff.hourly_rate))
    return Edit(f"Add {checked.name}", plan, replace(plan, staff=plan.staff + (checked,)))


def remove_staff(plan: Plan, index: int) -> Edit:
    """Remove the staff member at ``index`` (0-based)."""
    gone = _staff_at(plan, index)
    return Edit(f"Remove {gone.name}", plan,
                replace(plan, staff=plan.staff[:index] + plan.staff[index + 1:]))


def set_staff_field(plan: Plan, index: int, field: str, value: object) -> Edit:
    """Change one field (name, role, weekly_hours, annual_salary, hourly_rate) of one staff member;
    an empty salary or hourly rate means none (the role's salary; employed, not paid by the hour)."""
    person = _staff_at(plan, index)
    label = field_label(field, STAFF_LABELS, "staff member")
    new: Any
    if field == "name":
        new = as_text(label, value)
    elif field == "role":
        new = as_role(plan, value)
    elif field in ("annual_salary", "hourly_rate"):
        new = as_optional_number(field, label, value)
    else:
        new = as_number(field, label, value)
    staff = list(plan.staff)
    staff[index] = replace(person, **{field: new})
    return Edit(f"Change {label} of {person.name}", plan, replace(plan, staff=tuple(staff)),
                f"staff.{index}.{field}")


def _role_index(plan: Plan, code: str) -> int:
    for i, role in enumerate(plan.roles):
        if role.code == code:
            return i
    raise ValueError(f"'{code}' is not a role of this plan.")


def _role_value(field: str, label: str, value: object) -> Any:
    if field == "title":
        return as_text(label, value)
    if field == "staff_group":
        if value not in STAFF_GROUPS:
            raise ValueError(f"Staff group must be one of {', '.join(STAFF_GROUPS)}, not {value!r}.")
        return value
    if field == "arrs_cap":
        return as_optional_number(field, label, value)
    return as_number(field, label, value)


def set_role_field(plan: Plan, code: str, field: str, value: object) -> Edit:
    """Change one field of a role (title, staff group, salary, leave, ARRS cap, supervision)."""
    if field == "code":
        raise ValueError("A role's code cannot be changed; change its title instead.")
    label = field_label(field, ROLE_LABELS, "role")
    i = _role_index(plan, code)
    roles = list(plan.roles)
    roles[i] = replace(roles[i], **{field: _role_value(field, label, value)})
    return Edit(f"Change {label} of {roles[i].title}", plan, replace(plan, roles=tuple(roles)),
                f"role.{code}.{field}")


def add_role(plan: Plan, role: Role) -> Edit:
    """Add a role with a code not used yet."""
    code = as_text("role code", role.code)
    if plan.role(code) is not None:
        raise ValueError(f"There is already a role with the code '{code}'.")
    checked = replace(role, code=code, **{f.name: _role_value(f.name, ROLE_LABELS[f.name],
                                                                getattr(role, f.name))
                                          for f in fields(Role) if f.name in ROLE_LABELS})
    return Edit(f"Add role {checked.title}", plan, replace(plan, roles=plan.roles + (checked,)))
