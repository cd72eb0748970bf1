"""The team's week as the last rota import found it (the record planner.rota.apply keeps with the
plan), for the Team page: each person's hours by kind of session (clinic, duty, visits, admin,
meeting, training, leave) and by session of the week ("Mon AM"), and who covers each session.
Read leniently: a damaged or hand-edited record is ignored, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.model import Plan
from planner.rota.apply import EXTRAS_KEY
from planner.rota.vocabulary import COUNTED
from planner.rota.weeks import DAY_LABELS

HALVES = ("AM", "PM", "Eve", "")


@dataclass(frozen=True)
class PersonWeek:
    name: str
    hours: dict[str, float]  # category -> hours in the average week
    sessions: dict[str, float]  # "Mon AM" -> hours at work in it in the average week


def rota_week(plan: Plan) -> list[PersonWeek]:
    """Each person's week as the last rota import read it (planner.rota.apply.record), in the
    order read; [] when no rota was imported."""
    record = plan.extras.get(EXTRAS_KEY)
    people = record.get("people") if isinstance(record, dict) else None
    if not isinstance(record, dict) or not isinstance(people, dict):
        return []
    sessions = record.get("sessions")
    sessions = sessions if isinstance(sessions, dict) else {}
    hours = {name: {c: h for c, h in _numbers(kinds).items() if c in COUNTED} for name, kinds in people.items()}
    return [PersonWeek(name, {c: week.get(c, 0.0) for c in COUNTED}, _numbers(sessions.get(name)))
            for name, week in hours.items() if isinstance(name, str) and isinstance(people[name], dict)]


def _numbers(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        return {}
    return {str(k): float(v) for k, v in value.items()
            if isinstance(v, int | float) and not isinstance(v, bool) and v >= 0}


def session_order(slot: str) -> tuple[int, int, str]:
    """Monday morning first: by weekday, then AM, PM, evening, whole day."""
    day, _, half = slot.partition(" ")
    return (DAY_LABELS.index(day) if day in DAY_LABELS else 7, HALVES.index(half) if half in HALVES else 4, slot)


def cover(plan: Plan) -> list[tuple[str, list[str]]]:
    """Each session of the week with the people at work in it, in the plan's staff order."""
    order = {s.name: i for i, s in enumerate(plan.staff)}
    slots: dict[str, list[str]] = {}
    for person in rota_week(plan):
        for slot, hours in person.sessions.items():
            if hours > 0:
                slots.setdefault(slot, []).append(person.name)
    return [(slot, sorted(names, key=lambda n: (order.get(n, len(order)), n)))
            for slot, names in sorted(slots.items(), key=lambda item: session_order(item[0]))]
