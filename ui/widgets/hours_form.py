"""The form of a change of someone's hours: choose a person of the team and their new weekly
hours (an extra GP session, the regular locum from 4 sessions to 2). Shows their hours now, in
sessions too, and how they are paid (salary or by the hour), which sets the cost."""

from __future__ import annotations

from typing import Any

from planner.model import Change, ChangeHours, Plan, Scenario
from planner.present.format import pence
from planner.present.names import role_title
from ui.widgets.change_forms import ChangeForm, combo, fill, hint, spin


class ChangeHoursForm(ChangeForm):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.person = combo()
        self.hours = spin("weekly_hours", 2, 4.17, suffix=" h a week")
        self.now = hint()
        self.form.addRow("Person", self.person)
        self.form.addRow("Hours a week after", self.hours)
        self.form.addRow("", self.now)
        self.person.currentIndexChanged.connect(self._show_now)
        self.hours.valueChanged.connect(self._say_sessions)
        self._watch(self.person, self.hours)

    def load(self, plan: Plan, scenario: Scenario, before: int | None, change: Any) -> None:
        super().load(plan, scenario, before, change)
        old = change if isinstance(change, ChangeHours) else None
        people = [(f"{s.name} ({role_title(plan, s.role)})", s.name) for s in plan.staff]
        fill(self.person, people, old.staff if old else None, empty="The team has nobody yet")
        self._show_now(keep_typed=old is not None)
        if old:
            self.hours.setValue(old.weekly_hours)

    def _person(self) -> Any:
        assert self.plan is not None
        return next((s for s in self.plan.staff if s.name == self.person.currentData()), None)

    def _show_now(self, *_: object, keep_typed: bool = False) -> None:
        """Start the new hours from the person's hours now, and say how they are paid."""
        person = self._person()
        if person is None:
            self.now.setText("")
            return
        if not keep_typed:
            self.hours.blockSignals(True)
            self.hours.setValue(person.weekly_hours)
            self.hours.blockSignals(False)
        self._say_sessions()

    def _say_sessions(self, *_: object) -> None:
        person = self._person()
        if person is None or self.plan is None:
            return
        session = self.plan.assumptions.session_hours
        paid = (f"paid by the hour at {pence(person.hourly_rate)}" if person.hourly_rate is not None
                else "paid a salary (their own, else the role's full-time pay)")
        self.now.setText(f"Now {person.weekly_hours:g} h a week ({person.weekly_hours / session:.3g} sessions); "
                         f"after {self.hours.value():g} h ({self.hours.value() / session:.3g} sessions). "
                         f"{person.name} is {paid}.")

    def change(self) -> Change:
        name = self.person.currentData()
        if not name:
            raise ValueError("Choose a person of the team.")
        return ChangeHours(str(name), self.hours.value())
