"""Check a PCN plan before computing it: every problem names the thing and the field."""

from __future__ import annotations

from functools import partial

from planner.arrs import arrs_years
from planner.engine.pcn.memo import IdentityMemo
from planner.engine.problems import Problem
from planner.engine.validate import _duplicates, _number, validate_plan
from planner.model import RECHARGE_BASES, Pcn, PcnOption, Recruit, SharedStaff
from planner.reference import HCAS_ZONES

SESSION_TOLERANCE = 1e-6
_PLAN_PROBLEMS: IdentityMemo[list[Problem]] = IdentityMemo()


def validate_pcn(pcn: Pcn) -> list[Problem]:
    """All problems in ``pcn`` and in each member practice's plan; empty when it can be computed."""
    out = _network(pcn) + _duplicates("practice", (p.code for p in pcn.practices))
    out += _duplicates("PCN role", (r.code for r in pcn.roles))
    for p in pcn.practices:
        out += _number(f"practice {p.code}", "weighted_population", p.weighted_population)
        out += [Problem(f"practice {p.code}, {x.where}", x.field, x.message)
                for x in _PLAN_PROBLEMS.get(p.plan, None, partial(validate_plan, p.plan))]
    out += _duplicates("shared staff", (s.name for s in pcn.staff))
    for s in pcn.staff:
        out += _member(pcn, s, f"shared staff '{s.name}'")
    out += _duplicates("PCN option", (o.name for o in pcn.options))
    for o in pcn.options:
        out += _option(pcn, o)
    return out


def _network(pcn: Pcn) -> list[Problem]:
    out = [Problem("PCN", f, "is empty") for f, v in (("name", pcn.name), ("code", pcn.code)) if not v.strip()]
    if pcn.contract_year not in arrs_years():
        out.append(Problem("PCN", "contract_year", f"'{pcn.contract_year}' has no ARRS figures; "
                           f"choose one of {', '.join(arrs_years())}"))
    out += _number("PCN", "arrs_per_weighted_patient", pcn.arrs_per_weighted_patient)
    if pcn.recharge_basis not in RECHARGE_BASES:
        out.append(Problem("PCN", "recharge_basis", f"'{pcn.recharge_basis}' is not one of "
                           f"{', '.join(RECHARGE_BASES)}"))
    if not pcn.practices:
        out.append(Problem("PCN", "practices", "a PCN needs at least one member practice"))
    if pcn.hcas_zone not in HCAS_ZONES:
        out.append(Problem("PCN", "hcas_zone", f"'{pcn.hcas_zone}' is not a London weighting zone "
                           f"({', '.join(repr(z) for z in HCAS_ZONES)})"))
    return out


def _member(pcn: Pcn, s: SharedStaff, where: str) -> list[Problem]:
    out = _number(where, "wte", s.wte, "shared_wte")
    if s.annual_salary is not None:
        out += _number(where, "annual_salary", s.annual_salary)
    if pcn.role(s.role) is None:
        out.append(Problem(where, "role", f"'{s.role}' is not a role of the PCN"))
    return out + _sessions(pcn, s.role, s.wte, s.sessions, where) + _date(s.start_date, where)


def _sessions(pcn: Pcn, role: str, wte: float, sessions: dict[str, float], where: str) -> list[Problem]:
    out: list[Problem] = []
    for code, n in sessions.items():
        member = pcn.practice(code)
        if member is None:
            out.append(Problem(where, f"sessions[{code}]", f"'{code}' is not a member practice"))
        elif member.plan.role(role) is None:
            out.append(Problem(where, f"sessions[{code}]", f"practice {code} has no role '{role}' "
                               "in its plan; add the role there first"))
        out += _number(where, f"sessions[{code}]", n, "sessions")
    if out or _number(where, "wte", wte, "shared_wte"):
        return out
    most = wte * pcn.assumptions.wte_hours / pcn.assumptions.session_hours
    total = sum(sessions.values())
    if total > most + SESSION_TOLERANCE:
        out.append(Problem(where, "sessions", f"sessions add up to {total:g} a week but {wte:g} WTE "
                           f"is {most:g} sessions"))
    return out


def _date(text: str, where: str) -> list[Problem]:
    from datetime import date

    if not text:
        return []
    try:
        date.fromisoformat(text)
    except ValueError:
        return [Problem(where, "start_date", f"'{text}' is not a date (write it as 2026-10-01)")]
    return []


def _option(pcn: Pcn, o: PcnOption) -> list[Problem]:
    where, names = f"PCN option '{o.name}'", {s.name for s in pcn.staff}
    out = [] if o.name.strip() else [Problem("PCN option", "name", "is empty")]
    for i, c in enumerate(o.changes, start=1):
        w = f"{where}, change {i} ({c.type})"
        if isinstance(c, Recruit):
            if c.staff.name in names:
                out.append(Problem(w, "name", f"'{c.staff.name}' is already in the shared team"))
            names.add(c.staff.name)
            out += _member(pcn, c.staff, w) + _number(w, "one_off_cost", c.one_off_cost)
        elif c.name not in names:
            out.append(Problem(w, "name", f"'{c.name}' is not in the shared team"))
        else:
            moved = next((r.staff for r in o.changes if isinstance(r, Recruit) and r.staff.name == c.name),
                         pcn.member(c.name))
            if moved is not None:
                out += _sessions(pcn, moved.role, moved.wte, c.sessions, w)
    for code, scenario in o.practice_options.items():
        member = pcn.practice(code)
        if member is None:
            out.append(Problem(where, f"practice_options[{code}]", f"'{code}' is not a member practice"))
        elif scenario and member.plan.scenario(scenario) is None:
            out.append(Problem(where, f"practice_options[{code}]", f"practice {code} has no option "
                               f"'{scenario}'"))
    return out
