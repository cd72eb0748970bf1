"""PCN benchmark: recompute a PCN of 8 sample-sized practices after one edit, and open, save and
load-test a PCN plan in PostgreSQL on loopback (a throwaway server this benchmark starts).

Run: python benchmarks/bench_pcn.py   (goals: recompute after an edit < 10 ms, open < 300 ms)

Each figure is printed with a bare baseline measured in the same run: one practice's figures
(planner.engine.compute of the sample), and a bare psycopg connect + SELECT on the same server.
Needs Debian's postgresql server programs for the database part (skipped, and said, without)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.engine import compute  # noqa: E402
from planner.engine.pcn import compute_pcn  # noqa: E402
from planner.sample import sample_pcn_of, sample_plan  # noqa: E402


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def recompute() -> None:
    pcn = sample_pcn_of(8)
    compute_pcn(pcn)
    counter = iter(range(10**9))

    def one_edit() -> None:  # a new value each time: nothing is remembered for the edited part
        s = pcn.staff[0]
        n = next(counter) % 3 + 1
        compute_pcn(replace(pcn, staff=(replace(s, sessions={**s.sessions, "X10001": n}),) + pcn.staff[1:]))

    bare = sample_plan()
    base = timed(lambda: compute(bare), 200)
    ms = timed(one_edit, 200)
    print(f"PCN of 8 practices, {len(pcn.staff)} shared staff, {len(pcn.options)} options")
    print(f"  recompute after one edit: {ms:.2f} ms (goal < 10 ms: {'met' if ms < 10 else 'MISSED'}); "
          f"baseline one practice's figures {base:.2f} ms; ratio {ms / base:.1f}")


def database() -> None:
    from tests.pg_cluster import bindir, new_cluster, remove

    if bindir() is None:
        print("PostgreSQL server programs not found: database figures skipped")
        return
    os.environ["SKILLMIX_HOME"] = tempfile.mkdtemp(prefix="skillmix-bench-")
    cluster = new_cluster(tcp=True)
    try:
        _database(cluster)
    finally:
        remove(cluster)


def _database(cluster) -> None:  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy import create_engine, text

    from planner.pcn.credentials import remember_in_file
    from planner.pcn.session import PcnSession
    from planner.pcn.store import open_location, publish
    from planner.pcn.store.postgres import grant, set_up
    from tests.pg_cluster import ADMIN, ADMIN_PASSWORD

    admin = create_engine("postgresql+psycopg://", isolation_level="AUTOCOMMIT", connect_args={
        "host": "127.0.0.1", "port": cluster.port, "user": ADMIN, "password": ADMIN_PASSWORD, "dbname": "postgres"})
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE bench"))
        conn.execute(text("CREATE ROLE bench_lead LOGIN PASSWORD 'bench-pw'"))
    admin.dispose()
    db = create_engine("postgresql+psycopg://", isolation_level="AUTOCOMMIT", connect_args={
        "host": "127.0.0.1", "port": cluster.port, "user": ADMIN, "password": ADMIN_PASSWORD, "dbname": "bench"})
    set_up(db)
    pcn = sample_pcn_of(8)
    grant(db, "bench_lead", pcn.code, "PCN")
    remember_in_file("bench_lead", "127.0.0.1", cluster.port, "bench", "bench-pw")
    url = f"postgresql://bench_lead@127.0.0.1:{cluster.port}/bench"
    publish(open_location(url), pcn)

    def bare() -> None:
        with psycopg.connect(host="127.0.0.1", port=cluster.port, user="bench_lead", password="bench-pw",
                             dbname="bench") as c:
            c.execute("SELECT 1").fetchone()

    def open_plan() -> None:
        location = open_location(url)
        PcnSession.open(location)
        location.engine.dispose()

    base, ms = timed(bare, 30), timed(open_plan, 30)
    session = PcnSession.open(open_location(url))
    state = {"pcn": session.pcn, "n": 0}

    def save_one() -> None:
        state["n"] += 1
        p = state["pcn"]
        m = p.practices[0]
        state["pcn"] = replace(p, practices=(replace(m, plan=replace(m.plan, extras={"n": state["n"]})),)
                               + p.practices[1:])
        assert session.save(state["pcn"]).status == "saved"

    save = timed(save_one, 50)
    with db.connect() as conn:
        size = conn.execute(text("SELECT pg_total_relation_size('pcn_part'), pg_total_relation_size('pcn_history')"
                                 )).one()
    db.dispose()
    print("PostgreSQL 127.0.0.1 (a throwaway server)")
    print(f"  open an 8-practice PCN plan: {ms:.1f} ms (goal < 300 ms: {'met' if ms < 300 else 'MISSED'}); "
          f"baseline connect + SELECT 1 {base:.1f} ms; ratio {ms / base:.1f}")
    print(f"  save one practice's plan: {save:.1f} ms; ratio to the baseline {save / base:.1f}")
    print(f"  pcn_part {size[0] / 1024:.0f} KiB, pcn_history {size[1] / 1024:.0f} KiB after 51 saves")


if __name__ == "__main__":
    recompute()
    database()
