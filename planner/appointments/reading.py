"""Read the practice's appointments from GPAD files, choosing the practice by code or name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from planner.appointments import vocab
from planner.appointments.gpad import find_practice, scan_gpad
from planner.appointments.practices import choose, list_practices
from planner.appointments.result import FileProblem, GpadScan


def parse_months(text: str) -> list[str]:
    """'2026-06..2026-08' (or one month, '2026-07') as every month between; ValueError with a
    message otherwise."""
    first, _, last = text.partition("..")
    a, b = vocab.parse_month(first), vocab.parse_month(last or first)
    if a is None or b is None:
        raise ValueError(f"'{text}' is not a month or a range of months; write it as 2026-06..2026-08")
    if a > b:
        raise ValueError(f"'{text}' ends before it starts; write the earlier month first")
    return vocab.months_between(a, b)


def read_gpad(paths: list[Path], wanted: str, months: list[str] | None = None, *, peers: str = "all",
              progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> GpadScan:
    """The practice ``wanted`` (a code, else a name or a unique part of one) in ``months``
    (None: every month it has rows in). Problems name file, line and column."""
    names = tuple(p.name for p in paths)
    missing = [p for p in paths if not p.is_file()]
    if missing:
        return GpadScan(names, problems=[FileProblem(p.name, 0, "", "the file does not exist") for p in missing])
    practice, problems = find_practice(paths, wanted)
    if problems:
        return GpadScan(names, problems=problems)
    if practice is None:
        entries, problems = list_practices(paths, cancelled=cancelled)
        entry, why = choose(entries, wanted)
        if entry is None:
            return GpadScan(names, problems=problems or [FileProblem(", ".join(names), 0, vocab.CODE, why)])
        practice = entry.practice
    return scan_gpad(paths, practice, months, peers=peers, progress=progress, cancelled=cancelled)
