"""The open plan: its current value, file path, undo stack and cached results.

At start-up the window is painted before any plan is read: its document *waits* for the plan
(``waiting``) until ``load`` brings it. The planner's model and engine are imported when a plan
is first needed, not before the window is on screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from planner.engine import PlanResults, Problem
    from planner.model import Edit, Plan


class PlanDocument(QObject):
    """One open plan. Every change goes through ``apply`` so it can be undone."""

    changed = Signal()  # plan replaced: any edit, undo, redo, load
    pathChanged = Signal()
    modifiedChanged = Signal(bool)
    editRefused = Signal(str)  # an edit was dropped (the plan is open read-only)

    def __init__(self, plan: Plan | None, path: Path | None = None, title: str = "",
                 parent: QObject | None = None, *, sample: bool = False) -> None:
        """``plan`` None: the document waits for its plan (``load`` brings it); ``title`` says
        what is coming."""
        super().__init__(parent)
        #: the bundled sample practice is open (not the user's own plan): the window says so
        self.sample = sample
        self._plan = plan
        self._waiting = plan is None
        self._path = Path(path) if path is not None else None
        self._title = title
        self._undo_stack = QUndoStack(self)
        self._cache: tuple[Plan, list[Problem], PlanResults | None] | None = None
        self._unsaved_recovery = False  # recovered work differs from any file, yet no undo step
        self.read_only = False
        self._undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def waiting(self) -> bool:
        """No plan yet: the window is painted and the plan is still being read. Widgets show
        their frame and fill in on ``changed`` when ``load`` brings the plan."""
        return self._waiting

    @property
    def plan(self) -> Plan:
        """The plan; while the document waits, an empty practice."""
        if self._plan is None:
            from planner.model import Plan, Practice

            self._plan = Plan(Practice("", 0))
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def title(self) -> str:
        """What the window title shows: the file name, or the given title of a new plan."""
        if self._path is not None:
            return self._path.stem
        return self._title or self.plan.practice.name

    @property
    def modified(self) -> bool:
        """Changes not saved: the undo stack is away from its clean state, or the plan was
        recovered from an autosave."""
        return self._unsaved_recovery or not self._undo_stack.isClean()

    @property
    def problems(self) -> list[Problem]:
        return self._computed()[1]

    @property
    def results(self) -> PlanResults | None:
        """Baseline and scenario results of the current plan; None while it is invalid."""
        return self._computed()[2]

    def _computed(self) -> tuple[Plan, list[Problem], PlanResults | None]:
        plan = self.plan
        if self._cache is None or self._cache[0] is not plan:
            from planner.engine import InvalidPlan, Problem, compute

            try:  # compute validates the plan first: once is enough
                results: PlanResults | None = compute(plan)
                problems: list[Problem] = []
            except InvalidPlan as e:
                results, problems = None, list(e.problems) or [Problem("plan", "", str(e))]
            self._cache = (plan, problems, results)
        return self._cache

    def apply(self, edit: Edit) -> None:
        """Push the edit on the undo stack (which applies it); an edit that changes nothing
        is dropped, and so is every edit while the plan is open read-only."""
        if edit.changes_nothing:
            return
        if self.read_only:
            self.editRefused.emit("This plan is open read-only: use Save As to make your own "
                                  "copy, then change it.")
            return
        from ui.commands import EditCommand

        self._undo_stack.push(EditCommand(self.show_plan, edit))

    def load(self, plan: Plan, path: Path | None = None, title: str = "",
             recovered: bool = False, read_only: bool = False, sample: bool = False) -> None:
        """Replace the whole document (open, new, recover): the undo history starts again."""
        self._undo_stack.clear()
        self.sample = sample
        self._title = title
        self._plan = plan
        self._waiting = False
        self._unsaved_recovery = recovered
        self.read_only = read_only
        self.set_path(path)
        self.changed.emit()
        self.modifiedChanged.emit(self.modified)

    def set_path(self, path: Path | None) -> None:
        self._path = Path(path) if path is not None else None
        self.pathChanged.emit()

    def mark_saved(self, path: Path) -> None:
        """The plan is now the content of ``path``: clean state, no recovery mark (and, saved,
        it is the user's own plan, no longer the sample)."""
        self._unsaved_recovery = False
        self.sample = False
        self._title = ""
        self.set_path(path)
        self._undo_stack.setClean()
        self.modifiedChanged.emit(self.modified)

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(self._unsaved_recovery or not clean)

    def show_plan(self, plan: Plan) -> None:
        """Make ``plan`` the current plan (undo and redo call this; edits go through ``apply``)."""
        if plan is self._plan:
            return
        self._plan = plan
        self.changed.emit()
