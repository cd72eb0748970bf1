"""Options side by side, doing nothing included (it frees nothing, costs nothing new, and
keeps today's shortfall)."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from planner import format as fmt
from planner.engine import ScenarioResult, Workload, project, safety_check
from planner.model import FREED_TIME_USES
from planner.report.context import PackContext
from planner.report.figures import HEADLINES, VALUE_LINES, headline_values, role_hours
from planner.report.styles import BODY, H1, NOTE
from planner.report.summary_page import option_headers
from planner.report.tables import Cell, cell, option_tables


def side_by_side(ctx: PackContext) -> list[Flowable]:
    options: list[ScenarioResult | None] = [None, *ctx.options]
    values = [headline_values(r) for r in options]
    rows: list[tuple[str, list[Cell]]] = [
        (label, [f(v[key]) for v in values]) for label, key, f in HEADLINES + VALUE_LINES]
    rows += [
        ("GP supervision hours a week", [fmt.hours(r.after.supervision_hours if r else 0.0) for r in options]),
        ("Work with no time for it, hours a week", [fmt.hours(_short_total(ctx, r)) for r in options]),
        ("GP patient contacts a day", [_contacts(ctx, r) for r in options]),
        (f"Net benefit over {ctx.plan.assumptions.projection_years} years",
         [_over_years(ctx, r) for r in options]),
        ("Freed GP time becomes", [cell(_use(r), right=True) for r in options]),
    ]
    intro = ("Every option against doing nothing. Doing nothing is not free of cost: today's work that "
             "does not fit the rota stays (the row 'Work with no time for it').")
    note = (f"Work with no time for it = the sum, over roles, of work above capacity. GP patient contacts a "
            f"day: BMA guidance is no more than {ctx.plan.assumptions.safe_contacts_per_gp_day:g}. Net benefit "
            "over the years includes ramp-up, pay awards, list growth and the one-off costs.")
    return [Paragraph("Options side by side", H1), Paragraph(intro, BODY),
            *option_tables(option_headers(ctx), rows), Paragraph(note, NOTE), PageBreak()]


def _workload(ctx: PackContext, r: ScenarioResult | None) -> Workload:
    return ctx.results.baseline if r is None else r.after


def _short_total(ctx: PackContext, r: ScenarioResult | None) -> float:
    base = ctx.results.baseline
    hours = role_hours(base, base) if r is None else role_hours(r.before, r.after)
    return round(sum(h.short for h in hours.values()), 1)


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
    total = sum(round(y.gp_time_value) - round(y.net_cost) - round(y.one_off_costs) for y in years)
    return fmt.money(total)


def _use(r: ScenarioResult | None) -> str:
    if r is None:
        return "–"
    return FREED_TIME_USES.get(r.scenario.freed_time_use, "Not decided")
