"""Domain values of a Skillmix plan."""

from __future__ import annotations

from planner.model.edit import Edit
from planner.model.pcn import (
    RECHARGE_BASES,
    MemberPractice,
    Pcn,
    PcnChange,
    PcnEdit,
    PcnOption,
    Recruit,
    Redeploy,
    SharedStaff,
)
from planner.model.plan import Activity, Assumptions, Plan, Practice, Role, Staff
from planner.model.scenario import (
    CHANGE_TYPES,
    FREED_TIME_USES,
    Avoid,
    Change,
    ChangeHours,
    Hire,
    Retime,
    Scenario,
    Shift,
    describe_change,
)
from planner.model.vocab import (
    BUREAUCRACY,
    CATEGORIES,
    CATEGORY_LABELS,
    PATIENT_FACING_CATEGORIES,
    STAFF_GROUPS,
)

__all__ = [
    "Edit",
    "Activity", "Assumptions", "Plan", "Practice", "Role", "Staff",
    "CHANGE_TYPES", "FREED_TIME_USES", "Avoid", "Change", "ChangeHours", "Hire", "Retime", "Scenario", "Shift",
    "describe_change",
    "RECHARGE_BASES", "MemberPractice", "Pcn", "PcnChange", "PcnEdit", "PcnOption", "Recruit", "Redeploy",
    "SharedStaff",
    "BUREAUCRACY", "CATEGORIES", "CATEGORY_LABELS", "PATIENT_FACING_CATEGORIES", "STAFF_GROUPS",
]
