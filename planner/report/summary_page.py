"""The summary on one page: the decision asked for, and the headline figures of every option,
doing nothing included."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from planner import format as fmt
from planner.engine import ScenarioResult, safety_check
from planner.model import FREED_TIME_USES
from planner.report.context import PackContext
from planner.report.figures import HEADLINES, VALUE_LINES, headline_values, role_hours
from planner.report.styles import BODY, BULLET, H1, H2, NOTE
from planner.report.tables import option_tables

DO_NOTHING_TITLE = "Do nothing"


def option_headers(ctx: PackContext) -> list[str]:
    """Column headings: 'Do nothing', then 'Option 1: name' (and 'recommended' when marked)."""
    out = [DO_NOTHING_TITLE]
    for r in ctx.options:
        mark = "<br/><i>Recommended</i>" if r.scenario.recommended else ""
        out.append(ctx.para(ctx.option_title(r)) + mark)
    return out


def option_values(ctx: PackContext) -> list[dict[str, object]]:
    return [headline_values(None)] + [headline_values(r) for r in ctx.options]


def gp_unrostered(ctx: PackContext) -> tuple[float, float, float]:
    """Printed GP demand, GP capacity and GP work above capacity, hours a week, now."""
    base = ctx.results.baseline
    gp = role_hours(base, base)[ctx.plan.assumptions.gp_role]
    return gp.before, gp.capacity, gp.short


def summary(ctx: PackContext) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Summary", H1), Paragraph("The decision", H2),
                             Paragraph(decision_text(ctx), BODY)]
    recommended = [r for r in ctx.options if r.scenario.recommended]
    story += [Paragraph(recommendation_text(ctx, recommended), BODY), Paragraph("Headline figures", H2)]
    values = option_values(ctx)
    rows = [(label, [f(v[key]) for v in values]) for label, key, f in HEADLINES + VALUE_LINES]
    story += option_tables(option_headers(ctx), rows)
    story.append(Paragraph(HEADLINE_NOTE, NOTE))
    if ctx.options:
        story.append(Paragraph("Points to weigh", H2))
        story += [Paragraph(point_to_weigh(ctx, r), BULLET, bulletText="•") for r in ctx.options]
    story.append(PageBreak())
    return story


def point_to_weigh(ctx: PackContext, r: ScenarioResult) -> str:
    """One line per option: what it frees, for what, and its main risks."""
    v = headline_values(r)
    freed = v["gp_hours_freed_per_week"]
    effect = (f"frees {fmt.hours(freed)} GP hours a week ({fmt.number(v['gp_appointments_released_per_year'])} "
              "appointments a year)" if freed >= 0 else f"adds {fmt.hours(-freed)} GP hours a week")
    gist = (f"<b>{ctx.para(ctx.option_title(r))}</b> {effect} for a net cost of "
            f"{fmt.money(v['net_cost_per_year'])} a year.")
    risks = [f"{ctx.para(ctx.role_title(code))} short by {fmt.hours(h.short)} hours a week"
             for code, h in role_hours(r.before, r.after).items() if h.short > 0]
    if r.after.supervision_hours > 0:
        risks.append(f"{fmt.hours(r.after.supervision_hours)} hours a week of GP supervision")
    check = safety_check(ctx.plan, r.after)
    if check.gp_contacts_unsafe and check.gp_contacts_per_day is not None:
        risks.append(f"{fmt.number(check.gp_contacts_per_day, 1)} patient contacts a GP day "
                     f"(safe limit {check.safe_contacts_per_day:g})")
    if check.rooms_short > 0:
        risks.append(f"{fmt.number(check.rooms_short, 0)} more room sessions a week than the building has")
    return gist + (" To weigh: " + "; ".join(risks) + "." if risks else "")


HEADLINE_NOTE = (
    "GP time freed is net: GP supervision of any new staff is already taken off. Net cost = "
    "employment cost (pay, employer NI and pension) less ARRS reimbursement. Cost per appointment "
    "released = net cost a year ÷ GP appointments released a year. Payback = one-off costs ÷ net "
    "benefit a year (value of GP time freed less net cost), in months; '–' means there is no "
    "net benefit to pay them back. Doing nothing costs nothing new and frees nothing.")


def decision_text(ctx: PackContext) -> str:
    demand, capacity, short = gp_unrostered(ctx)
    sessions = short / ctx.plan.assumptions.session_hours
    n = len(ctx.options)
    ask = ("This plan has no options yet, so only doing nothing is shown." if n == 0 else
           f"The partners are asked to choose {'this option' if n == 1 else 'one of these ' + str(n) + ' options'}"
           " or to do nothing.")
    if short > 0:
        now = (f"Today the GPs' work takes {fmt.hours(demand)} hours a week but the rota gives "
               f"{fmt.hours(capacity)} hours after leave: {fmt.hours(short)} hours a week "
               f"({fmt.hours(sessions)} sessions) of GP work does not fit the rota. Doing nothing keeps it.")
    else:
        now = (f"Today the GPs' work takes {fmt.hours(demand)} hours a week and the rota gives "
               f"{fmt.hours(capacity)} hours after leave, so all GP work fits the rota.")
    return f"{ask} {now}"


def recommendation_text(ctx: PackContext, recommended: list[ScenarioResult]) -> str:
    if not recommended:
        return "No option is marked as recommended: the partners are asked to weigh them up."
    parts = []
    for r in recommended:
        use = FREED_TIME_USES.get(r.scenario.freed_time_use, "")
        then = f"; the freed GP time is meant for: {use.lower()}" if use else ""
        parts.append(f"<b>{ctx.para(ctx.option_title(r))}</b>{then}")
    return "Recommended: " + "; ".join(parts) + "."
