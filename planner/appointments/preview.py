"""An appointment import in rows of words, for the wizard's preview: weekly appointments by
national category and staff type, each activity before -> after, and problems."""

from __future__ import annotations

from planner.appointments.apply import AppointmentImport
from planner.appointments.result import FileProblem
from planner.appointments.volumes import ActivityChange
from planner.model import Plan
from planner.present import data_source
from planner.present import format as fmt
from planner.present.names import role_title


def weekly_table(imported: AppointmentImport) -> tuple[list[str], list[list[str]]]:
    """Headers and rows: a row per national category, a column per staff type and the total;
    DNAs (not counted) last."""
    staff = list(imported.per_week)
    headers = ["National category", *staff, "All"]
    rows = []
    for category in sorted({c for by in imported.per_week.values() for c in by}):
        cells = [imported.per_week[h].get(category, 0.0) for h in staff]
        rows.append([category, *(fmt.number(v, 1) for v in cells), fmt.number(sum(cells), 1)])
    dna = [imported.dna_per_week.get(h, 0.0) for h in staff]
    rows.append(["Did not attend (not counted)", *(fmt.number(v, 1) for v in dna), fmt.number(sum(dna), 1)])
    return headers, rows


CHANGE_HEADERS = ["Activity", "Items a week now", "From your data", "GP share now", "From your data"]


def change_rows(plan: Plan, imported: AppointmentImport) -> list[list[str]]:
    """Items a week and the GP share, before -> after (who does the rest: ``who``)."""
    gp = plan.assumptions.gp_role
    return [[c.name, fmt.number(c.volume_before, 1), fmt.number(c.volume_after, 1),
             fmt.percent(c.split_before.get(gp, 0.0)), fmt.percent(c.split_after.get(gp, 0.0))]
            for c in imported.volumes.changes]


def change_tips(plan: Plan, imported: AppointmentImport) -> dict[tuple[int, int], str]:
    """Who does each activity before (column 3) and after (column 4), every role named."""
    tips = {}
    for row, c in enumerate(imported.volumes.changes):
        tips[(row, 3)] = "Now: " + who(plan, c.split_before)
        tips[(row, 4)] = "From your data: " + who(plan, c.split_after)
    return tips


def who(plan: Plan, split: dict[str, float]) -> str:
    """'GP 81%, ANP 19%'."""
    parts = [(role_title(plan, r), s) for r, s in split.items() if s > 0]
    shown = fmt.apportion([s * 100 for _, s in parts], 0)
    return ", ".join(f"{name} {v:.0f}%" for (name, _), v in zip(parts, shown, strict=True))


def moved(change: ActivityChange) -> bool:
    return abs(change.volume_after - change.volume_before) > 1e-9 or change.split_after != change.split_before


PROBLEM_HEADERS = ["File", "Line", "Column", "Problem"]


def problem_rows(problems: list[FileProblem]) -> list[list[str]]:
    return [[p.file, str(p.line) if p.line else "", p.column, p.message] for p in problems]


def summary(imported: AppointmentImport) -> str:
    """'A81001 RIVERSIDE MEDICAL PRACTICE, Feb 2026 (4.0 weeks): 562 appointments a week…'."""
    practice = imported.scan.practice
    assert practice is not None
    total = sum(sum(by.values()) for by in imported.per_week.values())
    placed = total - sum(imported.volumes.not_placed.values())
    return (f"{practice.code} {practice.name}, {data_source.period(imported.months)} "
            f"({fmt.number(imported.scan.weeks, 1)} weeks) from {data_source.files_text(imported.files)}: "
            f"{fmt.number(total, 1)} appointments a week (every status but DNA), {fmt.number(placed, 1)} of them "
            f"in {len(imported.volumes.changes)} of your activities.")


def not_placed_text(imported: AppointmentImport) -> str:
    if not imported.volumes.not_placed:
        return ""
    parts = [f"{c} ({fmt.number(v, 1)} a week)" for c, v in imported.volumes.not_placed.items()]
    return ("Not counted, because the plan has no activity for them: " + "; ".join(parts) + ". "
            "Bureaucracy (letters, results, prescriptions, forms) is not in these files and stays "
            "Skillmix estimates.")
