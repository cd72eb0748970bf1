"""A primary care network (PCN) plan as immutable values (docs/MODEL-EXTENSIONS.md, P1-P6).

The network's member practices each keep their own plan (workload, team, options). The PCN adds
what belongs to the network: its ARRS allocation for the contract year, the ARRS staff it employs
and shares across practices (sessions a week in each), and PCN options that recruit or redeploy
those staff. Edits make new values (``dataclasses.replace``); dicts are never mutated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from planner.model.plan import Assumptions, Plan, Role

#: How the cost of shared staff above their ARRS reimbursement is shared among practices.
RECHARGE_BASES: dict[str, str] = {
    "sessions": "by the sessions each practice gets",
    "weighted_population": "by each practice's share of the weighted population",
}


@dataclass(frozen=True)
class MemberPractice:
    """A member practice: its code (ODS code), its own plan and its weighted population
    (Carr-Hill weighted list, the basis of the PCN's ARRS allocation)."""

    code: str
    plan: Plan
    weighted_population: float

    @property
    def name(self) -> str:
        return self.plan.practice.name

    @property
    def list_size(self) -> int:
        return self.plan.practice.list_size


@dataclass(frozen=True)
class SharedStaff:
    """A member of the PCN's ARRS team: employed by the network, working ``sessions[practice]``
    sessions a week in each practice."""

    name: str
    role: str
    wte: float
    sessions: dict[str, float] = field(default_factory=dict)
    annual_salary: float | None = None  # None: the PCN role's salary
    start_date: str = ""  # ISO date; "" = in post before the contract year began
    arrs_claimed: bool = True
    #: employed by the PCN or a member practice in the 12 months before starting (12-month rule)
    recent_member_employee: bool = False

    @property
    def total_sessions(self) -> float:
        return sum(self.sessions.values())


@dataclass(frozen=True)
class Recruit:
    """A new post for the PCN's shared team, with its sessions by practice."""

    staff: SharedStaff
    one_off_cost: float = 0.0
    type: Literal["recruit"] = "recruit"


@dataclass(frozen=True)
class Redeploy:
    """New sessions by practice for a member of the shared team (same person, same WTE)."""

    name: str
    sessions: dict[str, float] = field(default_factory=dict)
    type: Literal["redeploy"] = "redeploy"


PcnChange = Recruit | Redeploy


@dataclass(frozen=True)
class PcnOption:
    """A PCN option: its changes to the shared team, and for each practice code the name of that
    practice's own option taken with it (the work moved to the shared staff, own hires)."""

    name: str
    changes: tuple[PcnChange, ...] = ()
    practice_options: dict[str, str] = field(default_factory=dict)
    description: str = ""


@dataclass(frozen=True)
class Pcn:
    """The network: name, code, contract year and its ARRS sum per weighted patient, the
    assumptions and roles its shared staff are costed with, member practices, shared staff, options."""

    name: str
    code: str
    contract_year: str
    arrs_per_weighted_patient: float
    assumptions: Assumptions = Assumptions()
    roles: tuple[Role, ...] = ()
    practices: tuple[MemberPractice, ...] = ()
    staff: tuple[SharedStaff, ...] = ()
    options: tuple[PcnOption, ...] = ()
    recharge_basis: str = "sessions"
    #: London weighting (HCAS) zone of the shared team: "", "fringe", "outer" or "inner" (P7)
    hcas_zone: str = ""

    def practice(self, code: str) -> MemberPractice | None:
        return next((p for p in self.practices if p.code == code), None)

    def role(self, code: str) -> Role | None:
        return next((r for r in self.roles if r.code == code), None)

    def member(self, name: str) -> SharedStaff | None:
        return next((s for s in self.staff if s.name == name), None)

    def option(self, name: str) -> PcnOption | None:
        return next((o for o in self.options if o.name == name), None)

    @property
    def weighted_population(self) -> float:
        return sum(p.weighted_population for p in self.practices)

    @property
    def list_size(self) -> int:
        return sum(p.list_size for p in self.practices)


@dataclass(frozen=True)
class PcnEdit:
    """An edit of a PCN plan as a value, as ``Edit`` is for a practice plan: what Undo shows, the
    network before and after; edits with the same non-empty key one after another may merge."""

    label: str
    before: Pcn
    after: Pcn
    key: str = ""

    @property
    def changes_nothing(self) -> bool:
        return self.before == self.after
