"""The review of an approved option as a table: one row per figure (GP hours freed, GP gap closed,
GP contacts a day, each hired role in post, net cost, cash effect) with what was promised, what
the plan shows now, the difference and how it turned out in words (planner.review). Read-only;
a figure behind its promise is shown in red, one ahead in blue (no bold: the words wrap to the
height worked out for the usual font)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner.review import ReviewLine
from ui.document import PlanDocument
from ui.models.table import Column, ColumnTableModel
from ui.theme import ACCENT


class ReviewTableModel(ColumnTableModel[ReviewLine]):
    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        self.lines: list[ReviewLine] = []
        super().__init__(document, parent)
        document.changed.disconnect(self.refresh)  # the page shows a new review after each change

    def show(self, lines: list[ReviewLine]) -> None:
        self.lines = list(lines)
        self.refresh()

    def rows(self) -> list[ReviewLine]:
        return list(self.lines)

    def columns(self) -> list[Column[ReviewLine]]:
        def behind(line: ReviewLine) -> bool:
            return line.status == "behind"

        return [
            Column("label", "Figure", lambda r: r.label, cell_tip=lambda r: r.figure.explanation),
            Column("promised", "Promised", lambda r: r.texts()[0], numeric=True,
                   tip="What the option promised on the day it was approved"),
            Column("actual", "Now", lambda r: r.texts()[1], numeric=True,
                   tip="What the plan shows now (the rota and appointment data imported since)",
                   cell_tip=lambda r: r.figure.explanation),
            Column("difference", "Difference", lambda r: r.texts()[2], numeric=True, tip="Now less promised"),
            Column("words", "How it turned out", lambda r: r.words, warn=behind),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.column_keys()[index.column()] == \
                "words" and self.row(index.row()).status == "ahead":
            return QColor(ACCENT)
        return super().data(index, role)
