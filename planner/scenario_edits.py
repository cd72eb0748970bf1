"""Scenario edits as pure values (the same Edit as planner.edits): create, copy, rename,
delete and describe scenarios, and add, replace, remove and move their changes. Also the
helpers the change editor's drop-downs use, so they only offer what makes sense, and the
words a practice manager reads: activity names and role titles, never codes."""

from __future__ import annotations

import re
from dataclasses import replace

from planner.edits import Edit
from planner.engine import InvalidPlan, Problem, ScenarioResult, evaluate, validate_plan
from planner.engine.validate import validate_change
from planner.engine.workload import Workload
from planner.model import FREED_TIME_USES, Activity, Avoid, Change, Plan, Retime, Role, Scenario, Shift

DO_NOTHING = "Do nothing"
CHANGE_KINDS: dict[str, str] = {"shift": "Move work", "avoid": "Avoid work",
                                "retime": "Change minutes", "hire": "Hire"}


# --- scenarios ----------------------------------------------------------------------------


def _index(plan: Plan, name: str) -> int:
    for i, scenario in enumerate(plan.scenarios):
        if scenario.name == name:
            return i
    raise ValueError(f"There is no scenario called '{name}'.")


def _with_scenario(plan: Plan, name: str, scenario: Scenario) -> Plan:
    scenarios = list(plan.scenarios)
    scenarios[_index(plan, name)] = scenario
    return replace(plan, scenarios=tuple(scenarios))


def _new_name(plan: Plan, name: object, allowed_same: str = "") -> str:
    text = " ".join(str(name or "").split())
    if not text:
        raise ValueError("A scenario needs a name.")
    if text.casefold() != allowed_same.casefold() and \
            any(s.name.casefold() == text.casefold() for s in plan.scenarios):
        raise ValueError(f"There is already a scenario called '{text}'.")
    return text


def unused_name(plan: Plan, base: str) -> str:
    """``base``, or ``base 2``, ``base 3``... whichever no scenario has yet."""
    taken = {s.name.casefold() for s in plan.scenarios}
    candidate, n = base, 2
    while candidate.casefold() in taken:
        candidate, n = f"{base} {n}", n + 1
    return candidate


def add_scenario(plan: Plan, name: str, description: str = "") -> Edit:
    """A new scenario with no changes, at the end of the list."""
    scenario = Scenario(_new_name(plan, name), (), description.strip())
    return Edit(f"Add scenario {scenario.name}", plan,
                replace(plan, scenarios=plan.scenarios + (scenario,)))


def copy_scenario(plan: Plan, name: str, new_name: str | None = None) -> Edit:
    """A copy of a scenario (not recommended), just after it; named "Copy of ..." by default."""
    i = _index(plan, name)
    copy_name = _new_name(plan, new_name or unused_name(plan, f"Copy of {name}"))
    copy = replace(plan.scenarios[i], name=copy_name, recommended=False)
    scenarios = plan.scenarios[:i + 1] + (copy,) + plan.scenarios[i + 1:]
    return Edit(f"Copy scenario {name}", plan, replace(plan, scenarios=scenarios))


def rename_scenario(plan: Plan, name: str, new_name: str) -> Edit:
    """Give a scenario a new name, unique in the plan."""
    scenario = plan.scenarios[_index(plan, name)]
    renamed = replace(scenario, name=_new_name(plan, new_name, allowed_same=name))
    return Edit(f"Rename scenario {name} to {renamed.name}", plan,
                _with_scenario(plan, name, renamed))


def delete_scenario(plan: Plan, name: str) -> Edit:
    """Remove a scenario and its changes."""
    i = _index(plan, name)
    return Edit(f"Delete scenario {name}", plan,
                replace(plan, scenarios=plan.scenarios[:i] + plan.scenarios[i + 1:]))


def set_recommended(plan: Plan, name: str, recommended: bool = True) -> Edit:
    """Mark one scenario as the one the partners are advised to choose (at most one is);
    ``recommended=False`` removes the mark."""
    _index(plan, name)
    scenarios = tuple(replace(s, recommended=recommended and s.name == name)
                      if s.name == name or recommended else s for s in plan.scenarios)
    label = f"Recommend {name}" if recommended else f"Remove recommendation of {name}"
    return Edit(label, plan, replace(plan, scenarios=scenarios))


def set_description(plan: Plan, name: str, description: str) -> Edit:
    """Change a scenario's description (typing into it merges into one undo step)."""
    scenario = plan.scenarios[_index(plan, name)]
    return Edit(f"Change description of {name}", plan,
                _with_scenario(plan, name, replace(scenario, description=description)),
                f"scenario.{name}.description")


def set_freed_time_use(plan: Plan, name: str, use: str) -> Edit:
    """Say what the GP time a scenario frees becomes: a key of FREED_TIME_USES, or "" while
    the partners have not decided."""
    if use and use not in FREED_TIME_USES:
        raise ValueError(f"'{use}' is not one of: {', '.join(FREED_TIME_USES.values())}.")
    scenario = plan.scenarios[_index(plan, name)]
    what = FREED_TIME_USES[use] if use else "not decided"
    return Edit(f"Freed GP time in {name}: {what}", plan,
                _with_scenario(plan, name, replace(scenario, freed_time_use=use)))


def add_audit_scenario(plan: Plan, name: str) -> Edit:
    """A new scenario made from the avoidable shares in use (the practice's audit, else the
    national figures): GP appointments moved to another practice role or avoided."""
    from planner.audit import seed_scenario

    clean = _new_name(plan, name)
    return Edit(f"Add scenario {clean} from the avoidable-appointment shares", plan,
                seed_scenario(plan, clean))


# --- changes ------------------------------------------------------------------------------


def checked_change(plan: Plan, change: Change) -> Change:
    """``change`` when each of its fields can be right in this plan, else ValueError in words
    (an unknown role, a share above 100%, a negative WTE...)."""
    problems = validate_change(plan, change, "this change")
    if problems:
        raise ValueError(readable_problem(plan, problems[0]))
    return change


def _changes(plan: Plan, name: str) -> tuple[Scenario, list[Change]]:
    scenario = plan.scenarios[_index(plan, name)]
    return scenario, list(scenario.changes)


def _change_at(changes: list[Change], index: int) -> Change:
    if not 0 <= index < len(changes):
        raise ValueError(f"There is no change number {index + 1}.")
    return changes[index]


def add_change(plan: Plan, name: str, change: Change) -> Edit:
    """Add a change at the end of a scenario (changes apply in order)."""
    scenario, changes = _changes(plan, name)
    changes.append(checked_change(plan, change))
    after = _with_scenario(plan, name, replace(scenario, changes=tuple(changes)))
    return Edit(f"Add to {name}: {describe(plan, change)}", plan, after)


def replace_change(plan: Plan, name: str, index: int, change: Change) -> Edit:
    """Put ``change`` in place of the change at ``index`` (0-based); consecutive edits of the
    same change merge into one undo step."""
    scenario, changes = _changes(plan, name)
    _change_at(changes, index)
    changes[index] = checked_change(plan, change)
    after = _with_scenario(plan, name, replace(scenario, changes=tuple(changes)))
    return Edit(f"Change {name}: {describe(plan, change)}", plan, after,
                f"scenario.{name}.change.{index}")


def remove_change(plan: Plan, name: str, index: int) -> Edit:
    """Remove the change at ``index`` (0-based) from a scenario."""
    scenario, changes = _changes(plan, name)
    gone = _change_at(changes, index)
    del changes[index]
    after = _with_scenario(plan, name, replace(scenario, changes=tuple(changes)))
    return Edit(f"Remove from {name}: {describe(plan, gone)}", plan, after)


def move_change(plan: Plan, name: str, index: int, new_index: int) -> Edit:
    """Move a change to another place in the scenario's order (0-based positions)."""
    scenario, changes = _changes(plan, name)
    moving = _change_at(changes, index)
    _change_at(changes, new_index)
    del changes[index]
    changes.insert(new_index, moving)
    direction = "up" if new_index < index else "down"
    after = _with_scenario(plan, name, replace(scenario, changes=tuple(changes)))
    return Edit(f"Move {direction} in {name}: {describe(plan, moving)}", plan, after)


# --- what the drop-downs offer -------------------------------------------------------------


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


# --- words --------------------------------------------------------------------------------


def role_title(plan: Plan, code: str) -> str:
    role = plan.role(code)
    return role.title if role else code


def activity_name(plan: Plan, code: str) -> str:
    activity = plan.activity(code)
    return activity.name if activity else code


def describe(plan: Plan, change: Change) -> str:
    """One line with activity names and role titles, e.g. 'Move 80% of Medication reviews
    from General practitioner to Clinical pharmacist'."""
    if isinstance(change, Shift):
        return (f"Move {change.fraction:.0%} of {activity_name(plan, change.activity)} from "
                f"{role_title(plan, change.from_role)} to {role_title(plan, change.to_role)}")
    if isinstance(change, Avoid):
        return (f"Avoid {change.fraction:.0%} of {activity_name(plan, change.activity)} "
                f"done by {role_title(plan, change.role)}")
    if isinstance(change, Retime):
        return (f"{activity_name(plan, change.activity)} by {role_title(plan, change.role)} "
                f"takes {change.minutes:g} min")
    salary = "" if change.annual_salary is None else f" at £{change.annual_salary:,.0f}"
    funded = ", ARRS funded" if change.arrs_funded else ""
    return f"Hire {change.wte:g} WTE {role_title(plan, change.role)}{salary}{funded}"


_FIELDS = {"fraction": "share", "wte": "WTE", "to": "to role", "from": "from role",
           "one_off_cost": "one-off cost", "annual_salary": "salary",
           "arrs_funded": "ARRS funding", "ramp_up_months": "ramp-up months"}
_QUOTED = re.compile(r"(?:role |activity )?'([^']*)'")


def readable_problem(plan: Plan, problem: Problem) -> str:
    """A problem in a practice manager's words: role titles and activity names for codes."""
    def name(match: re.Match[str]) -> str:
        code = match.group(1)
        if plan.role(code) is not None:
            return role_title(plan, code)
        if plan.activity(code) is not None:
            return f"'{activity_name(plan, code)}'"
        return match.group(0)

    where = _QUOTED.sub(name, problem.where)
    field = _FIELDS.get(problem.field, problem.field.replace("_", " "))
    message = _QUOTED.sub(name, problem.message).rstrip(".")
    return f"{where[:1].upper()}{where[1:]}, {field}: {message}."


# --- a scenario on its own ------------------------------------------------------------------


def scenario_outcome(plan: Plan, scenario: Scenario) -> ScenarioResult | list[str]:
    """The engine's results for ``scenario`` against ``plan`` (other scenarios ignored, so a
    broken one elsewhere does not hide these figures), or the problems in words."""
    alone = replace(plan, scenarios=(scenario,))
    problems = validate_plan(alone)
    if not problems:
        try:
            return evaluate(alone, scenario, validated=True)
        except InvalidPlan as e:
            problems = e.problems
    return [readable_problem(plan, p) for p in problems]


def do_nothing(plan: Plan, before: Workload | None = None) -> ScenarioResult:
    """The engine's figures for changing nothing: no hours freed, no cost, and the roles
    short of time today. The plan must be valid."""
    return evaluate(plan, Scenario(DO_NOTHING), before, validated=True)
