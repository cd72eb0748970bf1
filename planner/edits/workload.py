"""Edits of the work: an activity's name, category, volume, minutes by role and who does it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from planner.edits.values import ACTIVITY_LABELS, SPLIT_TOLERANCE, as_number, as_role, as_text, field_label
from planner.model import CATEGORIES, CATEGORY_LABELS, Edit, Plan
from planner.present.names import role_title


def _activity_index(plan: Plan, code: str) -> int:
    for i, activity in enumerate(plan.activities):
        if activity.code == code:
            return i
    raise ValueError(f"'{code}' is not an activity of this plan.")


def _with_activity(plan: Plan, code: str, label: str, key: str = "", **changes: object) -> Edit:
    i = _activity_index(plan, code)
    activities = list(plan.activities)
    activities[i] = replace(activities[i], **changes)  # type: ignore[arg-type]
    return Edit(label.format(activity=activities[i].name if "name" not in changes
                             else plan.activities[i].name),
                plan, replace(plan, activities=tuple(activities)), key)


def set_activity_field(plan: Plan, code: str, field: str, value: object) -> Edit:
    """Change an activity's name, category or weekly volume."""
    label = field_label(field, ACTIVITY_LABELS, "activity")
    new: Any
    if field == "name":
        new = as_text(label, value)
    elif field == "category":
        new = next((c for c in CATEGORIES if value in (c, CATEGORY_LABELS[c])), None)
        if new is None:
            raise ValueError(f"Category must be one of {', '.join(CATEGORY_LABELS.values())}, "
                             f"not {value!r}.")
    else:
        new = as_number(field, label, value)
    return _with_activity(plan, code, f"Change {label} of {{activity}}", f"activity.{code}.{field}",
                          **{field: new})


def set_activity_minutes(plan: Plan, code: str, role: str, minutes: object | None) -> Edit:
    """Minutes per item for ``role`` on an activity; None means the role cannot do it."""
    activity = plan.activities[_activity_index(plan, code)]
    role = as_role(plan, role)
    new = dict(activity.minutes)
    if minutes is None or (isinstance(minutes, str) and not minutes.strip()):
        if activity.split.get(role, 0) > 0:
            raise ValueError(f"{role_title(plan, role)} does {activity.split[role]:.0%} of "
                             f"'{activity.name}' now; give that share to another role first.")
        new.pop(role, None)
        split = {r: s for r, s in activity.split.items() if r != role}
        return _with_activity(plan, code, f"Remove {role_title(plan, role)} from {{activity}}",
                              minutes=new, split=split)
    new[role] = as_number("minutes", "minutes", minutes)
    return _with_activity(plan, code, f"Change {role_title(plan, role)} minutes of {{activity}}",
                          f"activity.{code}.minutes.{role}", minutes=new)


def set_activity_split(plan: Plan, code: str, split: dict[str, float]) -> Edit:
    """Who does the work now: shares by role, each 0..1, adding up to 1 (zeros dropped)."""
    activity = plan.activities[_activity_index(plan, code)]
    new: dict[str, float] = {}
    for role, share in split.items():
        role = as_role(plan, role)
        value = as_number("share", f"share of {role_title(plan, role)}", share)
        if value > 1:
            raise ValueError(f"Share of {role_title(plan, role)} must be at most 1 (100%).")
        if value and role not in activity.minutes:
            raise ValueError(f"{role_title(plan, role)} has no minutes for '{activity.name}'; "
                             "give it minutes first.")
        if value:
            new[role] = value
    total = sum(new.values())
    if abs(total - 1) > SPLIT_TOLERANCE:
        raise ValueError(f"The shares of '{activity.name}' add up to {total:.0%}; "
                         "they must add up to 100%.")
    return _with_activity(plan, code, "Change who does {activity}", f"activity.{code}.split",
                          split=new)


def set_activity_share(plan: Plan, code: str, role: str, share: object) -> Edit:
    """Set the share of an activity one role does now; the other roles doing it keep their
    proportions of the rest. With nobody else doing it, the rest goes to the one other role
    that has minutes for it (or ValueError asking who does it)."""
    activity = plan.activities[_activity_index(plan, code)]
    role = as_role(plan, role)
    value = as_number("share", f"share of {role_title(plan, role)}", share)
    if value > 1:
        raise ValueError(f"Share of {role_title(plan, role)} must be at most 100%.")
    others = {r: s for r, s in activity.split.items() if r != role and s > 0}
    rest = 1 - value
    if others:
        total = sum(others.values())
        new = {r: rest * s / total for r, s in others.items()}
    elif rest <= SPLIT_TOLERANCE:
        new = {}
    else:
        able = [r for r in activity.minutes if r != role]
        if len(able) != 1:
            raise ValueError(f"Who does the other {rest:.0%} of '{activity.name}'? "
                             "Set that role's share first.")
        new = {able[0]: rest}
    return set_activity_split(plan, code, {**new, role: value})
