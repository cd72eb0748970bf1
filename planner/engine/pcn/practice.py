"""One member practice under a PCN option, through the practice engine (P2).

The shared staff's sessions in the practice are staff of that role in its plan (capacity
``sessions x session_hours x (1 - leave_fraction)``). Sessions a PCN option adds to a practice are
a hire at no cost to the practice (the PCN employs them) of ``added sessions x session_hours /
wte_hours`` WTE, so they bring their GP supervision as any hire does; sessions taken away are
capacity the practice no longer has. The practice's own option linked to the PCN option (the
work moved to the shared staff, its own hires) is applied with them."""

from __future__ import annotations

from dataclasses import replace

from planner.engine.pcn.staffing import Sessions
from planner.engine.results import ScenarioResult, evaluate
from planner.engine.workload import Workload
from planner.model import Hire, MemberPractice, Plan, Scenario, Staff

#: how shared staff are named among a practice's own staff
PCN_STAFF = "{name} (PCN)"


def with_shared_staff(plan: Plan, sessions: Sessions) -> Plan:
    """``plan`` with the shared staff's sessions added to its staff."""
    hours = plan.assumptions.session_hours
    extra = tuple(Staff(PCN_STAFF.format(name=name), role, n * hours)
                  for name, (role, n) in sessions.items() if n > 0)
    return replace(plan, staff=plan.staff + extra) if extra else plan


def option_scenario(member: MemberPractice, name: str, linked: str | None, before: Sessions,
                    after: Sessions) -> tuple[Sessions, Scenario]:
    """The sessions the practice keeps, and the scenario: its linked option's changes, then a
    no-cost hire for each member of staff whose sessions there grow."""
    a = member.plan.assumptions
    kept = {n: (role, min(s, after.get(n, (role, 0.0))[1])) for n, (role, s) in before.items()}
    hires = tuple(Hire(role, (s - kept.get(n, (role, 0.0))[1]) * a.session_hours / a.wte_hours, 0.0)
                  for n, (role, s) in after.items() if s > kept.get(n, (role, 0.0))[1])
    own = member.plan.scenario(linked) if linked else None
    return kept, Scenario(name, (own.changes if own else ()) + hires)


def practice_result(member: MemberPractice, name: str, linked: str | None, before: Sessions,
                    after: Sessions, base: Workload) -> ScenarioResult:
    """MODEL.md results for the practice under the option, against ``base`` (its workload with
    today's shared sessions). The practice's plan must be valid."""
    kept, scenario = option_scenario(member, name, linked, before, after)
    return evaluate(with_shared_staff(member.plan, kept), scenario, base, validated=True)
