"""One-at-a-time sensitivity of a scenario (extension E5, docs/MODEL-EXTENSIONS.md).

Which inputs move the answer most? Each input below is moved on its own to
``base x (1 - swing)`` and ``base x (1 + swing)`` (default swing 0.2, i.e. 20%), every other
input left as it is, and the scenario recomputed with the MODEL.md engine (baseline included,
so an activity's volume moves both the "before" and the "after"). Inputs varied:

- assumptions: employer NI rate and threshold, employer pension rate, value of a GP hour, GP
  appointment length and GP session length (not weeks a year: a definition);
- the GP's minutes for every appointment activity at once (10 minutes is the plan's; the BMA
  recommends 15): how long GP appointments really take moves the GP's work before and after;
- each hire of the scenario: its full-time salary (the role's salary when the hire has none)
  and its WTE;
- each role the scenario hires, and the GP role: leave fraction; each hired role: GP
  supervision hours per WTE a week;
- each shift and avoid change: its fraction; each retime change: its minutes per item;
- each activity a shift, avoid or retime change touches: its volume a week;
- ARRS funding, when a hire of the scenario is ARRS funded: not a +/- swing but a switch, low =
  no ARRS reimbursement for any hire (the PCN cannot fund it), high = as planned. ARRS is claimed
  by the PCN from a fixed budget, so it can be refused; the bar shows what that would cost.

Fractions are clamped to [0, 1] (leave fractions to [0, 0.99], the plan's own limit); an input
whose base is 0 cannot move and gives a bar of zero spread. For each input the low and the high
run record net_cost_per_year, gp_hours_freed_per_week, net_benefit_per_year,
gp_appointments_released_per_year and the total shortfall (hours a week of work with no time
for it, summed over roles). Bars are sorted by the spread of net benefit, largest first
(ties: spread of GP hours freed, then of net cost, then the order above).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from planner.engine.results import check, evaluate
from planner.model import Avoid, Hire, Plan, Retime, Scenario, Shift

T = TypeVar("T")


def _with(value: T, field: str, new: float) -> T:
    """A copy of the dataclass ``value`` with ``field`` set to ``new``."""
    changes: dict[str, Any] = {field: new}
    return replace(value, **changes)  # type: ignore[type-var]


#: Changes an input: (plan, scenario, new value) -> (plan, scenario).
Setter = Callable[[Plan, Scenario, float], tuple[Plan, Scenario]]


@dataclass(frozen=True)
class Outcome:
    """The figures recorded for one run of the engine."""

    net_cost_per_year: float
    gp_hours_freed_per_week: float
    net_benefit_per_year: float
    gp_appointments_released_per_year: float
    shortfall_hours: float


@dataclass(frozen=True)
class SensitivityBar:
    """One input moved down and up on its own, and what the scenario's figures became."""

    key: str  # e.g. "assumptions.employer_ni_rate", "change 2.fraction", "role PHARM.leave_fraction"
    label: str  # for people: "Employer NI rate", "Salary of hire 1 (Clinical pharmacist)"
    kind: str  # how to print the input: rate, money, hours, minutes, wte, items
    base_value: float
    low_value: float
    high_value: float
    base: Outcome
    low: Outcome
    high: Outcome

    @property
    def net_benefit_spread(self) -> float:
        return abs(self.high.net_benefit_per_year - self.low.net_benefit_per_year)

    @property
    def net_cost_spread(self) -> float:
        return abs(self.high.net_cost_per_year - self.low.net_cost_per_year)

    @property
    def gp_hours_spread(self) -> float:
        return abs(self.high.gp_hours_freed_per_week - self.low.gp_hours_freed_per_week)


@dataclass(frozen=True)
class _Input:
    key: str
    label: str
    kind: str
    base: float
    setter: Setter
    upper: float | None = None  # clamp for fractions
    fixed: tuple[float, float] | None = None  # (low, high) used as they are, with no swing


def sensitivity(plan: Plan, scenario_name: str, swing: float = 0.2) -> list[SensitivityBar]:
    """Every input of scenario ``scenario_name`` moved by +/- ``swing`` (relative), one at a
    time; bars sorted by the spread of net benefit, largest first. Raises InvalidPlan for an
    invalid plan, KeyError for an unknown scenario, ValueError for a swing outside (0, 1)."""
    if not 0 < swing < 1:
        raise ValueError(f"swing must be between 0 and 1 (got {swing})")
    scenario = plan.scenario(scenario_name)
    if scenario is None:
        raise KeyError(f"no scenario named '{scenario_name}'")
    check(plan)
    base = _outcome(plan, scenario)
    bars = [_bar(plan, scenario, base, i, swing) for i in _inputs(plan, scenario)]
    return sorted(bars, key=lambda b: (-b.net_benefit_spread, -b.gp_hours_spread, -b.net_cost_spread))


def _outcome(plan: Plan, scenario: Scenario) -> Outcome:
    r = evaluate(plan, scenario, validated=True)
    return Outcome(r.net_cost_per_year, r.gp_hours_freed_per_week, r.net_benefit_per_year,
                   r.gp_appointments_released_per_year, sum(r.shortfall_hours.values()))


def _bar(plan: Plan, scenario: Scenario, base: Outcome, i: _Input, swing: float) -> SensitivityBar:
    low = max(0.0, i.base * (1 - swing))
    high = i.base * (1 + swing)
    if i.upper is not None:
        low, high = min(low, i.upper), min(high, i.upper)
    if i.fixed is not None:
        low, high = i.fixed
    return SensitivityBar(i.key, i.label, i.kind, i.base, low, high, base,
                          _outcome(*i.setter(plan, scenario, low)),
                          _outcome(*i.setter(plan, scenario, high)))


def _inputs(plan: Plan, scenario: Scenario) -> list[_Input]:
    return (_assumption_inputs(plan) + _appointment_minutes_input(plan) + _hire_inputs(plan, scenario)
            + _role_inputs(plan, scenario)
            + _change_inputs(plan, scenario) + _volume_inputs(plan, scenario) + _arrs_inputs(plan, scenario))


# ---------------------------------------------------------------- assumptions

ASSUMPTION_INPUTS: tuple[tuple[str, str, str, float | None], ...] = (
    ("employer_ni_rate", "Employer NI rate", "rate", 1.0),
    ("employer_ni_threshold", "Employer NI threshold", "money", None),
    ("employer_pension_rate", "Employer pension rate", "rate", 1.0),
    ("gp_hour_value", "Value of a GP hour", "money", None),
    ("gp_appointment_minutes", "Length of a GP appointment", "minutes", None),
    ("session_hours", "Length of a GP session", "hours", None),
)


def _assumption_inputs(plan: Plan) -> list[_Input]:
    a = plan.assumptions
    return [_Input(f"assumptions.{k}", label, kind, float(getattr(a, k)), _set_assumption(k), upper)
            for k, label, kind, upper in ASSUMPTION_INPUTS]


APPOINTMENT_MINUTES_KEY = "activities.appointments.gp_minutes"


def _appointment_minutes_input(plan: Plan) -> list[_Input]:
    """One input scaling the GP's minutes of every appointment activity (base 1 = as planned)."""
    gp = plan.assumptions.gp_role
    if not any(a.category == "appointments" and gp in a.minutes for a in plan.activities):
        return []
    return [_Input(APPOINTMENT_MINUTES_KEY, "GP minutes per appointment (every kind)", "scale", 1.0,
                   _scale_appointment_minutes)]


def _scale_appointment_minutes(plan: Plan, s: Scenario, factor: float) -> tuple[Plan, Scenario]:
    gp = plan.assumptions.gp_role
    activities = tuple(replace(a, minutes={**a.minutes, gp: a.minutes[gp] * factor})
                       if a.category == "appointments" and gp in a.minutes else a for a in plan.activities)
    return replace(plan, activities=activities), s


def _set_assumption(key: str) -> Setter:
    def setter(plan: Plan, s: Scenario, v: float) -> tuple[Plan, Scenario]:
        return replace(plan, assumptions=_with(plan.assumptions, key, v)), s
    return setter


# ---------------------------------------------------------------- hires and roles

def _title(plan: Plan, code: str) -> str:
    role = plan.role(code)
    return role.title if role is not None else code


def _hire_inputs(plan: Plan, scenario: Scenario) -> list[_Input]:
    out: list[_Input] = []
    hires = [(i, c) for i, c in enumerate(scenario.changes) if isinstance(c, Hire)]
    for n, (i, hire) in enumerate(hires, start=1):
        role = plan.role(hire.role)
        salary = hire.annual_salary if hire.annual_salary is not None else (role.annual_salary if role else 0.0)
        name = f"hire {n} ({_title(plan, hire.role)})" if len(hires) > 1 else _title(plan, hire.role)
        out.append(_Input(f"change {i + 1}.annual_salary", f"Salary: {name}", "money", salary,
                          _set_change(i, "annual_salary")))
        out.append(_Input(f"change {i + 1}.wte", f"WTE hired: {name}", "wte", hire.wte,
                          _set_change(i, "wte")))
    return out


def _role_inputs(plan: Plan, scenario: Scenario) -> list[_Input]:
    hired = list(dict.fromkeys(c.role for c in scenario.changes if isinstance(c, Hire)))
    leave_roles = list(dict.fromkeys([plan.assumptions.gp_role, *hired]))
    out = [_Input(f"role {code}.leave_fraction", f"Leave share: {_title(plan, code)}", "rate",
                  role.leave_fraction, _set_role(code, "leave_fraction"), 0.99)
           for code in leave_roles if (role := plan.role(code)) is not None]
    out += [_Input(f"role {code}.supervision_gp_hours_per_wte_week",
                   f"GP supervision per WTE: {_title(plan, code)}", "hours",
                   role.supervision_gp_hours_per_wte_week,
                   _set_role(code, "supervision_gp_hours_per_wte_week"))
            for code in hired if (role := plan.role(code)) is not None]
    return out


def _set_role(code: str, field: str) -> Setter:
    def setter(plan: Plan, s: Scenario, v: float) -> tuple[Plan, Scenario]:
        roles = tuple(_with(r, field, v) if r.code == code else r for r in plan.roles)
        return replace(plan, roles=roles), s
    return setter


# ---------------------------------------------------------------- changes and volumes

def _activity_name(plan: Plan, code: str) -> str:
    a = plan.activity(code)
    return a.name if a is not None else code


def _change_inputs(plan: Plan, scenario: Scenario) -> list[_Input]:
    out: list[_Input] = []
    for i, c in enumerate(scenario.changes):
        key = f"change {i + 1}"
        if isinstance(c, Shift):
            label = (f"Share moved: {_activity_name(plan, c.activity)}, "
                     f"{_title(plan, c.from_role)} to {_title(plan, c.to_role)}")
            out.append(_Input(f"{key}.fraction", label, "rate", c.fraction, _set_change(i, "fraction"), 1.0))
        elif isinstance(c, Avoid):
            label = f"Share avoided: {_activity_name(plan, c.activity)} ({_title(plan, c.role)})"
            out.append(_Input(f"{key}.fraction", label, "rate", c.fraction, _set_change(i, "fraction"), 1.0))
        elif isinstance(c, Retime):
            label = f"New minutes: {_activity_name(plan, c.activity)} ({_title(plan, c.role)})"
            out.append(_Input(f"{key}.minutes", label, "minutes", c.minutes, _set_change(i, "minutes")))
    return out


def _set_change(index: int, field: str) -> Setter:
    def setter(plan: Plan, s: Scenario, v: float) -> tuple[Plan, Scenario]:
        changes = tuple(_with(c, field, v) if i == index else c for i, c in enumerate(s.changes))
        return plan, replace(s, changes=changes)
    return setter


def _volume_inputs(plan: Plan, scenario: Scenario) -> list[_Input]:
    codes = dict.fromkeys(c.activity for c in scenario.changes if isinstance(c, (Shift, Avoid, Retime)))
    return [_Input(f"activity {code}.volume_per_week", f"Volume: {activity.name}", "items",
                   activity.volume_per_week, _set_volume(code))
            for code in codes if (activity := plan.activity(code)) is not None]


def _set_volume(code: str) -> Setter:
    def setter(plan: Plan, s: Scenario, v: float) -> tuple[Plan, Scenario]:
        acts = tuple(replace(a, volume_per_week=v) if a.code == code else a for a in plan.activities)
        return replace(plan, activities=acts), s
    return setter


# ---------------------------------------------------------------- ARRS funding

ARRS_KEY = "arrs_funding"
ARRS_LABEL = "ARRS funding not available"


def _arrs_inputs(plan: Plan, scenario: Scenario) -> list[_Input]:
    """One switch (1 = ARRS as planned, 0 = none) when a hire of the scenario claims ARRS."""
    funded = [c for c in scenario.changes if isinstance(c, Hire) and c.arrs_funded
              and (role := plan.role(c.role)) is not None and role.arrs_cap is not None]
    if not funded:
        return []
    return [_Input(ARRS_KEY, ARRS_LABEL, "arrs", 1.0, _set_arrs, fixed=(0.0, 1.0))]


def _set_arrs(plan: Plan, s: Scenario, v: float) -> tuple[Plan, Scenario]:
    """Below 1 no hire is ARRS funded; at 1 the scenario is as planned."""
    if v >= 1:
        return plan, s
    changes = tuple(replace(c, arrs_funded=False) if isinstance(c, Hire) else c for c in s.changes)
    return plan, replace(s, changes=changes)
