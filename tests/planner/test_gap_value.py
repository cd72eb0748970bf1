"""One value for every option (docs/MODEL-EXTENSIONS.md E13-E14), worked by hand.

The plan: two_role_plan with the GPs cut to one GP of 10 hours, so the GPs are short of time.
GP demand 70 x 10/60 + 200 x 2/60 = 11.6667 + 6.6667 = 18.3333 h; GP capacity 10 x 0.9 = 9 h;
the GP gap (work - time) is 9.3333 h a week.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import compute, evaluate
from planner.engine.ranking import ranking
from planner.engine.safety import option_safety
from planner.engine.summary import scenario_figures
from planner.engine.value import gap_value, idle_hires
from planner.model import Avoid, ChangeHours, Hire, Plan, Retime, Scenario, Shift, Staff
from tests.planner.builders import PHARM, two_role_plan

LOCUM = Staff("Dr Locum (regular locum)", "GP", 8.0, None, 87.36)


def short_plan(*scenarios: Scenario) -> Plan:
    plan = two_role_plan()
    appts = replace(plan.activities[0], minutes={"GP": 10, "PN": 15, "PHARM": 20})
    return replace(plan, roles=(*plan.roles, PHARM), activities=(appts, plan.activities[1]),
                   staff=(Staff("Dr One", "GP", 10), plan.staff[2], LOCUM), scenarios=scenarios)


def figures(plan: Plan, name: str) -> dict:
    return scenario_figures(plan, compute(plan).scenario(name))


def test_a_gp_hire_frees_no_gp_hour_but_closes_the_gap():
    # GP capacity with the locum: (10 + 8) x 0.9 = 16.2 h; gap 18.3333 - 16.2 = 2.1333 h.
    # Hire 0.5 WTE GP at 90,000: capacity + 0.5 x 37.5 x 0.9 = 16.875 h; gap closed 16.875 h.
    # pay 45,000; NI 0.15 x 40,000 = 6,000; pension 0.1438 x 45,000 = 6,471; cost 57,471.
    plan = short_plan(Scenario("GP", (Hire("GP", 0.5),)))
    f = figures(plan, "GP")
    assert f["gp_hours_freed_per_week"] == pytest.approx(0.0)
    assert f["gp_gap_before"] == pytest.approx(18.3333 - 16.2, abs=1e-3)
    assert f["gp_gap_closed_per_week"] == pytest.approx(16.875)
    assert f["full_cost_per_year"] == pytest.approx(57_471)
    assert f["net_cost_per_gp_hour_closed"] == pytest.approx(57_471 / (16.875 * 52))


def test_fewer_locum_sessions_save_at_the_hourly_rate_and_open_the_gap():
    # 8 -> 4 hours at £87.36 an hour: 4 x 52 x 87.36 = £18,170.88 a year saved; capacity
    # -4 x 0.9 = -3.6 h, so the gap opens by 3.6 h and no cost per hour closed is given.
    plan = short_plan(Scenario("Fewer locum sessions", (ChangeHours(LOCUM.name, 4.0),)))
    r = compute(plan).scenario("Fewer locum sessions")
    f = scenario_figures(plan, r)
    assert f["employment_cost_per_year"] == pytest.approx(-4 * 52 * 87.36)
    assert f["net_cost_per_year"] == pytest.approx(-18_170.88)
    assert f["gp_gap_closed_per_week"] == pytest.approx(-3.6)
    assert f["net_cost_per_gp_hour_closed"] is None
    assert r.after.capacity["GP"] == pytest.approx(16.2 - 3.6)
    assert f["hours_changes"][0]["change"] == pytest.approx(-18_170.88)


def test_more_hours_for_an_employee_cost_pay_ni_and_pension_on_the_difference():
    # Dr One 10 -> 14 h at the role's 90,000: pay 24,000 -> 33,600;
    # cost 24,000 + 0.15 x 19,000 + 0.1438 x 24,000 = 30,301.2 -> 33,600 + 4,290 + 4,831.68 = 42,721.68
    plan = short_plan(Scenario("More hours", (ChangeHours("Dr One", 14.0),)))
    f = figures(plan, "More hours")
    assert f["employment_cost_per_year"] == pytest.approx(42_721.68 - 30_301.2)
    assert f["gp_gap_closed_per_week"] == pytest.approx(4 * 0.9)


def test_a_second_change_of_the_same_person_starts_where_the_first_ended():
    plan = short_plan(Scenario("Twice", (ChangeHours("Dr One", 14.0), ChangeHours("Dr One", 12.0))))
    f = figures(plan, "Twice")
    assert f["gp_gap_closed_per_week"] == pytest.approx(2 * 0.9)
    assert len(f["hours_changes"]) == 1 and f["hours_changes"][0]["hours_after"] == 12.0


def test_gp_hours_that_need_no_hire_are_those_of_avoided_and_retimed_work():
    # avoid 10% of the GP's 70 appointments: 7 x 10/60 = 1.1667 h; letters 2 -> 1.5 min:
    # 200 x 0.5 / 60 = 1.6667 h; the shift to the pharmacist needs the hire.
    plan = short_plan(Scenario("Mixed", (Shift("appts", "GP", "PHARM", 0.5), Avoid("appts", "GP", 0.1),
                                         Retime("letters", "GP", 1.5), Hire("PHARM", 1.0))))
    f = figures(plan, "Mixed")
    assert f["gp_hours_freed_without_hire"] == pytest.approx(7 * 10 / 60 + 200 * 0.5 / 60)


def test_a_hire_with_little_work_is_flagged_with_the_wte_that_fits():
    # 20% of 70 GP appointments = 14 items x 20 min = 4.6667 h for a pharmacist hired at 1 WTE:
    # 37.5 x 0.87 = 32.625 h new; idle 27.96 h > 10%; fits 4.6667 / 32.625 = 0.143 -> 0.2 WTE.
    plan = short_plan(Scenario("Little", (Shift("appts", "GP", "PHARM", 0.2), Hire("PHARM", 1.0))))
    r = compute(plan).scenario("Little")
    (idle,) = idle_hires(plan, r)
    assert idle.role == "PHARM" and idle.hired_hours == pytest.approx(32.625)
    assert idle.work_taken_on == pytest.approx(14 * 20 / 60)
    assert idle.fitting_wte == pytest.approx(0.2)


def test_a_hire_with_enough_work_is_not_flagged():
    plan = short_plan(Scenario("Busy", (Shift("appts", "GP", "PHARM", 1.0), Hire("PHARM", 0.5))))
    # 70 x 20 / 60 = 23.33 h for 16.31 h of new time: no idle time
    assert idle_hires(plan, compute(plan).scenario("Busy")) == []


def test_a_clinical_hire_fills_rooms_for_its_patient_facing_share_of_new_time():
    # rooms: 3 consulting rooms x 10 sessions. Before: appointments 70 x 10 + 30 x 15 min = 19.1667 h
    # = 4.6 sessions. Moving all 70 GP appointments to a new 1 WTE pharmacist who only does
    # appointments: its share is 1, so its 32.625 h of new time fill rooms (not only the 23.33 h of
    # work): GP 0 + PN 7.5 + pharmacist max(23.33, 0 + 32.625) = 40.125 h = 9.63 sessions.
    plan = short_plan(Scenario("Rooms", (Shift("appts", "GP", "PHARM", 1.0), Hire("PHARM", 1.0))))
    plan = replace(plan, practice=replace(plan.practice, consulting_rooms=3))
    before, after = option_safety(plan, compute(plan).scenario("Rooms"))
    session = plan.assumptions.session_hours
    assert before.room_sessions_needed == pytest.approx((70 * 10 + 30 * 15) / 60 / session)
    assert after.room_sessions_needed == pytest.approx((7.5 + 32.625) / session)


def test_what_it_takes_to_reach_safe_contacts():
    # GP contacts 70 a week; GP days 16.2 / (2 x 25/6) = 1.944; 36 a day. To reach 25:
    # days 70 / 25 = 2.8, +0.856 days = 1.712 sessions of capacity = 1.902 rostered (leave 10%);
    # or move 70 - 25 x 1.944 = 21.4 contacts a week.
    plan = short_plan()
    check = option_safety(plan, evaluate(plan, Scenario("Nothing")))[1]
    days = 16.2 / (2 * 25 / 6)
    assert check.gp_contacts_per_day == pytest.approx(70 / days)
    assert check.gp_sessions_to_safe == pytest.approx((70 / 25 - days) * 2 / 0.9)
    assert check.gp_contacts_to_move_to_safe == pytest.approx(70 - 25 * days)


def test_options_are_ranked_by_net_cost_per_gp_hour_of_gap_closed_and_without_arrs():
    plan = short_plan(
        Scenario("GP", (Hire("GP", 0.5),)),  # £57,471 for 16.875 h: £65.49 an hour
        Scenario("Pharmacist", (Shift("appts", "GP", "PHARM", 1.0), Hire("PHARM", 0.5, None, True))),
        Scenario("Fewer locum sessions", (ChangeHours(LOCUM.name, 4.0),)))  # closes none
    results = compute(plan)
    options = [(r.scenario.name, scenario_figures(plan, r)) for r in results.scenarios]
    pharm = dict(options)["Pharmacist"]
    # the pharmacist: 11.6667 h freed - 0.5 h supervision = 11.1667 h; ARRS pays it in full
    assert pharm["gp_gap_closed_per_week"] == pytest.approx(70 * 10 / 60 - 0.5)
    assert pharm["net_cost_per_gp_hour_closed"] == pytest.approx(0.0)
    ranked = ranking(options)
    assert ranked.by_net_cost == ["Pharmacist", "GP", "Fewer locum sessions"]
    # without ARRS the pharmacist costs 47,810 x 0.5 = 23,905 pay + 2,835.75 NI + 3,437.54 pension
    # = 30,178.29 for 11.1667 h = £51.97 an hour: still first
    assert pharm["full_cost_per_gp_hour_closed"] == pytest.approx(30_178.29 / (11.1667 * 52), rel=1e-4)
    assert ranked.by_full_cost[0] == "Pharmacist" and not ranked.arrs_decides


def test_a_value_for_the_gap_closed_by_a_hire_of_the_gp_role_in_gap_value():
    plan = short_plan(Scenario("GP", (Hire("GP", 0.5),)))
    value = gap_value(plan, compute(plan).scenario("GP"))
    assert value.gp_gap_after == pytest.approx(value.gp_gap_before - 16.875)
