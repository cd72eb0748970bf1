"""A scenario's years ahead as every surface prints them (the app's year-by-year table, the
pack's "Over N years"): whole pounds, each row adding across as printed and the running total
the model's cumulative figure rounded once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.engine import ProjectionYear
from planner.present.format import round_half_up


@dataclass(frozen=True)
class YearLine:
    """One printed row of the years ahead, whole pounds: value - net cost - one-off = value less
    costs, and the running total is the model's cumulative figure rounded once."""

    value: int
    net: int
    one_off: int
    benefit: int
    running: int


def year_lines(years: Sequence[ProjectionYear]) -> list[YearLine]:
    """Every running total is the model's cumulative value less costs rounded (as `skillmix
    summary --json` gives it); each year's line is the difference of the printed running totals
    (within £1 of its own value), and its value of GP time is what makes the row add across."""
    lines, previous = [], 0
    for y in years:
        running = int(round_half_up(y.cumulative_net_benefit))
        net, one_off = int(round_half_up(y.net_cost)), int(round_half_up(y.one_off_costs))
        benefit = running - previous
        lines.append(YearLine(benefit + net + one_off, net, one_off, benefit, running))
        previous = running
    return lines
