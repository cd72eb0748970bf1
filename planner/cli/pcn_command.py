"""``skillmix pcn ...``: PCN plans, in a ``.skillmix-pcn`` file or a PostgreSQL database.

  pcn new-sample FILE                 write the sample PCN (four practices)
  pcn summary LOCATION [--option NAME]... [--json]
  pcn report LOCATION -o PACK.pdf [--option NAME]...          the PCN board pack
  pcn extract LOCATION PRACTICE -o PAGE.pdf [--option NAME]   one page for a practice's partners
  pcn export-xlsx LOCATION -o PCN.xlsx                        the workbook (live formulas)
  pcn import-practice LOCATION PRACTICE PLAN.skillmix         replace a practice's plan (one save)
  pcn option LOCATION add|copy|rename|delete|describe|link NAME [VALUE] [SCENARIO]   PCN options
  pcn recruit LOCATION OPTION --role CODE --wte N --sessions PRACTICE=N...  (see pcn recruit -h)
  pcn redeploy LOCATION OPTION NAME --sessions PRACTICE=N...  / pcn remove-change LOCATION OPTION N
  pcn london LOCATION none|fringe|outer|inner                 London weighting of the shared team
  pcn push FILE DATABASE                                      put a PCN file's plan in a database
  pcn db-setup DATABASE / pcn db-grant DATABASE USER PCN OWNER  (the database's administrator)

A LOCATION is a .skillmix-pcn file or postgresql://USER@SERVER:PORT/DATABASE[?pcn=CODE]; the
password comes from the keyring or the connection file, never the address."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from planner.cli.common import refuse_overwrite
from planner.cli.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("pcn", help="PCN plans: the network's shared ARRS team across its practices")
    pcn = p.add_subparsers(dest="pcn_command", metavar="PCN_COMMAND")
    s = pcn.add_parser("new-sample", help="write the sample PCN")
    s.add_argument("file", type=Path)
    s.set_defaults(run=new_sample)
    s = pcn.add_parser("summary", help="print today's and each option's PCN figures")
    s.add_argument("location")
    s.add_argument("--option", action="append", metavar="NAME")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=summary)
    s = pcn.add_parser("report", help="write the PCN board pack (PDF)")
    s.add_argument("location")
    s.add_argument("-o", "--out", type=Path, required=True)
    s.add_argument("--option", action="append", metavar="NAME")
    s.add_argument("--force", action="store_true", help="replace the PDF if it exists")
    s.set_defaults(run=report)
    s = pcn.add_parser("extract", help="write one page for a practice's partners (PDF)")
    s.add_argument("location")
    s.add_argument("practice", help="the practice code")
    s.add_argument("-o", "--out", type=Path, required=True)
    s.add_argument("--option", metavar="NAME")
    s.add_argument("--force", action="store_true", help="replace the PDF if it exists")
    s.set_defaults(run=extract)
    s = pcn.add_parser("export-xlsx", help="write the PCN workbook (live formulas)")
    s.add_argument("location")
    s.add_argument("-o", "--out", type=Path, required=True)
    s.add_argument("--force", action="store_true", help="replace the workbook if it exists")
    s.set_defaults(run=export_xlsx)
    s = pcn.add_parser("import-practice", help="replace a member practice's plan with a .skillmix plan")
    s.add_argument("location")
    s.add_argument("practice")
    s.add_argument("plan", type=Path)
    s.set_defaults(run=import_practice)
    s = pcn.add_parser("push", help="put the plan of a .skillmix-pcn file in a database")
    s.add_argument("file", type=Path)
    s.add_argument("database")
    s.set_defaults(run=push)
    s = pcn.add_parser("db-setup", help="create the tables, roles and row-level security (administrator)")
    s.add_argument("database")
    s.set_defaults(run=db_setup)
    s = pcn.add_parser("db-grant", help="let a database user use a PCN (administrator)")
    s.add_argument("database")
    s.add_argument("user")
    s.add_argument("pcn", help="the PCN's code")
    s.add_argument("owner", help="PCN (all of it), a practice code (that practice), or READ (read only)")
    s.set_defaults(run=db_grant)
    from planner.cli import pcn_option_command

    pcn_option_command.register(pcn)


def _session(location: str) -> Any:
    from planner.pcn.session import PcnSession
    from planner.pcn.store import open_location

    return PcnSession.open(open_location(location))


def _options(pcn: Any, names: list[str] | None) -> list[str] | None:
    known = [o.name for o in pcn.options]
    for name in names or []:
        if name not in known:
            raise UserError(f"no PCN option named '{name}' (the plan has: {', '.join(known) or 'none'})")
    return names


def _out(path: Path, suffix: str, force: bool) -> None:
    """Before any work: the output's name, and that it may be written (planner.files.output)."""
    if path.suffix.lower() != suffix:
        raise UserError(f"{path}: give a file name ending in {suffix}")
    refuse_overwrite(path, force)


def new_sample(args: argparse.Namespace) -> int:
    from planner.pcn.store import SUFFIX, create_file
    from planner.sample import sample_pcn

    if args.file.suffix.lower() != SUFFIX:
        raise UserError(f"{args.file}: a PCN plan file ends in {SUFFIX}")
    create_file(args.file, sample_pcn()).engine.dispose()
    print(f"Wrote the sample PCN to {args.file}")
    return 0


def summary(args: argparse.Namespace) -> int:
    from planner.cli.pcn_text import render
    from planner.engine.pcn import compute_pcn
    from planner.engine.pcn.summary import pcn_summary

    pcn = _session(args.location).pcn
    results = compute_pcn(pcn, _options(pcn, args.option))
    print(json.dumps(pcn_summary(results), indent=2) if args.json else render(pcn, results))
    return 0


def report(args: argparse.Namespace) -> int:
    from planner.report.pcn import build_pcn_pack

    _out(args.out, ".pdf", args.force)
    pcn = _session(args.location).pcn
    build_pcn_pack(pcn, args.out, _options(pcn, args.option), force=args.force)
    print(f"Wrote the PCN board pack for '{pcn.name}' to {args.out}")
    return 0


def extract(args: argparse.Namespace) -> int:
    from planner.report.pcn import build_practice_extract

    _out(args.out, ".pdf", args.force)
    pcn = _session(args.location).pcn
    if pcn.practice(args.practice) is None:
        raise UserError(f"no member practice '{args.practice}' (there are: {', '.join(p.code for p in pcn.practices)})")
    _options(pcn, [args.option] if args.option else None)
    build_practice_extract(pcn, args.practice, args.out, args.option, force=args.force)
    print(f"Wrote the page for {pcn.practice(args.practice).name} to {args.out}")
    return 0


def export_xlsx(args: argparse.Namespace) -> int:
    from planner.engine.pcn import compute_pcn
    from planner.workbook.pcn_workbook import export_pcn_workbook

    _out(args.out, ".xlsx", args.force)
    pcn = _session(args.location).pcn
    compute_pcn(pcn)  # a plan that cannot be computed is named before anything is written
    export_pcn_workbook(pcn, args.out, force=args.force)
    print(f"Wrote the PCN workbook to {args.out}")
    return 0


def import_practice(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from planner.cli.common import read_plan

    session = _session(args.location)
    pcn = session.pcn
    if pcn.practice(args.practice) is None:
        raise UserError(f"no member practice '{args.practice}'")
    plan = read_plan(str(args.plan))
    new = replace(pcn, practices=tuple(replace(p, plan=plan) if p.code == args.practice else p
                                       for p in pcn.practices))
    outcome = session.save(new, f"Imported the plan of {args.practice} from {args.plan.name}")
    if outcome.status == "reapplied":
        outcome = session.save(outcome.pcn, f"Imported the plan of {args.practice} from {args.plan.name}")
    if outcome.status != "saved":
        raise UserError(outcome.message)
    print(f"Saved the plan of {args.practice} in {session.location.name}")
    return 0


def push(args: argparse.Namespace) -> int:
    from planner.pcn.store import open_location, publish

    pcn = _session(str(args.file)).pcn
    location = open_location(args.database)
    publish(location, pcn, f"Copied from {args.file.name}")
    print(f"Put {pcn.name} ({pcn.code}) in {location.name}")
    return 0


def db_setup(args: argparse.Namespace) -> int:
    from planner.pcn.store import open_location
    from planner.pcn.store.postgres import is_database, set_up

    if not is_database(args.database):
        raise UserError("db-setup needs a postgresql:// address of the database, as its administrator")
    location = open_location(args.database)
    set_up(location.engine)
    print(f"Set up {location.name} for Skillmix PCN plans (tables, roles, row-level security)")
    return 0


def db_grant(args: argparse.Namespace) -> int:
    from planner.pcn.store import open_location
    from planner.pcn.store.postgres import grant

    owner = "" if args.owner.upper() == "READ" else args.owner
    location = open_location(args.database)
    grant(location.engine, args.user, args.pcn, owner)
    what = "read only" if not owner else ("all of it" if owner == "PCN" else f"practice {owner}")
    print(f"{args.user} may now use PCN {args.pcn}: {what}")
    return 0
