"""For any valid plan the workbook's formulas give the engine's figures."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, given, settings

from planner.engine import validate_plan
from planner.model import Plan
from tests.planner.strategies import plans
from tests.planner.workbook.test_export import assert_matches_engine


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_any_valid_plan_exports_to_formulas_that_match_the_engine(plan: Plan) -> None:
    if validate_plan(plan):
        return
    with TemporaryDirectory() as d:
        assert_matches_engine(plan, Path(d) / "plan.xlsx")
