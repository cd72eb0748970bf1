"""Build the partners' pack: an A4 PDF business case made from a plan."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import LayoutError

from planner.files.output import check_target, write_bytes
from planner.model import Plan
from planner.report.assumptions import assumptions_section, sources_section
from planner.report.benchmarks_page import benchmarks_section
from planner.report.compare import side_by_side
from planner.report.context import PackContext, build_context
from planner.report.cover import SOURCES_TITLE, TITLE_TEXT, cover, long_date
from planner.report.document import build_document
from planner.report.fonts import register_fonts
from planner.report.gp_time import gp_time
from planner.report.options import option_section
from planner.report.summary_page import summary


def build_pack(plan: Plan, out: Path, scenarios: list[str] | None = None, anonymise: bool = False,
               prepared_by: str = "", plan_name: str = "", *, on: date | None = None, force: bool = True,
               short: bool = False) -> None:
    """Write the pack for ``plan`` to ``out`` (all scenarios, or those named, in plan order).

    With ``anonymise`` staff appear as role and number ("GP 1"), never by name. ``on`` is the
    date printed (today by default). ``short`` writes the partners' short pack: the cover, the
    one-page decision, options side by side and the sources (about four pages), from the same
    sections as the full pack. The file is written whole or not at all, and an existing
    file is replaced only with ``force`` (never a plan: planner.files.output). Raises
    InvalidPlan for a plan that cannot be computed, ValueError for an unknown scenario name,
    OutputError when ``out`` cannot be written."""
    check_target(Path(out), force=force)
    pdf = pack_pdf(plan, scenarios, anonymise, prepared_by, plan_name, on=on, short=short)
    write_bytes(Path(out), pdf, force=force)


def pack_pdf(plan: Plan, scenarios: list[str] | None = None, anonymise: bool = False, prepared_by: str = "",
             plan_name: str = "", *, on: date | None = None, short: bool = False) -> bytes:
    """The pack as PDF bytes (build_pack writes them; the app previews them). Laid out twice:
    the second time the contents on the cover carry the page each section starts on."""
    register_fonts()
    ctx = build_context(plan, scenarios, anonymise, prepared_by, plan_name, on)
    pages: dict[str, int] = {}
    for _ in range(LAYOUTS):
        pdf = io.BytesIO()
        try:
            found = build_document(pdf, pack_story(ctx, pages, short), footer=footer_text(ctx),
                                   title=f"{TITLE_TEXT}: {ctx.clean(plan.practice.name)}",
                                   author=ctx.clean(ctx.prepared_by), subject="Skill-mix business case")
        except LayoutError as e:
            raise ValueError("a name or description is too long to fit on a page; shorten it") from e
        if found == pages:
            break
        pages = found
    return pdf.getvalue()


#: layouts at most: the first finds the pages, the second prints them (a third only if that moved any)
LAYOUTS = 3


def pack_story(ctx: PackContext, pages: dict[str, int] | None = None, short: bool = False) -> list[Flowable]:
    """The pack's sections, in order; the short pack takes the decision, the comparison and
    the sources from the same sections as the full one."""
    story = cover(ctx, pages, short) + summary(ctx)
    if short:
        return story + side_by_side(ctx) + sources_section(ctx, SOURCES_TITLE)
    story += gp_time(ctx) + benchmarks_section(ctx)
    for result in ctx.options:
        story += option_section(ctx, result)
    return story + side_by_side(ctx) + assumptions_section(ctx)


def footer_text(ctx: PackContext) -> str:
    """'Practice · date': no file name (the fingerprint of the plan is in the method)."""
    return " · ".join(p for p in (ctx.clean(ctx.plan.practice.name), long_date(ctx)) if p)
