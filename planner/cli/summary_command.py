"""``skillmix summary PLAN [--scenario NAME] [--json]``."""

from __future__ import annotations

import argparse
import json

from planner.appointments.provenance import as_json as workload_sources
from planner.cli.common import read_plan
from planner.cli.errors import UserError
from planner.engine import compute
from planner.engine.summary import summary_dict
from planner.estimates import option_ranges
from planner.model import CATEGORY_LABELS, Plan
from planner.present import figures as present_figures
from planner.present import format as fmt
from planner.present.names import role_title


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
    results = compute(plan, names)
    summary = summary_dict(plan, results)
    for name, ranged in option_ranges(plan, results.scenarios).items():
        summary["scenarios"][name] |= ranged
    sources = workload_sources(plan)
    if sources is not None:  # the practice's own appointment data imported (E9)
        summary["workload_sources"] = sources
    if args.json:
        print(json.dumps(summary, indent=2, allow_nan=False))
    else:
        print(render_text(plan, summary))
    return 0


def result_lines(plan: Plan, figures: dict) -> list[str]:  # type: ignore[type-arg]
    """Every figure of one option, labelled and printed as in the app and the pack."""
    out = []
    for group, members in present_figures.grouped():
        out.append(f"  {group}:")
        for f in members:
            indent = "      " if f.part_of else "    "
            out.append(f"{indent}{f.label_for(plan):<{54 - len(indent)}}{f.show(figures, plan):>16}")
    return out


def _warnings(r: dict) -> list[str]:  # type: ignore[type-arg]
    available = r.get("room_sessions_available")
    if available is not None and r["room_sessions_needed_after"] > available:
        return [f"  Room sessions needed a week: {r['room_sessions_needed_after']:.1f} of {available:g} available"]
    return []


def render_text(plan: Plan, summary: dict) -> str:  # type: ignore[type-arg]
    base = summary["baseline"]
    out = [f"{plan.practice.name} — {plan.practice.list_size:,} patients",
           f"Reference figures: {summary.get('edition', '')} edition", "",
           "Team time a week (hours):", f"  {'Role':<36}{'Demand':>10}{'Capacity':>10}{'Gap':>10}"]
    for role in base["demand_hours"]:
        d, c = base["demand_hours"][role], base["capacity_hours"][role]
        out.append(f"  {role_title(plan, role)[:35]:<36}{fmt.hours(d):>10}{fmt.hours(c):>10}{fmt.hours(c - d):>10}")
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
        out += result_lines(plan, r)
        out += _warnings(r)
    return "\n".join(out)
