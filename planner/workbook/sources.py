"""Where each assumption comes from: its cited reference figure, and whether the practice
changed it."""

from __future__ import annotations

from dataclasses import dataclass

from planner.model import Plan
from planner.reference import ASSUMPTION_FIGURES, assumption_is_overridden, figure

DEFAULT_WEEKS_PER_YEAR = 52.0  # MODEL.md, Units


@dataclass(frozen=True)
class FigureSource:
    source: str
    url: str
    year: str
    overridden: bool
    default: float | None


def figure_source(plan: Plan, key: str) -> FigureSource:
    """The cited source of assumption ``key`` (or the practice's own setting)."""
    if key == "consulting_rooms":
        return FigureSource("Practice setting: clinical rooms in the building", "", "",
                            plan.practice.consulting_rooms != 0, 0)
    if key == "weeks_per_year":
        return FigureSource("Practice setting (Skillmix default 52: an average year)", "", "",
                            plan.practice.weeks_per_year != DEFAULT_WEEKS_PER_YEAR, DEFAULT_WEEKS_PER_YEAR)
    from planner.reference import plan_edition

    edition = plan_edition(plan)
    f = figure(ASSUMPTION_FIGURES[key], edition)
    said = "estimate" in f.source.lower()
    source = f.source + (" (Skillmix estimate: check it)" if f.estimate and not said else "")
    return FigureSource(source, f.url, f.year, assumption_is_overridden(plan.assumptions, key, edition),
                        f.value)
