"""The summary of a plan's figures, in the JSON shape of MODEL.md."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from planner.engine import (
    PlanResults,
    ScenarioResult,
    bureaucracy_hours,
    project,
    realisation,
)
from planner.engine.safety import option_safety
from planner.engine.value import gap_value, idle_hires
from planner.model import Plan


def scenario_summary(r: ScenarioResult) -> dict[str, Any]:
    return {
        "demand_hours": dict(r.after.demand),
        "capacity_hours": dict(r.after.capacity),
        "shortfall_hours": r.shortfall_hours,
        "gp_hours_freed_per_week": r.gp_hours_freed_per_week,
        "gp_sessions_freed_per_week": r.gp_sessions_freed_per_week,
        "gp_appointments_released_per_year": r.gp_appointments_released_per_year,
        "employment_cost_per_year": r.employment_cost_per_year,
        "arrs_reimbursement_per_year": r.arrs_reimbursement_per_year,
        "one_off_costs": r.one_off_costs,
        "net_cost_per_year": r.net_cost_per_year,
        "gp_time_value_per_year": r.gp_time_value_per_year,
        "net_benefit_per_year": r.net_benefit_per_year,
        "cost_per_appointment_released": r.cost_per_appointment_released,
        "payback_months": r.payback_months,
        "gp_supervision_hours_per_week": r.after.supervision_hours,
    }


def extension_summary(plan: Plan, r: ScenarioResult) -> dict[str, Any]:
    """Figures of docs/MODEL-EXTENSIONS.md: projection, safe working, rooms."""
    before, after = option_safety(plan, r)
    return asdict(realisation(plan, r)) | asdict(gap_value(plan, r)) | {
        "hours_changes": [asdict(h) | {"change": h.change} for h in r.hours_changes],
        "idle_hires": [asdict(h) for h in idle_hires(plan, r)],
        "gp_sessions_to_safe": after.gp_sessions_to_safe,
        "gp_contacts_to_move_to_safe": after.gp_contacts_to_move_to_safe,
        "freed_time_use": r.scenario.freed_time_use,
        "gp_contacts_per_day_before": before.gp_contacts_per_day,
        "gp_contacts_per_day_after": after.gp_contacts_per_day,
        "room_sessions_needed_before": before.room_sessions_needed,
        "room_sessions_needed_after": after.room_sessions_needed,
        "room_sessions_available": after.room_sessions_available,
        "projection": [asdict(y) for y in project(r, plan.assumptions, plan.practice.weeks_per_year)],
    }


def scenario_figures(plan: Plan, r: ScenarioResult) -> dict[str, Any]:
    """Every figure of one option (MODEL.md and the extensions), by its `summary --json` key."""
    figures = scenario_summary(r) | extension_summary(plan, r)
    years = figures["projection"]
    figures["net_benefit_over_projection"] = years[-1]["cumulative_net_benefit"] if years else 0.0
    return figures


def summary_dict(plan: Plan, results: PlanResults) -> dict[str, Any]:
    from planner.reference import plan_edition, plan_hcas_zone

    base = results.baseline
    by_cat = results.gp_hours_by_category
    return {
        "edition": plan_edition(plan),
        "hcas_zone": plan_hcas_zone(plan),
        "baseline": {
            "demand_hours": dict(base.demand),
            "capacity_hours": dict(base.capacity),
            "gap_hours": {r: base.gap(r) for r in base.capacity},
            "gp_hours_by_category": dict(by_cat),
            "gp_bureaucracy_hours": bureaucracy_hours(by_cat),
        },
        "scenarios": {r.scenario.name: scenario_figures(plan, r) for r in results.scenarios},
    }
