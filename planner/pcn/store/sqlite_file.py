"""A PCN plan in one SQLite file (``.skillmix-pcn``): a save is one transaction (BEGIN IMMEDIATE,
synchronous FULL), so a crash mid-save leaves the previous version whole."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from planner.pcn.store import tables as t
from planner.pcn.store.errors import PcnStoreError
from planner.store.connect import connect

SUFFIX = ".skillmix-pcn"
SQLITE_HEADER = b"SQLite format 3\x00"


def engine_for(path: Path) -> Engine:
    # the path is percent-encoded (planner.store.connect): "PCN #2.skillmix-pcn" stays that file
    engine = create_engine("sqlite://", creator=lambda: connect(path, "rwc"), poolclass=NullPool,
                           hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _connect(dbapi: Any, _record: Any) -> None:
        dbapi.isolation_level = None  # we issue BEGIN ourselves
        dbapi.execute("PRAGMA synchronous = FULL")
        dbapi.execute("PRAGMA busy_timeout = 5000")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def check_file(path: Path) -> None:
    """PcnStoreError for a file that is not there or is not a SQLite database."""
    if not path.is_file():
        raise PcnStoreError(f"{path.name} does not exist or is not a file.")
    with open(path, "rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise PcnStoreError(f"{path.name} is not a Skillmix PCN plan (it is not a SQLite database).")


def create_file(engine: Engine) -> None:
    """The tables and the format mark of a new PCN file."""
    with engine.begin() as conn:
        t.create_all(conn)


def user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is fine
        return "this computer's user"
