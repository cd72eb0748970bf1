"""Apply a scenario's changes, in order, to a copy of the baseline."""

from __future__ import annotations

from planner.engine.costs import HireCost, hire_cost
from planner.engine.problems import InvalidPlan, Problem
from planner.engine.workload import ItemTable, Workload, baseline_tables, build_workload, staff_capacity
from planner.model import Avoid, Hire, Plan, Retime, Scenario, Shift


def apply_scenario(plan: Plan, scenario: Scenario) -> tuple[Workload, tuple[HireCost, ...]]:
    """Workload after every change of ``scenario``, and the cost of each hire.

    Raises InvalidPlan naming the change when a shift goes to a role with no minutes
    for the activity (at that point of the scenario, after earlier retimes).
    """
    items, minutes = baseline_tables(plan)
    items = {a: dict(row) for a, row in items.items()}
    capacity = dict(staff_capacity(plan))
    roles = {r.code: r for r in plan.roles}
    supervision = 0.0
    hires: list[HireCost] = []
    for i, change in enumerate(scenario.changes, start=1):
        if isinstance(change, Hire):
            role = roles[change.role]
            wte_hours = plan.assumptions.wte_hours
            capacity[change.role] += change.wte * wte_hours * (1 - role.leave_fraction)
            supervision += change.wte * role.supervision_gp_hours_per_wte_week
            hires.append(hire_cost(change, role, plan.assumptions))
        elif isinstance(change, Shift):
            _shift(items[change.activity], minutes[change.activity], change,
                   f"scenario '{scenario.name}', change {i} (shift)")
        elif isinstance(change, Avoid):
            row = items[change.activity]
            if change.role in row:
                row[change.role] *= 1 - change.fraction
        elif isinstance(change, Retime):
            minutes[change.activity] = {**minutes[change.activity], change.role: change.minutes}
    return build_workload(plan, items, minutes, capacity, supervision), tuple(hires)


def _shift(row: dict[str, float], mins: dict[str, float], change: Shift, where: str) -> None:
    if change.to_role not in mins:
        raise InvalidPlan([Problem(where, "to", f"role '{change.to_role}' has no minutes for "
                                   f"'{change.activity}'; give it minutes before moving work to it")])
    moved = row.get(change.from_role, 0.0) * change.fraction
    if moved:
        row[change.from_role] -= moved
        row[change.to_role] = row.get(change.to_role, 0.0) + moved


def items_total(items: ItemTable) -> float:
    return sum(sum(row.values()) for row in items.values())
