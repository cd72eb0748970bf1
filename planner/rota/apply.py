"""Put an imported rota into a plan: people added or updated by name, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.model import Plan, Staff
from planner.model.limits import NUMBER_LIMITS, text_problem
from planner.rota.result import RotaImport, RotaPerson
from planner.rota.tally import person_key

HOURS_DECIMALS = 4
#: where the plan keeps what its last rota import read (extras): the file, the day, the weeks
#: averaged and each person's hours a week by kind of session (clinic, duty, visits, admin...)
EXTRAS_KEY = "rota_import"


def apply_rota(plan: Plan, result: RotaImport, *, file: str = "", on: date | None = None) -> Plan:
    """A new plan with the rota's people: someone already in the plan (names compared with
    stray spaces removed and case folded) gets the rota's weekly hours and role; anyone else is
    added. People in the plan but not in the rota are kept as they were. What the import read is
    kept with the plan (``record``).

    Raises ValueError, changing nothing, when the import has problems, a person's role is
    not a role of the plan (a person with no role keeps their role in the plan), or a name or a
    week's hours are outside what a plan may hold (planner.model.limits, as validation and edits)."""
    if result.blocked:
        first = result.problems[0].message
        raise ValueError(f"The rota cannot be imported until its {result.problem_count} problem(s) are "
                         f"fixed; the first: {first}")
    for person in result.people:
        _check_limits(person)
    roles = {r.code for r in plan.roles}
    staff = list(plan.staff)
    index = {person_key(s.name): i for i, s in enumerate(staff)}
    for person in result.people:
        i = index.get(person_key(person.name))
        current = staff[i] if i is not None else None
        role = _role(person, current, roles)
        hours = round(person.total_weekly_hours, HOURS_DECIMALS)
        if current is not None and i is not None:
            staff[i] = replace(current, role=role, weekly_hours=hours)
        else:
            index[person_key(person.name)] = len(staff)
            staff.append(Staff(person.name, role, hours))
    return replace(plan, staff=tuple(staff), extras={**plan.extras, EXTRAS_KEY: record(result, file, on)})


def record(result: RotaImport, file: str, on: date | None) -> dict[str, object]:
    """What the import read, kept with the plan: which file and when (the decision review names
    them), the weeks averaged, each person's hours a week by kind of session, and their hours at
    work in each session of the week ("Mon AM": the Team page's cover by day, planner.rota.week_record)."""
    saved: dict[str, object] = {
        "file": file, "imported_on": (on or date.today()).isoformat(), "weeks": result.weeks,
        "people": {p.name: {cat: round(h, HOURS_DECIMALS) for cat, h in p.weekly_hours.items() if h}
                   for p in result.people}}
    sessions = {p.name: {slot: round(h, HOURS_DECIMALS) for slot, h in p.sessions.items() if h}
                for p in result.people if p.sessions}
    if sessions:
        saved["sessions"] = sessions
    return saved


def _check_limits(person: RotaPerson) -> None:
    why = text_problem(person.name)
    if why is not None:
        raise ValueError(f"The name '{person.name[:40]}...' {why}: shorten it in the rota")
    hours = round(person.total_weekly_hours, HOURS_DECIMALS)
    rule = NUMBER_LIMITS["weekly_hours"].problem(hours)
    if rule is not None:
        raise ValueError(f"{person.name} comes to {hours:,.1f} h a week in the rota, and a plan's weekly hours "
                         f"{rule.split(' ', 1)[1]}: check how the rota is read")


def _role(person: RotaPerson, current: Staff | None, roles: set[str]) -> str:
    if person.role is None:
        if current is not None:
            return current.role
        raise ValueError(f"{person.name} has no job title in the rota and is not in the plan yet: "
                         "add their job title to the rota")
    if person.role not in roles:
        title = f" ({person.job_title})" if person.job_title else ""
        raise ValueError(f"{person.name}{title} has role {person.role}, which is not a role of this plan "
                         f"(it has {', '.join(sorted(roles)) or 'none'}): add the role to the plan first")
    return person.role
