"""Every output of the command line (plan, plan JSON, workbook, PDF pack, audit template) is
written whole or not at all, refuses to overwrite without --force, never replaces a plan with
anything that is not a plan, honours the lock of a plan open in Skillmix, and says what went
wrong in one line naming the file (exit 2, every file untouched)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.files.output import PART_SUFFIX
from planner.store import PlanLock, load_plan, save_plan
from tests.planner.builders import two_role_plan

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "practice.skillmix"
    save_plan(two_role_plan(), path)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too) and its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("skillmix: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


#: name -> (argv for plan PLAN and output OUT, the suffix of OUT)
WRITERS: dict[str, tuple[Callable[[Path, Path], list[str]], str]] = {
    "export-json": (lambda p, o: ["export-json", str(p), str(o)], ".json"),
    "export-xlsx": (lambda p, o: ["export-xlsx", str(p), "-o", str(o)], ".xlsx"),
    "report": (lambda p, o: ["report", str(p), "-o", str(o)], ".pdf"),
    "audit-template": (lambda p, o: ["audit-template", "-o", str(o), "--rows", "5"], ".xlsx"),
    "new-sample": (lambda p, o: ["new-sample", str(o)], ".skillmix"),
    "import-json": (lambda p, o: ["import-json", str(p.with_suffix(".json")), str(o)], ".skillmix"),
}


def _argv(name: str, plan: Path, out: Path) -> list[str]:
    if name == "import-json" and not plan.with_suffix(".json").exists():
        assert main(["export-json", str(plan), str(plan.with_suffix(".json"))]) == 0
    return WRITERS[name][0](plan, out)


@pytest.mark.parametrize("name", WRITERS)
def test_each_output_refuses_an_existing_file_without_force(
        name: str, plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"out{WRITERS[name][1]}"
    argv = _argv(name, plan, out)
    assert main(argv) == 0
    capsys.readouterr()
    os.utime(out, (1, 1))
    before = snapshot(tmp_path)
    assert main(argv) == 2
    assert "already exists; choose another name or pass --force" in one_line(capsys)
    assert snapshot(tmp_path) == before
    assert main([*argv, "--force"]) == 0
    assert out.stat().st_mtime > 1  # replaced
    assert not list(tmp_path.glob(f"*{PART_SUFFIX}*"))


@pytest.mark.parametrize("name", [n for n, (_, suffix) in WRITERS.items() if suffix != ".skillmix"])
def test_no_export_replaces_a_plan_even_with_force(
        name: str, plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / f"a plan named like an export{WRITERS[name][1]}"
    save_plan(two_role_plan(), target)
    before = snapshot(tmp_path)
    for argv in (_argv(name, plan, target), [*_argv(name, plan, target), "--force"]):
        capsys.readouterr()
        assert main(argv) == 2
        assert "is a Skillmix plan (a database) and is never replaced by an export" in one_line(capsys)
        assert snapshot(tmp_path) == before


def test_export_json_onto_its_own_plan_or_another_plan_is_refused(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "b.skillmix"
    save_plan(two_role_plan(practice=two_role_plan().practice.__class__("Other practice", 10)), other)
    before = snapshot(tmp_path)
    for argv in (["export-json", str(plan), str(other)], ["export-json", str(plan), str(other), "--force"],
                 ["export-json", str(plan), str(plan), "--force"]):
        assert main(argv) == 2
        one_line(capsys)
    assert snapshot(tmp_path) == before
    assert load_plan(other).practice.name == "Other practice"


@pytest.mark.parametrize("name", [n for n, (_, suffix) in WRITERS.items() if suffix == ".skillmix"])
def test_a_plan_is_never_written_over_a_file_that_is_not_one(
        name: str, plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.skillmix"
    notes.write_text("my notes, not a plan")
    argv = _argv(name, plan, notes)
    capsys.readouterr()
    assert main([*argv, "--force"]) == 2
    assert "is not a Skillmix plan, so a plan is never written over it" in one_line(capsys)
    assert notes.read_text() == "my notes, not a plan"


def test_import_json_over_its_own_json_is_refused(plan: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "plan.json"
    assert main(["export-json", str(plan), str(source)]) == 0
    capsys.readouterr()
    before = source.read_bytes()
    assert main(["import-json", str(source), str(source), "--force"]) == 2
    one_line(capsys)
    assert source.read_bytes() == before


@pytest.mark.parametrize("name", WRITERS)
def test_a_folder_as_the_output_is_named_not_a_part_file(
        name: str, plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / f"folder{WRITERS[name][1]}"
    folder.mkdir()
    argv = _argv(name, plan, folder)
    capsys.readouterr()
    assert main([*argv, "--force"]) == 2
    err = one_line(capsys)
    assert f"{folder} is a folder" in err and PART_SUFFIX not in err
    assert main(_argv(name, plan, tmp_path / "nowhere" / f"x{WRITERS[name][1]}")) == 2
    assert "no such folder" in one_line(capsys)


@pytest.mark.parametrize("name", WRITERS)
def test_every_output_has_the_usual_permissions(name: str, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / f"out{WRITERS[name][1]}"
    old = os.umask(0o022)
    try:
        assert main(_argv(name, plan, out)) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


FULL_DISK = """
import os, sys
from pathlib import Path
import planner.files.output as output
made = output._new_part
def on_a_full_disk(path):
    part = made(path)
    part.unlink()
    part.symlink_to("/dev/full")  # every write to it fails: No space left on device
    return part
output._new_part = on_a_full_disk
from planner.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("name", [n for n in WRITERS if WRITERS[n][1] != ".skillmix"])
def test_a_full_disk_gives_one_line_and_leaves_the_earlier_file(name: str, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / f"out{WRITERS[name][1]}"
    argv = _argv(name, plan, out)
    assert main(argv) == 0
    before = snapshot(tmp_path)
    run = subprocess.run([sys.executable, "-c", FULL_DISK, *argv, "--force"], cwd=ROOT, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert run.returncode == 2
    assert run.stderr == f"skillmix: could not write {out}: No space left on device; the earlier file is unchanged\n"
    assert snapshot(tmp_path) == before


def test_a_failed_first_save_of_a_plan_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import planner.store.connect as connect

    def full(path: Path, mode: str = "rw") -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(connect, "connect", full)
    monkeypatch.setattr("planner.store.writer.connect", full)
    new = tmp_path / "new.skillmix"
    assert main(["new-sample", str(new)]) == 2
    assert "database or disk is full. Nothing was written." in one_line(capsys)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    assert main(["new-sample", str(new)]) == 0  # and not "already exists ... --force"


LOCKED = [
    lambda p, t: ["import-json", str(t / "in.json"), str(p), "--force"],
    lambda p, t: ["new-sample", str(p), "--force"],
    lambda p, t: ["import-rota", str(t / "rota.xlsx"), "--plan", str(p)],
]


@pytest.mark.parametrize("argv", LOCKED, ids=["import-json", "new-sample", "import-rota"])
def test_a_plan_open_in_skillmix_is_never_written(argv: Callable[[Path, Path], list[str]], plan: Path,
                                                  tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.planner.rota import rota_books as books

    assert main(["export-json", str(plan), str(tmp_path / "in.json")]) == 0
    books.simple_grid(tmp_path / "rota.xlsx", [("Dr New", "GP", ["Surgery"] * 4)])
    capsys.readouterr()
    before = plan.read_bytes()
    with PlanLock(plan):  # as the app holds it while the plan is open
        assert main(argv(plan, tmp_path)) == 2
        err = capsys.readouterr().err
        assert err.splitlines()[-1].startswith("skillmix: practice.skillmix is already open in Skillmix")
        assert plan.read_bytes() == before


PCN_WRITERS = {
    "pcn report": (lambda f, o: ["pcn", "report", str(f), "-o", str(o)], ".pdf"),
    "pcn extract": (lambda f, o: ["pcn", "extract", str(f), "X10002", "-o", str(o)], ".pdf"),
    "pcn export-xlsx": (lambda f, o: ["pcn", "export-xlsx", str(f), "-o", str(o)], ".xlsx"),
}


@pytest.mark.parametrize("name", PCN_WRITERS)
def test_pcn_outputs_follow_the_same_rules(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pcn = tmp_path / "PCN #2 a?b=1 50%.skillmix-pcn"  # a name an unescaped SQLite URI would cut
    assert main(["pcn", "new-sample", str(pcn)]) == 0
    argv, suffix = PCN_WRITERS[name]
    out = tmp_path / f"out{suffix}"
    assert main(argv(pcn, out)) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    assert main(argv(pcn, out)) == 2
    assert "already exists; choose another name or pass --force" in one_line(capsys)
    plan = tmp_path / f"a plan{suffix}"
    save_plan(two_role_plan(), plan)
    assert main([*argv(pcn, plan), "--force"]) == 2
    assert "is a Skillmix plan (a database) and is never replaced" in one_line(capsys)
    assert main([*argv(pcn, pcn.with_suffix(suffix)), "--force"]) == 0
    assert {k: v for k, v in snapshot(tmp_path).items() if k in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, plan.name, pcn.with_suffix(suffix).name])
