"""Undo commands: a thin QUndoCommand around a planner.edits.Edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from planner.model import Edit, Plan

MERGE_ID = 1


class EditCommand(QUndoCommand):
    """Redo puts the edit's plan after in the document; undo puts the plan before back.

    Consecutive edits of the same cell (same non-empty Edit.key) merge into one step, so
    typing 3, 30, 37.5 in one cell is undone at once."""

    def __init__(self, show_plan: Callable[[Plan], None], edit: Edit) -> None:
        super().__init__(edit.label)
        self.show_plan = show_plan  # puts a plan in the open document
        self.edit = edit

    def redo(self) -> None:
        self.show_plan(self.edit.after)

    def undo(self) -> None:
        self.show_plan(self.edit.before)

    def id(self) -> int:
        return MERGE_ID if self.edit.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.edit.key != self.edit.key:
            return False
        if other.edit.before is not self.edit.after:
            return False
        self.edit = Edit(self.edit.label, self.edit.before, other.edit.after, self.edit.key)
        if self.edit.changes_nothing:
            self.setObsolete(True)
        return True
