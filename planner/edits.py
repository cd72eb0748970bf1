"""User edits of a plan as pure values: each function takes a plan and returns an Edit
(label, plan before, plan after). The desktop app pushes Edits on its undo stack; nothing
here knows about Qt. A value that can never be right raises ValueError with a message a
practice manager can read."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from planner.model import CATEGORIES, CATEGORY_LABELS, STAFF_GROUPS, Assumptions, Plan, Role, Staff

if TYPE_CHECKING:
    from planner.audit import AuditResult

SPLIT_TOLERANCE = 1e-4


@dataclass(frozen=True)
class Edit:
    label: str  # what Undo shows: "Change hours of Dr A Patel"
    before: Plan
    after: Plan
    #: edits with the same non-empty key, one after another, may merge into one undo step
    key: str = ""

    @property
    def changes_nothing(self) -> bool:
        return self.before == self.after


PRACTICE_LABELS = {"name": "practice name", "list_size": "list size",
                   "weeks_per_year": "weeks per year", "consulting_rooms": "consulting rooms"}

ASSUMPTION_LABELS = {
    "session_hours": "session length", "wte_hours": "full-time hours",
    "employer_ni_rate": "employer NI rate", "employer_ni_threshold": "employer NI threshold",
    "employer_pension_rate": "employer pension rate",
    "gp_appointment_minutes": "GP appointment length", "gp_hour_value": "value of a GP hour",
    "gp_role": "GP role", "pay_award_rate": "yearly pay award",
    "list_growth_rate": "yearly list growth", "projection_years": "projection years",
    "safe_contacts_per_gp_day": "safe patient contacts a GP day",
    "room_sessions_per_week": "sessions a room is used a week",
}

STAFF_LABELS = {"name": "name", "role": "role", "weekly_hours": "hours",
                "annual_salary": "salary"}

ROLE_LABELS = {"title": "title", "staff_group": "staff group", "annual_salary": "salary",
               "leave_fraction": "leave", "arrs_cap": "ARRS cap",
               "supervision_gp_hours_per_wte_week": "supervision hours"}

ACTIVITY_LABELS = {"name": "name", "category": "category", "volume_per_week": "volume"}

#: (lowest, highest, lowest excluded) for each numeric field, shared by every kind of thing
_RANGES: dict[str, tuple[float, float | None, bool]] = {
    "list_size": (0, None, False), "weeks_per_year": (0, 53, True),
    "consulting_rooms": (0, 500, False),
    "session_hours": (0, 24, True), "wte_hours": (0, 168, True),
    "employer_ni_rate": (0, 1, False), "employer_ni_threshold": (0, None, False),
    "employer_pension_rate": (0, 1, False), "gp_appointment_minutes": (0, None, True),
    "gp_hour_value": (0, None, False), "pay_award_rate": (-0.5, 1, False),
    "list_growth_rate": (-0.5, 1, False), "projection_years": (1, 10, False),
    "safe_contacts_per_gp_day": (0, None, True), "room_sessions_per_week": (0, 50, True),
    "weekly_hours": (0, 168, False), "annual_salary": (0, None, False),
    "leave_fraction": (0, 0.99, False), "arrs_cap": (0, None, False),
    "supervision_gp_hours_per_wte_week": (0, 168, False), "volume_per_week": (0, None, False),
    "minutes": (0, None, False),
}
_INTEGERS = {"list_size", "consulting_rooms", "projection_years"}


def _number(field: str, label: str, value: object) -> float:
    """``value`` as a number within the field's range, or ValueError saying what is expected."""
    try:
        if isinstance(value, bool):
            raise TypeError
        v = float(str(value).replace(",", "").replace("£", "").strip()) if isinstance(value, str) \
            else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{label.capitalize()} must be a number, not {value!r}.") from None
    if not math.isfinite(v):
        raise ValueError(f"{label.capitalize()} must be a number, not {value!r}.")
    low, high, low_open = _RANGES.get(field, (0, None, False))
    if (v <= low) if low_open else (v < low):
        raise ValueError(f"{label.capitalize()} must be {'above' if low_open else 'at least'} {low:g}.")
    if high is not None and v > high:
        raise ValueError(f"{label.capitalize()} must be at most {high:g}.")
    if field in _INTEGERS:
        if v != int(v):
            raise ValueError(f"{label.capitalize()} must be a whole number.")
        return int(v)
    return v


def _optional_number(field: str, label: str, value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _number(field, label, value)


def _text(label: str, value: object) -> str:
    text = str(value).strip() if value is not None else ""
    if not text:
        raise ValueError(f"{label.capitalize()} cannot be empty.")
    return text


def _check_field(field: str, allowed: dict[str, str], what: str) -> str:
    if field not in allowed:
        raise ValueError(f"'{field}' is not a field of a {what}; expected one of {', '.join(allowed)}.")
    return allowed[field]


def _role_code(plan: Plan, value: object) -> str:
    code = str(value).strip()
    for role in plan.roles:
        if code in (role.code, role.title):
            return role.code
    raise ValueError(f"'{value}' is not a role of this plan.")


# --- practice and assumptions -------------------------------------------------------------


def set_practice(plan: Plan, field: str, value: object) -> Edit:
    """Change the practice's name, list size, weeks per year or consulting rooms."""
    label = _check_field(field, PRACTICE_LABELS, "practice")
    new: Any = _text(label, value) if field == "name" else _number(field, label, value)
    after = replace(plan, practice=replace(plan.practice, **{field: new}))
    return Edit(f"Change {label}", plan, after, f"practice.{field}")


def set_assumption(plan: Plan, key: str, value: object) -> Edit:
    """Override one assumption (session length, NI rate, GP role...)."""
    label = _check_field(key, ASSUMPTION_LABELS, "set of assumptions")
    new: Any = _role_code(plan, value) if key == "gp_role" else _number(key, label, value)
    after = replace(plan, assumptions=replace(plan.assumptions, **{key: new}))
    return Edit(f"Change {label}", plan, after, f"assumption.{key}")


def default_assumption(key: str) -> Any:
    """The shipped value of one assumption: the cited reference figure where there is one."""
    try:
        from planner.reference import default_assumptions
    except ImportError:
        return getattr(Assumptions(), key)
    return getattr(default_assumptions(), key)


def reset_assumption(plan: Plan, key: str) -> Edit:
    """Put one assumption back to its shipped (cited) value."""
    label = _check_field(key, ASSUMPTION_LABELS, "set of assumptions")
    after = replace(plan, assumptions=replace(plan.assumptions, **{key: default_assumption(key)}))
    return Edit(f"Reset {label}", plan, after)


# --- staff --------------------------------------------------------------------------------


def _staff_at(plan: Plan, index: int) -> Staff:
    if not 0 <= index < len(plan.staff):
        raise ValueError(f"There is no staff member number {index + 1}.")
    return plan.staff[index]


def add_staff(plan: Plan, staff: Staff) -> Edit:
    """Add a staff member at the end of the team."""
    checked = Staff(_text("name", staff.name), _role_code(plan, staff.role),
                    _number("weekly_hours", "hours", staff.weekly_hours),
                    _optional_number("annual_salary", "salary", staff.annual_salary))
    return Edit(f"Add {checked.name}", plan, replace(plan, staff=plan.staff + (checked,)))


def remove_staff(plan: Plan, index: int) -> Edit:
    """Remove the staff member at ``index`` (0-based)."""
    gone = _staff_at(plan, index)
    return Edit(f"Remove {gone.name}", plan,
                replace(plan, staff=plan.staff[:index] + plan.staff[index + 1:]))


def set_staff_field(plan: Plan, index: int, field: str, value: object) -> Edit:
    """Change one field (name, role, weekly_hours, annual_salary) of one staff member."""
    person = _staff_at(plan, index)
    label = _check_field(field, STAFF_LABELS, "staff member")
    new: Any
    if field == "name":
        new = _text(label, value)
    elif field == "role":
        new = _role_code(plan, value)
    elif field == "annual_salary":
        new = _optional_number(field, label, value)
    else:
        new = _number(field, label, value)
    staff = list(plan.staff)
    staff[index] = replace(person, **{field: new})
    return Edit(f"Change {label} of {person.name}", plan, replace(plan, staff=tuple(staff)),
                f"staff.{index}.{field}")


# --- roles --------------------------------------------------------------------------------


def _role_index(plan: Plan, code: str) -> int:
    for i, role in enumerate(plan.roles):
        if role.code == code:
            return i
    raise ValueError(f"'{code}' is not a role of this plan.")


def _role_value(field: str, label: str, value: object) -> Any:
    if field == "title":
        return _text(label, value)
    if field == "staff_group":
        if value not in STAFF_GROUPS:
            raise ValueError(f"Staff group must be one of {', '.join(STAFF_GROUPS)}, not {value!r}.")
        return value
    if field == "arrs_cap":
        return _optional_number(field, label, value)
    return _number(field, label, value)


def set_role_field(plan: Plan, code: str, field: str, value: object) -> Edit:
    """Change one field of a role (title, staff group, salary, leave, ARRS cap, supervision)."""
    if field == "code":
        raise ValueError("A role's code cannot be changed; change its title instead.")
    label = _check_field(field, ROLE_LABELS, "role")
    i = _role_index(plan, code)
    roles = list(plan.roles)
    roles[i] = replace(roles[i], **{field: _role_value(field, label, value)})
    return Edit(f"Change {label} of {roles[i].title}", plan, replace(plan, roles=tuple(roles)),
                f"role.{code}.{field}")


def add_role(plan: Plan, role: Role) -> Edit:
    """Add a role with a code not used yet."""
    code = _text("role code", role.code)
    if plan.role(code) is not None:
        raise ValueError(f"There is already a role with the code '{code}'.")
    checked = replace(role, code=code, **{f.name: _role_value(f.name, ROLE_LABELS[f.name],
                                                                getattr(role, f.name))
                                          for f in fields(Role) if f.name in ROLE_LABELS})
    return Edit(f"Add role {checked.title}", plan, replace(plan, roles=plan.roles + (checked,)))


# --- activities ---------------------------------------------------------------------------


def _activity_index(plan: Plan, code: str) -> int:
    for i, activity in enumerate(plan.activities):
        if activity.code == code:
            return i
    raise ValueError(f"'{code}' is not an activity of this plan.")


def _with_activity(plan: Plan, code: str, label: str, key: str = "", **changes: object) -> Edit:
    i = _activity_index(plan, code)
    activities = list(plan.activities)
    activities[i] = replace(activities[i], **changes)  # type: ignore[arg-type]
    return Edit(label.format(activity=activities[i].name if "name" not in changes
                             else plan.activities[i].name),
                plan, replace(plan, activities=tuple(activities)), key)


def set_activity_field(plan: Plan, code: str, field: str, value: object) -> Edit:
    """Change an activity's name, category or weekly volume."""
    label = _check_field(field, ACTIVITY_LABELS, "activity")
    new: Any
    if field == "name":
        new = _text(label, value)
    elif field == "category":
        new = next((c for c in CATEGORIES if value in (c, CATEGORY_LABELS[c])), None)
        if new is None:
            raise ValueError(f"Category must be one of {', '.join(CATEGORY_LABELS.values())}, "
                             f"not {value!r}.")
    else:
        new = _number(field, label, value)
    return _with_activity(plan, code, f"Change {label} of {{activity}}", f"activity.{code}.{field}",
                          **{field: new})


def set_activity_minutes(plan: Plan, code: str, role: str, minutes: object | None) -> Edit:
    """Minutes per item for ``role`` on an activity; None means the role cannot do it."""
    activity = plan.activities[_activity_index(plan, code)]
    role = _role_code(plan, role)
    new = dict(activity.minutes)
    if minutes is None or (isinstance(minutes, str) and not minutes.strip()):
        if activity.split.get(role, 0) > 0:
            raise ValueError(f"{_title(plan, role)} does {activity.split[role]:.0%} of "
                             f"'{activity.name}' now; give that share to another role first.")
        new.pop(role, None)
        split = {r: s for r, s in activity.split.items() if r != role}
        return _with_activity(plan, code, f"Remove {_title(plan, role)} from {{activity}}",
                              minutes=new, split=split)
    new[role] = _number("minutes", "minutes", minutes)
    return _with_activity(plan, code, f"Change {_title(plan, role)} minutes of {{activity}}",
                          f"activity.{code}.minutes.{role}", minutes=new)


def set_activity_split(plan: Plan, code: str, split: dict[str, float]) -> Edit:
    """Who does the work now: shares by role, each 0..1, adding up to 1 (zeros dropped)."""
    activity = plan.activities[_activity_index(plan, code)]
    new: dict[str, float] = {}
    for role, share in split.items():
        role = _role_code(plan, role)
        value = _number("share", f"share of {_title(plan, role)}", share)
        if value > 1:
            raise ValueError(f"Share of {_title(plan, role)} must be at most 1 (100%).")
        if value and role not in activity.minutes:
            raise ValueError(f"{_title(plan, role)} has no minutes for '{activity.name}'; "
                             "give it minutes first.")
        if value:
            new[role] = value
    total = sum(new.values())
    if abs(total - 1) > SPLIT_TOLERANCE:
        raise ValueError(f"The shares of '{activity.name}' add up to {total:.0%}; "
                         "they must add up to 100%.")
    return _with_activity(plan, code, "Change who does {activity}", f"activity.{code}.split",
                          split=new)


def set_activity_share(plan: Plan, code: str, role: str, share: object) -> Edit:
    """Set the share of an activity one role does now; the other roles doing it keep their
    proportions of the rest. With nobody else doing it, the rest goes to the one other role
    that has minutes for it (or ValueError asking who does it)."""
    activity = plan.activities[_activity_index(plan, code)]
    role = _role_code(plan, role)
    value = _number("share", f"share of {_title(plan, role)}", share)
    if value > 1:
        raise ValueError(f"Share of {_title(plan, role)} must be at most 100%.")
    others = {r: s for r, s in activity.split.items() if r != role and s > 0}
    rest = 1 - value
    if others:
        total = sum(others.values())
        new = {r: rest * s / total for r, s in others.items()}
    elif rest <= SPLIT_TOLERANCE:
        new = {}
    else:
        able = [r for r in activity.minutes if r != role]
        if len(able) != 1:
            raise ValueError(f"Who does the other {rest:.0%} of '{activity.name}'? "
                             "Set that role's share first.")
        new = {able[0]: rest}
    return set_activity_split(plan, code, {**new, role: value})


def _title(plan: Plan, code: str) -> str:
    role = plan.role(code)
    return role.title if role else code


# --- whole plan ---------------------------------------------------------------------------


def replace_plan(before: Plan, after: Plan, label: str) -> Edit:
    """A whole new plan as one step (a rota import, a paste of many cells)."""
    return Edit(label, before, after)


# --- the practice's appointment audit (extension E6) --------------------------------------


def import_audit(plan: Plan, result: AuditResult, file_name: str) -> Edit:
    """The audit's shares of GP appointments saved in the plan, replacing any earlier audit,
    as one step. ValueError (planner.audit.AuditError) when it has no GP appointments."""
    from planner.audit import apply_audit

    return Edit(f"Import appointment audit {file_name}", plan, apply_audit(plan, result, file_name))


def use_national_shares(plan: Plan) -> Edit:
    """Forget the practice's audit: the national Making Time shares apply again."""
    from planner.audit import EXTRAS_KEY

    extras = {k: v for k, v in plan.extras.items() if k != EXTRAS_KEY}
    return Edit("Use the national figures for avoidable appointments", plan,
                replace(plan, extras=extras))
