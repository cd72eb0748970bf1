"""Check the rows read from a plan file before they become a plan: a damaged or hand-edited
file gives one RowProblem naming the table, the row and the column, never a traceback.

What is checked here is what the plan cannot be made without: every column is there, text
columns hold text, number columns hold numbers, positions and ids are whole numbers, each row
refers to rows that exist, and every assumption and change type is one Skillmix knows.
Numbers out of their sane range, unknown role codes, shares not adding up and the like are
loaded as they are and left to validation (``skillmix validate`` lists them all), so a plan can
be opened and fixed.

Nothing read is silently dropped: a row Skillmix cannot place (an assumption it does not
know, minutes for an activity that is not there, a change of a scenario that is not there)
is refused here, so saving the plan again can never lose it. What a save does rewrite, and why
it loses nothing: positions and staff ids are renumbered in order; an activity_role row with
neither minutes nor a share (it holds nothing) is not written again; an empty one-off cost,
ramp-up or freed-time use is written as its default (0, 0, "").
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

from planner.model import Assumptions
from planner.model.limits import json_value_problem

Rows = dict[str, list[dict[str, Any]]]

TEXT, OPT_TEXT, NUMBER, OPT_NUMBER, WHOLE, FLAG, OPT_FLAG = (
    "text", "optional text", "number", "optional number", "whole number", "flag", "optional flag")

#: table -> column -> kind of value (as in tables.py, schema 2)
COLUMNS: dict[str, dict[str, str]] = {
    "practice": {"name": TEXT, "list_size": NUMBER, "weeks_per_year": NUMBER, "consulting_rooms": NUMBER},
    "assumption": {"key": TEXT, "number": OPT_NUMBER, "text": OPT_TEXT},
    "role": {"code": TEXT, "position": WHOLE, "title": TEXT, "staff_group": TEXT, "annual_salary": NUMBER,
             "leave_fraction": NUMBER, "arrs_cap": OPT_NUMBER, "supervision_gp_hours_per_wte_week": NUMBER},
    "staff": {"position": WHOLE, "name": TEXT, "role": TEXT, "weekly_hours": NUMBER, "annual_salary": OPT_NUMBER,
              "hourly_rate": OPT_NUMBER},
    "activity": {"code": TEXT, "position": WHOLE, "name": TEXT, "category": TEXT, "volume_per_week": NUMBER},
    "activity_role": {"activity": TEXT, "role": TEXT, "minutes": OPT_NUMBER, "split": OPT_NUMBER},
    "scenario": {"id": WHOLE, "position": WHOLE, "name": TEXT, "description": TEXT, "recommended": FLAG,
                 "freed_time_use": OPT_TEXT},
    "change": {"scenario_id": WHOLE, "position": WHOLE, "type": TEXT, "activity": OPT_TEXT, "role": OPT_TEXT,
               "from_role": OPT_TEXT, "to_role": OPT_TEXT, "fraction": OPT_NUMBER, "minutes": OPT_NUMBER,
               "wte": OPT_NUMBER, "annual_salary": OPT_NUMBER, "arrs_funded": OPT_FLAG,
               "one_off_cost": OPT_NUMBER, "ramp_up_months": OPT_NUMBER, "staff": OPT_TEXT,
               "weekly_hours": OPT_NUMBER},
    "extra": {"key": TEXT, "value_json": TEXT},
}

#: change type -> the columns it cannot do without
CHANGE_NEEDS: dict[str, tuple[str, ...]] = {
    "shift": ("activity", "from_role", "to_role", "fraction"),
    "avoid": ("activity", "role", "fraction"),
    "retime": ("activity", "role", "minutes"),
    "hire": ("role", "wte"),
    "change_hours": ("staff", "weekly_hours"),
}

class RowProblem(ValueError):
    """A row that cannot be read; ``str()`` names the table, the row and the column."""

    def __init__(self, table: str, row: int | None, column: str | None, why: str) -> None:
        where = f"table {table}" + (f", row {row}" if row is not None else "")
        where += f", column {column}" if column else ""
        super().__init__(f"{where}: {why}")


class BadText:
    """Text in the file that is not valid UTF-8 (kept so the problem can be named)."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw


def decode_text(raw: bytes) -> str | BadText:
    """sqlite3's text factory: UTF-8 text, or BadText for bytes that are not."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return BadText(raw)


def check_rows(rows: Rows) -> None:
    """RowProblem for the first row that cannot be made part of a plan (see the module's text)."""
    for table, columns in COLUMNS.items():
        for n, row in enumerate(rows.get(table, []), start=1):
            for column, kind in columns.items():
                if column not in row:
                    raise RowProblem(table, None, column, "the column is missing")
                why = _kind_problem(row[column], kind)
                if why:
                    raise RowProblem(table, n, column, why)
    if len(rows.get("practice", [])) != 1:
        raise RowProblem("practice", None, None, f"holds {len(rows.get('practice', []))} rows; a plan has one")
    _check_assumptions(rows["assumption"])
    _check_references(rows)
    _check_changes(rows["change"])
    for n, row in enumerate(rows["extra"], start=1):
        parse_extra(row["value_json"], "extra", n)


def _kind_problem(value: object, kind: str) -> str | None:
    if value is None:
        return None if kind.startswith("optional") else "is empty (NULL)"
    if isinstance(value, BadText):
        return "holds text that is not valid UTF-8"
    if isinstance(value, bytes):
        return "holds binary data, not " + kind.removeprefix("optional ")
    base = kind.removeprefix("optional ")
    if base == TEXT:
        return None if isinstance(value, str) else f"holds the number {value!r}, not text"
    if not isinstance(value, (int, float)):
        return f"holds the text {_short(value)}, not a number"
    if base == WHOLE and not (math.isfinite(value) and value == int(value)):
        return f"holds {value!r}, not a whole number"
    if base == FLAG and value not in (0, 1):
        return f"holds {value!r}; it must be 0 (no) or 1 (yes)"
    return None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_assumptions(rows: list[dict[str, Any]]) -> None:
    known = set(Assumptions.keys())
    for n, row in enumerate(rows, start=1):
        key = row["key"]
        if key not in known:
            raise RowProblem("assumption", n, "key", f"{_short(key)} is not an assumption this Skillmix knows "
                             "(is the plan from a newer Skillmix?)")
        column = "text" if key == "gp_role" else "number"
        if row[column] is None:
            raise RowProblem("assumption", n, column, f"'{key}' has no {column} value")


def _check_references(rows: Rows) -> None:
    activities = {r["code"] for r in rows["activity"]}
    for n, row in enumerate(rows["activity_role"], start=1):
        if row["activity"] not in activities:
            raise RowProblem("activity_role", n, "activity", f"{_short(row['activity'])} is not in table activity")
    scenarios = {r["id"] for r in rows["scenario"]}
    for n, row in enumerate(rows["change"], start=1):
        if row["scenario_id"] not in scenarios:
            raise RowProblem("change", n, "scenario_id", f"{row['scenario_id']!r} is not in table scenario")


def _check_changes(rows: Iterable[dict[str, Any]]) -> None:
    for n, row in enumerate(rows, start=1):
        needs = CHANGE_NEEDS.get(row["type"])
        if needs is None:
            raise RowProblem("change", n, "type", f"{_short(row['type'])} is not one of {', '.join(CHANGE_NEEDS)}")
        for column in needs:
            if row[column] is None:
                raise RowProblem("change", n, column, f"is empty (NULL); a {row['type']} change needs it")


def parse_extra(text: str, table: str, row: int) -> Any:
    """The JSON value of a saved setting, if a plan can keep it (planner.model.limits)."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise RowProblem(table, row, "value_json", "is nested too deeply") from None
    except ValueError as e:
        raise RowProblem(table, row, "value_json", f"is not valid JSON ({e})") from None
    why = json_value_problem(value)
    if why is not None:
        raise RowProblem(table, row, "value_json", why)
    return value
