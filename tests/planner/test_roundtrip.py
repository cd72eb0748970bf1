"""Save/load and JSON round trips are exact."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from planner.interchange import plan_from_dict, plan_to_dict
from planner.store import load_plan, save_plan
from tests.planner.strategies import plans


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plans())
def test_json_round_trip_is_exact(plan):
    text = json.dumps(plan_to_dict(plan))
    assert plan_from_dict(json.loads(text)) == plan


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plans())
def test_save_load_round_trip_is_exact(tmp_path, plan):
    path = tmp_path / "p.skillmix"
    save_plan(plan, path)
    assert load_plan(path) == plan
    save_plan(plan, path)  # saving over an existing plan replaces it whole
    assert load_plan(path) == plan
