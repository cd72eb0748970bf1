"""Printed numbers: cost tables that add up across and down, hours whose differences are
taken from the printed values, controlled rounding."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.engine import compute
from planner.model import Hire, Scenario
from planner.report.figures import apportion_to, cost_lines, role_hours
from planner.report.rounding import controlled_round
from tests.planner.builders import two_role_plan
from tests.planner.report.plans import three_hires_plan


def test_apportion_to_a_target():
    assert apportion_to([1.45, 2.4, 3.15], 7) == [2, 2, 3]  # the largest remainder (.45) gets the unit
    assert apportion_to([1.45, 2.4, 3.15], 8) == [2, 3, 3]
    assert apportion_to([1.6, 2.7], 3) == [1, 2]  # floors already make the target
    assert apportion_to([1.6, 2.7], 2) == [0, 2]  # below the floors: the smallest remainder gives
    assert apportion_to([], 0) == []


def test_three_awkward_hires_add_up_across_and_down():
    r = compute(three_hires_plan()).scenarios[0]
    lines, total = cost_lines(r, ["nurse", "pharmacist", "nurse 2"])
    # Hand-worked totals: pay 18,740.742 + 38,248.264 + 11,999.996 = 68,989.002
    assert total.pay == 68989
    assert total.employment == round(r.employment_cost_per_year) == 87008
    assert total.net == round(r.net_cost_per_year) == 26272
    for field in ("pay", "ni", "pension", "employment", "arrs", "net", "one_off"):
        assert sum(getattr(x, field) for x in lines) == getattr(total, field), field
    nurse, pharmacist, unfunded = lines
    assert nurse.arrs == 12000  # cap 20,000 x 0.6 WTE, a whole number, kept
    assert pharmacist.net == 0  # ARRS pays the whole employment cost
    assert unfunded.arrs == 0 and unfunded.net == unfunded.employment
    assert [x.one_off for x in lines] == [1001, 333, 0]  # 1,000.40 + 333.30 = 1,333.70 -> 1,334


def test_no_hires_gives_a_zero_total():
    plan = two_role_plan(scenarios=(Scenario("Nothing", ()),))
    lines, total = cost_lines(compute(plan).scenarios[0], [])
    assert lines == [] and total.employment == 0 and total.net == 0


wte = st.sampled_from([0.1, 0.2, 0.4, 0.5, 0.6, 0.8, 1.0, 1.2])
salary = st.floats(min_value=18000, max_value=99000).map(lambda v: round(v, 2))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(wte, salary, st.booleans()), min_size=1, max_size=5))
def test_cost_tables_always_add_up(hires: list[tuple[float, float, bool]]):
    scenario = Scenario("Hires", tuple(Hire("PN", w, s, arrs_funded=f) for w, s, f in hires))
    r = compute(two_role_plan(scenarios=(scenario,))).scenarios[0]
    lines, total = cost_lines(r, [str(i) for i in range(len(hires))])
    assert total.employment == round(r.employment_cost_per_year)
    assert total.net == round(r.net_cost_per_year)
    for field in ("pay", "ni", "pension", "employment", "arrs", "net"):
        assert sum(getattr(x, field) for x in lines) == getattr(total, field)
    for line, h in zip(lines, r.hires, strict=True):
        assert abs(line.pay - h.pay) < 1 and abs(line.net - h.net_cost) < 2
        if h.arrs == 0:
            assert line.arrs == 0


def test_controlled_rounding_keeps_rows_and_columns():
    rows = [[1.5, 2.5, -4.0], [0.5, 0.5, -1.0]]
    out = controlled_round(rows, [2, 3, -5])
    assert out is not None
    assert all(sum(r) == 0 for r in out)
    assert [sum(c) for c in zip(*out, strict=True)] == [2, 3, -5]
    pairs = [(x, v) for r, o in zip(rows, out, strict=True) for x, v in zip(r, o, strict=True)]
    assert all(v in (math.floor(x), math.ceil(x)) for x, v in pairs)


def test_controlled_rounding_says_when_it_cannot():
    assert controlled_round([[0.5, -0.5]], [3, -3]) is None


def test_printed_hours_make_differences_from_printed_values():
    plan = two_role_plan()
    from planner.engine.workload import baseline

    base = baseline(plan)
    hours = role_hours(base, base)
    # GP: appts 70 x 10 / 60 = 11.667 + letters 200 x 2 / 60 = 6.667 -> 18.3; capacity 45.0
    assert hours["GP"].before == 18.3 and hours["GP"].capacity == 45.0 and hours["GP"].short == 0
    assert hours["PN"].before == 7.5 and hours["PN"].after == 7.5
