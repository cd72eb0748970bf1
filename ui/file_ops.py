"""Plan files for the window: new, open, save, save as, recent plans, dropped files, the
lock on an open plan, the prompt before losing changes, and recovery of autosaved work.

Dialogs use QMessageBox/QFileDialog static functions so tests can replace them.
planner.store (SQLAlchemy) is imported only when a file is read or written, so the window
can appear before it is loaded."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.autosave import Autosaver, Recovery, recoverable
from ui.document import PlanDocument
from ui.settings import Settings

if TYPE_CHECKING:
    from planner.model import Plan
    from planner.store import PlanLock

Button = QMessageBox.StandardButton
PLAN_SUFFIX = ".skillmix"  # planner.store.PLAN_SUFFIX, without importing the store
PLAN_FILTER = f"Skillmix plans (*{PLAN_SUFFIX})"
#: planner.excel.READABLE_SUFFIXES, without loading the spreadsheet readers before the window paints
#: (tests/ui/test_first_run.py checks they agree): a dropped or opened rota starts the import
ROTA_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def new_plan() -> Plan:
    """An empty practice with the standard roles and activities."""
    from planner.catalogue import default_activities, default_roles
    from planner.model import Plan, Practice, Staff
    from planner.reference import current_edition, default_assumptions, with_context

    edition = current_edition()
    roles = tuple(default_roles(edition))
    assumptions = default_assumptions(edition=edition)
    plan = Plan(Practice("New practice", 10000), assumptions, roles,
                (Staff("GP 1", assumptions.gp_role, 37.5),), tuple(default_activities(10000)))
    return with_context(plan, edition)


class FileOps(QObject):
    """Everything that moves a plan between the window and the disk."""

    recentChanged = Signal()
    rotaRequested = Signal(Path)  # a rota workbook was dropped or opened
    message = Signal(str)  # one line for the status bar

    def __init__(self, document: PlanDocument, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.parent_widget = parent
        self.lock: PlanLock | None = None
        self.autosaver = Autosaver(document, parent=self)

    # --- losing changes ------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """True when it is fine to drop the current plan (saved, discarded, or unchanged)."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self.parent_widget, "Unsaved changes",
            f"Save changes to {self.document.title} before closing it?",
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def close(self) -> bool:
        """Before the window closes: True when it may close; the lock and autosave go."""
        if not self.confirm_discard():
            return False
        self._release()
        self.autosaver.stop()
        return True

    # --- new and open ----------------------------------------------------------------------

    def new_plan(self, plan: Plan | None = None, title: str = "New plan") -> bool:
        """Open ``plan`` (default: an empty practice) as a new, unsaved plan, once the current
        one may go. True when it did."""
        if not self.confirm_discard():
            return False
        self._release()
        self.document.load(plan or new_plan(), None, title)
        return True

    def open_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else _documents()
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, "Open plan", start,
                                              f"{PLAN_FILTER};;Rota spreadsheets (*.xlsx *.xlsm *.xls *.ods)")
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a plan file (a rota workbook starts the import wizard instead)."""
        path = Path(path)
        if path.suffix.lower() in ROTA_SUFFIXES:
            self.rotaRequested.emit(path)
            return False
        if self.document.path and path.resolve() == self.document.path.resolve():
            return True
        if not self.confirm_discard():
            return False
        return self._open(path)

    def _open(self, path: Path) -> bool:
        from planner.store import PlanFileError, load_plan, open_plan

        lock = self._try_lock(path)
        if lock is False:
            return False
        try:
            plan, backup = open_plan(path) if lock else (load_plan(path), None)
        except PlanFileError as e:
            if lock is not None:
                lock.release()
            QMessageBox.warning(self.parent_widget, "Cannot open plan", str(e))
            return False
        self._release()
        self.lock = lock
        self.document.load(plan, path, read_only=lock is None)
        if lock:
            self.settings.add_recent(path)
            self.recentChanged.emit()
        if backup:
            self.message.emit(f"Upgraded {path.name}; the old file was kept as {backup.name}.")
        return True

    def _try_lock(self, path: Path) -> PlanLock | None | Literal[False]:
        """The lock on ``path``; None to open read-only; False to give up."""
        from planner.store import PlanInUse, PlanLock

        try:
            return PlanLock(path).acquire()
        except PlanInUse as e:
            answer = QMessageBox.question(
                self.parent_widget, "Plan in use",
                f"{e}\n\nOpen it read-only? You can look at it and save a copy with Save As.",
                Button.Open | Button.Cancel, Button.Cancel)
            return None if answer == Button.Open else False
        except OSError as e:
            QMessageBox.warning(self.parent_widget, "Cannot open plan",
                                f"{path.name} cannot be opened: {e.strerror}.")
            return False

    # --- save ------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        folder = self.document.path.parent if self.document.path else Path(_documents())
        suggested = folder / f"{self.document.plan.practice.name}{PLAN_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, "Save plan as", str(suggested),
                                              PLAN_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save as ``path``: the plan's lock moves to the new file."""
        from planner.store import PlanInUse, PlanLock

        same = self.document.path is not None and path.resolve() == self.document.path.resolve()
        if same and self.lock is not None:
            return self._write(path)
        try:
            lock = PlanLock(path).acquire()
        except (PlanInUse, OSError) as e:
            QMessageBox.warning(self.parent_widget, "Cannot save plan", str(e))
            return False
        if not self._write(path):
            lock.release()
            return False
        self._release()
        self.lock = lock
        if self.document.read_only:
            self.document.read_only = False
            self.document.changed.emit()  # pages become editable
        self.document.pathChanged.emit()
        return True

    def _write(self, path: Path) -> bool:
        from planner.store import PlanFileError, save_plan

        try:
            save_plan(self.document.plan, path)
        except (PlanFileError, OSError) as e:
            QMessageBox.warning(self.parent_widget, "Cannot save plan", str(e))
            return False
        self.document.mark_saved(path)
        self.settings.add_recent(path)
        self.recentChanged.emit()
        self.message.emit(f"Saved {path.name}")
        return True

    # --- dropped files, recovery -------------------------------------------------------------

    def handle_drop(self, paths: list[Path]) -> None:
        """A dropped plan opens; a dropped rota workbook starts the import wizard."""
        for path in paths:
            if path.suffix.lower() in (PLAN_SUFFIX, *ROTA_SUFFIXES):
                self.open_path(path)
                return

    @staticmethod
    def accepts_drop(paths: list[Path]) -> bool:
        return any(p.suffix.lower() in (PLAN_SUFFIX, *ROTA_SUFFIXES) for p in paths)

    def offer_recovery(self) -> bool:
        """At start: offer the newest work a crashed Skillmix left behind. True if recovered."""
        found = recoverable()
        if not found:
            return False
        latest = found[0]
        answer = QMessageBox.question(
            self.parent_widget, "Recover unsaved changes",
            f"Skillmix closed before your changes to {latest.title} were saved. The last "
            f"autosave is from {latest.saved_at:%d %b %Y at %H:%M}.\n\nRecover those changes?",
            Button.Yes | Button.Discard, Button.Yes)
        if answer != Button.Yes:
            latest.discard()
            return False
        if not self.confirm_discard():
            return False
        return self._recover(latest)

    def _recover(self, recovery: Recovery) -> bool:
        from planner.store import PlanFileError, PlanInUse, PlanLock, load_plan

        try:
            plan = load_plan(recovery.file)
        except PlanFileError as e:
            QMessageBox.warning(self.parent_widget, "Cannot recover", str(e))
            return False
        original, lock = recovery.original, None
        if original is not None and self.lock is not None and self.document.path is not None \
                and original.resolve() == self.document.path.resolve():
            lock, self.lock = self.lock, None  # the plan open now is the one recovered
        elif original is not None:
            try:
                lock = PlanLock(original).acquire()
            except (PlanInUse, OSError):
                original = None
        self._release()
        self.lock = lock
        self.document.load(plan, original, recovery.title, recovered=True)
        self.autosaver.save_now()
        recovery.discard()
        self.message.emit(f"Recovered your unsaved changes to {recovery.title}; save them now.")
        return True

    def _release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
