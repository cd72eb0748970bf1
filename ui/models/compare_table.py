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

from planner.engine import (
    ProjectionYear,
    Realisation,
    SafetyCheck,
    ScenarioResult,
    project,
    realisation,
    safety_check,
)
from planner.model import FREED_TIME_USES, Plan
from planner.present.format import hours, money, number, split_for_display
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
    """The engine's figures for one column: the scenario's result and the extensions."""

    plan: Plan
    result: ScenarioResult
    real: Realisation
    safety: SafetyCheck
    years: list[ProjectionYear]
    is_do_nothing: bool = False

    @classmethod
    def of(cls, plan: Plan, result: ScenarioResult, is_do_nothing: bool = False) -> Option:
        return cls(plan, result, realisation(plan, result), safety_check(plan, result.after),
                   project(result, plan.assumptions, plan.practice.weeks_per_year), is_do_nothing)


Outcome = ScenarioResult | list[str]


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    text: Callable[[Option], str]
    tip: str = ""
    warn: Callable[[Option], bool] | None = None
    indent: bool = False


def _pence(value: float | None) -> str:
    return "–" if value is None else (f"-£{-value:,.2f}" if value < 0 else f"£{value:,.2f}")


def _signed(value: float) -> str:
    return money(value) if round(value) <= 0 else "+" + money(value)


def _payback(o: Option) -> str:
    months = o.result.payback_months
    if months is None:
        return "Never" if o.result.one_off_costs else "–"
    return "Straight away" if months == 0 else f"{number(months, 1)} months"


def _split(o: Option) -> tuple[float, float]:
    """(covering, available) rounded so the two printed rows add up to the printed total."""
    total = max(0.0, o.result.gp_hours_freed_per_week)  # the printed total (none freed: 0 + 0)
    return split_for_display(total, o.real.gp_hours_absorbing_shortfall)


def _use(o: Option) -> str:
    if o.is_do_nothing:
        return "–"
    return FREED_TIME_USES.get(o.result.scenario.freed_time_use, "Not decided")


def _contacts(o: Option) -> str:
    value = o.safety.gp_contacts_per_day
    if value is None:
        return "–"
    return number(value, 1) + (f" (over {o.safety.safe_contacts_per_day:g})" if o.safety.gp_contacts_unsafe else "")


def short_roles(o: Option) -> str:
    after = o.result.after
    short = [f"{r.title} {hours(after.shortfall(r.code))} h" for r in o.plan.roles
             if after.shortfall(r.code) > 1e-9]
    return "; ".join(short) or "None"


def rows_for(plan: Plan) -> list[Row]:
    years = int(plan.assumptions.projection_years)
    return [
        Row("gp_hours_freed", "GP hours freed a week", lambda o: hours(o.result.gp_hours_freed_per_week),
            "GP work a week before, less after (GP supervision of new staff included)"),
        Row("absorbing", "covering today's unrostered work", lambda o: hours(_split(o)[0]),
            "Freed hours that only cover GP work the rota has no time for today (extra sessions, "
            "overtime, work left undone): they change nothing a partner can bank", indent=True),
        Row("available", "free for the chosen use", lambda o: hours(_split(o)[1]),
            "Freed hours left after covering today's unrostered work: these can become what the "
            "row below says", indent=True),
        Row("freed_time_use", "Freed GP time becomes", _use,
            "What the partners decide the freed GP time is for (set on the Scenarios page)"),
        Row("appointments_released", "GP appointments released a year",
            lambda o: number(o.result.gp_appointments_released_per_year),
            "GP hours freed x 60 / appointment length x weeks a year"),
        Row("employment_cost", "Employment cost a year", lambda o: money(o.result.employment_cost_per_year),
            "Pay, employer NI and employer pension of the people hired"),
        Row("arrs", "ARRS reimbursement a year", lambda o: money(o.result.arrs_reimbursement_per_year),
            "What the ARRS pays back for hires ticked as ARRS funded, up to each role's cap. The PCN "
            "claims it from a fixed budget: check it is available"),
        Row("net_cost", "Net cost a year", lambda o: money(o.result.net_cost_per_year),
            "Employment cost less ARRS reimbursement"),
        Row("one_off", "One-off costs", lambda o: money(o.result.one_off_costs),
            "Recruitment, equipment and set-up costs of the hires"),
        Row("cost_per_appointment", "Cost per appointment released",
            lambda o: _pence(o.result.cost_per_appointment_released),
            "Net cost a year / GP appointments released a year"),
        Row("cash_effect", "Cash effect a year", lambda o: _signed(o.real.cash_effect_per_year),
            "Cash saved (locum sessions no longer paid for) less net cost. Negative: the practice "
            "pays this much more a year"),
        Row("net_benefit", "GP time value less net cost (not cash)",
            lambda o: money(o.result.net_benefit_per_year),
            "Value of GP time freed a year (GP hours freed x weeks a year x value of a GP hour) "
            "less net cost. GP time is valued at a locum's rate: it is not money the practice "
            "receives"),
        Row("five_years", f"The same over {years} years (not cash)",
            lambda o: money(o.years[-1].cumulative_net_benefit if o.years else 0.0),
            "Value of GP time less net cost added up over the years, with new staff getting up "
            "to speed, pay awards, list growth and the one-off costs"),
        Row("payback", "Payback on GP time value (not cash)", _payback,
            "One-off costs / (value of GP time freed - net cost), in months"),
        Row("supervision", "GP supervision hours a week", lambda o: hours(o.result.after.supervision_hours),
            "GP time a week supervising the team after the changes (already taken off the hours freed)"),
        Row("contacts", "GP patient contacts a day", _contacts,
            "GP appointments, triage and visits a GP day after the changes; BMA safe working "
            f"guidance is no more than {plan.assumptions.safe_contacts_per_gp_day:g}",
            warn=lambda o: o.safety.gp_contacts_unsafe),
        Row("short", "Roles short of time (hours a week)", short_roles,
            "Work a role has beyond its time after the changes: it does not fit and must be dealt "
            "with", warn=lambda o: short_roles(o) != "None"),
    ]


class CompareTableModel(ColumnTableModel[Row]):
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
        return rows_for(plan) if self.outcomes else []

    def columns(self) -> list[Column[Row]]:
        columns: list[Column[Row]] = [Column(
            "figure", "", lambda row: ("      " + row.label) if row.indent else row.label,
            cell_tip=lambda row: row.tip, bold=lambda row: not row.indent)]
        for number_, ((name, recommended, outcome), option) in enumerate(zip(self.outcomes, self.options,
                                                                             strict=True)):
            header = wrap(f"{RECOMMENDED} {name}" if recommended else name, HEADER_WRAP)
            key = f"scenario{number_}"
            columns.append(_problem_column(key, header, outcome) if option is None or isinstance(outcome, list)
                           else _option_column(key, header, option, recommended))
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
        return row.key == "gp_hours_freed"

    return Column(key, header, lambda row: "Cannot be worked out" if first(row) else "",
                  cell_tip=lambda _row: reason, warn=first)


def _option_column(key: str, header: str, option: Option, recommended: bool) -> Column[Row]:
    tip = "Recommended to the partners" if recommended else ""
    return Column(key, header, lambda row: row.text(option), numeric=True,
                  cell_tip=lambda row: row.tip if not tip else f"{tip}. {row.tip}",
                  bold=lambda _row: recommended,
                  warn=lambda row: row.warn is not None and row.warn(option))
