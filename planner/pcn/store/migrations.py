"""Schema versions of a PCN plan (SQLite file or PostgreSQL) and the steps between them, as the
practice plan's ``planner.store.migrations``. Schema 1 is the first: no steps yet."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

SCHEMA_VERSION = 1
FORMAT = "skillmix-pcn"

#: from-version -> step to the next version, run inside the upgrading transaction
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}
