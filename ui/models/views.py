"""View helpers for the column models: a drop-down editor, a table set up the same way on
every page, and a line that says why a typed value was refused."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from ui.theme import WARNING

if TYPE_CHECKING:  # the table models (and the planner's model) load with the first table, not with a label
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.models.table import ColumnTableModel

Index = QModelIndex | QPersistentModelIndex
MAX_COLUMN = 420


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for columns that declare ``choices``; the usual editor otherwise."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        from ui.models.table import ColumnTableModel

        model = index.model()
        if isinstance(model, ColumnTableModel):
            column = model.column(index)
            if column.choices is not None:
                combo = QComboBox(parent)
                combo.addItems(column.choices(model.document.plan))
                return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
            QTimer.singleShot(0, editor.showPopup)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def table_view(model: ColumnTableModel[Any], stretch: str | None = None,
               parent: QWidget | None = None, name: str = "") -> QTableView:
    """A table on ``model``: alternating rows, whole-row selection, no row numbers, editing
    by double-click or typing, columns sized to their content (``stretch`` fills the rest).
    Tab moves on to the next control (the arrow keys move inside the table); ``name`` is
    what a screen reader calls it."""
    view = QTableView(parent)
    view.setTabKeyNavigation(False)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)

    fill = _FillColumn(view, stretch)
    view.viewport().installEventFilter(fill)
    model.modelReset.connect(fill.fit)
    fill.fit()
    return view


class _FillColumn(QObject):
    """Columns as wide as their content (up to MAX_COLUMN px); the ``key`` column also takes
    whatever width is left, so the table fills its view without squeezing any column."""

    def __init__(self, view: QTableView, key: str | None) -> None:
        super().__init__(view)
        self.view, self.key = view, key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False

    def fit(self) -> None:
        view = self.view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(header.count()):
            if header.sectionSize(column) > MAX_COLUMN:
                header.resizeSection(column, MAX_COLUMN)
        self.fill()

    def fill(self) -> None:
        from ui.models.table import ColumnTableModel

        model, header = self.view.model(), self.view.horizontalHeader()
        keys = model.column_keys() if isinstance(model, ColumnTableModel) else []
        if self.key not in keys:
            header.setStretchLastSection(True)
            return
        column = keys.index(self.key)
        others = sum(header.sectionSize(i) for i in range(header.count()) if i != column)
        content = min(self.view.sizeHintForColumn(column), MAX_COLUMN)
        header.resizeSection(column, max(content, self.view.viewport().width() - others))


def refill(view: QTableView) -> None:
    """Share out the width again after a column was sized by hand."""
    fill = view.findChild(_FillColumn)
    if fill is not None:
        fill.fill()


class RefusalLine(QLabel):
    """Shows, in red, why the last typed value was not taken; clears on the next change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(f"color: {WARNING};")
        self.setWordWrap(True)
        self.hide()

    def watch(self, model: ColumnTableModel[Any]) -> None:
        model.refused.connect(self.show_reason)
        model.document.changed.connect(self.clear_reason)

    def show_reason(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_reason(self) -> None:
        self.clear()
        self.hide()


def label(text: str, role: str = "", parent: QWidget | None = None) -> QLabel:
    """A label styled by the theme: role "title", "heading", "hint", "headline" or "verdict"."""
    widget = QLabel(text, parent)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(role in ("hint", "headline", "verdict"))
    return widget
