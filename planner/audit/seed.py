"""A scenario made from the avoidable shares: what the audit says could leave GP lists.

For each GP appointment activity (category "appointments", the GP role in its split):
- Shift the "another professional in the practice" share of the GP items to the first of
  ANP, PN, PHARM that has minutes for the activity (skipped, and said so, when none has);
- Avoid the "community pharmacy or self-care" plus "care navigation or social prescribing"
  shares (those items leave the practice).
Both shares are fractions of the GP items before the scenario: the shift comes first, so the
avoid fraction is share / (1 - shifted share). The hospital share is not modelled (it needs
the hospital to change) and no one is hired: shortfalls show where the moved work lands.
"""

from __future__ import annotations

from dataclasses import replace

from planner.audit.shares import AvoidableShares, avoidable_shares
from planner.model import Activity, Avoid, Change, Plan, Scenario, Shift

TARGET_PREFERENCE: tuple[str, ...] = ("ANP", "PN", "PHARM")


def seed_scenario(plan: Plan, name: str) -> Plan:
    """The plan with a new scenario ``name`` built from ``avoidable_shares(plan)``.

    Raises ValueError when the name is taken or the plan has no GP appointment activities."""
    if not name.strip():
        raise ValueError("the scenario needs a name")
    if plan.scenario(name) is not None:
        raise ValueError(f"the plan already has a scenario named '{name}'; choose another name")
    gp = plan.assumptions.gp_role
    activities = [a for a in plan.activities if a.category == "appointments" and a.split.get(gp, 0) > 0]
    if not activities:
        raise ValueError(f"the plan has no appointment activities done by '{gp}' to apply the shares to")
    shares = avoidable_shares(plan)
    changes: list[Change] = []
    notes: list[str] = []
    for activity in activities:
        changes += _changes_for(activity, gp, shares, notes)
    scenario = Scenario(name, tuple(changes), _description(shares, notes))
    return replace(plan, scenarios=(*plan.scenarios, scenario))


def _changes_for(activity: Activity, gp: str, shares: AvoidableShares, notes: list[str]) -> list[Change]:
    moved = shares.shares.get("practice_role", 0.0)
    left = shares.shares.get("pharmacy_self_care", 0.0) + shares.shares.get("navigation", 0.0)
    target = next((r for r in TARGET_PREFERENCE if r != gp and r in activity.minutes), None)
    out: list[Change] = []
    if moved > 0 and target is None:
        notes.append(f"{activity.name}: no ANP, PN or PHARM minutes, so its "
                     f"{moved:.1%} 'another professional' share stays with {gp}")
        moved = 0.0
    if moved > 0 and target is not None:
        out.append(Shift(activity.code, gp, target, moved))
    if left > 0 and moved < 1:
        out.append(Avoid(activity.code, gp, min(1.0, left / (1 - moved))))
    return out


def _description(shares: AvoidableShares, notes: list[str]) -> str:
    s = shares.shares
    text = (f"From {shares.source}: of GP appointments, {s.get('practice_role', 0):.1%} could be seen "
            f"by another professional in the practice (moved to ANP, else PN, else PHARM: the first "
            f"with minutes for the activity) and {s.get('pharmacy_self_care', 0):.1%} + "
            f"{s.get('navigation', 0):.1%} could go to community pharmacy, self-care, care navigation "
            f"or social prescribing (avoided). The {s.get('hospital', 0):.1%} caused by hospitals is "
            "not modelled. No one is hired: check the roles short of time.")
    return text + ("" if not notes else " " + "; ".join(notes) + ".")
