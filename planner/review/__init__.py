"""Checking a decision afterwards (extension E12, docs/MODEL-EXTENSIONS.md).

An approved option is frozen in ``plan.extras["decisions"]`` (``snapshot.freeze``: what it
promised and the plan it was measured against) and never changed by later edits. Later, with a
new rota and new appointment data in the plan, ``review(plan)`` puts the promise beside what the
plan now shows, figure by figure (``actual``), with what changed in between (``changes``).
Qt-free; the edits that approve and withdraw are in ``planner.edits.decisions``."""

from __future__ import annotations

from planner.review.record import EXTRAS_KEY, Decision, decision, decisions
from planner.review.review import Review, ReviewLine, review, review_json
from planner.review.snapshot import freeze

__all__ = ["EXTRAS_KEY", "Decision", "decision", "decisions", "Review", "ReviewLine", "review", "review_json",
           "freeze"]
