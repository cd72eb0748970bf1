"""Freeze what an option promised on the day it is approved (extension E12): its changes as they
were, its figures (``planner.engine.summary.scenario_figures``), its hires, and the plan it was
measured against (GP demand, capacity and shortfall, the team's hours by role, each activity's
volume, split and minutes, list size, reference edition, assumptions the review reuses, and where
the team and the work came from). The record is plain JSON, saved in ``plan.extras["decisions"]``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from planner.appointments.apply import EXTRAS_KEY as APPOINTMENTS_KEY
from planner.engine import ScenarioResult
from planner.engine.summary import scenario_figures
from planner.interchange import change_to_dict
from planner.model import Hire, Plan
from planner.present.outcome import scenario_outcome
from planner.reference import plan_edition
from planner.review.record import FROZEN_ASSUMPTIONS

#: where a rota import records its file and date, when it does: {"file": ..., "imported_on": "YYYY-MM-DD"}
ROTA_KEY = "rota_import"

#: the option's figures frozen at approval (keys of `skillmix summary --json`, and two of E12)
PROMISED_KEYS = (
    "gp_hours_freed_per_week", "gp_gap_closed_per_week", "gp_shortfall_today", "gp_shortfall_after",
    "gp_hours_absorbing_shortfall", "gp_hours_available", "gp_supervision_hours_per_week",
    "gp_appointments_released_per_year", "gp_contacts_per_day_before", "gp_contacts_per_day_after",
    "employment_cost_per_year", "arrs_reimbursement_per_year", "net_cost_per_year", "one_off_costs",
    "cash_saving_per_year", "cash_effect_per_year", "net_benefit_per_year",
)



def promised_figures(plan: Plan, result: ScenarioResult) -> dict[str, float | None]:
    """The figures an option promises. GP gap closed is the engine's figure when it has one,
    else the GP shortfall before less the GP shortfall after the option."""
    figures = scenario_figures(plan, result)
    gp = plan.assumptions.gp_role
    figures["gp_shortfall_after"] = result.after.shortfall(gp)
    figures.setdefault("gp_gap_closed_per_week", figures["gp_shortfall_today"] - figures["gp_shortfall_after"])
    return {k: None if figures.get(k) is None else float(figures[k]) for k in PROMISED_KEYS}


def freeze(plan: Plan, option: str, approved_on: date, approved_by: str) -> dict[str, Any]:
    """The record of approving ``option`` of ``plan``. ValueError, in words, when the plan has no
    such option or its figures cannot be worked out."""
    scenario = plan.scenario(option)
    if scenario is None:
        raise ValueError(f"There is no option called '{option}'.")
    outcome = scenario_outcome(plan, scenario)
    if isinstance(outcome, list):
        raise ValueError(f"'{option}' cannot be approved until its figures can be worked out: {outcome[0]}")
    alone = replace(plan, scenarios=(scenario,))
    return {
        "option": scenario.name, "approved_on": approved_on.isoformat(), "approved_by": approved_by,
        "freed_time_use": scenario.freed_time_use,
        "changes": [change_to_dict(c) for c in scenario.changes],
        "promised": promised_figures(alone, outcome),
        "hires": [_hire(plan, c) for c in scenario.changes if isinstance(c, Hire)],
        "baseline": frozen_baseline(plan, outcome),
    }


def _hire(plan: Plan, hire: Hire) -> dict[str, Any]:
    role = plan.role(hire.role)
    assert role is not None  # the option was worked out, so its roles exist
    return {"role": role.code, "title": role.title or role.code, "wte": hire.wte,
            "annual_salary": role.annual_salary if hire.annual_salary is None else hire.annual_salary,
            "arrs_funded": hire.arrs_funded, "arrs_cap": role.arrs_cap,
            "supervision_gp_hours_per_wte_week": role.supervision_gp_hours_per_wte_week}


def team_hours(plan: Plan) -> dict[str, float]:
    """Contracted hours a week of each role's staff (leave included), every role of the plan."""
    hours = {r.code: 0.0 for r in plan.roles}
    for s in plan.staff:
        hours[s.role] = hours.get(s.role, 0.0) + s.weekly_hours
    return hours


def frozen_baseline(plan: Plan, result: ScenarioResult) -> dict[str, Any]:
    gp, before = plan.assumptions.gp_role, result.before
    assumptions = {k: float(getattr(plan.assumptions, k, getattr(plan.practice, k, 0.0))) for k in FROZEN_ASSUMPTIONS}
    return {
        "gp_role": gp, "gp_demand": before.demand.get(gp, 0.0), "gp_capacity": before.capacity.get(gp, 0.0),
        "gp_shortfall": before.shortfall(gp), "team_hours": team_hours(plan),
        "staff": [{"name": s.name, "role": s.role, "weekly_hours": s.weekly_hours} for s in plan.staff],
        "activities": {a.code: {"name": a.name, "volume_per_week": a.volume_per_week, "split": dict(a.split),
                                "minutes": dict(a.minutes)} for a in plan.activities},
        "role_titles": {r.code: r.title or r.code for r in plan.roles},
        "role_leave": {r.code: r.leave_fraction for r in plan.roles},
        "list_size": plan.practice.list_size, "edition": plan_edition(plan), "assumptions": assumptions,
        "data": data_sources(plan),
    }


def data_sources(plan: Plan) -> dict[str, Any]:
    """Where the plan's work and team came from: the appointment files and months imported
    (E9), and the rota file and date when the rota import recorded them; None for either not known."""
    gpad = plan.extras.get(APPOINTMENTS_KEY)
    appointments = None
    if isinstance(gpad, dict):
        found = gpad.get("practice")
        practice = found if isinstance(found, dict) else {}
        appointments = {"files": [str(f) for f in gpad.get("files", [])],
                        "months": [str(m) for m in gpad.get("months", [])],
                        "practice": str(practice.get("code", ""))}
    rota = plan.extras.get(ROTA_KEY)
    rota_source = ({"file": str(rota.get("file", "")), "imported_on": str(rota.get("imported_on", ""))}
                   if isinstance(rota, dict) else None)
    return {"appointments": appointments, "rota": rota_source}
