"""A scenario on its own: the engine's figures, or its problems in words; and doing nothing."""

from __future__ import annotations

from dataclasses import replace

from planner.engine import InvalidPlan, ScenarioResult, evaluate, validate_plan
from planner.engine.workload import Workload
from planner.model import Plan, Scenario
from planner.present.names import DO_NOTHING, readable_problem


def scenario_outcome(plan: Plan, scenario: Scenario) -> ScenarioResult | list[str]:
    """The engine's results for ``scenario`` against ``plan`` (other scenarios ignored, so a
    broken one elsewhere does not hide these figures), or the problems in words."""
    alone = replace(plan, scenarios=(scenario,))
    problems = validate_plan(alone)
    if not problems:
        try:
            return evaluate(alone, scenario, validated=True)
        except InvalidPlan as e:
            problems = e.problems
    return [readable_problem(plan, p) for p in problems]


def do_nothing(plan: Plan, before: Workload | None = None) -> ScenarioResult:
    """The engine's figures for changing nothing: no hours freed, no cost, and the roles
    short of time today. The plan must be valid."""
    return evaluate(plan, Scenario(DO_NOTHING), before, validated=True)
