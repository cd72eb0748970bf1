"""Reading spreadsheets safely (.xlsx, .xlsm, .xls, .ods): every bad file becomes one clear
WorkbookError; writing Excel workbooks (cells.py, with openpyxl)."""

from __future__ import annotations

from planner.excel.book import Uncached
from planner.excel.open_workbook import (
    MAX_ROWS,
    READABLE_SUFFIXES,
    WorkbookError,
    list_sheets,
    open_workbook,
    raw_rows,
    sheet_rows,
)

__all__ = ["MAX_ROWS", "READABLE_SUFFIXES", "Uncached", "WorkbookError", "list_sheets", "open_workbook",
           "raw_rows", "sheet_rows"]
