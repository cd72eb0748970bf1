"""The Summary sheet: every scenario's results side by side, today's GP time, where it goes.

Each figure refers to the cell that computes it on the scenario or Workload sheet.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from planner.model import CATEGORIES, CATEGORY_LABELS, Plan
from planner.workbook.cells import HOURS, header_row, put_formula, put_text, section, title, widths
from planner.workbook.scenario_sheet import RESULT_LINES, ScenarioRefs
from planner.workbook.workload_sheet import WorkloadRefs

SHEET = "Summary"
HEADER_ROW = 4


def write_summary(ws: Worksheet, plan: Plan, work: WorkloadRefs,
                  scenarios: list[tuple[str, ScenarioRefs]]) -> dict[str, dict[str, str]]:
    """Fill the Summary sheet; returns its cells by scenario name and result key."""
    p = plan.practice
    title(ws, p.name, f"{p.list_size:,} registered patients. Every figure is a formula: change an "
          "input on the Assumptions, Team or Workload sheet and it recalculates.")
    header_row(ws, HEADER_ROW, ["Scenario"] + [name for name, _ in scenarios])
    out: dict[str, dict[str, str]] = {name: {} for name, _ in scenarios}
    for i, (key, label, fmt, _) in enumerate(RESULT_LINES):
        row = HEADER_ROW + 1 + i
        ws.cell(row=row, column=1, value=label)
        for col, (name, refs) in enumerate(scenarios, start=2):
            cell = put_formula(ws.cell(row=row, column=col), f"={refs.results[key]}", fmt)
            out[name][key] = f"'{SHEET}'!{cell.coordinate}"
    row = HEADER_ROW + len(RESULT_LINES) + 2
    gp = plan.assumptions.gp_role
    section(ws, row, "Today (hours a week)")
    today = (("GP hours needed a week", work.demand[gp]), ("GP hours available a week", work.capacity[gp]),
             ("GP hours on bureaucracy a week", work.gp_bureaucracy))
    for offset, (label, ref) in enumerate(today, start=1):
        ws.cell(row=row + offset, column=1, value=label)
        put_formula(ws.cell(row=row + offset, column=2), f"={ref}", HOURS)
    row += len(today) + 2
    section(ws, row, f"Where GP time goes today ({gp}, hours a week)")
    for offset, cat in enumerate(CATEGORIES, start=1):
        put_text(ws.cell(row=row + offset, column=1), CATEGORY_LABELS[cat])
        put_formula(ws.cell(row=row + offset, column=2), f"={work.gp_by_category[cat]}", HOURS)
    widths(ws, [44] + [20] * max(1, len(scenarios)))
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    return out
