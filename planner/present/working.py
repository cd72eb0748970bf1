"""The working of an option's figures, with its own numbers: "5.6 h moved − 1.0 h GP supervision
= 4.6 h freed". Every figure is the engine's; this only shows how it was worked out, with
the printed numbers chosen so that the printed sum adds up (as on paper). Qt-free: the results
panel shows it, and the Compare page's tooltips."""

from __future__ import annotations

from collections.abc import Callable

from planner.engine import ScenarioResult
from planner.model import FREED_TIME_USES, Hire, Plan
from planner.present import format as fmt
from planner.present.figures import Values, freed_parts
from planner.present.names import role_title

Working = Callable[[Plan, ScenarioResult, Values], str]


def _h(value: float) -> str:
    return f"{fmt.hours(value)} h"


def gp_hours_freed(plan: Plan, r: ScenarioResult, v: Values) -> str:
    gp = plan.assumptions.gp_role
    before, after = r.before.demand[gp], r.after.demand[gp]
    supervision = r.after.supervision_hours
    if supervision <= 0:
        return f"GP work {_h(before)} a week before − {_h(after)} after = {_h(before - after)} freed."
    freed = fmt.round_half_up(before - after, 1)
    supervised = fmt.round_half_up(supervision, 1)
    return (f"{_h(freed + supervised)} of GP work moved, avoided or made quicker − {_h(supervised)} of GP "
            f"supervision for the new staff = {_h(freed)} freed.")


def absorbing(plan: Plan, r: ScenarioResult, v: Values) -> str:
    short = v["gp_shortfall_today"]
    covered, _ = freed_parts(v)
    if short <= 0:
        return "Today all GP work fits the rota, so no freed hour goes on unrostered work."
    freed = _h(max(0.0, v["gp_hours_freed_per_week"]))
    return (f"Today {_h(short)} a week of GP work does not fit the rota; the freed hours cover it first: "
            f"the smaller of {freed} freed and {_h(short)} short = {_h(covered)}.")


def available(plan: Plan, r: ScenarioResult, v: Values) -> str:
    covered, free = freed_parts(v)
    total = fmt.round_half_up(max(0.0, v["gp_hours_freed_per_week"]), 1)
    return f"{_h(total)} freed − {_h(covered)} covering unrostered work = {_h(free)} free for the chosen use."


def sessions(plan: Plan, r: ScenarioResult, v: Values) -> str:
    a = plan.assumptions
    return (f"{_h(r.gp_hours_freed_per_week)} freed ÷ {a.session_hours:.4g} h a GP session = "
            f"{fmt.hours(r.gp_sessions_freed_per_week)} sessions.")


def appointments(plan: Plan, r: ScenarioResult, v: Values) -> str:
    a, weeks = plan.assumptions, plan.practice.weeks_per_year
    if freed_parts(v)[1] <= 0:
        return _none_free(v, "no appointment is released")
    return (f"{_h(r.gp_hours_freed_per_week)} freed × 60 ÷ {a.gp_appointment_minutes:g} min an appointment × "
            f"{weeks:g} open weeks = {fmt.number(r.gp_appointments_released_per_year)} appointments.")


def _hire_label(plan: Plan, role: str, wte: float) -> str:
    return f"{role_title(plan, role)} {wte:g} WTE"


def employment(plan: Plan, r: ScenarioResult, v: Values) -> str:
    if not r.hires:
        return "Nobody is hired, so there is no employment cost."
    lines = [f"{_hire_label(plan, h.role, h.wte)}: pay {fmt.money(h.pay)} + employer NI {fmt.money(h.ni)} + "
             f"pension {fmt.money(h.pension)} = {fmt.money(h.employment_cost)}" for h in r.hires]
    return "; ".join(lines) + "."


def arrs(plan: Plan, r: ScenarioResult, v: Values) -> str:
    funded = [h for h in r.hires if h.arrs > 0]
    if not funded:
        return "No hire is ticked as funded by ARRS, so ARRS pays nothing."
    parts = []
    for h in funded:
        role = plan.role(h.role)
        cap = role.arrs_cap * h.wte if role is not None and role.arrs_cap is not None else h.arrs
        parts.append(f"{_hire_label(plan, h.role, h.wte)}: the smaller of its employment cost "
                     f"{fmt.money(h.employment_cost)} and the ARRS maximum {fmt.money(cap)} = {fmt.money(h.arrs)}")
    return "; ".join(parts) + ". The PCN claims it from its ARRS budget."


def net_cost(plan: Plan, r: ScenarioResult, v: Values) -> str:
    return (f"Employment cost {fmt.money(r.employment_cost_per_year)} − ARRS {fmt.money(r.arrs_reimbursement_per_year)}"
            f" = {fmt.money(r.net_cost_per_year)} a year.")


def gap_closed(plan: Plan, r: ScenarioResult, v: Values) -> str:
    before, after = v["gp_gap_before"], v["gp_gap_after"]
    closed = fmt.round_half_up(before, 1) - fmt.round_half_up(after, 1)
    return (f"GP work less GP time: {_h(before)} a week before − {_h(after)} after = {_h(closed)} closed "
            "(work moved away or avoided and GP time added count alike; below zero is spare GP time).")


def per_gp_hour(plan: Plan, r: ScenarioResult, v: Values) -> str:
    weeks = plan.practice.weeks_per_year
    per_hour = v.get("net_cost_per_gp_hour_closed")
    if per_hour is None:
        return "The option closes none of the GP gap, so there is no cost per GP hour."
    return (f"{fmt.money(r.net_cost_per_year)} net cost ÷ ({_h(v['gp_gap_closed_per_week'])} of GP gap closed a "
            f"week × {weeks:g} weeks) = {fmt.pence(per_hour)} an hour.")


def _none_free(v: Values, so: str) -> str:
    covered, _ = freed_parts(v)
    if covered <= 0:
        return f"No GP time is freed, so {so}."
    return f"All {_h(covered)} freed cover work the rota has no time for today, so {so}."


def per_appointment(plan: Plan, r: ScenarioResult, v: Values) -> str:
    if freed_parts(v)[1] <= 0:
        return _none_free(v, "there is no cost per appointment")
    if r.cost_per_appointment_released is None:
        return "No GP appointment is released, so there is no cost per appointment."
    return (f"{fmt.money(r.net_cost_per_year)} net cost ÷ {fmt.number(r.gp_appointments_released_per_year)} "
            f"appointments = {fmt.pence(r.cost_per_appointment_released)}.")


def one_off(plan: Plan, r: ScenarioResult, v: Values) -> str:
    costed = [h for h in r.hires if h.one_off_cost > 0]
    if not costed:
        return "No recruitment, equipment or set-up cost is entered for the hires."
    return " + ".join(f"{_hire_label(plan, h.role, h.wte)} {fmt.money(h.one_off_cost)}" for h in costed) + \
        f" = {fmt.money(r.one_off_costs)}."


def cash_saving(plan: Plan, r: ScenarioResult, v: Values) -> str:
    return f"Cash saved {fmt.money(v['cash_saving_per_year'])}: {_why_saved(plan, r, v)}"


def _why_saved(plan: Plan, r: ScenarioResult, v: Values) -> str:
    """Why the cash saved is what it is: which freed hours stop paid locum sessions."""
    a, weeks = plan.assumptions, plan.practice.weeks_per_year
    covered, free = freed_parts(v)
    share = fmt.percent(a.locum_share_of_shortfall)
    locums = r.scenario.freed_time_use == "locums"
    parts = []
    if covered > 0:
        every = "all " if free <= 0 else ""
        parts.append(f"{every}{_h(covered)} cover work the rota has no time for; {share} of that is paid as "
                     "locums today (Practice page)")
    if free > 0:
        use = FREED_TIME_USES.get(r.scenario.freed_time_use or "", "not decided")
        parts.append(f"{_h(free)} free become fewer locum sessions" if locums else
                     f"{_h(free)} free go on {use[:1].lower()}{use[1:]}, not fewer locum sessions, so save no cash")
    if not parts:
        return "no GP time is freed, so no locum session is saved."
    paid = covered * a.locum_share_of_shortfall + (free if locums else 0.0)
    sum_ = (f" {_h(paid)} a week of locum sessions × {weeks:g} weeks × £{a.gp_hour_value:,.2f} a GP hour = "
            f"{fmt.money(v['cash_saving_per_year'])}.")
    return "; ".join(parts) + "." + (sum_ if paid > 0 else "")


def cash_effect(plan: Plan, r: ScenarioResult, v: Values) -> str:
    return (f"Cash saved {fmt.money(v['cash_saving_per_year'])} − net cost {fmt.money(r.net_cost_per_year)} = "
            f"{fmt.signed_money(v['cash_effect_per_year'])} a year. {fmt.money(v['cash_saving_per_year'])} saved: "
            + _why_saved(plan, r, v))


def time_value(plan: Plan, r: ScenarioResult, v: Values) -> str:
    a, weeks = plan.assumptions, plan.practice.weeks_per_year
    return (f"{_h(r.gp_hours_freed_per_week)} freed × {weeks:g} weeks × £{a.gp_hour_value:,.2f} a GP hour = "
            f"{fmt.money(r.gp_time_value_per_year)} of GP time a year (a value of time, not cash).")


def net_benefit(plan: Plan, r: ScenarioResult, v: Values) -> str:
    return (f"GP time value {fmt.money(r.gp_time_value_per_year)} − net cost {fmt.money(r.net_cost_per_year)} = "
            f"{fmt.money(r.net_benefit_per_year)} a year (not cash).")


def payback(plan: Plan, r: ScenarioResult, v: Values) -> str:
    shown = fmt.payback(r.payback_months, r.one_off_costs)
    if r.one_off_costs <= 0:
        return f"{shown}: there are no one-off costs to pay back."
    if r.payback_months is None:
        return (f"{shown}: the GP time value less net cost is {fmt.money(r.net_benefit_per_year)} a year, so "
                f"nothing pays back the {fmt.money(r.one_off_costs)} one-off costs.")
    return (f"{fmt.money(r.one_off_costs)} one-off ÷ {fmt.money(r.net_benefit_per_year)} a year GP time value "
            f"less net cost × 12 = {shown}.")


#: the working of each figure that has one, by the figure's key
WORKINGS: dict[str, Working] = {
    "gp_hours_freed_per_week": gp_hours_freed, "gp_hours_absorbing_shortfall": absorbing,
    "gp_hours_available": available, "gp_sessions_freed_per_week": sessions,
    "gp_appointments_released_per_year": appointments, "employment_cost_per_year": employment,
    "arrs_reimbursement_per_year": arrs, "net_cost_per_year": net_cost, "net_cost_per_gp_hour_closed": per_gp_hour,
    "gp_gap_closed_per_week": gap_closed,
    "cost_per_appointment_released": per_appointment, "one_off_costs": one_off,
    "cash_saving_per_year": cash_saving, "cash_effect_per_year": cash_effect,
    "gp_time_value_per_year": time_value, "net_benefit_per_year": net_benefit, "payback_months": payback,
}


def working(plan: Plan, result: ScenarioResult, values: Values, key: str) -> str:
    """How figure ``key`` of this option was worked out, with its numbers ('' when it has none)."""
    show = WORKINGS.get(key)
    return show(plan, result, values) if show is not None else ""


#: hired time beyond the work moved to it, in hours a week, worth pointing out
IDLE_HOURS = 1.0


def idle_hire_lines(plan: Plan, result: ScenarioResult) -> list[str]:
    """One line per role hired whose new time is more than IDLE_HOURS a week beyond the work
    moved to it: time after - work after, counting no more than the time hired (spare time the
    team had already is not new). Says how much work was moved to the role, when some was."""
    hired = {change.role for change in result.scenario.changes if isinstance(change, Hire)}
    after, before = result.after, result.before
    lines = []
    for role in (r for r in plan.roles if r.code in hired):
        added = after.capacity.get(role.code, 0.0) - before.capacity.get(role.code, 0.0)
        spare = min(after.gap(role.code), added)
        moved = after.demand.get(role.code, 0.0) - before.demand.get(role.code, 0.0)
        if spare <= IDLE_HOURS:
            continue
        if moved >= 0.05:
            lines.append(f"New {role.title} time: {_h(spare)} a week more than the {_h(moved)} of work "
                         "moved to them")
        else:
            lines.append(f"New {role.title} time: {_h(spare)} a week with no work moved to them yet")
    return lines
