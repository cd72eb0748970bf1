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

SCHEMA_VERSION = 1
#: The first schema any Skillmix wrote: a file claiming an earlier one is damaged.
FIRST_SCHEMA = 1
FORMAT = "skillmix-plan"

Step = Callable[["Connection"], None]

#: from-version -> step to the next version. Schema 1 is the first release: no steps yet.
MIGRATIONS: dict[int, Step] = {}


def steps_from(version: int, target: int | None = None) -> list[tuple[int, Step]]:
    """The ordered steps that take a file from ``version`` to ``target`` (default: current)."""
    target = SCHEMA_VERSION if target is None else target
    missing = [v for v in range(version, target) if v not in MIGRATIONS]
    if missing:
        raise LookupError(f"no migration from schema {missing[0]} to {missing[0] + 1}")
    return [(v, MIGRATIONS[v]) for v in range(version, target)]
