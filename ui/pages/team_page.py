"""Team page: the staff (name, role, hours, salary), editable; from the last rota imported,
each person's sessions by kind and who covers each session of the week; time available and work
to do by role; and the way in for a rota workbook."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner import edits
from planner.model import Staff
from ui.document import PlanDocument
from ui.models.capacity_table import CapacityTableModel, gap_tip
from ui.models.session_tables import CoverTableModel, SessionTableModel
from ui.models.staff_table import StaffTableModel
from ui.models.table import ColumnTableModel
from ui.models.views import RefusalLine, label, table_view
from ui.widgets.reflow import Reflow

NO_ROTA = ("Import your rota (Import rota…) to see each person's clinic, duty, visits, admin, meeting, "
           "training and leave hours, and who is at work in each session of the week.")


class TeamPage(QWidget):
    rotaRequested = Signal()  # the user asked to import a rota workbook

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.staff = StaffTableModel(document, self)
        self.capacity = CapacityTableModel(document, with_people=False, parent=self, compact=True)
        self.sessions = SessionTableModel(document, self)
        self.cover = CoverTableModel(document, self)
        self.week_views: dict[str, QTableView] = {}
        self.refusal = RefusalLine()
        self.refusal.watch(self.staff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(self._top_row())
        layout.addWidget(label("Double-click a cell to change it. Hours are contracted or "
                               "rostered hours in an average week, leave included.", "hint"))
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self._staff_section())
        self.split.addWidget(self._capacity_section())
        self.split.setChildrenCollapsible(False)
        self._sized = False
        # narrow (125-150%): the time by role under the staff, each table whole
        self.reflow = Reflow(self, self.split, lambda: _needed_width(self.staff_view)
                             + _needed_width(self.capacity_view) + self.split.handleWidth() + 40 + 16)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.refusal)
        document.changed.connect(self._update_buttons)
        self._update_buttons()

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label("Team", "title"))
        row.addStretch(1)
        self.add_button = QPushButton("Add person")
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton("Remove person")
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton("Import rota…")
        self.import_button.setProperty("accent", True)
        self.import_button.setToolTip("Read staff and hours from a rota workbook (.xlsx)")
        self.import_button.clicked.connect(self.rotaRequested)
        for button in (self.add_button, self.remove_button, self.import_button):
            row.addWidget(button)
        return row

    def _staff_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 8, 0)
        self.staff_heading = label("Staff", "heading")
        layout.addWidget(self.staff_heading)
        self.staff_view = table_view(self.staff, stretch="name", name="Staff")
        self.staff_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.staff.modelReset.connect(self._update_buttons)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setAccessibleName("Team")
        self.tabs.addTab(self.staff_view, "Staff")
        self.tabs.addTab(self._week_tab(self.sessions, "Sessions by person", "name"), "Sessions")
        self.tabs.addTab(self._week_tab(self.cover, "Cover by session", "who"), "Cover by day")
        self.tabs.setTabToolTip(1, "Each person's clinic, duty, visits, admin, meeting, training and leave hours "
                                "in an average week of the last rota imported")
        self.tabs.setTabToolTip(2, "Who is at work in each session of the week, from the last rota imported")
        layout.addWidget(self.tabs)
        return box

    def _week_tab(self, model: ColumnTableModel[Any], name: str, stretch: str) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 4, 0, 0)
        view = table_view(model, stretch=stretch, name=name)
        view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        if stretch == "who":  # the names wrap in the width left, rather than scroll sideways
            view.setWordWrap(True)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(model.column_keys().index("who"),
                                                         QHeaderView.ResizeMode.Stretch)
        note = label(NO_ROTA, "hint")
        column.addWidget(view, 1)
        column.addWidget(note)
        model.modelReset.connect(lambda: note.setVisible(model.rowCount() == 0))
        note.setVisible(model.rowCount() == 0)
        self.week_views[stretch] = view
        return tab

    def _capacity_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.addWidget(label("Time by role (hours a week)", "heading"))
        self.capacity_view = table_view(self.capacity, stretch="role", name="Time by role")
        layout.addWidget(self.capacity_view, 1)
        self.short_note = label("", "hint")
        layout.addWidget(self.short_note)
        self.capacity.modelReset.connect(self._explain_short)
        self.capacity.dataChanged.connect(self._explain_short)
        self._explain_short()
        return box

    def _explain_short(self) -> None:
        """Under the table, in words, what each shortfall means (the cells say "14.0 h short")."""
        lines = [gap_tip(row) for row in self.capacity.rows_shown() if round(row.gap, 1) < 0]
        self.short_note.setText("\n".join(lines))
        self.short_note.setVisible(bool(lines))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # once: afterwards the user's own split stands
            self._sized = True
            self.share_width()

    def share_width(self) -> None:
        """Each table gets the width its columns need; any room left over is shared in the
        same proportion (the staff names and role titles take it)."""
        needed = [_needed_width(self.staff_view), _needed_width(self.capacity_view)]
        self.split.setSizes(needed)

    def selected_row(self) -> int | None:
        rows = self.staff_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_person(self) -> None:
        plan = self.document.plan
        role = plan.assumptions.gp_role if plan.role(plan.assumptions.gp_role) else plan.roles[0].code
        number = len(plan.staff) + 1
        self.document.apply(edits.add_staff(plan, Staff(f"New person {number}", role, 37.5)))
        index = self.staff.index(len(self.document.plan.staff) - 1, 0)
        self.staff_view.setCurrentIndex(index)
        self.staff_view.edit(index)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.document.apply(edits.remove_staff(self.document.plan, row))

    def _update_buttons(self) -> None:
        editable = not self.document.read_only
        self.add_button.setEnabled(editable and bool(self.document.plan.roles))
        self.remove_button.setEnabled(editable and self.selected_row() is not None)
        self.import_button.setEnabled(editable)
        count = len(self.document.plan.staff)
        self.staff_heading.setText(f"Staff ({count} {'person' if count == 1 else 'people'})")


def _needed_width(view: QTableView) -> int:
    """The width showing every column at its content's width, with the scroll bar and frame."""
    columns = sum(max(view.sizeHintForColumn(c), view.horizontalHeader().sectionSizeHint(c))
                  for c in range(view.model().columnCount()))
    return columns + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth() + 8
