"""A scenario sheet's "Changes" and "Work that changes" tables, as live formulas.

Changes apply in order (MODEL.md). For each shift or avoid, "items before the change" is
the role's items before the scenario plus what earlier changes moved in, less what they moved
or avoided out; "items moved or avoided" = that x the share. The work table then gives each
touched (activity, role) its items and minutes after the scenario and the change in hours,
which the by-role table adds to the Workload demand.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from openpyxl.worksheet.worksheet import Worksheet

from planner.model import Avoid, Change, Hire, Plan, Retime, Scenario, Shift
from planner.scenario_edits import activity_name, describe
from planner.workbook.cells import (
    HOURS,
    PERCENT,
    header_row,
    put_formula,
    put_number,
    put_text,
    section,
)
from planner.workbook.workload_sheet import WorkloadRefs

CHANGE_HEADERS = ("#", "Change", "Activity", "Role", "To role", "Share moved or avoided",
                  "Minutes per item", "Items a week before the change",
                  "Items a week moved or avoided")
WORK_HEADERS = ("Activity", "Role", "Items a week before", "Items a week after", "Minutes before",
                "Minutes after", "Hours a week before", "Hours a week after", "Change in hours a week")

Pair = tuple[str, str]  # (activity code, role code)


def touched_pairs(scenario: Scenario) -> list[Pair]:
    """(activity, role) pairs whose items or minutes the scenario changes, first seen first."""
    pairs: list[Pair] = []
    for change in scenario.changes:
        if isinstance(change, Shift):
            new = [(change.activity, change.from_role), (change.activity, change.to_role)]
        elif isinstance(change, (Avoid, Retime)):
            new = [(change.activity, change.role)]
        else:
            new = []
        pairs += [p for p in new if p not in pairs]
    return pairs


@dataclass
class Flows:
    """Cells of items moved into and out of each pair, and each pair's last retime."""

    inflow: dict[Pair, list[str]] = field(default_factory=lambda: defaultdict(list))
    outflow: dict[Pair, list[str]] = field(default_factory=lambda: defaultdict(list))
    minutes: dict[Pair, str] = field(default_factory=dict)

    def running(self, pair: Pair, start: str) -> str:
        return start + "".join(f"+{c}" for c in self.inflow[pair]) + "".join(
            f"-{c}" for c in self.outflow[pair])


def write_changes(ws: Worksheet, plan: Plan, scenario: Scenario, title_row: int, work_first: int) -> Flows:
    """The Changes table from ``title_row``; items before each pair are in column C of the
    work table, whose first row is ``work_first``."""
    section(ws, title_row, "Changes, in order")
    header_row(ws, title_row + 1, CHANGE_HEADERS)
    before = {p: f"C{work_first + i}" for i, p in enumerate(touched_pairs(scenario))}
    flows = Flows()
    for i, change in enumerate(scenario.changes, start=1):
        row = title_row + 1 + i
        ws.cell(row=row, column=1, value=i)
        put_text(ws.cell(row=row, column=2), describe(plan, change))
        _change_row(ws, row, change, before, flows)
        if not isinstance(change, Hire):
            put_text(ws.cell(row=row, column=3), activity_name(plan, change.activity))
    return flows


def _change_row(ws: Worksheet, row: int, change: Change, before: dict[Pair, str], flows: Flows) -> None:
    if isinstance(change, Hire):
        put_text(ws.cell(row=row, column=4), change.role)
        put_text(ws.cell(row=row, column=5), "(see New staff)")
        return
    if isinstance(change, Retime):
        put_text(ws.cell(row=row, column=4), change.role)
        put_number(ws.cell(row=row, column=7), change.minutes, HOURS, editable=True)
        flows.minutes[(change.activity, change.role)] = f"G{row}"
        return
    source = change.from_role if isinstance(change, Shift) else change.role
    pair = (change.activity, source)
    put_text(ws.cell(row=row, column=4), source)
    put_number(ws.cell(row=row, column=6), change.fraction, PERCENT, editable=True)
    put_formula(ws.cell(row=row, column=8), "=" + flows.running(pair, before[pair]), HOURS)
    put_formula(ws.cell(row=row, column=9), f"=H{row}*F{row}", HOURS)
    flows.outflow[pair].append(f"I{row}")
    if isinstance(change, Shift):
        put_text(ws.cell(row=row, column=5), change.to_role)
        flows.inflow[(change.activity, change.to_role)].append(f"I{row}")


def write_work(ws: Worksheet, plan: Plan, scenario: Scenario, title_row: int, work: WorkloadRefs,
               flows: Flows) -> tuple[int, int]:
    """The work table; returns its first and last data rows (last < first when empty)."""
    section(ws, title_row, "Work that changes (items, minutes and hours a week)")
    header_row(ws, title_row + 1, WORK_HEADERS)
    first = title_row + 2
    row = first - 1
    for row, pair in enumerate(touched_pairs(scenario), start=first):
        put_text(ws.cell(row=row, column=1), activity_name(plan, pair[0]))
        put_text(ws.cell(row=row, column=2), pair[1])
        put_formula(ws.cell(row=row, column=3), "=" + work.items.get(pair, "0"), HOURS)
        put_formula(ws.cell(row=row, column=4), "=" + flows.running(pair, f"C{row}"), HOURS)
        put_formula(ws.cell(row=row, column=5), "=" + work.minutes.get(pair, "0"), HOURS)
        put_formula(ws.cell(row=row, column=6), "=" + flows.minutes.get(pair, f"E{row}"), HOURS)
        put_formula(ws.cell(row=row, column=7), "=" + work.hours.get(pair, "0"), HOURS)
        put_formula(ws.cell(row=row, column=8), f"=D{row}*F{row}/60", HOURS)
        put_formula(ws.cell(row=row, column=9), f"=H{row}-G{row}", HOURS)
    return first, row
