"""Safe working and rooms (extensions E3/E4, docs/MODEL-EXTENSIONS.md).

- GP patient contacts a day = GP items a week in appointments, triage and visits
  / GP days a week, where GP days = GP capacity hours / (2 x session_hours).
  Above safe_contacts_per_gp_day (BMA: 25) the plan says so, with what it would take to reach
  it: GP sessions a week to add (rostered, before leave) = (contacts a week / safe - GP days)
  x 2 / (1 - GP leave fraction), or GP contacts a week to move = contacts a week - safe x GP days.
- Room hours of a role = its hours in appointments and triage (visits happen outside the
  building). After an option that adds time to a role (a hire, more hours), the role fills rooms
  for its new time too: room hours = max(its appointment and triage hours after, before + added
  capacity x its patient-facing share after), the share being appointment and triage hours /
  all its hours after (with no work yet: 1 for clinical staff groups, 0 for admin).
  Room sessions needed = room hours of every role / session_hours; available = consulting_rooms
  x room_sessions_per_week. Checked only when consulting_rooms > 0.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.engine.problems import NEGLIGIBLE
from planner.engine.results import ScenarioResult
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
    #: to reach the safe limit: GP sessions a week to add, or GP contacts a week to move (0 when safe)
    gp_sessions_to_safe: float = 0.0
    gp_contacts_to_move_to_safe: float = 0.0

    @property
    def gp_contacts_unsafe(self) -> bool:
        return self.gp_contacts_per_day is not None and self.gp_contacts_per_day > self.safe_contacts_per_day

    @property
    def rooms_short(self) -> float:
        if self.room_sessions_available is None:
            return 0.0
        return max(0.0, self.room_sessions_needed - self.room_sessions_available)


def safety_check(plan: Plan, workload: Workload, before: Workload | None = None) -> SafetyCheck:
    """Contacts a GP day and room sessions of ``workload``; with ``before`` (the workload before
    an option), time the option adds to a role fills rooms too."""
    a = plan.assumptions
    cats = {x.code: x.category for x in plan.activities}
    contacts = sum(row.get(a.gp_role, 0.0) for code, row in workload.items.items()
                   if cats[code] in CONTACT_CATEGORIES)
    days = workload.capacity.get(a.gp_role, 0.0) / (2 * a.session_hours)
    rooms = plan.practice.consulting_rooms
    per_day = contacts / days if days > NEGLIGIBLE else None
    sessions, move = _to_safe(plan, contacts, days, per_day)
    return SafetyCheck(per_day, a.safe_contacts_per_gp_day,
                       _room_hours(plan, workload, before) / a.session_hours,
                       rooms * a.room_sessions_per_week if rooms else None, sessions, move)


def _to_safe(plan: Plan, contacts: float, days: float, per_day: float | None) -> tuple[float, float]:
    safe = plan.assumptions.safe_contacts_per_gp_day
    if per_day is None or per_day <= safe:
        return 0.0, 0.0
    gp = plan.role(plan.assumptions.gp_role)
    leave = gp.leave_fraction if gp is not None else 0.0
    return (contacts / safe - days) * 2 / (1 - leave), contacts - safe * days


def _patient_facing(plan: Plan, workload: Workload) -> dict[str, float]:
    cats = {x.code: x.category for x in plan.activities}
    out = dict.fromkeys(workload.capacity, 0.0)
    for code, row in workload.hours.items():
        if cats[code] in ROOM_CATEGORIES:
            for role, h in row.items():
                out[role] = out.get(role, 0.0) + h
    return out


def _room_hours(plan: Plan, workload: Workload, before: Workload | None) -> float:
    now = _patient_facing(plan, workload)
    if before is None:
        return sum(now.values())
    then = _patient_facing(plan, before)
    total = 0.0
    for code, hours in now.items():
        added = workload.capacity.get(code, 0.0) - before.capacity.get(code, 0.0)
        if added > NEGLIGIBLE:
            demand = workload.demand.get(code, 0.0)
            role = plan.role(code)
            clinical = 0.0 if role is not None and role.staff_group == "Admin/Non-clinical" else 1.0
            share = hours / demand if demand > NEGLIGIBLE else clinical
            hours = max(hours, then.get(code, 0.0) + added * share)
        total += hours
    return total


def option_safety(plan: Plan, r: ScenarioResult) -> tuple[SafetyCheck, SafetyCheck]:
    """Safe working and rooms before and after an option (time it adds to a role fills rooms)."""
    return safety_check(plan, r.before), safety_check(plan, r.after, r.before)
