"""SQLModel tables of a PCN plan, the same in a ``.skillmix-pcn`` SQLite file and in PostgreSQL
(schema version 1). Each part of the plan is one row with its owner and a revision number: the
network's own part (owner ``PCN``) and each practice's plan (owner: the practice code), so two
managers editing different practices never touch the same row."""

from __future__ import annotations

from sqlalchemy import Connection, Table
from sqlmodel import Field, SQLModel


class PcnMetaRow(SQLModel, table=True):
    __tablename__ = "pcn_meta"
    key: str = Field(primary_key=True)
    value: str


class PcnPartRow(SQLModel, table=True):
    """One part of a PCN plan as JSON (PCN JSON v1's network part, or plan JSON v1)."""

    __tablename__ = "pcn_part"
    pcn: str = Field(primary_key=True)  # the PCN's code: a database can hold many PCNs
    owner: str = Field(primary_key=True)  # "PCN" or a practice code
    revision: int
    body: str
    saved_by: str
    saved_at: str  # ISO date and time, UTC


class PcnHistoryRow(SQLModel, table=True):
    """Who saved which part, when, and what they changed (the undo labels of their edits)."""

    __tablename__ = "pcn_history"
    id: int | None = Field(default=None, primary_key=True)
    pcn: str = Field(index=True)
    owner: str
    revision: int
    saved_by: str
    saved_at: str
    summary: str


class PcnAccessRow(SQLModel, table=True):
    """PostgreSQL only in use: which database user may change which part (``PCN``: all of it;
    a practice code: that practice; empty: read only). Row-level security reads it."""

    __tablename__ = "pcn_access"
    db_user: str = Field(primary_key=True)
    pcn: str = Field(primary_key=True)
    owner: str


ALL_TABLES = (PcnMetaRow, PcnPartRow, PcnHistoryRow, PcnAccessRow)


def table(cls: type) -> Table:
    out: Table = cls.__table__  # type: ignore[attr-defined]
    return out


def create_all(conn: Connection) -> None:
    """Create the tables of a PCN plan (those not there yet) and mark the format and schema."""
    from sqlalchemy import insert, text

    from planner.pcn.store.migrations import FORMAT, SCHEMA_VERSION

    SQLModel.metadata.create_all(conn, tables=[table(c) for c in ALL_TABLES])
    conn.execute(text("DELETE FROM pcn_meta"))
    conn.execute(insert(table(PcnMetaRow)), [{"key": "format", "value": FORMAT},
                                             {"key": "schema_version", "value": str(SCHEMA_VERSION)}])
