"""The results of one scenario, as the engine computes them: GP time freed, appointments
released, costs, ARRS, payback, roles short of time (in red), GP contacts a day and room
space against their limits, the years ahead in a line, and a before/after chart by role
beside a year-by-year table. Shows the problems in words instead when the scenario cannot
be computed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.engine import ScenarioResult, project, realisation
from planner.model import Hire, Plan
from planner.present.format import hours, money, number, split_for_display
from ui.charts.role_chart import RoleChart
from ui.theme import ACCENT, ACCENT_LIGHT, MUTED, WARNING, WARNING_LIGHT
from ui.widgets.projection_view import ProjectionView, projection_line
from ui.widgets.safe_working import SafeWorking

#: hired time beyond the work moved to it, in hours a week, worth pointing out
IDLE_HOURS = 1.0


def pounds_and_pence(value: float | None) -> str:
    return "–" if value is None else (f"-£{-value:,.2f}" if value < 0 else f"£{value:,.2f}")


def payback(result: ScenarioResult) -> str:
    if result.payback_months is None:
        return "Never (costs more than the GP time is worth)" if result.one_off_costs else "–"
    if result.payback_months == 0:
        return "Straight away (no one-off costs)"
    return f"{result.payback_months:,.1f} months"


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    text: Callable[[Plan, ScenarioResult], str]
    tip: str


def _split(plan: Plan, r: ScenarioResult) -> tuple[float, float]:
    """(covering, available) rounded so the two printed lines add up to the printed total."""
    total = max(0.0, r.gp_hours_freed_per_week)  # the printed total (none freed: 0 + 0)
    return split_for_display(total, realisation(plan, r).gp_hours_absorbing_shortfall)


def _covering(plan: Plan, r: ScenarioResult) -> str:
    return hours(_split(plan, r)[0])


def _available(plan: Plan, r: ScenarioResult) -> str:
    return hours(_split(plan, r)[1])


def _cash(plan: Plan, r: ScenarioResult) -> str:
    return money(realisation(plan, r).cash_effect_per_year)


FIGURES: tuple[Figure, ...] = (
    Figure("gp_hours_freed", "GP hours freed a week",
           lambda _p, r: hours(r.gp_hours_freed_per_week),
           "GP work a week before, less after (GP supervision of new staff included)"),
    Figure("covering", "  of which cover today's unrostered work", _covering,
           "Freed hours that only cover GP work the rota has no time for today"),
    Figure("available", "  of which free for the chosen use", _available,
           "Freed hours left after covering today's unrostered GP work"),
    Figure("gp_sessions_freed", "GP sessions freed a week",
           lambda _p, r: number(r.gp_sessions_freed_per_week, 1),
           "GP hours freed divided by the session length"),
    Figure("appointments_released", "GP appointments released a year",
           lambda _p, r: number(r.gp_appointments_released_per_year),
           "GP hours freed x 60 / appointment length x weeks a year"),
    Figure("employment_cost", "Employment cost a year", lambda _p, r: money(r.employment_cost_per_year),
           "Pay, employer NI and employer pension of the people hired"),
    Figure("arrs", "ARRS reimbursement a year", lambda _p, r: money(r.arrs_reimbursement_per_year),
           "What the ARRS pays back for hires ticked as ARRS funded, up to each role's cap"),
    Figure("net_cost", "Net cost a year", lambda _p, r: money(r.net_cost_per_year),
           "Employment cost less ARRS reimbursement"),
    Figure("cash_effect", "Cash effect a year", _cash,
           "Locum sessions saved less net cost: only hours that replace paid locum sessions save "
           "cash (see the Practice page: share of unrostered work paid as locums)"),
    Figure("one_off", "One-off costs", lambda _p, r: money(r.one_off_costs),
           "Recruitment, equipment and set-up costs of the hires"),
    Figure("cost_per_appointment", "Cost per appointment released",
           lambda _p, r: pounds_and_pence(r.cost_per_appointment_released),
           "Net cost a year / GP appointments released a year"),
    Figure("payback", "Payback on GP time value (not cash)", lambda _p, r: payback(r),
           "One-off costs / (value of GP time freed - net cost), in months"),
)


class ResultsPanel(QWidget):
    """Call ``show_result`` with the engine's result, or ``show_problems`` with words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel("Results")
        self.heading.setProperty("role", "heading")
        self.banner = _note(ACCENT, ACCENT_LIGHT)
        self.problems = _note(WARNING, WARNING_LIGHT)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        grid = self._figure_grid()
        self.safety = SafeWorking(grid, len(FIGURES), self)
        layout.addLayout(grid)
        self.short = QLabel()
        self.short.setWordWrap(True)
        self.short.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.short)
        self.idle = QLabel()  # hired time with no work moved to it: a cost with nothing to show
        self.idle.setWordWrap(True)
        self.idle.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.idle)
        layout.addWidget(self.safety.sentences)
        self.years_line = QLabel()
        self.years_line.setWordWrap(True)
        layout.addWidget(self.years_line)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.chart = RoleChart()
        self.years = ProjectionView()
        self.tabs.addTab(self.chart, "Work by role")
        self.tabs.addTab(self.years, "Year by year")
        self.tabs.setTabToolTip(1, "Net cost and benefit over the coming years, with pay awards, "
                                "list growth and new staff getting up to speed")
        # The owner places ``tabs`` (under the figures, or with the figures as a tab beside them).
        layout.addStretch(1)
        self.show_problems([])

    def _figure_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(3)
        for row, figure in enumerate(FIGURES):
            name = QLabel(figure.label)
            name.setToolTip(figure.tip)
            value = QLabel("–")
            value.setObjectName(figure.key)
            value.setToolTip(figure.tip)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # "Never (costs more than …)" must not widen the window
            if figure.key in ("gp_hours_freed", "net_cost"):
                value.setProperty("role", "headline")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[figure.key] = value
        grid.setColumnStretch(2, 1)
        return grid

    def set_heading(self, text: str, preview: bool = False) -> None:
        self.heading.setText(text)
        self.banner.setText("Preview with the change you are editing. It is not in the "
                            "scenario until you save it; Cancel drops it.")
        self.banner.setVisible(preview)

    def show_result(self, plan: Plan, result: ScenarioResult) -> None:
        self.problems.hide()
        for figure in FIGURES:
            self.values[figure.key].setText(figure.text(plan, result))
        self._show_short(plan, result)
        self.idle.setText("\n".join(idle_hire_lines(plan, result)))
        self.idle.setVisible(bool(self.idle.text()))
        self.safety.show_result(plan, result)
        years = project(result, plan.assumptions, plan.practice.weeks_per_year)
        self.years_line.setText(projection_line(years))
        self.years.show_years(plan.assumptions, years)
        self.chart.show_result(plan, result)

    def show_problems(self, problems: list[str]) -> None:
        for label in self.values.values():
            label.setText("–")
        self.short.clear()
        self.idle.clear()
        self.idle.hide()
        self.safety.clear_result()
        self.years_line.clear()
        self.years.clear()
        self.chart.clear_result()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    def figure_text(self, key: str) -> str:
        return self.values[key].text()

    def _show_short(self, plan: Plan, result: ScenarioResult) -> None:
        short = [(r.title, result.after.shortfall(r.code), result.before.shortfall(r.code))
                 for r in plan.roles if result.after.shortfall(r.code) > 1e-9]
        if not short:
            self.short.setText(f'<span style="color:{MUTED}">Every role has time for its work '
                               "after these changes.</span>")
            return
        lines = "<br>".join(f"<b>{title}</b>: {hours(gap)} hours a week more work than time"
                            + (f" (now {hours(now)})" if now > 1e-9 else " (has time now)")
                            for title, gap, now in short)
        self.short.setText(f'<span style="color:{WARNING}">Short of time after these changes:'
                           f"<br>{lines}</span>")

    def short_of_time_text(self) -> str:
        return self.short.text()


def idle_hire_lines(plan: Plan, result: ScenarioResult) -> list[str]:
    """One line per role hired in the scenario whose time after is more than an hour a week
    beyond its work after (capacity after - demand after), counting no more than the time
    hired (capacity after - before): spare time the team had already is not new."""
    hired = {change.role for change in result.scenario.changes if isinstance(change, Hire)}
    after, before = result.after, result.before
    idle = [(role.title, min(after.gap(role.code),
                             after.capacity.get(role.code, 0.0) - before.capacity.get(role.code, 0.0)))
            for role in plan.roles if role.code in hired]
    return [f"New {title} time: {hours(spare)} h a week with no work moved to them yet"
            for title, spare in idle if spare > IDLE_HOURS]


def _note(colour: str, background: str) -> QLabel:
    note = QLabel()
    note.setWordWrap(True)
    note.setFrameShape(QFrame.Shape.StyledPanel)
    note.setStyleSheet(f"color: {colour}; background: {background}; padding: 6px; "
                       f"border: 1px solid {colour}; border-radius: 3px;")
    note.hide()
    return note
