"""Workload page: the activities (volume, minutes by role, who does what now), where GP
time goes with the bureaucracy share in words, work against time for every role, and the
appointment audit (which shares of GP appointments could go elsewhere)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ui.charts.gp_time_chart import GpTimeChart, bureaucracy_sentence
from ui.data_line import own_data_line
from ui.document import PlanDocument
from ui.models.activity_table import MODES, ActivityTableModel
from ui.models.capacity_table import CapacityTableModel
from ui.models.views import RefusalLine, label, table_view
from ui.settings import Settings
from ui.widgets.audit_panel import AuditPanel
from ui.widgets.benchmarks_panel import BenchmarksPanel


class WorkloadPage(QWidget):
    def __init__(self, document: PlanDocument, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.activities = ActivityTableModel(document, self)
        self.capacity = CapacityTableModel(document, with_people=False, parent=self)
        self.refusal = RefusalLine()
        self.refusal.watch(self.activities)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Workload", "title"))
        self.headline = label("", "headline")
        layout.addWidget(self.headline)
        split = QSplitter(Qt.Orientation.Vertical)
        self.audit = AuditPanel(self.document, settings)
        self.benchmarks = BenchmarksPanel(self.document)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Workload")
        self.tabs.setUsesScrollButtons(False)  # every tab's name in view: the page narrows no further
        self.tabs.addTab(self._activities_section(), "Activities")
        self.tabs.addTab(self.audit, "Appointment audit")
        self.tabs.setTabToolTip(1, "Which GP appointments could have gone elsewhere: the national "
                                "figures, or your practice's own audit")
        self.tabs.addTab(self.benchmarks, "Benchmarks")
        self.tabs.setTabToolTip(2, "Your appointments beside your PCN, sub-ICB and other practices, "
                                "from the appointment data you imported")
        split.addWidget(self.tabs)
        split.addWidget(self._time_section())
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        layout.addWidget(self.refusal)
        document.changed.connect(self.refresh)
        self.refresh()

    def _activities_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        row.addWidget(label("What the practice does in a week, and who does it now", "hint"), 1)
        row.addWidget(label("Role columns show", "hint"))
        self.mode = QComboBox()
        for key, text in MODES.items():
            self.mode.addItem(text, key)
        self.mode.currentIndexChanged.connect(
            lambda: self.activities.set_mode(self.mode.currentData()))
        row.addWidget(self.mode)
        self.import_button = QToolButton()
        self.import_button.setText("Import your data")
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.import_button)
        gpad = menu.addAction("Appointment data (NHS England files)…", self.benchmarks.import_data)
        gpad.setToolTip("Your practice's own weekly appointments, in place of the estimates")
        book = menu.addAction("Appointment book (clinical system report)…", self.import_book)
        book.setToolTip("Minutes per activity and role from real slot lengths")
        self.import_button.setMenu(menu)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.activity_view = table_view(self.activities, stretch="name", name="Activities")
        layout.addWidget(self.activity_view)
        self.data_line = label("", "hint")
        layout.addWidget(self.data_line)
        return box

    def _time_section(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        self.chart = GpTimeChart()
        layout.addWidget(self.chart, 1)
        right = QVBoxLayout()
        right.addWidget(label("Time needed and available (hours a week)", "heading"))
        self.capacity_view = table_view(self.capacity, stretch="role", name="Time needed and available by role")
        right.addWidget(self.capacity_view)
        layout.addLayout(right, 1)
        return box

    def show_audit(self) -> None:
        """Bring the appointment audit tab forward."""
        self.tabs.setCurrentWidget(self.audit)

    def import_book(self) -> None:
        from ui.wizards.book_wizard import BookWizard

        BookWizard(self.document, parent=self.window()).open()

    def show_benchmarks(self) -> None:
        self.tabs.setCurrentWidget(self.benchmarks)

    def refresh(self) -> None:
        line = own_data_line(self.document.plan)
        self.data_line.setText(line)
        self.data_line.setVisible(bool(line))
        results = self.document.results
        if results is None:
            self.headline.setText("The figures wait until the problems shown at the bottom of "
                                  "the window are fixed.")
            self.chart.show_hours({})
            return
        self.headline.setText(bureaucracy_sentence(results.gp_hours_by_category))
        self.chart.show_hours(results.gp_hours_by_category)
