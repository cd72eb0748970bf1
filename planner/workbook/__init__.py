"""The checkable Excel workbook of a plan: Summary, Team, Workload, one sheet per scenario
and Assumptions, with every total a live formula over the assumption cells."""

from __future__ import annotations

from planner.workbook.export import WorkbookIndex, build_workbook, export_workbook, scenario_sheet_names

__all__ = ["WorkbookIndex", "build_workbook", "export_workbook", "scenario_sheet_names"]
