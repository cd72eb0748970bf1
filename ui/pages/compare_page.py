"""Compare page: every scenario side by side with doing nothing, as a table of the headline
figures (the recommended scenario starred) and charts of GP hours freed and net cost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QSplitter, QVBoxLayout, QWidget

from planner.engine import ScenarioResult
from ui.charts.compare_chart import CompareCharts
from ui.document import PlanDocument
from ui.models.compare_table import RECOMMENDED, CompareTableModel
from ui.models.views import label, table_view


class ComparePage(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._stale = True
        self.table = CompareTableModel(document, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Compare", "title"))
        self.headline = label("", "hint")
        layout.addWidget(self.headline)
        split = QSplitter(Qt.Orientation.Vertical)
        self.view = table_view(self.table, stretch=None)
        self.view.setEditTriggers(self.view.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(self.view.SelectionMode.NoSelection)
        self.view.setWordWrap(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._share_width()
        self.table.modelReset.connect(self._share_width)
        split.addWidget(self.view)
        self.charts = CompareCharts()
        split.addWidget(self.charts)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        document.changed.connect(self._document_changed)
        self.refresh()

    def _share_width(self) -> None:
        """Figure names as wide as they need; the scenarios share the rest equally."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents
                                        if column == 0 else QHeaderView.ResizeMode.Stretch)

    def _document_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # hidden behind another page: catch up when shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        outcomes = self.table.outcomes
        if not outcomes:
            self.headline.setText("The comparison waits until the problems shown at the bottom "
                                  "of the window are fixed.")
            self.charts.clear()
            return
        named = [(f"{RECOMMENDED} {name}" if recommended else name, outcome)
                 for name, recommended, outcome in outcomes
                 if isinstance(outcome, ScenarioResult)]
        broken = len(outcomes) - len(named)
        self.headline.setText(self._headline(broken))
        self.charts.show_results(named)

    def _headline(self, broken: int) -> str:
        text = ("Each scenario against doing nothing: figures a year unless they say a week. "
                f"{RECOMMENDED} marks the scenario you recommend; hover over a figure to see how "
                "it is worked out.")
        if broken:
            text += (f" {broken} scenario{'s' if broken > 1 else ''} cannot be worked out: "
                     "hover over its column to see why, and fix it on the Scenarios page.")
        return text
