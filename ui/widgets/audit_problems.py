"""The problems found in an appointment audit workbook, sheet and cell for each, in a dialog:
nothing was imported, and the practice manager sees exactly which cells to put right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # planner.audit loads openpyxl: only when an audit is read
    from planner.audit import AuditProblem

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

#: (key, header, value) of every column, declared once
COLUMNS: tuple[tuple[str, str, Callable[[AuditProblem], str]], ...] = (
    ("sheet", "Sheet", lambda p: p.sheet or "(whole file)"),
    ("cell", "Cell", lambda p: p.cell),
    ("problem", "What to put right", lambda p: p.message[:1].upper() + p.message[1:]),
)


class AuditProblemModel(QAbstractTableModel):
    def __init__(self, problems: Sequence[AuditProblem], parent: Any = None) -> None:
        super().__init__(parent)
        self.problems = list(problems)

    def column_keys(self) -> list[str]:
        return [key for key, _, _ in COLUMNS]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = COLUMNS[index.column()][2](self.problems[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        return None


class AuditProblemsDialog(QDialog):
    """Says the audit was not imported and lists each problem by sheet and cell."""

    def __init__(self, file_name: str, problems: Sequence[AuditProblem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Appointment audit not imported")
        self.model = AuditProblemModel(problems, self)
        count = len(problems)
        self.message = QLabel(
            f"<b>{file_name}</b> has {count} problem{'s' if count != 1 else ''}, so nothing was "
            "imported and the plan is unchanged. Put these cells right in Excel, save the "
            "workbook and import it again.")
        self.message.setWordWrap(True)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def cell(self, row: int, key: str) -> str:
        return str(self.model.index(row, self.model.column_keys().index(key)).data())
