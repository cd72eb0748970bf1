"""The one-page review of an approved option for the partners (extension E12): what it promised
against what the plan now shows, figure by figure, the GP position then and now, what changed in
between, and the option as approved. Built from the pack's blocks (document, styles, tables) and
the review's words (``planner.review``), so it reads as the app's Review page does."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, NextPageTemplate, Paragraph, Spacer

from planner.model import Plan
from planner.present.review_figures import STATUS_WORDS
from planner.report.document import build_document
from planner.report.fonts import register_fonts
from planner.report.styles import (
    BODY,
    BULLET,
    FRAME_WIDTH,
    H1,
    H2,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    NOTE,
    PAGE_HEIGHT,
    SUBTITLE,
)
from planner.report.tables import cell, grid, head
from planner.review import Review, review
from planner.review.record import long_date
from planner.review.review import HOW_WORKED_OUT, approved_changes, freed_use_text

TITLE_TEXT = "Review of a decision"

#: lines of "what changed" and of the option's changes printed before the rest are counted, and
#: the longest a line may be, so the review stays one page
CHANGES_SHOWN = 12
STEPS_SHOWN = 8
LONGEST = 260

def build_review(plan: Plan, out: Path, number: int | None = None, *, on: date | None = None,
                 plan_name: str = "") -> Review:
    """Write the review of decision ``number`` (the latest when None) to ``out``, whole or not at all.
    ValueError when there is no such decision; InvalidPlan when the plan now cannot be computed."""
    found = review(plan, number, on)
    register_fonts()
    out = Path(out)
    tmp = str(out.with_name(f".{out.name}.{os.getpid()}.tmp"))
    footer = " · ".join(dict.fromkeys(p for p in (plan.practice.name, plan_name, long_date(found.reviewed_on)) if p))
    try:
        build_document(tmp, review_story(found), footer=footer,
                       title=f"{TITLE_TEXT}: {found.decision.option}", author="",
                       subject="Review of an approved skill-mix option")
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return found


def review_story(r: Review) -> list[Flowable]:
    """The page: shrunk to fit should a plan have more to say than a page holds (the lists are
    already cut short, so this is rare)."""
    height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    return [NextPageTemplate("body"), KeepInFrame(FRAME_WIDTH, height, page_content(r), mode="shrink")]


def page_content(r: Review) -> list[Flowable]:
    d = r.decision
    steps = approved_changes(d)
    if len(steps) > STEPS_SHOWN:
        steps = steps[:STEPS_SHOWN - 1] + [f"And {len(steps) - STEPS_SHOWN + 1} more changes"]
    story: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraph(escape(r.plan.practice.name), SUBTITLE),
        Paragraph(f"{TITLE_TEXT}: {escape(d.option)}", H1),
        Paragraph(f"Approved on <b>{long_date(d.approved_on)}</b> by <b>{escape(d.approved_by)}</b>; "
                  f"reviewed on {long_date(r.reviewed_on)}. {escape(r.verdict)}", BODY),
        Paragraph("What it promised and what happened", H2),
        figures_table(r),
        Spacer(1, 2 * mm),
        Paragraph(position_text(r), BODY),
        Paragraph("What changed in between", H2),
        *change_bullets(r),
        Paragraph("The option as approved", H2),
        *[Paragraph(escape(text), BULLET, bulletText="•") for text in steps],
        Paragraph(escape(freed_use_text(d)), BODY),
        Paragraph(escape(HOW_WORKED_OUT), NOTE),
    ]
    return story


def figures_table(r: Review) -> Flowable:
    header = [head("Figure"), head("Promised", right=True), head("Now", right=True),
              head("Difference", right=True), head("How it turned out")]
    rows = []
    for line in r.lines:
        promised, actual, difference = line.texts()
        status = STATUS_WORDS[line.status]
        words = line.words.removeprefix(f"{status}: ")
        text = f"<b>{status}</b>" + ("" if words == status else f": {escape(words)}")
        rows.append([cell(escape(line.label)), cell(promised, right=True), cell(actual, right=True),
                     cell(difference, right=True), cell(text)])
    widths = [FRAME_WIDTH * w for w in (0.27, 0.11, 0.11, 0.12, 0.39)]
    table = grid(header, rows, widths)
    table.hAlign = "LEFT"
    return table


def position_text(r: Review) -> str:
    then, now = r.position_text
    return f"<b>At approval:</b> {escape(then)}. <b>Now:</b> {escape(now)}."


def change_bullets(r: Review) -> list[Flowable]:
    lines = r.changes.lines
    if not lines:
        return [Paragraph("Nothing: the team, the work and the list size are as they were when the option was "
                          "approved. Import the new rota and appointment data to see what the option has done.",
                          BODY)]
    shown = lines if len(lines) <= CHANGES_SHOWN else lines[:CHANGES_SHOWN - 1]
    out: list[Flowable] = [Paragraph(escape(_cut(text)), BULLET, bulletText="•") for text in shown]
    if len(shown) < len(lines):
        out.append(Paragraph(f"And {len(lines) - len(shown)} more changes: the Review page in Skillmix, or "
                             "skillmix review, lists them all.", BULLET, bulletText="•"))
    return out


def _cut(text: str) -> str:
    return text if len(text) <= LONGEST else text[:LONGEST - 1].rstrip() + "…"
