"""Compare page: every scenario side by side with doing nothing, as a table of the figures
(the recommended scenario starred), and charts of GP hours freed and net cost in a second tab,
so the whole table, its risk rows included, is in view on a 1366x768 screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget

from planner.engine import ScenarioResult
from planner.present.format import hours, money
from ui.charts.compare_chart import CompareCharts
from ui.document import PlanDocument
from ui.models.compare_table import RECOMMENDED, CompareTableModel
from ui.models.views import label, table_view
from ui.pages.refresh_when_shown import RefreshWhenShown

ROW_HEIGHT = 26


class ComparePage(RefreshWhenShown, QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table = CompareTableModel(document, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Compare", "title"))
        self.headline = label("", "hint")
        layout.addWidget(self.headline)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.view = self._table_view()
        self.note = label("", "hint")
        self.charts = CompareCharts()
        self.tabs.addTab(self._figures_tab(), "Figures")
        self.tabs.addTab(self.charts, "Charts")
        self.tabs.setTabToolTip(1, "GP hours freed a week and net cost a year, as bars")
        layout.addWidget(self.tabs, 1)
        document.changed.connect(self._document_changed)
        self.refresh()

    def _table_view(self) -> QTableView:
        view = table_view(self.table, stretch=None)
        view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        view.setSelectionMode(view.SelectionMode.NoSelection)
        view.setWordWrap(True)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        self.view = view
        view.verticalHeader().sectionResized.connect(self._fit_height)
        view.horizontalHeader().geometriesChanged.connect(self._fit_height)
        self._share_width()
        self.table.modelReset.connect(self._share_width)
        return view

    def _figures_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.view, 100)  # all the height it can use, up to its rows
        layout.addWidget(self.note)
        layout.addStretch(1)
        return tab

    def _fit_height(self, *_: object) -> None:
        """The table as tall as its rows (it scrolls only when the window is too short), so
        the note sits right under it."""
        view = self.view
        rows = sum(view.rowHeight(r) for r in range(self.table.rowCount()))
        view.setMaximumHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth() + 4)

    def _share_width(self) -> None:
        """Figure names as wide as they need; the scenarios share the rest equally."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents
                                        if column == 0 else QHeaderView.ResizeMode.Stretch)

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
        self.note.setText(self._note())
        self.charts.show_results(named)
        self.view.resizeRowsToContents()
        self._fit_height()

    def _note(self) -> str:
        value = self.document.plan.assumptions.gp_hour_value
        return ("Cash effect: locum sessions no longer paid for, less net cost. Rows marked "
                f"“not cash” value each GP hour freed at £{value:,.2f} (a locum's rate): what the "
                "time is worth, not money the practice receives. Hours covering today's "
                "unrostered work ease what GPs already do beyond the rota; only the hours free "
                "for the chosen use can become something new.")

    def _headline(self, broken: int) -> str:
        text = ("Each scenario against doing nothing: figures a year unless they say a week. "
                f"{RECOMMENDED} marks the scenario you recommend; hover over a figure to see how "
                "it is worked out.")
        base = self.table.do_nothing()
        if base is not None and base.figures["gp_shortfall_today"] > 0.05:
            text += (f" Doing nothing is not free: {hours(base.figures['gp_shortfall_today'])} h a week "
                     "of GP work does not fit the rota today, worth "
                     f"{money(base.figures['cost_of_doing_nothing_per_year'])} a year at locum rates.")
        if broken:
            text += (f" {broken} scenario{'s' if broken > 1 else ''} cannot be worked out: "
                     "hover over its column to see why, and fix it on the Scenarios page.")
        return text
