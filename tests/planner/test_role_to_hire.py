"""The hire form starts on the role work was last moved to (planner.edits.role_to_hire)."""

from __future__ import annotations

from planner.edits import role_to_hire
from planner.model import Avoid, Hire, Scenario, Shift
from tests.planner.builders import two_role_plan

PLAN = two_role_plan()


def test_the_last_role_work_moved_to_before_the_change_edited() -> None:
    scenario = Scenario("S", (Shift("appts", "GP", "PN", 0.5), Avoid("letters", "GP", 0.1), Hire("PN", 1.0)))
    assert role_to_hire(PLAN, scenario) == "PN"
    assert role_to_hire(PLAN, scenario, before=0) is None  # nothing moved before the first change


def test_no_suggestion_when_work_only_moves_to_the_gps_or_nowhere() -> None:
    assert role_to_hire(PLAN, Scenario("S", (Shift("appts", "PN", "GP", 0.5),))) is None
    assert role_to_hire(PLAN, Scenario("S", (Avoid("letters", "GP", 0.1),))) is None
