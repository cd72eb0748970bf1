"""Map a Plan to table rows and back. Pure: no database here."""

from __future__ import annotations

import json
import math
from typing import Any, cast

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
from planner.store.checks import check_rows, parse_extra

#: table name -> rows as dicts (names as in tables.py; the writer maps them to SQLModel classes)
Rows = dict[str, list[dict[str, Any]]]

TABLE_NAMES = ("meta", "practice", "assumption", "role", "staff", "activity", "activity_role",
               "scenario", "change", "extra")


def plan_to_rows(plan: Plan) -> Rows:
    p = plan.practice
    rows: Rows = {
        "practice": [{"id": 1, "name": p.name, "list_size": p.list_size,
                         "weeks_per_year": p.weeks_per_year, "consulting_rooms": p.consulting_rooms}],
        "assumption": [_assumption_row(k, getattr(plan.assumptions, k))
                          for k in Assumptions.keys()],
        "role": [{**r.__dict__, "position": i} for i, r in enumerate(plan.roles)],
        "staff": [{**s.__dict__, "position": i, "id": i + 1} for i, s in enumerate(plan.staff)],
        "activity": [{"code": a.code, "position": i, "name": a.name, "category": a.category,
                         "volume_per_week": a.volume_per_week}
                        for i, a in enumerate(plan.activities)],
        "activity_role": [row for a in plan.activities for row in _activity_role_rows(a)],
        "scenario": [], "change": [],
        "extra": [{"key": k, "value_json": json.dumps(v)} for k, v in plan.extras.items()],
    }
    for i, s in enumerate(plan.scenarios, start=1):
        rows["scenario"].append({"id": i, "position": i, "name": s.name,
                                    "description": s.description, "recommended": s.recommended,
                                    "freed_time_use": s.freed_time_use})
        rows["change"] += [_change_row(c, i, j) for j, c in enumerate(s.changes)]
    return rows


def _assumption_row(key: str, value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        return {"key": key, "number": None, "text": value}
    return {"key": key, "number": float(value), "text": None}


def _activity_role_rows(a: Activity) -> list[dict[str, Any]]:
    roles = list(dict.fromkeys([*a.minutes, *a.split]))
    return [{"activity": a.code, "role": r, "minutes": a.minutes.get(r), "split": a.split.get(r)}
            for r in roles]


_CHANGE_FIELDS = ("activity", "role", "from_role", "to_role", "fraction", "minutes", "wte",
                  "annual_salary", "arrs_funded", "one_off_cost", "ramp_up_months", "staff", "weekly_hours")


def _change_row(c: Change, scenario_id: int, position: int) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(_CHANGE_FIELDS)
    row |= {"scenario_id": scenario_id, "position": position, "type": c.type}
    if isinstance(c, Shift):
        row |= {"activity": c.activity, "from_role": c.from_role, "to_role": c.to_role,
                "fraction": c.fraction}
    elif isinstance(c, Avoid):
        row |= {"activity": c.activity, "role": c.role, "fraction": c.fraction}
    elif isinstance(c, Retime):
        row |= {"activity": c.activity, "role": c.role, "minutes": c.minutes}
    elif isinstance(c, ChangeHours):
        row |= {"staff": c.staff, "weekly_hours": c.weekly_hours}
    else:
        row |= {"role": c.role, "wte": c.wte, "annual_salary": c.annual_salary,
                "arrs_funded": c.arrs_funded, "one_off_cost": c.one_off_cost,
                "ramp_up_months": c.ramp_up_months}
    return row


def rows_to_plan(rows: Rows) -> Plan:
    """The plan in ``rows``; RowProblem (planner.store.checks) naming the table, row and column
    of the first row that cannot be part of a plan. Values out of range are kept as they are,
    for validation to report."""
    check_rows(rows)
    (p,) = rows["practice"]
    practice = Practice(p["name"], _whole(p["list_size"]), p["weeks_per_year"], _whole(p["consulting_rooms"]))
    values = {r["key"]: (r["text"] if r["key"] == "gp_role" else r["number"]) for r in rows["assumption"]}
    if "projection_years" in values:
        values["projection_years"] = _whole(values["projection_years"])
    role_keys = ("code", "title", "staff_group", "annual_salary", "leave_fraction", "arrs_cap",
                 "supervision_gp_hours_per_wte_week")
    roles = tuple(Role(**{k: r[k] for k in role_keys}) for r in _by_position(rows["role"]))
    staff = tuple(Staff(s["name"], s["role"], s["weekly_hours"], s["annual_salary"], s.get("hourly_rate"))
                  for s in _by_position(rows["staff"]))
    extras = {e["key"]: parse_extra(e["value_json"], "extra", n) for n, e in enumerate(rows["extra"], start=1)}
    return Plan(practice, Assumptions(**values), roles, staff, _activities(rows), _scenarios(rows), extras)


def _whole(value: float) -> int:
    """An integral number as an int; anything else as it is, for validation to name (never
    truncated: 2.5 patients stays 2.5 and is reported, not quietly read as 2). A number too
    large for the file's whole numbers stays a float, so the plan can be saved as it was read."""
    if isinstance(value, float) and math.isfinite(value) and value == int(value) and abs(value) < 2**63:
        return int(value)
    return cast(int, value)


def _by_position(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: r["position"])  # stable: equal positions keep file order


def _activities(rows: Rows) -> tuple[Activity, ...]:
    minutes: dict[str, dict[str, float]] = {}
    split: dict[str, dict[str, float]] = {}
    for r in rows["activity_role"]:
        if r["minutes"] is not None:
            minutes.setdefault(r["activity"], {})[r["role"]] = r["minutes"]
        if r["split"] is not None:
            split.setdefault(r["activity"], {})[r["role"]] = r["split"]
    return tuple(Activity(a["code"], a["name"], a["category"], a["volume_per_week"],
                          minutes.get(a["code"], {}), split.get(a["code"], {}))
                 for a in _by_position(rows["activity"]))


def _scenarios(rows: Rows) -> tuple[Scenario, ...]:
    changes: dict[int, list[dict[str, Any]]] = {}
    for c in _by_position(rows["change"]):
        changes.setdefault(c["scenario_id"], []).append(c)
    return tuple(Scenario(s["name"], tuple(_change(c) for c in changes.get(s["id"], [])),
                          s["description"], bool(s["recommended"]), s["freed_time_use"] or "")
                 for s in _by_position(rows["scenario"]))


def _change(c: dict[str, Any]) -> Change:
    kind = c["type"]
    if kind == "shift":
        return Shift(c["activity"], c["from_role"], c["to_role"], c["fraction"])
    if kind == "avoid":
        return Avoid(c["activity"], c["role"], c["fraction"])
    if kind == "retime":
        return Retime(c["activity"], c["role"], c["minutes"])
    if kind == "change_hours":
        return ChangeHours(c["staff"], c["weekly_hours"])
    return Hire(c["role"], c["wte"], c["annual_salary"], bool(c["arrs_funded"]),
                c["one_off_cost"] or 0.0, c["ramp_up_months"] or 0.0)
