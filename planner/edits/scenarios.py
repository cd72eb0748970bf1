"""Scenario edits: create, copy, rename, delete, recommend and describe scenarios, and say
what the GP time they free becomes."""

from __future__ import annotations

from dataclasses import replace

from planner.model import FREED_TIME_USES, Edit, Plan, Scenario


def index_of(plan: Plan, name: str) -> int:
    for i, scenario in enumerate(plan.scenarios):
        if scenario.name == name:
            return i
    raise ValueError(f"There is no scenario called '{name}'.")


def with_scenario(plan: Plan, name: str, scenario: Scenario) -> Plan:
    scenarios = list(plan.scenarios)
    scenarios[index_of(plan, name)] = scenario
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
    i = index_of(plan, name)
    copy_name = _new_name(plan, new_name or unused_name(plan, f"Copy of {name}"))
    copy = replace(plan.scenarios[i], name=copy_name, recommended=False)
    scenarios = plan.scenarios[:i + 1] + (copy,) + plan.scenarios[i + 1:]
    return Edit(f"Copy scenario {name}", plan, replace(plan, scenarios=scenarios))


def rename_scenario(plan: Plan, name: str, new_name: str) -> Edit:
    """Give a scenario a new name, unique in the plan."""
    scenario = plan.scenarios[index_of(plan, name)]
    renamed = replace(scenario, name=_new_name(plan, new_name, allowed_same=name))
    return Edit(f"Rename scenario {name} to {renamed.name}", plan,
                with_scenario(plan, name, renamed))


def delete_scenario(plan: Plan, name: str) -> Edit:
    """Remove a scenario and its changes."""
    i = index_of(plan, name)
    return Edit(f"Delete scenario {name}", plan,
                replace(plan, scenarios=plan.scenarios[:i] + plan.scenarios[i + 1:]))


def set_recommended(plan: Plan, name: str, recommended: bool = True) -> Edit:
    """Mark one scenario as the one the partners are advised to choose (at most one is);
    ``recommended=False`` removes the mark."""
    index_of(plan, name)
    scenarios = tuple(replace(s, recommended=recommended and s.name == name)
                      if s.name == name or recommended else s for s in plan.scenarios)
    label = f"Recommend {name}" if recommended else f"Remove recommendation of {name}"
    return Edit(label, plan, replace(plan, scenarios=scenarios))


def set_description(plan: Plan, name: str, description: str) -> Edit:
    """Change a scenario's description (typing into it merges into one undo step)."""
    scenario = plan.scenarios[index_of(plan, name)]
    return Edit(f"Change description of {name}", plan,
                with_scenario(plan, name, replace(scenario, description=description)),
                f"scenario.{name}.description")


def set_freed_time_use(plan: Plan, name: str, use: str) -> Edit:
    """Say what the GP time a scenario frees becomes: a key of FREED_TIME_USES, or "" while
    the partners have not decided."""
    if use and use not in FREED_TIME_USES:
        raise ValueError(f"'{use}' is not one of: {', '.join(FREED_TIME_USES.values())}.")
    scenario = plan.scenarios[index_of(plan, name)]
    what = FREED_TIME_USES[use] if use else "not decided"
    return Edit(f"Freed GP time in {name}: {what}", plan,
                with_scenario(plan, name, replace(scenario, freed_time_use=use)))


def add_audit_scenario(plan: Plan, name: str) -> Edit:
    """A new scenario made from the avoidable shares in use (the practice's audit, else the
    national figures): GP appointments moved to another practice role or avoided."""

    from planner.audit import seed_scenario  # the audit reader loads openpyxl: only when asked

    clean = _new_name(plan, name)
    return Edit(f"Add scenario {clean} from the avoidable-appointment shares", plan,
                seed_scenario(plan, clean))
