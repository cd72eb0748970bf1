"""A table model whose columns are declared once: key, header, value, formatting, and how an
edit of the cell becomes a planner Edit. data() only formats; setData() builds an Edit and
hands it to the document, never changing the plan itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon

from planner.model import Edit, Plan
from ui.document import PlanDocument
from ui.theme import GOOD, GOOD_LIGHT, MUTED, WARNING, WARNING_LIGHT

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    header: str
    value: Callable[[R], Any]
    text: Callable[[Any], str] = str
    #: (plan, row number, row, typed text) -> Edit; None for a read-only column
    edit: Callable[[Plan, int, R, Any], Edit] | None = None
    #: what the cell editor starts with (default: the displayed text)
    edit_text: Callable[[Any], str] | None = None
    #: the values a drop-down editor offers, given the plan
    choices: Callable[[Plan], list[str]] | None = None
    numeric: bool = False
    tip: str = ""
    cell_tip: Callable[[R], str] | None = None
    warn: Callable[[R], bool] | None = None
    muted: Callable[[R], bool] | None = None
    bold: Callable[[R], bool] | None = None
    #: the best of the options on this row (Compare): a tick, a green ground, said to screen readers
    best: Callable[[R], bool] | None = None


BEST = "best of the options on this row"
_MARK: list[QIcon] = []


def best_mark() -> QIcon:
    """A green tick drawn once (no image files to ship)."""
    if not _MARK:
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QPainter, QPen, QPixmap

        pixmap = QPixmap(14, 14)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(GOOD), 2.2))
        painter.drawPolyline([QPoint(2, 7), QPoint(6, 11), QPoint(12, 3)])
        painter.end()
        _MARK.append(QIcon(pixmap))
    return _MARK[0]


#: column titles longer than this go on two lines, so a title never makes its column wide
HEADER_LINE = 12


def two_lines(title: str, longer_than: int = HEADER_LINE) -> str:
    """A column title on two lines, broken at the space nearest the middle, when it is long
    and has no line break of its own ("Registered patients" -> "Registered\npatients")."""
    if "\n" in title or len(title) <= longer_than or " " not in title:
        return title
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - len(title) // 2))
    return f"{title[:cut]}\n{title[cut + 1:]}"


class ColumnTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses give ``rows()`` and ``columns()``, both read from the document."""

    refused = Signal(str)  # the planner refused a typed value; the reason, for the user

    #: False: the owner calls refresh() (a page that redraws only while shown)
    follows_document = True

    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: list[R] = self.rows()
        self._columns: list[Column[R]] = self.columns()
        if self.follows_document:
            document.changed.connect(self.refresh)

    def rows(self) -> list[R]:
        raise NotImplementedError

    def columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def column(self, index: Index | int) -> Column[R]:
        return self._columns[index if isinstance(index, int) else index.column()]

    def row(self, number: int) -> R:
        return self._rows[number]

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def refresh(self) -> None:
        rows, columns = self.rows(), self.columns()
        same_shape = len(rows) == len(self._rows) and \
            [(c.key, c.header) for c in columns] == [(c.key, c.header) for c in self._columns]
        if not same_shape:
            self.beginResetModel()
            self._rows, self._columns = rows, columns
            self.endResetModel()
            return
        self._rows, self._columns = rows, columns
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(columns) - 1))

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = ItemRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self._columns):
            return None
        column = self._columns[section]
        if role == ItemRole.DisplayRole:
            return two_lines(column.header)
        if role == ItemRole.ToolTipRole:
            return column.tip or None
        if role == ItemRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = ItemRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self._columns[index.column()], self._rows[index.row()]
        if role == ItemRole.DisplayRole:
            return column.text(column.value(row))
        if role == ItemRole.EditRole:
            return (column.edit_text or column.text)(column.value(row))
        if role == ItemRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return self._style(column, row, role)

    def _style(self, column: Column[R], row: R, role: int) -> Any:
        if role == ItemRole.ToolTipRole and column.cell_tip:
            return column.cell_tip(row) or None
        warn = column.warn is not None and column.warn(row)
        best = not warn and column.best is not None and column.best(row)
        if best and role in (ItemRole.BackgroundRole, ItemRole.DecorationRole, ItemRole.AccessibleTextRole):
            return {ItemRole.BackgroundRole: QColor(GOOD_LIGHT), ItemRole.DecorationRole: best_mark(),
                    ItemRole.AccessibleTextRole: f"{column.text(column.value(row))}, {BEST}"}[ItemRole(role)]
        if role == ItemRole.ForegroundRole:
            if warn:
                return QColor(WARNING)
            if column.muted is not None and column.muted(row):
                return QColor(MUTED)
        if role == ItemRole.BackgroundRole and warn:
            return QColor(WARNING_LIGHT)
        if role == ItemRole.FontRole and (warn or best or (column.bold is not None and column.bold(row))):
            from PySide6.QtGui import QFont  # (its Python type costs a few ms at start-up: only when a cell is bold)

            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()].edit and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = ItemRole.EditRole) -> bool:
        if not index.isValid() or role != ItemRole.EditRole:
            return False
        column = self._columns[index.column()]
        if column.edit is None:
            return False
        try:
            edit = column.edit(self.document.plan, index.row(), self._rows[index.row()], value)
        except ValueError as e:
            self.refused.emit(str(e))
            return False
        self.document.apply(edit)
        return True

