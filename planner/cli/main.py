"""The ``skillmix`` command line (Qt-free). Exit 0 on success, 2 on bad input."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from planner import __version__
from planner.cli import (
    appointments_command,
    book_command,
    excel_commands,
    pcn_command,
    plan_commands,
    report_command,
    review_command,
    rota_command,
    summary_command,
)
from planner.cli.errors import UserError
from planner.engine import InvalidPlan
from planner.interchange import PlanFormatError
from planner.pcn.store.errors import PcnStoreError
from planner.store import PlanFileError

#: Each module has ``register(subparsers)``; its parsers set ``run(args) -> int``.
COMMAND_MODULES: list[ModuleType] = [plan_commands, summary_command, excel_commands, report_command,
                                     rota_command, appointments_command, book_command, pcn_command,
                                     review_command]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skillmix",
        description="Skillmix: where your GPs' time goes, and what a new skill mix would cost.")
    parser.add_argument("--version", action="version", version=f"skillmix {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except InvalidPlan as e:
        for p in e.problems[1:]:
            print(f"  {p}", file=sys.stderr)
        print(f"skillmix: invalid plan: {e.problems[0]}", file=sys.stderr)
    except (UserError, PlanFileError, PlanFormatError, PcnStoreError) as e:
        print(f"skillmix: {e}", file=sys.stderr)
    except BrokenPipeError:
        _quiet_closed_pipe()
        return 0
    except OSError as e:
        print(f"skillmix: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
    return 2


def _quiet_closed_pipe() -> None:
    """The reader of our output went away (``skillmix summary ... | head``): stop quietly. Point
    stdout at nothing so the interpreter's last flush cannot complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
