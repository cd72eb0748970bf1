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

#: Skillmix's own model document, always in the repository
OWN_MODEL_MD = Path(__file__).resolve().parents[2] / "docs" / "MODEL.md"
#: the reference definition the project was set up with, when the design documents sit beside the checkout
MODEL_MD = Path(__file__).resolve().parents[3] / "shared" / "design" / "MODEL.md"


def json_example(path: Path) -> dict:
    """The first plan JSON printed in a model document."""
    return json.loads(path.read_text(encoding="utf-8").split("```json")[1].split("```")[0])


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


def test_the_model_documents_worked_example():
    """docs/MODEL.md's Brook Lane Surgery, worked there by hand, figure by figure."""
    plan = plan_from_dict(json_example(OWN_MODEL_MD))
    results = compute(plan)
    base = results.baseline
    # GP: reviews 60 x 15 / 60 = 15, letters 300 x 2 / 60 = 10; capacity 50 x 0.85 = 42.5
    assert base.demand["GP"] == pytest.approx(25.0) and base.capacity["GP"] == pytest.approx(42.5)
    assert results.gp_hours_by_category["correspondence"] == pytest.approx(10.0)
    (r,) = results.scenarios
    # after: reviews 11.4 x 12 / 60 = 2.28; letters 90 x 2 / 60 = 3; supervision 0.6 + 0.2
    assert r.after.demand["GP"] == pytest.approx(6.08)
    assert r.gp_hours_freed_per_week == pytest.approx(18.92)
    assert r.gp_sessions_freed_per_week == pytest.approx(4.5408)
    assert r.gp_appointments_released_per_year == pytest.approx(5903.04)
    pharmacist, admin = r.hires
    assert (pharmacist.pay, pharmacist.ni, pharmacist.pension) == pytest.approx((31159.2, 3923.88, 4480.69296))
    assert pharmacist.arrs == pytest.approx(39563.77296)  # under the cap 0.6 x 69,207 = 41,524.20
    assert (admin.pay, admin.ni, admin.pension, admin.arrs) == pytest.approx((10304, 795.6, 1481.7152, 0))
    assert r.employment_cost_per_year == pytest.approx(52145.08816)
    assert r.arrs_reimbursement_per_year == pytest.approx(39563.77296)
    assert r.net_cost_per_year == pytest.approx(12581.3152)
    assert r.one_off_costs == 2500
    assert r.gp_time_value_per_year == pytest.approx(18.92 * 52 * 87.36) == pytest.approx(85948.2624)
    assert r.net_benefit_per_year == pytest.approx(73366.9472)
    assert r.cost_per_appointment_released == pytest.approx(12581.3152 / 5903.04)
    assert r.payback_months == pytest.approx(12 * 2500 / 73366.9472)
    assert r.after.demand["PHARM"] == pytest.approx(16.0) and r.after.capacity["PHARM"] == pytest.approx(19.125)
    assert r.after.demand["ADMIN"] == pytest.approx(10.5) and r.after.capacity["ADMIN"] == pytest.approx(13.2)
    assert r.shortfall_hours == {"GP": 0.0, "PHARM": 0.0, "ADMIN": 0.0}
    # the values printed in the document's results table are these figures, rounded
    table = OWN_MODEL_MD.read_text(encoding="utf-8")
    for printed in ("| 18.92 |", "| 4.5408 |", "| 5,903.04 |", "| 52,145.09 |", "| 12,581.32 |",
                    "| 85,948.26 |", "| 73,366.95 |", "| 2.13 |", "| 0.41 |"):
        assert printed in table, printed


def _reference_example_worked() -> None:
    """The plan JSON printed in the reference MODEL.md, with the pharmacist role it needs."""
    data = json_example(MODEL_MD)
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


if MODEL_MD.exists():  # collected only where the design documents are (no skip in a fresh clone)
    test_the_reference_model_example_worked = _reference_example_worked


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
