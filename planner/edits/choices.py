"""What the change editor's drop-downs offer, so they only offer what makes sense."""

from __future__ import annotations

from planner.model import Activity, Plan, Retime, Role, Scenario, Shift


def activities_role_does(plan: Plan, role: str) -> list[Activity]:
    """Activities ``role`` does some of now (a share above 0), in the plan's order."""
    return [a for a in plan.activities if a.split.get(role, 0) > 0 and role in a.minutes]


def roles_doing(plan: Plan, activity: str) -> list[Role]:
    """Roles that do some of ``activity`` now, in the plan's role order."""
    found = plan.activity(activity)
    split = found.split if found else {}
    return [r for r in plan.roles if split.get(r.code, 0) > 0]


def roles_able_to_do(plan: Plan, activity: str, scenario: Scenario | None = None,
                     before: int | None = None) -> list[Role]:
    """Roles with minutes for ``activity``: the plan's, plus roles an earlier change of
    ``scenario`` (a retime before position ``before``) gives minutes to."""
    found = plan.activity(activity)
    able = set(found.minutes) if found else set()
    earlier = scenario.changes[:before] if scenario is not None else ()
    able |= {c.role for c in earlier if isinstance(c, Retime) and c.activity == activity}
    return [r for r in plan.roles if r.code in able]


def roles_doing_any_work(plan: Plan) -> list[Role]:
    """Roles that do some activity now: the only sensible roles to move work from."""
    return [r for r in plan.roles if activities_role_does(plan, r.code)]


def role_to_hire(plan: Plan, scenario: Scenario, before: int | None = None) -> str | None:
    """The role a new hire most likely is: the last role an earlier change of ``scenario``
    (before position ``before``) moves work to, other than the GPs; None when no change moves
    work to another role."""
    earlier = scenario.changes[:before] if before is not None else scenario.changes
    moved_to = [c.to_role for c in earlier if isinstance(c, Shift) and c.to_role != plan.assumptions.gp_role]
    return moved_to[-1] if moved_to and plan.role(moved_to[-1]) is not None else None
