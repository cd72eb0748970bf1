"""The plan: practice, assumptions, roles, staff and activities as immutable values.

Every value here is plain data; edits make new values (``dataclasses.replace``).
Mappings are stored as ``dict`` but never mutated after construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from planner.model.scenario import Scenario


@dataclass(frozen=True)
class Practice:
    name: str
    list_size: int
    weeks_per_year: float = 52.0
    #: clinical rooms in the building; 0 = not recorded (extension E4)
    consulting_rooms: int = 0


@dataclass(frozen=True)
class Assumptions:
    """Overridable model assumptions (MODEL.md, Inputs)."""

    session_hours: float = 25 / 6
    wte_hours: float = 37.5
    employer_ni_rate: float = 0.15
    employer_ni_threshold: float = 5000.0
    employer_pension_rate: float = 0.1438
    gp_appointment_minutes: float = 10.0
    gp_hour_value: float = 364 / (25 / 6)
    gp_role: str = "GP"
    # Extensions (docs/MODEL-EXTENSIONS.md)
    pay_award_rate: float = 0.036
    list_growth_rate: float = 0.01
    projection_years: int = 5
    safe_contacts_per_gp_day: float = 25.0
    room_sessions_per_week: float = 10.0
    locum_share_of_shortfall: float = 0.0

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class Role:
    code: str
    title: str
    staff_group: str
    annual_salary: float
    leave_fraction: float = 0.0
    arrs_cap: float | None = None
    supervision_gp_hours_per_wte_week: float = 0.0


@dataclass(frozen=True)
class Staff:
    name: str
    role: str
    weekly_hours: float
    annual_salary: float | None = None
    #: paid by the hour or session (a locum, agency or bank worker): pounds an hour, no employer
    #: NI or pension; None for an employee paid a salary (extension E13)
    hourly_rate: float | None = None


@dataclass(frozen=True)
class Activity:
    """A piece of work: ``minutes[role]`` per item for each role able to do it,
    ``split[role]`` the share of items each role does now (sums to 1)."""

    code: str
    name: str
    category: str
    volume_per_week: float
    minutes: dict[str, float] = field(default_factory=dict)
    split: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    practice: Practice
    assumptions: Assumptions = Assumptions()
    roles: tuple[Role, ...] = ()
    staff: tuple[Staff, ...] = ()
    activities: tuple[Activity, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    #: Free-form extra settings saved with the plan (rota vocabularies, audit shares...).
    extras: dict[str, Any] = field(default_factory=dict)

    def role(self, code: str) -> Role | None:
        for r in self.roles:
            if r.code == code:
                return r
        return None

    def activity(self, code: str) -> Activity | None:
        for a in self.activities:
            if a.code == code:
                return a
        return None

    def scenario(self, name: str) -> Scenario | None:
        for s in self.scenarios:
            if s.name == name:
                return s
        return None
