"""Read plan files with the standard library's sqlite3 only.

Opening a plan is on the app's start-up path, and importing SQLAlchemy/SQLModel costs about
half a second, so reads do not use them: the schema is still defined by the SQLModel tables
in ``tables.py`` and every write goes through SQLModel (``writer.py``).

Before reading, a file is checked: a file that is not a plan, is damaged, or comes from a
newer Skillmix gives PlanFileError and is left as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from planner.model import Plan
from planner.store import migrations
from planner.store.checks import RowProblem, decode_text
from planner.store.connect import connect
from planner.store.errors import PlanFileError
from planner.store.mapping import TABLE_NAMES, Rows, rows_to_plan
from planner.store.migrations import FIRST_SCHEMA, FORMAT

SQLITE_HEADER = b"SQLite format 3\x00"
DAMAGED = "Open a backup copy; nothing was changed."
PLAN_SUFFIX = ".skillmix"


def _connect(path: Path) -> sqlite3.Connection:
    # mode=rw (never create): a save interrupted by a crash left a hot journal, and
    # SQLite rolls it back on this first read, restoring the previous version whole.
    con = connect(path, "rw")
    con.text_factory = decode_text  # text that is not UTF-8 is named, not a traceback
    return con


def _what_it_is(header: bytes) -> str:
    """A hint for a file that is not a plan, from its first bytes."""
    if header.startswith(b"PK"):
        return (" (it looks like an Excel workbook or another zip file; to read a rota use "
                "'skillmix import-rota', or Import rota in the app).")
    if header.lstrip().startswith(b"{"):
        return " (it looks like plan JSON; use 'skillmix import-json' to make a plan from it)."
    return " (it is not a Skillmix plan database)."


def schema_version(path: Path) -> int:
    """The schema version of a plan file; PlanFileError if it is not a plan we can read."""
    path = Path(path)
    if not path.is_file():
        raise PlanFileError(f"{path.name} does not exist or is not a file.")
    with open(path, "rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise PlanFileError(f"{path.name} is not a Skillmix plan{_what_it_is(header)}")
    try:
        con = _connect(path)
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
    return _version(path, meta)


def _version(path: Path, meta: dict[str, Any]) -> int:
    if meta.get("format") != FORMAT:
        raise PlanFileError(f"{path.name} is a database but not a Skillmix plan. Nothing was changed.")
    try:
        version = int(meta.get("schema_version", ""))
    except (TypeError, ValueError) as e:
        raise PlanFileError(f"{path.name} has no readable schema version; it is damaged. {DAMAGED}") from e
    if version < FIRST_SCHEMA:
        raise PlanFileError(f"{path.name} says it is plan schema {version}, which no Skillmix ever wrote; "
                            f"it is damaged. {DAMAGED}")
    if version > migrations.SCHEMA_VERSION:
        raise PlanFileError(f"{path.name} was saved by a newer Skillmix (plan schema {version}; "
                            f"this version reads up to {migrations.SCHEMA_VERSION}). Update Skillmix to open "
                            "it. Nothing was changed.")
    return version


def backup_path(path: Path, version: int) -> Path:
    """Where a file of schema ``version`` is copied before it is upgraded."""
    return path.with_name(f"{path.name}.schema{version}.bak")


def load_plan(path: Path) -> Plan:
    """Read a plan file of the current schema (``open_plan`` upgrades older ones first)."""
    path = Path(path)
    version = schema_version(path)
    if version != migrations.SCHEMA_VERSION:
        raise PlanFileError(f"{path.name} uses plan schema {version}; it must be upgraded first.")
    try:
        con = _connect(path)
        con.row_factory = sqlite3.Row
        try:
            rows: Rows = {name: [dict(r) for r in con.execute(f"SELECT * FROM {name}")]  # noqa: S608
                          for name in TABLE_NAMES if name != "meta"}
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise PlanFileError(f"{path.name} is damaged or unreadable ({e}). {DAMAGED}") from e
    try:
        return rows_to_plan(rows)
    except RowProblem as e:
        raise PlanFileError(f"{path.name} is damaged: {e}. {DAMAGED}") from e
