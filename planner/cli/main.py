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
from planner.cli.errors import PROBLEMS_SHOWN, InvalidPlanFile, UserError
from planner.engine import InvalidPlan
from planner.files.crash import crash_message, write_crash_log
from planner.files.errors import OutputError
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
    """Run one command; 0 on success, 2 with one line on stderr on anything else. An
    unexpected error is written to a crash log in the Skillmix folder, never shown as a
    traceback."""
    _printable_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return run(args)
    except KeyboardInterrupt:
        print("skillmix: stopped; any file being written was left as it was", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - the guard of last resort
        log = write_crash_log(e, "skillmix " + " ".join(sys.argv[1:] if argv is None else argv))
        print(f"skillmix: {crash_message(e, log)}", file=sys.stderr)
        return 2


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; the user's mistakes and unusable files become one line."""
    try:
        code = int(args.run(args))
        sys.stdout.flush()  # a reader gone away is met here, not in the interpreter's last flush
        return code
    except InvalidPlanFile as e:
        for line in e.details():
            print(line, file=sys.stderr)
        print(f"skillmix: {e}", file=sys.stderr)
    except InvalidPlan as e:
        for p in e.problems[1:PROBLEMS_SHOWN]:
            print(f"  {p}", file=sys.stderr)
        print(f"skillmix: invalid plan: {e.problems[0]}", file=sys.stderr)
    except (UserError, PlanFileError, PlanFormatError, PcnStoreError, OutputError) as e:
        print(f"skillmix: {e}", file=sys.stderr)
    except BrokenPipeError:
        _quiet_closed_pipe()
        return 0
    except OSError as e:
        print(f"skillmix: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
    return 2


def _printable_output() -> None:
    """Output redirected to a file on Windows is in the ANSI code page, which has no letters
    for most of the world's names: such a letter is printed as an escape, never an error."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "utf-8").replace("-", "").lower()
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _quiet_closed_pipe() -> None:
    """The reader of our output went away (``skillmix summary ... | head``): stop quietly. Point
    stdout at nothing so the interpreter's last flush cannot complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
