"""``skillmix import-rota ROTA.xlsx [--plan PLAN] [--sheet NAME]... [--mapping FILE] [--dry-run] [--json]``.

Reads an Excel rota into each person's average week by session category. With ``--plan``
the people are added or updated by name in the plan file in one save (all or nothing),
and the words mapped with ``--mapping`` are saved with the plan. Exit 0 when imported (or
importable, with ``--dry-run``); 2 when problems block it (the problems are still printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from planner.cli.common import read_mapping_json
from planner.cli.errors import UserError
from planner.present import format as fmt
from planner.rota import (
    CATEGORIES,
    COUNTED,
    RotaImport,
    RotaVocabulary,
    apply_rota,
    default_vocabulary,
    read_rota,
    vocabulary_of,
    with_vocabulary,
)
from planner.rota.mapping import RotaMapping, parse_mapping
from planner.store import PlanLock, open_plan, save_plan

DECIMALS = 4


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-rota", help="read an Excel rota: each person's weekly hours by session category")
    p.add_argument("rota", type=Path, help="the rota workbook (.xlsx or .xlsm)")
    p.add_argument("--plan", type=Path, help="add or update these people, by name, in this plan file")
    p.add_argument("--sheet", action="append", metavar="NAME", help="read only this sheet (repeat for more)")
    p.add_argument("--mapping", type=Path, metavar="FILE",
                   help='JSON of your own words, e.g. {"EC": "clinic", "Dispenser": "ADMIN"}')
    p.add_argument("--dry-run", action="store_true", help="check the import but change nothing")
    p.add_argument("--json", action="store_true", help="print the staff and problems as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    mapping = read_mapping(args.mapping) if args.mapping else RotaMapping()
    if args.plan is None:
        vocab = vocabulary_with(default_vocabulary(), mapping, set())
        result = read_rota(args.rota, vocab, args.sheet, options=mapping.options)
        show(result, args)
        return _blocked(result) or 0
    if not args.plan.is_file():
        raise UserError(f"{args.plan} does not exist: give an existing plan file (or leave out --plan)")
    with PlanLock(args.plan):
        plan, _ = open_plan(args.plan)
        vocab = vocabulary_with(vocabulary_of(plan), mapping, {r.code for r in plan.roles})
        result = read_rota(args.rota, vocab, args.sheet, session_hours=plan.assumptions.session_hours,
                           options=mapping.options)
        show(result, args)
        if result.blocked:
            return _blocked(result)
        try:
            new = apply_rota(plan, result, file=Path(args.rota).name)
        except ValueError as e:
            raise UserError(f"{e}. Nothing was changed.") from e
        if not args.dry_run:
            save_plan(with_vocabulary(new, vocab), args.plan)
    added = len(new.staff) - len(plan.staff)
    updated = len(result.people) - added
    done = (f"Would update {updated} and add {added}" if args.dry_run else f"Updated {updated} and added {added}")
    print(f"{done} people in {args.plan.name}", file=sys.stderr if args.json else sys.stdout)
    return 0


def _blocked(result: RotaImport) -> int:
    if not result.blocked:
        return 0
    count = result.problem_count
    print(f"skillmix: the rota has {count:,} problem{'s' if count != 1 else ''}; nothing was imported",
          file=sys.stderr)
    return 2


def read_mapping(path: Path) -> RotaMapping:
    """The words and layout choices in a mapping file (one-line errors; see planner.rota.mapping)."""
    data = read_mapping_json(path, 'write it like {"EC": "clinic"}')
    try:
        return parse_mapping(data)
    except (ValueError, RecursionError) as e:
        raise UserError(f"{path}: {e}") from e


def vocabulary_with(vocab: RotaVocabulary, mapping: RotaMapping, plan_roles: set[str]) -> RotaVocabulary:
    """``vocab`` with the mapping's words and ticks; every word must map to a category or a role code."""
    codes = vocab.role_codes() | plan_roles
    for word, value in mapping.words.items():
        if value.strip().casefold() not in CATEGORIES and value.strip() not in codes:
            raise UserError(f"the mapping '{word}': '{value}' is not a session category ({', '.join(CATEGORIES)}) "
                            f"or a role code ({', '.join(sorted(codes))})")
    try:
        return vocab.with_mapping(mapping.words).with_shifts(mapping.ticks)
    except ValueError as e:
        raise UserError(str(e)) from e


def to_json(result: RotaImport) -> dict[str, Any]:
    staff = []
    for p in result.people:
        shown = fmt.apportion(list(p.weekly_hours.values()), DECIMALS)  # rounded, still adding up
        hours = dict(zip(p.weekly_hours, shown, strict=True))
        staff.append({"name": p.name, "role": p.role, "weekly_hours": hours,
                      "total_weekly_hours": round(sum(shown), DECIMALS)})
    problems = [{"sheet": q.sheet, "cell": q.cell, "message": q.message} for q in result.problems]
    return {"staff": staff, "problems": problems}


def show(result: RotaImport, args: argparse.Namespace) -> None:
    print(json.dumps(to_json(result), indent=2) if args.json else render_text(result, args.rota.name))


def render_text(result: RotaImport, file_name: str) -> str:
    weeks = f"{result.weeks_text} averaged"
    out = [f"{file_name}: {len(result.people)} people, {weeks}; sheets read: {', '.join(result.sheets_read) or 'none'}"]
    if result.people:
        width = max(12, *(len(p.name) for p in result.people)) + 2
        heads = [c.capitalize() for c in COUNTED] + ["Total"]
        out += ["", "Hours in an average week:", f"  {'Name':<{width}}{'Role':<7}" + "".join(f"{h:>9}" for h in heads)]
        for p in result.people:
            shown = fmt.apportion([p.weekly_hours[c] for c in COUNTED], 1)
            cells = [fmt.hours(v) for v in shown] + [fmt.hours(sum(shown))]
            out.append(f"  {p.name:<{width}}{p.role or '?':<7}" + "".join(f"{c:>9}" for c in cells))
    if result.sheets_skipped:
        out += ["", "Sheets skipped: " + "; ".join(f"{s} ({why})" for s, why in result.sheets_skipped)]
    if result.problems:
        count = result.problem_count
        out += ["", f"Problems ({count:,}): fix these in the workbook, or say what the layout and words mean "
                    "with --mapping FILE.json (see the README)"]
        out += [f"  - {q.message}" for q in result.problems]
    return "\n".join(out)
