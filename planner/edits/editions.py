"""Moving a plan to another edition of the reference figures, or another London weighting zone,
as one undoable Edit: every value that still equals the old default becomes the new default;
values the practice changed are kept and listed as kept (planner.reference holds the editions).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from planner.catalogue import role_defaults_in, role_entries
from planner.edits.values import ASSUMPTION_LABELS
from planner.model import Edit, Hire, Plan, Role
from planner.present.format import pence
from planner.present.names import role_title
from planner.reference import (
    HCAS_ZONES,
    Default,
    Figure,
    assumption_defaults_in,
    check_edition,
    check_hcas_zone,
    current_edition,
    pay_points_in,
    plan_edition,
    plan_hcas_zone,
    same,
    with_context,
)


@dataclass(frozen=True)
class FigureChange:
    """One value a move touches (or would touch, when ``kept``)."""

    what: str  # "Clinical pharmacist: ARRS cap"
    old: float
    new: float
    unit: str  # "£", "%", "£/h"
    #: the figure the new value comes from
    figure: Figure
    #: True: the plan's own value differs from the old default and is kept; ``new`` is then what
    #: the new default would have been
    kept: bool = False

    @property
    def estimate(self) -> bool:
        return self.figure.estimate

    def describe(self) -> str:
        """'Clinical pharmacist: ARRS cap £66,972 → £69,207' or '... kept your figure £70,000
        (2026/27 default £69,207)'."""
        if self.kept:
            return (f"{self.what}: kept your figure {format_value(self.old, self.unit)} "
                    f"(the default would be {format_value(self.new, self.unit)})")
        mark = " (Skillmix estimate)" if self.estimate else ""
        return f"{self.what}: {format_value(self.old, self.unit)} → {format_value(self.new, self.unit)}{mark}"




def format_value(v: float, unit: str) -> str:
    if unit == "%":
        return f"{v * 100:.4g}%"
    if unit == "£/h":
        return pence(v)
    return f"£{v:,.0f}"




_ROLE_FIELDS = {"annual_salary": ("salary", "£"), "leave_fraction": ("leave", "%"), "arrs_cap": ("ARRS cap", "£")}


_ASSUMPTION_UNITS = {"employer_ni_rate": "%", "employer_pension_rate": "%", "pay_award_rate": "%",
                     "gp_hour_value": "£/h", "employer_ni_threshold": "£"}




def _assumption_label(key: str) -> str:
    label = ASSUMPTION_LABELS.get(key, key.replace("_", " "))
    return label[0].upper() + label[1:]




def _moved_role(role: Role, old: dict[str, Default], new: dict[str, Default],
                out: list[FigureChange]) -> Role:
    changes: dict[str, Any] = {}
    for fld, (label, unit) in _ROLE_FIELDS.items():
        if fld not in old or fld not in new:
            continue
        current = getattr(role, fld)
        o, n = old[fld], new[fld]
        if same(o.value, n.value) or n.matches(current):
            continue  # the default did not change, or the plan already holds the new one
        what = f"{role.title}: {label}"
        if o.matches(current):
            changes[fld] = n.value
            out.append(FigureChange(what, float(current), n.value, unit, n.figure))
        elif current is not None:
            out.append(FigureChange(what, float(current), n.value, unit, n.figure, kept=True))
    return replace(role, **changes) if changes else role




def _moved_hire(hire: Hire, scenario: str, plan: Plan, old: dict[str, Default], new: dict[str, Default],
                out: list[FigureChange]) -> Hire:
    if hire.annual_salary is None:
        return hire
    for fid, o in old.items():
        n = new.get(fid)
        if n is None or not o.matches(hire.annual_salary) or n.matches(hire.annual_salary):
            continue
        who = role_title(plan, hire.role)
        out.append(FigureChange(f"Option \u2018{scenario}\u2019: {who} hire, salary", hire.annual_salary, n.value,
                                "£", n.figure))
        return replace(hire, annual_salary=n.value)
    return hire




def changes_between(plan: Plan, edition: str, zone: str | None = None) -> tuple[Plan, list[FigureChange]]:
    """The plan moved to ``edition`` and HCAS ``zone`` (default: the plan's zone), and every value
    that changes or is kept. Values still equal to the plan's old edition/zone default become the
    new default: role salaries, leave and ARRS caps of catalogue roles, the assumptions whose
    figures change by year, and hire salaries set to a pay point; other values are kept."""
    old_ed, old_zone = plan_edition(plan), plan_hcas_zone(plan)
    zone = old_zone if zone is None else check_hcas_zone(zone)
    check_edition(edition)
    out: list[FigureChange] = []
    catalogue = {e.code for e in role_entries()}
    roles = tuple(_moved_role(r, role_defaults_in(r.code, old_ed, old_zone),
                              role_defaults_in(r.code, edition, zone), out)
                  if r.code in catalogue else r for r in plan.roles)
    old_a, new_a = assumption_defaults_in(old_ed), assumption_defaults_in(edition)
    a_changes: dict[str, Any] = {}
    for key, n in new_a.items():
        o = old_a.get(key)
        current = getattr(plan.assumptions, key)
        if o is None or same(o.value, n.value) or n.matches(current):
            continue
        unit = _ASSUMPTION_UNITS.get(key, "£")
        if o.matches(current):
            a_changes[key] = type(current)(n.value) if isinstance(current, int) else n.value
            out.append(FigureChange(_assumption_label(key), float(current), n.value, unit, n.figure))
        else:
            out.append(FigureChange(_assumption_label(key), float(current), n.value, unit, n.figure, kept=True))
    old_p, new_p = pay_points_in(old_ed, old_zone), pay_points_in(edition, zone)
    moved = replace(plan, roles=roles, assumptions=replace(plan.assumptions, **a_changes))
    scenarios = []
    for s in plan.scenarios:
        changes = tuple(_moved_hire(c, s.name, moved, old_p, new_p, out) if isinstance(c, Hire) else c
                        for c in s.changes)
        scenarios.append(replace(s, changes=changes))
    moved = replace(moved, scenarios=tuple(scenarios))
    return with_context(moved, edition, zone), out




def edition_changes(plan: Plan, edition: str) -> list[FigureChange]:
    """What moving the plan to ``edition`` would change (old → new) and keep, for the app to show."""
    return changes_between(plan, edition)[1]




def move_to_edition(plan: Plan, edition: str) -> Edit:
    """Move the plan to ``edition`` as one undoable Edit (see :func:`changes_between`).
    ValueError naming the edition when Skillmix does not ship it."""
    after, _ = changes_between(plan, edition)
    return Edit(f"Move to the {edition} reference figures", plan, after)




def set_hcas_zone(plan: Plan, zone: object) -> Edit:
    """Put the practice in London weighting ``zone`` ("", "fringe", "outer", "inner") as one
    Edit: salaries and ARRS caps still at their defaults follow. ValueError naming the field."""
    code = check_hcas_zone(zone)
    after, _ = changes_between(plan, plan_edition(plan), code)
    label = HCAS_ZONES[code] if code else "no London weighting"
    return Edit(f"London weighting: {label}", plan, after)




def new_plan_context(plan: Plan, on: date | None = None) -> Plan:
    """A new plan built from today's catalogue, recording the edition in force ``on``."""
    return with_context(plan, current_edition(on), plan_hcas_zone(plan))
