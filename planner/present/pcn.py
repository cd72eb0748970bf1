"""The PCN figures in words, once, for every surface (app, pack, extract, workbook, command line):
labels, what each means, and how each is printed. Keys are those of ``skillmix pcn summary --json``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from planner.engine.problems import Problem
from planner.model import Pcn, PcnChange, Recruit
from planner.present import format as fmt
from planner.reference import HCAS_ZONES


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


def london_words(pcn: Pcn) -> str:
    """The shared team's London weighting, for the PCN pack and each practice's extract ('' when
    the PCN is outside London)."""
    if not pcn.hcas_zone:
        return ""
    zone = HCAS_ZONES.get(pcn.hcas_zone, pcn.hcas_zone)
    return (f"London weighting: {zone} (Agenda for Change high cost area supplement in the shared staff's "
            "pay and ARRS maximums)")


def headroom_words(headroom: float, year: str) -> str:
    """'£337,096 of the 2026/27 allocation left' or 'over the 2026/27 allocation by £4,959'."""
    if headroom < -0.5:
        return f"over the {year} allocation by {fmt.money(-headroom)}"
    return f"{fmt.money(headroom)} of the {year} allocation left"


def sessions_words(total: float, wte: float, most: float) -> str:
    return f"{sessions(total)} of {sessions(most)} sessions ({wte:g} WTE)"


def practice_name(pcn: Pcn, code: str) -> str:
    member = pcn.practice(code)
    return member.name if member else code


def split_words(pcn: Pcn, sessions_by_practice: dict[str, float]) -> str:
    """'3 at Riverside Medical Practice, 2 at Millbrook Surgery' (practices in the PCN's order)."""
    order = [p.code for p in pcn.practices]
    codes = sorted(sessions_by_practice, key=lambda c: order.index(c) if c in order else len(order))
    parts = [f"{sessions_by_practice[c]:g} at {practice_name(pcn, c)}" for c in codes
             if sessions_by_practice[c]]
    return ", ".join(parts) or "no sessions"


def describe_pcn_change(pcn: Pcn, change: PcnChange) -> str:
    """One line for a PCN option's change: 'Recruit Paramedic (New paramedic), 1 WTE: 3 at ...'."""
    if isinstance(change, Recruit):
        s = change.staff
        role = pcn.role(s.role)
        return f"Recruit {role.title if role else s.role} ({s.name}), {s.wte:g} WTE: {split_words(pcn, s.sessions)}"
    return f"Redeploy {change.name}: {split_words(pcn, change.sessions)}"


#: the fields of a PCN option's change, as the form names them
_PCN_FIELDS = {"name": "Name", "role": "Role", "wte": "WTE", "annual_salary": "Salary",
               "start_date": "Start date", "one_off_cost": "One-off cost", "sessions": "Sessions"}


def pcn_problem_words(pcn: Pcn, problem: Problem) -> str:
    """A problem of a PCN plan in a manager's words: 'Sessions at Millbrook Surgery: must be at most 20.'"""
    field = problem.field
    if field.startswith("sessions[") and field.endswith("]"):
        label = f"Sessions at {practice_name(pcn, field[len('sessions['):-1])}"
    else:
        label = _PCN_FIELDS.get(field, field.replace("_", " "))
    message = problem.message.rstrip(".")
    for r in pcn.roles:
        message = message.replace(f"'{r.code}'", r.title)
    if message.casefold().startswith(label.casefold()):
        return f"{message[:1].upper()}{message[1:]}."
    return f"{label}: {message}."


def rights_words(pcn: Pcn, owner: str) -> str:
    """What the user may change, for the PCN window ("" when all of it)."""
    if owner == "PCN":
        return ""
    if not owner:
        return "read only: you may look but not save"
    return f"you may change {practice_name(pcn, owner)}'s own plan only (your database rights)"
