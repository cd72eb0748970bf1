"""``skillmix report PLAN -o pack.pdf [--scenario NAME]... [--anonymise] [--prepared-by NAME] [--short]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import read_plan, refuse_overwrite
from planner.cli.errors import UserError
from planner.model.limits import NAME_MAX, text_problem


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="write the partners' pack: an A4 PDF business case")
    p.add_argument("plan")
    p.add_argument("-o", "--out", type=Path, required=True, metavar="PDF", help="the PDF to write")
    p.add_argument("--scenario", action="append", metavar="NAME",
                   help="only this scenario (repeat for more; default: every scenario)")
    p.add_argument("--anonymise", "--anonymize", action="store_true",
                   help="show staff by role and number ('GP 1') instead of by name")
    p.add_argument("--prepared-by", default="", metavar="NAME", help="who prepared the pack (printed on the cover)")
    p.add_argument("--short", action="store_true",
                   help="the short pack (about four pages): the decision, options side by side and the sources")
    p.add_argument("--force", action="store_true", help="replace the PDF if it exists")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.report import build_pack  # reportlab loads only when a pack is made

    if args.out.suffix.lower() != ".pdf":
        raise UserError(f"{args.out}: the pack is a PDF; give a file name ending in .pdf")
    refuse_overwrite(args.out, args.force)
    plan = read_plan(args.plan)
    known = [s.name for s in plan.scenarios]
    for name in args.scenario or []:
        if name not in known:
            raise UserError(f"no scenario named '{name}' (the plan has: {', '.join(known) or 'none'})")
    why = text_problem(args.prepared_by, NAME_MAX)
    if why:
        raise UserError(f"--prepared-by {why}; give a name")
    try:
        build_pack(plan, args.out, args.scenario, anonymise=args.anonymise, prepared_by=args.prepared_by,
                   plan_name=Path(args.plan).name, force=args.force, short=args.short)
    except ValueError as e:
        raise UserError(f"{args.out} was not written: {e}") from e
    print(f"Wrote the partners' pack for '{plan.practice.name}' to {args.out}")
    return 0
