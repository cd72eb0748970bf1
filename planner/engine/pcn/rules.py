"""The ARRS rules of the contract year, checked and named when broken (P5)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.arrs import ArrsEdition
from planner.engine.pcn.allocation import Allocation, StaffCost
from planner.model import Pcn


@dataclass(frozen=True)
class RuleBreak:
    rule: str  # "eligible role", "12-month rule", "role limit", "allocation"
    where: str  # the member of staff or role, or "PCN"
    message: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.where}: {self.message}"


def _staff_breaks(pcn: Pcn, costs: tuple[StaffCost, ...], edition: ArrsEdition) -> list[RuleBreak]:
    out = []
    for c in costs:
        s = c.staff
        role = pcn.role(s.role)
        title = role.title if role else s.role
        if s.arrs_claimed and role is not None and role.arrs_cap is None:
            out.append(RuleBreak("eligible role", s.name, f"{title} is not an ARRS role in "
                                 f"{edition.year}: its cost cannot be claimed"))
        elif s.arrs_claimed and s.recent_member_employee and s.role in edition.twelve_month_roles:
            out.append(RuleBreak("12-month rule", s.name, f"a {title} employed by the PCN or a member "
                                 "practice in the previous 12 months cannot be claimed for"))
    return out


def _limit_breaks(pcn: Pcn, costs: tuple[StaffCost, ...], edition: ArrsEdition) -> list[RuleBreak]:
    out = []
    for limit in edition.role_limits:
        people = sum(1 for c in costs if c.staff.role == limit.role and c.claimable)
        allowed = limit.limit(pcn.list_size)
        if people > allowed:
            out.append(RuleBreak("role limit", limit.title, f"{people} claimed; a PCN of "
                                 f"{pcn.list_size:,} patients may claim for {allowed}"))
    return out


def arrs_rule_breaks(pcn: Pcn, costs: tuple[StaffCost, ...], money: Allocation,
                     edition: ArrsEdition) -> tuple[RuleBreak, ...]:
    """Every ARRS rule of ``edition`` the shared team ``costs`` (after an option) breaks."""
    out = _staff_breaks(pcn, costs, edition) + _limit_breaks(pcn, costs, edition)
    if money.over > 0.5:
        out.append(RuleBreak("allocation", "PCN", f"committed £{money.committed:,.0f} and planned "
                             f"£{money.planned:,.0f} exceed the {edition.year} allocation of "
                             f"£{money.allocation:,.0f} by £{money.over:,.0f}"))
    return tuple(out)
