"""Excel commands: audit-template, import-audit, export-xlsx."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from planner.audit import (
    AuditError,
    AuditProblem,
    apply_audit,
    avoidable_shares,
    read_audit,
    seed_scenario,
    write_audit_template,
)
from planner.audit.template import MAX_ROWS
from planner.audit.vocab import DEFAULT_ROLES, SHARE_LABELS
from planner.cli.common import check_plan, read_plan, refuse_overwrite
from planner.cli.errors import InvalidPlanFile, UserError
from planner.engine import InvalidPlan
from planner.model import Plan
from planner.store import PlanLock, open_plan, save_plan
from planner.workbook import export_workbook, scenario_sheet_names

PROBLEMS_SHOWN = 50


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit-template", help="write the appointment audit workbook a GP fills in")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="AUDIT.xlsx")
    p.add_argument("--rows", type=int, default=300, help="answer rows (default 300)")
    p.add_argument("--plan", help="offer this plan's role codes (default: GP, Nurse, Other)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(run=audit_template)

    p = sub.add_parser("import-audit", help="read a filled-in audit into a plan's avoidable shares")
    p.add_argument("plan", type=Path)
    p.add_argument("audit", type=Path)
    p.add_argument("--seed-scenario", metavar="NAME", help="also add a scenario made from the shares")
    p.add_argument("--json", action="store_true", help="print the imported shares as JSON")
    p.set_defaults(run=import_audit)

    p = sub.add_parser("export-xlsx", help="write the plan as an Excel workbook with live formulas")
    p.add_argument("plan")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLAN.xlsx")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(run=export_xlsx)


def _xlsx_name(path: Path, force: bool) -> None:
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"{path}: the workbook name must end in .xlsx so Excel opens it")
    refuse_overwrite(path, force)


def audit_template(args: argparse.Namespace) -> int:
    if not 1 <= args.rows <= MAX_ROWS:
        raise UserError(f"--rows must be between 1 and {MAX_ROWS}, not {args.rows}")
    _xlsx_name(args.output, args.force)
    roles = [r.code for r in read_plan(args.plan, checked=False).roles] if args.plan else list(DEFAULT_ROLES)
    write_audit_template(args.output, roles, args.rows, force=args.force)
    print(f"Wrote {args.output}: {args.rows} rows to fill in; roles {', '.join(roles)}")
    return 0


def import_audit(args: argparse.Namespace) -> int:
    if not args.audit.is_file():
        raise UserError(f"{args.audit} does not exist")
    result, problems = read_audit(args.audit)
    if problems or result is None:
        _print_problems(args.audit, problems)
        return 2
    with PlanLock(args.plan):
        plan, _ = open_plan(args.plan)
        try:
            plan = apply_audit(plan, result, args.audit.name)
            if args.seed_scenario is not None:
                plan = seed_scenario(plan, args.seed_scenario)
                check_plan(plan, args.plan)
        except (InvalidPlan, InvalidPlanFile):
            raise
        except (AuditError, ValueError) as e:
            raise UserError(f"{args.audit}: {e}; nothing was imported") from e
        save_plan(plan, args.plan)
    report = _report(plan, args.seed_scenario)
    print(json.dumps(report, indent=2) if args.json else _render(report, args.plan))
    return 0


def _print_problems(audit: Path, problems: list[AuditProblem]) -> None:
    for p in problems[:PROBLEMS_SHOWN]:
        print(f"  {p}", file=sys.stderr)
    if len(problems) > PROBLEMS_SHOWN:
        print(f"  ... and {len(problems) - PROBLEMS_SHOWN} more", file=sys.stderr)
    print(f"skillmix: {audit} has {len(problems)} problem(s); nothing was imported and the plan "
          "is unchanged", file=sys.stderr)


def _report(plan: Plan, scenario: str | None) -> dict[str, Any]:
    shares = avoidable_shares(plan)
    return {"source": shares.source, "audited": shares.audited, "period": shares.period,
            "shares": dict(shares.shares), "total": shares.total, "scenario": scenario}


def _render(report: dict[str, Any], plan_path: Path) -> str:
    lines = [f"Imported {report['source']} into {plan_path}: {report['audited']} GP appointments, "
             f"{report['period']}.", "Could have been handled by (share of GP appointments):"]
    lines += [f"  {label:<44}{report['shares'][key]:>7.1%}" for key, label in SHARE_LABELS.items()]
    lines.append(f"  {'Total potentially avoidable':<44}{report['total']:>7.1%}")
    if report["scenario"]:
        lines.append(f"Added the scenario '{report['scenario']}'.")
    return "\n".join(lines)


def export_xlsx(args: argparse.Namespace) -> int:
    _xlsx_name(args.output, args.force)
    plan = read_plan(args.plan)
    export_workbook(plan, args.output, force=args.force)
    sheets = list(scenario_sheet_names(plan).values())
    print(f"Wrote {args.output}: Summary, Team, Workload, {len(sheets)} scenario sheet(s), Assumptions")
    return 0
