"""The two rows of the Review page: approving an option (which, on what day, by whom) and
choosing an approval to review (withdraw it, or print its one-page review). Approving and
withdrawing are edits of the plan, one undo step each; a refusal is said on the refusal line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QWidget

from planner import edits
from planner.model import Plan
from planner.review.record import approval_line, saved
from ui.document import PlanDocument
from ui.models.views import RefusalLine, label
from ui.widgets.edit_attempt import attempt_edit
from ui.widgets.reflow import FlowLayout

APPROVE_TIP = ("Record the partners' decision: Skillmix keeps what this option promises today (GP hours freed, "
               "gap closed, contacts a day, cost, cash effect, the hires) and what it was measured against, "
               "so you can check it later. Later edits never change it.")


def _pair(words: str, field: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label(words))
    row.addWidget(field)
    return box


class ApproveRow(QWidget):
    """Option, date and who approved it, and the Approve button."""

    approved = Signal()

    def __init__(self, document: PlanDocument, refusal: RefusalLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.refusal = document, refusal
        self.option = QComboBox()
        self.option.setToolTip("The option the partners approved")
        self.option.setAccessibleName("Option approved")
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("d MMM yyyy")
        self.on.setToolTip("The day the partners approved it")
        self.on.setAccessibleName("Day approved")
        self.by = QLineEdit()
        self.by.setPlaceholderText("Who approved it, e.g. Partners' meeting")
        self.by.setAccessibleName("Approved by")
        self.button = QPushButton("Approve")
        self.button.setProperty("accent", True)
        self.button.setToolTip(APPROVE_TIP)
        self.button.clicked.connect(lambda _=False: self.approve())
        for combo in (self.option,):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.by.setMinimumWidth(220)
        # each word with its field, wrapping onto a second line on a narrow window
        layout = FlowLayout(self, spacing=10)
        for words, field in (("Approve", self.option), ("on", self.on), ("by", self.by)):
            layout.addWidget(_pair(words, field))
        layout.addWidget(self.button)

    def fill(self, plan: Plan) -> None:
        chosen = self.option.currentText()
        self.option.clear()
        self.option.addItems([s.name for s in plan.scenarios])
        if chosen:
            self.option.setCurrentText(chosen)
        recommended = next((s.name for s in plan.scenarios if s.recommended), "")
        if not chosen and recommended:
            self.option.setCurrentText(recommended)
        editable = not self.document.read_only and bool(plan.scenarios)
        for widget in (self.option, self.on, self.by, self.button):
            widget.setEnabled(editable)

    def approve(self, option: str | None = None, on: date | None = None, by: str | None = None) -> bool:
        """Approve the option chosen (or given); True when it was recorded."""
        plan = self.document.plan
        name = option if option is not None else self.option.currentText()
        picked = self.on.date()
        day = on if on is not None else date(picked.year(), picked.month(), picked.day())
        who = by if by is not None else self.by.text()
        if not name:
            self.refusal.show_reason("There is no option to approve yet: make one on the Scenarios page.")
            return False
        done = attempt_edit(self.document, self.refusal, lambda: edits.approve_option(plan, name, day, who))
        if done:
            self.approved.emit()
        return done


class DecisionRow(QWidget):
    """The approvals of the plan (the latest chosen), Withdraw and Print review."""

    chosen = Signal()

    def __init__(self, document: PlanDocument, refusal: RefusalLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.refusal = document, refusal
        self.decisions = QComboBox()
        self.decisions.setToolTip("The approval to review")
        self.decisions.setAccessibleName("Approval to review")
        self.decisions.activated.connect(lambda _i: self.chosen.emit())
        self.withdraw_button = QPushButton("Withdraw approval")
        self.withdraw_button.setToolTip("Remove this approval and what it promised (Undo brings it back)")
        self.withdraw_button.clicked.connect(lambda _=False: self.withdraw())
        self.print_button = QPushButton("Print review (PDF)…")
        self.print_button.setProperty("accent", True)
        self.print_button.setToolTip("A one-page review for the partners: promised against now, and what changed")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label("Review"))
        layout.addWidget(self.decisions, 1)
        layout.addWidget(self.withdraw_button)
        layout.addWidget(self.print_button)

    def fill(self, plan: Plan, choose_latest: bool = False) -> None:
        """List the approvals; keep the one chosen unless ``choose_latest`` (or it has gone)."""
        number = self.number
        records = saved(plan)
        self.decisions.clear()
        for i, record in enumerate(records, start=1):
            self.decisions.addItem(_title(i, record), i)
        if records:
            keep = number is not None and number <= len(records) and not choose_latest
            self.decisions.setCurrentIndex((number if keep and number else len(records)) - 1)
        self.decisions.setEnabled(bool(records))
        self.withdraw_button.setEnabled(bool(records) and not self.document.read_only)
        self.print_button.setEnabled(bool(records))

    @property
    def number(self) -> int | None:
        """The approval chosen (1 = the first), None when there is none."""
        found = self.decisions.currentData()
        return found if isinstance(found, int) else None

    def withdraw(self) -> bool:
        number, plan = self.number, self.document.plan
        if number is None:
            return False
        return attempt_edit(self.document, self.refusal, lambda: edits.withdraw_approval(plan, number))


def _title(number: int, record: object) -> str:
    """'1. Pharmacist, approved 3 March 2026 by Partners' meeting'."""
    return f"{number}. {approval_line(record)}"
