"""Practice page: the practice's name and size, the assumptions with their sources, and the
roles with pay, leave, ARRS cap and GP supervision.

It is the page the window opens on, so it is built in two steps: its frame (title, fields,
headings) is painted with the window, before any plan is read; the tables, and the planner
modules behind them, come with the plan (the document's first ``changed``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.document import PlanDocument
from ui.models.views import RefusalLine, label, refill, table_view
from ui.widgets.reflow import FlowLayout

if TYPE_CHECKING:
    from ui.models.assumption_table import AssumptionTableModel
    from ui.models.role_table import RoleTableModel

PRACTICE_FIELDS = (("name", "Practice name"), ("list_size", "Registered patients"),
                   ("weeks_per_year", "Weeks open a year"), ("consulting_rooms", "Consulting rooms"))


class PracticePage(QWidget):
    #: the tables and their models: built with the plan (``has_tables``)
    assumptions: AssumptionTableModel
    roles: RoleTableModel
    assumption_view: QTableView
    role_view: QTableView

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.refusal = RefusalLine()
        self.fields: dict[str, QLineEdit] = {}
        self.has_tables = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Practice", "title"))
        layout.addLayout(self._practice_form())
        layout.addLayout(self._edition_row())
        self.data_line = label("", "hint")  # which workload figures are the practice's own (E9)
        self.data_line.setVisible(False)
        layout.addWidget(self.data_line)
        split = QSplitter(Qt.Orientation.Vertical)
        self.assumption_section = _Section("Assumptions", "Every figure can be changed: double-click the value. "
                                           "Hover for its source. Figures you changed say “Your figure”; "
                                           "Reset puts the default back.")
        self.role_section = _Section("Roles", "")
        split.addWidget(self.assumption_section)
        split.addWidget(self.role_section)
        split.setChildrenCollapsible(False)
        split.setSizes([480, 340])
        layout.addWidget(split, 1)
        layout.addWidget(self.refusal)
        if document.waiting:  # the window's first paint: the frame now, the rest with the plan
            for field in self.fields.values():
                field.setReadOnly(True)
            document.changed.connect(self._plan_came)
        else:
            self._build_tables()

    def _plan_came(self) -> None:
        if not self.document.waiting and not self.has_tables:
            self.document.changed.disconnect(self._plan_came)
            self._build_tables()

    def _build_tables(self) -> None:
        """The assumptions and roles tables, the London weighting choices and the roles' hint,
        filled from the plan; from now on the page follows every change of it."""
        from planner.present.names import TIME_OFF_EXPLAINED
        from planner.reference import HCAS_ZONES
        from ui.models.assumption_table import AssumptionTableModel
        from ui.models.role_table import RoleTableModel

        self.has_tables = True
        for code, text in HCAS_ZONES.items():
            self.hcas.addItem(text, code)
        document = self.document
        self.assumptions = AssumptionTableModel(document, self)
        self.roles = RoleTableModel(document, self)
        self.assumption_view = self.assumption_section.add(
            table_view(self.assumptions, stretch="source", name="Assumptions"))
        self.role_section.hint.setText(f"Pay is full-time basic pay. {TIME_OFF_EXPLAINED} Hover a figure for "
                                       "its source.")
        self.role_view = self.role_section.add(table_view(self.roles, stretch="title", name="Roles"))
        self.refusal.watch(self.assumptions)
        self.refusal.watch(self.roles)
        document.changed.connect(self.refresh)
        self.assumptions.modelReset.connect(self._place_reset_buttons)
        self.refresh()

    def _practice_form(self) -> FlowLayout:
        row = FlowLayout(spacing=18)
        for key, text in PRACTICE_FIELDS:
            field = QLineEdit()
            field.setObjectName(f"practice_{key}")
            if key in ("list_size", "consulting_rooms"):
                field.setValidator(QIntValidator(0, 10_000_000, field))
            field.setFixedWidth(300 if key == "name" else 90)
            field.editingFinished.connect(lambda k=key: self._practice_edited(k))
            self.fields[key] = field
            row.addWidget(_labelled(text, field))
        return row

    def _edition_row(self) -> FlowLayout:
        """Which contract year's reference figures the plan uses, and its London weighting."""
        row = FlowLayout(spacing=18)
        self.edition = label("", "hint")
        self.edition.setObjectName("practice_edition")
        self.edition.setWordWrap(True)
        self.edition.setToolTip("Pay, ARRS maximums, employer NI and pension change every April. "
                                "An older plan is offered the move to the current figures.")
        row.addWidget(self.edition)
        self.hcas = QComboBox()  # the zones come with the plan (planner.reference)
        self.hcas.setObjectName("practice_hcas_zone")
        self.hcas.setToolTip("High Cost Area Supplement (AfC Annex 9): Agenda for Change salaries and "
                             "the London ARRS maximums follow. Your own figures are kept.")
        self.hcas.activated.connect(self._hcas_chosen)
        row.addWidget(_labelled("London weighting", self.hcas))
        return row

    def _hcas_chosen(self, index: int) -> None:
        from planner.edits.editions import set_hcas_zone

        code = self.hcas.itemData(index)
        try:
            self.document.apply(set_hcas_zone(self.document.plan, code))
        except ValueError as e:
            self.refusal.show_reason(str(e))
        self.refresh()

    def _practice_edited(self, key: str) -> None:
        if not self.has_tables:  # no plan yet: nothing to edit
            return
        from planner import edits

        field = self.fields[key]
        current = str(getattr(self.document.plan.practice, key))
        if field.text().strip() == _shown(key, self.document.plan.practice):
            return
        try:
            self.document.apply(edits.set_practice(self.document.plan, key, field.text()))
        except ValueError as e:
            self.refusal.show_reason(str(e))
            field.setText(current)

    def _place_reset_buttons(self) -> None:
        column = self.assumptions.column_keys().index("reset")
        for number in range(self.assumptions.rowCount()):
            row = self.assumptions.row(number)
            index = self.assumptions.index(number, column)
            if not row.overridden:
                self.assumption_view.setIndexWidget(index, None)  # type: ignore[arg-type]  # Qt takes None: remove it
                continue
            button = QPushButton("Reset")
            button.setToolTip(f"Put the {row.label} back to the default")
            button.clicked.connect(lambda _=False, k=row.key: self.reset(k))
            self.assumption_view.setIndexWidget(index, button)
        self.assumption_view.setColumnWidth(column, 90)
        refill(self.assumption_view)

    def reset(self, key: str) -> None:
        from planner import edits

        self.document.apply(edits.reset_assumption(self.document.plan, key))

    def refresh(self) -> None:
        from planner.reference import edition_line, plan_hcas_zone
        from ui.data_line import own_data_line

        plan = self.document.plan
        practice = plan.practice
        line = own_data_line(plan)
        self.data_line.setText(line + (" See the Workload page." if line else ""))
        self.data_line.setVisible(bool(line))
        for key, field in self.fields.items():
            field.setText(_shown(key, practice))
            field.setReadOnly(self.document.read_only)
        self.edition.setText(f"Reference figures: {edition_line(plan)}")
        self.hcas.setCurrentIndex(max(0, self.hcas.findData(plan_hcas_zone(plan))))
        self.hcas.setEnabled(not self.document.read_only)
        self._place_reset_buttons()


class _Section(QWidget):
    """A heading and its hint, over a table that comes with the plan (``add``)."""

    def __init__(self, heading: str, hint: str) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 8, 0, 0)
        self.column.addWidget(label(heading, "heading"))
        self.hint = label(hint, "hint")
        self.column.addWidget(self.hint)

    def add(self, table: QTableView) -> QTableView:
        self.column.addWidget(table)
        return table


def _labelled(text: str, field: QWidget) -> QWidget:
    """A field with its label in front, as one piece that a flow layout can move."""
    box = QWidget()
    form = QFormLayout(box)
    form.setContentsMargins(0, 0, 0, 0)
    form.addRow(text, field)
    return box


def _shown(key: str, practice: object) -> str:
    value = getattr(practice, key)
    return f"{value:g}" if isinstance(value, float) else str(value)
