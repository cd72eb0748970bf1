"""Where the change open in the editor is after the plan changed under it (undo, redo, an edit
elsewhere), so that "Save change" never overwrites a different change. Pure, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.model import Change, Plan, Scenario


@dataclass(frozen=True)
class EditedChange:
    """What the editor was editing when last seen: the scenario (and how many the plan had),
    the change's place (None: a new change) and value, and how many changes the scenario had."""

    scenario_name: str
    scenarios: int
    index: int | None = None
    change: Change | None = None
    changes: int = 0

    @classmethod
    def seen(cls, plan: Plan, scenario: Scenario, index: int | None) -> EditedChange:
        change = scenario.changes[index] if index is not None else None
        return cls(scenario.name, len(plan.scenarios), index, change, len(scenario.changes))

    def now(self, plan: Plan, scenario: Scenario | None) -> EditedChange | None:
        """The same thing in the plan as it is now, with ``scenario`` the one the page shows;
        None when it has gone (its scenario or its change)."""
        if scenario is None or not self._same_scenario(plan, scenario):
            return None
        if self.index is None or self.change is None:
            return EditedChange.seen(plan, scenario, None)
        index = place_now(scenario.changes, self.index, self.change, self.changes)
        return None if index is None else EditedChange.seen(plan, scenario, index)

    def _same_scenario(self, plan: Plan, scenario: Scenario) -> bool:
        if scenario.name == self.scenario_name:
            return True
        # renamed: its old name has gone and no scenario came or went; the page keeps its place
        return plan.scenario(self.scenario_name) is None and len(plan.scenarios) == self.scenarios


def place_now(changes: Sequence[Change], index: int, change: Change, count: int) -> int | None:
    """Where ``change``, last seen at ``index`` among ``count`` changes, is in ``changes``."""
    if index < len(changes) and changes[index] == change:
        return index
    found = [i for i, c in enumerate(changes) if c == change]
    if found:  # moved, or changes before it came or went
        return min(found, key=lambda i: abs(i - index))
    if len(changes) == count and index < count and changes[index].type == change.type:
        return index  # the same change with other values (undo or redo of "Save change")
    return None
