"""Scenario results: GP time freed, cost, ARRS, net cost, payback (MODEL.md)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.engine.costs import HireCost, HoursCost
from planner.engine.problems import NEGLIGIBLE, InvalidPlan
from planner.engine.scenario import apply_scenario
from planner.engine.validate import validate_plan
from planner.engine.workload import Workload, baseline, gp_hours_by_category
from planner.model import Plan, Scenario


@dataclass(frozen=True)
class ScenarioResult:
    scenario: Scenario
    before: Workload
    after: Workload
    hires: tuple[HireCost, ...]
    gp_hours_freed_per_week: float
    gp_sessions_freed_per_week: float
    gp_appointments_released_per_year: float
    employment_cost_per_year: float
    arrs_reimbursement_per_year: float
    one_off_costs: float
    net_cost_per_year: float
    gp_time_value_per_year: float
    net_benefit_per_year: float
    cost_per_appointment_released: float | None
    payback_months: float | None
    #: changes of people's hours and what each costs (extension E13)
    hours_changes: tuple[HoursCost, ...] = ()

    @property
    def shortfall_hours(self) -> dict[str, float]:
        return {r: self.after.shortfall(r) for r in self.after.capacity}


def check(plan: Plan) -> None:
    """Raise InvalidPlan with every problem when the plan cannot be computed."""
    problems = validate_plan(plan)
    if problems:
        raise InvalidPlan(problems)


def evaluate(plan: Plan, scenario: Scenario, before: Workload | None = None,
             *, validated: bool = False) -> ScenarioResult:
    """Every scenario result of MODEL.md for ``scenario`` against ``plan``'s baseline."""
    if not validated:
        check(plan)
    before = before or baseline(plan)
    applied = apply_scenario(plan, scenario)
    after, hires = applied.after, applied.hires
    a, weeks, gp = plan.assumptions, plan.practice.weeks_per_year, plan.assumptions.gp_role
    freed = before.demand[gp] - after.demand[gp]
    released = freed * 60 / a.gp_appointment_minutes * weeks
    employment = sum(h.employment_cost for h in hires) + sum(h.change for h in applied.hours)
    arrs = sum(h.arrs for h in hires)
    one_off = sum(h.one_off_cost for h in hires)
    net_cost = employment - arrs
    value = freed * weeks * a.gp_hour_value
    benefit = value - net_cost
    return ScenarioResult(
        scenario, before, after, hires,
        gp_hours_freed_per_week=freed,
        gp_sessions_freed_per_week=freed / a.session_hours,
        gp_appointments_released_per_year=released,
        employment_cost_per_year=employment,
        arrs_reimbursement_per_year=arrs,
        one_off_costs=one_off,
        net_cost_per_year=net_cost,
        gp_time_value_per_year=value,
        net_benefit_per_year=benefit,
        cost_per_appointment_released=net_cost / released if released > NEGLIGIBLE else None,
        payback_months=12 * one_off / benefit if benefit > NEGLIGIBLE else None,
        hours_changes=applied.hours,
    )


@dataclass(frozen=True)
class PlanResults:
    baseline: Workload
    gp_hours_by_category: dict[str, float]
    scenarios: tuple[ScenarioResult, ...]

    def scenario(self, name: str) -> ScenarioResult:
        for r in self.scenarios:
            if r.scenario.name == name:
                return r
        raise KeyError(name)


def compute(plan: Plan, names: list[str] | None = None) -> PlanResults:
    """Baseline and the results of every scenario (or only those named)."""
    check(plan)
    base = baseline(plan)
    chosen = [s for s in plan.scenarios if names is None or s.name in names]
    results = tuple(evaluate(plan, s, base, validated=True) for s in chosen)
    return PlanResults(base, gp_hours_by_category(plan, base), results)
