"""Ranges instead of false precision (extension E15, docs/MODEL-EXTENSIONS.md).

Each estimated input (a Skillmix estimate still in the plan: an activity's volume, a role's
minutes for it, a role's leave share or GP supervision, an estimated ARRS maximum) is drawn
from a triangular distribution from (1 - s) to (1 + s) times its value, most likely its value,
s being its spread (``Spread``). With ``DRAWS`` seeded draws, every option's GP gap closed, net
cost and cash effect are worked out for each draw, vectorised, exactly as the engine works them
out once (E13, MODEL.md, E7), and their 10th, 50th and 90th percentiles reported: the range a
partner can expect the figure to fall in 8 times out of 10.

Only these figures vary: the GP gap closed depends on the GP's work and time before and after
(volumes and GP minutes of the work the GPs do, GP leave, supervision of the roles hired); the
net cost on estimated ARRS maximums; the cash effect on both. A retimed role's minutes are the
user's and do not vary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from planner.engine.results import ScenarioResult
from planner.model import Hire, Plan, Retime

DRAWS = 2000
SEED = 20_261_130
#: the figures given a range
RANGED = ("gp_gap_closed_per_week", "net_cost_per_year", "cash_effect_per_year")

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Spread:
    """Relative spread of each estimated input: 0.3 means 70% to 130% of the value."""

    volume: Mapping[str, float] = field(default_factory=dict)  # activity code
    minutes: Mapping[tuple[str, str], float] = field(default_factory=dict)  # (activity, role)
    leave: Mapping[str, float] = field(default_factory=dict)  # role code
    supervision: Mapping[str, float] = field(default_factory=dict)  # role code
    arrs_cap: Mapping[str, float] = field(default_factory=dict)  # role code

    def count_for(self, plan: Plan, r: ScenarioResult) -> int:
        """Estimated inputs behind this option's ranged figures."""
        gp = plan.assumptions.gp_role
        gp_work = {a for a, row in r.before.hours.items() if row.get(gp)} | {
            a for a, row in r.after.hours.items() if row.get(gp)}
        hired = {c.role for c in r.scenario.changes if isinstance(c, Hire)}
        funded = {c.role for c in r.scenario.changes if isinstance(c, Hire) and c.arrs_funded}
        return (sum(a in gp_work for a in self.volume) + sum(a in gp_work and role == gp for a, role in self.minutes)
                + (gp in self.leave) + sum(role in hired for role in self.supervision)
                + sum(role in funded for role in self.arrs_cap))


@dataclass(frozen=True)
class Range:
    p10: float
    p50: float
    p90: float


def _draw(rng: np.random.Generator, spread: float, n: int) -> Array:
    if spread <= 0:
        return np.ones(n)
    return rng.triangular(1 - spread, 1.0, 1 + spread, n)


def ranges(plan: Plan, results: Sequence[ScenarioResult], spread: Spread, n: int = DRAWS,
           seed: int = SEED) -> dict[str, dict[str, Range]]:
    """P10, P50 and P90 of the ranged figures of each option (by scenario name)."""
    if not results:
        return {}
    rng = np.random.default_rng(seed)
    codes = [a.code for a in plan.activities]
    volume = np.stack([_draw(rng, spread.volume.get(c, 0.0), n) for c in codes], axis=1)
    gp = plan.assumptions.gp_role
    gp_minutes = np.stack([_draw(rng, spread.minutes.get((c, gp), 0.0), n) for c in codes], axis=1)
    roles = [r.code for r in plan.roles]
    leave = {c: _draw(rng, spread.leave.get(c, 0.0), n) for c in roles}
    supervision = {c: _draw(rng, spread.supervision.get(c, 0.0), n) for c in roles}
    caps = {c: _draw(rng, spread.arrs_cap.get(c, 0.0), n) for c in roles}
    draws = _Draws(volume, gp_minutes, leave, supervision, caps)
    return {r.scenario.name: _option(plan, r, codes, draws) for r in results}


@dataclass(frozen=True)
class _Draws:
    volume: Array  # draw x activity
    gp_minutes: Array  # draw x activity
    leave: dict[str, Array]
    supervision: dict[str, Array]
    caps: dict[str, Array]


def _gp_hours(hours: Mapping[str, Mapping[str, float]], codes: list[str], gp: str) -> Array:
    return np.array([hours.get(c, {}).get(gp, 0.0) for c in codes])


def _option(plan: Plan, r: ScenarioResult, codes: list[str], d: _Draws) -> dict[str, Range]:
    a, gp = plan.assumptions, plan.assumptions.gp_role
    retimed = {c.activity for c in r.scenario.changes if isinstance(c, Retime) and c.role == gp}
    keep = np.array([0.0 if c in retimed else 1.0 for c in codes])  # retimed GP minutes are the user's
    minutes_after = d.gp_minutes * keep + (1 - keep)
    demand_before = (d.volume * d.gp_minutes) @ _gp_hours(r.before.hours, codes, gp)
    demand_after = (d.volume * minutes_after) @ _gp_hours(r.after.hours, codes, gp)
    hires = [c for c in r.scenario.changes if isinstance(c, Hire)]  # in the order of r.hires
    rates = {x.code: x.supervision_gp_hours_per_wte_week for x in plan.roles}
    for h in hires:
        demand_after = demand_after + h.wte * rates[h.role] * d.supervision[h.role]
    role = plan.role(gp)
    leave = np.minimum(0.99, (role.leave_fraction if role else 0.0) * d.leave[gp])
    rostered_before = sum(s.weekly_hours for s in plan.staff if s.role == gp)
    rostered_after = rostered_before + sum(h.wte * a.wte_hours for h in hires if h.role == gp) + sum(
        h.hours_after - h.hours_before for h in r.hours_changes if h.role == gp)
    gap_before = demand_before - rostered_before * (1 - leave)
    gap_after = demand_after - rostered_after * (1 - leave)
    arrs = np.zeros_like(gap_before)
    for change, cost in zip(hires, r.hires, strict=True):
        cap = plan.role(cost.role)
        if change.arrs_funded and cap is not None and cap.arrs_cap is not None:
            arrs = arrs + np.minimum(cost.employment_cost, cap.arrs_cap * cost.wte * d.caps[cost.role])
    net = r.employment_cost_per_year - arrs
    cash = _cash(plan, r, np.maximum(0.0, gap_before), demand_before - demand_after) - net
    return {"gp_gap_closed_per_week": _range(gap_before - gap_after), "net_cost_per_year": _range(net),
            "cash_effect_per_year": _range(cash)}


def _cash(plan: Plan, r: ScenarioResult, shortfall: Array, freed: Array) -> Array:
    """E7's cash saving for each draw."""
    a, weeks = plan.assumptions, plan.practice.weeks_per_year
    freed = np.maximum(0.0, freed)
    absorbed = np.minimum(freed, shortfall)
    locum = absorbed * a.locum_share_of_shortfall
    if r.scenario.freed_time_use == "locums":
        locum = locum + (freed - absorbed)
    return locum * weeks * a.gp_hour_value


def _range(values: Array) -> Range:
    p10, p50, p90 = np.percentile(values, [10, 50, 90])
    return Range(float(p10), float(p50), float(p90))

