"""An option's risks: roles left short of time, GP supervision, safe working, rooms, ramp-up,
what the freed time becomes, and which assumptions move the answer most."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from planner.engine import ScenarioResult, project
from planner.engine.safety import option_safety
from planner.engine.sensitivity import ARRS_KEY, SensitivityBar, sensitivity
from planner.present import format as fmt
from planner.report.context import PackContext
from planner.report.figures import freed_split, headline_values, role_hours
from planner.report.gp_time import safe_working_text
from planner.report.styles import BODY, FRAME_WIDTH, H2, NOTE, WARNING
from planner.report.tables import cell, grid, head
from planner.report.tornado import TornadoRow, tornado_chart
from planner.report.wording import freed_use, inline

SWING = 0.2
TOP_BARS = 5


def risks(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    lines = (_arrs(result) + _shortfalls(ctx, result) + _supervision(ctx, result) + _safe_working(ctx, result)
             + _rooms(ctx, result) + _ramp_up(ctx, result) + _freed_time(ctx, result))
    return [Paragraph("Risks", H2), *(Paragraph(t, WARNING, bulletText="•") for t in lines)]


def _arrs(result: ScenarioResult) -> list[str]:
    """ARRS is claimed by the PCN from a fixed budget: the option depends on it being there."""
    arrs, cost = result.arrs_reimbursement_per_year, result.employment_cost_per_year
    if arrs <= 0 or cost <= 0:
        return []
    return [f"<b>ARRS funding: ARRS would pay {fmt.money(arrs)} a year, {fmt.percent(arrs / cost)} of the "
            "employment cost.</b> It is claimed by the PCN from its ARRS budget; confirm headroom before "
            f"recruiting. Without it the net cost would be {fmt.money(cost)} a year, not "
            f"{fmt.money(result.net_cost_per_year)}."]


def _shortfalls(ctx: PackContext, result: ScenarioResult) -> list[str]:
    hours = role_hours(result.before, result.after)
    short = [(code, h.short) for code, h in hours.items() if h.short > 0]
    if not short:
        return ["Every role has the time for its work after the change."]
    return [f"<b>{ctx.para(ctx.role_title(code))}: {fmt.hours(s)} hours a week of work with no time "
            "for it</b>: late, unpaid or undone unless more time is found." for code, s in short]


def _supervision(ctx: PackContext, result: ScenarioResult) -> list[str]:
    if not result.hires:
        return []
    hours = result.after.supervision_hours
    if hours <= 0:
        return ["No GP supervision is counted for the new staff: check that this is realistic."]
    return [f"The new staff need {fmt.hours(hours)} hours of GP supervision a week "
            f"({fmt.hours(hours / ctx.plan.assumptions.session_hours)} sessions): unfunded GP time, already "
            "taken off the GP hours freed."]


def _safe_working(ctx: PackContext, result: ScenarioResult) -> list[str]:
    before, after = option_safety(ctx.plan, result)
    if after.gp_contacts_per_day is None or before.gp_contacts_per_day is None:
        return []
    text = safe_working_text(after.gp_contacts_per_day, after.safe_contacts_per_day, "after the change")
    return [f"{text[:-1]} (now {fmt.number(before.gp_contacts_per_day, 1)})."]


def _rooms(ctx: PackContext, result: ScenarioResult) -> list[str]:
    check = option_safety(ctx.plan, result)[1]
    if check.room_sessions_available is None:
        return []
    need, have = check.room_sessions_needed, check.room_sessions_available
    if check.rooms_short > 0:
        return [f"<b>Rooms: the work needs {fmt.number(need, 0)} consulting-room sessions a week and the "
                f"building has {fmt.number(have, 0)}.</b>"]
    return [f"Rooms: {fmt.number(need, 0)} of the building's {fmt.number(have, 0)} consulting-room "
            "sessions a week are needed."]


def _ramp_up(ctx: PackContext, result: ScenarioResult) -> list[str]:
    years = project(result, ctx.plan.assumptions, ctx.plan.practice.weeks_per_year)
    if not years or years[0].ramp >= 1:
        return []
    return [f"New staff take time to reach full speed: in year 1 the option frees about "
            f"{fmt.percent(years[0].ramp)} of the GP time shown above."]


def _freed_time(ctx: PackContext, result: ScenarioResult) -> list[str]:
    use = freed_use(result.scenario.freed_time_use)
    if result.gp_hours_freed_per_week <= 0:
        return ["<b>This option frees no GP time overall.</b>"]
    if use is None:
        return ["<b>The partners have not yet decided what the freed GP time becomes.</b> Freed time that "
                "is not planned for tends to be absorbed without anyone noticing."]
    v = headline_values(ctx.plan, result)
    absorbed, available = freed_split(v)
    check = "Check six months after the change what the freed time became."
    if v["gp_hours_absorbing_shortfall"] <= 0:
        return [f"The freed GP time is meant for {inline(use)}. {check}"]
    return [f"The freed GP time is meant for {inline(use)}, but <b>{fmt.hours(absorbed)} "
            f"of the {fmt.hours(v['gp_hours_freed_per_week'])} GP hours a week freed only absorb work the rota has "
            f"no time for today</b>, leaving {fmt.hours(available)} for it; the cash effect is "
            f"{fmt.money(v['cash_effect_per_year'])} a year. {check}"]


def sensitivity_section(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    """A tornado of the value of GP time less net cost for the inputs that move it most, with
    their net cost and GP hours; ARRS funding not being available is one of the inputs."""
    bars = [b for b in sensitivity(ctx.plan, result.scenario.name, SWING) if b.net_benefit_spread >= 0.5]
    bars = bars[:TOP_BARS]
    title = Paragraph("What moves the answer most", H2)
    if not bars:
        return [title, Paragraph("No single input moves the value of GP time less net cost of this option.", BODY)]
    arrs = any(b.key == ARRS_KEY for b in bars)
    intro = (f"Each input was moved {fmt.percent(SWING)} down and {fmt.percent(SWING)} up on its own, "
             "everything else as planned" + ("; ARRS funding was taken away altogether" if arrs else "")
             + ". The figure is the value of GP time freed less net cost a year (not cash). The longest bars "
             "are the assumptions to check first.")
    rows = [TornadoRow(ctx.clean(b.label), range_text(b), b.low.net_benefit_per_year, b.high.net_benefit_per_year)
            for b in bars]
    lower, higher = f"Input {fmt.percent(SWING)} lower", f"Input {fmt.percent(SWING)} higher"
    if arrs:
        lower, higher = lower + " or no ARRS", higher + " or ARRS as planned"
    chart = tornado_chart(rows, bars[0].base.net_benefit_per_year, FRAME_WIDTH, fmt.money, (lower, higher),
                          "Value of GP time less net cost a year as planned")
    note = "Net cost and GP hours freed with the input lower, then higher."
    return [KeepTogether([title, Paragraph(intro, BODY), chart, Spacer(1, 4), _bars_table(ctx, bars),
                          Paragraph(note, NOTE)])]


def range_text(b: SensitivityBar) -> str:
    """'(64.0% to 96.0%)': the input's low and high value; ARRS: '(none, then as planned)'."""
    if b.key == ARRS_KEY:
        return "(none, then as planned)"
    return f"({input_text(b.kind, b.low_value)} to {input_text(b.kind, b.high_value)})"


def _bars_table(ctx: PackContext, bars: list[SensitivityBar]) -> Flowable:
    body = [[cell(f"{ctx.para(b.label)} {range_text(b)}"),
             span(fmt.money(b.low.net_cost_per_year), fmt.money(b.high.net_cost_per_year)),
             span(fmt.hours(b.low.gp_hours_freed_per_week), fmt.hours(b.high.gp_hours_freed_per_week))]
            for b in bars]
    w = FRAME_WIDTH
    return grid([head("Input"), head("Net cost a year", True), head("GP hours freed a week", True)],
                body, [w * 0.52, w * 0.26, w * 0.22])


def span(low: str, high: str) -> str:
    return f"{low} (no change)" if low == high else f"{low} to {high}"


def input_text(kind: str, v: float) -> str:
    """An input value as people read it: 12.0%, £43,768, 1.6 h, 12 min, 0.80 WTE, 125 a week."""
    if kind == "rate":
        return f"{v * 100:.1f}%"
    if kind == "money":
        return fmt.money(v)
    if kind == "hours":
        return f"{v:.3g} h"
    if kind == "minutes":
        return f"{v:.3g} min"
    if kind == "wte":
        return f"{v:.2f} WTE"
    if kind == "scale":
        return f"{v:.0%} of the plan's"
    return f"{v:,.0f} a week"
