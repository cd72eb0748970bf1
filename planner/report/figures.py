"""The numbers the pack prints, rounded so that every table adds up as printed.

Headline figures come from ``planner.engine.summary.scenario_summary`` and ``realisation`` (the
figures of ``skillmix summary --json``), each rounded on its own exactly as ``skillmix summary``
prints it.
Hours are printed to one decimal place and differences are taken from the printed values, so
"before - after = freed" holds on paper; money totals are split across line items with the
largest-remainder method (``planner.format.apportion``)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from planner.engine import ProjectionYear, ScenarioResult, Workload, realisation
from planner.engine.summary import scenario_summary
from planner.model import Plan
from planner.present import format as fmt
from planner.report.rounding import controlled_round


def pence(value: float | None) -> str:
    """£12.34 (cost per appointment), as ``skillmix summary`` prints it."""
    return "–" if value is None else f"£{value:,.2f}"


def months(value: float | None) -> str:
    return fmt.number(value, 1)


Formatter = Callable[[Any], str]


@dataclass(frozen=True)
class Line:
    """One printed figure: its label, its key in `skillmix summary --json`, how it is printed."""

    label: str
    key: str
    show: Formatter


#: The headline figures, in groups (group heading, lines). MODEL.md's "net benefit" and
#: "payback" value freed GP time at the value of a GP hour: labelled as such, not as cash;
#: the cash figures beside them are extension E7 (docs/MODEL-EXTENSIONS.md).
GROUPS: tuple[tuple[str, tuple[Line, ...]], ...] = (
    ("GP time", (
        Line("GP hours freed a week", "gp_hours_freed_per_week", fmt.hours),
        Line("of which absorb unrostered work", "gp_hours_absorbing_shortfall", fmt.hours),
        Line("of which available for the chosen use", "gp_hours_available", fmt.hours),
        Line("GP sessions freed a week", "gp_sessions_freed_per_week", fmt.hours),
        Line("GP appointments released a year", "gp_appointments_released_per_year", fmt.number),
    )),
    ("Cost", (
        Line("Employment cost a year", "employment_cost_per_year", fmt.money),
        Line("ARRS reimbursement a year", "arrs_reimbursement_per_year", fmt.money),
        Line("Net cost a year", "net_cost_per_year", fmt.money),
        Line("Cost per appointment released", "cost_per_appointment_released", pence),
        Line("One-off costs", "one_off_costs", fmt.money),
    )),
    ("Cash", (
        Line("Cash effect a year", "cash_effect_per_year", fmt.money),
        Line("Cash payback (months)", "cash_payback_months", months),
    )),
    ("Value of GP time (not cash)", (
        Line("Value of GP time freed a year", "gp_time_value_per_year", fmt.money),
        Line("Value of GP time less net cost a year", "net_benefit_per_year", fmt.money),
        Line("Payback on GP time value (months)", "payback_months", months),
    )),
)

LINES: tuple[Line, ...] = tuple(line for _, group in GROUPS for line in group)

DO_NOTHING: dict[str, Any] = {line.key: 0.0 for line in LINES} | {
    "cost_per_appointment_released": None, "payback_months": None, "cash_payback_months": None}


def headline_values(plan: Plan, result: ScenarioResult | None) -> dict[str, Any]:
    """The `skillmix summary --json` figures of a scenario (MODEL.md and E7); doing nothing
    (None) frees nothing and costs nothing new."""
    if result is None:
        return dict(DO_NOTHING)
    return scenario_summary(result) | asdict(realisation(plan, result))


def round1(value: float) -> float:
    return fmt.round_half_up(value, 1) + 0.0  # no "-0.0" on paper


def freed_split(values: dict[str, Any]) -> tuple[float, float]:
    """(hours absorbing unrostered work, hours available) as printed: they add up to the printed
    GP hours freed (E7 split of ``headline_values``)."""
    freed, absorbed = values["gp_hours_freed_per_week"], values["gp_hours_absorbing_shortfall"]
    if freed <= 0:
        return round1(absorbed), round1(values["gp_hours_available"])
    return fmt.split_for_display(freed, absorbed)


def show(line: Line, values: dict[str, Any]) -> str:
    """``line``'s figure of ``values`` as printed; the two parts of the freed hours add up to it."""
    if line.key == "gp_hours_absorbing_shortfall":
        return fmt.hours(freed_split(values)[0])
    if line.key == "gp_hours_available":
        return fmt.hours(freed_split(values)[1])
    return line.show(values[line.key])


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
        running = int(fmt.round_half_up(y.cumulative_net_benefit))
        net, one_off = int(fmt.round_half_up(y.net_cost)), int(fmt.round_half_up(y.one_off_costs))
        benefit = running - previous
        lines.append(YearLine(benefit + net + one_off, net, one_off, benefit, running))
        previous = running
    return lines
