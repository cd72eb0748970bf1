"""The form to add a change to a scenario or edit one: choose the kind, fill in a form whose
drop-downs only offer sensible choices. Every keystroke emits ``candidateChanged`` so the
page can preview the results; nothing reaches the plan (or the undo stack) until the user
presses "Add to scenario" / "Save change", which emits ``accepted``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.model import Change, Plan, Scenario
from ui.theme import ACCENT, BORDER
from ui.widgets.change_forms import AvoidForm, ChangeForm, HireForm, RetimeForm, ShiftForm, combo
from ui.widgets.hours_form import ChangeHoursForm

KINDS: tuple[tuple[str, str], ...] = (
    ("shift", "Move work to another role"),
    ("avoid", "Avoid work (it leaves the practice)"),
    ("retime", "Change how long an item takes"),
    ("hire", "Hire"),
    ("change_hours", "Change someone's hours (sessions, locum)"),
)


class ChangeEditor(QFrame):
    candidateChanged = Signal()
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeEditor")
        self.setStyleSheet(f"QFrame#changeEditor {{ border: 1px solid {BORDER}; "
                           f"border-top: 3px solid {ACCENT}; border-radius: 3px; }}")
        self.index: int | None = None  # the change being edited; None when adding one
        self.scenario_name = ""
        self.kind = combo()
        for key, text in KINDS:
            self.kind.addItem(text, key)
        self.forms: dict[str, ChangeForm] = {"shift": ShiftForm(), "avoid": AvoidForm(),
                                             "retime": RetimeForm(), "hire": HireForm(),
                                             "change_hours": ChangeHoursForm()}
        self.stack = QStackedWidget()
        for key, _ in KINDS:
            self.stack.addWidget(self.forms[key])
            self.forms[key].edited.connect(self.candidateChanged)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.accept_button = QPushButton("Add to scenario")
        self.accept_button.setProperty("accent", True)
        self.accept_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel")
        self.accept_button.clicked.connect(self.accepted)
        self.cancel_button.clicked.connect(self.cancelled)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept_button.click)
        self._layout()
        self.kind.currentIndexChanged.connect(self._kind_chosen)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addWidget(self.title)
        top = QHBoxLayout()
        top.addWidget(QLabel("Kind of change"))
        top.addWidget(self.kind, 1)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.accept_button)
        layout.addLayout(buttons)

    def start(self, plan: Plan, scenario: Scenario, index: int | None = None) -> None:
        """Open the form for a new change (``index`` None) or the change at ``index``."""
        self.index, self.scenario_name = index, scenario.name
        old: Change | None = scenario.changes[index] if index is not None else None
        before = index if index is not None else len(scenario.changes)
        for form in self.forms.values():
            form.blockSignals(True)
            form.load(plan, scenario, before, old)
            form.blockSignals(False)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(old.type if old else self.current_kind()))
        self.kind.setEnabled(old is None)  # an edit keeps its kind; remove and add to change it
        self.kind.setToolTip("" if old is None else
                             "A change keeps its kind: remove it and add a new one instead")
        self.kind.blockSignals(False)
        self.stack.setCurrentWidget(self.forms[self.current_kind()])
        number = f" {index + 1}" if index is not None else ""
        self.title.setText(f"Edit change{number}" if old else f"New change in {scenario.name}")
        self.accept_button.setText("Save change" if old else "Add to scenario")
        self.accept_button.setToolTip("Ctrl+Enter; Esc cancels")
        self.show()
        self.candidateChanged.emit()

    def reload(self, plan: Plan, scenario: Scenario) -> None:
        """The plan changed under the open form (undo, another page): offer what it allows now,
        keeping the values typed where they still make sense."""
        try:
            typed: Change | None = self.candidate()
        except ValueError:
            typed = None
        before = self.index if self.index is not None else len(scenario.changes)
        form = self.forms[self.current_kind()]
        form.blockSignals(True)
        form.load(plan, scenario, before, typed)
        form.blockSignals(False)
        self.candidateChanged.emit()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def form(self) -> ChangeForm:
        return self.forms[self.current_kind()]

    def candidate(self) -> Change:
        """The change as the form stands, or ValueError saying what is missing."""
        return self.form().change()

    def set_accept_enabled(self, enabled: bool) -> None:
        self.accept_button.setEnabled(enabled)

    def _kind_chosen(self) -> None:
        self.stack.setCurrentWidget(self.form())
        self.candidateChanged.emit()
