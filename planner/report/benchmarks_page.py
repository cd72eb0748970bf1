"""The practice's appointments beside its PCN, its sub-ICB location and every practice in the
files (docs/MODEL-EXTENSIONS.md E10), with the period and source named: a page of the pack when
appointment data was imported, and which workload figures are the practice's own."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from planner.appointments.benchmark_text import benchmark_rows, benchmark_source, list_note
from planner.appointments.provenance import imported, summary_line
from planner.report.context import PackContext
from planner.report.styles import BODY, FRAME_WIDTH, H1, NOTE
from planner.report.tables import cell, grid, head

TITLE = "Your appointments beside your peers"


def benchmarks_section(ctx: PackContext) -> list[Flowable]:
    saved = imported(ctx.plan)
    if saved is None or not saved.get("benchmarks"):
        return []
    headers, rows, headings = benchmark_rows(saved)
    intro = ("How many appointments the practice gives, who gives them, how they are booked and how many are "
             "missed, beside the other practices of the same published files (per 1,000 registered patients "
             "a week, so practices of any size compare). " + ctx.para(summary_line(ctx.plan)))
    w = FRAME_WIDTH
    first = 0.44
    widths = [w * first, *([w * (1 - first) / (len(headers) - 1)] * (len(headers) - 1))]
    body = [[cell(ctx.para(r[0]), bold=i in headings or i == 0) if i in headings or i == 0
             else cell("&nbsp;&nbsp;&nbsp;" + ctx.para(r[0])), *r[1:]] for i, r in enumerate(rows)]
    table = grid([head(headers[0]), *(head(h, True) for h in headers[1:])], body, widths)
    return [Paragraph(TITLE, H1), Paragraph(intro, BODY), Paragraph(ctx.para(benchmark_source(saved)), NOTE),
            KeepTogether([table, Paragraph(ctx.para(list_note(saved)), NOTE)]), PageBreak()]
