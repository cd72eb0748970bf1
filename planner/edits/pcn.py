"""Edits of a PCN plan, each a pure function returning a ``PcnEdit`` (label, before, after) for the
app's undo stack. What the user typed is checked here; a refusal is a ValueError to show them."""

from __future__ import annotations

from dataclasses import replace

from planner.edits.values import as_number
from planner.model import Pcn, PcnEdit, PcnOption, Plan, SharedStaff


def set_sessions(pcn: Pcn, name: str, practice: str, typed: object) -> PcnEdit:
    """Sessions a week ``name`` of the shared team works in ``practice``; a member's sessions may
    not add up to more than their WTE allows (1 WTE = 9 sessions)."""
    member, where = pcn.member(name), pcn.practice(practice)
    if member is None or where is None:
        raise ValueError(f"There is no {name} in the shared team, or no practice {practice}.")
    n = as_number("sessions", "sessions", typed)
    sessions = {**member.sessions, practice: n}
    if not n:
        sessions.pop(practice)
    most = member.wte * pcn.assumptions.wte_hours / pcn.assumptions.session_hours
    if sum(sessions.values()) > most + 1e-6:
        raise ValueError(f"{name} works {member.wte:g} WTE, at most {most:g} sessions a week; these would "
                         f"add up to {sum(sessions.values()):g}.")
    after = replace(pcn, staff=tuple(replace(s, sessions=sessions) if s.name == name else s for s in pcn.staff))
    return PcnEdit(f"Sessions of {name} at {where.name}", pcn, after, f"sessions:{name}:{practice}")


def set_weighted_population(pcn: Pcn, practice: str, typed: object) -> PcnEdit:
    where = pcn.practice(practice)
    if where is None:
        raise ValueError(f"There is no member practice {practice}.")
    n = as_number("weighted_population", "weighted population", typed)
    after = replace(pcn, practices=tuple(replace(p, weighted_population=n) if p.code == practice else p
                                         for p in pcn.practices))
    return PcnEdit(f"Weighted population of {where.name}", pcn, after, f"weighted:{practice}")


def set_arrs_rate(pcn: Pcn, typed: object) -> PcnEdit:
    """The ARRS sum per weighted patient (from the DES, replacing the shipped figure)."""
    n = as_number("arrs_per_weighted_patient", "ARRS sum per weighted patient", typed)
    return PcnEdit("ARRS sum per weighted patient", pcn, replace(pcn, arrs_per_weighted_patient=n), "arrs_rate")


def replace_practice_plan(pcn: Pcn, practice: str, plan: Plan, source: str = "") -> PcnEdit:
    """A member practice's plan replaced by ``plan`` (its ``.skillmix`` file, ``source``), as one
    step; refused when the PCN could not be worked out with it (a role its shared staff need)."""
    from planner.engine.pcn import validate_pcn
    from planner.present.pcn import pcn_problem_words

    where = pcn.practice(practice)
    if where is None:
        raise ValueError(f"There is no member practice {practice}.")
    after = replace(pcn, practices=tuple(replace(p, plan=plan) if p.code == practice else p
                                         for p in pcn.practices))
    known = set(validate_pcn(pcn))
    new = [p for p in validate_pcn(after) if p not in known]
    if new:
        raise ValueError(f"{plan.practice.name}'s plan cannot replace {where.name}'s in the PCN: "
                         f"{new[0].where}, {pcn_problem_words(pcn, new[0])}")
    label = f"Import the plan of {where.name}" + (f" from {source}" if source else "")
    return PcnEdit(label, pcn, after)


def _edition_of(pcn: Pcn) -> str:
    """The reference edition the PCN's roles are costed in: its contract year's, else the newest."""
    from planner.reference import edition_names

    names = edition_names()
    return pcn.contract_year if pcn.contract_year in names else names[-1]


def set_pcn_hcas_zone(pcn: Pcn, zone: object) -> PcnEdit:
    """Put the shared team in London weighting ``zone`` ("", "fringe", "outer", "inner") as one step
    (docs/MODEL-EXTENSIONS.md P7): as a practice's zone (E8), the PCN's role salaries and ARRS
    maximums still at their defaults follow, and so does a member's or recruit's own salary set to
    an Agenda for Change pay point; other values are kept."""
    from planner.edits.editions import changes_between
    from planner.model import Hire, Practice, Recruit, Scenario
    from planner.reference import HCAS_ZONES, check_hcas_zone, with_context

    code = check_hcas_zone(zone)
    edition = _edition_of(pcn)
    people = [s for s in pcn.staff] + [c.staff for o in pcn.options for c in o.changes if isinstance(c, Recruit)]
    hires = tuple(Hire(s.role, 1.0, s.annual_salary) for s in people)
    shell = with_context(Plan(Practice(pcn.name, 0), pcn.assumptions, pcn.roles, scenarios=(Scenario("", hires),)),
                         edition, pcn.hcas_zone)
    moved, _ = changes_between(shell, edition, code)
    salary = {id(s): h.annual_salary for s, h in zip(people, moved.scenarios[0].changes, strict=True)
              if isinstance(h, Hire)}

    def paid(s: SharedStaff) -> SharedStaff:
        return replace(s, annual_salary=salary.get(id(s), s.annual_salary))

    def option(o: PcnOption) -> PcnOption:
        return replace(o, changes=tuple(replace(c, staff=paid(c.staff)) if isinstance(c, Recruit) else c
                                        for c in o.changes))

    after = replace(pcn, roles=moved.roles, assumptions=moved.assumptions, hcas_zone=code,
                    staff=tuple(paid(s) for s in pcn.staff), options=tuple(option(o) for o in pcn.options))
    label = HCAS_ZONES[code] if code else "none"
    return PcnEdit(f"London weighting of the shared team: {label}", pcn, after)
