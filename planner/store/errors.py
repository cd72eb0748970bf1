"""Errors of the plan file store (defined with the other file errors in planner.files)."""

from __future__ import annotations

from planner.files.errors import PlanFileError, PlanInUse

__all__ = ["PlanFileError", "PlanInUse"]
