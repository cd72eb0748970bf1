"""Safe working and rooms (extensions E3/E4, docs/MODEL-EXTENSIONS.md).

- GP patient contacts a day = GP items a week in appointments, triage and visits
  / GP days a week, where GP days = GP capacity hours / (2 x session_hours).
  Above safe_contacts_per_gp_day (BMA: 25) the plan says so.
- Room sessions needed a week = sum over roles of hours in appointments and triage
  / session_hours (visits happen outside the building); available = consulting_rooms
  x room_sessions_per_week. Checked only when consulting_rooms > 0.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.engine.problems import NEGLIGIBLE
from planner.engine.workload import Workload
from planner.model import Plan

CONTACT_CATEGORIES = frozenset({"appointments", "triage", "visits"})
ROOM_CATEGORIES = frozenset({"appointments", "triage"})


@dataclass(frozen=True)
class SafetyCheck:
    gp_contacts_per_day: float | None  # None when the plan has no GP capacity
    safe_contacts_per_day: float
    room_sessions_needed: float
    room_sessions_available: float | None  # None when rooms are not recorded

    @property
    def gp_contacts_unsafe(self) -> bool:
        return self.gp_contacts_per_day is not None and self.gp_contacts_per_day > self.safe_contacts_per_day

    @property
    def rooms_short(self) -> float:
        if self.room_sessions_available is None:
            return 0.0
        return max(0.0, self.room_sessions_needed - self.room_sessions_available)


def safety_check(plan: Plan, workload: Workload) -> SafetyCheck:
    a = plan.assumptions
    cats = {x.code: x.category for x in plan.activities}
    contacts = sum(row.get(a.gp_role, 0.0) for code, row in workload.items.items()
                   if cats[code] in CONTACT_CATEGORIES)
    days = workload.capacity.get(a.gp_role, 0.0) / (2 * a.session_hours)
    room_hours = sum(sum(row.values()) for code, row in workload.hours.items()
                     if cats[code] in ROOM_CATEGORIES)
    rooms = plan.practice.consulting_rooms
    return SafetyCheck(contacts / days if days > NEGLIGIBLE else None, a.safe_contacts_per_gp_day,
                       room_hours / a.session_hours,
                       rooms * a.room_sessions_per_week if rooms else None)
