"""Plan commands: new-sample, validate, export-json, import-json."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.common import check_plan, read_plan, refuse_overwrite
from planner.cli.errors import UserError
from planner.engine import validate_plan
from planner.interchange import read_plan_json, write_plan_json
from planner.model import Plan
from planner.store import PlanLock, open_plan, save_plan


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("new-sample", help="write the bundled sample practice to a plan file")
    p.add_argument("plan", type=Path)
    p.add_argument("--force", action="store_true", help="replace the plan file if it exists")
    p.set_defaults(run=new_sample)

    p = sub.add_parser("validate", help="check a plan and list every problem")
    p.add_argument("plan")
    p.set_defaults(run=validate)

    p = sub.add_parser("export-json", help="write a plan as plan JSON (version 1)")
    p.add_argument("plan")
    p.add_argument("out", type=Path)
    p.add_argument("--force", action="store_true", help="replace the JSON file if it exists")
    p.set_defaults(run=export_json)

    p = sub.add_parser("import-json", help="read plan JSON into a new plan file")
    p.add_argument("json_file", type=Path)
    p.add_argument("plan", type=Path)
    p.add_argument("--force", action="store_true", help="replace the plan file if it exists")
    p.set_defaults(run=import_json)


def write_new_plan(plan: Plan, path: Path, force: bool) -> None:
    """Save ``plan`` as ``path``: a new file, or with ``force`` over a plan that is not open
    in Skillmix (its lock is taken for the save). Never over a file that is not a plan."""
    refuse_overwrite(path, force, plan=True)
    with PlanLock(path):
        save_plan(plan, path)


def new_sample(args: argparse.Namespace) -> int:
    from planner.sample import sample_plan

    plan = sample_plan()
    write_new_plan(plan, args.plan, args.force)
    print(f"Wrote the sample practice '{plan.practice.name}' to {args.plan}")
    return 0


def validate(args: argparse.Namespace) -> int:
    plan, _ = open_plan(Path(args.plan))
    problems = validate_plan(plan)
    if not problems:
        print(f"{args.plan}: no problems")
        return 0
    for p in problems:
        print(p, file=sys.stderr)
    noun = "problem" if len(problems) == 1 else "problems"
    print(f"{args.plan}: {len(problems)} {noun}", file=sys.stderr)
    return 2


def export_json(args: argparse.Namespace) -> int:
    refuse_overwrite(args.out, args.force)  # before reading: a plan given as OUT is never touched
    plan = read_plan(args.plan, checked=False)
    write_plan_json(plan, args.out, force=args.force)
    print(f"Wrote {args.out}")
    return 0


def import_json(args: argparse.Namespace) -> int:
    if not args.json_file.is_file():
        raise UserError(f"{args.json_file} does not exist")
    refuse_overwrite(args.plan, args.force, plan=True)
    plan = read_plan_json(args.json_file)
    check_plan(plan, args.json_file)
    write_new_plan(plan, args.plan, args.force)
    print(f"Wrote {args.plan}")
    return 0
