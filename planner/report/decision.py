"""The decision asked of the partners: today's GP shortfall and what doing nothing costs, the
resolution proposed for a recommended option (who is hired, at what cost), and why that
option, worked out from the figures rather than written in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.engine import ScenarioResult
from planner.engine.ranking import ranking
from planner.model import Hire
from planner.present import format as fmt
from planner.present.verdict import (
    idle_sentence,
    no_hire_sentence,
    ranking_sentence,
    strengths,
    without_arrs_sentence,
)
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


def _options(ctx: PackContext) -> list[tuple[str, dict[str, Any]]]:
    return [(o.scenario.name, headline_values(ctx.plan, o)) for o in ctx.options]


def _labeller(ctx: PackContext) -> Callable[[str], str]:
    numbers = {o.scenario.name: ctx.option_number(o) for o in ctx.options}
    return lambda name: f"option {numbers[name]}"


def why_text(ctx: PackContext, r: ScenarioResult) -> str:
    """Why ``r``: what it leads the other options on (with their figures) and the first trade-off,
    what part of it needs no hire, and new time left without work (E13)."""
    n = ctx.option_number(r)
    options = _options(ctx)
    mine = dict(options)[r.scenario.name]
    if len(options) == 1:
        text = _only_option(ctx, mine)
    else:
        reason = strengths(r.scenario.name, options, _labeller(ctx))
        text = f"Why option {n}: {reason[:1].lower()}{reason[1:]}"
    extra = [t for t in (no_hire_sentence(mine), idle_sentence(mine, ctx.plan)) if t]
    return " ".join([text, *extra])


def ranking_text(ctx: PackContext) -> str:
    """How the options rank on net cost per GP hour of gap closed, where the recommended one
    stands, and whether ARRS funding decides the order (E14)."""
    options = _options(ctx)
    if not options:
        return ""
    label = _labeller(ctx)
    parts = [ranking_sentence(options, label)]
    chosen = [o.scenario.name for o in ctx.options if o.scenario.recommended]
    order = ranking(options).by_net_cost
    if chosen and len(options) > 1 and order[0] != chosen[0]:
        parts.append(f"The recommended {label(chosen[0])} ranks {_ordinal(order.index(chosen[0]) + 1)}: "
                     "the partners should weigh why it is preferred.")
    parts.append(without_arrs_sentence(options, label))
    return " ".join(p for p in parts if p)


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")


def _only_option(ctx: PackContext, v: dict[str, Any]) -> str:
    short = gp_shortfall_today(ctx)
    left = (f" and leaves {fmt.hours(short)} hours a week of GP work unrostered" if short > 0 else "")
    return (f"Why: it closes {fmt.hours(v['gp_gap_closed_per_week'])} GP hours a week of the gap for "
            f"{fmt.money(v['net_cost_per_year'])} a year net cost; doing nothing closes none{left}.")
