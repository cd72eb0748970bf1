"""Layouts that fit any laptop: a row of widgets that wraps onto more lines when narrow
(FlowLayout), and sections side by side while there is room, one under the other when not
(Reflow); a column whose lines wrap held at the height it needs at its width, where a
splitter would squeeze it (WrappingColumn). Nothing is squeezed below the size it needs; a
page too small for its sections scrolls (see ui.main_window) rather than cutting anything off."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QScrollArea, QSplitter, QWidget

Direction = QBoxLayout.Direction


class FlowLayout(QLayout):
    """Items left to right, wrapping onto a new line when the next one would not fit (Qt's
    flow layout example): a row of buttons that never pushes the window wider."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All the items on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item: the layout can always wrap down to one item a line."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = max(min(hint.width(), area.width()), item.minimumSize().width())
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if x + width > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._spacing
            line = max(line, height)
        return y + line - rect.y() + m.bottom()


class WrappingColumn(QWidget):
    """A column of a page whose lines wrap (a wrapped label, a row of buttons in a FlowLayout,
    a form with a note under a field) and that sits in a splitter. A splitter, and a box layout's
    minimum size, know nothing of height for width: a wrapped note is given the height of one
    line and the fields around it are squeezed to make up for it. This column's minimum height
    follows the height its layout needs at the width it has, and it tells the layout it sits in
    that it has no height for width of its own, so that layout takes that minimum (and lets a
    stretching table in the column shrink to its own minimum) rather than its preferred height."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._hold_height()  # the layout has just been laid out at this width (or changed)
        return done

    def _hold_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():
            needed = max(needed, layout.totalMinimumHeightForWidth(self.width()))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def flow(widgets: Sequence[QWidget], spacing: int = 6) -> FlowLayout:
    layout = FlowLayout(spacing=spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return layout


class Reflow(QObject):
    """Keeps ``target`` (a QSplitter or QBoxLayout) side by side while ``host`` is offered at
    least ``needed()`` pixels of width, and one above the other otherwise. ``changed(side_by_side)``
    says when it flips.

    A host that is the widget of a scroll area (a page) is offered the width of the area's
    viewport, not the width it takes: side by side, it would take its sections' width and
    never flip."""

    changed = Signal(bool)

    def __init__(self, host: QWidget, target: QSplitter | QBoxLayout, needed: Callable[[], int]) -> None:
        super().__init__(host)
        self.host, self.target, self.needed = host, target, needed
        self.side_by_side = True
        self._watched: QWidget | None = None
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ParentChange):
            self._watch_parent()
            self.apply()
        return False

    def _watch_parent(self) -> None:
        parent = self.host.parentWidget()
        if parent is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = parent
            if parent is not None:
                parent.installEventFilter(self)

    def offered(self) -> int:
        """The width the host is offered."""
        parent = self.host.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QScrollArea) and area.widget() is self.host and parent is not None:
            return parent.width()
        return self.host.width()

    def apply(self) -> None:
        side_by_side = self.offered() >= self.needed()
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        if isinstance(self.target, QSplitter):
            self.target.setOrientation(Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical)
        else:
            self.target.setDirection(Direction.LeftToRight if side_by_side else Direction.TopToBottom)
        self.changed.emit(side_by_side)


def widths_needed(widgets: Sequence[QWidget], spacing: int = 0, extra: int = 0) -> Callable[[], int]:
    """A ``needed`` for Reflow: the widgets' minimum widths side by side, the spacing between
    them and ``extra`` (the margins around them)."""
    def needed() -> int:
        shown = [w for w in widgets if not w.isHidden()]
        return sum(max(w.minimumWidth(), w.minimumSizeHint().width()) for w in shown) + \
            spacing * max(0, len(shown) - 1) + extra
    return needed
