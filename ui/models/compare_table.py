"""Scenarios side by side: one row per headline figure, one column for doing nothing and one
per scenario (the recommended one starred and in bold). Every figure is the engine's;
a scenario that cannot be computed says so, with the reason in its tooltip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.engine import ScenarioResult
from planner.format import hours, money
from planner.model import Plan
from planner.scenario_edits import DO_NOTHING, do_nothing, scenario_outcome
from ui.charts.base import wrap
from ui.document import PlanDocument
from ui.models.table import Column, ColumnTableModel
from ui.widgets.results_panel import FIGURES

Outcome = ScenarioResult | list[str]


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    text: Callable[[Plan, ScenarioResult], str]
    tip: str = ""


def _short_roles(plan: Plan, result: ScenarioResult) -> str:
    short = [f"{r.title} {hours(result.after.shortfall(r.code))} h"
             for r in plan.roles if result.after.shortfall(r.code) > 1e-9]
    return "; ".join(short) or "None"


ROWS: tuple[Row, ...] = (
    *(Row(f.key, f.label, lambda _plan, r, f=f: f.text(r), f.tip) for f in FIGURES),
    Row("gp_time_value", "Value of GP time freed a year",
        lambda _plan, r: money(r.gp_time_value_per_year),
        "GP hours freed x weeks a year x value of a GP hour"),
    Row("net_benefit", "Net benefit a year", lambda _plan, r: money(r.net_benefit_per_year),
        "Value of GP time freed less net cost"),
    Row("short", "Roles short of time (hours a week)", _short_roles,
        "Work a role has beyond its time after the changes: it does not fit and must be "
        "dealt with"),
)

RECOMMENDED = "★"


class CompareTableModel(ColumnTableModel[Row]):
    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        self.outcomes: list[tuple[str, bool, Outcome]] = []
        super().__init__(document, parent)

    def outcomes_now(self) -> list[tuple[str, bool, Outcome]]:
        """(name, recommended, result or problems) for doing nothing, then each scenario."""
        plan, results = self.document.plan, self.document.results
        if results is None:
            problems = [p for p in self.document.problems if not p.where.startswith("scenario ")]
            if problems:  # the team or workload itself is wrong: nothing can be compared
                return []
            base: Outcome = do_nothing(plan)
            rest = [(s.name, s.recommended, scenario_outcome(plan, s)) for s in plan.scenarios]
        else:
            base = do_nothing(plan, results.baseline)
            rest = [(r.scenario.name, r.scenario.recommended, r) for r in results.scenarios]
        return [(DO_NOTHING, False, base), *rest]

    def rows(self) -> list[Row]:
        self.outcomes = self.outcomes_now()
        return list(ROWS) if self.outcomes else []

    def columns(self) -> list[Column[Row]]:
        plan = self.document.plan
        columns: list[Column[Row]] = [Column("figure", "", lambda row: row.label,
                                             cell_tip=lambda row: row.tip, bold=lambda _r: True)]
        for number, (name, recommended, outcome) in enumerate(self.outcomes):
            header = wrap(f"{RECOMMENDED} {name}" if recommended else name, 22)
            columns.append(_outcome_column(f"scenario{number}", header, plan, outcome, recommended))
        return columns

    def scenario_headers(self) -> list[str]:
        return [c.header for c in self._columns[1:]]

    def cell(self, key: str, column: int) -> str:
        """The text shown for figure ``key`` in column ``column`` (1 = doing nothing)."""
        row = [r.key for r in self._rows].index(key)
        return str(self.data(self.index(row, column)))


def _outcome_column(key: str, header: str, plan: Plan, outcome: Outcome,
                    recommended: bool) -> Column[Row]:
    if isinstance(outcome, list):
        reason = "\n".join(outcome)
        return Column(key, header, lambda row: "Cannot be worked out" if row is ROWS[0] else "",
                      cell_tip=lambda _row: reason, warn=lambda row: row is ROWS[0])
    tip = "Recommended to the partners" if recommended else ""
    return Column(key, header, lambda row: row.text(plan, outcome), numeric=True,
                  cell_tip=lambda row: tip, bold=lambda _row: recommended,
                  warn=lambda row: row.key == "short" and row.text(plan, outcome) != "None")
