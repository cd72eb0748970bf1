"""Where the main window opens: the user's last place when it still fits the screen, else
maximised on a small screen (a 1366x768 laptop, or any screen at 125-150% scaling), else a
comfortable size in the middle. Never larger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

#: the size the window opens at on a large screen
COMFORTABLE = QSize(1280, 800)
#: screens smaller than this (in logical pixels, after scaling) open the window maximised
SMALL_SCREEN = QSize(1440, 900)


def opening_geometry(available: QRect) -> tuple[QRect, bool]:
    """(geometry, maximised) for a window with no saved place on a screen whose free area is
    ``available`` (the taskbar left out)."""
    if available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height():
        return QRect(available), True
    size = COMFORTABLE.boundedTo(available.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect, False


def fits(frame: QRect, available: QRect) -> bool:
    """True when a restored window's frame is wholly on the screen."""
    return available.contains(frame)


def place(window: QMainWindow, saved: str | None) -> None:
    """Give ``window`` its opening place before it is shown (``saved``: saveGeometry, base64)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode())):
        if window.isMaximized() or fits(window.frameGeometry(), available):
            return
    geometry, maximised = opening_geometry(available)
    window.setGeometry(geometry)
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
