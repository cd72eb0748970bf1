"""The two forms of a PCN option's change: recruit a shared post (role, name, WTE, salary, start,
ARRS, one-off cost and its sessions in each practice) and redeploy someone in the team (their new
sessions by practice). Drop-downs offer only what makes sense (the contract year's ARRS roles, the
team as it stands before the change); a practice whose plan lacks the role cannot take sessions.
Every keystroke emits ``edited`` so the window can preview the PCN figures."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.arrs import arrs_edition
from planner.edits.pcn_choices import new_post_name, practices_for, recruit_roles, team_before
from planner.model import Pcn, PcnChange, Recruit, Redeploy, SharedStaff
from planner.present.pcn import sessions_words, split_words
from ui.widgets.change_forms import combo, fill, hint, spin


class SessionsGrid(QWidget):
    """Sessions a week in each member practice, one box each; ``total`` says how many of the most
    the WTE allows."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QDoubleSpinBox] = {}
        self.total = hint()

    def load(self, pcn: Pcn) -> None:
        if list(self.boxes) == [p.code for p in pcn.practices]:
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.total:
                widget.deleteLater()
        self.boxes = {}
        for i, p in enumerate(pcn.practices):
            box = spin("sessions", 1, 0.5)
            box.setMinimumWidth(90)
            box.setAccessibleName(f"Sessions a week at {p.name}")
            box.valueChanged.connect(self.edited)
            label = QLabel(p.name)
            label.setBuddy(box)
            label.setWordWrap(True)
            self.grid.addWidget(label, i, 0)
            self.grid.addWidget(box, i, 1)
            self.boxes[p.code] = box
        self.grid.addWidget(self.total, len(self.boxes), 0, 1, 2)
        self.grid.setColumnStretch(0, 1)

    def allow(self, pcn: Pcn, role: str) -> None:
        """Only practices whose plans have ``role`` can take its sessions."""
        _, lacking = practices_for(pcn, role)
        title = pcn.role(role).title if pcn.role(role) else role  # type: ignore[union-attr]
        for code, box in self.boxes.items():
            blocked = any(p.code == code for p in lacking)
            box.setEnabled(not blocked)
            box.setToolTip(f"This practice's plan has no {title} role: add it there first." if blocked else "")
            if blocked:
                box.setValue(0)

    def set_sessions(self, sessions: dict[str, float]) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(sessions.get(code, 0.0))
            box.blockSignals(False)

    def sessions(self) -> dict[str, float]:
        return {code: box.value() for code, box in self.boxes.items() if box.value() > 0}

    def show_total(self, pcn: Pcn, wte: float) -> None:
        most = wte * pcn.assumptions.wte_hours / pcn.assumptions.session_hours
        self.total.setText(sessions_words(sum(self.sessions().values()), wte, most))


class PcnChangeForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        columns.setContentsMargins(0, 4, 0, 4)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sessions = SessionsGrid()
        self.sessions.edited.connect(self._sessions_edited)
        self.sessions_title = QLabel("Sessions a week in each practice")
        self.sessions_title.setProperty("role", "heading")
        right = QVBoxLayout()
        right.addWidget(self.sessions_title)
        right.addWidget(self.sessions)
        right.addStretch(1)
        columns.addLayout(self.form, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        self.pcn: Pcn | None = None
        self.option, self.index = "", None  # type: tuple[str, int | None]

    def load(self, pcn: Pcn, option: str, index: int | None, change: PcnChange | None) -> None:
        self.pcn, self.option, self.index = pcn, option, index
        self.sessions.load(pcn)

    def set_narrow(self, narrow: bool) -> None:
        """The sessions under the other fields (a small screen) or beside them."""
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def change(self) -> PcnChange:
        raise NotImplementedError

    def _sessions_edited(self) -> None:
        self.edited.emit()


class RecruitForm(PcnChangeForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role, self.name = combo(), QLineEdit()
        self.wte = spin("shared_wte", 2, 0.1, suffix=" WTE")
        self.salary = spin("annual_salary", 0, 500, prefix="£")
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        self.arrs = QCheckBox("Claimed from ARRS")
        self.recent = QCheckBox("Worked for the PCN or a member\npractice in the last 12 months")
        self.one_off = spin("one_off_cost", 0, 500, prefix="£")
        self.arrs_hint = hint()
        self._typed_name = False
        for text, widget in (("Role", self.role), ("Name", self.name), ("Whole-time equivalent", self.wte),
                             ("Full-time salary", self.salary), ("Starts", self.start), ("", self.arrs),
                             ("", self.arrs_hint), ("", self.recent), ("One-off cost", self.one_off)):
            self.form.addRow(text, widget)
        self.recent.setToolTip("The 12-month rule: some roles cannot be claimed for someone who worked for "
                               "the PCN or a member practice in the 12 months before")
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.name.textEdited.connect(self._name_typed)
        self.wte.valueChanged.connect(self._sessions_edited)
        for box in (self.salary, self.one_off):
            box.valueChanged.connect(self.edited)
        self.start.dateChanged.connect(self.edited)
        self.arrs.toggled.connect(self.edited)
        self.recent.toggled.connect(self.edited)

    def load(self, pcn: Pcn, option: str, index: int | None, change: PcnChange | None) -> None:
        super().load(pcn, option, index, change)
        old = change.staff if isinstance(change, Recruit) else None
        fill(self.role, [(r.title, r.code) for r in recruit_roles(pcn)], old.role if old else None,
             empty="The PCN has no ARRS roles")
        self._typed_name = old is not None
        edition = arrs_edition(pcn.contract_year)
        first, last = QDate.fromString(edition.starts, "yyyy-MM-dd"), QDate.fromString(edition.ends, "yyyy-MM-dd")
        self.start.setMinimumDate(first.addYears(-10))
        self.start.setMaximumDate(last.addYears(5))
        widgets = (self.name, self.wte, self.salary, self.start, self.arrs, self.recent, self.one_off)
        for w in widgets:
            w.blockSignals(True)
        self._role_chosen()
        self.name.setText(old.name if old else self.name.text())
        self.wte.setValue(old.wte if old else 1.0)
        if old and old.annual_salary is not None:
            self.salary.setValue(old.annual_salary)
        date = QDate.fromString(old.start_date, "yyyy-MM-dd") if old and old.start_date else first
        self.start.setDate(date if date.isValid() else first)
        self.arrs.setChecked(old.arrs_claimed if old else True)
        self.recent.setChecked(old.recent_member_employee if old else False)
        self.one_off.setValue(change.one_off_cost if isinstance(change, Recruit) else 0.0)
        self.sessions.set_sessions(old.sessions if old else {})
        for w in widgets:
            w.blockSignals(False)
        self.sessions.show_total(pcn, self.wte.value())

    def _name_typed(self, *_: object) -> None:
        self._typed_name = True
        self.edited.emit()

    def _role_chosen(self, *_: object) -> None:
        assert self.pcn is not None
        role = self.pcn.role(self.role.currentData() or "")
        self.salary.blockSignals(True)
        self.salary.setValue(role.annual_salary if role else 0)
        self.salary.blockSignals(False)
        if role is not None:
            self.sessions.allow(self.pcn, role.code)
            if not self._typed_name:
                self.name.setText(new_post_name(self.pcn, role.title))
            self.arrs_hint.setText(f"ARRS pays back up to £{role.arrs_cap or 0:,.0f} a year per WTE.")
        self.edited.emit()

    def _sessions_edited(self) -> None:
        if self.pcn is not None:
            self.sessions.show_total(self.pcn, self.wte.value())
        self.edited.emit()

    def change(self) -> PcnChange:
        assert self.pcn is not None
        code = self.role.currentData()
        if not code:
            raise ValueError("Choose a role.")
        name = " ".join(self.name.text().split())
        if not name:
            raise ValueError("Give the post a name (e.g. New paramedic).")
        role = self.pcn.role(str(code))
        salary: float | None = self.salary.value()
        if role is not None and abs(role.annual_salary - self.salary.value()) < 0.5:
            salary = None  # the role's salary, following any later change to it
        staff = SharedStaff(name, str(code), self.wte.value(), self.sessions.sessions(), salary,
                            self.start.date().toString("yyyy-MM-dd"), self.arrs.isChecked(), self.recent.isChecked())
        return Recruit(staff, self.one_off.value())


class RedeployForm(PcnChangeForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = combo()
        self.now = hint()
        self.form.addRow("Who", self.who)
        self.form.addRow("", self.now)
        self.sessions_title.setText("New sessions a week in each practice")
        self.who.currentIndexChanged.connect(self._who_chosen)

    def _team(self) -> tuple[SharedStaff, ...]:
        assert self.pcn is not None
        return team_before(self.pcn, self.option, self.index)

    def load(self, pcn: Pcn, option: str, index: int | None, change: PcnChange | None) -> None:
        super().load(pcn, option, index, change)
        old = change if isinstance(change, Redeploy) else None
        fill(self.who, [(f"{s.name} ({pcn.role(s.role).title if pcn.role(s.role) else s.role})", s.name)  # type: ignore[union-attr]
                        for s in self._team()], old.name if old else None, empty="The shared team is empty")
        self._who_chosen()
        if old:
            self.sessions.set_sessions(old.sessions)
            self._sessions_edited()

    def _member(self) -> SharedStaff | None:
        return next((s for s in self._team() if s.name == self.who.currentData()), None)

    def _who_chosen(self, *_: object) -> None:
        member = self._member()
        assert self.pcn is not None
        if member is not None:
            self.sessions.allow(self.pcn, member.role)
            self.sessions.set_sessions(member.sessions)
            self.now.setText(f"Now: {split_words(self.pcn, member.sessions)}")
        self._sessions_edited()

    def _sessions_edited(self) -> None:
        member = self._member()
        if self.pcn is not None and member is not None:
            self.sessions.show_total(self.pcn, member.wte)
        self.edited.emit()

    def change(self) -> PcnChange:
        member = self._member()
        if member is None:
            raise ValueError("Choose who to redeploy.")
        return Redeploy(member.name, self.sessions.sessions())
