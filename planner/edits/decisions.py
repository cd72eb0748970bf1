"""Approving an option and withdrawing an approval (extension E12): each one undoable edit.

Approving freezes what the option promised (``planner.review.freeze``) and appends it to
``plan.extras["decisions"]``; the record is never changed after, whatever else is edited.
Withdrawing removes one record (Undo puts it back)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.edits.values import as_text
from planner.model import Edit, Plan

#: plan.extras key of the decisions (planner.review.record.EXTRAS_KEY; planner.review is loaded
#: only when a decision is made or withdrawn, not whenever planner.edits is imported)
EXTRAS_KEY = "decisions"


def approve_option(plan: Plan, option: str, approved_on: date, approved_by: str) -> Edit:
    """Record that ``option`` was approved on ``approved_on`` by ``approved_by``, with what it
    promises now. ValueError, in words, when it cannot be (no such option, its figures cannot be
    worked out, nobody named, or it is already approved)."""
    from planner.review import freeze
    from planner.review.record import long_date, saved

    who = as_text("who approved it", approved_by)
    for found in saved(plan):
        if isinstance(found, dict) and found.get("option") == option:
            raise ValueError(f"'{option}' is already approved{_on(found.get('approved_on'))}; "
                             "withdraw that approval first to approve it again.")
    record = freeze(plan, option, approved_on, who)
    extras = {**plan.extras, EXTRAS_KEY: [*saved(plan), record]}
    return Edit(f"Approve {option} ({long_date(approved_on)})", plan, replace(plan, extras=extras))


def _on(saved_date: object) -> str:
    from planner.review.record import long_date

    try:
        return f" (on {long_date(date.fromisoformat(str(saved_date)))})"
    except ValueError:
        return ""


def withdraw_approval(plan: Plan, number: int) -> Edit:
    """Remove decision ``number`` (1 = the first approved), even one that cannot be read.
    ValueError when there is none."""
    from planner.review import decision
    from planner.review.record import saved

    records = saved(plan)
    if not 1 <= number <= len(records):
        decision(plan, number)  # says why, in words
        raise ValueError(f"There is no decision {number}.")
    found = records.pop(number - 1)
    name = found.get("option") if isinstance(found, dict) else None
    extras = {k: v for k, v in plan.extras.items() if k != EXTRAS_KEY}
    if records:
        extras[EXTRAS_KEY] = records
    what = name if isinstance(name, str) else f"decision {number}"
    return Edit(f"Withdraw approval of {what}", plan, replace(plan, extras=extras))
