"""The bar that offers to move an older plan to the reference figures in force today.

It shows when the open plan's edition (planner.reference.plan_edition) is older than today's, lists every
figure the move would change (old → new) and every figure of the practice's own that it keeps,
and moves the plan as one undo step. It never blocks: "Not now" hides it until another plan is
opened."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.document import PlanDocument


class EditionBar(QFrame):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edition_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document = document
        self._dismissed = False
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details = QPushButton("Show the changes")
        self.details.setCheckable(True)
        self.move_button = QPushButton()
        self.later = QPushButton("Not now")
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setMaximumHeight(180)
        self.changes.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        for b in (self.details, self.move_button, self.later):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(row)
        layout.addWidget(self.changes)
        self.details.toggled.connect(self.changes.setVisible)
        self.move_button.clicked.connect(self.accept)
        self.later.clicked.connect(self.dismiss)
        document.changed.connect(self.refresh)
        document.pathChanged.connect(self._reopened)
        self.refresh()

    def target(self) -> str | None:
        """The edition the plan would move to, or None when it is current (or no plan yet)."""
        if self.document.waiting:
            return None
        from planner.reference import editions_after

        newer = list(editions_after(self.document.plan))
        return newer[-1] if newer else None

    def refresh(self) -> None:
        target = self.target()
        if target is None or self._dismissed or self.document.read_only:
            self.setVisible(False)
            return
        from planner.edits.editions import edition_changes
        from planner.reference import plan_edition

        plan = self.document.plan
        changes = edition_changes(plan, target)
        moved = [c for c in changes if not c.kept]
        kept = [c for c in changes if c.kept]
        self.message.setText(
            f"<b>This plan uses the {plan_edition(plan)} figures.</b> Move to {target}? "
            f"{len(moved)} figure{'s' if len(moved) != 1 else ''} would change"
            + (f"; {len(kept)} of your own would be kept." if kept else ".")
            + " You can undo it.")
        self.move_button.setText(f"Move to {target}")
        lines = [c.describe() for c in moved]
        if kept:
            lines += ["", "Kept (your own figures):"] + [c.describe() for c in kept]
        self.changes.setPlainText("\n".join(lines))
        self.setVisible(True)

    def accept(self) -> None:
        target = self.target()
        if target is not None:
            from planner.edits.editions import move_to_edition

            self.document.apply(move_to_edition(self.document.plan, target))
        self.refresh()

    def dismiss(self) -> None:
        self._dismissed = True
        self.setVisible(False)

    def _reopened(self) -> None:
        """Another plan (or a new one) is open: offer again."""
        self._dismissed = False
        self.refresh()
