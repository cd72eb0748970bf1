"""The ``skillmix`` entry point: no arguments or ``open PLAN`` starts the desktop app;
anything else is the planner command line. Qt is imported only when the app starts."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "open":
        from ui.app import main as app_main

        return app_main(args[1:])
    from planner.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
