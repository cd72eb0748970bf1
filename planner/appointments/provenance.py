"""Which workload figures are the practice's own, for every surface (Workload and Practice
pages, pack, workbook, summary JSON).

An activity's volume is "Your data" while it still equals the value imported; once changed by
hand it says so (the import is kept, so Undo or a new import puts it right). Activities the
files do not cover (the bureaucracy) stay Skillmix estimates, and say that the appointment data
does not cover them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.appointments.apply import EXTRAS_KEY
from planner.model import PATIENT_FACING_CATEGORIES, Activity, Plan
from planner.present import data_source as words

TOLERANCE = 1e-6


@dataclass(frozen=True)
class Source:
    kind: str  # "data", "changed", "not_in_data", "not_covered", "estimate"
    text: str

    @property
    def is_data(self) -> bool:
        return self.kind == "data"


def imported(plan: Plan) -> dict[str, Any] | None:
    """The saved import, or None when the plan has none."""
    saved = plan.extras.get(EXTRAS_KEY)
    return saved if isinstance(saved, dict) and isinstance(saved.get("activities"), dict) else None


def volume_source(plan: Plan, activity: Activity) -> Source:
    """Where ``activity``'s volume comes from, in words."""
    saved = imported(plan)
    if saved is None:
        return Source("estimate", words.ESTIMATE)
    files, months = list(saved.get("files", [])), list(saved.get("months", []))
    entry = saved["activities"].get(activity.code)
    if isinstance(entry, dict):
        if abs(float(entry.get("volume_per_week", -1)) - activity.volume_per_week) <= TOLERANCE:
            return Source("data", words.your_data(files, months))
        return Source("changed", words.changed_since(files, months))
    if activity.category in PATIENT_FACING_CATEGORIES:
        return Source("not_in_data", words.NOT_IN_DATA)
    return Source("not_covered", words.ESTIMATE_NOT_COVERED)


def sources(plan: Plan) -> dict[str, Source]:
    """Every activity's volume source, by activity code."""
    return {a.code: volume_source(plan, a) for a in plan.activities}


def summary_line(plan: Plan) -> str:
    """'12 of 29 activity volumes are your practice's own data (FILE, months); the other 17 are
    Skillmix estimates (…).' or "" when no data was imported."""
    saved = imported(plan)
    if saved is None:
        return ""
    found = list(sources(plan).values())
    data = sum(1 for s in found if s.is_data)
    changed = sum(1 for s in found if s.kind == "changed")
    missing = sum(1 for s in found if s.kind == "not_in_data")
    rest = len(found) - data - changed
    files, months = list(saved.get("files", [])), list(saved.get("months", []))
    text = (f"{data} of {len(found)} activity volumes are your practice's own data "
            f"({words.files_text(files)}, {words.period(months)})")
    if changed:
        text += f"; {changed} changed by hand since"
    why = "the bureaucracy, which appointment data does not cover"
    if missing:
        why += f", and {missing} with no appointments in your data"
    return text + f"; the other {rest} are Skillmix estimates ({why})."


def as_json(plan: Plan) -> dict[str, Any] | None:
    """For ``summary --json``: the import's files and months, and each activity's source."""
    saved = imported(plan)
    if saved is None:
        return None
    return {"practice": saved.get("practice", {}), "files": saved.get("files", []),
            "months": saved.get("months", []),
            "activities": {code: s.kind for code, s in sources(plan).items()}}
