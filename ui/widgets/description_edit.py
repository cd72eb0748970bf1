"""The scenario's description: a text box that commits when the user leaves it and grows with
its text, from two lines up to five, then scrolls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

FEWEST_LINES = 2
MOST_LINES = 5


class DescriptionEdit(QPlainTextEdit):
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("What this scenario is about (printed in the partners' pack)")
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # the text wraps differently

    def wrapped_lines(self) -> int:
        """How many lines the text takes at the box's width (the placeholder counts as one)."""
        spacing = self.fontMetrics().lineSpacing()
        height, block = 0.0, self.document().begin()
        while block.isValid():
            height += self.blockBoundingRect(block).height()  # lays the block out if needed
            block = block.next()
        return max(1, round(height / spacing))

    def _fit(self) -> None:
        lines = min(max(self.wrapped_lines(), FEWEST_LINES), MOST_LINES)
        margins = self.contentsMargins()
        # Qt shows the last line without a scroll bar only with a pixel to spare
        text = lines * self.fontMetrics().lineSpacing() + round(2 * self.document().documentMargin()) + 1
        self.setFixedHeight(text + margins.top() + margins.bottom())
