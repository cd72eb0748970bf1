"""Plan JSON, version 1 (MODEL.md, Interchange): plan <-> plain dict, with clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.files.output import write_bytes
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
from planner.model.limits import (
    CODE_MAX,
    DESCRIPTION_MAX,
    NAME_MAX,
    NUMBER_LIMITS,
    json_value_problem,
    number_problem,
    text_problem,
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
    """Reads one JSON object, naming the path of anything missing, mistyped or out of its range
    (the same limits as validation: planner.model.limits)."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise PlanFormatError(f"{path}: expected an object, found {_kind(data)}")
        self.data, self.path = data, path

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.data:
            if default is _REQUIRED:
                raise PlanFormatError(f"{self.path}: '{key}' is missing")
            return default
        return self.data[key]

    def text(self, key: str, default: Any = None, longest: int = NAME_MAX) -> str:
        v = self._get(key, _REQUIRED if default is None else default)
        if not isinstance(v, str):
            raise PlanFormatError(f"{self.path}.{key}: expected text, found {_kind(v)}")
        why = text_problem(v, longest)
        if why:
            raise PlanFormatError(f"{self.path}.{key}: the text {why}")
        return v

    def number(self, key: str, default: Any = None, optional: bool = False, field: str | None = None) -> Any:
        """The number ``key``, within the limit of ``field`` (default: ``key``, when it has one)."""
        v = self._get(key, None if optional else (_REQUIRED if default is None else default))
        if v is None and optional:
            return None
        if number_problem(v):
            found = "a number far too large" if isinstance(v, int) and not isinstance(v, bool) else _kind(v)
            raise PlanFormatError(f"{self.path}.{key}: expected a number, found {found}")
        limit = NUMBER_LIMITS.get(field or key)
        why = limit.problem(v) if limit is not None else None
        if why:
            raise PlanFormatError(f"{self.path}.{key}: {why}")
        return int(v) if limit is not None and limit.integer else v

    def flag(self, key: str, default: bool = False) -> bool:
        v = self._get(key, default)
        if not isinstance(v, bool):
            raise PlanFormatError(f"{self.path}.{key}: expected true or false, found {_kind(v)}")
        return v

    def items(self, key: str) -> list[Any]:
        v = self._get(key, [])
        if not isinstance(v, list):
            raise PlanFormatError(f"{self.path}.{key}: expected a list, found {_kind(v)}")
        return v

    def numbers(self, key: str, field: str | None = None) -> dict[str, float]:
        """An object of numbers by role code, each within the limit of ``field`` (if any)."""
        v = self._get(key, {})
        r = _Reader(v, f"{self.path}.{key}")
        for k in v:
            why = text_problem(k, CODE_MAX)
            if why:
                raise PlanFormatError(f"{self.path}.{key}: the role code {_kind(k)} {why}")
        return {str(k): r.number(k, field=field) for k in v}


_REQUIRED = object()


def _kind(v: Any) -> str:
    """A value as a message shows it: short, whatever its size."""
    if isinstance(v, (dict, list)):
        return "an object" if isinstance(v, dict) else "a list"
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."


def _change(d: Any, path: str) -> Change:
    r = _Reader(d, path)
    kind = r.text("type")
    if kind == "shift":
        return Shift(r.text("activity", longest=CODE_MAX), r.text("from", longest=CODE_MAX),
                     r.text("to", longest=CODE_MAX), r.number("fraction"))
    if kind == "avoid":
        return Avoid(r.text("activity", longest=CODE_MAX), r.text("role", longest=CODE_MAX), r.number("fraction"))
    if kind == "retime":
        return Retime(r.text("activity", longest=CODE_MAX), r.text("role", longest=CODE_MAX), r.number("minutes"))
    if kind == "hire":
        return Hire(r.text("role", longest=CODE_MAX), r.number("wte"), r.number("annual_salary", optional=True),
                    r.flag("arrs_funded"), r.number("one_off_cost", 0), r.number("ramp_up_months", 0))
    if kind == "change_hours":
        return ChangeHours(r.text("staff"), r.number("weekly_hours"))
    raise PlanFormatError(f"{path}.type: {_kind(kind)} is not one of shift, avoid, retime, hire, change_hours")


def _assumptions(d: Any) -> Assumptions:
    r, base = _Reader(d, "assumptions"), Assumptions()
    values: dict[str, Any] = {}
    for key in Assumptions.keys():
        default = getattr(base, key)
        values[key] = r.text(key, default, longest=CODE_MAX) if key == "gp_role" else r.number(key, default)
    return Assumptions(**values)


def _practice(d: Any) -> Practice:
    r = _Reader(d, "practice")
    return Practice(r.text("name"), r.number("list_size"), r.number("weeks_per_year", 52),
                    r.number("consulting_rooms", 0))


def _roles(top: _Reader) -> tuple[Role, ...]:
    roles = []
    for i, x in enumerate(top.items("roles")):
        r = _Reader(x, f"roles[{i}]")
        roles.append(Role(r.text("code", longest=CODE_MAX), r.text("title", ""), r.text("staff_group"),
                          r.number("annual_salary"), r.number("leave_fraction", 0),
                          r.number("arrs_cap", optional=True),
                          r.number("supervision_gp_hours_per_wte_week", 0)))
    return tuple(roles)


def _staff(top: _Reader) -> tuple[Staff, ...]:
    staff = []
    for i, x in enumerate(top.items("staff")):
        r = _Reader(x, f"staff[{i}]")
        staff.append(Staff(r.text("name"), r.text("role", longest=CODE_MAX), r.number("weekly_hours"),
                           r.number("annual_salary", optional=True), r.number("hourly_rate", optional=True)))
    return tuple(staff)


def _activities(top: _Reader) -> tuple[Activity, ...]:
    activities = []
    for i, x in enumerate(top.items("activities")):
        r = _Reader(x, f"activities[{i}]")
        activities.append(Activity(r.text("code", longest=CODE_MAX), r.text("name", ""), r.text("category"),
                                   r.number("volume_per_week"), r.numbers("minutes", "minutes"),
                                   r.numbers("split", "share")))
    return tuple(activities)


def _scenarios(top: _Reader) -> tuple[Scenario, ...]:
    scenarios = []
    for i, x in enumerate(top.items("scenarios")):
        r = _Reader(x, f"scenarios[{i}]")
        changes = tuple(_change(c, f"scenarios[{i}].changes[{j}]")
                        for j, c in enumerate(r.items("changes")))
        scenarios.append(Scenario(r.text("name"), changes, r.text("description", "", longest=DESCRIPTION_MAX),
                                  r.flag("recommended"), r.text("freed_time_use", "")))
    return tuple(scenarios)


def _extras(top: _Reader) -> dict[str, Any]:
    extras = top._get("extras", {})
    if not isinstance(extras, dict):
        raise PlanFormatError(f"plan.extras: expected an object, found {_kind(extras)}")
    from planner.reference import validate_extras

    for key, value in extras.items():
        why = text_problem(key, CODE_MAX) or json_value_problem(value)
        if why:
            raise PlanFormatError(f"plan.extras.{_kind(key)}: {why}")
    try:
        validate_extras(extras, "plan.extras")
    except ValueError as e:
        raise PlanFormatError(str(e)) from None
    return extras


def plan_from_dict(d: Any) -> Plan:
    """Read plan JSON v1. Raises PlanFormatError naming the path of the first problem."""
    top = _Reader(d, "plan")
    if top.data.get("format") != FORMAT:
        raise PlanFormatError(f"this is not a Skillmix plan (format is {_kind(top.data.get('format'))}, "
                              f"expected '{FORMAT}')")
    version = top.number("version")
    if version > VERSION:
        raise PlanFormatError(f"plan JSON version {version} is newer than this Skillmix reads "
                              f"(version {VERSION}); update Skillmix")
    return Plan(_practice(top._get("practice", _REQUIRED)), _assumptions(top._get("assumptions", {})),
                _roles(top), _staff(top), _activities(top), _scenarios(top), _extras(top))


#: The largest plan JSON read: far above a PCN's plan (a few MB), far below what would
#: exhaust a laptop's memory.
MAX_JSON_BYTES = 64 * 1024 * 1024


def read_plan_json(path: Path) -> Plan:
    """The plan in the JSON file ``path``; PlanFormatError naming the file and, for a value that
    is wrong, its JSON path (``activities[3].minutes.GP``)."""
    path = Path(path)
    try:
        return plan_from_dict(read_json(path))
    except PlanFormatError as e:
        raise PlanFormatError(f"{path.name}: {e}") from None


def read_json(path: Path) -> Any:
    """The JSON value in ``path`` (plan or PCN JSON): at most MAX_JSON_BYTES, UTF-8 with or
    without a byte-order mark; PlanFormatError (without the file's name) for anything else."""
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        raise PlanFormatError(f"is {size / 1e6:,.0f} MB; plan JSON of at most {MAX_JSON_BYTES // 2**20} MB "
                              "is read (is it the right file?)")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark, as Windows Notepad writes, is fine
    except UnicodeDecodeError:
        raise PlanFormatError("is not plan JSON: it is not a text file (is it an Excel workbook "
                              "or a .skillmix plan?)") from None
    try:
        return json.loads(text, parse_int=_whole_number)
    except json.JSONDecodeError as e:
        raise PlanFormatError(f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    except RecursionError:
        raise PlanFormatError("not valid plan JSON: lists or objects are nested too deeply") from None


class _TooLarge(float):
    """A whole number of hundreds of digits in the JSON (Python will not even read one of
    4,300): infinite, so the reader names it with its JSON path."""

    def __new__(cls) -> _TooLarge:
        return super().__new__(cls, "inf")

    def __repr__(self) -> str:
        return "a number far too large"


def _whole_number(digits: str) -> int | float:
    return int(digits) if len(digits) <= 400 else _TooLarge()


def write_plan_json(plan: Plan, path: Path, *, force: bool = True) -> None:
    """Write ``plan`` as plan JSON, whole or not at all (planner.files.output); never over a
    plan file, nor over another file unless ``force``."""
    try:
        data = (json.dumps(plan_to_dict(plan), indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode()
    except (ValueError, UnicodeEncodeError) as e:
        raise PlanFormatError(f"the plan cannot be written as JSON: it holds a number that is not finite "
                              f"or text that cannot be saved ({str(e)[:80]}); run 'skillmix validate' "
                              "to find it") from None
    write_bytes(Path(path), data, force=force)
