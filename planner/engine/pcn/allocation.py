"""The cost of the shared team, the PCN's ARRS allocation and what is committed, planned and
left (P3, P4).

Costs are a full year, as MODEL.md (what the post costs every year). The allocation is for the
contract year, so a member of staff starting during it counts for the share of the year in post."""

from __future__ import annotations

from dataclasses import dataclass

from planner.arrs import ArrsEdition
from planner.engine.costs import HireCost, hire_cost
from planner.engine.pcn.staffing import year_fraction
from planner.model import Hire, Pcn, SharedStaff


@dataclass(frozen=True)
class StaffCost:
    """One member of the shared team: the full-year cost and ARRS (as a hire, MODEL.md), whether
    ARRS can be claimed, and the ARRS counted against this contract year."""

    staff: SharedStaff
    cost: HireCost
    claimable: bool
    year_fraction: float

    @property
    def arrs_this_year(self) -> float:
        return self.cost.arrs * self.year_fraction


def claimable(pcn: Pcn, member: SharedStaff, edition: ArrsEdition) -> bool:
    """ARRS can be claimed: ticked, the role has an ARRS maximum, and the 12-month rule allows it."""
    role = pcn.role(member.role)
    blocked = member.recent_member_employee and member.role in edition.twelve_month_roles
    return member.arrs_claimed and role is not None and role.arrs_cap is not None and not blocked


def staff_cost(pcn: Pcn, member: SharedStaff, edition: ArrsEdition) -> StaffCost:
    role = pcn.role(member.role)
    assert role is not None  # validate_pcn names a role that does not exist
    ok = claimable(pcn, member, edition)
    cost = hire_cost(Hire(member.role, member.wte, member.annual_salary, ok), role, pcn.assumptions)
    return StaffCost(member, cost, ok, year_fraction(member.start_date, edition.starts, edition.ends))


def staff_costs(pcn: Pcn, staff: tuple[SharedStaff, ...], edition: ArrsEdition) -> tuple[StaffCost, ...]:
    return tuple(staff_cost(pcn, s, edition) for s in staff)


@dataclass(frozen=True)
class Allocation:
    """The contract year's ARRS: allocation = sum per weighted patient x weighted population;
    committed = staff in post today; planned = this option's recruits and the ARRS-funded hires
    of the practices' own options; headroom = allocation - committed - planned."""

    allocation: float
    committed: float
    planned: float

    @property
    def headroom(self) -> float:
        return self.allocation - self.committed - self.planned

    @property
    def over(self) -> float:
        return max(0.0, -self.headroom)


def allocation(pcn: Pcn, in_post: tuple[StaffCost, ...], recruits: tuple[StaffCost, ...],
               practice_arrs: float) -> Allocation:
    total = pcn.arrs_per_weighted_patient * pcn.weighted_population
    return Allocation(total, sum(c.arrs_this_year for c in in_post),
                      sum(c.arrs_this_year for c in recruits) + practice_arrs)
