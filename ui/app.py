"""Start the desktop app: ``skillmix`` (the last plan, or the sample practice) or
``skillmix open PLAN``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.model import Plan, Practice
from ui.crash import install_crash_reporter
from ui.document import PlanDocument
from ui.main_window import MainWindow
from ui.settings import Settings

SAMPLE_TITLE = "Riverside Medical Practice (sample)"
#: Set (to anything) to quit once the window is shown and its plan open: the bundle's smoke
#: test and launch benchmark time a whole start this way.
QUIT_AFTER_START = "SKILLMIX_QUIT_AFTER_START"


def sample_document() -> PlanDocument:
    from planner.sample import sample_plan

    return PlanDocument(sample_plan(), None, SAMPLE_TITLE, sample=True)


def start_window(plan_path: Path | None = None) -> tuple[MainWindow, Path | None]:
    """The window before any plan file is read, and the file still to open (``plan_path``,
    else the last plan if it still exists). With no file, the window shows the sample."""
    settings = Settings()
    path = plan_path or settings.last_plan()
    if path is None:
        return MainWindow(sample_document(), settings), None
    waiting = PlanDocument(Plan(Practice("", 0)), None, f"Opening {Path(path).stem}…")
    return MainWindow(waiting, settings), Path(path)


def open_or_sample(window: MainWindow, path: Path) -> None:
    """Open ``path`` in ``window``; if it cannot be opened, show the sample practice."""
    if not window.files.open_path(path):
        from planner.sample import sample_plan

        window.document.load(sample_plan(), None, SAMPLE_TITLE, sample=True)


def build_window(plan_path: Path | None = None) -> MainWindow:
    """The main window on ``plan_path``; without one, the last plan if it still exists,
    else the sample practice as a new unsaved plan. Needs a QApplication."""
    window, path = start_window(plan_path)
    if path is not None:
        open_or_sample(window, path)
    return window


def main(argv: list[str]) -> int:
    """Run the app; ``argv`` is what follows ``skillmix`` (or ``skillmix open``). An error
    nothing else caught is logged and shown in a dialog (ui.crash), never a silent exit."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Skillmix")
    app.setOrganizationName("Skillmix")
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
    window.show()

    def finish_start() -> None:
        # after the first paint: read the plan file (the database library loads now)
        if path is not None:
            open_or_sample(window, path)
        window.files.offer_recovery()
        if os.environ.get(QUIT_AFTER_START):
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, finish_start)
    return window
