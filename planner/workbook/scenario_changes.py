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

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from planner.excel.cells import (
    HOURS,
    PERCENT,
    WRAP,
    column_range,
    header_row,
    put_formula,
    put_number,
    put_text,
    section,
    total_style,
)
from planner.model import Avoid, Change, ChangeHours, Hire, Plan, Retime, Scenario, Shift
from planner.present.names import activity_name, describe
from planner.workbook.labels import role_labels
from planner.workbook.workload_sheet import WorkloadRefs

CHANGE_HEADERS = ("Change, in the order Skillmix applies them", "Share moved or avoided",
                  "Minutes per item", "Items a week before the change", "Items a week moved or avoided")
WORK_HEADERS = ("Activity", "Role", "Items a week before", "Items a week after", "Minutes before",
                "Minutes after", "Hours a week before", "Hours a week after", "Change in hours a week")
WORK_ROLE_COL, WORK_CHANGE_COL = 2, 9

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
    section(ws, title_row, "Changes")
    header_row(ws, title_row + 1, CHANGE_HEADERS, numbers_from=2)
    before = {p: f"C{work_first + i}" for i, p in enumerate(touched_pairs(scenario))}
    flows = Flows()
    for i, change in enumerate(scenario.changes, start=1):
        row = title_row + 1 + i
        put_text(ws.cell(row=row, column=1), f"{i}. {describe(plan, change)}").alignment = WRAP
        _change_row(ws, row, change, before, flows)
    return flows


def _change_row(ws: Worksheet, row: int, change: Change, before: dict[Pair, str], flows: Flows) -> None:
    """Share in B, minutes in C, items before the change in D and items moved in E."""
    if isinstance(change, (Hire, ChangeHours)):
        where = "see New staff" if isinstance(change, Hire) else "see Hours changes"
        put_text(ws.cell(row=row, column=2), where).alignment = Alignment(horizontal="right")
        return
    if isinstance(change, Retime):
        put_number(ws.cell(row=row, column=3), change.minutes, HOURS, editable=True)
        flows.minutes[(change.activity, change.role)] = f"C{row}"
        return
    source = change.from_role if isinstance(change, Shift) else change.role
    pair = (change.activity, source)
    put_number(ws.cell(row=row, column=2), change.fraction, PERCENT, editable=True)
    put_formula(ws.cell(row=row, column=4), "=" + flows.running(pair, before[pair]), HOURS)
    put_formula(ws.cell(row=row, column=5), f"=D{row}*B{row}", HOURS)
    flows.outflow[pair].append(f"E{row}")
    if isinstance(change, Shift):
        flows.inflow[(change.activity, change.to_role)].append(f"E{row}")


def write_work(ws: Worksheet, plan: Plan, scenario: Scenario, title_row: int, work: WorkloadRefs,
               flows: Flows) -> tuple[int, int]:
    """The work table and its total row; returns its first and last data rows (last < first
    when empty)."""
    section(ws, title_row, "Work that changes (items, minutes and hours a week)")
    header_row(ws, title_row + 1, WORK_HEADERS, numbers_from=3)
    labels = role_labels(plan)
    first = title_row + 2
    row = first - 1
    for row, pair in enumerate(touched_pairs(scenario), start=first):
        put_text(ws.cell(row=row, column=1), activity_name(plan, pair[0])).alignment = WRAP
        put_text(ws.cell(row=row, column=2), labels.get(pair[1], pair[1])).alignment = WRAP
        put_formula(ws.cell(row=row, column=3), "=" + work.items.get(pair, "0"), HOURS)
        put_formula(ws.cell(row=row, column=4), "=" + flows.running(pair, f"C{row}"), HOURS)
        put_formula(ws.cell(row=row, column=5), "=" + work.minutes.get(pair, "0"), HOURS)
        put_formula(ws.cell(row=row, column=6), "=" + flows.minutes.get(pair, f"E{row}"), HOURS)
        put_formula(ws.cell(row=row, column=7), "=" + work.hours.get(pair, "0"), HOURS)
        put_formula(ws.cell(row=row, column=8), f"=D{row}*F{row}/60", HOURS)
        put_formula(ws.cell(row=row, column=9), f"=H{row}-G{row}", HOURS)
    last = row
    put_text(ws.cell(row=last + 1, column=1), "All work that changes")
    for col in (7, 8, 9):
        total = f"=SUM({column_range(None, col, first, last)})" if last >= first else "=0"
        put_formula(ws.cell(row=last + 1, column=col), total, HOURS)
    total_style(ws, last + 1, 1, len(WORK_HEADERS))
    return first, last
