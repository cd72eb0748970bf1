"""From the PCN window: open a member practice's own plan in a practice window that saves back into
the PCN, and import a practice's ``.skillmix`` plan into the PCN (one undoable edit)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from planner.model import Plan

if TYPE_CHECKING:
    from planner.pcn.practice_part import PracticePart
    from ui.pcn.window import PcnWindow


def choose_practice(window: PcnWindow, title: str) -> str | None:
    """A member practice's code, chosen by name; None when cancelled."""
    pcn = window.document.pcn
    names = [f"{p.name} ({p.code})" for p in pcn.practices]
    chosen, ok = QInputDialog.getItem(window, title, "Practice:", names, 0, False)
    return pcn.practices[names.index(chosen)].code if ok and chosen in names else None


def _settings(window: PcnWindow) -> object:
    from ui.settings import Settings

    found = getattr(window.parent(), "settings", None)
    return found if isinstance(found, Settings) else Settings()


def open_practice(window: PcnWindow, code: str | None = None) -> QWidget | None:
    """A practice window on ``code``'s plan (asked for when None), or the one already open."""
    from planner.pcn.practice_part import PracticePart
    from planner.pcn.store import PcnStoreError
    from ui.pcn.practice_window import PracticeWindow

    code = code or choose_practice(window, "Open a practice's plan")
    if code is None:
        return None
    open_now = window.practice_windows.get(code)
    if open_now is not None and open_now.isVisible():
        open_now.raise_()
        open_now.activateWindow()
        return open_now
    document = window.document
    try:
        part = PracticePart.of(document.session, code)
    except PcnStoreError as e:
        QMessageBox.warning(window, "Cannot open the practice's plan", str(e))
        return None

    def saved(part: PracticePart, plan: Plan) -> None:
        document.adopt_practice(code, plan, part.body, part.revision)

    plan = document.pcn.practice(code).plan  # type: ignore[union-attr]
    practice = PracticeWindow(plan, part, _settings(window), document.pcn.name, saved,  # type: ignore[arg-type]
                              not document.session.may_change(code))
    window.practice_windows[code] = practice
    practice.show()
    return practice


def import_practice(window: PcnWindow, code: str | None = None, path: Path | None = None) -> bool:
    """Replace a member practice's plan by a ``.skillmix`` plan, as one undoable edit (saved with Save)."""
    from planner.edits.pcn import replace_practice_plan
    from planner.store import PlanFileError, load_plan

    code = code or choose_practice(window, "Import a practice's plan")
    if code is None:
        return False
    open_now = window.practice_windows.get(code)
    if open_now is not None and open_now.isVisible():
        QMessageBox.warning(window, "Close the practice's window first",
                            "That practice's plan is open in its own window: save or close it first.")
        return False
    if path is None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(window, "Import a practice's plan", start,
                                              "Skillmix plans (*.skillmix)")
        if not name:
            return False
        path = Path(name)
    try:
        edit = replace_practice_plan(window.document.pcn, code, load_plan(path), path.name)
    except (PlanFileError, ValueError) as e:
        QMessageBox.warning(window, "Not imported", str(e))
        return False
    window.document.apply(edit)
    window.statusBar().showMessage(f"{edit.label}; save to keep it in {window.document.session.location.name}", 8000)
    return True
