"""A place a PCN plan is kept (a SQLite file or a PostgreSQL database), read and saved by part.

A save is one transaction. Each changed part is written with
``UPDATE ... SET revision = revision + 1 WHERE revision = :started_from``: when someone else saved
that part first, no row is updated, the whole save is rolled back and ``SaveConflict`` says who
changed what and when. Nothing is ever half-written."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from planner.model import Pcn
from planner.pcn.json_form import NETWORK, join
from planner.pcn.store import tables as t
from planner.pcn.store.errors import Clash, LocationUnreachable, NotAllowed, PcnStoreError, SaveConflict
from planner.pcn.store.migrations import FORMAT, SCHEMA_VERSION

Parts = dict[str, dict[str, Any]]


PART, HISTORY, META = t.table(t.PcnPartRow), t.table(t.PcnHistoryRow), t.table(t.PcnMetaRow)


@dataclass(frozen=True)
class Opened:
    """A PCN plan as read: the plan, its parts as JSON (the base pending edits are merged from)
    and the revision of each part."""

    pcn: Pcn
    parts: Parts
    revisions: dict[str, int]


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


class PcnLocation:
    """Read and save a PCN plan at ``engine``; ``name`` is how messages name the place."""

    def __init__(self, engine: Engine, name: str, pcn_code: str | None, user: str, address: str = "") -> None:
        self.engine, self.name, self.pcn_code, self.user = engine, name, pcn_code, user
        #: how to open it again (a file's full path, or a database address without a password)
        self.address = address or name

    # --- reading ------------------------------------------------------------------------------

    def _code(self, conn: Connection) -> str:
        meta = {str(k): str(v) for k, v in conn.execute(select(META.c.key, META.c.value)).all()}
        if meta.get("format") != FORMAT:
            raise PcnStoreError(f"{self.name} is a database but not a Skillmix PCN plan. Nothing was changed.")
        if int(meta.get("schema_version", "0")) > SCHEMA_VERSION:
            raise PcnStoreError(f"{self.name} was saved by a newer Skillmix (PCN schema "
                                f"{meta['schema_version']}); update Skillmix to open it.")
        if self.pcn_code:
            return self.pcn_code
        codes = conn.execute(select(PART.c.pcn).distinct()).scalars().all()
        if len(codes) != 1:
            raise PcnStoreError(f"{self.name} holds {len(codes)} PCN plans; name one, e.g. ?pcn=CODE")
        return str(codes[0])

    def load(self, previous: Opened | None = None) -> Opened:
        """The plan and the revision of each part; the parts of ``previous`` whose revision has not
        moved on are not read again. PcnStoreError when it cannot be read."""
        with self._connect() as conn:
            code = self._code(conn)
            revisions = {str(o): int(r) for o, r in conn.execute(
                select(PART.c.owner, PART.c.revision).where(PART.c.pcn == code)).all()}
            known = previous.revisions if previous else {}
            stale = [o for o, r in revisions.items() if known.get(o) != r]
            bodies = conn.execute(select(PART.c.owner, PART.c.body, PART.c.revision)
                                  .where(PART.c.pcn == code, PART.c.owner.in_(stale))).all()
        if not revisions:
            raise PcnStoreError(f"{self.name} has no PCN plan {code}.")
        parts = {o: b for o, b in (previous.parts if previous else {}).items() if o in revisions}
        parts |= {r.owner: json.loads(r.body) for r in bodies}
        revisions |= {r.owner: r.revision for r in bodies}
        plans = {p.code: p.plan for p in previous.pcn.practices if p.code not in stale} if previous else {}
        from planner.interchange import PlanFormatError

        try:
            pcn = join(parts, plans)
        except PlanFormatError as e:
            raise PcnStoreError(f"{self.name}: the PCN plan is damaged ({e}).") from e
        return Opened(pcn, parts, revisions)

    def part(self, owner: str) -> tuple[dict[str, Any], int]:
        """One part as saved now (``PCN`` or a practice code) and its revision; PcnStoreError when
        there is no such part."""
        with self._connect() as conn:
            code = self._code(conn)
            row = conn.execute(select(PART.c.body, PART.c.revision)
                               .where(PART.c.pcn == code, PART.c.owner == owner)).first()
        if row is None:
            raise PcnStoreError(f"{self.name} has no plan of practice {owner} in PCN {code}.")
        return json.loads(row.body), int(row.revision)

    def owner(self) -> str:
        """What this user may change here: ``PCN`` (all of it), a practice code (that practice's
        plan), or "" (read only). A file: all of it (the file system decides who may write it)."""
        if self.engine.dialect.name == "sqlite":
            return NETWORK
        with self._connect() as conn:
            code = self._code(conn)
            found = conn.execute(text("SELECT owner FROM pcn_access WHERE db_user = current_user AND pcn = :p"),
                                 {"p": code}).scalar()
        return str(found or "")

    def history(self, limit: int = 20) -> list[Clash]:
        """The latest saves, newest first."""
        with self._connect() as conn:
            code = self._code(conn)
            rows = conn.execute(select(HISTORY).where(HISTORY.c.pcn == code)
                                .order_by(HISTORY.c.id.desc()).limit(limit)).all()
        return [Clash(r.owner, r.revision, r.saved_by, r.saved_at, r.summary) for r in rows]

    # --- saving ---------------------------------------------------------------------------------

    def save(self, changed: Parts, started_from: dict[str, int], summary: dict[str, str],
             code: str) -> dict[str, int]:
        """Write the changed parts in one transaction; their new revisions. A part not in
        ``started_from`` is new. SaveConflict (nothing written) when any part moved on."""
        when, written = now(), {}
        try:
            with self.engine.begin() as conn:
                for owner, body in changed.items():
                    written[owner] = self._write(conn, code, owner, body, started_from.get(owner), when)
                    conn.execute(insert(HISTORY), [{"pcn": code, "owner": owner, "revision": written[owner],
                                                    "saved_by": self.user, "saved_at": when,
                                                    "summary": summary.get(owner, "")}])
        except SaveConflict:
            raise
        except IntegrityError as e:
            raise self._conflict(code, {o: 0 for o in changed}) from e
        except OperationalError as e:
            raise LocationUnreachable(f"Could not save to {self.name}: the database could not be reached "
                                      "or was lost during the save. Nothing was saved; your changes are "
                                      "still here.") from e
        except DBAPIError as e:
            raise _refusal(self.name, e) from e
        return written

    def _write(self, conn: Connection, code: str, owner: str, body: dict[str, Any], started: int | None,
               when: str) -> int:
        data = json.dumps(body, ensure_ascii=False, sort_keys=True)
        if started is None:
            conn.execute(insert(PART), [{"pcn": code, "owner": owner, "revision": 1, "body": data,
                                         "saved_by": self.user, "saved_at": when}])
            return 1
        done = conn.execute(text("UPDATE pcn_part SET body = :body, revision = revision + 1, saved_by = :who, "
                                 "saved_at = :at WHERE pcn = :pcn AND owner = :owner AND revision = :started"),
                            {"body": data, "who": self.user, "at": when, "pcn": code, "owner": owner,
                             "started": started})
        if done.rowcount != 1:
            raise self._conflict(code, {owner: started}, conn)
        return started + 1

    def _conflict(self, code: str, started: dict[str, int], conn: Connection | None = None) -> PcnStoreError:
        """Who saved each part since ``started``; NotAllowed when the part did not move on (the
        database hid it from this user's update: row-level security)."""
        if conn is None:
            with self._connect() as fresh:
                return self._conflict(code, started, fresh)
        rows = conn.execute(select(PART.c.owner, PART.c.revision, PART.c.saved_by, PART.c.saved_at)
                            .where(PART.c.pcn == code, PART.c.owner.in_(list(started)))).all()
        clashes = []
        for r in rows:
            if r.revision == started[r.owner]:
                part = "the PCN's own plan" if r.owner == NETWORK else f"practice {r.owner}"
                return NotAllowed(f"Not saved: {self.user} may not change {part} in {self.name}. "
                                  "Nothing was saved.")
            said = conn.execute(select(HISTORY.c.summary).where(
                HISTORY.c.pcn == code, HISTORY.c.owner == r.owner, HISTORY.c.revision > started[r.owner])
                .order_by(HISTORY.c.id)).scalars().all()
            clashes.append(Clash(r.owner, r.revision, r.saved_by, r.saved_at, "; ".join(x for x in said if x)))
        return SaveConflict(clashes)

    def _connect(self) -> Connection:
        try:
            return self.engine.connect()
        except OperationalError as e:
            raise LocationUnreachable(f"Could not reach {self.name}. Check the address and that the "
                                      "database server is running. Nothing was changed.") from e


def _refusal(name: str, e: DBAPIError) -> PcnStoreError:
    sqlstate = getattr(e.orig, "sqlstate", "") or ""
    if sqlstate.startswith("42501"):  # insufficient privilege, or a row-level security check
        return NotAllowed(f"Not saved: {name} does not allow this change with your access "
                          "(read-only, or another practice's plan). Nothing was saved.")
    return PcnStoreError(f"Could not save to {name}: {str(e.orig).splitlines()[0]}. Nothing was saved.")
