"""PlanDocument and EditCommand: edits go through the undo stack; results follow the plan."""

from __future__ import annotations

import pytest

from planner import edits
from tests.planner.builders import two_role_plan
from ui.document import PlanDocument


def test_edit_undo_redo_and_results(qtbot) -> None:
    doc = PlanDocument(two_role_plan())
    seen: list[int] = []
    doc.changed.connect(lambda: seen.append(1))
    # GP capacity (30 + 20) x 0.9 = 45 h
    assert doc.results.baseline.capacity["GP"] == pytest.approx(45.0)
    doc.apply(edits.set_staff_field(doc.plan, 0, "weekly_hours", 10))
    # (10 + 20) x 0.9 = 27 h
    assert doc.results.baseline.capacity["GP"] == pytest.approx(27.0)
    assert doc.undo_stack.undoText() == "Change hours of Dr One"
    assert doc.modified
    doc.undo_stack.undo()
    assert doc.results.baseline.capacity["GP"] == pytest.approx(45.0)
    assert not doc.modified
    assert doc.undo_stack.redoText() == "Change hours of Dr One"
    assert len(seen) == 2


def test_typing_in_one_cell_merges_into_one_step(qtbot) -> None:
    doc = PlanDocument(two_role_plan())
    for hours in (3, 37, 37.5):
        doc.apply(edits.set_staff_field(doc.plan, 0, "weekly_hours", hours))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.staff[0].weekly_hours == 30


def test_edit_that_changes_nothing_is_not_a_step(qtbot) -> None:
    doc = PlanDocument(two_role_plan())
    doc.apply(edits.set_staff_field(doc.plan, 0, "weekly_hours", 30))
    assert doc.undo_stack.count() == 0


def test_invalid_plan_has_problems_and_no_results(qtbot) -> None:
    from planner.model import Staff

    doc = PlanDocument(two_role_plan(staff=(Staff("Dr X", "NOPE", 10),)))
    assert doc.results is None
    assert any("NOPE" in str(p) for p in doc.problems)
