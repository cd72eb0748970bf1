"""One small form per kind of change. Each drop-down offers only what makes sense, from the
planner's helpers: a shift offers only activities the from-role does now and only to-roles
with minutes for it; an avoid offers only roles doing the activity; ARRS funding can be
ticked only for a role with an ARRS cap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from planner.edits import activities_role_does, role_to_hire, roles_able_to_do, roles_doing, roles_doing_any_work
from planner.model import Avoid, Change, Hire, Plan, Retime, Scenario, Shift
from planner.model.limits import NUMBER_LIMITS
from ui.theme import MUTED


def spin(field: str, decimals: int, step: float, prefix: str = "", suffix: str = "",
         scale: float = 1) -> QDoubleSpinBox:
    """A number box whose range is the field's limit (planner.model.limits), times ``scale``
    (100 for a share shown in %)."""
    limit = NUMBER_LIMITS[field]
    box = QDoubleSpinBox()
    box.setRange(limit.low * scale, limit.high * scale)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setPrefix(prefix)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setKeyboardTracking(True)  # valueChanged on every key: the results follow the typing
    box.setMinimumWidth(130)
    return box


def fill(combo: QComboBox, items: list[tuple[str, str]], keep: str | None = None,
         empty: str = "") -> None:
    """Replace the (text, code) items, keeping ``keep`` (or the current code) selected when
    it is still offered. With no items, show ``empty`` and disable the drop-down."""
    current = keep if keep is not None else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, code in items:
        combo.addItem(text, code)
    if not items and empty:
        combo.addItem(empty, None)
    combo.setEnabled(bool(items))
    found = combo.findData(current)
    combo.setCurrentIndex(found if found >= 0 else 0)
    combo.blockSignals(False)


def combo() -> QComboBox:
    """A drop-down whose width does not grow with its longest item (the form stays narrow)."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(22)
    return box


def hint() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {MUTED};")
    label.setWordWrap(True)
    return label


class ChangeForm(QWidget):
    """Subclasses fill their drop-downs in ``load`` and build a Change in ``change``."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 4, 0, 4)
        self.plan: Plan | None = None
        self.scenario: Scenario | None = None
        self.before: int | None = None

    def load(self, plan: Plan, scenario: Scenario, before: int | None, change: Any) -> None:
        self.plan, self.scenario, self.before = plan, scenario, before

    def change(self) -> Change:
        raise NotImplementedError

    def _watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.edited)
            elif isinstance(widget, QDoubleSpinBox):
                widget.valueChanged.connect(self.edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.edited)

    def _roles(self, roles: list[Any]) -> list[tuple[str, str]]:
        return [(r.title, r.code) for r in roles]

    def _code(self, combo: QComboBox, what: str) -> str:
        code = combo.currentData()
        if not code:
            raise ValueError(combo.currentText() or f"Choose {what}.")
        return str(code)


class ShiftForm(ChangeForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_role, self.activity, self.to_role = combo(), combo(), combo()
        self.fraction = spin("fraction", 0, 5, suffix=" %", scale=100)
        self.form.addRow("Move work from", self.from_role)
        self.form.addRow("Activity", self.activity)
        self.form.addRow("To", self.to_role)
        self.form.addRow("Share moved", self.fraction)
        self.from_role.currentIndexChanged.connect(self._fill_activities)
        self.activity.currentIndexChanged.connect(self._fill_to_roles)
        self._watch(self.from_role, self.activity, self.to_role, self.fraction)

    def load(self, plan: Plan, scenario: Scenario, before: int | None, change: Any) -> None:
        super().load(plan, scenario, before, change)
        old = change if isinstance(change, Shift) else None
        gp = plan.assumptions.gp_role
        fill(self.from_role, self._roles(roles_doing_any_work(plan)), old.from_role if old else gp)
        self._fill_activities(keep=old.activity if old else None)
        if old:
            self._fill_to_roles(keep=old.to_role)
        self.fraction.setValue(old.fraction * 100 if old else 0)  # nothing moves until chosen

    def _fill_activities(self, *_: object, keep: str | None = None) -> None:
        assert self.plan is not None
        doing = activities_role_does(self.plan, self.from_role.currentData() or "")
        fill(self.activity, [(a.name, a.code) for a in doing], keep,
             empty="This role does no activity now")
        self._fill_to_roles()

    def _fill_to_roles(self, *_: object, keep: str | None = None) -> None:
        assert self.plan is not None
        activity, source = self.activity.currentData() or "", self.from_role.currentData()
        able = [r for r in roles_able_to_do(self.plan, activity, self.scenario, self.before)
                if r.code != source]
        fill(self.to_role, self._roles(able), keep,
             empty="No other role has minutes for this activity (set them on the Workload page)")

    def change(self) -> Change:
        return Shift(self._code(self.activity, "an activity"), self._code(self.from_role, "a role"),
                     self._code(self.to_role, "a role to move the work to"),
                     self.fraction.value() / 100)


class AvoidForm(ChangeForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity, self.role = combo(), combo()
        self.fraction = spin("fraction", 0, 5, suffix=" %", scale=100)
        self.form.addRow("Activity", self.activity)
        self.form.addRow("Done by", self.role)
        self.form.addRow("Share avoided", self.fraction)
        note = hint()
        note.setText("Work that leaves the practice: community pharmacy, self-care, "
                     "care navigation elsewhere.")
        self.form.addRow("", note)
        self.activity.currentIndexChanged.connect(self._fill_roles)
        self._watch(self.activity, self.role, self.fraction)

    def load(self, plan: Plan, scenario: Scenario, before: int | None, change: Any) -> None:
        super().load(plan, scenario, before, change)
        old = change if isinstance(change, Avoid) else None
        done = [(a.name, a.code) for a in plan.activities if a.split and a.volume_per_week > 0]
        fill(self.activity, done, old.activity if old else None, empty="No activity is done now")
        self._fill_roles(keep=old.role if old else plan.assumptions.gp_role)
        self.fraction.setValue(old.fraction * 100 if old else 0)  # nothing avoided until chosen

    def _fill_roles(self, *_: object, keep: str | None = None) -> None:
        assert self.plan is not None
        roles = roles_doing(self.plan, self.activity.currentData() or "")
        fill(self.role, self._roles(roles), keep, empty="Nobody does this now")

    def change(self) -> Change:
        return Avoid(self._code(self.activity, "an activity"), self._code(self.role, "a role"),
                     self.fraction.value() / 100)


class RetimeForm(ChangeForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity, self.role = combo(), combo()
        self.minutes = spin("minutes", 1, 0.5, suffix=" min")
        self.now = hint()
        self.form.addRow("Activity", self.activity)
        self.form.addRow("Done by", self.role)
        self.form.addRow("New minutes per item", self.minutes)
        self.form.addRow("", self.now)
        self.activity.currentIndexChanged.connect(self._fill_roles)
        self.role.currentIndexChanged.connect(self._show_now)
        self._watch(self.activity, self.role, self.minutes)

    def load(self, plan: Plan, scenario: Scenario, before: int | None, change: Any) -> None:
        super().load(plan, scenario, before, change)
        old = change if isinstance(change, Retime) else None
        fill(self.activity, [(a.name, a.code) for a in plan.activities],
             old.activity if old else None, empty="The plan has no activities")
        self._fill_roles(keep=old.role if old else plan.assumptions.gp_role)
        if old:
            self.minutes.setValue(old.minutes)

    def _fill_roles(self, *_: object, keep: str | None = None) -> None:
        assert self.plan is not None
        roles = roles_able_to_do(self.plan, self.activity.currentData() or "", self.scenario,
                                 self.before)
        fill(self.role, self._roles(roles), keep, empty="No role has minutes for this")
        self._show_now()

    def _show_now(self, *_: object) -> None:
        """Say how long an item takes this role now, and start the new minutes from there."""
        assert self.plan is not None
        activity = self.plan.activity(self.activity.currentData() or "")
        now = activity.minutes.get(self.role.currentData() or "") if activity else None
        self.now.setText("" if now is None else f"Now {now:g} minutes per item")
        if now is not None:
            self.minutes.blockSignals(True)
            self.minutes.setValue(now)
            self.minutes.blockSignals(False)

    def change(self) -> Change:
        return Retime(self._code(self.activity, "an activity"), self._code(self.role, "a role"),
                      self.minutes.value())


class HireForm(ChangeForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = combo()
        self.wte = spin("wte", 2, 0.1, suffix=" WTE")
        self.salary = spin("annual_salary", 0, 500, prefix="£")
        self.arrs = QCheckBox("Funded by ARRS")
        self.one_off = spin("one_off_cost", 0, 500, prefix="£")
        self.ramp = spin("ramp_up_months", 0, 1, suffix=" months")
        self.arrs_hint = hint()
        for text, widget in (("Role", self.role), ("Whole-time equivalent", self.wte),
                             ("Full-time salary", self.salary), ("", self.arrs),
                             ("", self.arrs_hint), ("One-off cost", self.one_off),
                             ("Months to full capacity", self.ramp)):
            self.form.addRow(text, widget)
        self.salary.setToolTip("Full-time basic pay a year; starts at the role's salary")
        self.one_off.setToolTip("Recruitment, equipment and set-up")
        self.ramp.setToolTip("How long until the new person does a full workload (0: from the "
                             "first day). Fewer GP hours are freed in the first year; see Year "
                             "by year in the results.")
        self.role.currentIndexChanged.connect(self._role_chosen)
        self._watch(self.role, self.wte, self.salary, self.arrs, self.one_off, self.ramp)

    def load(self, plan: Plan, scenario: Scenario, before: int | None, change: Any) -> None:
        super().load(plan, scenario, before, change)
        old = change if isinstance(change, Hire) else None
        # a new hire starts on the role work was just moved to, not on the first role of the list
        fill(self.role, self._roles(list(plan.roles)), old.role if old else role_to_hire(plan, scenario, before))
        self._role_chosen()
        if old:
            role = plan.role(old.role)
            salary = old.annual_salary if old.annual_salary is not None else \
                (role.annual_salary if role else 0)
            self.salary.setValue(salary)
            self.arrs.setChecked(old.arrs_funded and self.arrs.isEnabled())
        self.wte.setValue(old.wte if old else 1.0)
        self.one_off.setValue(old.one_off_cost if old else 0)
        self.ramp.setValue(old.ramp_up_months if old else 0)

    def _role_chosen(self, *_: object) -> None:
        role = self.plan.role(self.role.currentData() or "") if self.plan else None
        blocked = [self.salary.blockSignals(True), self.arrs.blockSignals(True)]
        self.salary.setValue(role.annual_salary if role else 0)
        capped = role is not None and role.arrs_cap is not None
        self.arrs.setEnabled(capped)
        # Never assumed: ARRS is claimed by the PCN from a fixed budget (and covers GPs only
        # in narrow cases), so the manager ticks it once the PCN confirms.
        self.arrs.setChecked(False)
        self.salary.blockSignals(blocked[0])
        self.arrs.blockSignals(blocked[1])
        if role is not None and role.arrs_cap is not None:
            self.arrs_hint.setText(f"ARRS pays back up to £{role.arrs_cap:,.0f} a year per WTE. "
                                   "The PCN claims it from its ARRS budget: tick once it confirms.")
        else:
            self.arrs_hint.setText("This role has no ARRS cap, so ARRS cannot fund it.")

    def change(self) -> Change:
        code = self._code(self.role, "a role")
        role = self.plan.role(code) if self.plan else None
        salary: float | None = self.salary.value()
        if role is not None and abs(role.annual_salary - self.salary.value()) < 0.5:
            salary = None  # the role's salary, following any later change to it
        return Hire(code, self.wte.value(), salary, self.arrs.isChecked() and self.arrs.isEnabled(),
                    self.one_off.value(), self.ramp.value())
