"""Edits of the practice and its assumptions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from planner.edits.values import ASSUMPTION_LABELS, PRACTICE_LABELS, as_number, as_role, as_text, field_label
from planner.model import Edit, Plan
from planner.reference import default_assumptions


def set_practice(plan: Plan, field: str, value: object) -> Edit:
    """Change the practice's name, list size, weeks per year or consulting rooms."""
    label = field_label(field, PRACTICE_LABELS, "practice")
    new: Any = as_text(label, value) if field == "name" else as_number(field, label, value)
    after = replace(plan, practice=replace(plan.practice, **{field: new}))
    return Edit(f"Change {label}", plan, after, f"practice.{field}")


def set_assumption(plan: Plan, key: str, value: object) -> Edit:
    """Override one assumption (session length, NI rate, GP role...)."""
    label = field_label(key, ASSUMPTION_LABELS, "set of assumptions")
    new: Any = as_role(plan, value) if key == "gp_role" else as_number(key, label, value)
    after = replace(plan, assumptions=replace(plan.assumptions, **{key: new}))
    return Edit(f"Change {label}", plan, after, f"assumption.{key}")


def default_assumption(key: str, edition: str | None = None) -> Any:
    """The shipped value of one assumption: the cited reference figure (of ``edition``, default
    today's) where there is one."""
    return getattr(default_assumptions(edition=edition), key)


def reset_assumption(plan: Plan, key: str) -> Edit:
    """Put one assumption back to its shipped (cited) value in the plan's edition."""
    from planner.reference import plan_edition

    label = field_label(key, ASSUMPTION_LABELS, "set of assumptions")
    default = default_assumption(key, plan_edition(plan))
    after = replace(plan, assumptions=replace(plan.assumptions, **{key: default}))
    return Edit(f"Reset {label}", plan, after)
