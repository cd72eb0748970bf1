"""Scenario changes (MODEL.md, Scenario changes): shift, avoid, retime, hire; and change_hours
(docs/MODEL-EXTENSIONS.md E13)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Shift:
    """Move ``fraction`` of the items role ``from_role`` does to role ``to_role``."""

    activity: str
    from_role: str
    to_role: str
    fraction: float
    type: Literal["shift"] = "shift"


@dataclass(frozen=True)
class Avoid:
    """``fraction`` of the items ``role`` does leaves the practice."""

    activity: str
    role: str
    fraction: float
    type: Literal["avoid"] = "avoid"


@dataclass(frozen=True)
class Retime:
    """New minutes per item for ``role`` on ``activity``."""

    activity: str
    role: str
    minutes: float
    type: Literal["retime"] = "retime"


@dataclass(frozen=True)
class Hire:
    """Add ``wte`` of ``role``; ``annual_salary`` None means the role's salary."""

    role: str
    wte: float
    annual_salary: float | None = None
    arrs_funded: bool = False
    one_off_cost: float = 0.0
    #: months until the new person works at full capacity (linear ramp; extension E1)
    ramp_up_months: float = 0.0
    type: Literal["hire"] = "hire"


@dataclass(frozen=True)
class ChangeHours:
    """An existing person's (or locum's) weekly hours become ``weekly_hours`` (up or down:
    an extra GP session, the regular locum from 4 sessions to 2). ``staff`` is their name."""

    staff: str
    weekly_hours: float
    type: Literal["change_hours"] = "change_hours"


Change = Shift | Avoid | Retime | Hire | ChangeHours

CHANGE_TYPES: dict[str, type] = {"shift": Shift, "avoid": Avoid, "retime": Retime, "hire": Hire,
                                 "change_hours": ChangeHours}


@dataclass(frozen=True)
class Scenario:
    name: str
    changes: tuple[Change, ...] = ()
    description: str = ""
    recommended: bool = False
    #: what the freed GP time becomes (one of FREED_TIME_USES, or "" not decided)
    freed_time_use: str = ""


FREED_TIME_USES: dict[str, str] = {
    "appointments": "Extra GP appointments (more access)",
    "locums": "Fewer locum sessions (cash saved)",
    "proactive": "Proactive and complex care",
    "cash": "Partner time released (cash)",
}


def describe_change(change: Change) -> str:
    """One line a practice manager can read, e.g. 'Shift 80% of med_review from GP to PHARM'."""
    if isinstance(change, Shift):
        return (f"Move {change.fraction:.0%} of {change.activity} "
                f"from {change.from_role} to {change.to_role}")
    if isinstance(change, Avoid):
        return f"Avoid {change.fraction:.0%} of {change.activity} done by {change.role}"
    if isinstance(change, Retime):
        return f"{change.activity} by {change.role} takes {change.minutes:g} min"
    if isinstance(change, ChangeHours):
        return f"{change.staff} works {change.weekly_hours:g} hours a week"
    salary = "" if change.annual_salary is None else f" at £{change.annual_salary:,.0f}"
    funded = ", ARRS funded" if change.arrs_funded else ""
    return f"Hire {change.wte:g} WTE {change.role}{salary}{funded}"
