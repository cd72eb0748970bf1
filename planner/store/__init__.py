"""The plan file: SQLite through SQLModel, versioned, saved in one transaction."""

from __future__ import annotations

from planner.store.errors import PlanFileError, PlanInUse
from planner.store.lock import PlanLock
from planner.store.migrations import SCHEMA_VERSION
from planner.store.repository import PLAN_SUFFIX, load_plan, open_plan, save_plan, schema_version

__all__ = ["PlanFileError", "PlanInUse", "PlanLock", "SCHEMA_VERSION", "PLAN_SUFFIX",
           "load_plan", "open_plan", "save_plan", "schema_version"]
