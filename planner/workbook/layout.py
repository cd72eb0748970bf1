"""How each sheet looks on screen and on paper: row heights for wrapped text, A4 print setup
fitted to the page width, repeated header rows, and a footer with the sheet and page."""

from __future__ import annotations

from copy import copy

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

LINE_HEIGHT = 15.0  # points for one line of 11-point text
CHARS_PER_WIDTH = 1.15  # characters of body text in one unit of column width
BOLD_CHARS_PER_WIDTH = 1.0
DEFAULT_WIDTH = 8.43
PORTRAIT_MAX_WIDTH = 100.0  # wider than this (in width units) prints landscape


def column_width(ws: Worksheet, col: int) -> float:
    width = ws.column_dimensions[get_column_letter(col)].width
    return float(width) if width else DEFAULT_WIDTH


def lines_needed(text: str, width: float, bold: bool = False) -> int:
    """Lines ``text`` takes when wrapped at spaces in a cell ``width`` units wide (an estimate
    that errs on the tall side: LibreOffice's stand-in fonts are wider than Excel's Calibri)."""
    per_line = max(1, int((width - 0.5) * (BOLD_CHARS_PER_WIDTH if bold else CHARS_PER_WIDTH)))
    lines = 0
    for paragraph in text.split("\n"):
        used = 0
        lines += 1
        for word in paragraph.split():
            need = len(word) + (1 if used else 0)
            if used and used + need > per_line:
                lines += 1
                used = 0
                need = len(word)
            lines += (need - 1) // per_line  # a word longer than a line breaks
            used = (used + need - 1) % per_line + 1 if need > per_line else used + need
    return lines


def fit_rows(ws: Worksheet) -> None:
    """Make rows with wrapped text tall enough to show it all (Excel and LibreOffice do not
    always size them when they open a file), every cell of such a row aligned to the top."""
    spans = {(r.min_row, r.min_col): sum(column_width(ws, c) for c in range(r.min_col, r.max_col + 1))
             for r in ws.merged_cells.ranges}
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                width = spans.get((cell.row, cell.column), column_width(ws, cell.column))
                lines = max(lines, lines_needed(cell.value, width, bool(cell.font.b)))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = lines * LINE_HEIGHT
            for cell in row:
                alignment = copy(cell.alignment)
                alignment.vertical = "top"
                cell.alignment = alignment


def used_width(ws: Worksheet) -> float:
    return sum(column_width(ws, c) for c in range(1, ws.max_column + 1))


def header_footer_text(text: str) -> str:
    """User text safe in an Excel header or footer ('&' starts a code there; 255 characters
    at most for the whole section)."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))[:100].replace("&", "&&")


def print_setup(ws: Worksheet, practice: str, title_rows: str | None = None,
                one_page: bool = False, portrait_max: float = PORTRAIT_MAX_WIDTH) -> None:
    """A4, one page wide (landscape when the sheet is wider than ``portrait_max`` units),
    ``title_rows`` (e.g. '4:4') repeated on every page, the practice at the top and the sheet
    and page at the foot."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if used_width(ws) > portrait_max else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.left.text = header_footer_text(practice)
    ws.oddHeader.right.text = "Skillmix workbook"
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Page &P of &N"


def finish(ws: Worksheet, practice: str, title_rows: str | None = None, one_page: bool = False,
           portrait_max: float = PORTRAIT_MAX_WIDTH) -> None:
    """Row heights and print setup: call once a sheet is filled."""
    fit_rows(ws)
    print_setup(ws, practice, title_rows, one_page, portrait_max)
