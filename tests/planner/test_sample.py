"""The sample practice: valid, believable, round-trips, and built from the default catalogue."""

from __future__ import annotations

import pytest

from planner.catalogue import activity_entry, make_activity
from planner.engine import bureaucracy_hours, compute, validate_plan
from planner.interchange import plan_from_dict, plan_to_dict
from planner.model import Hire, Plan
from planner.reference import default_assumptions
from planner.sample import SAMPLE_PATH, sample_path, sample_plan


@pytest.fixture(scope="module")
def plan() -> Plan:
    return sample_plan()


def test_sample_file_is_in_resources() -> None:
    assert SAMPLE_PATH.is_file()
    assert sample_path() == SAMPLE_PATH


def test_sample_validates(plan: Plan) -> None:
    assert validate_plan(plan) == []


def test_sample_is_riverside_with_three_scenarios(plan: Plan) -> None:
    assert plan.practice.name == "Riverside Medical Practice"
    assert plan.practice.list_size == 10400
    assert plan.practice.weeks_per_year == 52
    assert [s.name for s in plan.scenarios] == [
        "Clinical pharmacist", "Document workflow and care navigation", "Paramedic for home visits"]
    assert sum(s.recommended for s in plan.scenarios) == 1
    assert all(s.description.strip() for s in plan.scenarios)


def test_sample_round_trips_through_plan_json(plan: Plan) -> None:
    assert plan_from_dict(plan_to_dict(plan)) == plan


def test_every_scenario_frees_a_believable_number_of_gp_hours(plan: Plan) -> None:
    results = compute(plan)
    for r in results.scenarios:
        assert r.gp_hours_freed_per_week > 0, r.scenario.name
        assert 3 <= r.gp_hours_freed_per_week <= 15, r.scenario.name
        assert 0 <= r.net_cost_per_year < 50000, r.scenario.name


def test_scenarios_hire_as_described(plan: Plan) -> None:
    hires = {s.name: [c for c in s.changes if isinstance(c, Hire)] for s in plan.scenarios}
    assert [(h.role, h.arrs_funded) for h in hires["Clinical pharmacist"]] == [("PHARM", True)]
    assert [(h.role, h.arrs_funded) for h in hires["Document workflow and care navigation"]] == [
        ("ADMIN", False)]
    assert [(h.role, h.arrs_funded) for h in hires["Paramedic for home visits"]] == [("PARA", True)]


def test_baseline_is_a_practice_under_pressure(plan: Plan) -> None:
    results = compute(plan)
    base = results.baseline
    demand, capacity = base.demand["GP"], base.capacity["GP"]
    assert 1.0 < demand / capacity < 1.15
    share = bureaucracy_hours(results.gp_hours_by_category) / demand
    assert 0.30 <= share <= 0.40


def test_team_is_realistic_for_the_list_size(plan: Plan) -> None:
    a = plan.assumptions
    gps = [s for s in plan.staff if s.role == "GP"]
    assert 8 <= len(gps) <= 9
    assert 6 <= sum(s.weekly_hours for s in gps) / a.wte_hours <= 7
    roles = {s.role for s in plan.staff}
    assert {"GP", "ANP", "PN", "HCA", "PHARM", "RECEP", "ADMIN", "PM"} <= roles


def test_sample_uses_the_catalogue_defaults(plan: Plan) -> None:
    """If a default figure changes, the sample must be rebuilt from the catalogue. The sample is
    a plan of the current contract year (2026/27): its values are that edition's defaults."""
    from planner.catalogue import role_defaults_in
    from planner.reference import plan_edition

    edition = plan_edition(plan)
    assert edition == "2026/27"
    assert plan.assumptions == default_assumptions(edition=edition)
    for r in plan.roles:
        for fld, d in role_defaults_in(r.code, edition).items():
            assert d.matches(getattr(r, fld)), (r.code, fld)
    codes = {r.code for r in plan.roles}
    for act in plan.activities:
        expected = make_activity(activity_entry(act.code), plan.practice.list_size)
        assert act.volume_per_week == pytest.approx(expected.volume_per_week, abs=0.01), act.code
        assert act.minutes == {r: m for r, m in expected.minutes.items() if r in codes}, act.code
        assert act.category == expected.category and act.name == expected.name, act.code
