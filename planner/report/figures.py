"""The numbers the pack prints, rounded so that every table adds up as printed.

Headline figures are the engine's (``planner.engine.summary.scenario_figures``, the figures of
``skillmix summary --json``), labelled and printed by ``planner.present.figures`` exactly as
``skillmix summary`` and the app print them.
Hours are printed to one decimal place and differences are taken from the printed values, so
"before - after = freed" holds on paper; money totals are split across line items with the
largest-remainder method (``planner.format.apportion``)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planner.engine import ScenarioResult, Workload
from planner.engine.summary import scenario_figures
from planner.estimates import ranges_of
from planner.model import Plan
from planner.present import format as fmt
from planner.present.figures import freed_parts
from planner.present.outcome import do_nothing
from planner.report.rounding import controlled_round


def headline_values(plan: Plan, result: ScenarioResult | None) -> dict[str, Any]:
    """The `skillmix summary --json` figures of an option (MODEL.md and the extensions); doing
    nothing (None) is the engine's figures for an option with no changes."""
    if result is None:
        return scenario_figures(plan, do_nothing(plan))
    return scenario_figures(plan, result) | ranges_of(plan, result)


def freed_split(values: dict[str, Any]) -> tuple[float, float]:
    """(hours absorbing unrostered work, hours available) as printed: they add up to the printed
    GP hours freed."""
    return freed_parts(values)


def round1(value: float) -> float:
    return fmt.round_half_up(value, 1) + 0.0  # no "-0.0" on paper


@dataclass(frozen=True)
class RoleHours:
    """Hours a week of one role for one option: demand before, its change and capacity after as
    printed (one decimal place), and the unrounded work with no time for it."""

    before: float
    change: float
    capacity: float
    shortfall: float = 0.0

    @property
    def after(self) -> float:
        return round1(self.before + self.change)

    @property
    def short(self) -> float:
        """Work with no time for it, rounded once from the unrounded figure (as on screen)."""
        return fmt.round_half_up(self.shortfall, 1) + 0.0


def role_hours(before: Workload, after: Workload) -> dict[str, RoleHours]:
    """Printed demand before, its change, and capacity after, and the unrounded shortfall, for every role."""
    return {r: RoleHours(round1(before.demand.get(r, 0.0)),
                         round1(after.demand.get(r, 0.0) - before.demand.get(r, 0.0)),
                         round1(after.capacity.get(r, 0.0)),
                         max(0.0, after.demand.get(r, 0.0) - after.capacity.get(r, 0.0)))
            for r in after.capacity}


def apportion_to(values: Sequence[float], target: int) -> list[int]:
    """Whole numbers close to ``values`` that add up to ``target`` (largest remainder)."""
    if not values:
        return []
    floors = [math.floor(v) for v in values]
    short = target - sum(floors)
    order = sorted(range(len(values)), key=lambda i: values[i] - floors[i], reverse=short > 0)
    for k in range(abs(short)):
        floors[order[k % len(order)]] += 1 if short > 0 else -1
    return floors


@dataclass(frozen=True)
class CostLine:
    """One printed row of a cost build-up, whole pounds."""

    label: str
    pay: int
    ni: int
    pension: int
    net: int
    one_off: int

    @property
    def employment(self) -> int:
        return self.pay + self.ni + self.pension

    @property
    def arrs(self) -> int:
        return self.employment - self.net


def cost_lines(result: ScenarioResult, labels: Sequence[str]) -> tuple[list[CostLine], CostLine]:
    """One line per hire and a total line whose employment cost and net cost print as the
    headline figures. Every column adds up to the total and every row adds across
    (pay + NI + pension = employment cost; employment cost - ARRS = net cost); a hire without
    ARRS shows £0 ARRS and a hire ARRS pays in full a net cost of £0 (controlled rounding)."""
    hires = result.hires
    employment, net = round(result.employment_cost_per_year), round(result.net_cost_per_year)
    pay, ni, pension = apportion_to([sum(h.pay for h in hires), sum(h.ni for h in hires),
                                     sum(h.pension for h in hires)], employment)
    total = CostLine("Total", pay, ni, pension, net, round(result.one_off_costs))
    one_off = apportion_to([h.one_off_cost for h in hires], total.one_off)
    table = controlled_round([[h.pay, h.ni, h.pension, -h.arrs, -h.net_cost] for h in hires],
                             [pay, ni, pension, -(employment - net), -net])
    if table is None:  # no exact rounding: columns still add up; a row may be £1 out
        table = [[*row, 0, -n] for row, n in zip(
            zip(*(apportion_to([getattr(h, f) for h in hires], getattr(total, f)) for f in ("pay", "ni", "pension")),
                strict=True), apportion_to([h.net_cost for h in hires], net), strict=True)]
    lines = [CostLine(label, row[0], row[1], row[2], -row[4], o)
             for label, row, o in zip(labels, table, one_off, strict=True)]
    return lines, total
