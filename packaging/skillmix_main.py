"""Entry script of both bundled executables (the same as the `skillmix` console script).

- ``Skillmix`` (windowed): no arguments or ``open PLAN`` starts the app. A lone plan file as
  the only argument (Explorer's "Open with", a file dropped on the exe, macOS argv emulation of
  a double-clicked plan) opens that plan too.
- ``skillmix-cli`` (console): the command line; with no arguments it prints its help.
"""

from __future__ import annotations

import sys
from pathlib import Path

CLI_EXE = "skillmix-cli"
PLAN_SUFFIX = ".skillmix"


def arguments(executable: str, args: list[str]) -> list[str] | None:
    """What to hand ``ui.launcher.main``; None means print the CLI's help."""
    if Path(executable).stem.lower() == CLI_EXE:
        return args or None
    if len(args) == 1 and args[0].lower().endswith(PLAN_SUFFIX):
        return ["open", args[0]]
    return args


def main() -> int:
    args = arguments(sys.executable, sys.argv[1:])
    if args is None:
        from planner.cli.main import main as cli_main

        return cli_main(["--help"])
    from ui.launcher import main as launcher_main

    return launcher_main(args)


if __name__ == "__main__":
    sys.exit(main())
