"""A member practice's own plan, opened from the PCN window in a practice window (every page of the
practice app) whose Save writes it back into the PCN's location: one save of that practice's part
with the revision check. A save someone else beat is explained as for the PCN part; the edits are
re-applied on their version, or kept for the user to choose. Save As writes a copy to a file and
Save still goes to the PCN; opening other plans happens in the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.model import Edit, Plan
from planner.pcn.practice_part import PracticePart
from ui.document import PlanDocument
from ui.file_ops import PLAN_FILTER, PLAN_SUFFIX, FileOps
from ui.main_window import MainWindow
from ui.settings import Settings

Button = QMessageBox.StandardButton
#: actions of the practice app that would put another plan in this window
ELSEWHERE = ("new", "open", "open_pcn", "open_pcn_database")


class PcnPracticeFiles(FileOps):
    """Saving a practice's plan into its PCN; ``saved(part)`` tells the PCN window what is saved now."""

    def __init__(self, document: PlanDocument, settings: Settings, parent: QWidget, part: PracticePart,
                 saved: Callable[[PracticePart, Plan], None]) -> None:
        super().__init__(document, settings, parent)
        self.part, self.saved = part, saved

    def _summary(self) -> str:
        stack = self.document.undo_stack
        return "; ".join(dict.fromkeys(stack.text(i) for i in range(stack.index())))[:500]

    def save(self) -> bool:
        from planner.pcn.store import PcnStoreError

        plan, where = self.document.plan, self.part.location.name
        if self.document.read_only:
            QMessageBox.warning(self.parent_widget, "Not saved", f"You may look at {plan.practice.name}'s plan "
                                f"but not change it in {where} (your database rights). Save a copy to keep "
                                "your own version.")
            return False
        try:
            outcome = self.part.save(plan, self._summary())
        except PcnStoreError as e:
            QMessageBox.warning(self.parent_widget, "Not saved", str(e))
            return False
        if outcome.status == "saved":
            return self._done(outcome.plan, f"Saved {plan.practice.name} in {where}")
        self.saved(self.part, self.part.saved_plan)  # the PCN window takes their version as saved
        if outcome.status == "reapplied":
            QMessageBox.information(self.parent_widget, "Someone else saved first", outcome.message)
            self.document.apply(Edit("Their saved changes, with yours on top", plan, outcome.plan))
            return False
        answer = QMessageBox.question(self.parent_widget, "Someone else changed the same thing",
                                      outcome.message + "\n\nSave yours over theirs? (No keeps theirs and "
                                      "drops your changes.)", Button.Yes | Button.No | Button.Cancel, Button.Cancel)
        try:
            if answer == Button.Yes:
                outcome = self.part.overwrite(plan, "Saved over a newer version")
                return self._done(outcome.plan, f"Saved {plan.practice.name} over the newer version in {where}")
            if answer == Button.No:
                theirs = self.part.take_theirs()
                self.document.apply(Edit("Take their version", plan, theirs))
                return self._done(theirs, f"Now showing {plan.practice.name} as saved in {where}")
        except PcnStoreError as e:
            QMessageBox.warning(self.parent_widget, "Not saved", str(e))
        return False

    def _done(self, plan: Plan, message: str) -> bool:
        self.document.undo_stack.setClean()
        self.saved(self.part, plan)
        self.message.emit(message)
        return True

    def save_as(self) -> bool:
        """A copy of the practice's plan in a .skillmix file; Save still goes to the PCN."""
        from planner.store import PlanFileError, save_plan

        name, _ = QFileDialog.getSaveFileName(self.parent_widget, "Save a copy of the practice's plan",
                                              f"{self.document.plan.practice.name}{PLAN_SUFFIX}", PLAN_FILTER)
        if not name:
            return False
        path = Path(name) if name.lower().endswith(PLAN_SUFFIX) else Path(name + PLAN_SUFFIX)
        try:
            save_plan(self.document.plan, path)
        except (PlanFileError, OSError) as e:
            QMessageBox.warning(self.parent_widget, "Cannot save a copy", str(e))
            return False
        self.message.emit(f"Saved a copy as {path.name}; Save still saves into the PCN")
        return True

    def open_path(self, path: Path) -> bool:
        self.message.emit("This window edits a practice of the PCN: open other plans from the main window.")
        return False

    def handle_drop(self, paths: list[Path]) -> None:
        self.open_path(paths[0] if paths else Path())

    def new_plan(self, plan: Plan | None = None, title: str = "") -> bool:
        return self.open_path(Path())

    def open_dialog(self) -> None:
        self.open_path(Path())


class PracticeWindow(MainWindow):
    """The practice app on one member practice's plan, saving into the PCN."""

    def __init__(self, plan: Plan, part: PracticePart, settings: Settings, pcn_name: str,
                 saved: Callable[[PracticePart, Plan], None], read_only: bool = False) -> None:
        document = PlanDocument(plan, None, f"{plan.practice.name} in {pcn_name}")
        document.read_only = read_only  # the user's database rights do not cover this practice
        super().__init__(document, settings)
        old = self.files
        old.autosaver.stop()
        self.files = PcnPracticeFiles(self.document, settings, self, part, saved)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.files.rotaRequested.connect(self.import_rota)
        self._rewire("save", self.files.save)
        self._rewire("save_as", self.files.save_as)
        self.actions_by_id["save"].setText(f"&Save into {part.location.name}")
        self.actions_by_id["save_as"].setText("Save a &copy as…")
        for key in ELSEWHERE:
            if key in self.actions_by_id:
                self.actions_by_id[key].setVisible(False)
        self.recent_menu.menuAction().setVisible(False)
        self.setAcceptDrops(False)
        old.deleteLater()

    def _rewire(self, key: str, handler: Callable[[], bool]) -> None:
        action = self.actions_by_id[key]
        action.triggered.disconnect()
        action.triggered.connect(lambda _=False: handler())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.files.close():
            event.accept()
        else:
            event.ignore()
