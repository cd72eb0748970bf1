"""Bounded load and failure tests against a real PostgreSQL server the tests start (Unix socket:
no network). Load: 8 concurrent editors, 200 edits each, across 8 practices: no edit lost, none
refused without a message, every plan valid afterwards, and edits a second printed. Kill: the
server stopped mid-save loses nothing that was reported saved."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import replace

import pytest

from planner.engine.pcn import compute_pcn, validate_pcn
from planner.model import Pcn
from planner.pcn.session import PcnSession
from planner.pcn.store import LocationUnreachable, PcnStoreError, open_location
from planner.sample import sample_pcn_of
from tests.pg_cluster import new_cluster, remove
from tests.planner.pcn.conftest import PcnDatabase, make_database

EDITORS, EDITS, PRACTICES = 8, 200, 8
pytestmark = pytest.mark.slow


def database(cluster, pcn: Pcn, users: list[str]) -> PcnDatabase:  # type: ignore[no-untyped-def]
    """A database with ``pcn`` and ``users``, each of whom may change all of it."""
    return make_database(cluster, pcn, dict.fromkeys(users, "PCN"), lambda user: f"load-{user}")


def mark(pcn: Pcn, code: str, key: str) -> Pcn:
    """One edit: a practice's plan gains an extra setting only this edit writes."""
    return replace(pcn, practices=tuple(
        replace(p, plan=replace(p.plan, extras={**p.plan.extras, key: True})) if p.code == code else p
        for p in pcn.practices))


def editor(db: PcnDatabase, user: str, number: int, saved: list[tuple[str, str]], refused: list[str],
           failed: list[BaseException]) -> None:
    rng = random.Random(number)
    session = PcnSession.open(open_location(db.url(user)))
    pcn = session.pcn
    try:
        for n in range(EDITS):
            code, key = f"X1{rng.randrange(PRACTICES) + 1:04d}", f"e{number}-{n}"
            pcn = mark(pcn, code, key)
            for _ in range(50):
                outcome = session.save(pcn, f"edit {key}")
                pcn = outcome.pcn
                if outcome.status != "reapplied":
                    break
            if outcome.status == "saved":
                saved.append((code, key))
            else:
                refused.append(outcome.message)
                pcn = session.take_theirs()
    except BaseException as e:  # noqa: BLE001 - counted: a refusal without a message
        failed.append(e)


def test_eight_editors_two_hundred_edits_each_lose_nothing(pg_cluster, isolated_home):
    users = [f"editor_{i}" for i in range(EDITORS)]
    db = database(pg_cluster, sample_pcn_of(PRACTICES), users)
    saved: list[tuple[str, str]] = []
    refused: list[str] = []
    failed: list[BaseException] = []
    threads = [threading.Thread(target=editor, args=(db, u, i, saved, refused, failed)) for i, u in enumerate(users)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    elapsed = time.perf_counter() - start
    assert not any(t.is_alive() for t in threads), "editors did not finish within 10 minutes"
    assert failed == [] and refused == []
    final = PcnSession.open(open_location(db.url(users[0]))).pcn
    lost = [(code, key) for code, key in saved if key not in final.practice(code).plan.extras]
    assert len(saved) == EDITORS * EDITS and lost == []
    assert validate_pcn(final) == [] and compute_pcn(final).today.money.allocation > 0
    history = open_location(db.url(users[0])).history(limit=EDITORS * EDITS + 10)
    assert len(history) >= EDITORS * EDITS
    print(f"\nload: {EDITORS} editors x {EDITS} edits across {PRACTICES} practices: "
          f"{len(saved) / elapsed:.0f} edits a second ({elapsed:.1f} s), 0 lost, 0 refused")


def test_the_server_stopped_mid_save_loses_nothing_reported_saved(isolated_home):
    cluster = new_cluster()
    try:
        db = database(cluster, sample_pcn_of(4), ["killer"])
        reported: list[int] = []
        messages: list[str] = []
        other: list[BaseException] = []

        def write() -> None:
            session = PcnSession.open(open_location(db.url("killer")))
            pcn = session.pcn
            for n in range(1, 100_000):
                m = pcn.practices[0]
                pcn = replace(pcn, practices=(replace(m, weighted_population=float(n)),) + pcn.practices[1:])
                try:
                    if session.save(pcn, f"save {n}").status != "saved":
                        other.append(AssertionError("refused"))
                        return
                except LocationUnreachable as e:
                    messages.append(str(e))
                    return
                except PcnStoreError as e:
                    messages.append(str(e))
                    return
                except BaseException as e:  # noqa: BLE001
                    other.append(e)
                    return
                reported.append(n)

        thread = threading.Thread(target=write)
        thread.start()
        deadline = time.time() + 20
        while len(reported) < 50 and time.time() < deadline:
            time.sleep(0.01)
        cluster.stop("immediate")  # as a power cut: no checkpoint, crash recovery on restart
        thread.join(timeout=60)
        assert other == [] and messages and "Nothing was saved" in messages[0]
        cluster.start()
        final = PcnSession.open(open_location(db.url("killer"))).pcn
        last = reported[-1]
        assert final.practices[0].weighted_population in (float(last), float(last + 1))
        print(f"\nkill: {len(reported)} saves reported before the server was stopped; all kept")
    finally:
        remove(cluster)
