"""What an approved option has delivered, worked out from the plan as it is now (extension E12,
docs/MODEL-EXTENSIONS.md). The plan now is the team and the work the practice has imported or
typed since (a new rota, new appointment data); nothing here looks at the option's changes.

For a decision with baseline B (frozen at approval) and the plan now P, with W = P's workload:
- added_wte[r] = (contracted hours of role r in P - in B) / wte_hours, for each role r the option hires
- supervision_now = sum over hired roles of max(0, added_wte[r]) x the role's GP supervision a WTE
- gp_demand_now = W.demand[GP] + supervision_now; gp_capacity_now = W.capacity[GP];
  gp_shortfall_now = max(0, gp_demand_now - gp_capacity_now)
- GP hours freed = B.gp_demand - gp_demand_now; GP gap closed = (B.gp_demand - B.gp_capacity)
  - (gp_demand_now - gp_capacity_now), as the engine's E13 figure promised
- GP contacts a day = E3 on W
- each hire h of the option costed as MODEL.md with wte = h.wte x max(0, added_wte[r]) / (WTE the
  option hires of r), at its salary and ARRS funding; net cost = employment cost - ARRS
- cash effect = E7's cash saving on the hours freed now (against B's shortfall, the option's use
  of freed time) - net cost now
Money uses the assumptions frozen at approval, so a later change of an assumption does not move it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from planner.engine import baseline, check, hire_cost, safety_check
from planner.model import Assumptions, Hire, Plan, Role
from planner.review.record import Decision, FrozenHire
from planner.review.snapshot import team_hours


@dataclass(frozen=True)
class Now:
    """The GP position of the plan now, as E12 counts it."""

    gp_demand: float  # supervision of the staff who joined the hired roles included
    gp_capacity: float
    gp_shortfall: float
    supervision: float
    contacts_per_day: float | None
    added_wte: dict[str, float]  # each hired role: WTE in post beyond those at approval


@dataclass(frozen=True)
class Actual:
    now: Now
    figures: dict[str, float | None]  # keys of the promise: what happened


def now_position(plan: Plan, d: Decision) -> Now:
    """The plan now counted against ``d``: its team and work only (checked: InvalidPlan when they
    cannot be computed; a broken option elsewhere does not stop the review)."""
    plan = replace(plan, scenarios=())
    check(plan)
    work = baseline(plan)
    gp = plan.assumptions.gp_role
    added = added_wte(plan, d)
    rates = {h.role: h.supervision_gp_hours_per_wte_week for h in d.hires}
    supervision = sum(max(0.0, wte) * rates[role] for role, wte in added.items())
    demand = work.demand.get(gp, 0.0) + supervision
    capacity = work.capacity.get(gp, 0.0)
    return Now(demand, capacity, max(0.0, demand - capacity), supervision,
               safety_check(plan, work).gp_contacts_per_day, added)


def added_wte(plan: Plan, d: Decision) -> dict[str, float]:
    """WTE of each hired role now beyond those in post at approval (negative: fewer now)."""
    hours_now, wte_hours = team_hours(plan), d.baseline.assumptions["wte_hours"]
    return {h.role: (hours_now.get(h.role, 0.0) - d.baseline.team_hours.get(h.role, 0.0)) / wte_hours
            for h in d.hires}


def actual(plan: Plan, d: Decision) -> Actual:
    """Every promised figure of ``d`` as it has turned out in ``plan``."""
    now = now_position(plan, d)
    freed = d.baseline.gp_demand - now.gp_demand
    employment, arrs = costs_now(d, now.added_wte)
    net = employment - arrs
    saving = cash_saving(d, freed)
    return Actual(now, {
        "gp_hours_freed_per_week": freed,
        "gp_gap_closed_per_week": (d.baseline.gp_demand - d.baseline.gp_capacity) - (now.gp_demand - now.gp_capacity),
        "gp_shortfall_after": now.gp_shortfall,
        "gp_contacts_per_day_after": now.contacts_per_day,
        "gp_supervision_hours_per_week": now.supervision,
        "employment_cost_per_year": employment,
        "arrs_reimbursement_per_year": arrs,
        "net_cost_per_year": net,
        "cash_saving_per_year": saving,
        "cash_effect_per_year": saving - net,
    })


def costs_now(d: Decision, added: dict[str, float]) -> tuple[float, float]:
    """(employment cost, ARRS) a year of the hires as far as they are in post now."""
    hired: dict[str, float] = {}
    for h in d.hires:
        hired[h.role] = hired.get(h.role, 0.0) + h.wte
    a = d.baseline.assumptions
    rules = Assumptions(employer_ni_rate=a["employer_ni_rate"], employer_ni_threshold=a["employer_ni_threshold"],
                        employer_pension_rate=a["employer_pension_rate"])
    employment = arrs = 0.0
    for h in d.hires:
        if hired[h.role] <= 0:
            continue
        cost = hire_cost(_hire_now(h, max(0.0, added[h.role]) / hired[h.role]), _role(h), rules)
        employment, arrs = employment + cost.employment_cost, arrs + cost.arrs
    return employment, arrs


def _hire_now(h: FrozenHire, share: float) -> Hire:
    return Hire(h.role, h.wte * share, h.annual_salary, h.arrs_funded)


def _role(h: FrozenHire) -> Role:
    return Role(h.role, h.title, "", h.annual_salary, arrs_cap=h.arrs_cap)


def cash_saving(d: Decision, freed: float) -> float:
    """E7's cash saving a year on ``freed`` GP hours a week, against the GP shortfall at approval."""
    a = d.baseline.assumptions
    hours = max(0.0, freed)
    absorbed = min(hours, d.baseline.gp_shortfall)
    locum_hours = absorbed * a["locum_share_of_shortfall"]
    if d.freed_time_use == "locums":
        locum_hours += hours - absorbed
    return locum_hours * a["weeks_per_year"] * a["gp_hour_value"]
