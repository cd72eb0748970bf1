"""``skillmix import-appointment-book PLAN REPORT.csv|.xlsx [--mapping FILE.json] [--dry-run] [--json]``.

Reads the practice's own appointment report (one row per appointment) and sets the minutes per
activity and role to the mean length of the appointments of each slot type and role. Which
column is which, and what each slot type and role means, come from the mapping saved with the
plan, from ``--mapping`` ({"columns": {...}, "slot_types": {...}, "roles": {...}}), and for
columns from the headers' words. A word not mapped yet stops the import (exit 2), named by line
and column; the mapping used is saved with the plan.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from planner.appointments.book import BookMapping, apply_minutes, read_minutes, saved_mapping
from planner.appointments.book_reader import guess_columns, read_book
from planner.appointments.result import FileProblem
from planner.cli.common import read_mapping_json
from planner.cli.errors import UserError
from planner.engine import check
from planner.present.names import activity_name, role_title
from planner.store import PlanLock, open_plan, save_plan


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-appointment-book",
                       help="minutes per activity and role from your clinical system's appointment report")
    p.add_argument("plan", type=Path)
    p.add_argument("report", type=Path, help="the appointment report, CSV or .xlsx, one row per appointment")
    p.add_argument("--mapping", type=Path, metavar="FILE.json",
                   help='{"columns": {"duration": "Slot length"}, "slot_types": {"GP Routine": "routine_consult"}, '
                        '"roles": {"Salaried GP": "GP"}}')
    p.add_argument("--dry-run", action="store_true", help="check the import but change nothing")
    p.add_argument("--json", action="store_true", help="print the minutes and problems as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.plan.is_file():
        raise UserError(f"{args.plan} does not exist: give an existing plan file")
    given = _read_mapping(args.mapping) if args.mapping else {}
    with PlanLock(args.plan):
        plan, _ = open_plan(args.plan)
        table, problems = read_book(args.report)
        mapping = saved_mapping(plan)
        if table is not None:
            columns = {**guess_columns(table.headers), **mapping.columns, **given.get("columns", {})}
            mapping = BookMapping(columns, {**mapping.slot_types, **given.get("slot_types", {})},
                                  {**mapping.roles, **given.get("roles", {})})
            result, problems = read_minutes(table, mapping, plan)
        if problems or table is None or result is None:
            return _refuse(problems, args)
        new = apply_minutes(plan, result, mapping)
        check(new)
        if not args.dry_run:
            save_plan(new, args.plan)
    rows: list[dict[str, Any]] = [{"activity": a, "role": r, "minutes": m, "appointments": n}
                                  for (a, r), (m, n) in result.minutes.items()]
    if args.json:
        print(json.dumps({"minutes": rows, "counted": result.counted, "left_out": result.left_out, "problems": []},
                         indent=2))
    else:
        for row in rows:
            before = plan.activity(row["activity"]).minutes.get(row["role"])  # type: ignore[union-attr]
            print(f"  {activity_name(plan, row['activity'])[:44]:<46}{role_title(plan, row['role'])[:28]:<30}"
                  f"{'–' if before is None else f'{before:g}':>6} -> {row['minutes']:g} min ({row['appointments']:,})")
    print(f"{'Would set' if args.dry_run else 'Set'} {len(rows)} minutes from {result.counted:,} appointments "
          f"({result.left_out:,} DNA, cancelled or left out)", file=sys.stderr if args.json else sys.stdout)
    return 0


def _refuse(problems: list[FileProblem], args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps({"minutes": [], "counted": 0, "left_out": 0,
                          "problems": [p.as_json() for p in problems]}, indent=2))
    for p in problems[:50]:
        print(f"  - {p}", file=sys.stderr)
    print(f"skillmix: {len(problems)} problem{'s' if len(problems) != 1 else ''}; nothing was imported and the "
          "plan is unchanged (map unknown words with --mapping FILE.json)", file=sys.stderr)
    return 2


def _read_mapping(path: Path) -> dict[str, Any]:
    data = read_mapping_json(path)
    parts = ("columns", "slot_types", "roles")
    if not isinstance(data, dict) or not all(isinstance(data.get(k, {}), dict) for k in parts):
        raise UserError(f"{path} must be a JSON object with 'columns', 'slot_types' and 'roles' objects")
    return data
