"""What changed between the approval of an option and now (extension E12): the team (people who
joined or left, hours changed, each role's contracted hours and leave), the work (activities whose
volume, GP share or GP minutes changed, and whether the figure now is the practice's own data),
the list size, the reference edition, where the data came from, and the option itself.

Each change is a value with its sentence (``text``), so the app, the PDF and the command line
say it in the same words. People are matched by name as the rota import matches them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.appointments.provenance import volume_source
from planner.interchange import change_to_dict
from planner.model import Plan
from planner.present import data_source as words
from planner.present import format as fmt
from planner.reference import plan_edition
from planner.review.record import Decision, long_date
from planner.review.snapshot import data_sources, team_hours
from planner.rota.tally import person_key


@dataclass(frozen=True)
class RoleChange:
    title: str
    hours_before: float
    hours_now: float
    joined: tuple[tuple[str, float], ...] = ()
    left: tuple[tuple[str, float], ...] = ()
    changed: tuple[tuple[str, float, float], ...] = ()  # name, hours at approval, hours now
    leave: tuple[float, float] | None = None  # leave fraction at approval and now, when it changed

    @property
    def text(self) -> str:
        """'Clinical pharmacist: 30.0 hours a week (was 0.0). Joined: Pharm Pat 30.0 h.'"""
        parts = [f"{self.title}: {fmt.hours(self.hours_now)} hours a week (was {fmt.hours(self.hours_before)})"]
        if self.joined:
            parts.append(f"Joined: {_people(self.joined)}")
        if self.left:
            parts.append(f"Left: {_people(self.left)}")
        if self.changed:
            named = [f"{n} {fmt.hours(b)} h (was {fmt.hours(a)})" for n, a, b in self.changed[:PEOPLE_NAMED]]
            more = len(self.changed) - PEOPLE_NAMED
            parts.append("Hours changed: " + ", ".join(named) + (f" and {more} more" if more > 0 else ""))
        if self.leave:
            parts.append(f"Leave {fmt.percent(self.leave[1])} (was {fmt.percent(self.leave[0])})")
        return ". ".join(parts) + "."


#: people named in one line of a role's change; the rest are counted
PEOPLE_NAMED = 4


def _people(found: tuple[tuple[str, float], ...]) -> str:
    named = ", ".join(f"{name} {fmt.hours(hours)} h" for name, hours in found[:PEOPLE_NAMED])
    more = len(found) - PEOPLE_NAMED
    return named + (f" and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class WorkChange:
    name: str
    volume: tuple[float | None, float | None]  # items a week at approval and now (None: not in the plan)
    gp_share: tuple[float, float]
    gp_minutes: tuple[float | None, float | None]
    source: str  # where the volume now comes from, in words
    is_data: bool  # the volume now is the practice's own appointment data

    @property
    def text(self) -> str:
        """'Medication reviews: 64.0 a week (was 60.0), Your data: …. GP share 25% (was 100%).'"""
        before, now = self.volume
        if now is None:
            return f"{self.name}: no longer in the plan (was {fmt.hours(before)} a week)."
        if before is None:
            return f"{self.name}: new, {fmt.hours(now)} a week, {self.source}."
        parts = [f"{fmt.hours(now)} a week (was {fmt.hours(before)}), {self.source}"] \
            if _shown(before) != _shown(now) else []
        if fmt.percent(self.gp_share[0]) != fmt.percent(self.gp_share[1]):
            parts.append(f"GP share {fmt.percent(self.gp_share[1])} (was {fmt.percent(self.gp_share[0])})")
        a, b = self.gp_minutes
        if _shown(a) != _shown(b):
            parts.append(f"GP minutes {_minutes(b)} (was {_minutes(a)})")
        return f"{self.name}: " + ". ".join(parts) + "." if parts else ""

    @property
    def changed(self) -> bool:
        return bool(self.text)


def _shown(value: float | None) -> str:
    return fmt.hours(value, none="none")


def _minutes(value: float | None) -> str:
    return "none" if value is None else f"{fmt.hours(value)} min"


@dataclass(frozen=True)
class Changes:
    team: tuple[RoleChange, ...]
    work: tuple[WorkChange, ...]
    other: tuple[str, ...]  # list size, reference edition, data imported, the option itself

    @property
    def nothing(self) -> bool:
        return not (self.team or self.work or self.other)

    @property
    def lines(self) -> list[str]:
        """Every change in words: the team, then the list, data and option, then the work."""
        return [c.text for c in self.team] + list(self.other) + [c.text for c in self.work]


def changes_since(plan: Plan, d: Decision) -> Changes:
    """Everything in ``plan`` that differs from the plan ``d`` was approved against."""
    return Changes(tuple(team_changes(plan, d)), tuple(work_changes(plan, d)), tuple(other_changes(plan, d)))


def team_changes(plan: Plan, d: Decision) -> list[RoleChange]:
    before = _by_person(d.baseline.staff)
    now = _by_person({"name": s.name, "role": s.role, "weekly_hours": s.weekly_hours} for s in plan.staff)
    hours_now = team_hours(plan)
    titles = {**d.baseline.role_titles, **{r.code: r.title or r.code for r in plan.roles}}
    leave_now = {r.code: r.leave_fraction for r in plan.roles}
    out = []
    for role in dict.fromkeys([*d.baseline.team_hours, *hours_now]):
        found = RoleChange(titles.get(role, role), d.baseline.team_hours.get(role, 0.0), hours_now.get(role, 0.0),
                           *_people_changes(role, before, now),
                           _leave(d.baseline.role_leave.get(role), leave_now.get(role)))
        if found.joined or found.left or found.changed or found.leave:
            out.append(found)
    return out


People = dict[str, dict[str, Any]]


def _people_changes(role: str, before: People, now: People) -> tuple[
        tuple[tuple[str, float], ...], tuple[tuple[str, float], ...], tuple[tuple[str, float, float], ...]]:
    """(joined, left, hours changed) of ``role``: someone whose role changed left one and joined the other."""
    def kept(k: str) -> bool:
        return k in before and k in now and before[k]["role"] == now[k]["role"] == role

    joined = tuple((p["name"], p["weekly_hours"]) for k, p in now.items() if p["role"] == role and not kept(k))
    left = tuple((p["name"], p["weekly_hours"]) for k, p in before.items() if p["role"] == role and not kept(k))
    changed = tuple((p["name"], before[k]["weekly_hours"], p["weekly_hours"]) for k, p in now.items()
                    if kept(k) and fmt.hours(before[k]["weekly_hours"]) != fmt.hours(p["weekly_hours"]))
    return joined, left, changed


def _leave(before: float | None, now: float | None) -> tuple[float, float] | None:
    if before is None or now is None or fmt.percent(before) == fmt.percent(now):
        return None
    return before, now


def _by_person(staff: Any) -> People:
    """Staff by name as the rota import matches them (the first of two people of one name)."""
    out: People = {}
    for person in staff:
        out.setdefault(person_key(person["name"]), person)
    return out


def work_changes(plan: Plan, d: Decision) -> list[WorkChange]:
    gp, before = plan.assumptions.gp_role, d.baseline.activities
    out = []
    for a in plan.activities:
        was = before.get(a.code)
        source = volume_source(plan, a)
        change = WorkChange(a.name, (None if was is None else was["volume_per_week"], a.volume_per_week),
                            (0.0 if was is None else was["split"].get(gp, 0.0), a.split.get(gp, 0.0)),
                            (None if was is None else was["minutes"].get(gp), a.minutes.get(gp)),
                            source.text, source.is_data)
        if change.changed:
            out.append(change)
    for code, was in before.items():
        if plan.activity(code) is None:
            out.append(WorkChange(was["name"], (was["volume_per_week"], None), (was["split"].get(gp, 0.0), 0.0),
                                  (was["minutes"].get(gp), None), "", False))
    return out


def other_changes(plan: Plan, d: Decision) -> list[str]:
    b, out = d.baseline, []
    if b.list_size != plan.practice.list_size:
        out.append(f"Registered patients: {plan.practice.list_size:,} (was {b.list_size:,}).")
    if b.edition != plan_edition(plan):
        out.append(f"Reference figures: {plan_edition(plan)} edition (was {b.edition}).")
    out += _data_lines(b.data, data_sources(plan))
    option = _option_line(plan, d)
    return out + ([option] if option else [])


def _data_lines(before: dict[str, Any], now: dict[str, Any]) -> list[str]:
    out = []
    if before.get("appointments") != now.get("appointments"):
        out.append(f"Appointment data: {_appointments(now.get('appointments'))} "
                   f"(at approval: {_appointments(before.get('appointments'))}).")
    if before.get("rota") != now.get("rota"):
        out.append(f"Rota: {_rota(now.get('rota'))} (at approval: {_rota(before.get('rota'))}).")
    return out


def _appointments(found: Any) -> str:
    if not isinstance(found, dict):
        return "Skillmix estimates, no appointment data imported"
    return words.your_data(list(found.get("files", [])), list(found.get("months", [])))


def _rota(found: Any) -> str:
    if not isinstance(found, dict):
        return "not recorded"
    on = found.get("imported_on", "")
    try:
        on = long_date(date.fromisoformat(on))
    except (TypeError, ValueError):
        pass
    return f"{found.get('file', '')} imported {on}".strip()


def _option_line(plan: Plan, d: Decision) -> str:
    scenario = plan.scenario(d.option)
    if scenario is None:
        return f"The option '{d.option}' is no longer in the plan; the review keeps it as approved."
    if [change_to_dict(c) for c in scenario.changes] != list(d.changes) or scenario.freed_time_use != d.freed_time_use:
        return f"The option '{d.option}' has been changed since; the review keeps it as approved."
    return ""
