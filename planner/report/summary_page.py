"""The summary on one page: the decision asked for (and the resolution proposed), the cost of
doing nothing, and the headline figures of every option, doing nothing included."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Paragraph

from planner.engine import ScenarioResult
from planner.engine.safety import option_safety
from planner.present import figures as present_figures
from planner.present import format as fmt
from planner.present.names import DO_NOTHING
from planner.report.context import PackContext
from planner.report.decision import (
    ask_text,
    cost_of_doing_nothing,
    gp_shortfall_today,
    ranking_text,
    resolution,
    why_text,
)
from planner.report.figures import headline_values, role_hours, round1
from planner.report.styles import BODY, BULLET, H1, H2, NOTE
from planner.report.tables import ONE_PAGE_OPTIONS, Cell, Row, cell, one_page, option_tables
from planner.report.wording import gp_hour_working

DO_NOTHING_TITLE = DO_NOTHING

ROUNDING_NOTE = (
    "Rounding: figures are worked out unrounded; lines of a table with a total are rounded to add up to it, so "
    "a figure may differ by 0.1 between a table and the text{example}.")

ROUNDING_EXAMPLE = " (GP work not fitting the rota: {table} hours in the role table, {text} here)"


def option_headers(ctx: PackContext) -> list[str]:
    """Column headings: 'Do nothing', then 'Option 1: name' (and 'recommended' when marked)."""
    out = [DO_NOTHING_TITLE]
    for r in ctx.options:
        mark = '<br/><font size="7.5"><i>Recommended</i></font>' if r.scenario.recommended else ""
        out.append(ctx.para(ctx.option_title(r)) + mark)
    return out


#: the figures the summary page shows (the side-by-side page shows them all)
SUMMARY_KEYS = frozenset({
    "gp_hours_freed_per_week", "gp_hours_absorbing_shortfall", "gp_hours_available",
    "arrs_reimbursement_per_year", "net_cost_per_year",
    "one_off_costs", "cash_effect_per_year",
    "net_benefit_per_year", "gp_gap_closed_per_week", "net_cost_per_gp_hour_closed",
    "range_gp_gap_closed", "range_net_cost", "range_cash_effect"})


def headline_rows(ctx: PackContext, keys: frozenset[str] | None = None, rough: bool = False) -> list[Row]:
    """The headline figures (all, or those of ``keys``) of doing nothing and each option, under
    their group headings; ``rough`` prints pounds a year to the nearest £10 (the summary)."""
    plan = ctx.plan
    values = [headline_values(plan, None)] + [headline_values(plan, r) for r in ctx.options]
    rows: list[Row] = []
    for heading, figures in present_figures.grouped(keys):
        if figures:
            rows.append((heading, None))
            rows += [(f.label_for(plan), [fitted(f.show(v, plan, rough)) for v in values]) for f in figures]
    return rows


#: longer figures than this wrap within their cell
FITS_A_CELL = 11


def fitted(text: str) -> Cell:
    """A figure as a table cell: wrapped within the cell when it is long (a range, a list)."""
    return text if len(text) <= FITS_A_CELL else cell(escape(text), right=True)


def gp_unrostered(ctx: PackContext) -> tuple[float, float, float]:
    """Printed GP demand, GP capacity and GP work above capacity, hours a week, now (the
    shortfall is the difference of the printed figures, as in the role table)."""
    base = ctx.results.baseline
    gp = role_hours(base, base)[ctx.plan.assumptions.gp_role]
    return gp.before, gp.capacity, max(0.0, round1(gp.before - gp.capacity))


def summary(ctx: PackContext) -> list[Flowable]:
    """The summary, on one page for up to four options (made a little smaller if it must be)."""
    body = summary_body(ctx)
    few = len(ctx.options) <= ONE_PAGE_OPTIONS
    return [Paragraph("Summary", H1), *([one_page(body)] if few else body), PageBreak()]


def summary_body(ctx: PackContext) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("The decision", H2), Paragraph(f"{ask_text(ctx)} {today_text(ctx)}", BODY)]
    for r in (r for r in ctx.options if r.scenario.recommended):
        story += [Paragraph(resolution(ctx, r), BODY), Paragraph(why_text(ctx, r), BODY)]
    if ctx.options:
        story.append(Paragraph(ranking_text(ctx), BODY))
    story += [Paragraph("Headline figures", H2),
              *option_tables(option_headers(ctx), headline_rows(ctx, SUMMARY_KEYS, rough=True),
                             label_share=LABEL_SHARE)]
    story += [Paragraph(not_cash_text(ctx), BODY),
              Paragraph(f"{HEADLINE_NOTE}{estimates_note(ctx)} {rounding_note(ctx)}", NOTE)]
    return story


def points_to_weigh(ctx: PackContext) -> list[Flowable]:
    """Each option's main risks in a line (the figures are in the tables)."""
    if not ctx.options:
        return []
    return [Paragraph("Points to weigh", H2),
            *(Paragraph(point_to_weigh(ctx, r), BULLET, bulletText="•") for r in ctx.options)]


#: share of the page width the figure labels of an options table take
LABEL_SHARE = 0.36


def today_text(ctx: PackContext) -> str:
    """Today's GP shortfall (rounded on its own, as on screen) and what doing nothing costs."""
    short = gp_shortfall_today(ctx)
    if short <= 0:
        return "Today all GP work fits the rota, so doing nothing leaves no GP work unrostered."
    a, weeks = ctx.plan.assumptions, ctx.plan.practice.weeks_per_year
    return (f"Today {fmt.hours(short)} hours a week ({fmt.hours(short / a.session_hours)} sessions) of GP work "
            f"does not fit the rota. <b>Doing nothing keeps it: {fmt.money(cost_of_doing_nothing(ctx))} a "
            f"year</b> if locums covered it ({short:,.2f} hours × {weeks:g} weeks × "
            f"£{a.gp_hour_value:,.2f} a GP hour).")


def not_cash_text(ctx: PackContext) -> str:
    a = ctx.plan.assumptions
    return (f"<b>Value of GP time is not cash.</b> It prices each freed GP hour at {gp_hour_working(ctx.plan)}. "
            "Cash is saved only where freed hours replace paid locum sessions (for unrostered work, the "
            f"{fmt.percent(a.locum_share_of_shortfall)} share locums cover).")


def estimates_note(ctx: PackContext) -> str:
    """' They rest on up to 46 Skillmix estimates: ...' (E15), or nothing with no options."""
    counts = [headline_values(ctx.plan, r)["estimated_inputs"] for r in ctx.options]
    if not counts:
        return ""
    return (f" They rest on up to {max(counts)} Skillmix estimates; the practice's own data narrows them "
            "(Assumptions and sources).")


def rounding_note(ctx: PackContext) -> str:
    _, _, table = gp_unrostered(ctx)
    text = gp_shortfall_today(ctx)
    differ = fmt.hours(table) != fmt.hours(text)
    example = ROUNDING_EXAMPLE.format(table=fmt.hours(table), text=fmt.hours(text)) if differ else ""
    return ROUNDING_NOTE.format(example=example)


def point_to_weigh(ctx: PackContext, r: ScenarioResult) -> str:
    """One line per option: its main risks (the figures are in the table above)."""
    risks = [f"{ctx.para(ctx.role_title(code))} still short by {fmt.hours(h.short)} hours a week"
             for code, h in role_hours(r.before, r.after).items() if h.short > 0]
    if r.gp_hours_freed_per_week < 0:
        risks.append(f"it adds {fmt.hours(-r.gp_hours_freed_per_week)} GP hours a week")
    if r.arrs_reimbursement_per_year > 0:
        from planner.catalogue import estimated_caps

        caveat = " (an estimated maximum)" if estimated_caps(ctx.plan, r.scenario.changes) else ""
        risks.append(f"ARRS pays {fmt.percent(arrs_share(r))} of its employment cost{caveat}")
    if r.after.supervision_hours > 0:
        risks.append(f"{fmt.hours(r.after.supervision_hours)} hours a week of GP supervision")
    check = option_safety(ctx.plan, r)[1]
    if check.gp_contacts_unsafe and check.gp_contacts_per_day is not None:
        risks.append(f"{fmt.number(check.gp_contacts_per_day, 1)} patient contacts a GP day (over "
                     f"{check.safe_contacts_per_day:g})")
    if check.rooms_short > 0:
        risks.append(f"{fmt.number(check.rooms_short, 0)} more room sessions a week than the building has")
    if not risks:
        risks.append("no role is left short of time")
    text = "; ".join(risks)
    return f"<b>{ctx.para(ctx.option_title(r))}.</b> {text[0].upper()}{text[1:]}."


def arrs_share(r: ScenarioResult) -> float:
    """Share of the option's employment cost that ARRS reimburses."""
    return r.arrs_reimbursement_per_year / r.employment_cost_per_year if r.employment_cost_per_year else 0.0


HEADLINE_NOTE = (
    "GP gap closed = GP hours freed + GP time added, net of supervision. Net cost = employment cost − ARRS. "
    "Cash effect = cash saved − net cost. Pounds to the nearest £10; every figure in full under Options side "
    "by side. Likely ranges: with every Skillmix estimate varied, 8 times in 10.")
