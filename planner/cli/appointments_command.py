"""``skillmix import-appointments PLAN FILE.csv... --practice CODE [--months A..B]
[--list-sizes FILE] [--dry-run] [--json]``, and ``--list-practices``.

Reads NHS England's Appointments in General Practice practice-level CSVs and puts the
practice's own weekly appointments in the plan in place of the estimates they cover (one save,
all or nothing). Exit 0 when imported (or importable, with ``--dry-run``); 2 when problems
block it: they are printed with file, line and column, and the plan is not touched.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from planner.appointments import (
    AppointmentImport,
    FileProblem,
    GpadScan,
    ListSizes,
    import_json,
    list_practices,
    parse_months,
    prepare_import,
    read_gpad,
    read_list_sizes,
)
from planner.appointments.apply import DECIMALS, apply_import
from planner.cli.errors import UserError
from planner.engine import check
from planner.present import data_source
from planner.present import format as fmt
from planner.store import PlanLock, open_plan, save_plan

SHOWN = 50


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-appointments",
                       help="read Appointments in General Practice CSVs: the practice's own weekly appointments")
    p.add_argument("plan", type=Path)
    p.add_argument("files", type=Path, nargs="+", metavar="FILE.csv",
                   help="practice-level CSVs (Practice_Level_Crosstab_...), one or more months")
    p.add_argument("--practice", metavar="CODE", help="the practice's code (or its name, or a unique part of it)")
    p.add_argument("--months", metavar="A..B", help="months to use, e.g. 2026-06..2026-08 (default: all in the files)")
    p.add_argument("--list-sizes", type=Path, metavar="FILE",
                   help="Patients Registered at a GP Practice CSV (gp-reg-pat-prac-all.csv) for benchmarks")
    p.add_argument("--list-practices", action="store_true", help="list the practices in the files and stop")
    p.add_argument("--dry-run", action="store_true", help="check the import but change nothing")
    p.add_argument("--json", action="store_true", help="print the weekly appointments and problems as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list_practices:
        return _list(args.files)
    if not args.practice:
        raise UserError("say which practice with --practice CODE (see --list-practices)")
    try:
        months = parse_months(args.months) if args.months else None
    except ValueError as e:
        raise UserError(str(e)) from e
    if not args.plan.is_file():
        raise UserError(f"{args.plan} does not exist: give an existing plan file")
    lists, list_problems = read_list_sizes(args.list_sizes) if args.list_sizes else (None, [])
    with PlanLock(args.plan):
        plan, _ = open_plan(args.plan)
        scan = read_gpad(list(args.files), args.practice, months)
        scan.problems.extend(list_problems)
        if scan.problems or not scan.ok:
            return _refuse(scan, args)
        imported = prepare_import(plan, scan, lists)
        new = apply_import(plan, imported)
        check(new)
        if not args.dry_run:
            save_plan(new, args.plan)
    print(json.dumps(import_json(imported), indent=2) if args.json else render(imported, lists))
    done = "Would import" if args.dry_run else "Imported"
    print(f"{done} {len(imported.volumes.changes)} activity volumes into {args.plan.name}",
          file=sys.stderr if args.json else sys.stdout)
    return 0


def _list(files: list[Path]) -> int:
    entries, problems = list_practices(list(files))
    for e in entries:
        months = data_source.period(sorted(e.months))
        print(f"{e.practice.code:<8} {e.practice.name:<44} {e.practice.pcn_name:<32} {months}")
    _print_problems(problems)
    return 2 if problems else 0


def _refuse(scan: GpadScan, args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps(refusal_json(scan, args.practice), indent=2))
    _print_problems(scan.problems)
    print(f"skillmix: {len(scan.problems)} problem{'s' if len(scan.problems) != 1 else ''}; nothing was "
          "imported and the plan is unchanged", file=sys.stderr)
    return 2


def refusal_json(scan: GpadScan, wanted: str) -> dict[str, Any]:
    practice = scan.practice
    return {"practice": {"code": practice.code if practice else wanted.strip().upper(),
                         "name": practice.name if practice else ""},
            "months": list(scan.months), "per_week": {}, "dna_per_week": {},
            "problems": [p.as_json() for p in scan.problems]}


def _print_problems(problems: list[FileProblem]) -> None:
    for p in problems[:SHOWN]:
        print(f"  - {p}", file=sys.stderr)
    if len(problems) > SHOWN:
        print(f"  ... and {len(problems) - SHOWN} more", file=sys.stderr)


def render(imported: AppointmentImport, lists: ListSizes | None) -> str:
    practice = imported.scan.practice
    assert practice is not None
    out = [f"{practice.code} {practice.name}: {data_source.period(imported.months)} "
           f"({fmt.number(imported.scan.weeks, 2)} weeks) from {data_source.files_text(imported.files)}", "",
           "Appointments a week (every status but DNA), by national category and staff type:"]
    staff = list(imported.per_week)
    width = max([10, *(len(h) + 2 for h in staff)])
    out.append(f"  {'National category':<58}" + "".join(f"{h:>{width}}" for h in staff))
    for category in sorted({c for by in imported.per_week.values() for c in by}):
        cells = [imported.per_week[h].get(category, 0.0) for h in staff]
        out.append(f"  {category[:57]:<58}" + "".join(f"{fmt.number(v, 1):>{width}}" for v in cells))
    dna = ", ".join(f"{h} {fmt.number(round(v, DECIMALS), 1)}" for h, v in imported.dna_per_week.items())
    out += [f"  DNAs a week (not counted above): {dna or 'none'}", "", "Activity volumes, before -> after:"]
    for c in imported.volumes.changes:
        gp = "" if c.gp_share is None else f"; GP share in your data {fmt.percent(c.gp_share)}"
        out.append(f"  {c.name:<58}{fmt.number(c.volume_before, 1):>9} -> {fmt.number(c.volume_after, 1):>9}{gp}")
    if imported.volumes.not_placed:
        out += ["", "Not placed (no activity in the plan for them; not counted):"]
        out += [f"  {c:<58}{fmt.number(v, 1):>9} a week" for c, v in imported.volumes.not_placed.items()]
    out += ["", *(f"Note: {n}" for n in imported.volumes.notes)]
    if lists is None:
        out.append("Benchmarks per 1,000 patients use the plan's list size for your practice only; give "
                   "--list-sizes gp-reg-pat-prac-all.csv to compare rates with your PCN and sub-ICB.")
    return "\n".join(line for line in out).rstrip()
