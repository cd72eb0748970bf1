"""What the figures say about the options, in sentences a partner reads (E13, E14): how they rank
on net cost per GP hour of gap closed and whether ARRS decides it, an option's strengths and the
trade-off against it, what needs no hire, and new time left without work. Every sentence is
worked out from the engine's figures of each option (``scenario_figures``); nothing is typed.

For the Compare page (issue 12): the best option on each row that options can be ranked on (by
each figure's direction in planner.present.figures), and one sentence on the options: the best
value, which clears the GP shortfall and which brings GP contacts under the safe limit."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from planner.engine.problems import NEGLIGIBLE
from planner.engine.ranking import ranking
from planner.model import Plan
from planner.present import format as fmt
from planner.present.figures import BY_KEY, MORE, VALUE_FOR_MONEY, Figure, Values
from planner.present.names import role_title

Figures = Mapping[str, Any]
Options = Sequence[tuple[str, Figures]]


def _per_hour(value: float | None) -> str:
    return "–" if value is None else f"{fmt.pence(value)} a GP hour"


def ranking_sentence(options: Options, label: Callable[[str], str]) -> str:
    """'Ranked by net cost per GP hour of gap closed: option 1 (£6.46 a GP hour), ...; option 2
    closes no gap.' ``label`` names an option ('option 1')."""
    if not options:
        return ""
    figures = dict(options)
    order = ranking(options).by_net_cost
    closing = [n for n in order if figures[n]["gp_gap_closed_per_week"] > NEGLIGIBLE]
    parts = [f"{label(n)} ({_per_hour(figures[n]['net_cost_per_gp_hour_closed'])})" for n in closing]
    text = "Ranked by net cost per GP hour of gap closed: " + ", ".join(parts) if parts else \
        "No option closes any of the GP gap"
    rest = [label(n) for n in order if n not in closing]
    if rest and parts:
        text += f"; {_and(rest)} close{'s' if len(rest) == 1 else ''} none of it"
    return text + "."


def without_arrs_sentence(options: Options, label: Callable[[str], str]) -> str:
    """Whether the best option would be another one if no ARRS were paid."""
    if len(options) < 2:
        return ""
    ranked = ranking(options)
    if not ranked.arrs_decides:
        return "Without ARRS funding the first choice is the same."
    figures = dict(options)
    best = ranked.by_full_cost[0]
    return (f"Without ARRS funding {label(best)} would come first "
            f"({_per_hour(figures[best]['full_cost_per_gp_hour_closed'])} at full cost): the answer depends "
            "on the PCN's ARRS budget.")


@dataclass(frozen=True)
class Criterion:
    key: str
    more_is_better: bool
    leads: str  # "closes the most of the GP gap"
    beaten: str  # "closes more of the GP gap"
    show: Callable[[Any], str]


CRITERIA: tuple[Criterion, ...] = (
    Criterion("net_cost_per_gp_hour_closed", False, "has the lowest net cost per GP hour of gap closed",
              "costs less per GP hour of gap closed", lambda v: fmt.pence(v)),
    Criterion("gp_gap_closed_per_week", True, "closes the most of the GP gap",
              "closes more of the GP gap", lambda v: f"{fmt.hours(v)} hours a week"),
    Criterion("cash_effect_per_year", True, "does best in cash", "does better in cash", fmt.signed_money),
    Criterion("gp_contacts_per_day_after", False, "leaves GPs the fewest patient contacts a day",
              "leaves GPs fewer contacts a day", lambda v: fmt.number(v, 1)),
)


def _better(c: Criterion, a: float | None, b: float | None) -> bool:
    if a is None:
        return False
    return b is None or (a > b + 1e-9 if c.more_is_better else a < b - 1e-9)


def strengths(name: str, options: Options, label: Callable[[str], str]) -> str:
    """'Of the 3 options it has the lowest net cost per GP hour of gap closed (£6.46; option 2 £41.21,
    option 3 £10.76), though option 2 closes more of the GP gap (14.7 hours a week against 12.5).'"""
    figures = dict(options)
    mine, others = figures[name], [(n, f) for n, f in options if n != name]
    if not others:
        return ""
    wins, trade = [], ""
    for c in CRITERIA:
        a = mine.get(c.key)
        if a is not None and not any(_better(c, f.get(c.key), a) for _, f in others):
            wins.append(f"{c.leads} ({c.show(a)}; {_against(c, others, label)})")
        elif not trade and a is not None:
            better = next(((n, f) for n, f in others if _better(c, f.get(c.key), a)), None)
            if better is not None:
                trade = f", though {label(better[0])} {c.beaten} ({c.show(better[1][c.key])} against {c.show(a)})"
    if clears_the_gap(mine) and not any(clears_the_gap(f) for _, f in others):
        wins.insert(0, "is the only option that clears the GP shortfall")
    if not wins:
        return (f"It leads the other options on none of net cost per GP hour, gap closed, cash or contacts a "
                f"day{trade}: the partners should hear the reasons for it.")
    return f"Of the {len(options)} options it " + " and ".join(wins[:2]) + trade + "."


#: with more other options than this, only the next best is named
LISTED_OTHERS = 3


def _against(c: Criterion, others: list[tuple[str, Figures]], label: Callable[[str], str]) -> str:
    """'option 2 £41.21, option 3 £10.76', or with many options 'next best option 7 £6.46'."""
    if len(others) <= LISTED_OTHERS:
        return ", ".join(f"{label(n)} {'–' if f.get(c.key) is None else c.show(f[c.key])}" for n, f in others)
    ranked = [(n, f) for n, f in others if f.get(c.key) is not None]
    if not ranked:
        return "no other option has a figure"
    best = ranked[0]
    for other in ranked[1:]:
        if _better(c, other[1][c.key], best[1][c.key]):
            best = other
    return f"next best {label(best[0])} {c.show(best[1][c.key])}"


def clears_the_gap(figures: Figures) -> bool:
    """No GP work is left without GP time after the option."""
    return bool(figures["gp_gap_after"] <= NEGLIGIBLE)


def no_hire_sentence(figures: Figures) -> str:
    """'2.6 of its 12.5 GP hours freed need no hire (avoided or retimed work).'"""
    freed, alone = figures["gp_hours_freed_per_week"], figures["gp_hours_freed_without_hire"]
    if alone <= 0.05 or freed <= 0.05:
        return ""
    if alone >= freed - 0.05:
        return f"All {fmt.hours(freed)} GP hours freed need no hire (avoided or retimed work)."
    return f"{fmt.hours(alone)} of its {fmt.hours(freed)} GP hours freed need no hire (avoided or retimed work)."


def idle_sentence(figures: Figures, plan: Plan) -> str:
    """'The new Clinical pharmacist time is 15.4 hours a week more than the work moved to it:
    0.5 WTE would fit.'"""
    return " ".join(
        f"The new {role_title(plan, h['role'])} time is {fmt.hours(h['idle_hours'])} hours a week more than the work "
        f"moved to it: {fmt.number(h['fitting_wte'], 1)} WTE would fit, not {h['wte']:g}."
        for h in figures.get("idle_hires", []))


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- the Compare page's verdict -------------------------------------------------------------

#: GP hours a week short after an option that still count as cleared (less than prints as 0.0)
CLEARED = 0.05


def best(figure: Figure, options: Sequence[Values], plan: Plan) -> set[int]:
    """Indices of the options best on ``figure`` (ties, as printed, are all best); none when
    the figure has no better way, fewer than two options have it, or all print the same."""
    if figure.better is None:
        return set()
    ranked = [(i, r) for i, v in enumerate(options) if (r := figure.rank(v)) is not None]
    if len(ranked) < 2:
        return set()
    sign = 1.0 if figure.better == MORE else -1.0
    top, top_value = max(ranked, key=lambda p: sign * p[1])
    shown = figure.show(options[top], plan)
    winners = {i for i, r in ranked if sign * r >= sign * top_value - 1e-9 or figure.show(options[i], plan) == shown}
    return set() if len(winners) == len(ranked) else winners


def names(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def value_sentence(options: Sequence[tuple[str, Values]], plan: Plan) -> str:
    """Which option buys GP time for the least, with the next best."""
    figure = BY_KEY[VALUE_FOR_MONEY]
    ranked = sorted(((r, name, v) for name, v in options if (r := figure.rank(v)) is not None),
                    key=lambda t: t[0])
    if not ranked:
        return "No option frees GP time."
    _, name, values = ranked[0]
    what = figure.label[:1].lower() + figure.label[1:]
    text = f"Best value: {name}, {figure.show(values, plan)} {what}"
    if len(ranked) > 1:
        _, second, second_values = ranked[1]
        text += f" (next: {second}, {figure.show(second_values, plan)})"
    return text + "."


def shortfall_clause(options: Sequence[tuple[str, Values]], plan: Plan, today: Values) -> str:
    """Which options leave no GP work off the rota; '' when today's GP work fits already."""
    short_today = float(today.get("gp_shortfall_today") or 0.0)
    if short_today < CLEARED:
        return ""
    gp = plan.assumptions.gp_role
    clear = [name for name, v in options if v["shortfall_hours"].get(gp, 0.0) < CLEARED]
    return _who(clear, len(options), "clears", "clear", f"the GP shortfall ({fmt.hours(short_today)} h a week today)")


def contacts_clause(options: Sequence[tuple[str, Values]], plan: Plan, today: Values) -> str:
    """Which options bring GP contacts a day within the safe limit; '' when they are already."""
    safe = plan.assumptions.safe_contacts_per_gp_day
    now = today.get("gp_contacts_per_day_after")
    if now is None or now <= safe:
        return ""
    under = [name for name, v in options
             if v.get("gp_contacts_per_day_after") is not None and v["gp_contacts_per_day_after"] <= safe]
    return _who(under, len(options), "brings", "bring", f"GP contacts under {safe:g} a day")


def _who(chosen: Sequence[str], count: int, one: str, many: str, what: str) -> str:
    if not chosen:
        return f"none {one} {what}"
    if len(chosen) == count and count > 1:
        return f"every option {one} {what}"
    if len(chosen) == 1:
        return f"only {chosen[0]} {one} {what}" if count > 1 else f"it {one} {what}"
    return f"{names(list(chosen))} {many} {what}"


def verdict(options: Sequence[tuple[str, Values]], plan: Plan, today: Values) -> str:
    """One or two sentences on the options (name, figures), against doing nothing's figures
    ``today``; '' when there is no option."""
    if not options:
        return ""
    clauses = [c for c in (shortfall_clause(options, plan, today), contacts_clause(options, plan, today)) if c]
    risks = "; ".join(clauses)
    text = value_sentence(options, plan)
    return f"{text} {risks[:1].upper()}{risks[1:]}." if risks else text
