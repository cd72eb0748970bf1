"""Apply a scenario's changes, in order, to a copy of the baseline."""

from __future__ import annotations

from dataclasses import dataclass

from planner.engine.costs import HireCost, HoursCost, hire_cost, hours_cost
from planner.engine.problems import InvalidPlan, Problem
from planner.engine.workload import ItemTable, Workload, baseline_tables, build_workload, staff_capacity
from planner.model import Avoid, ChangeHours, Hire, Plan, Retime, Scenario, Shift


@dataclass(frozen=True)
class Applied:
    """A scenario applied: the workload after it, the cost of each hire, and the cost of each
    change of a person's hours."""

    after: Workload
    hires: tuple[HireCost, ...]
    hours: tuple[HoursCost, ...]


def apply_scenario(plan: Plan, scenario: Scenario) -> Applied:
    """Workload after every change of ``scenario``, and the cost of each hire and hours change.

    Raises InvalidPlan naming the change when a shift goes to a role with no minutes
    for the activity (at that point of the scenario, after earlier retimes).
    """
    items, minutes = baseline_tables(plan)
    items = {a: dict(row) for a, row in items.items()}
    capacity = dict(staff_capacity(plan))
    roles = {r.code: r for r in plan.roles}
    supervision = 0.0
    hires: list[HireCost] = []
    hours: dict[str, HoursCost] = {}  # by person: a second change of the same person starts where the first ended
    for i, change in enumerate(scenario.changes, start=1):
        if isinstance(change, ChangeHours):
            cost = _change_hours(plan, change, hours)
            capacity[cost.role] += (cost.hours_after - hours_then(cost, hours)) * (1 - roles[cost.role].leave_fraction)
            hours[change.staff] = cost
        elif isinstance(change, Hire):
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
    return Applied(build_workload(plan, items, minutes, capacity, supervision), tuple(hires), tuple(hours.values()))


def hours_then(cost: HoursCost, earlier: dict[str, HoursCost]) -> float:
    """The person's hours before this change: after an earlier change of them, else their own."""
    previous = earlier.get(cost.staff)
    return previous.hours_after if previous is not None else cost.hours_before


def _change_hours(plan: Plan, change: ChangeHours, earlier: dict[str, HoursCost]) -> HoursCost:
    """The cost of ``change`` from the person's hours in the plan (validation makes sure the name
    is one person's)."""
    person = next(s for s in plan.staff if s.name == change.staff)
    role = plan.role(person.role)
    assert role is not None
    a, weeks = plan.assumptions, plan.practice.weeks_per_year
    return hours_cost(person, role, person.weekly_hours, change.weekly_hours, a, weeks)


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
