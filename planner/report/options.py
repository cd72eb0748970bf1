"""Each option: what changes, its headline figures, time by role before and after, the cost
build-up, the years ahead, its risks, and what moves the answer most."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from planner.engine import ScenarioResult
from planner.present import figures as present_figures
from planner.present import format as fmt
from planner.report.changes import describe
from planner.report.charts import PairRow, paired_chart
from planner.report.context import PackContext
from planner.report.figures import freed_split, headline_values, role_hours
from planner.report.option_costs import cost_buildup, projection
from planner.report.option_risks import risks, sensitivity_section
from planner.report.styles import BODY, BULLET, CELL, CELL_INDENT, FRAME_WIDTH, H1, H2, LIGHT_GREY, NOTE, PALE_GREY
from planner.report.tables import PART_OF, cell, grid, head
from planner.report.wording import freed_use, inline


def option_section(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    s = result.scenario
    story: list[Flowable] = [Paragraph(ctx.para(ctx.option_title(result)), H1)]
    if s.recommended:
        story.append(Paragraph("<b>Recommended option.</b>", BODY))
    if s.description.strip():
        story.append(Paragraph(ctx.para(s.description), BODY))
    use = freed_use(s.freed_time_use)
    story.append(Paragraph(f"<b>What the freed GP time becomes:</b> {use or 'Not decided yet'}. "
                           f"{split_text(ctx, result)}", BODY))
    story += _headlines(ctx, result) + _changes(ctx, result) + _time_by_role(ctx, result)
    story += cost_buildup(ctx, result) + projection(ctx, result)
    story += risks(ctx, result) + sensitivity_section(ctx, result)
    story.append(PageBreak())
    return story


def split_text(ctx: PackContext, result: ScenarioResult) -> str:
    """Of the GP hours freed, how many absorb today's unrostered GP work and how many are left for
    the chosen use (extension E7)."""
    v = headline_values(ctx.plan, result)
    freed = v["gp_hours_freed_per_week"]
    absorbed, available = freed_split(v)
    if freed <= 0:
        return "It frees no GP time overall."
    if v["gp_shortfall_today"] <= 0:
        return (f"All {fmt.hours(freed)} GP hours a week it frees are available for that use: no GP work is "
                "unrostered today.")
    use = freed_use(result.scenario.freed_time_use)
    target = f"for {inline(use)}" if use else "for whatever the partners decide"
    return (f"Of the {fmt.hours(freed)} GP hours a week it frees, {fmt.hours(absorbed)} absorb GP work the rota has "
            f"no time for today ({fmt.hours(v['gp_shortfall_today'])} hours a week) and {fmt.hours(available)} "
            f"are available {target}.")


#: the option page's headline figures: (left half, right half) of a two-pair table
HALVES = ((present_figures.GP_TIME, present_figures.CASH), (present_figures.COST, present_figures.TIME_VALUE))
#: the figures of those groups printed here (the rest are on the side-by-side page)
OPTION_KEYS = frozenset({
    "gp_hours_freed_per_week", "gp_hours_absorbing_shortfall", "gp_hours_available", "gp_sessions_freed_per_week",
    "gp_appointments_released_per_year", "employment_cost_per_year", "arrs_reimbursement_per_year",
    "net_cost_per_year", "cost_per_appointment_released", "one_off_costs", "cash_effect_per_year",
    "cash_payback_months", "gp_time_value_per_year", "net_benefit_per_year", "payback_months"})


def _headlines(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    plan = ctx.plan
    values = headline_values(plan, result)
    groups = dict(present_figures.grouped(OPTION_KEYS))
    halves = [[row for name in names
               for row in [(name, None), *((f.label_for(plan), f.show(values, plan)) for f in groups[name])]]
              for names in HALVES]
    n = max(len(h) for h in halves)
    left, right = (h + [("", "")] * (n - len(h)) for h in halves)
    body = [[*_pair(a, va), *_pair(b, vb)] for (a, va), (b, vb) in zip(left, right, strict=True)]
    w = FRAME_WIDTH
    table = grid([head("Figure"), head("This option", True), head("Figure"), head("This option", True)], body,
                 [w * 0.36, w * 0.13, w * 0.38, w * 0.13])
    style: list[tuple[object, ...]] = [("ALIGN", (2, 0), (2, -1), "LEFT"),
                                       ("LINEBEFORE", (2, 0), (2, -1), 0.5, LIGHT_GREY)]
    for k, half in enumerate((left, right)):
        for i, (_, value) in enumerate(half, start=1):
            if value is None:
                style += [("SPAN", (2 * k, i), (2 * k + 1, i)), ("BACKGROUND", (2 * k, i), (2 * k + 1, i), PALE_GREY)]
    table.setStyle(style)
    return [KeepTogether([Paragraph("Headline figures", H2), table])]


def _pair(label: str, value: str | None) -> list[object]:
    if value is None:
        return [cell(label, bold=True), ""]
    return [Paragraph(label, CELL_INDENT if label.startswith(PART_OF) else CELL), value]


def _changes(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    s = result.scenario
    items = [Paragraph(describe(ctx, s, i), BULLET, bulletText="•") for i in range(len(s.changes))]
    if not items:
        items = [Paragraph("This option changes nothing yet.", BODY)]
    return [Paragraph("What changes", H2), *items]


def _time_by_role(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    hours = role_hours(result.before, result.after)
    before_cap = result.before.capacity
    codes = [c for c, h in hours.items()
             if h.change or h.short or abs(result.after.capacity[c] - before_cap.get(c, 0.0)) > 1e-9]
    if not codes:
        return []
    chart = paired_chart([PairRow(ctx.role_title(c), hours[c].before, hours[c].after, hours[c].capacity)
                          for c in codes], FRAME_WIDTH, fmt.hours,
                         ("Work before", "Work after"), "Capacity after")
    body = [[cell(ctx.para(ctx.role_title(c))), fmt.hours(hours[c].before), fmt.hours(hours[c].after),
             _signed(hours[c].change), fmt.hours(hours[c].capacity), fmt.hours(hours[c].short)]
            for c in codes]
    w = FRAME_WIDTH
    table = grid([head("Role"), head("Work before, hours a week", True), head("Work after", True),
                  head("Change", True), head("Capacity after", True), head("Short of time", True)],
                 body, [w * 0.3] + [w * 0.14] * 5)
    note = ("Only roles whose work or capacity changes are shown. GP work after includes the GP time "
            "spent supervising new staff. Short of time is worked out before rounding, so it may differ by 0.1 from "
            "work after − capacity after as printed.")
    return [KeepTogether([Paragraph("Time by role, before and after", H2), chart, Spacer(1, 6), table,
                          Paragraph(note, NOTE)])]


def _signed(v: float) -> str:
    return f"+{fmt.hours(v)}" if v > 0 else fmt.hours(v)
