"""The figures of a PCN plan as plain data (``skillmix pcn summary --json``): every figure of
docs/MODEL-EXTENSIONS.md P2-P5 under the names the pack, the workbook and the app use."""

from __future__ import annotations

from typing import Any

from planner.engine.pcn.results import PcnResult, PcnResults, PracticeFigures

#: per practice: key -> attribute of PracticeFigures
PRACTICE_KEYS: tuple[str, ...] = (
    "shared_sessions_before", "shared_sessions_after", "gp_hours_freed_per_week", "gp_gap_before",
    "gp_gap_after", "gp_gap_closed", "shared_cost", "shared_arrs", "recharge_before", "recharge_after",
    "own_net_cost", "own_arrs", "net_cost_change")

#: for the network: key -> attribute of PcnResult (or of its allocation)
NETWORK_KEYS: tuple[str, ...] = (
    "allocation", "committed", "planned", "headroom", "gp_hours_freed_per_week", "gp_gap_closed",
    "recruits_cost", "one_off_costs", "net_cost_change")


def practice_figures(p: PracticeFigures) -> dict[str, Any]:
    return {"code": p.code, "name": p.name} | {k: getattr(p, k) for k in PRACTICE_KEYS}


def network_figures(r: PcnResult) -> dict[str, Any]:
    money = {"allocation": r.money.allocation, "committed": r.money.committed, "planned": r.money.planned,
             "headroom": r.money.headroom}
    return money | {k: getattr(r, k) for k in NETWORK_KEYS if k not in money}


def result_summary(r: PcnResult) -> dict[str, Any]:
    return {
        "network": network_figures(r),
        "practices": [practice_figures(p) for p in r.practices],
        "shared_team": [{"name": c.staff.name, "role": c.staff.role, "wte": c.staff.wte,
                         "sessions": dict(c.staff.sessions), "employment_cost": c.cost.employment_cost,
                         "arrs": c.cost.arrs, "arrs_this_year": c.arrs_this_year, "claimable": c.claimable}
                        for c in r.costs],
        "rules_broken": [{"rule": b.rule, "where": b.where, "message": b.message} for b in r.breaks],
    }


def pcn_summary(results: PcnResults) -> dict[str, Any]:
    return {"today": result_summary(results.today),
            "options": {r.name: result_summary(r) for r in results.options}}
