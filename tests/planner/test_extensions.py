"""Extensions E1-E4 (docs/MODEL-EXTENSIONS.md) against hand-worked figures."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import evaluate, project, safety_check
from planner.engine.projection import ramp_share
from planner.model import Avoid, Hire, Scenario, Shift
from tests.planner.builders import two_role_plan


def test_ramp_share_averages_a_linear_ramp():
    assert ramp_share(0, 12, 0) == 1.0
    # a 6-month ramp: months 0-6 average 0.5, months 6-12 are 1 -> 0.75 = 1 - 6/24
    assert ramp_share(0, 12, 6) == pytest.approx(0.75, abs=1e-3)
    # an 18-month ramp: year 1 averages 6/18 = 1/3; year 2: months 12-18 average 5/6, then 1
    assert ramp_share(0, 12, 18) == pytest.approx(1 / 3, abs=1e-3)
    assert ramp_share(12, 24, 18) == pytest.approx((6 * 5 / 6 + 6) / 12, abs=1e-3)


def test_projection_worked_example():
    s = Scenario("Nurse", (Shift("appts", "GP", "PN", 0.5), Hire("PN", 0.5, None, True, 1000, 6)))
    plan = two_role_plan(scenarios=(s,))
    a = replace(plan.assumptions, pay_award_rate=0.04, list_growth_rate=0.02, projection_years=3)
    plan = replace(plan, assumptions=a)
    r = evaluate(plan, s)
    y1, y2, y3 = project(r, a, 52)
    freed = 35 * 10 / 60 - 1.0  # 4.8333 h (see test_engine_worked)
    assert y1.gp_hours_freed_per_week == pytest.approx(freed * 0.75, rel=1e-3)
    assert y1.one_off_costs == 1000 and y2.one_off_costs == 0
    assert y1.net_cost == pytest.approx(8657)
    # year 3: pay x 1.04^2, hours x 1.02^2, fully ramped
    assert y3.net_cost == pytest.approx(8657 * 1.04**2)
    assert y3.gp_hours_freed_per_week == pytest.approx(freed * 1.02**2)
    value3 = freed * 1.02**2 * 52 * (364 / (25 / 6)) * 1.04**2
    assert y3.gp_time_value == pytest.approx(value3)
    assert y3.cumulative_net_benefit == pytest.approx(y1.net_benefit + y2.net_benefit + y3.net_benefit)


def test_safe_working_and_rooms():
    plan = two_role_plan()
    plan = replace(plan, practice=replace(plan.practice, consulting_rooms=1))
    s = Scenario("none")
    r = evaluate(replace(plan, scenarios=(s,)), s)
    check = safety_check(plan, r.before)
    # GP contacts: 70 appointments a week; GP days = 45 h / (2 x 25/6 h) = 5.4 -> 12.96 a day
    assert check.gp_contacts_per_day == pytest.approx(70 / 5.4)
    assert not check.gp_contacts_unsafe
    # rooms: (11.667 GP + 7.5 PN) h of appointments / (25/6) = 4.6 sessions; 1 room x 10
    assert check.room_sessions_needed == pytest.approx((700 / 60 + 7.5) / (25 / 6))
    assert check.room_sessions_available == 10
    busy = replace(plan.activities[0], volume_per_week=1000)
    heavy = replace(plan, activities=(busy, plan.activities[1]))
    hc = safety_check(heavy, evaluate(replace(heavy, scenarios=(s,)), s).before)
    assert hc.gp_contacts_unsafe  # 700 / 5.4 = 129.6 contacts a day
    assert hc.rooms_short == pytest.approx((7000 / 60 + 75) / (25 / 6) - 10)


def test_realisation_splits_freed_time_against_todays_shortfall():
    from planner.engine import realisation

    # Make GPs short today: letters take 20 min -> GP demand 11.667 + 66.667 = 78.33 h > 45 h
    plan = two_role_plan()
    heavy = replace(plan.activities[1], minutes={"GP": 20})
    plan = replace(plan, activities=(plan.activities[0], heavy))
    s = Scenario("Letters", (Avoid("letters", "GP", 0.6),), freed_time_use="locums")
    plan = replace(plan, scenarios=(s,))
    r = evaluate(plan, s)
    x = realisation(plan, r)
    shortfall = 700 / 60 + 4000 / 60 - 45  # 33.33 h today
    freed = 0.6 * 4000 / 60  # 40 h
    assert x.gp_shortfall_today == pytest.approx(shortfall)
    assert x.gp_hours_absorbing_shortfall == pytest.approx(shortfall)
    assert x.gp_hours_available == pytest.approx(freed - shortfall)
    value = 364 / (25 / 6)
    assert x.cash_saving_per_year == pytest.approx((freed - shortfall) * 52 * value)
    assert x.cash_effect_per_year == pytest.approx(x.cash_saving_per_year)  # no hires: no cost
    assert x.cost_of_doing_nothing_per_year == pytest.approx(shortfall * 52 * value)
    # the same time put to extra appointments saves no cash
    s2 = replace(s, freed_time_use="appointments")
    plan2 = replace(plan, scenarios=(s2,))
    assert realisation(plan2, evaluate(plan2, s2)).cash_effect_per_year == 0


def test_hours_covering_the_shortfall_save_cash_only_for_the_locum_share():
    from planner.engine import realisation

    plan = two_role_plan()
    heavy = replace(plan.activities[1], minutes={"GP": 20})
    s = Scenario("Letters", (Avoid("letters", "GP", 0.6),), freed_time_use="appointments")
    plan = replace(plan, activities=(plan.activities[0], heavy), scenarios=(s,),
                   assumptions=replace(plan.assumptions, locum_share_of_shortfall=0.5))
    x = realisation(plan, evaluate(plan, s))
    shortfall = 700 / 60 + 4000 / 60 - 45
    # half of the 33.33 h that cover today's shortfall were locum sessions; the 6.67 h left
    # go to extra appointments, which save nothing
    assert x.cash_saving_per_year == pytest.approx(shortfall * 0.5 * 52 * 364 / (25 / 6))
