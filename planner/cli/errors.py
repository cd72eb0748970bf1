"""User mistakes on the command line: one line on stderr, exit code 2."""

from __future__ import annotations

from pathlib import Path

from planner.engine import Problem

#: An invalid plan lists at most this many problems; ``skillmix validate`` lists them all.
PROBLEMS_SHOWN = 10


class UserError(Exception):
    """A mistake the user can fix (bad file, unknown scenario...)."""


class InvalidPlanFile(UserError):
    """The plan in ``source`` cannot be computed: ``problems`` say why, ``hint`` what to do."""

    def __init__(self, source: Path, problems: list[Problem], hint: str) -> None:
        self.source, self.problems, self.hint = source, problems, hint
        count = f" ({len(problems)} problems)" if len(problems) > 1 else ""
        first = str(problems[0]) if problems else "it cannot be computed"
        super().__init__(f"{source}: invalid plan{count}: {first}; {hint}")

    def details(self) -> list[str]:
        """The lines printed above the one-line message: the other problems, at most
        PROBLEMS_SHOWN in all, then how many more there are."""
        lines = [f"  {p}" for p in self.problems[1:PROBLEMS_SHOWN]]
        hidden = len(self.problems) - PROBLEMS_SHOWN
        if hidden > 0:
            lines.append(f"  … and {hidden} more; {self.hint}")
        return lines
