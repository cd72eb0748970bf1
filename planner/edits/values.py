"""Reading what a user typed into a field: numbers within the field's range, non-empty
text, a role given by code or title. Each failure is a ValueError a practice manager can read.
"""

from __future__ import annotations

import math

from planner.model import Plan

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


def as_number(field: str, label: str, value: object) -> float:
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


def as_optional_number(field: str, label: str, value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return as_number(field, label, value)


def as_text(label: str, value: object) -> str:
    text = str(value).strip() if value is not None else ""
    if not text:
        raise ValueError(f"{label.capitalize()} cannot be empty.")
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

