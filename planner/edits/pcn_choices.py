"""What the PCN option form can offer: the ARRS roles a post can be recruited in, the practices
that can take sessions of a role, the shared team as it stands before a change, a free name."""

from __future__ import annotations

from dataclasses import replace

from planner.engine.pcn import staff_after
from planner.model import MemberPractice, Pcn, Recruit, Role, SharedStaff


def recruit_roles(pcn: Pcn) -> list[Role]:
    """The PCN's roles that ARRS reimburses in its contract year (an ARRS maximum), by title."""
    return sorted((r for r in pcn.roles if r.arrs_cap is not None), key=lambda r: r.title.casefold())


def practices_for(pcn: Pcn, role: str) -> tuple[list[MemberPractice], list[MemberPractice]]:
    """The member practices whose plans have ``role`` (they can take its sessions), and those not."""
    able = [p for p in pcn.practices if p.plan.role(role) is not None]
    return able, [p for p in pcn.practices if p.plan.role(role) is None]


def team_before(pcn: Pcn, option: str, index: int | None) -> tuple[SharedStaff, ...]:
    """The shared team as option ``option`` leaves it before its change ``index`` (None: after all
    of its changes): the people a redeploy there can move."""
    found = pcn.option(option)
    if found is None:
        return pcn.staff
    changes = found.changes if index is None else found.changes[:index]
    return staff_after(pcn, replace(found, changes=changes))


def new_post_name(pcn: Pcn, role_title: str, taken: set[str] | None = None) -> str:
    """'New paramedic (to recruit)', numbered when the name is taken in the team or any option."""
    names = {s.name for s in pcn.staff} | (taken or set())
    for o in pcn.options:
        names |= {c.staff.name for c in o.changes if isinstance(c, Recruit)}
    base = f"New {role_title[:1].lower()}{role_title[1:]} (to recruit)"
    candidate, n = base, 2
    while candidate in names:
        candidate, n = f"New {role_title[:1].lower()}{role_title[1:]} {n} (to recruit)", n + 1
    return candidate
