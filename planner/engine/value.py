"""One value for every option (extension E13, docs/MODEL-EXTENSIONS.md).

MODEL.md values an option by the GP hours it frees, so an option that adds GP capacity (a GP
hire, extra sessions) frees nothing and scores worst, and one that removes capacity (fewer
locum sessions) looks free. Beside the MODEL.md figures:

- gp_gap_before = GP demand before - GP capacity before (hours a week; below 0: spare time)
- gp_gap_after = GP demand after - GP capacity after
- gp_gap_closed_per_week = gp_gap_before - gp_gap_after
  (= GP hours freed + GP capacity added: moving work away, hiring GPs, extra GP sessions and
  fewer locum sessions are valued on one basis)
- full_cost_per_year = employment_cost_per_year (the cost to the NHS before ARRS pays any of it)
- net_cost_per_gp_hour_closed = net_cost_per_year / (gp_gap_closed_per_week x weeks_per_year),
  and full_cost_per_gp_hour_closed the same with the full cost; none when the option closes
  no gap (below NEGLIGIBLE)
- gp_hours_freed_without_hire = GP demand before - GP demand after the option's avoid and retime
  changes alone (in order): the part of the GP hours freed that needs nobody new
- for each role the option hires: hired capacity = capacity after - capacity before; work taken
  on = demand after - demand before; idle = hired capacity - max(0, work taken on); a hire is
  flagged when idle is more than 10% of the hired capacity, with the WTE that fits:
  max(0, work taken on - spare capacity before) / (wte_hours x (1 - leave_fraction)), rounded up
  to 0.1 WTE
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from planner.engine.problems import NEGLIGIBLE
from planner.engine.results import ScenarioResult
from planner.engine.scenario import apply_scenario
from planner.model import Avoid, Hire, Plan, Retime

#: idle share of a hire's new time above which it is flagged
IDLE_SHARE = 0.10


@dataclass(frozen=True)
class GapValue:
    gp_gap_before: float
    gp_gap_after: float
    gp_gap_closed_per_week: float
    full_cost_per_year: float
    net_cost_per_gp_hour_closed: float | None
    full_cost_per_gp_hour_closed: float | None
    gp_hours_freed_without_hire: float


@dataclass(frozen=True)
class IdleHire:
    """A role hired with more new time than work taken on."""

    role: str
    wte: float
    hired_hours: float  # capacity added a week
    work_taken_on: float  # demand added a week
    idle_hours: float
    fitting_wte: float


def gap_value(plan: Plan, r: ScenarioResult) -> GapValue:
    gp, weeks = plan.assumptions.gp_role, plan.practice.weeks_per_year
    before = r.before.demand[gp] - r.before.capacity[gp]
    after = r.after.demand[gp] - r.after.capacity[gp]
    closed = before - after
    hours = closed * weeks
    full = r.employment_cost_per_year
    return GapValue(before, after, closed, full,
                    r.net_cost_per_year / hours if closed > NEGLIGIBLE else None,
                    full / hours if closed > NEGLIGIBLE else None,
                    _freed_without_hire(plan, r))


def _freed_without_hire(plan: Plan, r: ScenarioResult) -> float:
    gp = plan.assumptions.gp_role
    alone = tuple(c for c in r.scenario.changes if isinstance(c, (Avoid, Retime)))
    after = apply_scenario(plan, replace(r.scenario, changes=alone)).after
    return r.before.demand[gp] - after.demand[gp]


def idle_hires(plan: Plan, r: ScenarioResult) -> list[IdleHire]:
    """Roles hired with more than IDLE_SHARE of their new time left without work, and the WTE
    that would fit the work taken on."""
    out = []
    wte_hours = plan.assumptions.wte_hours
    for code in dict.fromkeys(c.role for c in r.scenario.changes if isinstance(c, Hire)):
        role = plan.role(code)
        hired = r.after.capacity[code] - r.before.capacity[code]
        if role is None or hired <= NEGLIGIBLE:
            continue
        taken = max(0.0, r.after.demand[code] - r.before.demand[code])
        idle = hired - taken
        if idle > IDLE_SHARE * hired:
            spare_before = max(0.0, r.before.capacity[code] - r.before.demand[code])
            per_wte = wte_hours * (1 - role.leave_fraction)
            fits = math.ceil(round(max(0.0, taken - spare_before) / per_wte * 10, 6)) / 10 if per_wte else 0.0
            wte = sum(c.wte for c in r.scenario.changes if isinstance(c, Hire) and c.role == code)
            out.append(IdleHire(code, wte, hired, taken, idle, fits))
    return out
