"""Minutes per activity and role from the practice's own appointment book (docs/MODEL-EXTENSIONS.md E11).

A ``BookMapping`` says which column is which (duration and slot type needed; role, else
clinician, says who) and what the practice's words mean: each slot type -> an activity code
(or "" to leave those appointments out), each role or clinician -> a role code (or "").
Appointments whose status is DNA or cancelled took no clinical time and are not counted.
minutes[activity][role] = the mean duration of the counted appointments of that slot type and
role. A word not yet mapped blocks the import (named with the first line and column it is on),
as does a duration that is not a number of minutes. The mapping is saved with the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from planner.appointments.book_reader import FIELD_LABELS, BookTable
from planner.appointments.result import FileProblem
from planner.model import Plan

EXTRAS_KEY = "appointment_book"
NOT_COUNTED = ("dna", "did not attend", "cancel", "no show", "not attended")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_MINUTES = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes)?$", re.IGNORECASE)


@dataclass(frozen=True)
class BookMapping:
    columns: dict[str, str] = field(default_factory=dict)  # field -> header
    slot_types: dict[str, str] = field(default_factory=dict)  # slot type -> activity code, "" = leave out
    roles: dict[str, str] = field(default_factory=dict)  # role or clinician -> role code, "" = leave out

    def as_json(self) -> dict[str, Any]:
        return {"columns": self.columns, "slot_types": self.slot_types, "roles": self.roles}


def saved_mapping(plan: Plan) -> BookMapping:
    """The mapping saved with the plan by the last import (empty when none)."""
    saved = plan.extras.get(EXTRAS_KEY)
    if not isinstance(saved, dict):
        return BookMapping()
    mapping = saved.get("mapping", {})
    return BookMapping(dict(mapping.get("columns", {})), dict(mapping.get("slot_types", {})),
                       dict(mapping.get("roles", {})))


@dataclass(frozen=True)
class BookResult:
    file: str
    minutes: dict[tuple[str, str], tuple[float, int]]  # (activity, role) -> (mean minutes, appointments)
    counted: int
    left_out: int  # DNA, cancelled, or a slot type or role mapped to "leave out"
    unknown_slot_types: tuple[str, ...] = ()
    unknown_roles: tuple[str, ...] = ()


def who_column(mapping: BookMapping) -> str:
    return "role" if mapping.columns.get("role") else "clinician"


def read_minutes(table: BookTable, mapping: BookMapping, plan: Plan) -> tuple[BookResult | None, list[FileProblem]]:
    """Mean minutes by activity and role, or the problems that stop it (unmapped words included)."""
    problems = _column_problems(table, mapping) + _target_problems(table, mapping, plan)
    if problems:
        return None, problems
    index = {f: table.headers.index(h) for f, h in mapping.columns.items() if h in table.headers}
    who = who_column(mapping)
    sums: dict[tuple[str, str], list[float]] = {}
    unknown: dict[str, dict[str, tuple[int, str]]] = {"slot_type": {}, who: {}}
    counted = left_out = 0
    for line, cells in table.rows:
        cell = {f: cells[i].strip() if i < len(cells) else "" for f, i in index.items()}
        if any(w in cell.get("status", "").casefold() for w in NOT_COUNTED):
            left_out += 1
            continue
        activity = _mapped(cell["slot_type"], mapping.slot_types, unknown["slot_type"], line, mapping, "slot_type")
        role = _mapped(cell[who], mapping.roles, unknown[who], line, mapping, who)
        if activity is None or role is None:
            continue
        if not activity or not role:
            left_out += 1
            continue
        minutes = duration_minutes(cell["duration"])
        if minutes is None:
            problems.append(FileProblem(table.file, line, mapping.columns["duration"],
                                        f"'{cell['duration'][:30]}' is not a number of minutes (write 10, or 00:10)"))
            continue
        total = sums.setdefault((activity, role), [0.0, 0])
        total[0] += minutes
        total[1] += 1
        counted += 1
    problems += _unknown_problems(table, unknown)
    if problems:
        return None, problems
    means = {k: (round(s / n, 1), int(n)) for k, (s, n) in sums.items() if n}
    if not means:
        return None, [FileProblem(table.file, 0, "", "no appointment was counted: every row is a DNA, cancelled "
                                  "or left out")]
    return BookResult(table.file, means, counted, left_out), []


def _mapped(word: str, known: dict[str, str], unknown: dict[str, tuple[int, str]], line: int,
            mapping: BookMapping, field_: str) -> str | None:
    if word in known:
        return known[word]
    folded = {k.casefold(): v for k, v in known.items()}
    if word.casefold() in folded:
        return folded[word.casefold()]
    unknown.setdefault(word, (line, mapping.columns.get(field_, "")))
    return None


def duration_minutes(text: str) -> float | None:
    """Minutes in '10', '10 mins', '7.5' or a clock '00:10' / '0:10:00'; None otherwise."""
    word = text.strip()
    clock = _CLOCK.match(word)
    if clock:
        h, m, s = int(clock.group(1)), int(clock.group(2)), int(clock.group(3) or 0)
        return h * 60 + m + s / 60
    number = _MINUTES.match(word)
    return float(number.group(1)) if number else None


def _column_problems(table: BookTable, mapping: BookMapping) -> list[FileProblem]:
    needed = ["duration", "slot_type"]
    out = [FileProblem(table.file, 1, "", f"say which column is '{FIELD_LABELS[f]}'") for f in needed
           if not mapping.columns.get(f)]
    if not mapping.columns.get("role") and not mapping.columns.get("clinician"):
        out.append(FileProblem(table.file, 1, "", "say which column is 'Role' (or 'Clinician')"))
    out += [FileProblem(table.file, 1, h, f"the file has no column '{h}'") for h in mapping.columns.values()
            if h and h not in table.headers]
    return out


def _target_problems(table: BookTable, mapping: BookMapping, plan: Plan) -> list[FileProblem]:
    out = [FileProblem(table.file, 0, "", f"'{w}' is mapped to '{a}', which is not an activity of this plan")
           for w, a in mapping.slot_types.items() if a and plan.activity(a) is None]
    return out + [FileProblem(table.file, 0, "", f"'{w}' is mapped to '{r}', which is not a role of this plan")
                  for w, r in mapping.roles.items() if r and plan.role(r) is None]


def _unknown_problems(table: BookTable, unknown: dict[str, dict[str, tuple[int, str]]]) -> list[FileProblem]:
    out = []
    for field_, words in unknown.items():
        what = "activity" if field_ == "slot_type" else "role"
        for word, (line, column) in words.items():
            out.append(FileProblem(table.file, line, column, f"'{word or '(blank)'}' is not mapped to a Skillmix "
                                   f"{what}: choose one (or leave them out)"))
    return out


def unknown_words(problems: list[FileProblem]) -> list[str]:
    return [p.message.split("'")[1] for p in problems if "is not mapped to a Skillmix" in p.message]


def apply_minutes(plan: Plan, result: BookResult, mapping: BookMapping, period: str = "") -> Plan:
    """The plan with the book's mean minutes for each activity and role, and the mapping and
    what was imported saved in extras."""
    by_activity: dict[str, dict[str, float]] = {}
    for (activity, role), (minutes, _n) in result.minutes.items():
        by_activity.setdefault(activity, {})[role] = minutes
    activities = tuple(replace(a, minutes={**a.minutes, **by_activity[a.code]}) if a.code in by_activity else a
                       for a in plan.activities)
    saved = {"file": result.file, "period": period, "mapping": mapping.as_json(),
             "minutes": {f"{a}|{r}": {"minutes": m, "appointments": n} for (a, r), (m, n) in result.minutes.items()}}
    return replace(plan, activities=activities, extras={**plan.extras, EXTRAS_KEY: saved})


def minutes_source(plan: Plan, activity: str, role: str) -> str:
    """'Your data: book.csv, 412 appointments' while the minutes equal the imported mean; else ""."""
    saved = plan.extras.get(EXTRAS_KEY)
    entry = saved.get("minutes", {}).get(f"{activity}|{role}") if isinstance(saved, dict) else None
    found = plan.activity(activity)
    if not isinstance(entry, dict) or found is None or abs(found.minutes.get(role, -1) - entry["minutes"]) > 1e-6:
        return ""
    return f"Your data: {saved['file']}, {entry['appointments']:,} appointments"  # type: ignore[index]
