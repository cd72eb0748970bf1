"""Options side by side, doing nothing included (it frees nothing, costs nothing new, and
keeps today's shortfall)."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from planner.engine import ScenarioResult
from planner.present import figures as present_figures
from planner.present import format as fmt
from planner.report.context import PackContext
from planner.report.decision import cost_of_doing_nothing, gp_shortfall_today
from planner.report.figures import headline_values, role_hours
from planner.report.styles import BODY, H1
from planner.report.summary_page import LABEL_SHARE, headline_rows, option_headers, points_to_weigh
from planner.report.tables import ONE_PAGE_OPTIONS, Cell, Row, cell, one_page, option_tables

#: figures printed in the risks table below the headline figures, not in it
RISK_KEYS = ("gp_supervision_hours_per_week", "gp_contacts_per_day_after", "gp_sessions_to_safe",
             "gp_contacts_to_move_to_safe", "room_sessions_needed_after", "idle_hires",
             "net_benefit_over_projection", "freed_time_use")
HEADLINE_KEYS = frozenset(f.key for f in present_figures.FIGURES
                          if f.key not in RISK_KEYS and f.group != present_figures.RISKS)


def side_by_side(ctx: PackContext) -> list[Flowable]:
    plan = ctx.plan
    options: list[ScenarioResult | None] = [None, *ctx.options]
    values = [headline_values(plan, r) for r in options]
    rows: list[Row] = headline_rows(ctx, HEADLINE_KEYS)

    def figure_row(key: str) -> tuple[str, list[Cell]]:
        f = present_figures.figure(key)
        shown = ["–" if r is None and key == "freed_time_use" else f.show(v, plan)
                 for r, v in zip(options, values, strict=True)]
        return f.label_for(plan), [cell(text, right=True) for text in shown]

    more: list[tuple[str, list[Cell]]] = [
        figure_row("gp_supervision_hours_per_week"),
        ("Work with no time for it, hours a week", [fmt.hours(_short_total(ctx, r)) for r in options]),
        figure_row("gp_contacts_per_day_after"),
        figure_row("gp_sessions_to_safe"),
        figure_row("gp_contacts_to_move_to_safe"),
        figure_row("room_sessions_needed_after"),
        figure_row("idle_hires"),
        figure_row("net_benefit_over_projection"),
        figure_row("freed_time_use"),
    ]
    risks: list[Row] = [("Risks and the years ahead", None), *more]
    intro = "Every option against doing nothing. " + doing_nothing_text(ctx)
    few = len(ctx.options) <= ONE_PAGE_OPTIONS  # one table and the points to weigh, on one page
    body = [Paragraph(intro, BODY),
            *option_tables(option_headers(ctx), [*rows, *risks], label_share=LABEL_SHARE, may_split=not few),
            *points_to_weigh(ctx)]
    return [Paragraph("Options side by side", H1), *([one_page(body)] if few else body), PageBreak()]


def doing_nothing_text(ctx: PackContext) -> str:
    short = gp_shortfall_today(ctx)
    if short <= 0:
        return "Doing nothing keeps today's team, whose work fits the rota."
    return (f"Doing nothing is not free: {fmt.hours(short)} hours a week of GP work stays unrostered, "
            f"{fmt.money(cost_of_doing_nothing(ctx))} a year of GP time if locums covered it.")


def _short_total(ctx: PackContext, r: ScenarioResult | None) -> float:
    """Unrounded work above capacity over every role (printed once, as the shortfall everywhere)."""
    base = ctx.results.baseline
    hours = role_hours(base, base) if r is None else role_hours(r.before, r.after)
    return sum(h.shortfall for h in hours.values())
