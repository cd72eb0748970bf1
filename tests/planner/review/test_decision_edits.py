"""Approving and withdrawing are undoable edits; an approval, once made, is never changed by a
later edit of the plan, and survives the plan file and plan JSON."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from planner import edits
from planner.interchange import plan_from_dict, plan_to_dict
from planner.model import Avoid, Staff
from planner.review import EXTRAS_KEY, decision, decisions, review
from planner.store import open_plan, save_plan
from tests.planner.review.review_plans import APPROVED_ON, OPTION, approval_plan, now


def _approved():
    return edits.approve_option(approval_plan(), OPTION, APPROVED_ON, "Dr One for the partners").after


def test_approving_is_one_edit_that_undo_takes_back() -> None:
    plan = approval_plan()
    edit = edits.approve_option(plan, OPTION, APPROVED_ON, "  Dr One  ")
    assert edit.label == "Approve Pharmacist (3 March 2026)"
    assert edit.before is plan and EXTRAS_KEY not in plan.extras
    assert decision(edit.after).approved_by == "Dr One"


def test_the_snapshot_is_never_changed_by_later_edits() -> None:
    plan = _approved()
    frozen = copy.deepcopy(plan.extras[EXTRAS_KEY])
    later = [
        lambda p: edits.add_change(p, OPTION, Avoid("appts", "GP", 0.1)),
        lambda p: edits.set_freed_time_use(p, OPTION, "appointments"),
        lambda p: edits.rename_scenario(p, OPTION, "Pharmacist v2"),
        lambda p: edits.set_staff_field(p, 1, "weekly_hours", 12),
        lambda p: edits.add_staff(p, Staff("Pharm Pat", "PHARM", 30)),
        lambda p: edits.set_activity_field(p, "med_review", "volume_per_week", 64),
        lambda p: edits.set_practice(p, "list_size", 5100),
        lambda p: edits.set_assumption(p, "gp_hour_value", 120),
        lambda p: edits.delete_scenario(p, "Pharmacist v2"),
    ]
    for make in later:
        plan = make(plan).after
        assert plan.extras[EXTRAS_KEY] == frozen
    d = decision(plan)
    assert d.option == OPTION and d.promised["gp_hours_freed_per_week"] == pytest.approx(11.0)
    assert d.baseline.team_hours == {"GP": 50.0, "PHARM": 0.0}
    assert d.baseline.activities["med_review"]["volume_per_week"] == 60
    assert d.baseline.assumptions["gp_hour_value"] == 90.0
    assert "no longer in the plan" in review(plan).changes.other[-1]


def test_the_review_says_when_the_option_was_changed_since() -> None:
    plan = edits.add_change(_approved(), OPTION, Avoid("appts", "GP", 0.1)).after
    assert review(plan).changes.other[-1] == ("The option 'Pharmacist' has been changed since; the review keeps "
                                              "it as approved.")


def test_withdrawing_removes_one_approval_and_undo_puts_it_back() -> None:
    plan = _approved()
    edit = edits.withdraw_approval(plan, 1)
    assert edit.label == "Withdraw approval of Pharmacist"
    assert EXTRAS_KEY not in edit.after.extras and decisions(edit.after) == []
    assert decision(edit.before).option == OPTION
    again = edits.approve_option(edit.after, OPTION, date(2026, 4, 1), "Partners").after
    assert decision(again).approved_on == date(2026, 4, 1)


def test_two_options_approved_are_two_decisions() -> None:
    plan = _approved()
    plan = edits.copy_scenario(plan, OPTION, "Half a pharmacist").after
    plan = edits.approve_option(plan, "Half a pharmacist", date(2026, 5, 1), "Partners").after
    assert [d.option for d in decisions(plan)] == [OPTION, "Half a pharmacist"]
    assert decision(plan).number == 2 and decision(plan, 1).option == OPTION
    left = edits.withdraw_approval(plan, 1).after
    assert [d.option for d in decisions(left)] == ["Half a pharmacist"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: edits.approve_option(p, "Nope", APPROVED_ON, "Partners"), "There is no option called 'Nope'"),
    (lambda p: edits.approve_option(p, OPTION, APPROVED_ON, "  "), "Who approved it cannot be empty"),
    (lambda p: edits.approve_option(edits.approve_option(p, OPTION, APPROVED_ON, "A").after, OPTION,
                                    APPROVED_ON, "B"), "'Pharmacist' is already approved (on 3 March 2026)"),
    (lambda p: edits.withdraw_approval(p, 1), "No option of this plan has been approved yet"),
    (lambda p: edits.withdraw_approval(edits.approve_option(p, OPTION, APPROVED_ON, "A").after, 2),
     "There is no decision 2: this plan has one approved option (1 to 1)"),
])
def test_what_cannot_be_done_is_said_in_words(make, message) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make(approval_plan())


def test_an_option_whose_figures_cannot_be_worked_out_cannot_be_approved() -> None:
    plan = edits.add_change(approval_plan(), OPTION, Avoid("appts", "GP", 0.5)).after
    broken = replace(plan, scenarios=(replace(plan.scenarios[0], changes=plan.scenarios[0].changes + (
        Avoid("nothing_like_it", "GP", 0.5),)),))
    with pytest.raises(ValueError, match="cannot be approved until its figures can be worked out"):
        edits.approve_option(broken, OPTION, APPROVED_ON, "Partners")


def test_the_approval_survives_the_plan_file_and_plan_json(tmp_path: Path) -> None:
    plan = now(_approved())
    path = tmp_path / "plan.skillmix"
    save_plan(plan, path)
    opened, _ = open_plan(path)
    assert opened.extras[EXTRAS_KEY] == plan.extras[EXTRAS_KEY]
    through_json = plan_from_dict(json.loads(json.dumps(plan_to_dict(plan))))
    assert through_json.extras[EXTRAS_KEY] == plan.extras[EXTRAS_KEY]
    assert review(opened).lines == review(plan).lines


@pytest.mark.parametrize("damage", [
    lambda r: r.pop("promised"),
    lambda r: r.update(approved_on="3rd March"),
    lambda r: r["baseline"].update(gp_demand="lots"),
    lambda r: r["baseline"]["assumptions"].pop("wte_hours"),
    lambda r: r["baseline"]["activities"]["med_review"].update(split=None),
    lambda r: r["hires"][0].update(wte=True),
])
def test_a_damaged_record_is_named_not_a_traceback(damage) -> None:
    plan = _approved()
    record = copy.deepcopy(plan.extras[EXTRAS_KEY])
    damage(record[0])
    broken = replace(plan, extras={**plan.extras, EXTRAS_KEY: record})
    with pytest.raises(ValueError, match="Approved option 1 saved in this plan cannot be read"):
        review(broken)
    assert decisions(edits.withdraw_approval(broken, 1).after) == []
