"""Write plan files through SQLModel: a save is one SQLite transaction, so a crash or kill
mid-save leaves the previous version whole; upgrades copy the file aside first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, delete, event, insert, text
from sqlalchemy.exc import DatabaseError, StatementError
from sqlalchemy.pool import NullPool

from planner.files.errors import OutputError
from planner.files.output import write_with
from planner.model import Plan
from planner.store import migrations
from planner.store import tables as t
from planner.store.connect import connect
from planner.store.errors import PlanFileError
from planner.store.mapping import plan_to_rows
from planner.store.migrations import FORMAT
from planner.store.reader import backup_path, schema_version

TABLES: dict[str, type] = {str(c.__tablename__): c for c in t.ALL_TABLES}


def _engine(path: Path) -> Engine:
    # The URI is built by planner.store.connect: a '#', '?' or '%' in the name stays in the name.
    engine = create_engine("sqlite://", creator=lambda: connect(path, "rwc"), poolclass=NullPool)

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
    """Write ``plan`` to ``path`` in one transaction. A plan already there is replaced in place
    (SQLite's journal keeps the previous version whole until the save is complete); a new plan
    is written beside ``path`` and moved into place, so a failed first save leaves no file.
    Refuses (PlanFileError) to write over a file that is not a plan."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        schema_version(path)  # refuse to overwrite a file that is not a current plan
        _write(plan, path, path)
        return
    try:
        write_with(path, lambda part: _write(plan, part, path), force=True, plan=True)
    except OutputError as e:
        raise PlanFileError(f"Could not save {path.name}: {e}.") from e


def _write(plan: Plan, file: Path, path: Path) -> None:
    """Write ``plan`` into the database ``file`` (``path`` is the name the user knows)."""
    unchanged = "The previous version is unchanged." if file == path else "Nothing was written."
    engine = _engine(file)
    try:
        with engine.begin() as conn:
            t.metadata.create_all(conn, tables=[_table(c) for c in t.ALL_TABLES])
            for cls in t.ALL_TABLES:
                conn.execute(delete(_table(cls)))
            conn.execute(insert(_table(t.MetaRow)), [
                {"key": "format", "value": FORMAT},
                {"key": "schema_version", "value": str(migrations.SCHEMA_VERSION)}])
            for name, rows in plan_to_rows(plan).items():
                if rows:
                    conn.execute(insert(_table(TABLES[name])), rows)
    except DatabaseError as e:
        raise PlanFileError(f"Could not save {path.name}: {e.orig}. {unchanged}") from e
    except (StatementError, OverflowError, UnicodeEncodeError, TypeError, ValueError) as e:
        raise PlanFileError(f"Could not save {path.name}: it holds a value a plan file cannot keep "
                            f"({_reason(e)}); run 'skillmix validate' on it, or fix the value in the "
                            f"app. {unchanged}") from e
    finally:
        engine.dispose()


def _reason(error: Exception) -> str:
    inner = getattr(error, "orig", None) or error
    return str(inner).splitlines()[0][:160] if str(inner) else type(inner).__name__


def migrate(path: Path) -> Path | None:
    """Bring an older plan file up to date, after copying it aside; the copy's path or None."""
    version = schema_version(path)
    if version == migrations.SCHEMA_VERSION:
        return None
    try:
        steps = migrations.steps_from(version)
    except LookupError as e:
        raise PlanFileError(f"{path.name} uses plan schema {version}, which this Skillmix cannot "
                            f"upgrade ({e}). Nothing was changed.") from e
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
