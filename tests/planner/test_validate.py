"""Invalid plans give problems naming the thing and the field; the engine never guesses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import InvalidPlan, compute, evaluate, validate_plan
from planner.model import Activity, Hire, Retime, Scenario, Shift, Staff
from tests.planner.builders import two_role_plan


def problems_of(plan):
    return [(p.where, p.field) for p in validate_plan(plan)]


def test_valid_plan_has_no_problems():
    assert validate_plan(two_role_plan()) == []


def test_split_not_summing_to_one():
    plan = two_role_plan()
    bad = replace(plan.activities[0], split={"GP": 0.6, "PN": 0.3})
    ps = validate_plan(replace(plan, activities=(bad, plan.activities[1])))
    assert [(p.where, p.field) for p in ps] == [("activity 'appts'", "split")]
    assert "0.9" in ps[0].message


def test_negative_volume_and_unknown_role():
    plan = two_role_plan()
    bad = Activity("x", "X", "appointments", -5, {"ZZ": 5}, {"ZZ": 1.0})
    got = problems_of(replace(plan, activities=(*plan.activities, bad)))
    assert ("activity 'x'", "volume_per_week") in got
    assert ("activity 'x'", "minutes[ZZ]") in got
    assert ("activity 'x'", "split[ZZ]") in got


def test_staff_with_unknown_role_and_bad_gp_role():
    plan = two_role_plan(staff=(Staff("Dr X", "LOCUM", 10),))
    assert ("staff 1 'Dr X'", "role") in problems_of(plan)
    plan = replace(plan, assumptions=replace(plan.assumptions, gp_role="DOC"))
    assert ("assumptions", "gp_role") in problems_of(plan)


def test_shift_to_role_without_minutes_is_an_error():
    s = Scenario("Bad", (Shift("letters", "GP", "PN", 0.5),))
    plan = two_role_plan(scenarios=(s,))
    with pytest.raises(InvalidPlan) as e:
        compute(plan)
    assert e.value.problems[0].where == "scenario 'Bad', change 1 (shift)"
    assert e.value.problems[0].field == "to"


def test_retime_before_shift_gives_the_role_minutes():
    s = Scenario("Ok", (Retime("letters", "PN", 3), Shift("letters", "GP", "PN", 0.5)))
    r = evaluate(two_role_plan(scenarios=(s,)), s)
    # 100 letters at 3 min = 5 h of PN time
    assert r.after.demand["PN"] == pytest.approx(7.5 + 5.0)


def test_change_problems_name_the_change():
    s = Scenario("S", (Shift("nope", "GP", "PN", 1.5), Hire("GP", 0), Hire("GP", 1, None, True)))
    got = problems_of(two_role_plan(scenarios=(s,)))
    assert ("scenario 'S', change 1 (shift)", "activity") in got
    assert ("scenario 'S', change 1 (shift)", "fraction") in got
    assert ("scenario 'S', change 2 (hire)", "wte") in got
    assert ("scenario 'S', change 3 (hire)", "arrs_funded") in got


def test_not_a_number_is_named():
    plan = two_role_plan(staff=(Staff("Dr Y", "GP", float("nan")),))
    assert ("staff 1 'Dr Y'", "weekly_hours") in problems_of(plan)


def test_duplicate_codes():
    plan = two_role_plan()
    plan = replace(plan, activities=(*plan.activities, plan.activities[0]))
    assert ("activity 'appts'", "code") in problems_of(plan)
