"""``skillmix approve PLAN SCENARIO --by NAME [--on DATE]``, ``skillmix approve PLAN --withdraw N``
and ``skillmix review PLAN [--decision N] [-o review.pdf] [--json]`` (extension E12).

Approving freezes what the option promises in the plan file; the review puts that promise beside
what the plan now shows (after a new rota and appointment data are imported), prints it, writes
the one-page PDF for the partners, or prints it as JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from planner.cli.common import read_plan
from planner.cli.errors import UserError
from planner.cli.summary_command import scenario_name
from planner.edits import approve_option, withdraw_approval
from planner.engine import InvalidPlan
from planner.review import Review, decisions, review, review_json
from planner.review.review import approved_changes, freed_use_text, heading
from planner.store import PlanLock, open_plan, save_plan


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("approve", help="record that the partners approved an option (what it promises is frozen)")
    p.add_argument("plan", type=Path)
    p.add_argument("scenario", nargs="?", help="the option approved")
    p.add_argument("--by", metavar="NAME", help="who approved it (e.g. \"Partners' meeting\")")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day it was approved (default: today)")
    p.add_argument("--withdraw", type=int, metavar="N", help="withdraw approval N instead (see skillmix review)")
    p.set_defaults(run=approve)

    p = sub.add_parser("review", help="what an approved option promised against what the plan shows now")
    p.add_argument("plan")
    p.add_argument("--decision", type=int, metavar="N", help="which approval (1 = the first; default: the latest)")
    p.add_argument("-o", "--out", type=Path, metavar="PDF", help="write the one-page review for the partners")
    p.add_argument("--json", action="store_true", help="print the review as JSON")
    p.set_defaults(run=run_review)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--on {text}: give the date as YYYY-MM-DD, e.g. 2026-03-03") from None


def approve(args: argparse.Namespace) -> int:
    if not args.plan.is_file():
        raise UserError(f"{args.plan} does not exist")
    if args.withdraw is None and (not args.scenario or not args.by):
        raise UserError("say which option and who approved it: skillmix approve PLAN SCENARIO --by NAME")
    with PlanLock(args.plan):
        plan, _ = open_plan(args.plan)
        try:
            edit = (withdraw_approval(plan, args.withdraw) if args.withdraw is not None
                    else approve_option(plan, scenario_name(plan, args.scenario), _day(args.on), args.by))
        except ValueError as e:
            raise UserError(f"{e} Nothing was changed.") from e
        save_plan(edit.after, args.plan)
    print(f"{edit.label}: saved in {args.plan.name}")
    return 0


def run_review(args: argparse.Namespace) -> int:
    plan = read_plan(args.plan, checked=False)
    if args.out is not None:
        _check_out(args.out)
    try:
        if args.out is not None:
            from planner.report.review_page import build_review  # reportlab loads only when a PDF is made

            found = build_review(plan, args.out, args.decision, plan_name=Path(args.plan).name)
        else:
            found = review(plan, args.decision)
    except InvalidPlan:
        raise  # its problems are listed by the command line
    except ValueError as e:
        raise UserError(str(e)) from e
    if args.json:
        print(json.dumps(review_json(found), indent=2, allow_nan=False))
    elif args.out is not None:
        print(f"Wrote the review of '{found.decision.option}' to {args.out}")
    else:
        print(render_text(found))
    return 0


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".pdf":
        raise UserError(f"{out}: the review is a PDF; give a file name ending in .pdf")
    if not out.parent.is_dir():
        raise UserError(f"{out.parent}: no such folder")


def render_text(r: Review) -> str:
    out = [r.plan.practice.name, heading(r), r.verdict, "",
           f"{'Figure':<40}{'Promised':>10}{'Now':>10}{'Difference':>12}  How it turned out"]
    for line in r.lines:
        promised, actual, difference = line.texts()
        out.append(f"{line.label[:39]:<40}{promised:>10}{actual:>10}{difference:>12}  {line.words}")
    then, now = r.position_text
    out += ["", f"At approval: {then}.", f"Now: {now}.", "", "What changed in between:"]
    changed = r.changes.lines
    out += [f"  - {text}" for text in changed] or ["  Nothing: import the new rota and appointment data."]
    out += ["", "The option as approved:", *[f"  - {text}" for text in approved_changes(r.decision)],
            f"  {freed_use_text(r.decision)}"]
    count = len(decisions(r.plan))
    if count > 1:
        out += ["", f"This plan has {count} approved options; --decision N reviews another (1 to {count})."]
    return "\n".join(out)
