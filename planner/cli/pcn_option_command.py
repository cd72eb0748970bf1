"""``skillmix pcn option|recruit|redeploy|remove-change|london``: edit PCN options from the command
line, each the same edit as the app's (planner.edits.pcn_options) saved as one save of the PCN's part.

  pcn option LOCATION add|copy|rename|delete|describe|link NAME [VALUE] [PRACTICE]
  pcn recruit LOCATION OPTION --role CODE --wte N --sessions PRACTICE=N... [--name] [--salary]
      [--start YYYY-MM-DD] [--one-off £] [--no-arrs] [--recent-employee]
  pcn redeploy LOCATION OPTION NAME --sessions PRACTICE=N...
  pcn remove-change LOCATION OPTION NUMBER
  pcn london LOCATION ZONE          London weighting of the shared team ("none", fringe, outer, inner)"""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.errors import UserError
from planner.model import PcnEdit, Recruit, Redeploy, SharedStaff

OPTION_ACTIONS = ("add", "copy", "rename", "delete", "describe", "link")


def register(pcn: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = pcn.add_parser("option", help="add, copy, rename, delete, describe a PCN option, or link a practice's own")
    s.add_argument("location")
    s.add_argument("action", choices=OPTION_ACTIONS)
    s.add_argument("name", help="the PCN option")
    s.add_argument("value", nargs="?", default="",
                   help="copy/rename: the new name; describe: the text; link: the practice code")
    s.add_argument("scenario", nargs="?", default="", help="link: the practice's own option (none: unlink)")
    s.set_defaults(run=option)
    s = pcn.add_parser("recruit", help="add a recruit to a PCN option (a shared post and its sessions)")
    s.add_argument("location")
    s.add_argument("option")
    s.add_argument("--role", required=True, help="the role's code, e.g. PHARM")
    s.add_argument("--wte", type=float, required=True)
    s.add_argument("--sessions", action="append", default=[], metavar="PRACTICE=N")
    s.add_argument("--name", help="default: 'New <role> (to recruit)'")
    s.add_argument("--salary", type=float, help="full-time salary (default: the role's)")
    s.add_argument("--start", default="", help="start date, YYYY-MM-DD (default: in post all year)")
    s.add_argument("--one-off", type=float, default=0.0, help="one-off cost (recruitment, set-up)")
    s.add_argument("--no-arrs", action="store_true", help="not claimed from ARRS")
    s.add_argument("--recent-employee", action="store_true",
                   help="employed by the PCN or a member practice in the last 12 months (12-month rule)")
    s.set_defaults(run=recruit)
    s = pcn.add_parser("redeploy", help="add a redeploy to a PCN option (new sessions for someone in the team)")
    s.add_argument("location")
    s.add_argument("option")
    s.add_argument("name", help="the member of the shared team")
    s.add_argument("--sessions", action="append", default=[], metavar="PRACTICE=N")
    s.set_defaults(run=redeploy)
    s = pcn.add_parser("remove-change", help="remove change NUMBER (1 = the first) from a PCN option")
    s.add_argument("location")
    s.add_argument("option")
    s.add_argument("number", type=int)
    s.set_defaults(run=remove_change)
    s = pcn.add_parser("london", help="London weighting of the shared team: none, fringe, outer or inner")
    s.add_argument("location")
    s.add_argument("zone", choices=("none", "fringe", "outer", "inner"))
    s.set_defaults(run=london)


def _save(location: str, make: Any) -> int:
    """Apply the edit ``make(pcn)`` and save it (re-applied once on a newer version)."""
    from planner.pcn.session import PcnSession
    from planner.pcn.store import open_location

    session = PcnSession.open(open_location(location))
    try:
        edit: PcnEdit = make(session.pcn)
    except ValueError as e:
        raise UserError(str(e)) from None
    outcome = session.save(edit.after, edit.label)
    if outcome.status == "reapplied":
        outcome = session.save(outcome.pcn, edit.label)
    if outcome.status != "saved":
        raise UserError(outcome.message)
    print(f"{edit.label}: saved in {session.location.name}")
    return 0


def _sessions(pairs: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for pair in pairs:
        code, _, n = pair.partition("=")
        try:
            out[code.strip()] = float(n)
        except ValueError:
            raise UserError(f"--sessions {pair}: write it as PRACTICE=N, e.g. X10001=2.5") from None
    return out


def option(args: argparse.Namespace) -> int:
    from planner.edits import pcn_options as e

    actions = {
        "add": lambda p: e.add_pcn_option(p, args.name, args.value),
        "copy": lambda p: e.copy_pcn_option(p, args.name, args.value or None),
        "rename": lambda p: e.rename_pcn_option(p, args.name, args.value),
        "delete": lambda p: e.delete_pcn_option(p, args.name),
        "describe": lambda p: e.set_pcn_option_description(p, args.name, args.value),
        "link": lambda p: e.link_practice_option(p, args.name, args.value, args.scenario),
    }
    return _save(args.location, actions[args.action])


def recruit(args: argparse.Namespace) -> int:
    from planner.edits.pcn_choices import new_post_name
    from planner.edits.pcn_options import add_pcn_change

    def make(pcn: Any) -> PcnEdit:
        role = pcn.role(args.role)
        if role is None:
            raise ValueError(f"'{args.role}' is not a role of the PCN ({', '.join(r.code for r in pcn.roles)})")
        name = args.name or new_post_name(pcn, role.title)
        staff = SharedStaff(name, role.code, args.wte, _sessions(args.sessions), args.salary, args.start,
                            not args.no_arrs, args.recent_employee)
        return add_pcn_change(pcn, args.option, Recruit(staff, args.one_off))

    return _save(args.location, make)


def redeploy(args: argparse.Namespace) -> int:
    from planner.edits.pcn_options import add_pcn_change

    return _save(args.location, lambda p: add_pcn_change(p, args.option, Redeploy(args.name, _sessions(args.sessions))))


def remove_change(args: argparse.Namespace) -> int:
    from planner.edits.pcn_options import remove_pcn_change

    return _save(args.location, lambda p: remove_pcn_change(p, args.option, args.number - 1))


def london(args: argparse.Namespace) -> int:
    from planner.edits.pcn import set_pcn_hcas_zone

    return _save(args.location, lambda p: set_pcn_hcas_zone(p, "" if args.zone == "none" else args.zone))
