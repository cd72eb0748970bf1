"""What a rota import gives back: people with their average week, and the problems found."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RotaProblem:
    """Something to fix before importing; ``cell`` like "C7" ("" when it is the whole sheet
    or file; ``sheet`` "" when it is the whole file)."""

    sheet: str
    cell: str
    message: str


@dataclass(frozen=True)
class RotaPerson:
    """One person of the rota: ``weekly_hours`` is category -> hours in the average week
    (every counted category present, 0.0 when none; "off" is never counted); ``sessions`` is
    session -> hours at work in it in the average week ("Mon AM": 4.17), where the rota says
    when."""

    name: str
    job_title: str
    role: str | None
    weekly_hours: dict[str, float]
    sessions: dict[str, float] = field(default_factory=dict)

    @property
    def total_weekly_hours(self) -> float:
        """All their time a week, leave included."""
        return sum(h for cat, h in self.weekly_hours.items() if cat != "off")


@dataclass(frozen=True)
class RotaImport:
    """The result of ``read_rota``. Importing is blocked while there is any problem."""

    people: tuple[RotaPerson, ...] = ()
    problems: tuple[RotaProblem, ...] = ()
    sheets_read: tuple[str, ...] = ()
    sheets_skipped: tuple[tuple[str, str], ...] = ()
    unknown_words: tuple[str, ...] = ()
    #: weeks averaged over: a month of dates covers its part-weeks in part (4.3 weeks)
    weeks: float = 0
    #: problems counted but not listed (past the first 500), beyond the last line that says so
    unlisted: int = 0
    #: numbers found in session cells where words were expected ("1", "7.5"): ticks or hours
    numbers: tuple[str, ...] = ()

    @property
    def blocked(self) -> bool:
        return bool(self.problems)

    @property
    def problem_count(self) -> int:
        """Every problem found: those listed (not the closing line counting the rest) and the rest."""
        return len(self.problems) - (1 if self.unlisted else 0) + self.unlisted

    @property
    def weeks_text(self) -> str:
        """'1 week', '4 weeks', '4.3 weeks'."""
        n = round(self.weeks, 1)
        shown = f"{n:g}" if n == int(n) else f"{n:.1f}"
        return f"{shown} week{'' if n == 1 else 's'}"


class RotaCancelled(Exception):
    """The user cancelled the import (``cancelled()`` returned True); nothing was imported."""
