"""The cover: practice, title, date, who prepared it, and the contents with their pages. No file
name and no plan fingerprint: those are for the method appendix, not the partners' table."""

from __future__ import annotations

from collections.abc import Mapping
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from planner.reference import edition_line
from planner.report.context import PackContext
from planner.report.fonts import REGULAR
from planner.report.styles import (
    BODY,
    BODY_RIGHT,
    CELL,
    CELL_BOLD,
    FRAME_WIDTH,
    LEAD,
    LIGHT_GREY,
    NOTE,
    SUBTITLE,
    TITLE,
)
from planner.report.wording import edition_warning
from planner.review.record import approvals_text

TITLE_TEXT = "Skill-mix options for the partners' meeting"


def cover(ctx: PackContext, pages: Mapping[str, int] | None = None, short: bool = False) -> list[Flowable]:
    """The cover; ``pages`` is where each section starts (known after a first layout)."""
    n = len(ctx.options)
    options = {0: "doing nothing", 1: "one option and doing nothing"}.get(n, f"{n} options and doing nothing")
    story: list[Flowable] = [
        NextPageTemplate("body"),
        Spacer(1, 30 * mm),
        Paragraph(ctx.para(ctx.plan.practice.name), SUBTITLE),
        Paragraph(TITLE_TEXT, TITLE),
        Paragraph(f"A business case for the partners: where GP time goes now, {options}, what each "
                  "would cost, what it would free, and what could go wrong.", LEAD),
        Spacer(1, 8 * mm),
        _details(ctx),
        *_warning(ctx),
        Spacer(1, 10 * mm),
        Paragraph("<b>Contents</b>", BODY),
        contents_table(ctx, pages or {}, short),
        Spacer(1, 8 * mm),
        Paragraph(_privacy(ctx), NOTE),
        PageBreak(),
    ]
    return story


#: more options than this are listed on the cover as one line, so the cover stays one page
LISTED_OPTIONS = 6


def contents(ctx: PackContext, short: bool = False) -> list[str]:
    """The sections, in order: the short pack's decision, side by side and sources, or all."""
    if short:
        return ["Summary", "Options side by side", SOURCES_TITLE]
    n = len(ctx.options)
    options = ([ctx.option_title(r) for r in ctx.options] if n <= LISTED_OPTIONS
               else [f"Options 1 to {n}, one section each"])
    return ["Summary", "Where GP time goes now", *options, "Options side by side", "Assumptions and sources"]


#: the short pack's last section
SOURCES_TITLE = "Sources"


def contents_table(ctx: PackContext, pages: Mapping[str, int], short: bool) -> Table:
    """Each section with the page it starts on (a dash until the pages are known)."""
    first_option = ctx.option_title(ctx.options[0]) if ctx.options else ""
    rows = []
    for i, title in enumerate(contents(ctx, short), start=1):
        key = first_option if title.startswith("Options 1 to ") else ctx.clean(title)
        page = pages.get(key)
        rows.append([Paragraph(f"{i}. {escape(ctx.clean(title))}", BODY), Paragraph(str(page or "–"), BODY_RIGHT)])
    t = Table(rows, colWidths=[FRAME_WIDTH * 0.85, FRAME_WIDTH * 0.15])
    t.setStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    t.hAlign = "LEFT"
    return t


def long_date(ctx: PackContext) -> str:
    """'3 March 2026' (no platform-specific strftime flags)."""
    return f"{ctx.on.day} {ctx.on:%B %Y}"


def _details(ctx: PackContext) -> Table:
    rows = [
        ("Practice", ctx.para(ctx.plan.practice.name)),
        ("Registered patients", f"{ctx.plan.practice.list_size:,}"),
        ("Date", long_date(ctx)),
        ("Prepared by", ctx.para(ctx.prepared_by) or "Not stated"),
        ("Reference figures", edition_line(ctx.plan)),
        *(("Decision", ctx.para(text)) for text in approvals_text(ctx.plan)),
    ]
    t = Table([[Paragraph(k, CELL_BOLD), Paragraph(v, CELL)] for k, v in rows],
              colWidths=[FRAME_WIDTH * 0.25, FRAME_WIDTH * 0.75])
    t.setStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return t


def _warning(ctx: PackContext) -> list[Flowable]:
    """The reference-figures warning when the pack is dated after their edition ended."""
    warning = edition_warning(ctx.on, ctx.plan)
    return [Spacer(1, 6 * mm), Paragraph(warning, BODY)] if warning else []


def _privacy(ctx: PackContext) -> str:
    if ctx.anonymise:
        return "Staff are shown by role and number (for example 'GP 1'), not by name."
    return ("Confidential to the partnership: this pack names staff. Make an anonymised copy "
            "(staff shown by role and number) to share outside the practice.")
