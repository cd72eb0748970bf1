"""The sane range of every number and the longest text a plan may hold: one table that
validation, the importers (plan JSON, rotas, audits) and the app's edits all check against.

The ranges are wide enough for any real practice or PCN and narrow enough that no figure the
engine computes from values inside them can overflow a float, lose its meaning in a
denormal, or print as 'Infinity': the largest hours, pounds and counts stay below 1e13.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Limit:
    """``low`` <= value <= ``high`` (``low`` excluded when ``low_open``); whole numbers only
    when ``integer``."""

    low: float
    high: float
    low_open: bool = False
    integer: bool = False

    def rule_broken(self, value: float) -> str | None:
        """None when the finite number ``value`` is within the limit, else the rule it breaks:
        'must be at most 1', 'must be above 0', 'must be a whole number'."""
        if (value <= self.low) if self.low_open else (value < self.low):
            return f"must be {'above' if self.low_open else 'at least'} {self.low:g}"
        if value > self.high:
            return f"must be at most {self.high:g}"
        if self.integer and value != int(value):
            return "must be a whole number"
        return None

    def problem(self, value: object) -> str | None:
        """None when ``value`` is a number within the limit, else why not (no full stop)."""
        why = number_problem(value)
        if why is not None:
            return why
        assert isinstance(value, (int, float))
        rule = self.rule_broken(float(value))
        return None if rule is None else f"{float(value):g} {rule}"


def number_problem(value: object) -> str | None:
    """None when ``value`` is a finite number a float can hold, else why not."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"{_short(value)} is not a number"
    try:
        finite = math.isfinite(value)
    except OverflowError:  # an int with hundreds of digits
        return f"{str(value)[:8]}… ({len(str(value))} digits) is far too large"
    return None if finite else f"{value!r} is not a number"


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


MONEY_A_YEAR = Limit(0, 1_000_000)  # a salary, a cap: a year's pay of one WTE
HOURS_A_WEEK = Limit(0, 168)

#: Every numeric field of the plan by name (Practice, Assumptions, Role, Staff, Activity and
#: the scenario changes). A field of another kind with the same name has the same meaning.
NUMBER_LIMITS: dict[str, Limit] = {
    # practice
    "list_size": Limit(0, 1_000_000, integer=True),
    "weeks_per_year": Limit(0, 53, low_open=True),
    "consulting_rooms": Limit(0, 500, integer=True),
    # assumptions
    "session_hours": Limit(0.5, 12),
    "wte_hours": Limit(1, 168),
    "employer_ni_rate": Limit(0, 1),
    "employer_ni_threshold": Limit(0, 1_000_000),
    "employer_pension_rate": Limit(0, 1),
    "gp_appointment_minutes": Limit(1, 240),
    "gp_hour_value": Limit(0, 10_000),
    "pay_award_rate": Limit(-0.5, 1),
    "list_growth_rate": Limit(-0.5, 1),
    "projection_years": Limit(1, 10, integer=True),
    "safe_contacts_per_gp_day": Limit(1, 200),
    "room_sessions_per_week": Limit(0, 50, low_open=True),
    "locum_share_of_shortfall": Limit(0, 1),
    # roles and staff
    "annual_salary": MONEY_A_YEAR,
    "leave_fraction": Limit(0, 0.99),
    "arrs_cap": MONEY_A_YEAR,
    "supervision_gp_hours_per_wte_week": HOURS_A_WEEK,
    "weekly_hours": HOURS_A_WEEK,
    "hourly_rate": Limit(0, 1_000),
    # activities
    "volume_per_week": Limit(0, 1_000_000),
    "minutes": Limit(0, 1440),
    "share": Limit(0, 1),
    # scenario changes
    "fraction": Limit(0, 1),
    "wte": Limit(0, 100, low_open=True),
    "one_off_cost": Limit(0, 10_000_000),
    "ramp_up_months": Limit(0, 36),
    # PCN plans (docs/MODEL-EXTENSIONS.md, P)
    "weighted_population": Limit(0, 10_000_000, low_open=True),
    "arrs_per_weighted_patient": Limit(0, 1000),
    "sessions": Limit(0, 20),
    "shared_wte": Limit(0, 2, low_open=True),
}

#: The longest text each kind of name may be (characters); descriptions may be longer.
NAME_MAX = 200
CODE_MAX = 40
DESCRIPTION_MAX = 20_000

#: How deeply the plan's saved settings (``Plan.extras``) may nest: far more than Skillmix
#: writes, far less than would exhaust Python's recursion in json.
EXTRAS_DEPTH = 32


def text_problem(value: object, longest: int = NAME_MAX) -> str | None:
    """None when ``value`` is text of at most ``longest`` characters that can be saved (no
    unpaired surrogate), else why not."""
    if not isinstance(value, str):
        return f"{value!r} is not text"
    if len(value) > longest:
        return f"is {len(value):,} characters long; at most {longest:,} are allowed"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "contains a character that cannot be saved (an unpaired surrogate)"
    return None


def json_value_problem(value: Any) -> str | None:
    """None when ``value`` (a saved setting) can be kept in a plan file and in plan JSON: nested
    at most EXTRAS_DEPTH deep, every number finite, every text saveable; else why not."""
    if json_depth(value) > EXTRAS_DEPTH:
        return f"is nested more than {EXTRAS_DEPTH} deep"
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
            stack.extend(item.keys())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, float) and not math.isfinite(item):
            return f"holds {item!r}, which is not a number"
        elif isinstance(item, str) and (why := text_problem(item, DESCRIPTION_MAX)) is not None:
            return f"holds text that {why}"
    return None


def json_depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (0 for a plain value), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def markdown_table() -> str:
    """The limits as the Markdown table in docs/LIMITS.md (a test keeps the two the same)."""
    lines = ["| field | lowest | highest | whole numbers only |", "|---|---|---|---|"]
    for name, limit in NUMBER_LIMITS.items():
        low = f"above {_plain(limit.low)}" if limit.low_open else _plain(limit.low)
        lines.append(f"| `{name}` | {low} | {_plain(limit.high)} | {'yes' if limit.integer else ''} |")
    lines += ["", "| text | longest (characters) |", "|---|---|",
              f"| a name, title or scenario name | {NAME_MAX:,} |", f"| a role or activity code | {CODE_MAX:,} |",
              f"| a scenario's description | {DESCRIPTION_MAX:,} |"]
    return "\n".join(lines) + "\n"


def _plain(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:g}"
