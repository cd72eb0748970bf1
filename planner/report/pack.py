"""Build the partners' pack: an A4 PDF business case made from a plan."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import LayoutError

from planner.files.output import check_target, write_bytes
from planner.model import Plan
from planner.report.assumptions import assumptions_section
from planner.report.benchmarks_page import benchmarks_section
from planner.report.compare import side_by_side
from planner.report.context import PackContext, build_context
from planner.report.cover import TITLE_TEXT, cover, long_date
from planner.report.document import build_document
from planner.report.fonts import register_fonts
from planner.report.gp_time import gp_time
from planner.report.options import option_section
from planner.report.summary_page import summary


def build_pack(plan: Plan, out: Path, scenarios: list[str] | None = None, anonymise: bool = False,
               prepared_by: str = "", plan_name: str = "", *, on: date | None = None, force: bool = True) -> None:
    """Write the pack for ``plan`` to ``out`` (all scenarios, or those named, in plan order).

    With ``anonymise`` staff appear as role and number ("GP 1"), never by name. ``on`` is the
    date printed (today by default). The file is written whole or not at all, and an existing
    file is replaced only with ``force`` (never a plan: planner.files.output). Raises
    InvalidPlan for a plan that cannot be computed, ValueError for an unknown scenario name,
    OutputError when ``out`` cannot be written."""
    check_target(Path(out), force=force)
    register_fonts()
    ctx = build_context(plan, scenarios, anonymise, prepared_by, plan_name, on)
    story = pack_story(ctx)
    pdf = io.BytesIO()
    try:
        build_document(pdf, story, footer=footer_text(ctx), title=f"{TITLE_TEXT}: {ctx.clean(plan.practice.name)}",
                       author=ctx.clean(ctx.prepared_by), subject="Skill-mix business case")
    except LayoutError as e:
        raise ValueError("a name or description is too long to fit on a page; shorten it") from e
    write_bytes(Path(out), pdf.getvalue(), force=force)


def pack_story(ctx: PackContext) -> list[Flowable]:
    story = cover(ctx) + summary(ctx) + gp_time(ctx) + benchmarks_section(ctx)
    for result in ctx.options:
        story += option_section(ctx, result)
    return story + side_by_side(ctx) + assumptions_section(ctx)


def footer_text(ctx: PackContext) -> str:
    """'Practice · plan name · date' (the plan name only when it is not the practice's name)."""
    parts = dict.fromkeys([ctx.clean(ctx.plan.practice.name), ctx.clean(ctx.plan_name), long_date(ctx)])
    return " · ".join(p for p in parts if p)
