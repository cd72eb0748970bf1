"""Compare page: every scenario side by side with doing nothing, as a table of the figures
(the recommended scenario starred), and charts of GP hours freed and net cost in a second tab,
so the whole table, its risk rows included, is in view on a 1366x768 screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget

from planner.engine import ScenarioResult
from planner.present.format import hours, money
from planner.present.verdict import verdict
from ui.charts.compare_chart import CompareCharts
from ui.document import PlanDocument
from ui.models.compare_table import RECOMMENDED, CompareTableModel
from ui.models.views import label, table_view
from ui.pages.refresh_when_shown import RefreshWhenShown

ROW_HEIGHT = 26
#: rows whose figures are words that may wrap (the rest are numbers, kept on one line)
WRAPPING_ROWS = frozenset({"freed_time_use", "shortfall_hours"})
#: a cell's padding, and the width of the tick marking the best option on a row
CELL_PADDING, MARK_WIDTH = 14, 20
#: figure names never narrower than this (they wrap onto more lines instead)
LABEL_MIN = 170


class ComparePage(RefreshWhenShown, QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table = CompareTableModel(document, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Compare", "title"))
        self.verdict = label("", "verdict")
        self.verdict.setObjectName("compare_verdict")
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        self.headline = label("", "hint")
        layout.addWidget(self.headline)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Comparison")
        self.tabs.setUsesScrollButtons(False)  # every tab's name in view: the page narrows no further
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
        view = table_view(self.table, stretch=None, name="Options side by side")
        view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(view.SelectionBehavior.SelectItems)
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        self.view = view
        view.verticalHeader().sectionResized.connect(self._fit_height)
        view.horizontalHeader().geometriesChanged.connect(self._fit_height)
        self.table.modelReset.connect(self._share_width)
        view.viewport().installEventFilter(self)
        return view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize \
                and event.size().width() != event.oldSize().width():  # type: ignore[attr-defined]
            self._share_width()
        return False

    def _figures_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.view, 100)  # all the height it can use, up to its rows
        layout.addWidget(self.note)
        layout.addStretch(1)
        return tab

    def _fit_height(self, *_: object) -> None:
        """The table exactly as tall as its rows: it never scrolls up and down inside (the page
        does, on a short screen), and the note sits right under it."""
        view = self.view
        rows = sum(view.rowHeight(r) for r in range(self.table.rowCount()))
        sideways = view.horizontalScrollBar()
        bar = sideways.sizeHint().height() if sideways.maximum() > 0 else 0
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows + bar + 2 * view.frameWidth() + 2)

    def _share_width(self) -> None:
        """Each option as wide as its widest figure and title; figure names take the width left
        (wrapping, never narrower than LABEL_MIN) and any width over goes to the options
        equally. When even that does not fit, the table scrolls sideways with every column whole."""
        view, header = self.view, self.view.horizontalHeader()
        count = self.table.columnCount()
        if not count:
            return
        header.setStretchLastSection(False)
        needed = [max(self._column_width(c), header.sectionSizeHint(c)) for c in range(count)]
        room = view.viewport().width()
        names = min(needed[0], max(LABEL_MIN, room - sum(needed[1:])))
        extra = max(0, room - names - sum(needed[1:])) // max(1, count - 1)
        header.resizeSection(0, names)
        for column in range(1, count):
            header.resizeSection(column, needed[column] + extra)
        view.resizeRowsToContents()

    def _column_width(self, column: int) -> int:
        """The width showing every figure of ``column`` whole: a number on one line, words
        (what the freed time becomes, roles short of time) one to a line at most; for the
        figure names, each on one line (the page narrows them to a third of the width)."""
        model, widest = self.table, 0
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else self.view.font())
            parts = text.split(" ") if column and model.row(row).key in WRAPPING_ROWS else [text]
            mark = MARK_WIDTH if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            widest = max(widest, max(metrics.horizontalAdvance(p) for p in parts) + CELL_PADDING + mark)
        return widest

    def refresh(self) -> None:
        self._stale = False
        self.table.refresh()
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
        self.verdict.setText(self._verdict())
        self._share_width()
        self.note.setText(self._note())
        self.charts.show_results(named)
        self.view.resizeRowsToContents()
        self._fit_height()

    def _verdict(self) -> str:
        base = self.table.do_nothing()
        options = [(name, option.figures) for (name, _, _), option in zip(self.table.outcomes[1:],
                                                                         self.table.options[1:], strict=True)
                   if option is not None]
        return verdict(options, self.document.plan, base.figures) if base is not None else ""

    def _note(self) -> str:
        value = self.document.plan.assumptions.gp_hour_value
        return ("Cash effect: locum sessions no longer paid for, less net cost. Rows marked "
                f"“not cash” value each GP hour freed at £{value:,.2f} (a locum's rate): what the "
                "time is worth, not money the practice receives. Hours covering today's "
                "unrostered work ease what GPs already do beyond the rota; only the hours free "
                "for the chosen use can become something new.")

    def _headline(self, broken: int) -> str:
        text = (f"Figures a year unless they say a week. ✓ best of the scenarios on a row, {RECOMMENDED} your "
                "recommendation; hover over a figure for how it is worked out.")
        base = self.table.do_nothing()
        if base is not None and base.figures["gp_shortfall_today"] > 0.05:
            text += (f" Doing nothing is not free: {hours(base.figures['gp_shortfall_today'])} h a week "
                     "of GP work does not fit the rota today, worth "
                     f"{money(base.figures['cost_of_doing_nothing_per_year'])} a year at locum rates.")
        if broken:
            text += (f" {broken} scenario{'s' if broken > 1 else ''} cannot be worked out: "
                     "hover over its column to see why, and fix it on the Scenarios page.")
        return text
