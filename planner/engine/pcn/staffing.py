"""The shared team after a PCN option, sessions by practice, and the share of a contract year
a member of staff is in post (P1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.model import Pcn, PcnOption, Recruit, SharedStaff

#: practice code -> staff name -> (role code, sessions a week)
Sessions = dict[str, tuple[str, float]]


def staff_after(pcn: Pcn, option: PcnOption | None) -> tuple[SharedStaff, ...]:
    """The shared team once ``option``'s changes are applied in order (None: today's team)."""
    staff = list(pcn.staff)
    for change in option.changes if option else ():
        if isinstance(change, Recruit):
            staff.append(change.staff)
        else:
            staff = [replace(s, sessions=dict(change.sessions)) if s.name == change.name else s
                     for s in staff]
    return tuple(staff)


def recruited(option: PcnOption | None) -> tuple[Recruit, ...]:
    return tuple(c for c in option.changes if isinstance(c, Recruit)) if option else ()


def sessions_in(staff: tuple[SharedStaff, ...], practice: str) -> Sessions:
    """Sessions a week each member of ``staff`` works in ``practice`` (only those who work there)."""
    return {s.name: (s.role, s.sessions[practice]) for s in staff if s.sessions.get(practice, 0.0) > 0}


def share_of_sessions(member: SharedStaff, practice: str) -> float | None:
    """The practice's share of the member's sessions; None when the member has no sessions."""
    total = member.total_sessions
    return member.sessions.get(practice, 0.0) / total if total > 0 else None


def year_fraction(start_date: str, starts: str, ends: str) -> float:
    """Share of the contract year ``starts``..``ends`` (ISO dates, inclusive) from ``start_date``
    on: 1 when in post before the year began (or no date), 0 when starting after it ends."""
    if not start_date:
        return 1.0
    begin, first, last = date.fromisoformat(start_date), date.fromisoformat(starts), date.fromisoformat(ends)
    if begin <= first:
        return 1.0
    if begin > last:
        return 0.0
    return ((last - begin).days + 1) / ((last - first).days + 1)
