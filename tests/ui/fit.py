"""What "fits the screen" means, checked on a built window: nothing is smaller than it needs
to be (a button reading "dit", a label cut off) and nothing sticks out of the widget it sits
in, except what sits in a scroll area (it can be scrolled to) or a table (its rows scroll)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitterHandle,
    QTabBar,
    QWidget,
)


@dataclass(frozen=True)
class Screen:
    """A laptop screen as Qt sees it: the window's client area in logical pixels (the screen
    divided by the scaling, less the taskbar and title bar) and the text size."""

    name: str
    width: int
    height: int
    text: float = 1.0  # application font, times the usual size


SCREENS = (
    Screen("1366x768 at 100%", 1366, 698),
    Screen("1366x768 at 125%", 1093, 558),
    Screen("1366x768 at 150%", 910, 465),
    Screen("1366x768 with large text", 1366, 698, 1.25),
    Screen("1366x768 at 150% with large text", 910, 465, 1.25),
    Screen("1920x1080 at 100%", 1920, 1010),
    Screen("1920x1080 at 125%", 1536, 808),
    Screen("1920x1080 at 150%", 1280, 673),
)


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "accessibleName", "objectName"):
        value = getattr(widget, getter, None)
        if callable(value):
            value = value()
        if value:
            text = str(value)
            break
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__ + (f"#{parent.objectName()}" if parent.objectName() else ""))
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {text[:40]!r} in {' < '.join(chain)}"


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """True when ``widget`` is inside a scroll area's viewport (or an item view) below ``top``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _needs(widget: QWidget) -> tuple[int, int]:
    """The width and height ``widget`` needs to show its content whole."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        words = _plain(widget).split()
        longest = max((widget.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        return longest, widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else 0
    if isinstance(widget, (QAbstractButton, QComboBox)):
        hint = widget.sizeHint()
        return hint.width(), widget.minimumSizeHint().height()
    if isinstance(widget, (QLabel, QAbstractSpinBox)):
        hint = widget.minimumSizeHint()
        return hint.width(), hint.height()
    hint = widget.minimumSizeHint()
    return max(hint.width(), 0), max(hint.height(), 0)


def _plain(label: QLabel) -> str:
    """The words a label shows (rich text's tags left out)."""
    from PySide6.QtGui import QTextDocument

    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text():
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def problems(window: QMainWindow, within: QWidget | None = None) -> list[str]:
    """Everything cut off or outside its parent in ``within`` (default: the whole window)."""
    QApplication.processEvents()
    top = within or window
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or isinstance(widget, (QSplitterHandle, QTabBar)):
            continue
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found += _cut_titles(widget)
        inside_table = any(isinstance(p, QAbstractItemView) for p in _ancestors(widget, top))
        if inside_table or isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # a number box's edit field sits inside its frame: the box itself is judged
        width, height = _needs(widget)
        if isinstance(widget, (QAbstractButton, QLabel, QComboBox, QLineEdit, QAbstractSpinBox)) and \
                (widget.width() + 1 < width or widget.height() + 1 < height):
            found.append(f"cut off ({widget.width()}x{widget.height()} < {width}x{height}): {describe(widget)}")
        parent = widget.parentWidget()
        if parent is not None and not _scrolled(widget, top) and not isinstance(parent, QScrollArea) \
                and not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            found.append(f"outside {type(parent).__name__} ({widget.geometry().getRect()} not in "
                         f"{parent.rect().getRect()}): {describe(widget)}")
    return found


def _cut_titles(header: QHeaderView) -> list[str]:
    """Column titles narrower than their text."""
    model = header.model()
    return [f"column title cut ({header.sectionSize(i)} < {header.sectionSizeHint(i)}): "
            f"{model.headerData(i, Qt.Orientation.Horizontal)!r} in {describe(header.parentWidget())}"
            for i in range(header.count())
            if not header.isSectionHidden(i) and header.sectionSize(i) + 1 < header.sectionSizeHint(i)]


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    out = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        out.append(parent)
        parent = parent.parentWidget()
    return out


def themed_app():  # type: ignore[no-untyped-def]
    """Context: the app as users see it (Fusion, the palette, the style sheet, focus from the
    keyboard), put back as it was afterwards so other tests are not themed."""
    from contextlib import contextmanager

    from ui.theme import apply_theme

    @contextmanager
    def themed():  # type: ignore[no-untyped-def]
        app = QApplication.instance()
        style, palette, sheet = app.style().name() or "Fusion", app.palette(), app.styleSheet()
        apply_theme(app)
        try:
            yield app
        finally:
            app.setStyleSheet(sheet)
            app.setPalette(palette)
            app.setStyle(style)

    return themed()
