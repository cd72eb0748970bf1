"""Errors about files, each with one line a practice manager can act on: it names the file
and says what to do. Nothing was changed when one is raised."""

from __future__ import annotations


class PlanFileError(Exception):
    """The file cannot be opened (or saved) as a plan; nothing was changed."""


class PlanInUse(PlanFileError):
    """Another Skillmix has the plan open."""


class OutputError(Exception):
    """An output (plan JSON, workbook, PDF, template, a new plan) cannot be written where
    asked; the target and any earlier file there are unchanged."""
