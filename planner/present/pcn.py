"""The PCN figures in words, once, for every surface (app, pack, extract, workbook, command line):
labels, what each means, and how each is printed. Keys are those of ``skillmix pcn summary --json``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from planner.present import format as fmt


@dataclass(frozen=True)
class PcnLine:
    key: str
    label: str
    show: Callable[[float], str]
    unit: str  # "hours", "sessions", "money"


def sessions(value: float) -> str:
    return fmt.number(value, 1)


PRACTICE_LINES: tuple[PcnLine, ...] = (
    PcnLine("shared_sessions_before", "Shared staff sessions a week, today", sessions, "sessions"),
    PcnLine("shared_sessions_after", "Shared staff sessions a week, with this option", sessions, "sessions"),
    PcnLine("gp_hours_freed_per_week", "GP hours freed a week", fmt.hours, "hours"),
    PcnLine("gp_gap_before", "GP work with no GP time for it, today (hours a week)", fmt.hours, "hours"),
    PcnLine("gp_gap_after", "GP work with no GP time for it, after (hours a week)", fmt.hours, "hours"),
    PcnLine("gp_gap_closed", "GP gap closed (hours a week)", fmt.hours, "hours"),
    PcnLine("shared_cost", "Its share of the shared team's cost a year", fmt.money, "money"),
    PcnLine("shared_arrs", "ARRS the PCN claims for its share a year", fmt.money, "money"),
    PcnLine("recharge_before", "Recharged to the practice today (cost above ARRS) a year", fmt.money, "money"),
    PcnLine("recharge_after", "Recharged to the practice with this option a year", fmt.money, "money"),
    PcnLine("own_net_cost", "Net cost of its own hires a year", fmt.money, "money"),
    PcnLine("own_arrs", "ARRS for its own hires, from the PCN's allocation, a year", fmt.money, "money"),
    PcnLine("net_cost_change", "What this option costs the practice a year", fmt.money, "money"),
)

NETWORK_LINES: tuple[PcnLine, ...] = (
    PcnLine("allocation", "ARRS allocation for the contract year", fmt.money, "money"),
    PcnLine("committed", "Committed: shared staff in post", fmt.money, "money"),
    PcnLine("planned", "Planned: this option", fmt.money, "money"),
    PcnLine("headroom", "Headroom left", fmt.money, "money"),
    PcnLine("gp_hours_freed_per_week", "GP hours freed a week, all practices", fmt.hours, "hours"),
    PcnLine("gp_gap_closed", "GP gap closed, all practices (hours a week)", fmt.hours, "hours"),
    PcnLine("recruits_cost", "Employment cost of new posts a year", fmt.money, "money"),
    PcnLine("one_off_costs", "One-off costs", fmt.money, "money"),
    PcnLine("net_cost_change", "Cost to the practices a year (recharges and own hires)", fmt.money, "money"),
)

ALLOCATION_PARTS: tuple[tuple[str, str], ...] = (
    ("committed", "Committed"), ("planned", "This option"), ("headroom", "Headroom"))

TODAY = "Today"


def line(key: str, lines: tuple[PcnLine, ...] = PRACTICE_LINES + NETWORK_LINES) -> PcnLine:
    return next(x for x in lines if x.key == key)


def headroom_words(headroom: float, year: str) -> str:
    """'£337,096 of the 2026/27 allocation left' or 'over the 2026/27 allocation by £4,959'."""
    if headroom < -0.5:
        return f"over the {year} allocation by {fmt.money(-headroom)}"
    return f"{fmt.money(headroom)} of the {year} allocation left"


def sessions_words(total: float, wte: float, most: float) -> str:
    return f"{sessions(total)} of {sessions(most)} sessions ({wte:g} WTE)"
