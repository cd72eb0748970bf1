"""The results column of the Scenarios page: the engine's figures for the chosen scenario
(the results of the last computation of the plan, or a fresh evaluation of a preview with
the change being typed), or the problems in words.

The figures and, under them, the chart by role and the year-by-year table need about 760
pixels of height. When the column is shorter (a 1366x768 laptop) the figures become the
first tab beside the chart and the table, as on the Compare page, so nothing is cut off and
the window never has to be taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from planner.model import Scenario
from planner.present.outcome import scenario_outcome
from ui.document import PlanDocument
from ui.widgets.results_panel import ResultsPanel

FIGURES_TAB = "Figures"
#: room for the figures tab's scroll bar
SCROLL_BAR = 16


def _min_height(widget: QWidget) -> int:
    return max(widget.minimumHeight(), widget.minimumSizeHint().height())


class ScenarioResults(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None, show_working: bool = True) -> None:
        super().__init__(parent)
        self.document = document
        self.panel = ResultsPanel(show_working=show_working)
        # once the working's lines have left the layout: the figures may then fit above the chart
        self.panel.workingToggled.connect(lambda _shown: QTimer.singleShot(0, self._remeasure))
        self.tabs = self.panel.tabs  # the chart and the table: placed here, under or beside the figures
        self.figures_tab = QScrollArea()  # the figures in a tab scroll there, not the whole page
        self.figures_tab.setWidgetResizable(True)
        self.figures_tab.setFrameShape(QScrollArea.Shape.NoFrame)
        self.figures_tab.setAccessibleName("Figures")
        self.floor = 0  # the least height the page wants the results to have (under the editor)
        self._panel_width: int | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 8, 0, 0)
        self.column.addWidget(self.panel)
        self.column.addWidget(self.tabs, 1)
        self.setMinimumHeight(self._tabbed_height())

    @property
    def tabbed(self) -> bool:
        """True when the figures are a tab beside the chart rather than above it."""
        return self.tabs.indexOf(self.figures_tab) >= 0

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

    def _remeasure(self) -> None:
        self._panel_width = None
        self.arrange()

    def show_scenario(self, scenario: Scenario, preview: bool = False) -> None:
        """The results of ``scenario``: one of the plan's, or (``preview``) one being edited."""
        if self.panel.heading.text() != f"Results of {scenario.name}":
            self._panel_width = None
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
        self.setMinimumHeight(max(self.floor, self._tabbed_height()))
        if self._panel_width is None:  # measured once a scenario (the figures' widths hardly move)
            self._panel_width = self.panel.minimumSizeHint().width()
        margins = self.column.contentsMargins()
        # the figures whole beside the chart: never narrower than they are, even in their tab
        self.setMinimumWidth(self._panel_width + margins.left() + margins.right() + SCROLL_BAR)
        fits = self.height() >= self._stacked_height()
        if fits and self.tabbed:
            self.tabs.removeTab(self.tabs.indexOf(self.figures_tab))
            self.figures_tab.takeWidget()
            self.column.insertWidget(0, self.panel)
            self.panel.show()
        elif not fits and not self.tabbed:
            self.column.removeWidget(self.panel)
            self.figures_tab.setWidget(self.panel)
            self.tabs.insertTab(0, self.figures_tab, FIGURES_TAB)
            self.tabs.setCurrentIndex(0)

    def _charts_height(self) -> int:
        charts = [page for page in self._pages() if page is not self.figures_tab]
        return max(_min_height(page) for page in charts) + self.tabs.tabBar().sizeHint().height()

    def _pages(self) -> list[QWidget]:
        return [page for i in range(self.tabs.count()) if (page := self.tabs.widget(i)) is not None]

    def _stacked_height(self) -> int:
        """Height the figures (each line whole at this width) and the chart under them need."""
        margins = self.column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        figures = self._figures_height(width)
        return figures + self.column.spacing() + self._charts_height() + margins.top() + margins.bottom()

    def _figures_height(self, width: int) -> int:
        panel = self.panel
        return panel.heightForWidth(width) if panel.hasHeightForWidth() else panel.minimumSizeHint().height()

    def _tabbed_height(self) -> int:
        """Height the tabs need: the chart's and the table's (the figures scroll in their tab)."""
        margins = self.column.contentsMargins()
        return self._charts_height() + margins.top() + margins.bottom()
