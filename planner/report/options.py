"""Each option: what changes, its headline figures, time by role before and after, the cost
build-up, the years ahead, its risks, and what moves the answer most."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from planner import format as fmt
from planner.engine import ScenarioResult
from planner.model import FREED_TIME_USES
from planner.report.changes import describe
from planner.report.charts import PairRow, paired_chart
from planner.report.context import PackContext
from planner.report.figures import HEADLINES, VALUE_LINES, headline_values, role_hours
from planner.report.option_costs import cost_buildup, projection
from planner.report.option_risks import risks, sensitivity_section
from planner.report.styles import BODY, BULLET, FRAME_WIDTH, H1, H2, LIGHT_GREY, NOTE
from planner.report.tables import cell, grid, head


def option_section(ctx: PackContext, result: ScenarioResult) -> list[Flowable]:
    s = result.scenario
    story: list[Flowable] = [Paragraph(ctx.para(ctx.option_title(result)), H1)]
    if s.recommended:
        story.append(Paragraph("<b>Recommended option.</b>", BODY))
    if s.description.strip():
        story.append(Paragraph(ctx.para(s.description), BODY))
    use = FREED_TIME_USES.get(s.freed_time_use, "Not decided yet")
    story.append(Paragraph(f"<b>What the freed GP time becomes:</b> {use}.", BODY))
    story += _headlines(result) + _changes(ctx, result) + _time_by_role(ctx, result)
    story += cost_buildup(ctx, result) + projection(ctx, result)
    story += risks(ctx, result) + sensitivity_section(ctx, result)
    story.append(PageBreak())
    return story


def _headlines(result: ScenarioResult) -> list[Flowable]:
    values = headline_values(result)
    pairs = [(label, f(values[key])) for label, key, f in HEADLINES + VALUE_LINES]
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:] + [("", "")] * (2 * half - len(pairs))
    body = [[cell(a), va, cell(b), vb] for (a, va), (b, vb) in zip(left, right, strict=True)]
    w = FRAME_WIDTH
    table = grid([head("Figure"), head("This option", True), head("Figure"), head("This option", True)], body,
                 [w * 0.33, w * 0.15, w * 0.37, w * 0.15])
    table.setStyle([("ALIGN", (2, 0), (2, -1), "LEFT"), ("LINEBEFORE", (2, 0), (2, -1), 0.5, LIGHT_GREY)])
    return [KeepTogether([Paragraph("Headline figures", H2), table])]


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
            "spent supervising new staff.")
    return [KeepTogether([Paragraph("Time by role, before and after", H2), chart]), Spacer(1, 6), table,
            Paragraph(note, NOTE)]


def _signed(v: float) -> str:
    return f"+{fmt.hours(v)}" if v > 0 else fmt.hours(v)
