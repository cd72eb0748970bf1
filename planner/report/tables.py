"""Table builders shared by the sections: every table is made of Paragraph cells where text
can be long (so it wraps instead of overflowing) and repeats its header row across pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import KeepTogether

from planner.report.styles import (
    CELL,
    CELL_BOLD,
    CELL_RIGHT,
    CELL_RIGHT_BOLD,
    FRAME_WIDTH,
    HEAD,
    HEAD_RIGHT,
    table_style,
)

#: a table cell: plain text (numbers) or a Paragraph (text that may wrap)
Cell = Any

#: options per table when options are columns (the label column keeps its width)
OPTIONS_PER_TABLE = 4


def head(text: str, right: bool = False) -> Paragraph:
    return Paragraph(text, HEAD_RIGHT if right else HEAD)


def cell(text: str, *, bold: bool = False, right: bool = False) -> Paragraph:
    style = {(False, False): CELL, (True, False): CELL_BOLD,
             (False, True): CELL_RIGHT, (True, True): CELL_RIGHT_BOLD}[(bold, right)]
    return Paragraph(text, style)


def grid(header: Sequence[Cell], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
         total: bool = False, numeric_from: int = 1) -> Table:
    """A table with its header repeated on every page it runs over."""
    t = Table([list(header), *[list(r) for r in rows]], colWidths=list(widths), repeatRows=1)
    t.setStyle(table_style(len(rows) + 1, total=total, numeric_from=numeric_from))
    return t


def fractions(first: float, rest: int, width: float = FRAME_WIDTH) -> list[float]:
    """Column widths: the first ``first`` of the width, the rest shared equally by ``rest``."""
    return [width * first] + [width * (1 - first) / rest] * rest if rest else [width]


def option_tables(headers: Sequence[str], rows: Sequence[tuple[str, Sequence[Cell]]],
                  label_head: str = "Figure") -> list[Flowable]:
    """Figures as rows and options as columns, ``OPTIONS_PER_TABLE`` options to a table so that
    ten options still fit the page (the row labels are repeated on each table)."""
    out: list[Flowable] = []
    for start in range(0, len(headers), OPTIONS_PER_TABLE):
        chunk = slice(start, start + OPTIONS_PER_TABLE)
        cols = headers[chunk]
        widths = [FRAME_WIDTH * 0.34] + [FRAME_WIDTH * 0.66 / OPTIONS_PER_TABLE] * len(cols)
        body = [[cell(label), *values[chunk]] for label, values in rows]
        t = grid([head(label_head), *(head(h, right=True) for h in cols)], body, widths)
        t.hAlign = "LEFT"
        out += [KeepTogether([t]), Spacer(1, 8)]
    return out


def plain(values: Sequence[Any]) -> list[Cell]:
    return [str(v) for v in values]
