"""The plan file: crash safety, bad files, newer versions, locks and migrations."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from planner.interchange import read_plan_json
from planner.model import Staff
from planner.store import PlanFileError, PlanInUse, PlanLock, load_plan, migrations, open_plan, save_plan
from planner.store.reader import backup_path
from tests.planner.builders import two_role_plan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def big_plan(n: int, name: str):
    staff = tuple(Staff(f"{name} {i}", "GP" if i % 2 else "PN", 10 + i % 20) for i in range(n))
    return two_role_plan(staff=staff)


#: Saves plan B over the file, pausing before its N-th SQL statement (argv[1]) after saying so,
#: so the test kills it at a known point inside the save, whatever the machine's load.
WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from tests.planner.test_store import big_plan
    from planner.store import save_plan
    stop_at, seen = int(sys.argv[1]), [0]

    @event.listens_for(Engine, "before_cursor_execute")
    def pause(*_args):
        seen[0] += 1
        if seen[0] == stop_at:
            print("inside", flush=True)
            time.sleep(60)

    save_plan(big_plan(3000, "B"), {path!r})
    print("done", flush=True)
""")


@pytest.mark.slow
def test_killing_a_writer_mid_save_leaves_a_whole_plan(tmp_path):
    path = tmp_path / "plan.skillmix"
    a, b = big_plan(3000, "A"), big_plan(3000, "B")
    save_plan(a, path)
    code = WRITER.format(root=str(ROOT), path=str(path))
    journal = path.with_name(path.name + "-journal")
    interrupted = with_changes_written = 0
    for stop_at in (2, 5, 9, 13, 17, 21, 25, 29, 33):
        proc = subprocess.Popen([sys.executable, "-c", code, str(stop_at)], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        said = proc.stdout.readline().strip()
        if said == b"inside":
            proc.send_signal(signal.SIGKILL)
            interrupted += 1
        proc.wait()
        with_changes_written += said == b"inside" and journal.exists() and journal.stat().st_size > 0
        assert load_plan(path) == (b if said == b"done" else a)  # a killed save changed nothing
        save_plan(a, path)
    assert interrupted >= 5 and with_changes_written >= 3, "too few kills landed inside a save"


def test_not_a_plan_is_refused_and_untouched(tmp_path):
    csv = tmp_path / "rota.skillmix"
    csv.write_text("name,role\nDr A,GP\n")
    other = tmp_path / "other.skillmix"
    con = sqlite3.connect(other)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    for path, words in ((csv, "not a Skillmix plan"), (other, "not a Skillmix plan")):
        before = path.read_bytes()
        with pytest.raises(PlanFileError, match=words):
            open_plan(path)
        with pytest.raises(PlanFileError):
            save_plan(two_role_plan(), path)  # never overwrites a file that is not a plan
        assert path.read_bytes() == before


def test_damaged_plan_is_refused(tmp_path):
    path = tmp_path / "p.skillmix"
    save_plan(big_plan(500, "A"), path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # scribble over a page of the data
    path.write_bytes(bytes(data))
    with pytest.raises(PlanFileError, match="damaged"):
        open_plan(path)
    assert path.read_bytes() == bytes(data)


def test_plan_from_a_newer_skillmix_is_refused(tmp_path):
    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(), path)
    con = sqlite3.connect(path)
    con.execute("update meta set value = '99' where key = 'schema_version'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="newer Skillmix"):
        open_plan(path)
    assert path.read_bytes() == before


def test_missing_file(tmp_path):
    with pytest.raises(PlanFileError, match="does not exist"):
        open_plan(tmp_path / "nope.skillmix")


def test_a_plan_open_elsewhere_is_detected(tmp_path):
    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(), path)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r});"
         "from planner.store import PlanLock; from pathlib import Path;"
         f"l = PlanLock(Path({str(path)!r})).acquire(); print('held', flush=True); input()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        with pytest.raises(PlanInUse, match="already open in Skillmix"):
            PlanLock(path).acquire()
    finally:
        holder.kill()
        holder.wait()
    with PlanLock(path):  # the OS drops a dead holder's lock: no stale lock blocks anyone
        pass


def test_every_released_schema_fixture_opens(tmp_path):
    fixtures = sorted(FIXTURES.glob("plan-schema*.skillmix"))
    assert len(fixtures) == migrations.SCHEMA_VERSION  # one fixture per released schema
    for fixture in fixtures:
        copy = tmp_path / fixture.name
        shutil.copy(fixture, copy)
        plan, _ = open_plan(copy)
        assert plan == read_plan_json(fixture.with_suffix(".json"))


def test_migration_copies_the_file_then_applies_steps_in_order(tmp_path, monkeypatch):
    path = tmp_path / "old.skillmix"
    shutil.copy(FIXTURES / "plan-schema1.skillmix", path)
    original = path.read_bytes()
    ran = []

    real_step1 = migrations.MIGRATIONS[1]

    def step1(conn):
        ran.append(1)
        real_step1(conn)

    def step2(conn):
        ran.append(2)
        conn.exec_driver_sql("ALTER TABLE staff ADD COLUMN notes TEXT")

    def step3(conn):
        ran.append(3)

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 4)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: step1, 2: step2, 3: step3})
    plan, backup = open_plan(path)
    assert ran == [1, 2, 3]
    assert backup == backup_path(path, 1) and backup.read_bytes() == original
    assert plan == read_plan_json(FIXTURES / "plan-schema1.json")
    con = sqlite3.connect(path)
    assert con.execute("select value from meta where key='schema_version'").fetchone() == ("4",)
    con.close()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.skillmix"
    shutil.copy(FIXTURES / "plan-schema1.skillmix", path)
    original = path.read_bytes()

    def broken(conn):
        conn.exec_driver_sql("ALTER TABLE staff ADD COLUMN notes TEXT")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: broken})
    with pytest.raises(RuntimeError):
        open_plan(path)
    assert path.read_bytes() == original


def test_save_replaces_everything(tmp_path):
    path = tmp_path / "p.skillmix"
    plan = big_plan(50, "A")
    save_plan(plan, path)
    smaller = replace(plan, staff=plan.staff[:3], scenarios=())
    save_plan(smaller, path)
    assert load_plan(path) == smaller


HALF_SAVE = textwrap.dedent("""
    import sqlite3, sys
    con = sqlite3.connect({path!r}, isolation_level=None)
    con.execute("PRAGMA cache_size = 1")  # spill changed pages into the file mid-transaction
    con.execute("BEGIN IMMEDIATE")
    con.execute("DELETE FROM staff")
    con.executemany("INSERT INTO staff (position, name, role, weekly_hours) VALUES (?, ?, 'GP', 1)",
                    [(i, 'half-written ' + 'x' * 200) for i in range(5000)])
    print("half", flush=True)
    input()
""")


def test_a_save_killed_after_writing_into_the_file_is_rolled_back(tmp_path):
    path = tmp_path / "plan.skillmix"
    plan = big_plan(300, "A")
    save_plan(plan, path)
    proc = subprocess.Popen([sys.executable, "-c", HALF_SAVE.format(path=str(path))],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"half"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert path.with_name(path.name + "-journal").stat().st_size > 0  # a hot journal is left
    assert load_plan(path) == plan
