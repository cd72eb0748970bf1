"""``skillmix summary PLAN [--scenario NAME] [--json]``."""

from __future__ import annotations

import argparse
import json

from planner.appointments.provenance import as_json as workload_sources
from planner.cli.common import read_plan
from planner.cli.errors import UserError
from planner.engine import compute
from planner.engine.summary import summary_dict
from planner.model import CATEGORY_LABELS, Plan
from planner.present import format as fmt


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("summary", help="print the baseline and scenario figures")
    p.add_argument("plan")
    p.add_argument("--scenario", action="append", metavar="NAME",
                   help="only this scenario (repeat for more)")
    p.add_argument("--json", action="store_true", help="print JSON (the shape in MODEL.md)")
    p.set_defaults(run=run)


def scenario_name(plan: Plan, name: str) -> str:
    """The plan's scenario called ``name``, matched exactly or else ignoring case and spaces."""
    known = [s.name for s in plan.scenarios]
    if name in known:
        return name
    folded = [k for k in known if k.casefold().strip() == name.casefold().strip()]
    if len(folded) == 1:
        return folded[0]
    raise UserError(f"no scenario named '{name}' (the plan has: {', '.join(sorted(known)) or 'none'})")


def run(args: argparse.Namespace) -> int:
    plan = read_plan(args.plan)
    names = None if args.scenario is None else [scenario_name(plan, n) for n in args.scenario]
    summary = summary_dict(plan, compute(plan, names))
    sources = workload_sources(plan)
    if sources is not None:  # the practice's own appointment data imported (E9)
        summary["workload_sources"] = sources
    if args.json:
        print(json.dumps(summary, indent=2, allow_nan=False))
    else:
        print(render_text(plan, summary))
    return 0


RESULT_LINES = (
    ("GP hours freed a week", "gp_hours_freed_per_week", fmt.hours),
    ("GP sessions freed a week", "gp_sessions_freed_per_week", fmt.hours),
    ("GP appointments released a year", "gp_appointments_released_per_year", fmt.number),
    ("Employment cost a year", "employment_cost_per_year", fmt.money),
    ("ARRS reimbursement a year", "arrs_reimbursement_per_year", fmt.money),
    ("Net cost a year", "net_cost_per_year", fmt.money),
    ("Value of GP time freed a year", "gp_time_value_per_year", fmt.money),
    ("Net benefit a year", "net_benefit_per_year", fmt.money),
    ("One-off costs", "one_off_costs", fmt.money),
    ("Cost per appointment released", "cost_per_appointment_released",
     lambda v: "–" if v is None else f"£{v:,.2f}"),
    ("Payback (months)", "payback_months", lambda v: fmt.number(v, 1)),
)


def _warnings(plan: Plan, r: dict) -> list[str]:  # type: ignore[type-arg]
    out = []
    safe = plan.assumptions.safe_contacts_per_gp_day
    after = r.get("gp_contacts_per_day_after")
    if after is not None and after > safe:
        out.append(f"  GP patient contacts a day: {after:.1f} (above the safe {safe:g}; "
                   f"{r['gp_contacts_per_day_before']:.1f} today)")
    available = r.get("room_sessions_available")
    if available is not None and r["room_sessions_needed_after"] > available:
        out.append(f"  Room sessions needed a week: {r['room_sessions_needed_after']:.1f} "
                   f"of {available:g} available")
    return out


def render_text(plan: Plan, summary: dict) -> str:  # type: ignore[type-arg]
    base = summary["baseline"]
    out = [f"{plan.practice.name} — {plan.practice.list_size:,} patients",
           f"Reference figures: {summary.get('edition', '')} edition", "",
           "Team time a week (hours):", f"  {'Role':<36}{'Demand':>10}{'Capacity':>10}{'Gap':>10}"]
    titles = {r.code: r.title or r.code for r in plan.roles}
    for role in base["demand_hours"]:
        d, c = base["demand_hours"][role], base["capacity_hours"][role]
        out.append(f"  {titles[role][:35]:<36}{fmt.hours(d):>10}{fmt.hours(c):>10}{fmt.hours(c - d):>10}")
    out += ["", "Where GP time goes (hours a week):"]
    for cat, h in base["gp_hours_by_category"].items():
        if h:
            out.append(f"  {CATEGORY_LABELS[cat]:<30}{fmt.hours(h):>8}")
    total = sum(base["gp_hours_by_category"].values())
    share = base["gp_bureaucracy_hours"] / total if total else 0
    out.append(f"  Bureaucracy (not appointments, triage or visits): "
               f"{fmt.hours(base['gp_bureaucracy_hours'])} h ({share:.0%})")
    for name, r in summary["scenarios"].items():
        out += ["", f"Scenario: {name}"]
        out += [f"  {label:<34}{f(r[key]):>14}" for label, key, f in RESULT_LINES]
        short = {k: v for k, v in r["shortfall_hours"].items() if v > 1e-9}
        if short:
            out.append("  Roles short of time: " + ", ".join(f"{titles[k]} {fmt.hours(v)} h"
                                                            for k, v in short.items()))
        out += _warnings(plan, r)
    return "\n".join(out)
