"""The engine against examples worked by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from planner.engine import baseline, compute, evaluate, gp_hours_by_category
from planner.interchange import plan_from_dict
from planner.model import Avoid, Hire, Retime, Scenario, Shift
from tests.planner.builders import PHARM, two_role_plan

MODEL_MD = Path(__file__).resolve().parents[3] / "shared" / "design" / "MODEL.md"


def test_baseline_worked_example():
    plan = two_role_plan()
    w = baseline(plan)
    # GP: appts 100 x 0.7 x 10 / 60 = 11.6667; letters 200 x 1 x 2 / 60 = 6.6667
    assert w.hours["appts"]["GP"] == pytest.approx(700 / 60)
    assert w.demand["GP"] == pytest.approx(700 / 60 + 400 / 60)
    # PN: 100 x 0.3 x 15 / 60 = 7.5
    assert w.demand["PN"] == pytest.approx(7.5)
    # capacity: (30 + 20) x (1 - 0.1) = 45; PN 30 x 0.9 = 27
    assert w.capacity == pytest.approx({"GP": 45.0, "PN": 27.0})
    assert w.utilisation("GP") == pytest.approx((1100 / 60) / 45)
    assert w.gap("PN") == pytest.approx(27 - 7.5)
    cats = gp_hours_by_category(plan, w)
    assert cats["appointments"] == pytest.approx(700 / 60)
    assert cats["correspondence"] == pytest.approx(400 / 60)
    assert cats["visits"] == 0.0


def test_shift_and_part_time_hire_worked_example():
    # Move half the GP appointments (70 x 0.5 = 35 items) to PN and hire 0.5 WTE PN.
    s = Scenario("Nurse", (Shift("appts", "GP", "PN", 0.5),
                           Hire("PN", 0.5, None, True, 1000)))
    plan = two_role_plan(scenarios=(s,))
    r = evaluate(plan, s)
    # GP demand falls by 35 x 10 / 60 = 5.8333 h, supervision adds 0.5 x 2 = 1 h
    assert r.gp_hours_freed_per_week == pytest.approx(35 * 10 / 60 - 1.0)
    freed = 35 * 10 / 60 - 1.0
    assert r.gp_sessions_freed_per_week == pytest.approx(freed / (25 / 6))
    assert r.gp_appointments_released_per_year == pytest.approx(freed * 60 / 10 * 52)
    # pay 30000 x 0.5 = 15000; NI 0.15 x (15000 - 5000) = 1500; pension 0.1438 x 15000 = 2157
    (h,) = r.hires
    assert (h.pay, h.ni, h.pension) == pytest.approx((15000, 1500, 2157))
    assert r.employment_cost_per_year == pytest.approx(18657)
    # ARRS: min(18657, 20000 x 0.5 = 10000) = 10000
    assert r.arrs_reimbursement_per_year == pytest.approx(10000)
    assert r.net_cost_per_year == pytest.approx(8657)
    value = freed * 52 * (364 / (25 / 6))
    assert r.gp_time_value_per_year == pytest.approx(value)
    assert r.net_benefit_per_year == pytest.approx(value - 8657)
    assert r.cost_per_appointment_released == pytest.approx(8657 / (freed * 6 * 52))
    assert r.payback_months == pytest.approx(12 * 1000 / (value - 8657))
    # PN: 7.5 + 35 x 15 / 60 = 16.25 h against 27 + 0.5 x 37.5 x 0.9 = 43.875 h
    assert r.after.demand["PN"] == pytest.approx(16.25)
    assert r.after.capacity["PN"] == pytest.approx(43.875)
    assert r.shortfall_hours == {"GP": 0.0, "PN": 0.0}


def test_model_md_example_worked():
    """The plan JSON printed in MODEL.md, with the pharmacist role it needs."""
    text = MODEL_MD.read_text() if MODEL_MD.exists() else None
    if text is None:
        pytest.skip("shared/design/MODEL.md is not beside the checkout")
    data = json.loads(text.split("```json")[1].split("```")[0])
    data["roles"].append({"code": "PHARM", "title": PHARM.title, "staff_group": PHARM.staff_group,
                          "annual_salary": 47810, "leave_fraction": 0.13, "arrs_cap": 65838,
                          "supervision_gp_hours_per_wte_week": 1.0})
    plan = plan_from_dict(data)
    r = compute(plan).scenarios[0]
    # 60 reviews: 80% -> PHARM leaves GP 12; avoid 5% -> 11.4; retime 12 min -> 2.28 h;
    # + 1 h supervision = 3.28 h after, 15 h before -> 11.72 h freed
    assert r.gp_hours_freed_per_week == pytest.approx(11.72)
    assert r.after.demand["PHARM"] == pytest.approx(48 * 20 / 60)
    # 47810 + 0.15 x 42810 (6421.50) + 0.1438 x 47810 (6875.078) = 61106.578, under the cap
    assert r.employment_cost_per_year == pytest.approx(61106.578)
    assert r.arrs_reimbursement_per_year == pytest.approx(61106.578)
    assert r.net_cost_per_year == pytest.approx(0.0)
    assert r.cost_per_appointment_released == pytest.approx(0.0)
    assert r.gp_time_value_per_year == pytest.approx(11.72 * 52 * 87.36)
    assert r.payback_months == pytest.approx(12 * 2500 / (11.72 * 52 * 87.36))


def test_avoid_and_retime_and_shortfall():
    s = Scenario("Letters", (Avoid("letters", "GP", 0.25), Retime("letters", "GP", 1.5),
                             Shift("appts", "GP", "PN", 1.0)))
    plan = two_role_plan(scenarios=(s,))
    r = evaluate(plan, s)
    # letters: 200 x 0.75 = 150 items x 1.5 min = 3.75 h; appts all to PN: 0 h GP
    assert r.after.demand["GP"] == pytest.approx(3.75)
    # PN: 100 items x 15 min = 25 h against 27 h -> no shortfall
    assert r.after.demand["PN"] == pytest.approx(25.0)
    assert r.after.items["letters"]["GP"] == pytest.approx(150)
    # no hires: nothing costs; cost per appointment released is 0 and, with a positive
    # benefit and no one-off costs, payback is 12 x 0 / benefit = 0 months (MODEL.md)
    assert r.net_cost_per_year == 0
    assert r.cost_per_appointment_released == 0
    assert r.payback_months == 0
    # a bigger nurse workload leaves the nurse short of time, shown not hidden
    heavy = replace(plan, activities=(replace(plan.activities[0], volume_per_week=200),
                                      plan.activities[1]))
    r2 = evaluate(heavy, s)
    assert r2.shortfall_hours["PN"] == pytest.approx(200 * 15 / 60 - 27)


def test_nothing_released_gives_no_cost_per_appointment():
    s = Scenario("Hire only", (Hire("PN", 1.0),))
    plan = two_role_plan(scenarios=(s,))
    r = evaluate(plan, s)
    # supervision adds 2 h of GP time: GP time is consumed, not freed
    assert r.gp_hours_freed_per_week == pytest.approx(-2.0)
    assert r.cost_per_appointment_released is None
    assert r.payback_months is None
