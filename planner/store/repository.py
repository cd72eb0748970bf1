"""Open and save plan files (``.skillmix``, SQLite through SQLModel).

A save is one SQLite transaction, so a crash or kill mid-save leaves the previous
version whole. Opening checks the file before touching it: a file that is not a plan,
is damaged, or comes from a newer Skillmix gives PlanFileError and is left as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, delete, event, insert, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import NullPool

from planner.model import Plan
from planner.store import migrations
from planner.store import tables as t
from planner.store.errors import PlanFileError
from planner.store.mapping import Rows, plan_to_rows, rows_to_plan
from planner.store.migrations import FORMAT

SQLITE_HEADER = b"SQLite format 3\x00"
PLAN_SUFFIX = ".skillmix"


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi: sqlite3.Connection, _record: Any) -> None:
        dbapi.isolation_level = None  # we issue BEGIN ourselves: DDL joins the transaction
        dbapi.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _table(cls: type) -> Table:
    table: Table = cls.__table__  # type: ignore[attr-defined]
    return table


def save_plan(plan: Plan, path: Path) -> None:
    """Write ``plan`` to ``path`` in one transaction (create the file if new)."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        schema_version(path)  # refuse to overwrite a file that is not a current plan
    engine = _engine(path)
    try:
        with engine.begin() as conn:
            t.metadata.create_all(conn, tables=[_table(c) for c in t.ALL_TABLES])
            for table in t.ALL_TABLES:
                conn.execute(delete(_table(table)))
            conn.execute(insert(_table(t.MetaRow)), [{"key": "format", "value": FORMAT},
                                             {"key": "schema_version", "value": str(migrations.SCHEMA_VERSION)}])
            for row_class, rows in plan_to_rows(plan).items():
                if rows:
                    conn.execute(insert(_table(row_class)), rows)
    except DatabaseError as e:
        raise PlanFileError(f"Could not save {path.name}: {e.orig}. The previous version is "
                            "unchanged.") from e
    finally:
        engine.dispose()


def schema_version(path: Path) -> int:
    """The schema version of a plan file; PlanFileError if it is not a plan we can read."""
    path = Path(path)
    if not path.is_file():
        raise PlanFileError(f"{path.name} does not exist or is not a file.")
    with open(path, "rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise PlanFileError(f"{path.name} is not a Skillmix plan (it is not a plan database). "
                            "Nothing was changed.")
    try:
        # mode=rw (never create): a save interrupted by a crash left a hot journal, and
        # SQLite rolls it back on this first read, restoring the previous version whole.
        con = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise PlanFileError(f"{path.name} is damaged (SQLite integrity check failed). "
                                    "Open a backup copy; nothing was changed.")
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        if "no such table" in str(e):
            raise PlanFileError(f"{path.name} is a database but not a Skillmix plan. "
                                "Nothing was changed.") from e
        raise PlanFileError(f"{path.name} is damaged or unreadable ({e}). Nothing was changed.") from e
    if meta.get("format") != FORMAT:
        raise PlanFileError(f"{path.name} is a database but not a Skillmix plan. Nothing was changed.")
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError as e:
        raise PlanFileError(f"{path.name} has no readable schema version; it is damaged.") from e
    if version > migrations.SCHEMA_VERSION:
        raise PlanFileError(f"{path.name} was saved by a newer Skillmix (plan schema {version}; "
                            f"this version reads up to {migrations.SCHEMA_VERSION}). Update Skillmix to open "
                            "it. Nothing was changed.")
    return version


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema{version}.bak")


def migrate(path: Path) -> Path | None:
    """Bring an older plan file up to date, after copying it aside; the copy's path or None."""
    version = schema_version(path)
    if version == migrations.SCHEMA_VERSION:
        return None
    steps = migrations.steps_from(version)
    backup = backup_path(path, version)
    shutil.copy2(path, backup)
    engine = _engine(path)
    try:
        with engine.begin() as conn:
            for _, step in steps:
                step(conn)
            conn.execute(text("UPDATE meta SET value = :v WHERE key = 'schema_version'"),
                         {"v": str(migrations.SCHEMA_VERSION)})
    finally:
        engine.dispose()
    return backup


def load_plan(path: Path) -> Plan:
    """Read a plan file of the current schema (call ``migrate`` first for older ones)."""
    path = Path(path)
    version = schema_version(path)
    if version != migrations.SCHEMA_VERSION:
        raise PlanFileError(f"{path.name} uses plan schema {version}; it must be upgraded first.")
    engine = _engine(path)
    try:
        with engine.connect() as conn:
            rows: Rows = {table: [dict(r._mapping) for r in conn.execute(select(_table(table)))]
                          for table in t.ALL_TABLES if table is not t.MetaRow}
    except DatabaseError as e:
        raise PlanFileError(f"{path.name} is damaged or unreadable ({e.orig}).") from e
    finally:
        engine.dispose()
    try:
        return rows_to_plan(rows)
    except (KeyError, TypeError, ValueError) as e:
        raise PlanFileError(f"{path.name} is damaged: its plan tables are incomplete ({e}).") from e


def open_plan(path: Path) -> tuple[Plan, Path | None]:
    """Migrate if needed (keeping a copy) and load. Returns the plan and the backup path."""
    backup = migrate(Path(path))
    return load_plan(path), backup
