"""Settling a rota's people against the plan before import, as the import wizard asks:

- a near-match with someone already in the plan ("Dr K Whitfield" and "Dr K Whitfield (regular
  locum)", "K Whitfield" and "Kate Whitfield", "DR ANNA PATEL" and "Anna Patel") is the same
  person or a new one, as the practice manager says;
- a person with no job title, a title Skillmix does not know, or a role the plan lacks, gets a
  role of the plan, a role added from the catalogue, or is left out of the import;
- a change in a role's spare or short hours a week beyond ``GAP_FLAG_HOURS`` is called out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from planner.catalogue import make_role, role_entries
from planner.engine.problems import InvalidPlan
from planner.engine.workload import baseline
from planner.model import Plan
from planner.present import format as fmt
from planner.reference import plan_edition, plan_hcas_zone
from planner.rota.result import RotaImport, RotaPerson
from planner.rota.tally import person_key

#: A role's spare or short hours a week changing by more than this is called out.
GAP_FLAG_HOURS = 3.0
TITLES = frozenset(("dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "rev"))
_BRACKETS = re.compile(r"[\(\[].*?[\)\]]")
_WORDS = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


@dataclass(frozen=True)
class NearMatch:
    rota_name: str
    plan_name: str


@dataclass(frozen=True)
class Settlement:
    """The practice manager's answers: ``roles`` person key -> role code; ``skipped`` person
    keys left out; ``same_as`` person key -> the plan's name for them (or "" for a new person);
    ``added_roles`` catalogue role codes to add to the plan."""

    roles: dict[str, str] = field(default_factory=dict)
    skipped: frozenset[str] = frozenset()
    same_as: dict[str, str] = field(default_factory=dict)
    added_roles: tuple[str, ...] = ()


def core_name(name: str) -> list[str]:
    """The words of a name with titles, brackets, punctuation and case taken away."""
    words = _WORDS.findall(_BRACKETS.sub(" ", name).casefold())
    return [w for w in words if w not in TITLES]


def _same_core(a: list[str], b: list[str]) -> bool:
    if not a or not b or a[-1] != b[-1]:
        return False
    if a == b:
        return True
    first_a, first_b = a[:-1], b[:-1]
    if not first_a or not first_b:  # "Whitfield" and "K Whitfield": a surname and initials only
        return all(len(x) == 1 for x in first_a + first_b)
    return len(first_a) == len(first_b) and all(x == y or (len(x) == 1 and y.startswith(x)) or
                                                  (len(y) == 1 and x.startswith(y)) for x, y in zip(first_a, first_b,
                                                                                                    strict=True))


def near_matches(plan: Plan, people: tuple[RotaPerson, ...]) -> list[NearMatch]:
    """Rota people not in the plan by name whose name is close to one person's who is."""
    exact = {person_key(s.name) for s in plan.staff}
    out = []
    for person in people:
        if person_key(person.name) in exact:
            continue
        core = core_name(person.name)
        found = [s.name for s in plan.staff if _same_core(core, core_name(s.name))]
        if len(found) == 1:
            out.append(NearMatch(person.name, found[0]))
    return out


def catalogue_roles(plan: Plan) -> list[tuple[str, str]]:
    """(code, title) of catalogue roles the plan does not have yet."""
    have = {r.code for r in plan.roles}
    return [(e.code, e.title) for e in role_entries() if e.code not in have]


def settled(plan: Plan, result: RotaImport, s: Settlement) -> tuple[Plan, RotaImport]:
    """The plan with the chosen catalogue roles added, and the import with the answers given:
    roles chosen, people left out, near-matches taking the plan's name."""
    if s.added_roles:
        edition, zone = plan_edition(plan), plan_hcas_zone(plan)
        entries = {e.code: e for e in role_entries()}
        new = tuple(make_role(entries[c], edition, zone) for c in s.added_roles
                    if c in entries and plan.role(c) is None)
        plan = replace(plan, roles=plan.roles + new)
    people = []
    for p in result.people:
        key = person_key(p.name)
        if key in s.skipped:
            continue
        name = s.same_as.get(key) or p.name
        people.append(replace(p, name=name, role=s.roles.get(key, p.role)))
    return plan, replace(result, people=tuple(people))


def unsettled(plan: Plan, result: RotaImport) -> list[tuple[RotaPerson, str]]:
    """People who cannot be imported as they are, with why, in plain words."""
    current = {person_key(s.name) for s in plan.staff}
    roles = {r.code for r in plan.roles}
    out = []
    for p in result.people:
        if p.role is None and person_key(p.name) not in current:
            out.append((p, f"job title “{p.job_title}” not known" if p.job_title else "no job title in the rota"))
        elif p.role is not None and p.role not in roles:
            title = f"“{p.job_title}”" if p.job_title else "their job title"
            out.append((p, f"{title} is a role this plan does not have"))
    return out


def role_gap_changes(before: Plan, after: Plan) -> list[str]:
    """Each role whose spare or short hours a week change by more than GAP_FLAG_HOURS, said
    plainly ("General practitioner: 14.0 h short a week now, 3.8 h spare after the import")."""
    try:
        was, now = baseline(before), baseline(after)
    except (InvalidPlan, ValueError, ZeroDivisionError):
        return []
    out = []
    for role in after.roles:
        a, b = was.gap(role.code), now.gap(role.code)
        if abs(b - a) > GAP_FLAG_HOURS:
            out.append(f"{role.title}: {_gap(a)} a week now, {_gap(b)} after the import. Check the rota covers "
                       "everyone in this role and shows a usual week.")
    return out


def _gap(hours: float) -> str:
    shown = fmt.hours(abs(hours))
    if shown == fmt.hours(0.0):
        return "no hours spare or short"
    return f"{shown} h {'spare' if hours > 0 else 'short'}"
