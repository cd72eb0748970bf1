"""Problems: what is wrong with a plan, naming the thing and the field."""

from __future__ import annotations

from dataclasses import dataclass

#: A denominator smaller than this counts as nothing: the figure divided by it is none, never a
#: number too large to mean anything (1e-308 hours of GP capacity would give infinite contacts).
NEGLIGIBLE = 1e-6


@dataclass(frozen=True)
class Problem:
    where: str  # e.g. "activity 'med_review'", "scenario 'Pharmacist', change 2 (shift)"
    field: str  # e.g. "split"
    message: str  # what was found and what was expected

    def __str__(self) -> str:
        return f"{self.where}, {self.field}: {self.message}"


class InvalidPlan(ValueError):
    """Raised by the engine when a plan cannot be computed; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "invalid plan"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more)
