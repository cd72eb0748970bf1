"""What a rota import would change in the team, person by person, before it is applied.

A person of the rota whose name is already in the plan gets the rota's role and weekly hours
(``planner.rota.apply_rota``). That silently changes someone when two people share a name or
the rota covers an unusual week, so the import wizard shows each change first: role and hours
before -> after, a role change or an hours change above ``HOURS_FLAG_SHARE`` flagged, and the
people the practice manager unticks are left out of the import (``apply_chosen``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from planner.model import Plan
from planner.present import format as fmt
from planner.present.names import role_title
from planner.rota import RotaImport, apply_rota
from planner.rota.tally import person_key

#: An hours change above this share of the hours in the plan is flagged for checking.
HOURS_FLAG_SHARE = 0.10


@dataclass(frozen=True)
class StaffChange:
    """One person of the rota: as in the plan now (None when new) and after the import."""

    name: str  # as the plan spells it for someone already in the team, else as the rota does
    role_before: str | None  # role code
    role_after: str | None  # None: no job title in the rota and not in the plan (cannot be added)
    hours_before: float | None
    hours_after: float

    @property
    def key(self) -> str:
        """The name as names are compared (spaces trimmed, case folded)."""
        return person_key(self.name)

    @property
    def is_new(self) -> bool:
        return self.role_before is None

    @property
    def role_changed(self) -> bool:
        return not self.is_new and self.role_after != self.role_before

    @property
    def hours_share(self) -> float | None:
        """The hours change as a share of the hours in the plan (None when new or from 0)."""
        if self.hours_before is None or self.hours_before <= 0:
            return None
        return (self.hours_after - self.hours_before) / self.hours_before

    @property
    def hours_flagged(self) -> bool:
        if self.is_new or self.hours_before is None:
            return False
        if self.hours_before <= 0:
            return round(self.hours_after, 1) > 0
        share = self.hours_share
        return share is not None and abs(share) > HOURS_FLAG_SHARE + 1e-9

    @property
    def flagged(self) -> bool:
        return self.role_changed or self.hours_flagged

    @property
    def unchanged(self) -> bool:
        return (not self.is_new and not self.role_changed
                and round(self.hours_after, 1) == round(self.hours_before or 0.0, 1))


def rota_changes(plan: Plan, result: RotaImport) -> list[StaffChange]:
    """Each person of the rota, in the rota's order, with the change the import makes."""
    current = {person_key(s.name): s for s in plan.staff}
    changes = []
    for person in result.people:
        staff = current.get(person_key(person.name))
        hours = round(person.total_weekly_hours, 4)
        if staff is None:
            changes.append(StaffChange(person.name, None, person.role, None, hours))
        else:
            changes.append(StaffChange(staff.name, staff.role, person.role or staff.role,
                                       staff.weekly_hours, hours))
    return changes


def _title(plan: Plan, code: str | None) -> str:
    return role_title(plan, code) if code else "no role"


def _a(title: str) -> str:
    """'a Practice nurse', 'an Advanced nurse practitioner'."""
    vowel = bool(title) and title[0].casefold() in "aeiou"
    return f"{'an' if vowel else 'a'} {title}"


def change_warnings(plan: Plan, change: StaffChange) -> list[str]:
    """What to check before importing this person, in plain sentences (none when nothing is
    flagged): a role change says both roles, with the hours when they change too."""
    before = fmt.hours(change.hours_before or 0.0)
    after = fmt.hours(change.hours_after)
    share = change.hours_share
    by = f" ({share:+.0%})" if share is not None else ""
    if change.role_changed:
        was, now = _title(plan, change.role_before), _title(plan, change.role_after)
        if change.hours_flagged:
            return [f"{change.name} is {_a(was)} working {before} h a week in your plan; the rota "
                    f"says {now}, {after} h{by}. Check it is the same person."]
        return [f"{change.name} is {_a(was)} in your plan; the rota says {now}. "
                "Check it is the same person."]
    if change.hours_flagged:
        return [f"{change.name} works {before} h a week in your plan and {after} h in the rota"
                f"{by}. Check the rota shows a usual week."]
    return []


def chosen_import(result: RotaImport, leave_out: Iterable[str]) -> RotaImport:
    """The import without the people named in ``leave_out`` (names compared as the import
    compares them): they stay in the plan exactly as they are."""
    skip = {person_key(name) for name in leave_out}
    return replace(result, people=tuple(p for p in result.people if person_key(p.name) not in skip))


def apply_chosen(plan: Plan, result: RotaImport, leave_out: Iterable[str] = (), file: str = "") -> Plan:
    """``apply_rota`` with only the people the user kept ticked. Raises ValueError as
    ``apply_rota`` does, changing nothing."""
    return apply_rota(plan, chosen_import(result, leave_out), file=file)
