"""Check a plan before computing it: every problem names the thing and the field."""

from __future__ import annotations

from collections.abc import Iterable

from planner.engine.problems import Problem
from planner.model import (
    CATEGORIES,
    FREED_TIME_USES,
    STAFF_GROUPS,
    Avoid,
    ChangeHours,
    Hire,
    Plan,
    Retime,
    Scenario,
    Shift,
)
from planner.model.extras import AUDIT_KEY, audit_problem
from planner.model.limits import CODE_MAX, DESCRIPTION_MAX, NAME_MAX, NUMBER_LIMITS, text_problem
from planner.model.scenario import Change

SPLIT_TOLERANCE = 1e-4


def _cut(value: object) -> str:
    """User text as a problem shows it: at most a name's length (a damaged file may hold a
    megabyte of it, and a message must stay one readable line)."""
    text = str(value)
    return text if len(text) <= NAME_MAX else text[:NAME_MAX] + "…"


def _q(value: object) -> str:
    return f"'{_cut(value)}'"


def _number(where: str, name: str, value: object, field: str | None = None) -> list[Problem]:
    """A problem when ``value`` is not a number within the limit of ``field`` (default: the
    field ``name``; see planner.model.limits)."""
    why = NUMBER_LIMITS[field or name].problem(value)
    return [Problem(where, name, why)] if why else []


def _text(where: str, name: str, value: object, longest: int = NAME_MAX) -> list[Problem]:
    why = text_problem(value, longest)
    return [Problem(where, name, why)] if why else []


def _duplicates(kind: str, codes: Iterable[str]) -> list[Problem]:
    seen: set[str] = set()
    out = []
    for code in codes:
        why = text_problem(code, CODE_MAX if kind != "scenario" else NAME_MAX)
        if why:
            out.append(Problem(kind, "code" if kind != "scenario" else "name", why))
        elif not code.strip():
            out.append(Problem(kind, "code", "is empty"))
        elif code in seen:
            out.append(Problem(f"{kind} {_q(code)}", "code", "is used more than once"))
        seen.add(code)
    return out


def validate_plan(plan: Plan) -> list[Problem]:
    """All problems in ``plan``; an empty list means the engine can compute it."""
    problems = _practice(plan) + _roles(plan)
    roles = {r.code for r in plan.roles}
    problems += _assumptions(plan, roles) + _staff(plan, roles) + _activities(plan, roles)
    problems += _duplicates("scenario", (s.name for s in plan.scenarios))
    for s in plan.scenarios:
        problems += _text(f"scenario {_q(s.name)}", "description", s.description, DESCRIPTION_MAX)
        if s.freed_time_use and s.freed_time_use not in FREED_TIME_USES:
            problems.append(Problem(f"scenario {_q(s.name)}", "freed_time_use",
                                    f"{_q(s.freed_time_use)} is not one of {', '.join(FREED_TIME_USES)}"))
    for scenario in plan.scenarios:
        problems += validate_scenario(plan, scenario)
    return problems + _extras(plan)


def _extras(plan: Plan) -> list[Problem]:
    """The saved settings figures depend on: the edition, London weighting, the audit."""
    from planner.reference import validate_extras

    out = []
    try:
        validate_extras(plan.extras, "extras")
    except ValueError as e:
        where, _, why = str(e).partition(": ")
        out.append(Problem("extras", where.removeprefix("extras."), why))
    if AUDIT_KEY in plan.extras and (found := audit_problem(plan.extras[AUDIT_KEY])) is not None:
        field, why = found
        out.append(Problem("extras", f"{AUDIT_KEY}.{field}".rstrip("."), why))
    return out


def validate_scenario(plan: Plan, scenario: Scenario) -> list[Problem]:
    """Problems of each change, including a shift to a role that has no minutes for the
    activity at that point of the scenario (a retime earlier in it can give it minutes)."""
    able = {a.code: set(a.minutes) for a in plan.activities}
    out: list[Problem] = []
    for i, change in enumerate(scenario.changes, start=1):
        where = f"scenario {_q(scenario.name)}, change {i} ({change.type})"
        found = validate_change(plan, change, where)
        out += found
        if found or isinstance(change, (Hire, Avoid, ChangeHours)):
            continue
        if isinstance(change, Retime):
            able[change.activity].add(change.role)
        elif change.to_role not in able[change.activity]:
            out.append(Problem(where, "to", f"role {_q(change.to_role)} has no minutes for "
                               f"{_q(change.activity)}; give it minutes before moving work to it"))
    return out


def _practice(plan: Plan) -> list[Problem]:
    p = plan.practice
    out = _number("practice", "list_size", p.list_size)
    out += _number("practice", "weeks_per_year", p.weeks_per_year)
    out += _number("practice", "consulting_rooms", p.consulting_rooms)
    if isinstance(p.name, str) and not p.name.strip():
        out.append(Problem("practice", "name", "is empty"))
    out += _text("practice", "name", p.name)
    return out


def _assumptions(plan: Plan, roles: set[str]) -> list[Problem]:
    a, w = plan.assumptions, "assumptions"
    out = _number(w, "session_hours", a.session_hours)
    out += _number(w, "wte_hours", a.wte_hours)
    out += _number(w, "employer_ni_rate", a.employer_ni_rate)
    out += _number(w, "employer_ni_threshold", a.employer_ni_threshold)
    out += _number(w, "employer_pension_rate", a.employer_pension_rate)
    out += _number(w, "gp_appointment_minutes", a.gp_appointment_minutes)
    out += _number(w, "gp_hour_value", a.gp_hour_value)
    out += _number(w, "pay_award_rate", a.pay_award_rate)
    out += _number(w, "list_growth_rate", a.list_growth_rate)
    out += _number(w, "projection_years", a.projection_years)
    out += _number(w, "safe_contacts_per_gp_day", a.safe_contacts_per_gp_day)
    out += _number(w, "room_sessions_per_week", a.room_sessions_per_week)
    out += _number(w, "locum_share_of_shortfall", a.locum_share_of_shortfall)
    if a.gp_role not in roles:
        out.append(Problem(w, "gp_role", f"{_q(a.gp_role)} is not a role code of this plan"))
    return out


def _roles(plan: Plan) -> list[Problem]:
    out = _duplicates("role", (r.code for r in plan.roles))
    for r in plan.roles:
        w = f"role {_q(r.code)}"
        if r.staff_group not in STAFF_GROUPS:
            out.append(Problem(w, "staff_group",
                               f"{_q(r.staff_group)} is not one of {', '.join(STAFF_GROUPS)}"))
        out += _number(w, "annual_salary", r.annual_salary)
        out += _number(w, "leave_fraction", r.leave_fraction)
        if r.arrs_cap is not None:
            out += _number(w, "arrs_cap", r.arrs_cap)
        out += _number(w, "supervision_gp_hours_per_wte_week", r.supervision_gp_hours_per_wte_week)
        out += _text(w, "title", r.title)
    return out


def _staff(plan: Plan, roles: set[str]) -> list[Problem]:
    out = []
    for i, s in enumerate(plan.staff, start=1):
        w = f"staff {i} {_q(s.name)}"
        if s.role not in roles:
            out.append(Problem(w, "role", f"{_q(s.role)} is not a role code of this plan"))
        out += _number(w, "weekly_hours", s.weekly_hours)
        out += _text(w, "name", s.name)
        if s.annual_salary is not None:
            out += _number(w, "annual_salary", s.annual_salary)
        if s.hourly_rate is not None:
            out += _number(w, "hourly_rate", s.hourly_rate)
    return out


def _activities(plan: Plan, roles: set[str]) -> list[Problem]:
    out = _duplicates("activity", (a.code for a in plan.activities))
    for a in plan.activities:
        w = f"activity {_q(a.code)}"
        if a.category not in CATEGORIES:
            out.append(Problem(w, "category", f"{_q(a.category)} is not one of {', '.join(CATEGORIES)}"))
        out += _number(w, "volume_per_week", a.volume_per_week)
        out += _text(w, "name", a.name)
        for role, minutes in a.minutes.items():
            if role not in roles:
                out.append(Problem(w, f"minutes[{_cut(role)}]", f"{_q(role)} is not a role code of this plan"))
            out += _number(w, f"minutes[{_cut(role)}]", minutes, "minutes")
        out += _split(w, a.split, a.minutes, roles, a.volume_per_week)
    return out


def _split(w: str, split: dict[str, float], minutes: dict[str, float], roles: set[str],
           volume: float) -> list[Problem]:
    out: list[Problem] = []
    for role, share in split.items():
        if role not in roles:
            out.append(Problem(w, f"split[{_cut(role)}]", f"{_q(role)} is not a role code of this plan"))
        elif role not in minutes and share:
            out.append(Problem(w, f"split[{_cut(role)}]", f"role {_q(role)} has no minutes for this activity"))
        out += _number(w, f"split[{_cut(role)}]", share, "share")
    if out:
        return out
    total = sum(split.values())
    if abs(total - 1) > SPLIT_TOLERANCE and not (not split and volume == 0):
        out.append(Problem(w, "split", f"shares add up to {total:.4g}; they must add up to 1"))
    return out


def _change_hours(plan: Plan, change: ChangeHours, where: str) -> list[Problem]:
    """The person must be one person of the team (a name two people share is ambiguous)."""
    out = _number(where, "weekly_hours", change.weekly_hours)
    named = [s for s in plan.staff if s.name == change.staff]
    if not named:
        out.append(Problem(where, "staff", f"'{change.staff}' is not a member of this plan's team"))
    elif len(named) > 1:
        out.append(Problem(where, "staff", f"{len(named)} people are called '{change.staff}'; give them "
                           "different names first"))
    return out


def validate_change(plan: Plan, change: Change, where: str) -> list[Problem]:
    """Problems with one change that can be seen without applying earlier changes."""
    if isinstance(change, ChangeHours):
        return _change_hours(plan, change, where)
    roles = {r.code for r in plan.roles}
    out: list[Problem] = []
    if not isinstance(change, Hire) and plan.activity(change.activity) is None:
        out.append(Problem(where, "activity", f"{_q(change.activity)} is not an activity of this plan"))
    role_fields: dict[str, str]
    if isinstance(change, Shift):
        role_fields = {"from": change.from_role, "to": change.to_role}
        if change.from_role == change.to_role:
            out.append(Problem(where, "to", "must be a different role from 'from'"))
        out += _number(where, "fraction", change.fraction)
    elif isinstance(change, Avoid):
        role_fields = {"role": change.role}
        out += _number(where, "fraction", change.fraction)
    elif isinstance(change, Retime):
        role_fields = {"role": change.role}
        out += _number(where, "minutes", change.minutes)
    else:
        role_fields = {"role": change.role}
        out += _number(where, "wte", change.wte)
        out += _number(where, "one_off_cost", change.one_off_cost)
        out += _number(where, "ramp_up_months", change.ramp_up_months)
        if change.annual_salary is not None:
            out += _number(where, "annual_salary", change.annual_salary)
    for name, code in role_fields.items():
        if code not in roles:
            out.append(Problem(where, name, f"{_q(code)} is not a role code of this plan"))
    if isinstance(change, Hire) and change.arrs_funded:
        role = plan.role(change.role)
        if role is not None and role.arrs_cap is None:
            out.append(Problem(where, "arrs_funded", f"role {_q(change.role)} has no ARRS cap; "
                               "give the role a cap or untick ARRS funding"))
    return out
