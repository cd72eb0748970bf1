"""Reading what a user typed into a field: numbers within the field's range, non-empty
text, a role given by code or title. Each failure is a ValueError a practice manager can read.
"""

from __future__ import annotations

import math

from planner.model import Plan
from planner.model.limits import NAME_MAX, NUMBER_LIMITS, text_problem

SPLIT_TOLERANCE = 1e-4


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
                "annual_salary": "salary", "hourly_rate": "hourly rate"}


ROLE_LABELS = {"title": "title", "staff_group": "staff group", "annual_salary": "salary",
               "leave_fraction": "leave", "arrs_cap": "ARRS cap",
               "supervision_gp_hours_per_wte_week": "supervision hours"}


ACTIVITY_LABELS = {"name": "name", "category": "category", "volume_per_week": "volume"}


def as_number(field: str, label: str, value: object) -> float:
    """``value`` (a number, or text such as "£1,234") as a number within the field's limit
    (planner.model.limits), or ValueError saying what is expected."""
    try:
        if isinstance(value, bool):
            raise TypeError
        v = float(str(value).replace(",", "").replace("£", "").strip()) if isinstance(value, str) \
            else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{label.capitalize()} must be a number, not {value!r}.") from None
    if not math.isfinite(v):
        raise ValueError(f"{label.capitalize()} must be a number, not {value!r}.")
    limit = NUMBER_LIMITS[field]
    rule = limit.rule_broken(v)
    if rule is not None:
        raise ValueError(f"{label.capitalize()} {rule}.")
    return int(v) if limit.integer else v


def as_optional_number(field: str, label: str, value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return as_number(field, label, value)


def as_text(label: str, value: object, longest: int = NAME_MAX) -> str:
    text = str(value).strip() if value is not None else ""
    if not text:
        raise ValueError(f"{label.capitalize()} cannot be empty.")
    why = text_problem(text, longest)
    if why is not None:
        raise ValueError(f"{label.capitalize()} {why}.")
    return text


def field_label(field: str, allowed: dict[str, str], what: str) -> str:
    if field not in allowed:
        raise ValueError(f"'{field}' is not a field of a {what}; expected one of {', '.join(allowed)}.")
    return allowed[field]


def as_role(plan: Plan, value: object) -> str:
    code = str(value).strip()
    for role in plan.roles:
        if code in (role.code, role.title):
            return role.code
    raise ValueError(f"'{value}' is not a role of this plan.")

