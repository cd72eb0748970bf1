"""Errors of the plan file store, each with a message a practice manager can act on."""

from __future__ import annotations


class PlanFileError(Exception):
    """The file cannot be opened as a plan; nothing was changed."""


class PlanInUse(PlanFileError):
    """Another Skillmix has the plan open."""
