"""The way in for a newcomer: a banner on the sample saying what it is, with "Start your
practice"; the dialog that starts one (name, patients, rooms, then a rota or typing the team);
and a short checklist under the page list that ticks each step as the plan shows it done
(planner.present.checklist)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.document import PlanDocument
from ui.models.views import label
from ui.theme import ACCENT, ACCENT_LIGHT, GOOD
from ui.widgets.reflow import flow

if TYPE_CHECKING:
    from planner.model import Plan

DONE, TO_DO = "✓", "○"


class SampleBanner(QFrame):
    """Says the sample is a sample, while it is open; ``start`` when the user wants their own."""

    start = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample_banner")
        self.setStyleSheet(f"QFrame#sample_banner {{ background: {ACCENT_LIGHT}; border-bottom: 1px solid {ACCENT}; }}")
        self.document = document
        self.message = QLabel("<b>This is a sample practice</b>, Riverside (made up), to look around: nothing "
                              "here is your data and nothing is saved unless you save it. When you are ready, "
                              "start your own practice.")
        self.message.setWordWrap(True)
        self.start_button = QPushButton("&Start your practice…")
        self.start_button.setProperty("accent", True)
        self.start_button.clicked.connect(self.start)
        self.later = QPushButton("Keep exploring")
        self.later.clicked.connect(self._keep_exploring)
        self._dismissed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.message)
        layout.addLayout(flow((self.start_button, self.later)))
        document.changed.connect(self.refresh)
        document.pathChanged.connect(self.refresh)
        self.refresh()

    def _keep_exploring(self) -> None:
        self._dismissed = True
        self.hide()

    def refresh(self) -> None:
        """Shown while the sample is open (also when it opens in place of a plan that could not
        be read), until the user says "Keep exploring"."""
        self.setVisible(self.document.sample and not self._dismissed)


class StartPractice(QDialog):
    """Name, registered patients and consulting rooms, and what comes next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Start your practice")
        self.name = QLineEdit()
        self.name.setPlaceholderText("e.g. Hill Street Surgery")
        self.patients = QSpinBox()
        self.patients.setRange(0, 500_000)
        self.patients.setSingleStep(100)
        self.patients.setGroupSeparatorShown(True)
        self.rooms = QSpinBox()
        self.rooms.setRange(0, 200)
        self.rota = QRadioButton("&Import our rota workbook next (Excel)")
        self.type_team = QRadioButton("I will &type the team on the Team page")
        self.rota.setChecked(True)
        self.problem = label("", "hint")
        form = QFormLayout()
        form.addRow("Practice &name", self.name)
        form.addRow("Registered &patients", self.patients)
        form.addRow("Consulting &rooms", self.rooms)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton("Start", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setProperty("accent", True)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label("Skillmix starts from the national figures for a practice of your size; "
                               "you replace them with your own as you go.", "hint"))
        layout.addLayout(form)
        layout.addWidget(label("Then", "heading"))
        layout.addWidget(self.rota)
        layout.addWidget(self.type_team)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.problem.setText("Give the practice's name.")
        elif self.patients.value() <= 0:
            self.problem.setText("Give the number of registered patients (the list size).")
        else:
            self.accept()
            return
        self.problem.setStyleSheet("color: #B00020;")

    def wants_rota(self) -> bool:
        return self.rota.isChecked()


class Checklist(QWidget):
    """The steps under the page list, each a link (Tab reaches it, Enter follows it) to the page
    that does it (``chosen``: the page key); the first, on the sample, starts a practice
    (``start``). Hidden once every step but the pack is done."""

    chosen = Signal(str)
    start = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.heading = label("Getting started", "hint")
        self.rows: list[QLabel] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(10, 8, 6, 8)
        self.column.setSpacing(4)
        self.column.addWidget(self.heading)
        document.changed.connect(self.refresh)
        document.pathChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.document.waiting:  # the steps are ticked from the plan: shown once it is read
            self.setVisible(False)
            return
        from planner.present.checklist import checklist

        plan = self.document.plan
        steps = checklist(plan, self.document.sample, _has_own_data(plan))
        while len(self.rows) < len(steps):
            row = QLabel()
            row.setWordWrap(True)
            row.setTextFormat(Qt.TextFormat.RichText)
            row.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            row.linkActivated.connect(self._activated)
            self.column.addWidget(row)
            self.rows.append(row)
        for row, step in zip(self.rows, steps, strict=False):
            target = "start" if self.document.sample and step is steps[0] else step.page
            colour = GOOD if step.done else ACCENT
            text = (f'<a href="{target}" style="color:{colour}; text-decoration:none">'
                    f'{DONE if step.done else TO_DO}&nbsp;{step.text}</a>')
            if row.text() != text:  # laying out rich text is not free: only when it changed
                row.setText(text)
                row.setAccessibleName(f"{step.text}: {'done' if step.done else 'to do'}")
        self.setVisible(not all(s.done for s in steps[:-1]))  # all but the pack done: it has served

    def _activated(self, target: str) -> None:
        if target == "start":
            self.start.emit()
        else:
            self.chosen.emit(target)

    def texts(self) -> list[str]:
        """The steps as shown, e.g. ['✓ Your practice', '○ Your team', ...]."""
        return [_plain(r.text()) for r in self.rows]


def _has_own_data(plan: Plan) -> bool:
    """Appointment data or an appointment book imported."""
    from ui.data_line import IMPORTED_KEYS, own_data_line

    return bool(own_data_line(plan)) or IMPORTED_KEYS[1] in plan.extras


def _plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText().replace("\u00a0", " ")
