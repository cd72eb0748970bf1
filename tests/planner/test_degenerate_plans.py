"""Plans at the edges of what validation allows: the engine gives a defined figure or none,
never inf or NaN, and every output (summary JSON, workbook, pack) is written.

The first example is the one Hypothesis found in CI (a GP capacity of 1e-308 hours gave infinite
GP contacts a day and a blank workbook cell); the property below it keeps the whole class."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.engine import compute, safety_check, validate_plan
from planner.engine.summary import summary_dict
from planner.model import Hire, Plan, Scenario, Shift, Staff
from planner.model.limits import NUMBER_LIMITS
from planner.report import build_pack
from tests.planner.builders import PHARM, two_role_plan


def strict_json(plan: Plan) -> str:
    return json.dumps(summary_dict(plan, compute(plan)), allow_nan=False)


def denormal_gp_plan() -> Plan:
    plan = two_role_plan()
    return replace(plan, staff=(Staff("Dr Tiny", "GP", 1e-308), plan.staff[2]))


def test_a_denormal_gp_capacity_gives_no_contacts_figure_not_infinity():
    plan = denormal_gp_plan()
    assert not validate_plan(plan)
    assert safety_check(plan, compute(plan).baseline).gp_contacts_per_day is None
    assert "Infinity" not in strict_json(plan)


def test_a_denormal_gp_capacity_exports_a_workbook_whose_formulas_match(tmp_path: Path):
    from tests.planner.workbook.test_export import assert_matches_engine

    assert_matches_engine(denormal_gp_plan(), tmp_path / "plan.xlsx")


def test_hours_freed_too_small_to_matter_give_no_payback_or_cost_per_appointment():
    plan = two_role_plan()
    plan = replace(plan, roles=(*plan.roles, PHARM), activities=(
        replace(plan.activities[0], minutes={"GP": 10, "PN": 15, "PHARM": 10}), plan.activities[1]),
        scenarios=(Scenario("Tiny", (Shift("appts", "GP", "PHARM", 1e-300),
                                     Hire("PHARM", 0.0001, 0.0, False, 5000))),))
    figures = json.loads(strict_json(plan))["scenarios"]["Tiny"]
    assert figures["payback_months"] is None
    assert figures["cost_per_appointment_released"] is None


def _at_edges(name: str) -> st.SearchStrategy[float]:
    limit = NUMBER_LIMITS[name]
    low = limit.low + (5e-324 if limit.low_open else 0.0)
    return st.sampled_from([low, 5e-324 if low == 0 else low, 1e-308 if low == 0 else low, limit.high])


@st.composite
def edge_plans(draw: st.DrawFn) -> Plan:
    plan = two_role_plan()
    practice = replace(plan.practice, list_size=int(draw(_at_edges("list_size"))))
    assumptions = replace(plan.assumptions, **{k: draw(_at_edges(k)) for k in (
        "session_hours", "gp_appointment_minutes", "gp_hour_value", "employer_ni_threshold",
        "wte_hours", "safe_contacts_per_gp_day")})
    staff = tuple(replace(s, weekly_hours=draw(_at_edges("weekly_hours"))) for s in plan.staff)
    activities = tuple(replace(a, volume_per_week=draw(_at_edges("volume_per_week")),
                               minutes={r: draw(_at_edges("minutes")) for r in a.minutes})
                       for a in plan.activities)
    roles = tuple(replace(r, annual_salary=draw(_at_edges("annual_salary"))) for r in plan.roles)
    hire = Hire("PN", draw(_at_edges("wte")), draw(_at_edges("annual_salary")), True,
                draw(_at_edges("one_off_cost")), draw(_at_edges("ramp_up_months")))
    scenario = Scenario("Edge", (Shift("appts", "GP", "PN", draw(_at_edges("fraction"))), hire),
                        freed_time_use=draw(st.sampled_from(["", "locums", "appointments"])))
    return replace(plan, practice=practice, assumptions=assumptions, staff=staff, roles=roles,
                   activities=activities, scenarios=(scenario,))


@settings(max_examples=60)
@given(edge_plans())
def test_every_valid_plan_at_the_edges_gives_strict_json(plan: Plan):
    assert not validate_plan(plan), validate_plan(plan)
    text = strict_json(plan)
    for value in _numbers(json.loads(text)):
        assert math.isfinite(value)


@pytest.mark.slow
@settings(max_examples=6)
@given(plan=edge_plans())
def test_every_valid_plan_at_the_edges_prints_a_pack(plan: Plan, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("pack") / "pack.pdf"
    build_pack(plan, out)
    assert out.stat().st_size > 10_000


def _numbers(value: object) -> list[float]:
    if isinstance(value, dict):
        return [n for v in value.values() for n in _numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in _numbers(v)]
    return [float(value)] if isinstance(value, (int, float)) and not isinstance(value, bool) else []
