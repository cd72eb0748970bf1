"""Scenarios side by side: one row per figure, one column for doing nothing and one per
scenario (the recommended one starred and in bold). Rows run from GP time (freed, of which
covering today's unrostered work and free for the chosen use, what it becomes) through money
(costs, the cash effect, and the value of GP time less net cost, which is not cash) to the
risks (GP supervision, GP contacts a day, roles short of time). Every figure is the engine's;
a scenario that cannot be computed says so, with the reason in its tooltip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.engine import ScenarioResult
from planner.engine.summary import scenario_figures
from planner.estimates import ranges_of
from planner.model import Plan
from planner.present import figures as present_figures
from planner.present import verdict
from planner.present.names import DO_NOTHING
from planner.present.outcome import do_nothing, scenario_outcome
from ui.charts.base import wrap
from ui.document import PlanDocument
from ui.models.table import Column, ColumnTableModel

RECOMMENDED = "★"
#: scenario names longer than this go on two lines, so the columns stay narrow
HEADER_WRAP = 22


@dataclass(frozen=True)
class Option:
    """The engine's figures for one column (doing nothing or a scenario)."""

    plan: Plan
    result: ScenarioResult
    figures: dict[str, Any]
    is_do_nothing: bool = False

    @classmethod
    def of(cls, plan: Plan, result: ScenarioResult, is_do_nothing: bool = False) -> Option:
        figures = scenario_figures(plan, result)
        return cls(plan, result, figures if is_do_nothing else figures | ranges_of(plan, result), is_do_nothing)


Outcome = ScenarioResult | list[str]

#: the rows of the table, in order (labels, explanations and printing: planner.present.figures)
ROW_KEYS: tuple[str, ...] = (
    "gp_gap_closed_per_week", "gp_hours_freed_per_week", "gp_hours_absorbing_shortfall", "gp_hours_available",
    "freed_time_use", "employment_cost_per_year", "arrs_reimbursement_per_year", "net_cost_per_year",
    "net_cost_per_gp_hour_closed", "one_off_costs", "cash_effect_per_year", "net_benefit_per_year",
    "payback_months", "range_gp_gap_closed", "range_net_cost", "range_cash_effect",
    "gp_supervision_hours_per_week", "gp_contacts_per_day_after", "shortfall_hours",
)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    text: Callable[[Option], str]
    tip: str = ""
    warn: Callable[[Option], bool] | None = None
    indent: bool = False
    #: the columns (1 = the first scenario) best on this row, among the scenarios
    best: frozenset[int] = frozenset()


def _unsafe(o: Option) -> bool:
    value = o.figures["gp_contacts_per_day_after"]
    return value is not None and value > o.plan.assumptions.safe_contacts_per_gp_day


def _short(o: Option) -> bool:
    return any(h > 1e-9 for h in o.figures["shortfall_hours"].values())


WARNINGS: dict[str, Callable[[Option], bool]] = {"gp_contacts_per_day_after": _unsafe, "shortfall_hours": _short}


def _row(plan: Plan, key: str, scenarios: list[Option | None]) -> Row:
    figure = present_figures.figure(key)

    def text(o: Option) -> str:
        return "–" if key == "freed_time_use" and o.is_do_nothing else figure.show(o.figures, o.plan)

    known = [(n, o) for n, o in enumerate(scenarios, start=1) if o is not None]
    best = verdict.best(figure, [o.figures for _, o in known], plan)
    return Row(key, figure.label_for(plan), text, figure.explanation, WARNINGS.get(key), bool(figure.part_of),
               frozenset(known[i][0] for i in best))


def rows_for(plan: Plan, scenarios: list[Option | None] | None = None) -> list[Row]:
    """The rows, with the best of ``scenarios`` (the options beside doing nothing) marked."""
    return [_row(plan, key, scenarios or []) for key in ROW_KEYS]


class CompareTableModel(ColumnTableModel[Row]):
    follows_document = False  # every scenario worked out again: the Compare page refreshes it when shown
    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        self.outcomes: list[tuple[str, bool, Outcome]] = []
        self.options: list[Option | None] = []
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
        plan = self.document.plan
        self.outcomes = self.outcomes_now()
        self.options = [Option.of(plan, o, n == 0) if isinstance(o, ScenarioResult) else None
                        for n, (_, _, o) in enumerate(self.outcomes)]
        return rows_for(plan, self.options[1:]) if self.outcomes else []

    def columns(self) -> list[Column[Row]]:
        columns: list[Column[Row]] = [Column(
            "figure", "", lambda row: ("      " + row.label) if row.indent else row.label,
            cell_tip=lambda row: row.tip, bold=lambda row: not row.indent)]
        for number_, ((name, recommended, outcome), option) in enumerate(zip(self.outcomes, self.options,
                                                                             strict=True)):
            header = wrap(f"{RECOMMENDED} {name}" if recommended else name, HEADER_WRAP)
            key = f"scenario{number_}"
            columns.append(_problem_column(key, header, outcome) if option is None or isinstance(outcome, list)
                           else _option_column(key, header, option, recommended, number_, name))
        return columns

    def scenario_headers(self) -> list[str]:
        return [c.header for c in self._columns[1:]]

    def cell(self, key: str, column: int) -> str:
        """The text shown for figure ``key`` in column ``column`` (1 = doing nothing)."""
        row = [r.key for r in self._rows].index(key)
        return str(self.data(self.index(row, column)))

    def row_number(self, key: str) -> int:
        return [r.key for r in self._rows].index(key)

    def do_nothing(self) -> Option | None:
        return self.options[0] if self.options else None


def _problem_column(key: str, header: str, outcome: Outcome) -> Column[Row]:
    reason = "\n".join(outcome) if isinstance(outcome, list) else ""
    def first(row: Row) -> bool:
        return row.key == "gp_hours_freed_per_week"

    return Column(key, header, lambda row: "Cannot be worked out" if first(row) else "",
                  cell_tip=lambda _row: reason, warn=first)


def _option_column(key: str, header: str, option: Option, recommended: bool, number: int, name: str) -> Column[Row]:
    def tip(row: Row) -> str:
        lines = [f"{row.label}, {name}: {row.text(option)}"]
        if number in row.best:
            lines.append(f"Best of the options on this row ({'more' if _better(row) == 'more' else 'less'} is better).")
        if recommended:
            lines.append("Recommended to the partners.")
        return "\n".join([*lines, row.tip])

    return Column(key, header, lambda row: row.text(option), numeric=True, cell_tip=tip,
                  bold=lambda _row: recommended, best=lambda row: number in row.best,
                  warn=lambda row: row.warn is not None and row.warn(option))


def _better(row: Row) -> str | None:
    return present_figures.figure(row.key).better
