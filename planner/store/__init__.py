"""The plan file: SQLite, schema defined and written through SQLModel, versioned, saved in
one transaction. Reading uses sqlite3 alone so opening a plan stays fast; SQLModel is
imported on the first save or upgrade."""

from __future__ import annotations

from pathlib import Path

from planner.model import Plan
from planner.store import migrations
from planner.store.errors import PlanFileError, PlanInUse
from planner.store.lock import PlanLock
from planner.store.migrations import SCHEMA_VERSION
from planner.store.reader import PLAN_SUFFIX, load_plan, schema_version


def save_plan(plan: Plan, path: Path) -> None:
    """Write ``plan`` to ``path`` in one transaction (see ``writer.save_plan``)."""
    from planner.store.writer import save_plan as write

    write(plan, path)


def open_plan(path: Path) -> tuple[Plan, Path | None]:
    """Upgrade an older file if needed (keeping a copy) and load it.
    Returns the plan and the path of the copy taken before upgrading, or None."""
    backup = None
    if schema_version(Path(path)) < migrations.SCHEMA_VERSION:
        from planner.store.writer import migrate

        backup = migrate(Path(path))
    return load_plan(path), backup


__all__ = ["PlanFileError", "PlanInUse", "PlanLock", "SCHEMA_VERSION", "PLAN_SUFFIX",
           "load_plan", "open_plan", "save_plan", "schema_version"]
