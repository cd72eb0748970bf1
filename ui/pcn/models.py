"""Two tables of the PCN view: practices side by side (a row per figure, a column per practice:
read only) and the shared team's sessions by practice (editable for the team in post)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from planner.edits.pcn import set_sessions
from planner.engine.pcn import PcnResult
from planner.engine.pcn.summary import practice_figures
from planner.present import format as fmt
from planner.present.pcn import PRACTICE_LINES, sessions
from ui.pcn.document import PcnDocument

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def two_lines(name: str, width: int = 12) -> str:
    """A column heading broken at spaces into lines of about ``width`` characters."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


class PracticesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: PcnResult | None = None

    def set_result(self, result: PcnResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.result is None else len(PRACTICE_LINES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.result is None else len(self.result.practices)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if self.result is None or not index.isValid():
            return None
        line = PRACTICE_LINES[index.row()]
        if role == Role.DisplayRole:
            return line.show(practice_figures(self.result.practices[index.column()])[line.key])
        if role == Role.TextAlignmentRole:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:  # noqa: N802
        if role != Role.DisplayRole or self.result is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return two_lines(self.result.practices[section].name)
        return PRACTICE_LINES[section].label


class TeamModel(QAbstractTableModel):
    """A row per member of the shared team (after the option shown); the sessions columns can be
    typed in for the team in post ("Today")."""

    refused = Signal(str)
    FIXED = ("Name", "Role", "WTE")

    def __init__(self, document: PcnDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.result: PcnResult | None = None

    def set_result(self, result: PcnResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    @property
    def editable(self) -> bool:
        return self.result is not None and self.result.option is None

    def _codes(self) -> list[str]:
        return [p.code for p in self.document.pcn.practices]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.result is None else len(self.result.costs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.FIXED) + len(self._codes()) + 1

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if self.result is None or not index.isValid():
            return None
        c, col, codes = self.result.costs[index.row()], index.column(), self._codes()
        if role == Role.TextAlignmentRole and col >= 2:
            return RIGHT
        if role not in (Role.DisplayRole, Role.EditRole):
            return None
        if col == 0:
            return c.staff.name
        if col == 1:
            role_ = self.document.pcn.role(c.staff.role)
            return role_.title if role_ else c.staff.role
        if col == 2:
            return f"{c.staff.wte:g}"
        if col < 3 + len(codes):
            n = c.staff.sessions.get(codes[col - 3], 0.0)
            return sessions(n) if n or role == Role.EditRole else ""
        return fmt.money(c.cost.arrs) if c.claimable else "not claimable"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:  # noqa: N802
        if role != Role.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        codes = self._codes()
        if section < 3:
            return self.FIXED[section]
        if section < 3 + len(codes):
            return two_lines(self.document.pcn.practice(codes[section - 3]).name)  # type: ignore[union-attr]
        return "ARRS a year"

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and 3 <= index.column() < 3 + len(self._codes()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802
        if role != Role.EditRole or self.result is None or not self.editable:
            return False
        name = self.result.costs[index.row()].staff.name
        try:
            edit = set_sessions(self.document.pcn, name, self._codes()[index.column() - 3], value)
        except ValueError as e:
            self.refused.emit(str(e))
            return False
        self.document.apply(edit)
        return True
