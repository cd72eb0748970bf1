"""The decision asked of the partners: today's GP shortfall and what doing nothing costs, the
resolution proposed for a recommended option (who is hired, at what cost), and why that
option, worked out from the figures rather than written in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.engine import ScenarioResult
from planner.model import Hire
from planner.present import format as fmt
from planner.present.format import pence
from planner.report.context import PackContext
from planner.report.figures import freed_split, headline_values
from planner.report.wording import freed_use, inline, pay_band


def gp_shortfall_today(ctx: PackContext) -> float:
    """GP work above GP capacity today, hours a week (the engine's E7 shortfall_today, unrounded)."""
    return float(headline_values(ctx.plan, None)["gp_shortfall_today"])


def cost_of_doing_nothing(ctx: PackContext) -> float:
    """Today's unrostered GP hours x weeks x value of a GP hour (the engine's E7 figure), a year."""
    return float(headline_values(ctx.plan, None)["cost_of_doing_nothing_per_year"])


def ask_text(ctx: PackContext) -> str:
    n = len(ctx.options)
    if n == 0:
        return "This plan has no options yet, so only doing nothing is shown."
    if any(r.scenario.recommended for r in ctx.options):
        return ("The partners are asked to approve the recommended option below, to choose another, "
                "or to do nothing.")
    which = "this option" if n == 1 else f"one of these {n} options"
    return f"No option is recommended: the partners are asked to choose {which} or to do nothing."


def resolution(ctx: PackContext, r: ScenarioResult) -> str:
    """'Approve option 1 (Clinical pharmacist) and recruit 1 WTE ... subject to PCN ARRS
    confirmation.' One sentence, one colon at most."""
    v = headline_values(ctx.plan, r)
    hires = [c for c in r.scenario.changes if isinstance(c, Hire)]
    name = f"option {ctx.option_number(r)} ({ctx.para(r.scenario.name)})"
    costs = (f"{fmt.money(v['one_off_costs'])} one-off and {fmt.money(v['net_cost_per_year'])} a year "
             "net cost")
    if hires:
        staff = " and ".join(hire_words(ctx, h) for h in hires)
        text = f"Approve {name} and recruit {staff}, at {costs}"
    else:
        text = f"Approve {name}, which recruits nobody, at {costs}"
    if any(h.arrs_funded for h in hires):
        text += ", subject to PCN ARRS confirmation"
    return f"<b>Resolution proposed:</b> {text}. {freed_time_text(v, r.scenario.freed_time_use)}"


def freed_time_text(v: dict[str, Any], use_code: str) -> str:
    """What the freed GP time is to become, and how much of it first absorbs unrostered work;
    said plainly when it all goes on unrostered work (nothing is left for the chosen use)."""
    use = freed_use(use_code)
    then = f"The freed GP time is to become {inline(use)}" if use else "What the freed GP time becomes is not decided"
    freed = v["gp_hours_freed_per_week"]
    absorbed, available = freed_split(v)
    if absorbed <= 0:
        return then + "."
    if available <= 0:
        return all_absorbed_text(freed, use_code, v["cash_effect_per_year"])
    return (f"{then}, though {fmt.hours(absorbed)} of the {fmt.hours(freed)} GP hours a week it frees would "
            "first absorb today's unrostered GP work.")


def all_absorbed_text(freed: float, use_code: str, cash_effect: float) -> str:
    """'All 12.5 freed GP hours only cover work the rota has no time for today, so no locum
    sessions are saved: the cash effect is -£4,196 a year.'"""
    use = freed_use(use_code)
    if use_code == "locums":
        so = "so no locum sessions are saved"
    else:
        so = f"so none is left for {inline(use)}" if use else "so none is left over"
    return (f"All {fmt.hours(freed)} freed GP hours a week only cover work the rota has no time for today, "
            f"{so}: the cash effect is {fmt.money(cash_effect)} a year.")


def hire_words(ctx: PackContext, hire: Hire) -> str:
    """'1 WTE Clinical pharmacist (Agenda for Change band 7 top pay point, £54,710 a year
    full-time pay, ARRS funded)'."""
    role = ctx.plan.role(hire.role)
    salary = hire.annual_salary if hire.annual_salary is not None else (role.annual_salary if role else 0.0)
    details = [b for b in (pay_band(salary, ctx.plan),) if b]
    details.append(f"{fmt.money(salary)} a year full-time pay")
    if hire.arrs_funded:
        details.append("ARRS funded")
    return f"{hire.wte:g} WTE {ctx.para(ctx.role_title(hire.role))} ({', '.join(details)})"


@dataclass(frozen=True)
class Criterion:
    key: str
    better: Callable[[float, float], bool]  # better(a, b): a beats b
    wins: str  # "has the lowest cost per GP appointment released"
    loses: str  # "frees more GP time"
    show: Callable[[Any], str]


CRITERIA: tuple[Criterion, ...] = (
    Criterion("cost_per_appointment_released", lambda a, b: a < b,
              "has the lowest cost per GP appointment released", "costs less per appointment released", pence),
    Criterion("gp_hours_freed_per_week", lambda a, b: a > b, "frees the most GP hours a week",
              "frees more GP hours a week", fmt.hours),
    Criterion("net_cost_per_year", lambda a, b: a < b, "has the lowest net cost a year", "costs less",
              fmt.money),
    Criterion("cash_effect_per_year", lambda a, b: a > b, "has the best cash effect a year", "does better in cash",
              fmt.money),
)


def _value(values: dict[str, Any], c: Criterion) -> float | None:
    v = values.get(c.key)
    return None if v is None else float(v)


def _beats(c: Criterion, a: float | None, b: float | None) -> bool:
    return a is not None and (b is None or c.better(a, b))


def why_text(ctx: PackContext, r: ScenarioResult) -> str:
    """One sentence on why ``r``: the criteria it leads on (with the other options' figures),
    and the first one another option beats it on."""
    n = ctx.option_number(r)
    mine = headline_values(ctx.plan, r)
    others = [(ctx.option_number(o), headline_values(ctx.plan, o)) for o in ctx.options if o is not r]
    if not others:
        return _only_option(ctx, mine)
    wins, trade = [], ""
    for c in CRITERIA:
        a = _value(mine, c)
        if all(not _beats(c, _value(v, c), a) for _, v in others) and a is not None:
            wins.append(f"{c.wins} ({c.show(a)}; {_against(c, others)})")
        elif not trade:
            better = next(((k, v) for k, v in others if _beats(c, _value(v, c), a)), None)
            if better is not None and a is not None:
                trade = f", though option {better[0]} {c.loses} ({c.show(_value(better[1], c))} against {c.show(a)})"
    if not wins:
        return (f"Why option {n}: it does not lead the other options on cost per appointment, GP time freed, "
                f"net cost or cash{trade}, so the partners should hear the reasons for it.")
    return f"Why option {n}: of the {len(others) + 1} options it " + " and ".join(wins[:2]) + trade + "."


#: more other options than this and only the next best is named
LISTED_OTHERS = 3


def _against(c: Criterion, others: list[tuple[int, dict[str, Any]]]) -> str:
    """'option 2 £6.87, option 3 £1.79', or with many options 'next best option 7 £1.08'."""
    if len(others) > LISTED_OTHERS:
        ranked = [o for o in others if _value(o[1], c) is not None]
        if not ranked:
            return "no other option has a figure"
        k, v = ranked[0]
        for other in ranked[1:]:
            if _beats(c, _value(other[1], c), _value(v, c)):
                k, v = other
        return f"next best option {k} {c.show(_value(v, c))}"
    return ", ".join(f"option {k} {c.show(_value(v, c))}" for k, v in others)


def _only_option(ctx: PackContext, v: dict[str, Any]) -> str:
    short = gp_shortfall_today(ctx)
    left = (f" and leaves {fmt.hours(short)} hours a week of GP work unrostered" if short > 0 else "")
    return (f"Why: it frees {fmt.hours(v['gp_hours_freed_per_week'])} GP hours a week for "
            f"{fmt.money(v['net_cost_per_year'])} a year net cost; doing nothing frees none{left}.")
