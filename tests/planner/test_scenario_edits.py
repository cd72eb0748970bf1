"""Scenario edits: pure Edits on scenarios and their changes, and the drop-down helpers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.edits import (
    activities_role_does,
    add_change,
    add_scenario,
    copy_scenario,
    delete_scenario,
    move_change,
    remove_change,
    rename_scenario,
    replace_change,
    roles_able_to_do,
    roles_doing,
    roles_doing_any_work,
    set_description,
    set_recommended,
    unused_name,
)
from planner.engine import Problem, evaluate
from planner.model import Activity, Avoid, Hire, Plan, Retime, Scenario, Shift, Staff
from planner.present.names import describe, readable_problem
from planner.present.outcome import do_nothing, scenario_outcome
from tests.planner.builders import PHARM, two_role_plan

HIRE = Hire("PN", 1.0)
SHIFT = Shift("appts", "GP", "PN", 0.5)


def plan_with_scenarios() -> Plan:
    """two_role_plan with PHARM able to do letters (but doing none of them now), and
    scenarios A (a hire and a shift) and B (empty, recommended)."""
    base = two_role_plan()
    letters = Activity("letters", "Hospital letters", "correspondence", 200,
                       {"GP": 2, "PHARM": 3}, {"GP": 1.0})
    return replace(base, roles=base.roles + (PHARM,),
                   activities=(base.activities[0], letters),
                   scenarios=(Scenario("A", (HIRE, SHIFT)), Scenario("B", (), "", True)))


def names(plan: Plan) -> list[str]:
    return [s.name for s in plan.scenarios]


def test_add_scenario_appends_an_empty_one_and_refuses_a_taken_or_empty_name():
    plan = plan_with_scenarios()
    edit = add_scenario(plan, "  Pharmacist  plus ")
    assert names(edit.after) == ["A", "B", "Pharmacist plus"]
    assert edit.after.scenarios[-1].changes == ()
    assert edit.label == "Add scenario Pharmacist plus"
    assert edit.before is plan
    with pytest.raises(ValueError, match="already a scenario called 'a'"):
        add_scenario(plan, "a")
    with pytest.raises(ValueError, match="needs a name"):
        add_scenario(plan, "   ")


def test_copy_goes_just_after_the_original_with_its_changes_and_no_recommendation():
    plan = plan_with_scenarios()
    after = copy_scenario(plan, "B").after
    assert names(after) == ["A", "B", "Copy of B"]
    assert after.scenarios[2].recommended is False
    again = copy_scenario(after, "A").after
    assert names(again) == ["A", "Copy of A", "B", "Copy of B"]
    assert again.scenarios[1].changes == (HIRE, SHIFT)
    assert unused_name(again, "Copy of B") == "Copy of B 2"


def test_rename_keeps_changes_and_allows_a_change_of_case_only():
    plan = plan_with_scenarios()
    edit = rename_scenario(plan, "A", "Nurse-led")
    assert names(edit.after) == ["Nurse-led", "B"]
    assert edit.after.scenarios[0].changes == (HIRE, SHIFT)
    assert edit.label == "Rename scenario A to Nurse-led"
    assert names(rename_scenario(plan, "B", "b").after) == ["A", "b"]
    with pytest.raises(ValueError, match="already a scenario called 'B'"):
        rename_scenario(plan, "A", "B")
    with pytest.raises(ValueError, match="no scenario called 'Z'"):
        rename_scenario(plan, "Z", "Y")


def test_delete_removes_only_that_scenario():
    edit = delete_scenario(plan_with_scenarios(), "A")
    assert names(edit.after) == ["B"]
    assert edit.label == "Delete scenario A"


def test_at_most_one_scenario_is_recommended():
    plan = plan_with_scenarios()
    after = set_recommended(plan, "A").after
    assert [s.recommended for s in after.scenarios] == [True, False]
    cleared = set_recommended(after, "A", False)
    assert [s.recommended for s in cleared.after.scenarios] == [False, False]
    assert cleared.label == "Remove recommendation of A"


def test_description_edits_share_a_merge_key():
    plan = plan_with_scenarios()
    first = set_description(plan, "A", "One")
    second = set_description(first.after, "A", "One more")
    assert first.key == second.key != ""
    assert second.after.scenarios[0].description == "One more"


def test_add_change_appends_and_names_roles_and_activities_in_the_label():
    plan = plan_with_scenarios()
    change = Shift("letters", "GP", "PHARM", 0.25)
    edit = add_change(plan, "B", change)
    assert edit.after.scenarios[1].changes == (change,)
    assert edit.label == ("Add to B: Move 25% of Hospital letters from General practitioner "
                          "to Clinical pharmacist")


def test_add_change_refuses_a_change_that_can_never_be_right_in_words():
    plan = plan_with_scenarios()
    with pytest.raises(ValueError, match="share: 1.5 must be at most 1"):
        add_change(plan, "B", Avoid("letters", "GP", 1.5))
    with pytest.raises(ValueError, match="'NOPE' is not a role code"):
        add_change(plan, "B", Hire("NOPE", 1))
    with pytest.raises(ValueError, match="General practitioner has no ARRS cap"):
        add_change(plan, "B", Hire("GP", 1, arrs_funded=True))


def test_replace_change_keys_merge_per_change_and_the_results_follow_the_engine():
    plan = plan_with_scenarios()
    edit = replace_change(plan, "A", 0, Hire("PN", 0.5))
    assert edit.after.scenarios[0].changes == (Hire("PN", 0.5), SHIFT)
    assert edit.key == "scenario.A.change.0"
    assert replace_change(plan, "A", 1, SHIFT).key == "scenario.A.change.1"
    # the PN hire's capacity: 0.5 x 37.5 h x (1 - 0.10 leave) = 16.875 h a week
    result = evaluate(edit.after, edit.after.scenarios[0])
    assert result.after.capacity["PN"] == pytest.approx(27 + 16.875)
    with pytest.raises(ValueError, match="no change number 3"):
        replace_change(plan, "A", 2, SHIFT)


def test_remove_and_move_changes():
    plan = plan_with_scenarios()
    removed = remove_change(plan, "A", 0)
    assert removed.after.scenarios[0].changes == (SHIFT,)
    assert removed.label == "Remove from A: Hire 1 WTE Practice nurse"
    moved = move_change(plan, "A", 1, 0)
    assert moved.after.scenarios[0].changes == (SHIFT, HIRE)
    assert moved.label.startswith("Move up in A: Move 50% of Appointments")
    assert move_change(plan, "A", 0, 1).label.startswith("Move down in A")
    with pytest.raises(ValueError):
        move_change(plan, "A", 1, 2)


def test_activities_role_does_are_those_with_a_share_now():
    plan = plan_with_scenarios()
    assert [a.code for a in activities_role_does(plan, "GP")] == ["appts", "letters"]
    assert [a.code for a in activities_role_does(plan, "PN")] == ["appts"]
    # PHARM has minutes for letters but does none of them now
    assert activities_role_does(plan, "PHARM") == []
    assert [r.code for r in roles_doing_any_work(plan)] == ["GP", "PN"]


def test_roles_able_to_do_counts_minutes_and_earlier_retimes_of_the_scenario():
    plan = plan_with_scenarios()
    assert [r.code for r in roles_able_to_do(plan, "letters")] == ["GP", "PHARM"]
    assert [r.code for r in roles_able_to_do(plan, "appts")] == ["GP", "PN"]
    scenario = Scenario("S", (Retime("appts", "PHARM", 20), SHIFT))
    assert [r.code for r in roles_able_to_do(plan, "appts", scenario, 1)] == ["GP", "PN", "PHARM"]
    assert [r.code for r in roles_able_to_do(plan, "appts", scenario, 0)] == ["GP", "PN"]
    assert [r.code for r in roles_doing(plan, "letters")] == ["GP"]


def test_describe_uses_names_and_titles():
    plan = plan_with_scenarios()
    assert describe(plan, Retime("letters", "GP", 1.5)) == \
        "Hospital letters by General practitioner takes 1.5 min"
    assert describe(plan, Hire("PHARM", 0.6, 50000, True)) == \
        "Hire 0.6 WTE Clinical pharmacist at £50,000, ARRS funded"
    assert describe(plan, Avoid("appts", "GP", 0.1)) == \
        "Avoid 10% of Appointments done by General practitioner"


def test_readable_problem_replaces_codes():
    plan = plan_with_scenarios()
    problem = Problem("scenario 'B', change 1 (shift)", "to",
                      "role 'PN' has no minutes for 'letters'; give it minutes first")
    assert readable_problem(plan, problem) == ("Scenario 'B', change 1 (shift), to role: "
                                               "Practice nurse has no minutes for "
                                               "'Hospital letters'; give it minutes first.")


def test_scenario_outcome_is_the_engines_result_or_the_problems_in_words():
    plan = plan_with_scenarios()
    outcome = scenario_outcome(plan, plan.scenarios[0])
    assert not isinstance(outcome, list)
    # A moves half the GP's 70 appointments (10 min each) to PN: 35 x 10 / 60 GP hours freed,
    # less 2 GP hours a week supervising the 1 WTE nurse hired
    assert outcome.gp_hours_freed_per_week == pytest.approx(35 * 10 / 60 - 2)
    broken = Scenario("C", (Shift("letters", "GP", "PN", 0.5),))
    problems = scenario_outcome(plan, broken)
    assert problems == ["Scenario 'C', change 1 (shift), to role: Practice nurse has no minutes "
                        "for 'Hospital letters'; give it minutes before moving work to it."]


def test_doing_nothing_frees_nothing_costs_nothing_and_keeps_todays_shortfalls():
    plan = plan_with_scenarios()
    plan = replace(plan, staff=plan.staff[:2] + (Staff("Nurse One", "PN", 5),))
    result = do_nothing(plan)
    assert result.scenario.name == "Do nothing"
    assert result.gp_hours_freed_per_week == 0
    assert result.net_cost_per_year == 0
    assert result.cost_per_appointment_released is None
    # GP demand 70 x 10/60 + 200 x 2/60 = 18.33 h against 45 h: no GP shortfall;
    # PN demand 30 x 15/60 = 7.5 h against 5 h x (1 - 0.10) = 4.5 h: 3 h short
    assert result.shortfall_hours == pytest.approx({"GP": 0.0, "PN": 3.0, "PHARM": 0.0})


def test_freed_time_use_is_one_of_the_listed_uses_or_not_decided():
    from planner.edits import set_freed_time_use

    plan = plan_with_scenarios()
    edit = set_freed_time_use(plan, "A", "locums")
    assert [s.freed_time_use for s in edit.after.scenarios] == ["locums", ""]
    assert edit.after.scenarios[0].changes == (HIRE, SHIFT)
    assert edit.label == "Freed GP time in A: Fewer locum sessions (cash saved)"
    back = set_freed_time_use(edit.after, "A", "")
    assert back.after.scenarios[0].freed_time_use == ""
    assert back.label == "Freed GP time in A: not decided"
    assert set_freed_time_use(plan, "B", "").changes_nothing
    with pytest.raises(ValueError, match="'golf' is not one of: Extra GP appointments"):
        set_freed_time_use(plan, "A", "golf")
    with pytest.raises(ValueError, match="no scenario called 'C'"):
        set_freed_time_use(plan, "C", "cash")


def test_audit_scenario_moves_and_avoids_the_national_shares_of_gp_appointments():
    from planner.edits import add_audit_scenario

    plan = plan_with_scenarios()
    edit = add_audit_scenario(plan, "  From the audit ")
    assert names(edit.after) == ["A", "B", "From the audit"]
    assert edit.label == "Add scenario From the audit from the avoidable-appointment shares"
    changes = edit.after.scenarios[-1].changes
    # national Making Time shares: 6.5% to another practice role (PN: the only one of ANP,
    # PN, PHARM with minutes for appts), then (5.5% + 4%) / (1 - 6.5%) = 10.16% avoided
    assert changes[0] == Shift("appts", "GP", "PN", 0.065)
    assert isinstance(changes[1], Avoid) and (changes[1].activity, changes[1].role) == ("appts", "GP")
    assert changes[1].fraction == pytest.approx(0.095 / 0.935)
    assert len(changes) == 2  # letters are correspondence, not appointments
    with pytest.raises(ValueError, match="already a scenario called 'a'"):
        add_audit_scenario(plan, "a")
