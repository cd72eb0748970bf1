"""Keyboard and screen readers: every control a user can Tab to has a name in Qt's
accessibility tree (what a screen reader says), charts included; Tab leaves a table (the
arrows move inside it); every action has a menu item, and the common ones a shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QWidget

from tests.ui.windows import open_window
from ui.actions import PAGES


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget, window: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), (QAbstractItemView, QAbstractSpinBox)):  # parts of a table or spin box
            continue
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return found


def test_every_control_on_every_page_has_an_accessible_name(qtbot) -> None:
    window = open_window(qtbot)
    window.show()
    window.resize(1366, 698)
    missing = []
    for key, _title in PAGES:
        window.show_page(key)
        qtbot.wait(10)
        missing += [f"{key}: {m}" for m in unnamed(window.page(key), window)]
    missing += [f"window: {m}" for m in unnamed(window.navigation, window)]
    if not window.navigation.accessibleName():
        missing.append("window: the page list")
    assert not missing, "\n".join(missing)


def test_charts_are_named_and_describe_their_figures(qtbot) -> None:
    window = open_window(qtbot)
    window.show()
    window.show_page("compare")
    charts = window.page("compare").charts
    for chart in (charts.hours, charts.cost):
        interface = QAccessible.queryAccessibleInterface(chart)
        assert interface.text(QAccessible.Text.Name)
        assert "Clinical pharmacist" in interface.text(QAccessible.Text.Description)


def test_tab_leaves_a_table_and_the_arrows_move_inside_it(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot)
    window.show()
    window.activateWindow()
    window.show_page("scenarios")
    view = window.page("scenarios").change_section.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1  # the arrows move inside
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view  # Tab moves on


def test_keyboard_focus_is_drawn_on_every_button(qtbot) -> None:
    """The accent (blue) buttons turn yellow with a dark edge under the keyboard focus, like
    every other button; a click does not take the focus (so the mark follows the keyboard)."""

    from tests.ui.fit import themed_app
    from ui.theme import FOCUS

    with themed_app():
        _focus_drawn(qtbot, FOCUS)


def _focus_drawn(qtbot, focus: str) -> None:
    from PySide6.QtWidgets import QPushButton

    window = open_window(qtbot)
    window.show()
    window.show_page("scenarios")
    button = window.page("scenarios").change_section.add_button
    assert button.property("accent") and button.focusPolicy() == Qt.FocusPolicy.TabFocus
    before = button.grab().toImage().pixelColor(4, 4).name()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(10)
    assert button.hasFocus()
    after = button.grab().toImage().pixelColor(4, 4).name()
    assert before != after and after.lower() == focus.lower()
    assert isinstance(button, QPushButton)
