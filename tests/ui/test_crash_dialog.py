"""The app's guard of last resort: an error raised in a slot or a worker thread is written to a
crash log, the work is autosaved, a dialog gives the log's path, and the app goes on."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from tests.ui.windows import open_window, saved_plan, set_cell
from ui.crash import MAX_DIALOGS, install_crash_reporter

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook is what is tested


class Dialogs:
    """Stands in for QMessageBox.critical: records each message."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", self)

    def __call__(self, parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok


class Button(QObject):
    clicked = Signal()


@pytest.fixture
def hooks():  # type: ignore[no-untyped-def]
    """Put back the interpreter's hooks after the test."""
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


def broken_slot() -> None:
    raise ZeroDivisionError("float division by zero")


def test_an_error_in_a_slot_is_logged_shown_and_the_work_autosaved(
        qtbot, hooks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    dialogs = Dialogs(monkeypatch)
    window = open_window(qtbot, saved_plan(tmp_path))
    reporter = install_crash_reporter(lambda: window)
    set_cell(window.page("team").staff, 0, "weekly_hours", "12")  # unsaved work
    button = Button()
    button.clicked.connect(broken_slot)
    button.clicked.emit()
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    (log,) = (isolated_home / "crash-logs").iterdir()
    assert reporter.logs == [log]
    assert "ZeroDivisionError" in log.read_text() and "broken_slot" in log.read_text()
    assert str(log) in dialogs.shown[0]
    assert dialogs.shown[0].startswith("Something went wrong in Skillmix (ZeroDivisionError: float division by zero)")
    assert "Your changes are kept" in dialogs.shown[0]
    autosave = window.files.autosaver.file
    assert autosave.is_file()  # the last autosave is kept, with the unsaved edit in it
    from planner.store import load_plan

    assert load_plan(autosave).staff[0].weekly_hours == 12
    set_cell(window.page("team").staff, 0, "weekly_hours", "14")  # the app goes on
    assert window.document.plan.staff[0].weekly_hours == 14


def test_an_error_in_a_worker_thread_is_shown_on_the_window(
        qtbot, hooks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    dialogs = Dialogs(monkeypatch)
    window = open_window(qtbot, saved_plan(tmp_path))
    install_crash_reporter(lambda: window)
    worker = threading.Thread(target=broken_slot)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    assert len(list((isolated_home / "crash-logs").iterdir())) == 1


def test_a_storm_of_errors_is_logged_without_a_storm_of_dialogs(
        qtbot, hooks, monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    dialogs = Dialogs(monkeypatch)
    install_crash_reporter(lambda: None)
    for _ in range(MAX_DIALOGS + 3):
        QTimer.singleShot(0, broken_slot)
    logs = isolated_home / "crash-logs"
    qtbot.waitUntil(lambda: logs.is_dir() and len(list(logs.iterdir())) == MAX_DIALOGS + 3)
    qtbot.wait(50)
    assert len(dialogs.shown) == MAX_DIALOGS


def test_the_app_that_cannot_start_says_so(qtbot, hooks, monkeypatch: pytest.MonkeyPatch,
                                           isolated_home: Path) -> None:
    import ui.app

    dialogs = Dialogs(monkeypatch)

    def broken_start(*_: object) -> None:
        raise RuntimeError("no window today")

    monkeypatch.setattr(ui.app, "_start", broken_start)  # (the real one would theme the tests' app)
    assert ui.app.main([]) == 2
    assert "RuntimeError: no window today" in dialogs.shown[0]
    assert str(isolated_home / "crash-logs") in dialogs.shown[0]
