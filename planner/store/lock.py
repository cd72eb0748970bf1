"""The lock on an open plan lives in planner.files.lock (every writer checks it); the store
keeps its old name for it."""

from __future__ import annotations

from planner.files.lock import PlanLock, lock_path

__all__ = ["PlanLock", "lock_path"]
