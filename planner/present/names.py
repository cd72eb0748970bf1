"""The names a practice manager reads instead of codes: role titles, activity names, a change
in words, a problem in words, and the name of the option of changing nothing."""

from __future__ import annotations

import re

from planner.engine import Problem
from planner.model import Avoid, Change, ChangeHours, Plan, Retime, Shift

DO_NOTHING = "Do nothing"

#: a role's leave_fraction, in words (app, pack and workbook)
TIME_OFF = "Time off"
TIME_OFF_EXPLAINED = ("Time off is the share of contracted hours a person is not there: holidays, bank "
                      "holidays and training, and from the 2026/27 figures sickness absence too.")


CHANGE_KINDS: dict[str, str] = {"shift": "Move work", "avoid": "Avoid work",
                                "retime": "Change minutes", "hire": "Hire", "change_hours": "Change hours"}


def role_title(plan: Plan, code: str) -> str:
    role = plan.role(code)
    return role.title if role else code


def activity_name(plan: Plan, code: str) -> str:
    activity = plan.activity(code)
    return activity.name if activity else code


def describe(plan: Plan, change: Change) -> str:
    """One line with activity names and role titles, e.g. 'Move 80% of Medication reviews
    from General practitioner to Clinical pharmacist'."""
    if isinstance(change, Shift):
        return (f"Move {change.fraction:.0%} of {activity_name(plan, change.activity)} from "
                f"{role_title(plan, change.from_role)} to {role_title(plan, change.to_role)}")
    if isinstance(change, Avoid):
        return (f"Avoid {change.fraction:.0%} of {activity_name(plan, change.activity)} "
                f"done by {role_title(plan, change.role)}")
    if isinstance(change, Retime):
        return (f"{activity_name(plan, change.activity)} by {role_title(plan, change.role)} "
                f"takes {change.minutes:g} min")
    if isinstance(change, ChangeHours):
        return hours_change_words(plan, change)
    salary = "" if change.annual_salary is None else f" at £{change.annual_salary:,.0f}"
    funded = ", ARRS funded" if change.arrs_funded else ""
    return f"Hire {change.wte:g} WTE {role_title(plan, change.role)}{salary}{funded}"


def hours_change_words(plan: Plan, change: ChangeHours) -> str:
    """'Dr K Whitfield (regular locum): 16.67 → 8.33 hours a week (4 → 2 sessions)'."""
    person = next((s for s in plan.staff if s.name == change.staff), None)
    session = plan.assumptions.session_hours
    if person is None:
        return f"{change.staff} works {change.weekly_hours:g} hours a week"

    def sessions(hours: float) -> str:
        return f"{hours / session:.3g}" if session else "–"

    return (f"{change.staff}: {person.weekly_hours:g} → {change.weekly_hours:g} hours a week "
            f"({sessions(person.weekly_hours)} → {sessions(change.weekly_hours)} sessions)")


_FIELDS = {"fraction": "share", "wte": "WTE", "to": "to role", "from": "from role",
           "one_off_cost": "one-off cost", "annual_salary": "salary",
           "arrs_funded": "ARRS funding", "ramp_up_months": "ramp-up months"}


_QUOTED = re.compile(r"(?:role |activity )?'([^']*)'")


def readable_problem(plan: Plan, problem: Problem) -> str:
    """A problem in a practice manager's words: role titles and activity names for codes."""
    def name(match: re.Match[str]) -> str:
        code = match.group(1)
        if plan.role(code) is not None:
            return role_title(plan, code)
        if plan.activity(code) is not None:
            return f"'{activity_name(plan, code)}'"
        return match.group(0)

    where = _QUOTED.sub(name, problem.where)
    field = _FIELDS.get(problem.field, problem.field.replace("_", " "))
    message = _QUOTED.sub(name, problem.message).rstrip(".")
    return f"{where[:1].upper()}{where[1:]}, {field}: {message}."
