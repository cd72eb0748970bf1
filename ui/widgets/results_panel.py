"""The results of one scenario, as the engine computes them: GP time freed, appointments
released, costs, ARRS, payback, roles short of time (in red), GP contacts a day and room
space against their limits, the years ahead in a line, and a before/after chart by role
beside a year-by-year table. Under each figure, when "Show the working" is on, its arithmetic
with the scenario's own numbers (planner.present.working). Shows the problems in words
instead when the scenario cannot be computed."""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.engine import ScenarioResult, project
from planner.engine.summary import scenario_figures
from planner.model import Plan
from planner.present import figures as present_figures
from planner.present.format import hours
from planner.present.working import idle_hire_lines, working
from ui.charts.role_chart import RoleChart
from ui.theme import ACCENT, ACCENT_LIGHT, MUTED, WARNING, WARNING_LIGHT
from ui.widgets.projection_view import ProjectionView, projection_line
from ui.widgets.safe_working import SafeWorking

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
WORKING_STYLE = (f"color: {MUTED}; border-left: 3px solid {ACCENT_LIGHT}; padding: 0 0 3px 8px; "
                 "margin-left: 4px;")


def tip(text: str) -> str:
    """A tooltip that wraps (rich text) instead of running across the screen."""
    return f"<qt>{escape(text)}</qt>"


class ResultsPanel(QWidget):
    """Call ``show_result`` with the engine's result, or ``show_problems`` with words."""

    workingToggled = Signal(bool)  # the user showed or hid the working

    def __init__(self, parent: QWidget | None = None, show_working: bool = True) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}  # the label beside each figure
        self.workings: dict[str, QLabel] = {}  # the arithmetic under each figure
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._heading_row(show_working))
        self.banner = _note(ACCENT, ACCENT_LIGHT)
        self.problems = _note(WARNING, WARNING_LIGHT)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        grid = self.grid = self._figure_grid()
        self.safety = SafeWorking(grid, 2 * len(PANEL_KEYS), self)
        layout.addLayout(grid)
        self.short = QLabel()
        self.short.setWordWrap(True)
        self.short.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.short)
        self.idle = QLabel()  # hired time beyond the work moved to it: a cost with nothing to show
        self.idle.setWordWrap(True)
        self.idle.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.idle)
        layout.addWidget(self.safety.sentences)
        self.years_line = QLabel()
        self.years_line.setWordWrap(True)
        layout.addWidget(self.years_line)
        self._build_tabs()
        # The owner places ``tabs`` (under the figures, or with the figures as a tab beside them).
        layout.addStretch(1)
        self.show_problems([])

    def _heading_row(self, show_working: bool) -> QHBoxLayout:
        self.heading = QLabel("Results")
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.working_button = QCheckBox("Show the &working")
        self.working_button.setChecked(show_working)
        self.working_button.setToolTip("Under each figure, how it is worked out with this scenario's numbers")
        self.working_button.toggled.connect(self._working_toggled)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.working_button, 0, Qt.AlignmentFlag.AlignBottom)
        return row

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Results")
        self.tabs.setUsesScrollButtons(False)  # every tab's name in view: the page narrows no further
        self.chart = RoleChart()
        self.years = ProjectionView()
        self.tabs.addTab(self.chart, "Work by role")
        self.tabs.addTab(self.years, "Year by year")
        self.tabs.setTabToolTip(1, "Net cost and benefit over the coming years, with pay awards, "
                                "list growth and new staff getting up to speed")

    def _figure_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(3)
        for n, key in enumerate(PANEL_KEYS):
            figure = present_figures.figure(key)
            name = QLabel((PART_INDENT if figure.part_of else "") + figure.label)
            name.setToolTip(tip(figure.explanation))
            value = QLabel("–")
            value.setObjectName(figure.key)
            value.setToolTip(tip(figure.explanation))
            value.setAccessibleName(figure.label)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if figure.key in HEADLINE_KEYS:
                value.setProperty("role", "headline")
            sums = QLabel()
            sums.setObjectName(f"working_{figure.key}")
            sums.setWordWrap(True)
            sums.setStyleSheet(WORKING_STYLE)
            sums.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            sums.setAccessibleName(f"How {figure.label[:1].lower()}{figure.label[1:]} is worked out")
            sums.hide()
            grid.addWidget(name, 2 * n, 0)
            grid.addWidget(value, 2 * n, 1)
            grid.addWidget(sums, 2 * n + 1, 0, 1, 3)
            self.values[figure.key], self.names[figure.key], self.workings[figure.key] = value, name, sums
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
            self.workings[key].setText(working(plan, result, figures, key))
        self._show_workings()
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
        for label in self.workings.values():
            label.clear()
        self._show_workings()
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

    def working_text(self, key: str) -> str:
        return self.workings[key].text()

    @property
    def showing_working(self) -> bool:
        return self.working_button.isChecked()

    def _working_toggled(self, shown: bool) -> None:
        self._show_workings()
        self.workingToggled.emit(shown)

    def _show_workings(self) -> None:
        shown = self.showing_working
        for label in self.workings.values():
            label.setVisible(shown and bool(label.text()))
        self.grid.invalidate()  # in a hidden tab the grid would keep its old height

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


def _note(colour: str, background: str) -> QLabel:
    note = QLabel()
    note.setWordWrap(True)
    note.setFrameShape(QFrame.Shape.StyledPanel)
    note.setStyleSheet(f"color: {colour}; background: {background}; padding: 6px; "
                       f"border: 1px solid {colour}; border-radius: 3px;")
    note.hide()
    return note
