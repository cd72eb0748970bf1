"""An option's money: the cost build-up of its hires, and its figures year by year."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from planner.engine import ScenarioResult, project
from planner.present import format as fmt
from planner.present.years import year_lines
from planner.report.context import PackContext
from planner.report.figures import cost_lines
from planner.report.styles import BODY, FRAME_WIDTH, H2, NOTE
from planner.report.tables import cell, grid, head

COST_HEADERS = ("Pay", "Employer NI", "Employer pension", "Employment cost", "ARRS", "Net cost a year")


def cost_buildup(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Cost build-up", H2)]
    if not result.hires:
        return story + [Paragraph("Nobody is hired in this option, so it adds no employment cost.", BODY)]
    labels = [f"{ctx.role_title(h.role)}, {h.wte:g} WTE" for h in result.hires]
    lines, total = cost_lines(result, labels)
    body = [[cell(ctx.para(x.label)), *(fmt.money(v) for v in
                                        (x.pay, x.ni, x.pension, x.employment, x.arrs, x.net))]
            for x in [*lines, total]]
    body[-1][0] = cell("Total a year", bold=True)
    w = FRAME_WIDTH
    table = grid([head("Hire"), *(head(h, True) for h in COST_HEADERS)], body,
                 [w * 0.19] + [w * 0.135] * 6, total=True)
    one_off = Paragraph(f"<b>One-off costs</b> (recruitment, equipment, induction): {fmt.money(total.one_off)}.",
                        BODY)
    a = ctx.plan.assumptions
    note = (f"Employer NI = {fmt.percent(a.employer_ni_rate, 1)} of pay above {fmt.money(a.employer_ni_threshold)} "
            f"a person (before any Employment Allowance the practice has left to set against its NI bill); "
            f"employer pension = {fmt.percent(a.employer_pension_rate, 2)} of pay. ARRS reimburses "
            "the employment cost up to the role's yearly maximum per WTE. Net cost = employment cost − ARRS.")
    return story + [table, Paragraph(note, NOTE), one_off]


def projection(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    """Year-by-year figures with ramp-up, pay awards and list growth (docs/MODEL-EXTENSIONS.md)."""
    a = ctx.plan.assumptions
    years = project(result, a, ctx.plan.practice.weeks_per_year)
    if not years:
        return []
    body = [[f"Year {y.year}", fmt.percent(y.ramp), fmt.hours(y.gp_hours_freed_per_week),
             *(fmt.money(v) for v in (x.value, x.net, x.one_off, x.benefit, x.running))]
            for y, x in zip(years, year_lines(years), strict=True)]
    w = FRAME_WIDTH
    table = grid([head("Year"), head("New staff at full speed", True), head("GP hours freed a week", True),
                  head("Value of GP time", True), head("Net cost", True), head("One-off", True),
                  head("Value less costs (not cash)", True), head("Running total", True)],
                 body, [w * 0.09] + [w * 0.13] * 7)
    note = (f"Pay awards ({fmt.percent(a.pay_award_rate, 1)} a year) raise pay, ARRS and the value of GP time; "
            f"list growth ({fmt.percent(a.list_growth_rate, 1)} a year) raises the work moved. Value less costs = "
            "value of GP time − net cost − one-off: a value of time, not cash.")
    return [Paragraph(f"Over {len(years)} years", H2), table, Paragraph(note, NOTE)]
