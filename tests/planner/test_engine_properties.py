"""Properties that hold for every valid plan."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from planner.engine import baseline, evaluate, validate_plan
from planner.engine.scenario import items_total
from planner.model import Scenario, Shift
from tests.planner.strategies import fraction, plans


@given(plans(with_scenarios=False), st.data())
def test_shifting_conserves_items(plan, data):
    act = data.draw(st.sampled_from(plan.activities))
    roles = data.draw(st.permutations(list(act.minutes)))
    assume(len(roles) >= 2)
    frm, to = roles[0], roles[1]
    s = Scenario("shift", (Shift(act.code, frm, to, data.draw(fraction)),))
    plan = replace(plan, scenarios=(s,))
    assert validate_plan(plan) == []
    r = evaluate(plan, s)
    assert items_total(r.after.items) == pytest.approx(items_total(r.before.items))
    assert sum(r.after.items[act.code].values()) == pytest.approx(act.volume_per_week)


@given(plans(with_scenarios=False))
def test_an_empty_scenario_frees_nothing(plan):
    s = Scenario("nothing")
    plan = replace(plan, scenarios=(s,))
    r = evaluate(plan, s)
    assert r.gp_hours_freed_per_week == 0
    assert r.gp_appointments_released_per_year == 0
    assert r.net_cost_per_year == 0
    assert r.cost_per_appointment_released is None
    assert r.after.demand == r.before.demand


@settings(max_examples=60)
@given(plans())
def test_generated_plans_are_valid_and_compute(plan):
    assert validate_plan(plan) == []
    base = baseline(plan)
    for s in plan.scenarios:
        r = evaluate(plan, s, base)
        assert r.net_cost_per_year == pytest.approx(r.employment_cost_per_year - r.arrs_reimbursement_per_year)
        assert r.arrs_reimbursement_per_year <= r.employment_cost_per_year + 1e-6
        assert all(v >= 0 for v in r.shortfall_hours.values())
