"""The results column of the Scenarios page: the engine's figures for the chosen scenario
(the results of the last computation of the plan, or a fresh evaluation of a preview with
the change being typed), or the problems in words.

The figures and, under them, the chart by role and the year-by-year table need about 760
pixels of height. When the column is shorter (a 1366x768 laptop) the figures become the
first tab beside the chart and the table, as on the Compare page, so nothing is cut off and
the window never has to be taller than the screen."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.model import Scenario
from planner.present.outcome import scenario_outcome
from ui.document import PlanDocument
from ui.widgets.results_panel import ResultsPanel

FIGURES_TAB = "Figures"


def _min_height(widget: QWidget) -> int:
    return max(widget.minimumHeight(), widget.minimumSizeHint().height())


class ScenarioResults(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.panel = ResultsPanel()
        self.tabs = self.panel.tabs  # the chart and the table: placed here, under or beside the figures
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 8, 0, 0)
        self.column.addWidget(self.panel)
        self.column.addWidget(self.tabs, 1)
        self.setMinimumHeight(self._tabbed_height())

    @property
    def tabbed(self) -> bool:
        """True when the figures are a tab beside the chart rather than above it."""
        return self.tabs.indexOf(self.panel) >= 0

    # --- showing -------------------------------------------------------------------------
    def show_nothing(self) -> None:
        self.panel.set_heading("Results")
        self.panel.show_problems([])
        self.arrange()

    def show_problem(self, name: str, problem: str) -> None:
        """A preview of ``name`` that cannot be computed, and why."""
        self.panel.set_heading(f"Results of {name}", True)
        self.panel.show_problems([problem])
        self.arrange()

    def show_scenario(self, scenario: Scenario, preview: bool = False) -> None:
        """The results of ``scenario``: one of the plan's, or (``preview``) one being edited."""
        self.panel.set_heading(f"Results of {scenario.name}", preview)
        results = None if preview else self.document.results
        outcome = results.scenario(scenario.name) if results is not None else \
            scenario_outcome(self.document.plan, scenario)
        if isinstance(outcome, list):
            self.panel.show_problems(outcome)
        else:
            self.panel.show_result(self.document.plan, outcome)
        self.arrange()

    # --- figures above the chart, or beside it in tabs -------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        self.setMinimumHeight(self._tabbed_height())
        fits = self.height() >= self._stacked_height()
        if fits and self.tabbed:
            self.tabs.removeTab(self.tabs.indexOf(self.panel))
            self.column.insertWidget(0, self.panel)
            self.panel.show()
        elif not fits and not self.tabbed:
            self.column.removeWidget(self.panel)
            self.tabs.insertTab(0, self.panel, FIGURES_TAB)
            self.tabs.setCurrentIndex(0)

    def _charts_height(self) -> int:
        charts = [page for page in self._pages() if page is not self.panel]
        return max(_min_height(page) for page in charts) + self.tabs.tabBar().sizeHint().height()

    def _pages(self) -> list[QWidget]:
        return [page for i in range(self.tabs.count()) if (page := self.tabs.widget(i)) is not None]

    def _stacked_height(self) -> int:
        """Height the figures (each line whole at this width) and the chart under them need."""
        margins = self.column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        panel = self.panel
        figures = panel.heightForWidth(width) if panel.hasHeightForWidth() else panel.sizeHint().height()
        return figures + self.column.spacing() + self._charts_height() + margins.top() + margins.bottom()

    def _tabbed_height(self) -> int:
        margins = self.column.contentsMargins()
        return self._charts_height() + margins.top() + margins.bottom()
