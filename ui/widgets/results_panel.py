"""The results of one scenario, as the engine computes them: GP time freed, appointments
released, costs, ARRS, payback, roles short of time (in red), GP contacts a day and room
space against their limits, the years ahead in a line, and a before/after chart by role
beside a year-by-year table. Shows the problems in words instead when the scenario cannot
be computed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.engine import ScenarioResult, project
from planner.engine.summary import scenario_figures
from planner.model import Hire, Plan
from planner.present import figures as present_figures
from planner.present.format import hours
from ui.charts.role_chart import RoleChart
from ui.theme import ACCENT, ACCENT_LIGHT, MUTED, WARNING, WARNING_LIGHT
from ui.widgets.projection_view import ProjectionView, projection_line
from ui.widgets.safe_working import SafeWorking

#: hired time beyond the work moved to it, in hours a week, worth pointing out
IDLE_HOURS = 1.0


#: the figures the panel shows, in order (labels, explanations and printing: planner.present.figures)
PANEL_KEYS: tuple[str, ...] = (
    "gp_gap_closed_per_week", "gp_hours_freed_per_week", "gp_hours_absorbing_shortfall", "gp_hours_available",
    "gp_sessions_freed_per_week", "gp_appointments_released_per_year", "employment_cost_per_year",
    "arrs_reimbursement_per_year", "net_cost_per_year", "cash_effect_per_year", "one_off_costs",
    "net_cost_per_gp_hour_closed", "cost_per_appointment_released", "payback_months",
)
HEADLINE_KEYS = frozenset({"gp_gap_closed_per_week", "net_cost_per_year"})
#: indent of a figure that is part of the one above it ("of which ...")
PART_INDENT = "    "


class ResultsPanel(QWidget):
    """Call ``show_result`` with the engine's result, or ``show_problems`` with words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}  # the label beside each figure
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
        self.safety = SafeWorking(grid, len(PANEL_KEYS), self)
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
        for row, key in enumerate(PANEL_KEYS):
            figure = present_figures.figure(key)
            name = QLabel((PART_INDENT if figure.part_of else "") + figure.label)
            name.setToolTip(figure.explanation)
            value = QLabel("–")
            value.setObjectName(figure.key)
            value.setToolTip(figure.explanation)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # "Never (costs more than …)" must not widen the window
            if figure.key in HEADLINE_KEYS:
                value.setProperty("role", "headline")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[figure.key] = value
            self.names[figure.key] = name
        grid.setColumnStretch(2, 1)
        return grid

    def set_heading(self, text: str, preview: bool = False) -> None:
        self.heading.setText(text)
        self.banner.setText("Preview with the change you are editing. It is not in the "
                            "scenario until you save it; Cancel drops it.")
        self.banner.setVisible(preview)

    def show_result(self, plan: Plan, result: ScenarioResult) -> None:
        self.problems.hide()
        figures = scenario_figures(plan, result)
        for key in PANEL_KEYS:
            self.values[key].setText(present_figures.figure(key).show(figures, plan))
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
