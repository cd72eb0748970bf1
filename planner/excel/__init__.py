"""Reading Excel workbooks safely: every bad file becomes one clear WorkbookError."""

from __future__ import annotations

from planner.excel.open_workbook import (
    MAX_ROWS,
    READABLE_SUFFIXES,
    WorkbookError,
    list_sheets,
    open_workbook,
    sheet_rows,
)

__all__ = ["MAX_ROWS", "READABLE_SUFFIXES", "WorkbookError", "list_sheets", "open_workbook", "sheet_rows"]
