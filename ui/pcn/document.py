"""The open PCN plan: where it is kept (its session), the plan as edited here, the undo stack and
the figures. Every change goes through ``apply`` so it can be undone; saving goes through the
session, which refuses a conflicting save and re-applies or keeps the edits made here."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.engine import InvalidPlan, Problem
from planner.engine.pcn import PcnResult, PcnResults, compute_pcn
from planner.model import Pcn, PcnEdit, Plan
from planner.pcn.session import PcnSession, SaveOutcome


class PcnEditCommand(QUndoCommand):
    def __init__(self, document: PcnDocument, edit: PcnEdit) -> None:
        super().__init__(edit.label)
        self.document, self.edit = document, edit

    def redo(self) -> None:
        self.document.show(self.edit.after)

    def undo(self) -> None:
        self.document.show(self.edit.before)

    def id(self) -> int:
        return 14 if self.edit.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, PcnEditCommand) or other.edit.key != self.edit.key:
            return False
        self.edit = PcnEdit(self.edit.label, self.edit.before, other.edit.after, self.edit.key)
        return True


class PcnDocument(QObject):
    changed = Signal()

    def __init__(self, session: PcnSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pcn = session.pcn
        self.undo_stack = QUndoStack(self)
        self._cache: tuple[Pcn, PcnResults | None, list[Problem]] | None = None

    @property
    def pcn(self) -> Pcn:
        return self._pcn

    @property
    def modified(self) -> bool:
        return bool(self.session.changed_parts(self._pcn))

    def _computed(self) -> tuple[Pcn, PcnResults | None, list[Problem]]:
        if self._cache is None or self._cache[0] is not self._pcn:
            try:
                self._cache = (self._pcn, compute_pcn(self._pcn), [])
            except InvalidPlan as e:
                self._cache = (self._pcn, None, list(e.problems))
        return self._cache

    @property
    def results(self) -> PcnResults | None:
        return self._computed()[1]

    @property
    def problems(self) -> list[Problem]:
        return self._computed()[2]

    def preview(self, pcn: Pcn, option: str) -> PcnResult | list[Problem]:
        """The figures of ``option`` in ``pcn`` (an edit not made yet), or what stops them."""
        try:
            return compute_pcn(pcn, [option]).option(option)
        except InvalidPlan as e:
            return list(e.problems)
        except KeyError:
            return []

    def apply(self, edit: PcnEdit) -> None:
        if not edit.changes_nothing:
            self.undo_stack.push(PcnEditCommand(self, edit))

    def show(self, pcn: Pcn) -> None:
        if pcn is not self._pcn:
            self._pcn = pcn
            self.changed.emit()

    def save(self) -> SaveOutcome:
        """Save the changed parts. Re-applied edits show at once (to check and save again); kept
        edits stay as they are. Raises PcnStoreError (nothing saved) when the location refuses."""
        summary = "; ".join(dict.fromkeys(self.undo_stack.text(i) for i in range(self.undo_stack.index())))
        outcome = self.session.save(self._pcn, summary[:500])
        if outcome.status == "saved":
            self.undo_stack.setClean()
        self.show(outcome.pcn)
        return outcome

    def take_theirs(self) -> None:
        self.undo_stack.clear()
        self.show(self.session.take_theirs())

    def overwrite(self) -> SaveOutcome:
        outcome = self.session.overwrite(self._pcn, "Saved over a newer version")
        self.undo_stack.setClean()
        return outcome

    def adopt_practice(self, code: str, plan: Plan, body: dict[str, Any], revision: int) -> None:
        """A practice's plan saved from its own window: the base of the next PCN save, and the plan
        shown here, in every step of the undo history too (undoing a PCN edit never brings an older
        version of that practice back)."""
        if not self.session.adopt_practice(code, plan, body, revision):
            return
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, PcnEditCommand):
                e = command.edit
                command.edit = PcnEdit(e.label, _with_plan(e.before, code, plan), _with_plan(e.after, code, plan),
                                       e.key)
        self._pcn = _with_plan(self._pcn, code, plan)
        self.changed.emit()


def _with_plan(pcn: Pcn, code: str, plan: Plan) -> Pcn:
    return replace(pcn, practices=tuple(replace(p, plan=plan) if p.code == code else p for p in pcn.practices))
