"""Start the desktop app: ``skillmix`` (the last plan, or the sample practice) or
``skillmix open PLAN``.

The window is painted first, on a document waiting for its plan (ui.document), with the
sidebar, the title and the first page's frame; right after the first paint the plan is read
(the file, else the sample) and the pages fill in. Nothing the first paint does not need is
imported before it (tests/ui/test_launch.py keeps it so)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.document import PlanDocument
from ui.main_window import MainWindow
from ui.settings import Settings

SAMPLE_TITLE = "Riverside Medical Practice (sample)"
#: Set (to anything) to quit once the window is shown and its plan open: the bundle's smoke
#: test and launch benchmark time a whole start this way.
QUIT_AFTER_START = "SKILLMIX_QUIT_AFTER_START"


def start_window(plan_path: Path | None = None) -> tuple[MainWindow, Path | None]:
    """The window before any plan is read, and the file still to open (``plan_path``, else the
    last plan if it still exists; None: the sample practice). The window's document waits for
    its plan: ``open_plan`` brings it, once the window is painted."""
    settings = Settings()
    path = plan_path or settings.last_plan()
    if path is None:
        return MainWindow(PlanDocument(None, None, SAMPLE_TITLE, sample=True), settings), None
    waiting = PlanDocument(None, None, f"Opening {Path(path).stem}…")
    return MainWindow(waiting, settings), Path(path)


def open_plan(window: MainWindow, path: Path | None) -> None:
    """Bring the plan of a window from ``start_window``: ``path``, else (or if it cannot be
    opened) the sample practice. The pages fill in as it comes."""
    if path is None or not window.files.open_path(path):
        load_sample(window)


def load_sample(window: MainWindow) -> None:
    from planner.sample import sample_plan

    window.document.load(sample_plan(), None, SAMPLE_TITLE, sample=True)


def build_window(plan_path: Path | None = None) -> MainWindow:
    """The main window on ``plan_path``; without one, the last plan if it still exists,
    else the sample practice as a new unsaved plan. Needs a QApplication."""
    window, path = start_window(plan_path)
    open_plan(window, path)
    return window


class _FirstPaint(QObject):
    """Runs ``work`` once, just after ``widget`` is first painted (a queued call, so the frame is
    on screen first), or after ``fallback_ms`` if it never is painted (a platform that shows
    nothing)."""

    def __init__(self, widget: QWidget, work: Callable[[], None], fallback_ms: int = 1000) -> None:
        super().__init__(widget)
        self.widget = widget
        self.work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.work is None:
            return
        work, self.work = self.work, None
        self.widget.removeEventFilter(self)
        self.deleteLater()
        work()


def after_first_paint(widget: QWidget, work: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Run ``work`` right after ``widget`` is first painted (or after ``fallback_ms`` if it never is)."""
    _FirstPaint(widget, work, fallback_ms)


def main(argv: list[str]) -> int:
    """Run the app; ``argv`` is what follows ``skillmix`` (or ``skillmix open``). An error
    nothing else caught is logged and shown in a dialog (ui.crash), never a silent exit."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Skillmix")
    app.setOrganizationName("Skillmix")
    from ui.crash import install_crash_reporter

    window: MainWindow | None = None
    reporter = install_crash_reporter(lambda: window)
    try:
        window = _start(app, argv)
    except Exception as e:  # noqa: BLE001 - the app could not start: say so, with the log
        reporter.excepthook(type(e), e, e.__traceback__)
        QApplication.processEvents()  # the dialog (a queued call) is shown now
        return 2
    return app.exec()


def _start(app: QApplication, argv: list[str]) -> MainWindow:
    from ui.theme import apply_theme

    apply_theme(app)
    plan_path = Path(argv[0]) if argv else None
    if plan_path is not None and not plan_path.is_file():
        QMessageBox.warning(None, "Skillmix", f"{plan_path} does not exist.")
        plan_path = None
    window, path = start_window(plan_path)

    def finish_start() -> None:
        # after the first paint: read the plan (the file, with the database library, or the sample)
        open_plan(window, path)
        window.files.offer_recovery()
        if os.environ.get(QUIT_AFTER_START):
            QTimer.singleShot(0, app.quit)

    after_first_paint(window, finish_start)
    window.show()
    return window
