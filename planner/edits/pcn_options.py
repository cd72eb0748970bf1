"""Edits of PCN options, each a pure function returning a ``PcnEdit``: create, copy, rename,
delete and describe an option, link each practice's own option to it, and add, replace, remove
and move its changes (recruit a shared post, redeploy someone in post). A change that cannot be
right is refused with a ValueError in words; nothing is half-changed."""

from __future__ import annotations

from dataclasses import replace

from planner.engine.pcn import validate_pcn
from planner.engine.problems import Problem
from planner.model import Pcn, PcnChange, PcnEdit, PcnOption, Recruit, Redeploy
from planner.present.pcn import describe_pcn_change, pcn_problem_words


def option_at(pcn: Pcn, name: str) -> int:
    for i, option in enumerate(pcn.options):
        if option.name == name:
            return i
    raise ValueError(f"There is no PCN option called '{name}'.")


def _with_option(pcn: Pcn, name: str, option: PcnOption) -> Pcn:
    options = list(pcn.options)
    options[option_at(pcn, name)] = option
    return replace(pcn, options=tuple(options))


def _new_name(pcn: Pcn, typed: object, allowed_same: str = "") -> str:
    text = " ".join(str(typed or "").split())
    if not text:
        raise ValueError("A PCN option needs a name.")
    if len(text) > 80:
        raise ValueError("A PCN option's name can be at most 80 characters.")
    if text.casefold() != allowed_same.casefold() and any(o.name.casefold() == text.casefold()
                                                          for o in pcn.options):
        raise ValueError(f"There is already a PCN option called '{text}'.")
    return text


def unused_option_name(pcn: Pcn, base: str) -> str:
    """``base``, or ``base 2``, ``base 3``... whichever no PCN option has yet."""
    taken = {o.name.casefold() for o in pcn.options}
    candidate, n = base, 2
    while candidate.casefold() in taken:
        candidate, n = f"{base} {n}", n + 1
    return candidate


def add_pcn_option(pcn: Pcn, name: object, description: str = "") -> PcnEdit:
    """A new PCN option with no changes, at the end of the list."""
    option = PcnOption(_new_name(pcn, name), description=description.strip())
    return PcnEdit(f"Add PCN option {option.name}", pcn, replace(pcn, options=pcn.options + (option,)))


def copy_pcn_option(pcn: Pcn, name: str, new_name: object = None) -> PcnEdit:
    """A copy of an option (its changes and linked practice options), just after it."""
    i = option_at(pcn, name)
    copy = replace(pcn.options[i], name=_new_name(pcn, new_name or unused_option_name(pcn, f"Copy of {name}")),
                   practice_options=dict(pcn.options[i].practice_options))
    options = pcn.options[:i + 1] + (copy,) + pcn.options[i + 1:]
    return PcnEdit(f"Copy PCN option {name}", pcn, replace(pcn, options=options))


def rename_pcn_option(pcn: Pcn, name: str, new_name: object) -> PcnEdit:
    option = pcn.options[option_at(pcn, name)]
    renamed = replace(option, name=_new_name(pcn, new_name, allowed_same=name))
    return PcnEdit(f"Rename PCN option {name} to {renamed.name}", pcn, _with_option(pcn, name, renamed))


def delete_pcn_option(pcn: Pcn, name: str) -> PcnEdit:
    i = option_at(pcn, name)
    return PcnEdit(f"Delete PCN option {name}", pcn, replace(pcn, options=pcn.options[:i] + pcn.options[i + 1:]))


def set_pcn_option_description(pcn: Pcn, name: str, description: str) -> PcnEdit:
    """Typing into the description merges into one undo step."""
    option = pcn.options[option_at(pcn, name)]
    return PcnEdit(f"Change description of {name}", pcn,
                   _with_option(pcn, name, replace(option, description=description)), f"option.{name}.description")


def link_practice_option(pcn: Pcn, name: str, practice: str, scenario: str) -> PcnEdit:
    """Take ``scenario`` (one of the practice's own options; "" for none) with PCN option ``name``:
    the work it moves to the shared staff and its own hires count with the PCN option."""
    option = pcn.options[option_at(pcn, name)]
    member = pcn.practice(practice)
    if member is None:
        raise ValueError(f"There is no member practice {practice}.")
    if scenario and member.plan.scenario(scenario) is None:
        raise ValueError(f"{member.name} has no option called '{scenario}'.")
    links = {k: v for k, v in option.practice_options.items() if k != practice}
    if scenario:
        links[practice] = scenario
    label = (f"{name}: {member.name} takes its option {scenario}" if scenario
             else f"{name}: {member.name} takes none of its own options")
    return PcnEdit(label, pcn, _with_option(pcn, name, replace(option, practice_options=links)))


# --- the changes of an option ----------------------------------------------------------------

def _option_problems(pcn: Pcn, name: str) -> list[Problem]:
    where = f"PCN option '{name}'"
    return [p for p in validate_pcn(pcn) if p.where == where or p.where.startswith(where + ",")]


def _checked(pcn: Pcn, name: str, changes: list[PcnChange]) -> Pcn:
    """``pcn`` with the option's changes replaced, or ValueError naming the first problem they bring."""
    option = pcn.options[option_at(pcn, name)]
    after = _with_option(pcn, name, replace(option, changes=tuple(changes)))
    known = set(_option_problems(pcn, name))
    new = [p for p in _option_problems(after, name) if p not in known]
    if new:
        where = new[0].where.removeprefix(f"PCN option '{name}'").lstrip(", ")
        number = where.split(" (")[0].capitalize()
        raise ValueError(f"{number}: {pcn_problem_words(pcn, new[0])}" if number else pcn_problem_words(pcn, new[0]))
    return after


def _changes(pcn: Pcn, name: str, index: int | None = None) -> list[PcnChange]:
    changes = list(pcn.options[option_at(pcn, name)].changes)
    if index is not None and not 0 <= index < len(changes):
        raise ValueError(f"{name} has no change number {index + 1}.")
    return changes


def add_pcn_change(pcn: Pcn, name: str, change: PcnChange) -> PcnEdit:
    """Add a recruit or a redeploy at the end of an option (changes apply in order)."""
    changes = _changes(pcn, name) + [change]
    return PcnEdit(f"Add to {name}: {describe_pcn_change(pcn, change)}", pcn, _checked(pcn, name, changes))


def replace_pcn_change(pcn: Pcn, name: str, index: int, change: PcnChange) -> PcnEdit:
    """Put ``change`` in place of change ``index`` (0-based); edits of one change merge."""
    changes = _changes(pcn, name, index)
    changes[index] = change
    return PcnEdit(f"Change {name}: {describe_pcn_change(pcn, change)}", pcn, _checked(pcn, name, changes),
                   f"option.{name}.change.{index}")


def remove_pcn_change(pcn: Pcn, name: str, index: int) -> PcnEdit:
    """Remove change ``index``; refused while a later change redeploys the post it recruits."""
    changes = _changes(pcn, name, index)
    gone = changes.pop(index)
    if isinstance(gone, Recruit):
        later = [i + 1 for i, c in enumerate(changes) if isinstance(c, Redeploy) and c.name == gone.staff.name]
        if later:
            raise ValueError(f"Change {later[0] + index} redeploys {gone.staff.name}: remove it first.")
    return PcnEdit(f"Remove from {name}: {describe_pcn_change(pcn, gone)}", pcn, _checked(pcn, name, changes))


def move_pcn_change(pcn: Pcn, name: str, index: int, new_index: int) -> PcnEdit:
    changes = _changes(pcn, name, index)
    _changes(pcn, name, new_index)
    moving = changes.pop(index)
    changes.insert(new_index, moving)
    direction = "up" if new_index < index else "down"
    return PcnEdit(f"Move {direction} in {name}: {describe_pcn_change(pcn, moving)}", pcn,
                   _checked(pcn, name, changes))

