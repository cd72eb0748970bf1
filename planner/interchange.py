"""Plan JSON, version 1 (MODEL.md, Interchange): plan <-> plain dict, with clear errors."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from planner.model import (
    Activity,
    Assumptions,
    Avoid,
    Change,
    ChangeHours,
    Hire,
    Plan,
    Practice,
    Retime,
    Role,
    Scenario,
    Shift,
    Staff,
)

FORMAT = "skillmix-plan"
VERSION = 1


class PlanFormatError(ValueError):
    """The JSON is not a plan Skillmix can read; the message says where and what."""


# ---------------------------------------------------------------- plan -> dict

def change_to_dict(c: Change) -> dict[str, Any]:
    if isinstance(c, Shift):
        return {"type": "shift", "activity": c.activity, "from": c.from_role, "to": c.to_role,
                "fraction": c.fraction}
    if isinstance(c, Avoid):
        return {"type": "avoid", "activity": c.activity, "role": c.role, "fraction": c.fraction}
    if isinstance(c, Retime):
        return {"type": "retime", "activity": c.activity, "role": c.role, "minutes": c.minutes}
    if isinstance(c, ChangeHours):
        return {"type": "change_hours", "staff": c.staff, "weekly_hours": c.weekly_hours}
    return {"type": "hire", "role": c.role, "wte": c.wte, "annual_salary": c.annual_salary,
            "arrs_funded": c.arrs_funded, "one_off_cost": c.one_off_cost,
            "ramp_up_months": c.ramp_up_months}


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    p, a = plan.practice, plan.assumptions
    out: dict[str, Any] = {
        "format": FORMAT, "version": VERSION,
        "practice": {"name": p.name, "list_size": p.list_size, "weeks_per_year": p.weeks_per_year,
                     "consulting_rooms": p.consulting_rooms},
        "assumptions": {k: getattr(a, k) for k in Assumptions.keys()},
        "roles": [{"code": r.code, "title": r.title, "staff_group": r.staff_group,
                   "annual_salary": r.annual_salary, "leave_fraction": r.leave_fraction,
                   "arrs_cap": r.arrs_cap,
                   "supervision_gp_hours_per_wte_week": r.supervision_gp_hours_per_wte_week}
                  for r in plan.roles],
        "staff": [{"name": s.name, "role": s.role, "weekly_hours": s.weekly_hours,
                   "annual_salary": s.annual_salary}
                  | ({"hourly_rate": s.hourly_rate} if s.hourly_rate is not None else {}) for s in plan.staff],
        "activities": [{"code": x.code, "name": x.name, "category": x.category,
                        "volume_per_week": x.volume_per_week, "minutes": dict(x.minutes),
                        "split": dict(x.split)} for x in plan.activities],
        "scenarios": [{"name": s.name, "description": s.description,
                       "recommended": s.recommended, "freed_time_use": s.freed_time_use,
                       "changes": [change_to_dict(c) for c in s.changes]}
                      for s in plan.scenarios],
    }
    if plan.extras:
        out["extras"] = plan.extras
    return out


def dumps(plan: Plan) -> str:
    return json.dumps(plan_to_dict(plan), indent=2, ensure_ascii=False)


# ---------------------------------------------------------------- dict -> plan

class _Reader:
    """Reads one JSON object, naming the path of anything missing or mistyped."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise PlanFormatError(f"{path}: expected an object, found {type(data).__name__}")
        self.data, self.path = data, path

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.data:
            if default is _REQUIRED:
                raise PlanFormatError(f"{self.path}: '{key}' is missing")
            return default
        return self.data[key]

    def text(self, key: str, default: Any = None) -> str:
        v = self._get(key, _REQUIRED if default is None else default)
        if not isinstance(v, str):
            raise PlanFormatError(f"{self.path}.{key}: expected text, found {v!r}")
        return v

    def number(self, key: str, default: Any = None, optional: bool = False) -> Any:
        v = self._get(key, None if optional else (_REQUIRED if default is None else default))
        if v is None and optional:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise PlanFormatError(f"{self.path}.{key}: expected a number, found {v!r}")
        return v

    def flag(self, key: str, default: bool = False) -> bool:
        v = self._get(key, default)
        if not isinstance(v, bool):
            raise PlanFormatError(f"{self.path}.{key}: expected true or false, found {v!r}")
        return v

    def items(self, key: str) -> list[Any]:
        v = self._get(key, [])
        if not isinstance(v, list):
            raise PlanFormatError(f"{self.path}.{key}: expected a list, found {v!r}")
        return v

    def numbers(self, key: str) -> dict[str, float]:
        v = self._get(key, {})
        r = _Reader(v, f"{self.path}.{key}")
        return {str(k): r.number(k) for k in v}


_REQUIRED = object()


def _change(d: Any, path: str) -> Change:
    r = _Reader(d, path)
    kind = r.text("type")
    if kind == "shift":
        return Shift(r.text("activity"), r.text("from"), r.text("to"), r.number("fraction"))
    if kind == "avoid":
        return Avoid(r.text("activity"), r.text("role"), r.number("fraction"))
    if kind == "retime":
        return Retime(r.text("activity"), r.text("role"), r.number("minutes"))
    if kind == "hire":
        return Hire(r.text("role"), r.number("wte"), r.number("annual_salary", optional=True),
                    r.flag("arrs_funded"), r.number("one_off_cost", 0), r.number("ramp_up_months", 0))
    if kind == "change_hours":
        return ChangeHours(r.text("staff"), r.number("weekly_hours"))
    raise PlanFormatError(f"{path}.type: '{kind}' is not one of shift, avoid, retime, hire, change_hours")


def _assumptions(d: Any) -> Assumptions:
    r, base = _Reader(d, "assumptions"), Assumptions()
    values: dict[str, Any] = {}
    for key in Assumptions.keys():
        default = getattr(base, key)
        values[key] = r.text(key, default) if key == "gp_role" else r.number(key, default)
    values["projection_years"] = int(values["projection_years"])
    return Assumptions(**values)


def plan_from_dict(d: Any) -> Plan:
    """Read plan JSON v1. Raises PlanFormatError naming the path of the first problem."""
    top = _Reader(d, "plan")
    if top.data.get("format") != FORMAT:
        raise PlanFormatError(f"this is not a Skillmix plan (format is {top.data.get('format')!r}, "
                              f"expected '{FORMAT}')")
    version = top.number("version")
    if version > VERSION:
        raise PlanFormatError(f"plan JSON version {version} is newer than this Skillmix reads "
                              f"(version {VERSION}); update Skillmix")
    pr = _Reader(top._get("practice", _REQUIRED), "practice")
    practice = Practice(pr.text("name"), int(pr.number("list_size")), pr.number("weeks_per_year", 52),
                        int(pr.number("consulting_rooms", 0)))
    roles = []
    for i, x in enumerate(top.items("roles")):
        r = _Reader(x, f"roles[{i}]")
        roles.append(Role(r.text("code"), r.text("title", ""), r.text("staff_group"),
                          r.number("annual_salary"), r.number("leave_fraction", 0),
                          r.number("arrs_cap", optional=True),
                          r.number("supervision_gp_hours_per_wte_week", 0)))
    staff = []
    for i, x in enumerate(top.items("staff")):
        r = _Reader(x, f"staff[{i}]")
        staff.append(Staff(r.text("name"), r.text("role"), r.number("weekly_hours"),
                           r.number("annual_salary", optional=True), r.number("hourly_rate", optional=True)))
    activities = []
    for i, x in enumerate(top.items("activities")):
        r = _Reader(x, f"activities[{i}]")
        activities.append(Activity(r.text("code"), r.text("name", ""), r.text("category"),
                                   r.number("volume_per_week"), r.numbers("minutes"),
                                   r.numbers("split")))
    scenarios = []
    for i, x in enumerate(top.items("scenarios")):
        r = _Reader(x, f"scenarios[{i}]")
        changes = tuple(_change(c, f"scenarios[{i}].changes[{j}]")
                        for j, c in enumerate(r.items("changes")))
        scenarios.append(Scenario(r.text("name"), changes, r.text("description", ""),
                                  r.flag("recommended"), r.text("freed_time_use", "")))
    extras = top._get("extras", {})
    if not isinstance(extras, dict):
        raise PlanFormatError("plan.extras: expected an object")
    from planner.reference import validate_extras

    try:
        validate_extras(extras, "plan.extras")
    except ValueError as e:
        raise PlanFormatError(str(e)) from None
    return Plan(practice, _assumptions(top._get("assumptions", {})), tuple(roles), tuple(staff),
                tuple(activities), tuple(scenarios), extras)


def read_plan_json(path: Path) -> Plan:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise PlanFormatError(f"{Path(path).name} is not plan JSON: it is not a text file (is it an "
                              "Excel workbook or a .skillmix plan?)") from e
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise PlanFormatError(f"{path}: not valid JSON (line {e.lineno}, column {e.colno}: "
                              f"{e.msg})") from e
    return plan_from_dict(data)


def write_plan_json(plan: Plan, path: Path) -> None:
    Path(path).write_text(dumps(plan) + "\n", encoding="utf-8")
