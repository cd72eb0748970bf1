"""The pure engine: a plan in, figures out. No database, no widgets."""

from __future__ import annotations

from planner.engine.costs import HireCost, hire_cost
from planner.engine.problems import InvalidPlan, Problem
from planner.engine.projection import ProjectionYear, project
from planner.engine.realisation import Realisation, realisation
from planner.engine.results import PlanResults, ScenarioResult, check, compute, evaluate
from planner.engine.safety import SafetyCheck, safety_check
from planner.engine.validate import validate_plan
from planner.engine.workload import Workload, baseline, bureaucracy_hours, gp_hours_by_category

__all__ = [
    "HireCost", "hire_cost", "InvalidPlan", "Problem", "PlanResults", "ScenarioResult",
    "check", "compute", "evaluate", "validate_plan", "Workload", "baseline",
    "bureaucracy_hours", "gp_hours_by_category", "ProjectionYear", "project", "SafetyCheck",
    "safety_check", "Realisation", "realisation",
]
