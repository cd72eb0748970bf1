"""The approved options of a plan as saved in ``plan.extras["decisions"]`` (extension E12): a
list of plain JSON records, one per approval, each frozen when the option was approved and
never changed after (``planner.review.snapshot`` writes them; withdrawing removes one).

``decisions(plan)`` reads them into typed, read-only values; a record that cannot be read (a
hand-edited file) gives a ValueError naming the decision and the field, never a traceback.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.model import Plan

EXTRAS_KEY = "decisions"

#: assumptions the review works its money and hours out with, as they were at approval
FROZEN_ASSUMPTIONS = ("weeks_per_year", "wte_hours", "session_hours", "gp_hour_value", "locum_share_of_shortfall",
                      "employer_ni_rate", "employer_ni_threshold", "employer_pension_rate",
                      "safe_contacts_per_gp_day")


@dataclass(frozen=True)
class FrozenHire:
    """A hire of the option as approved, with what its cost was worked out from."""

    role: str
    title: str
    wte: float
    annual_salary: float
    arrs_funded: bool
    arrs_cap: float | None
    supervision_gp_hours_per_wte_week: float


@dataclass(frozen=True)
class FrozenBaseline:
    """The plan the option was measured against, on the day it was approved."""

    gp_role: str
    gp_demand: float
    gp_capacity: float
    gp_shortfall: float
    team_hours: dict[str, float]  # contracted hours a week by role, leave included
    staff: tuple[dict[str, Any], ...]  # name, role, weekly_hours
    activities: dict[str, dict[str, Any]]  # code -> name, volume_per_week, split, minutes
    role_titles: dict[str, str]
    role_leave: dict[str, float]  # each role's leave fraction
    list_size: int
    edition: str
    assumptions: dict[str, float]
    data: dict[str, Any]  # "appointments" and "rota": where the figures came from, or None


@dataclass(frozen=True)
class Decision:
    """One approved option: what it promised and what that promise was measured against."""

    number: int  # 1, 2, ... in the order approved
    option: str
    approved_on: date
    approved_by: str
    freed_time_use: str
    changes: tuple[dict[str, Any], ...]
    promised: dict[str, float | None]
    hires: tuple[FrozenHire, ...]
    baseline: FrozenBaseline

    @property
    def title(self) -> str:
        """'Decision 1: Clinical pharmacist, approved 3 March 2026 by the partners'."""
        return (f"Decision {self.number}: {self.option}, approved {long_date(self.approved_on)} "
                f"by {self.approved_by}")


def long_date(day: date) -> str:
    """'3 March 2026' (no platform-specific strftime flags)."""
    return f"{day.day} {day:%B %Y}"


def saved(plan: Plan) -> list[dict[str, Any]]:
    """The saved records as they are (a new list; the records themselves are never changed)."""
    found = plan.extras.get(EXTRAS_KEY, [])
    return list(found) if isinstance(found, list) else []


def approval_line(record: Any) -> str:
    """'Pharmacist, approved 3 March 2026 by Partners' meeting', read leniently: the app's list of
    approvals and the pack's cover show even a record that cannot be reviewed."""
    if not isinstance(record, dict):
        return "An approval Skillmix cannot read"
    try:
        on = f" {long_date(date.fromisoformat(str(record.get('approved_on'))))}"
    except ValueError:
        on = ""
    return f"{record.get('option', '?')}, approved{on} by {record.get('approved_by', '?')}"


def approvals_text(plan: Plan) -> list[str]:
    """Each approval of ``plan`` in a line (the cover of the pack lists them); [] when none."""
    return [approval_line(record) for record in saved(plan)]


def decisions(plan: Plan) -> list[Decision]:
    """Every approved option of ``plan``, in the order approved. ValueError names a record
    that cannot be read."""
    found = plan.extras.get(EXTRAS_KEY, [])
    if not isinstance(found, list):
        raise ValueError("The approved options saved in this plan cannot be read (not a list).")
    return [read_decision(record, i) for i, record in enumerate(found, start=1)]


def decision(plan: Plan, number: int | None = None) -> Decision:
    """Decision ``number`` (1 = the first approved), or the latest when None."""
    found = decisions(plan)
    if not found:
        raise ValueError("No option of this plan has been approved yet: approve one first "
                         "(the Review page, or skillmix approve).")
    if number is None:
        return found[-1]
    if not 1 <= number <= len(found):
        raise ValueError(f"There is no decision {number}: this plan has {_count(len(found))} "
                         f"(1 to {len(found)}).")
    return found[number - 1]


def _count(n: int) -> str:
    return "one approved option" if n == 1 else f"{n} approved options"


class _Fields:
    """Reads one record, naming the field when it is missing or of the wrong kind."""

    def __init__(self, data: Any, where: str, path: str = "") -> None:
        self.where, self.path = where, path
        if not isinstance(data, dict):
            raise ValueError(f"{where} cannot be read: '{path.rstrip('.') or 'the record'}' is not as saved by "
                             "Skillmix.")
        self.data = data

    def get(self, key: str, kind: type | tuple[type, ...]) -> Any:
        value = self.data.get(key)
        if not isinstance(value, kind):
            raise self.wrong(key)
        return value

    def wrong(self, key: str) -> ValueError:
        return ValueError(f"{self.where} cannot be read: '{self.path}{key}' is missing or not as saved by Skillmix.")

    def number(self, key: str) -> float:
        value = self.get(key, (int, float))
        if isinstance(value, bool) or not math.isfinite(value):
            raise self.wrong(key)
        return float(value)

    def numbers(self, key: str) -> dict[str, float]:
        table = self.sub(key)
        return {str(k): table.number(k) for k in table.data}

    def optional_number(self, key: str) -> float | None:
        return None if self.data.get(key) is None else self.number(key)

    def sub(self, key: str) -> _Fields:
        return _Fields(self.get(key, dict), self.where, f"{self.path}{key}.")


def read_decision(record: Any, number: int) -> Decision:
    f = _Fields(record, f"Approved option {number} saved in this plan")
    try:
        approved_on = date.fromisoformat(f.get("approved_on", str))
    except ValueError:
        raise ValueError(f"{f.where} cannot be read: 'approved_on' is not a date.") from None
    promised = f.sub("promised")
    return Decision(
        number, f.get("option", str), approved_on, f.get("approved_by", str), f.get("freed_time_use", str),
        tuple(f.get("changes", list)),
        {k: promised.optional_number(k) for k in promised.data},
        tuple(_hire(_Fields(h, f.where, f"hires[{i}].")) for i, h in enumerate(f.get("hires", list))),
        _baseline(f.sub("baseline")))


def _hire(f: _Fields) -> FrozenHire:
    return FrozenHire(f.get("role", str), f.get("title", str), f.number("wte"), f.number("annual_salary"),
                      f.get("arrs_funded", bool), f.optional_number("arrs_cap"),
                      f.number("supervision_gp_hours_per_wte_week"))


def _baseline(f: _Fields) -> FrozenBaseline:
    return FrozenBaseline(
        f.get("gp_role", str), f.number("gp_demand"), f.number("gp_capacity"), f.number("gp_shortfall"),
        f.numbers("team_hours"), tuple(_staff(f)), _activities(f.sub("activities")),
        {str(k): str(v) for k, v in f.get("role_titles", dict).items()}, f.numbers("role_leave"),
        int(f.number("list_size")), f.get("edition", str), _assumptions(f.sub("assumptions")),
        dict(f.get("data", dict)))


def _assumptions(f: _Fields) -> dict[str, float]:
    found = {k: f.number(k) for k in FROZEN_ASSUMPTIONS}
    if found["wte_hours"] <= 0:
        raise f.wrong("wte_hours")
    return found


def _activities(f: _Fields) -> dict[str, dict[str, Any]]:
    out = {}
    for code in f.data:
        a = f.sub(code)
        out[str(code)] = {"name": a.get("name", str), "volume_per_week": a.number("volume_per_week"),
                          "split": a.numbers("split"), "minutes": a.numbers("minutes")}
    return out


def _staff(f: _Fields) -> list[dict[str, Any]]:
    out = []
    for i, person in enumerate(f.get("staff", list)):
        p = _Fields(person, f.where, f"{f.path}staff[{i}].")
        out.append({"name": p.get("name", str), "role": p.get("role", str), "weekly_hours": p.number("weekly_hours")})
    return out
