"""A PCN plan in PostgreSQL: the address, the connection (password from the keyring or the
connection file, never in the address), and the one-off setup of the database by its
administrator: tables (the same SQLModel schema as the file), roles and row-level security.

Nothing here runs unless the user opens a ``postgresql://`` location: psycopg and the network are
touched only then."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from sqlalchemy import Engine, create_engine, text

from planner.pcn.credentials import CredentialsError, password
from planner.pcn.store import tables as t
from planner.pcn.store.errors import PcnStoreError

SCHEMES = ("postgresql://", "postgres://")
EDITOR, READER = "skillmix_editor", "skillmix_reader"


@dataclass(frozen=True)
class Address:
    """``postgresql://user@host:port/database?pcn=CODE``; host may be a socket folder."""

    user: str
    host: str
    port: int
    database: str
    pcn: str | None

    def __str__(self) -> str:
        where = f"{self.host}:{self.port}" if not self.host.startswith("/") else f"[{self.host}]:{self.port}"
        return f"postgresql://{self.user}@{where}/{self.database}" + (f"?pcn={self.pcn}" if self.pcn else "")


    def location(self) -> str:
        """The address to open it again (never a password): what the recent list keeps."""
        query = {"pcn": self.pcn} if self.pcn else {}
        if self.host.startswith("/"):
            query = {"host": self.host, "port": str(self.port), **query}
            return f"postgresql://{quote(self.user)}@/{quote(self.database)}?{urlencode(query)}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        tail = f"?{urlencode(query)}" if query else ""
        return f"postgresql://{quote(self.user)}@{host}:{self.port}/{quote(self.database)}{tail}"


def is_database(location: str) -> bool:
    return location.startswith(SCHEMES)


def parse(location: str) -> Address:
    """The address, or PcnStoreError saying what is wrong with it (a password in it, above all)."""
    parts = urlsplit(location)
    if parts.password is not None:
        raise PcnStoreError("Do not write the password in the address: Skillmix reads it from your "
                            "keyring or your connection file, so it is never saved with a plan.")
    query = parse_qs(parts.query)
    host = unquote(parts.hostname or "") or query.get("host", [""])[0]
    database = parts.path.lstrip("/")
    if not parts.username or not host or not database:
        raise PcnStoreError(f"'{location}' is not a database address; write it as "
                            "postgresql://USER@SERVER:5432/DATABASE")
    try:
        port = parts.port or int(query.get("port", ["5432"])[0])
    except ValueError:
        raise PcnStoreError(f"'{location}': the port is not a number") from None
    return Address(unquote(parts.username), host, port, database, query.get("pcn", [None])[0])


def engine_for(address: Address) -> Engine:
    """An engine for the address (psycopg, 5-second connect timeout, SQL parameters never shown)."""
    try:
        secret = password(address.user, address.host, address.port, address.database)
    except CredentialsError as e:
        raise PcnStoreError(str(e)) from None
    args: dict[str, Any] = {"host": address.host, "port": address.port, "dbname": address.database,
                            "user": address.user, "connect_timeout": 5, "application_name": "skillmix"}
    if secret is not None:
        args["password"] = secret
    try:
        return create_engine("postgresql+psycopg://", connect_args=args, hide_parameters=True,
                             pool_size=2, max_overflow=2)
    except ImportError:
        raise PcnStoreError("This Skillmix has no PostgreSQL driver (psycopg); install it to open a "
                            "database location.") from None


def _policy(check: str) -> str:
    return (f"EXISTS (SELECT 1 FROM pcn_access a WHERE a.db_user = current_user AND a.pcn = {check}.pcn "
            f"AND (a.owner = 'PCN' OR a.owner = {check}.owner))")


_MEMBER = "EXISTS (SELECT 1 FROM pcn_access a WHERE a.db_user = current_user AND a.pcn = {t}.pcn)"

SECURITY = [
    f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{EDITOR}') THEN "
    f"CREATE ROLE {EDITOR} NOLOGIN; END IF; IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
    f"'{READER}') THEN CREATE ROLE {READER} NOLOGIN; END IF; END $$",
    "REVOKE ALL ON pcn_meta, pcn_part, pcn_history, pcn_access FROM PUBLIC",
    f"GRANT SELECT ON pcn_meta, pcn_part, pcn_history, pcn_access TO {EDITOR}, {READER}",
    f"GRANT INSERT, UPDATE, DELETE ON pcn_part TO {EDITOR}",
    f"GRANT INSERT ON pcn_history TO {EDITOR}",
    f"GRANT USAGE ON SEQUENCE pcn_history_id_seq TO {EDITOR}",
    *(f"ALTER TABLE {x} ENABLE ROW LEVEL SECURITY" for x in ("pcn_part", "pcn_history", "pcn_access")),
    *(f"ALTER TABLE {x} FORCE ROW LEVEL SECURITY" for x in ("pcn_part", "pcn_history", "pcn_access")),
    f"CREATE POLICY part_read ON pcn_part FOR SELECT USING ({_MEMBER.format(t='pcn_part')})",
    f"CREATE POLICY part_update ON pcn_part FOR UPDATE USING ({_policy('pcn_part')}) "
    f"WITH CHECK ({_policy('pcn_part')} AND saved_by = current_user)",
    f"CREATE POLICY part_insert ON pcn_part FOR INSERT WITH CHECK ({_policy('pcn_part')} AND saved_by = current_user)",
    f"CREATE POLICY part_delete ON pcn_part FOR DELETE USING ({_policy('pcn_part')})",
    f"CREATE POLICY history_read ON pcn_history FOR SELECT USING ({_MEMBER.format(t='pcn_history')})",
    f"CREATE POLICY history_insert ON pcn_history FOR INSERT WITH CHECK ({_policy('pcn_history')} "
    "AND saved_by = current_user)",
    "CREATE POLICY access_self ON pcn_access FOR SELECT USING (db_user = current_user)",
]


def set_up(admin: Engine) -> None:
    """Create the schema, the two roles (editors, read-only) and row-level security, once, as the
    database's administrator. Users are then granted access with ``grant``."""
    with admin.begin() as conn:
        t.create_all(conn)
        for statement in SECURITY:
            conn.execute(text(statement))


def grant(admin: Engine, db_user: str, pcn: str, owner: str) -> None:
    """Let existing database user ``db_user`` use PCN ``pcn``: owner ``PCN`` changes all of it (the
    PCN manager), a practice code only that practice's plan, ``""`` reads only (partners)."""
    role = READER if owner == "" else EDITOR
    quoted = '"' + db_user.replace('"', '""') + '"'
    with admin.begin() as conn:
        conn.execute(text(f"GRANT {role} TO {quoted}"))
        conn.execute(text("DELETE FROM pcn_access WHERE db_user = :u AND pcn = :p"), {"u": db_user, "p": pcn})
        conn.execute(text("INSERT INTO pcn_access (db_user, pcn, owner) VALUES (:u, :p, :o)"),
                     {"u": db_user, "p": pcn, "o": owner})
