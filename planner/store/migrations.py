"""Schema versions of the plan file and the ordered steps between them.

A step ``n`` upgrades a file from schema ``n`` to ``n + 1`` inside the open transaction.
A copy of the file is taken before any step runs (see ``writer.migrate``).
Every released schema keeps a fixture file in ``tests/fixtures/`` that the tests migrate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

SCHEMA_VERSION = 2
#: The first schema any Skillmix wrote: a file claiming an earlier one is damaged.
FIRST_SCHEMA = 1
FORMAT = "skillmix-plan"

Step = Callable[["Connection"], None]

def _to_2(conn: Connection) -> None:
    """Schema 2: a change of an existing person's hours (change.staff, change.weekly_hours) and
    people paid by the hour (staff.hourly_rate). Older plans have none of either."""
    from sqlalchemy import text

    for statement in ("ALTER TABLE change ADD COLUMN staff VARCHAR",
                      "ALTER TABLE change ADD COLUMN weekly_hours FLOAT",
                      "ALTER TABLE staff ADD COLUMN hourly_rate FLOAT"):
        conn.execute(text(statement))


#: from-version -> step to the next version.
MIGRATIONS: dict[int, Step] = {1: _to_2}


def steps_from(version: int, target: int | None = None) -> list[tuple[int, Step]]:
    """The ordered steps that take a file from ``version`` to ``target`` (default: current)."""
    target = SCHEMA_VERSION if target is None else target
    missing = [v for v in range(version, target) if v not in MIGRATIONS]
    if missing:
        raise LookupError(f"no migration from schema {missing[0]} to {missing[0] + 1}")
    return [(v, MIGRATIONS[v]) for v in range(version, target)]
