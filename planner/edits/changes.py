"""Edits of a scenario's changes: add, replace, remove and move them (they apply in order)."""

from __future__ import annotations

from dataclasses import replace

from planner.edits.scenarios import index_of, with_scenario
from planner.engine.validate import validate_change
from planner.model import Change, Edit, Plan, Scenario
from planner.present.names import describe, readable_problem


def checked_change(plan: Plan, change: Change) -> Change:
    """``change`` when each of its fields can be right in this plan, else ValueError in words
    (an unknown role, a share above 100%, a negative WTE...)."""
    problems = validate_change(plan, change, "this change")
    if problems:
        raise ValueError(readable_problem(plan, problems[0]))
    return change


def _changes(plan: Plan, name: str) -> tuple[Scenario, list[Change]]:
    scenario = plan.scenarios[index_of(plan, name)]
    return scenario, list(scenario.changes)


def _change_at(changes: list[Change], index: int) -> Change:
    if not 0 <= index < len(changes):
        raise ValueError(f"There is no change number {index + 1}.")
    return changes[index]


def add_change(plan: Plan, name: str, change: Change) -> Edit:
    """Add a change at the end of a scenario (changes apply in order)."""
    scenario, changes = _changes(plan, name)
    changes.append(checked_change(plan, change))
    after = with_scenario(plan, name, replace(scenario, changes=tuple(changes)))
    return Edit(f"Add to {name}: {describe(plan, change)}", plan, after)


def replace_change(plan: Plan, name: str, index: int, change: Change) -> Edit:
    """Put ``change`` in place of the change at ``index`` (0-based); consecutive edits of the
    same change merge into one undo step."""
    scenario, changes = _changes(plan, name)
    _change_at(changes, index)
    changes[index] = checked_change(plan, change)
    after = with_scenario(plan, name, replace(scenario, changes=tuple(changes)))
    return Edit(f"Change {name}: {describe(plan, change)}", plan, after,
                f"scenario.{name}.change.{index}")


def remove_change(plan: Plan, name: str, index: int) -> Edit:
    """Remove the change at ``index`` (0-based) from a scenario."""
    scenario, changes = _changes(plan, name)
    gone = _change_at(changes, index)
    del changes[index]
    after = with_scenario(plan, name, replace(scenario, changes=tuple(changes)))
    return Edit(f"Remove from {name}: {describe(plan, gone)}", plan, after)


def move_change(plan: Plan, name: str, index: int, new_index: int) -> Edit:
    """Move a change to another place in the scenario's order (0-based positions)."""
    scenario, changes = _changes(plan, name)
    moving = _change_at(changes, index)
    _change_at(changes, new_index)
    del changes[index]
    changes.insert(new_index, moving)
    direction = "up" if new_index < index else "down"
    after = with_scenario(plan, name, replace(scenario, changes=tuple(changes)))
    return Edit(f"Move {direction} in {name}: {describe(plan, moving)}", plan, after)
