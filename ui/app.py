"""Start the desktop app: ``skillmix`` (the last plan, or the sample practice) or
``skillmix open PLAN``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.model import Plan, Practice
from ui.document import PlanDocument
from ui.main_window import MainWindow
from ui.settings import Settings

SAMPLE_TITLE = "Riverside Medical Practice (sample)"


def sample_document() -> PlanDocument:
    from planner.sample import sample_plan

    return PlanDocument(sample_plan(), None, SAMPLE_TITLE)


def build_window(plan_path: Path | None = None) -> MainWindow:
    """The main window on ``plan_path``; without one, the last plan if it still exists,
    else the sample practice as a new unsaved plan. Needs a QApplication."""
    settings = Settings()
    path = plan_path or settings.last_plan()
    if path is None:
        return MainWindow(sample_document(), settings)
    # pages are built on an empty plan, so that only the opened plan is ever computed
    window = MainWindow(PlanDocument(Plan(Practice("", 0))), settings)
    if not window.files.open_path(Path(path)):
        from planner.sample import sample_plan

        window.document.load(sample_plan(), None, SAMPLE_TITLE)
    return window


def main(argv: list[str]) -> int:
    """Run the app; ``argv`` is what follows ``skillmix`` (or ``skillmix open``)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Skillmix")
    app.setOrganizationName("Skillmix")
    from ui.theme import apply_theme

    apply_theme(app)  # type: ignore[arg-type]
    plan_path = Path(argv[0]) if argv else None
    if plan_path is not None and not plan_path.is_file():
        QMessageBox.warning(None, "Skillmix", f"{plan_path} does not exist.")
        plan_path = None
    window = build_window(plan_path)
    window.show()
    QTimer.singleShot(0, window.files.offer_recovery)
    return app.exec()
