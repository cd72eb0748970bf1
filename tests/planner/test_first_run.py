"""Starting a practice of one's own, and the checklist that follows the steps."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import validate_plan
from planner.model import Scenario, Shift, Staff
from planner.present.checklist import checklist
from planner.sample import new_practice, sample_plan


def test_a_new_practice_has_its_name_list_size_and_rooms_and_no_staff() -> None:
    plan = new_practice("  Hill Street Surgery ", 6200, 5)
    assert (plan.practice.name, plan.practice.list_size, plan.practice.consulting_rooms) == \
        ("Hill Street Surgery", 6200, 5)
    assert plan.staff == () and plan.roles and plan.activities
    assert validate_plan(plan) == []
    # activities scale with the list: twice the patients, twice the work
    bigger = new_practice("Hill Street Surgery", 12400, 5)
    assert bigger.activities[0].volume_per_week == pytest.approx(2 * plan.activities[0].volume_per_week, rel=0.01)


@pytest.mark.parametrize(("name", "patients"), [("", 6000), ("Hill Street", 0)])
def test_a_practice_needs_a_name_and_patients(name: str, patients: int) -> None:
    with pytest.raises(ValueError):
        new_practice(name, patients, 3)


def test_the_checklist_ticks_what_the_plan_shows() -> None:
    assert not any(s.done for s in checklist(sample_plan(), sample=True))
    assert checklist(sample_plan(), sample=True)[0].text == "Start your practice"
    plan = new_practice("Hill Street Surgery", 6200, 5)
    assert [s.done for s in checklist(plan, sample=False)] == [True, False, False, False, False, False]
    plan = replace(plan, staff=(Staff("Dr One", "GP", 30),),
                   scenarios=(Scenario("Nurse", (Shift("minor_illness", "GP", "PN", 0.2),), recommended=True),))
    steps = checklist(plan, sample=False, has_own_data=True)
    assert [s.done for s in steps] == [True, True, True, True, True, False]
    assert [s.page for s in steps] == ["practice", "team", "workload", "scenarios", "compare", "report"]
    no_rooms = replace(plan, practice=replace(plan.practice, consulting_rooms=0))
    assert not checklist(no_rooms, sample=False)[0].done


def test_the_edits_and_the_review_key_agree_and_load_no_spreadsheet_reader() -> None:
    import subprocess
    import sys

    from planner.edits.decisions import EXTRAS_KEY
    from planner.review.record import EXTRAS_KEY as RECORD_KEY

    assert EXTRAS_KEY == RECORD_KEY
    # the window imports planner.edits before it paints: openpyxl (and numpy) must wait
    code = "import sys, planner.edits; print('openpyxl' in sys.modules, 'planner.review' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.split() == ["False", "False"]
