"""Page geometry, colours and text styles of the pack.

One accent (NHS blue); everything else is black and greys, so the pack reads the same printed
in black and white. Text sizes are for reading on paper at arm's length (9.5 pt body)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from planner.report.fonts import BOLD, ITALIC, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

NHS_BLUE = colors.HexColor("#005EB8")
DARK_GREY = colors.HexColor("#425563")
MID_GREY = colors.HexColor("#768692")
LIGHT_GREY = colors.HexColor("#D8DDE0")
PALE_GREY = colors.HexColor("#F0F4F5")
BLACK = colors.black
WHITE = colors.white


def _style(name: str, size: float, font: str = REGULAR, leading: float | None = None,
           **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          bulletFontName=REGULAR, **kw)


TITLE = _style("title", 24, BOLD, 29, textColor=NHS_BLUE, spaceAfter=6 * mm)
SUBTITLE = _style("subtitle", 14, REGULAR, 18, textColor=DARK_GREY, spaceAfter=3 * mm)
H1 = _style("h1", 16, BOLD, 20, textColor=NHS_BLUE, spaceBefore=0, spaceAfter=3 * mm, keepWithNext=1)
H2 = _style("h2", 11.5, BOLD, 14.5, spaceBefore=3.2 * mm, spaceAfter=1.5 * mm, keepWithNext=1)
#: a heading over a table that may run over pages: not kept with it (reportlab would move the
#: whole table to the next page); a CondPageBreak before it keeps it off the foot of a page
H2_OVER_LONG = _style("h2_over_long", 11.5, BOLD, 14.5, spaceBefore=3.2 * mm, spaceAfter=1.5 * mm)
BODY = _style("body", 9.5, REGULAR, 13, spaceAfter=2 * mm, alignment=TA_LEFT)
BODY_RIGHT = _style("body_right", 9.5, REGULAR, 13, spaceAfter=2 * mm, alignment=TA_RIGHT)
LEAD = _style("lead", 11, REGULAR, 15, spaceAfter=3 * mm)
NOTE = _style("note", 8, ITALIC, 10.5, textColor=DARK_GREY, spaceAfter=2 * mm)
BULLET = _style("bullet", 9.5, REGULAR, 12.5, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=1 * mm)
WARNING = _style("warning", 9.5, REGULAR, 12.5, spaceAfter=1 * mm, leftIndent=5 * mm, bulletIndent=1 * mm)
CELL = _style("cell", 8.5, REGULAR, 10.5)
CELL_BOLD = _style("cell_bold", 8.5, BOLD, 10.5)
CELL_INDENT = _style("cell_indent", 8.5, REGULAR, 10.5, leftIndent=3 * mm)
CELL_RIGHT = _style("cell_right", 8.5, REGULAR, 10.5, alignment=TA_RIGHT)
CELL_RIGHT_BOLD = _style("cell_right_bold", 8.5, BOLD, 10.5, alignment=TA_RIGHT)
HEAD = _style("head", 8.5, BOLD, 10.5, textColor=WHITE)
HEAD_RIGHT = _style("head_right", 8.5, BOLD, 10.5, textColor=WHITE, alignment=TA_RIGHT)
SMALL_CELL = _style("small_cell", 7.5, REGULAR, 9.5)


def table_style(rows: int, *, total: bool = False, numeric_from: int = 1) -> TableStyle:
    """Header row in NHS blue, light rules between rows, numbers right-aligned; with ``total``
    the last row is bold above a black rule."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), NHS_BLUE),
        ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT_GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total and rows > 1:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.9, BLACK),
                     ("FONT", (0, -1), (-1, -1), BOLD, 8.5)]
    return TableStyle(commands)
