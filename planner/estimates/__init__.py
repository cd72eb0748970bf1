"""Which inputs of a plan are still Skillmix estimates, and the likely range of each option's
figures that follows (extension E15, docs/MODEL-EXTENSIONS.md).

An input is an estimate while it equals the catalogue's default and that default's figure is a
Skillmix estimate: an activity's volume (unless it is the practice's own appointment data), a
role's minutes for an activity, a role's leave share and GP supervision, an estimated ARRS
maximum. Its spread comes from resources/reference/uncertainty.json.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from planner.appointments.provenance import volume_source
from planner.catalogue import activity_entry, make_activity, role_defaults, role_defaults_in
from planner.engine.results import ScenarioResult
from planner.engine.uncertainty import Spread, ranges
from planner.model import Activity, Plan
from planner.reference import ReferenceDataError, figure, plan_edition, plan_hcas_zone, read_json, same


@lru_cache(maxsize=1)
def spreads() -> dict[str, float]:
    """Kind of input -> its spread (uncertainty.json)."""
    data = read_json("reference/uncertainty.json")
    return {kind: float(entry["spread"]) for kind, entry in data["spreads"].items()}


def _activity(plan: Plan, activity: Activity, out: dict[str, Any]) -> None:
    try:
        entry = activity_entry(activity.code)
    except KeyError:
        return  # not a catalogue activity: the practice's own
    default = make_activity(entry, plan.practice.list_size)
    s = spreads()
    volume_id = entry.volume_per_1000_patients_per_week
    if (not volume_source(plan, activity).is_data and figure(volume_id).estimate
            and same(default.volume_per_week, activity.volume_per_week)):
        out["volume"][activity.code] = s["volume"]
    for role, minutes in activity.minutes.items():
        fid = entry.minutes.get(role)
        if fid is not None and figure(fid).estimate and same(default.minutes.get(role, -1.0), minutes):
            out["minutes"][(activity.code, role)] = s["minutes"]


def _role(plan: Plan, code: str, out: dict[str, Any]) -> None:
    role = plan.role(code)
    try:
        now = role_defaults_in(code, plan_edition(plan), plan_hcas_zone(plan))
        cited = role_defaults(code, plan_edition(plan))
    except (KeyError, ReferenceDataError):
        return
    if role is None:
        return
    s = spreads()
    leave = now.get("leave_fraction")
    if leave is not None and leave.figure.estimate and leave.matches(role.leave_fraction):
        out["leave"][code] = s["leave_fraction"]
    cap = now.get("arrs_cap")
    if cap is not None and cap.figure.estimate and cap.matches(role.arrs_cap):
        out["arrs_cap"][code] = s["arrs_cap"]
    supervision = cited.get("supervision_gp_hours_per_wte_week")
    if supervision is not None and supervision.estimate and same(supervision.value,
                                                                role.supervision_gp_hours_per_wte_week):
        out["supervision"][code] = s["supervision"]


def spread_of(plan: Plan) -> Spread:
    """The spread of every input of ``plan`` that is still a Skillmix estimate."""
    out: dict[str, Any] = {"volume": {}, "minutes": {}, "leave": {}, "supervision": {}, "arrs_cap": {}}
    for activity in plan.activities:
        _activity(plan, activity, out)
    for role in plan.roles:
        _role(plan, role.code, out)
    return Spread(**out)


def option_ranges(plan: Plan, results: Sequence[ScenarioResult]) -> dict[str, dict[str, Any]]:
    """For each option: the P10-P50-P90 of its GP gap closed, net cost and cash effect, and the
    number of estimated inputs behind them (the `summary --json` "ranges" and
    "estimated_inputs")."""
    spread = spread_of(plan)
    found = ranges(plan, results, spread)
    return {r.scenario.name: {"ranges": {k: {"p10": v.p10, "p50": v.p50, "p90": v.p90}
                                         for k, v in found[r.scenario.name].items()},
                              "estimated_inputs": spread.count_for(plan, r)} for r in results}


#: the last plans' option ranges (by the plan object itself: a plan is an immutable value), so the
#: pack and the app, asking once per option and surface, draw once
_LAST: list[tuple[Plan, dict[str, dict[str, Any]]]] = []
_KEEP = 4


def ranges_of(plan: Plan, result: ScenarioResult) -> dict[str, Any]:
    """``option_ranges`` of one option, remembered for the last few plans."""
    for seen, found in _LAST:
        if seen is plan and result.scenario.name in found:
            return found[result.scenario.name]
    found = option_ranges(plan, [result])
    for i, (seen, earlier) in enumerate(_LAST):
        if seen is plan:
            _LAST[i] = (plan, earlier | found)
            break
    else:
        _LAST.insert(0, (plan, found))
        del _LAST[_KEEP:]
    return found[result.scenario.name]
