"""Build the checkable workbook of a plan and write it (whole, or not at all)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from planner.engine import compute
from planner.excel.cells import safe_sheet_name, save_atomically
from planner.files.output import check_target
from planner.model import Plan
from planner.workbook import assumptions_sheet, summary_sheet, team_sheet, workload_sheet
from planner.workbook.scenario_sheet import ScenarioRefs, write_scenario
from planner.workbook.team_sheet import TeamRefs
from planner.workbook.workload_sheet import WorkloadRefs

FIXED_SHEETS = (summary_sheet.SHEET, team_sheet.SHEET, workload_sheet.SHEET, assumptions_sheet.SHEET)


@dataclass
class WorkbookIndex:
    """Where the workbook computes each figure (for tests and callers that read it back)."""

    team: TeamRefs
    workload: WorkloadRefs
    scenario_sheets: dict[str, str] = field(default_factory=dict)  # scenario name -> sheet name
    scenarios: dict[str, ScenarioRefs] = field(default_factory=dict)
    summary: dict[str, dict[str, str]] = field(default_factory=dict)
    do_nothing: dict[str, str] = field(default_factory=dict)  # the Summary's "Do nothing" column


def scenario_sheet_names(plan: Plan) -> dict[str, str]:
    """A safe, unique sheet name for each scenario (in plan order)."""
    taken = list(FIXED_SHEETS)
    names = {}
    for scenario in plan.scenarios:
        names[scenario.name] = safe_sheet_name(scenario.name, taken)
        taken.append(names[scenario.name])
    return names


def build_workbook(plan: Plan) -> tuple[Workbook, WorkbookIndex]:
    """The workbook of ``plan`` (which must be valid) and where its figures are."""
    results = compute(plan)
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = summary_sheet.SHEET
    team = team_sheet.write_team(wb.create_sheet(team_sheet.SHEET), plan)
    work = workload_sheet.write_workload(wb.create_sheet(workload_sheet.SHEET), plan, team)
    index = WorkbookIndex(team, work, scenario_sheet_names(plan))
    for result in results.scenarios:
        ws = wb.create_sheet(index.scenario_sheets[result.scenario.name])
        index.scenarios[result.scenario.name] = write_scenario(ws, plan, result, team, work)
    assumptions_sheet.write_assumptions(wb.create_sheet(assumptions_sheet.SHEET), plan)
    index.summary, index.do_nothing = summary_sheet.write_summary(
        summary, plan, results, work, list(index.scenarios.items()))
    return wb, index


def export_workbook(plan: Plan, path: Path | str, *, force: bool = True) -> None:
    """Write ``plan`` as an Excel workbook whose totals are live formulas (an existing file is
    replaced only with ``force``, and never a plan).

    Raises InvalidPlan when the plan cannot be computed, OutputError when ``path`` cannot be
    written; nothing is written then."""
    check_target(Path(path), force=force)
    wb, _ = build_workbook(plan)
    save_atomically(wb, Path(path), force=force)
