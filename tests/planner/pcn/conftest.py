"""PCN store fixtures: a throwaway PostgreSQL cluster for the session (Unix socket only: no
network), a fresh database per test with the sample PCN, its users, roles and passwords, and a
``place`` that is either a ``.skillmix-pcn`` file or that database, so store tests run on both."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.model import Pcn
from tests.pg_cluster import ADMIN, ADMIN_PASSWORD, Cluster, bindir, new_cluster, remove

PRACTICES = ("X10001", "X10002", "X10003", "X10004")
USERS = {"pcn_lead": "PCN", "partner_x10001": "", **{f"pm_{c.lower()}": c for c in PRACTICES}}  # lead first


def password_of(user: str) -> str:
    return f"pw-{user}-7f3a"  # what the tests look for in places a password must never be


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    if bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server programs are missing: .ci/run must install postgresql")
        pytest.skip("PostgreSQL server programs (Debian package postgresql) are not installed")
    cluster = new_cluster()
    yield cluster
    remove(cluster)


def admin_engine(cluster: Cluster, database: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine("postgresql+psycopg://", poolclass=NullPool, isolation_level="AUTOCOMMIT",
                         connect_args={"host": cluster.socket_dir, "port": cluster.port, "user": ADMIN,
                                       "password": ADMIN_PASSWORD, "dbname": database})


@dataclass
class PcnDatabase:
    cluster: Cluster
    name: str
    pcn: str = "U99001"

    def url(self, user: str) -> str:
        return (f"postgresql://{user}@/{self.name}?host={self.cluster.socket_dir}&port={self.cluster.port}"
                f"&pcn={self.pcn}")

    def admin(self):  # type: ignore[no-untyped-def]
        return admin_engine(self.cluster, self.name)


def make_database(cluster: Cluster, pcn: Pcn | None = None, users: dict[str, str] | None = None,
                  password: Callable[[str], str] = password_of) -> PcnDatabase:
    """A new database on ``cluster`` set up for PCN plans, with ``users`` (name -> owner: "PCN", a
    practice code, or "" for read only) and their passwords in the connection file, and ``pcn``
    (default: the sample) published by the first of them."""
    from sqlalchemy import text

    from planner.pcn.credentials import remember_in_file
    from planner.pcn.store import open_location, publish
    from planner.pcn.store.postgres import grant, set_up
    from planner.sample import sample_pcn

    pcn, users = pcn or sample_pcn(), users or USERS
    name = f"pcn_{uuid.uuid4().hex[:10]}"
    with admin_engine(cluster, "postgres").connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
        for user in users:
            conn.execute(text(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{user}') "
                              f"THEN CREATE ROLE {user} LOGIN; END IF; END $$"))
            conn.execute(text(f"ALTER ROLE {user} PASSWORD '{password(user)}'"))
    db = PcnDatabase(cluster, name, pcn.code)
    admin = db.admin()
    set_up(admin)
    for user, owner in users.items():
        grant(admin, user, pcn.code, owner)
        remember_in_file(user, cluster.socket_dir, cluster.port, name, password(user))
    admin.dispose()
    publish(open_location(db.url(next(iter(users)))), pcn)
    return db


@pytest.fixture
def pcn_db(pg_cluster: Cluster, isolated_home: Path) -> PcnDatabase:
    return make_database(pg_cluster)


@pytest.fixture(params=["sqlite", "postgresql"])
def place(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """A function: user name -> the location to open the sample PCN at, as that user."""
    from planner.pcn.store import create_file
    from planner.sample import sample_pcn

    if request.param == "sqlite":
        path = tmp_path / "sample.skillmix-pcn"
        create_file(path, sample_pcn()).engine.dispose()
        return lambda _user: str(path)
    db = make_database(request.getfixturevalue("pg_cluster"))
    return db.url
