"""Table builders shared by the sections: every table is made of Paragraph cells where text
can be long (so it wraps instead of overflowing) and repeats its header row across pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import KeepInFrame, KeepTogether

from planner.report.styles import (
    CELL,
    CELL_BOLD,
    CELL_INDENT,
    CELL_RIGHT,
    CELL_RIGHT_BOLD,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    H2_OVER_LONG,
    HEAD,
    HEAD_RIGHT,
    PALE_GREY,
    table_style,
)

#: a table cell: plain text (numbers) or a Paragraph (text that may wrap)
Cell = Any

#: columns per table when options are columns: doing nothing and four options side by side (the
#: label column keeps its width; more options go on to a second table)
OPTIONS_PER_TABLE = 5


def head(text: str, right: bool = False) -> Paragraph:
    return Paragraph(text, HEAD_RIGHT if right else HEAD)


def cell(text: str, *, bold: bool = False, right: bool = False) -> Paragraph:
    style = {(False, False): CELL, (True, False): CELL_BOLD,
             (False, True): CELL_RIGHT, (True, True): CELL_RIGHT_BOLD}[(bold, right)]
    return Paragraph(text, style)


def long_heading(text: str) -> list[Flowable]:
    """The heading of a table that may run over pages: on a new page when fewer than about
    six rows would fit under it on this one."""
    return [CondPageBreak(110), Paragraph(text, H2_OVER_LONG)]


def grid(header: Sequence[Cell], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
         total: bool = False, numeric_from: int = 1) -> Table:
    """A table with its header repeated on every page it runs over."""
    t = Table([list(header), *[list(r) for r in rows]], colWidths=list(widths), repeatRows=1)
    t.setStyle(table_style(len(rows) + 1, total=total, numeric_from=numeric_from))
    return t


def fractions(first: float, rest: int, width: float = FRAME_WIDTH) -> list[float]:
    """Column widths: the first ``first`` of the width, the rest shared equally by ``rest``."""
    return [width * first] + [width * (1 - first) / rest] * rest if rest else [width]


#: a row of an options table: (label, one value per column), or (heading, None) for a group
Row = tuple[str, Sequence[Cell] | None]

#: labels starting with this are indented under the line above ("of which ...")
PART_OF = "of which "


def option_tables(headers: Sequence[str], rows: Sequence[Row], label_head: str = "Figure",
                  label_share: float = 0.34, *, may_split: bool = False) -> list[Flowable]:
    """Figures as rows and options as columns, ``OPTIONS_PER_TABLE`` options to a table so that
    ten options still fit the page (the row labels are repeated on each table). A row whose
    values are None is a group heading across the table. A table is kept on one page unless
    ``may_split`` (then its header repeats on the next page)."""
    out: list[Flowable] = []
    for start in range(0, len(headers), OPTIONS_PER_TABLE):
        chunk = slice(start, start + OPTIONS_PER_TABLE)
        cols = headers[chunk]
        share = max(len(cols), OPTIONS_PER_TABLE - 1)  # up to three options as wide as ever; four a little narrower
        widths = [FRAME_WIDTH * label_share] + [FRAME_WIDTH * (1 - label_share) / share] * len(cols)
        body = [_option_row(label, values, chunk, len(cols)) for label, values in rows]
        t = grid([head(label_head), *(head(h, right=True) for h in cols)], body, widths)
        groups = [i + 1 for i, (_, values) in enumerate(rows) if values is None]
        t.setStyle([cmd for r in groups for cmd in group_row_style(r)])
        t.hAlign = "LEFT"
        out += [t if may_split else KeepTogether([t]), Spacer(1, 5)]
    return out


#: up to this many options (and doing nothing) a page that compares them is kept to one page
ONE_PAGE_OPTIONS = OPTIONS_PER_TABLE - 1
#: what a section title (H1) takes at the top of a page
TITLE_ROOM = 36


def one_page(flowables: Sequence[Flowable], room: float = FRAME_HEIGHT - TITLE_ROOM) -> Flowable:
    """``flowables`` on what is left of one page under a section title, made a little smaller
    when they would run over: a page the partners read as one never splits."""
    content: list[Flowable] = []
    for f in flowables:  # already kept together by the frame; KeepTogether cannot draw itself
        content += f._content if isinstance(f, KeepTogether) else [f]
    return KeepInFrame(FRAME_WIDTH, room, content, mode="shrink", hAlign="LEFT")


def group_row_style(row: int) -> list[tuple[object, ...]]:
    """A group heading row: one cell across the table on a pale ground, a little tighter."""
    return [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), PALE_GREY),
            ("TOPPADDING", (0, row), (-1, row), 1.2), ("BOTTOMPADDING", (0, row), (-1, row), 1.2)]


def _option_row(label: str, values: Sequence[Cell] | None, chunk: slice, n: int) -> list[Cell]:
    if values is None:
        return [cell(label, bold=True), *[""] * n]
    style = CELL_INDENT if label.startswith(PART_OF) else CELL
    # plain text becomes a right-aligned paragraph, so a long figure wraps in its column
    return [Paragraph(label, style), *(cell(v, right=True) if isinstance(v, str) else v for v in values[chunk])]


def plain(values: Sequence[Any]) -> list[Cell]:
    return [str(v) for v in values]
