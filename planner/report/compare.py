"""Options side by side, doing nothing included (it frees nothing, costs nothing new, and
keeps today's shortfall)."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from planner.engine import ScenarioResult, Workload, project, safety_check
from planner.present import format as fmt
from planner.report.context import PackContext
from planner.report.decision import cost_of_doing_nothing, gp_shortfall_today
from planner.report.figures import role_hours
from planner.report.styles import BODY, H1, NOTE
from planner.report.summary_page import LABEL_SHARE, arrs_share, headline_rows, option_headers
from planner.report.tables import Cell, Row, cell, option_tables
from planner.report.wording import freed_use


def side_by_side(ctx: PackContext) -> list[Flowable]:
    options: list[ScenarioResult | None] = [None, *ctx.options]
    rows: list[Row] = headline_rows(ctx)
    more: list[tuple[str, list[Cell]]] = [
        ("ARRS share of employment cost", [fmt.percent(arrs_share(r)) if r else "–" for r in options]),
        ("GP supervision hours a week", [fmt.hours(r.after.supervision_hours if r else 0.0) for r in options]),
        ("Work with no time for it, hours a week", [fmt.hours(_short_total(ctx, r)) for r in options]),
        ("GP patient contacts a day", [_contacts(ctx, r) for r in options]),
        (f"Value of GP time less all costs over {ctx.plan.assumptions.projection_years} years (not cash)",
         [_over_years(ctx, r) for r in options]),
        ("Freed GP time becomes", [cell(_use(r), right=True) for r in options]),
    ]
    rows += [("Risks and the years ahead", None), *more]
    intro = "Every option against doing nothing. " + doing_nothing_text(ctx)
    note = (f"Work with no time for it = the sum, over roles, of work above capacity. GP patient contacts a "
            f"day: BMA guidance is no more than {ctx.plan.assumptions.safe_contacts_per_gp_day:g}. Value of GP "
            "time less all costs over the years includes ramp-up, pay awards, list growth and the one-off costs; "
            "like the yearly figure it is not cash.")
    return [Paragraph("Options side by side", H1), Paragraph(intro, BODY),
            *option_tables(option_headers(ctx), rows, label_share=LABEL_SHARE), Paragraph(note, NOTE), PageBreak()]


def doing_nothing_text(ctx: PackContext) -> str:
    short = gp_shortfall_today(ctx)
    if short <= 0:
        return "Doing nothing keeps today's team, whose work fits the rota."
    return (f"Doing nothing is not free: {fmt.hours(short)} hours a week of GP work stays unrostered, "
            f"{fmt.money(cost_of_doing_nothing(ctx))} a year of GP time if locums covered it (the row 'Work with "
            "no time for it' adds every role's).")


def _workload(ctx: PackContext, r: ScenarioResult | None) -> Workload:
    return ctx.results.baseline if r is None else r.after


def _short_total(ctx: PackContext, r: ScenarioResult | None) -> float:
    """Unrounded work above capacity over every role (printed once, as the shortfall everywhere)."""
    base = ctx.results.baseline
    hours = role_hours(base, base) if r is None else role_hours(r.before, r.after)
    return sum(h.shortfall for h in hours.values())


def _contacts(ctx: PackContext, r: ScenarioResult | None) -> str:
    check = safety_check(ctx.plan, _workload(ctx, r))
    if check.gp_contacts_per_day is None:
        return "–"
    mark = " (over)" if check.gp_contacts_unsafe else ""
    return fmt.number(check.gp_contacts_per_day, 1) + mark


def _over_years(ctx: PackContext, r: ScenarioResult | None) -> str:
    if r is None:
        return fmt.money(0)
    years = project(r, ctx.plan.assumptions, ctx.plan.practice.weeks_per_year)
    return fmt.money(years[-1].cumulative_net_benefit if years else 0.0)


def _use(r: ScenarioResult | None) -> str:
    if r is None:
        return "–"
    return freed_use(r.scenario.freed_time_use) or "Not decided"
