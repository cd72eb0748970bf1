"""Time use: hours by activity and role, demand and capacity by role (MODEL.md, Baseline)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.engine.problems import NEGLIGIBLE
from planner.model import CATEGORIES, PATIENT_FACING_CATEGORIES, Plan

ItemTable = dict[str, dict[str, float]]  # activity code -> role code -> value


@dataclass(frozen=True)
class Workload:
    """Weekly time use of a team. All hours are per average open week."""

    items: ItemTable  # items per week each role does, by activity
    hours: ItemTable  # hours[a][r] = items x minutes / 60
    demand: dict[str, float]  # every role of the plan, supervision included
    capacity: dict[str, float]  # every role of the plan
    supervision_hours: float  # GP hours spent supervising hired roles
    gp_role: str

    def utilisation(self, role: str) -> float | None:
        cap = self.capacity.get(role, 0.0)
        return self.demand.get(role, 0.0) / cap if cap > NEGLIGIBLE else None

    def gap(self, role: str) -> float:
        return self.capacity.get(role, 0.0) - self.demand.get(role, 0.0)

    def shortfall(self, role: str) -> float:
        return max(0.0, -self.gap(role))

    def hours_by_category(self, role: str, categories: dict[str, str]) -> dict[str, float]:
        """Hours of ``role`` grouped by activity category (every category, zeros kept)."""
        out = dict.fromkeys(CATEGORIES, 0.0)
        for code, by_role in self.hours.items():
            out[categories[code]] += by_role.get(role, 0.0)
        if role == self.gp_role:
            out["supervision"] += self.supervision_hours
        return out


def gp_hours_by_category(plan: Plan, workload: Workload) -> dict[str, float]:
    categories = {a.code: a.category for a in plan.activities}
    return workload.hours_by_category(plan.assumptions.gp_role, categories)


def bureaucracy_hours(by_category: dict[str, float]) -> float:
    return sum(h for c, h in by_category.items() if c not in PATIENT_FACING_CATEGORIES)


def staff_capacity(plan: Plan) -> dict[str, float]:
    """capacity[r] = sum of weekly_hours x (1 - leave_fraction[r]) over staff of role r."""
    leave = {r.code: r.leave_fraction for r in plan.roles}
    cap = dict.fromkeys(leave, 0.0)
    for s in plan.staff:
        cap[s.role] += s.weekly_hours * (1 - leave[s.role])
    return cap


def build_workload(plan: Plan, items: ItemTable, minutes: ItemTable,
                   capacity: dict[str, float], supervision_hours: float = 0.0) -> Workload:
    gp = plan.assumptions.gp_role
    hours: ItemTable = {}
    demand = dict.fromkeys(capacity, 0.0)
    for code, by_role in items.items():
        mins = minutes[code]
        row = {r: n * mins.get(r, 0.0) / 60 for r, n in by_role.items()}
        hours[code] = row
        for r, h in row.items():
            demand[r] += h
    demand[gp] = demand.get(gp, 0.0) + supervision_hours
    return Workload(items, hours, demand, capacity, supervision_hours, gp)


def baseline_tables(plan: Plan) -> tuple[ItemTable, ItemTable]:
    """Items per role (volume x split) and minutes per item, by activity."""
    items = {a.code: {r: a.volume_per_week * s for r, s in a.split.items()} for a in plan.activities}
    minutes = {a.code: dict(a.minutes) for a in plan.activities}
    return items, minutes


def baseline(plan: Plan) -> Workload:
    """The team's time use today (no scenario). The plan must be valid."""
    items, minutes = baseline_tables(plan)
    return build_workload(plan, items, minutes, staff_capacity(plan))
