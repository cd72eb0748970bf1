"""planner.files.output: every output is written whole or not at all, with the usual
permissions, never over a folder, a plan, or (without force) any existing file."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from planner.files import output
from planner.files.errors import OutputError
from planner.files.output import PART_SUFFIX, STALE_AFTER, check_target, remove_stale_parts, write_bytes, write_with
from planner.store import save_plan
from tests.planner.builders import two_role_plan


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{PART_SUFFIX}*"))


def test_a_new_file_is_written_with_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_bytes(tmp_path / "out.json", b"{}", force=False)
    finally:
        os.umask(old)
    assert (tmp_path / "out.json").read_bytes() == b"{}"
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o644
    assert _parts(tmp_path) == []


def test_an_existing_file_is_replaced_only_with_force(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"before")
    with pytest.raises(OutputError, match="already exists; choose another name or pass --force"):
        write_bytes(target, b"after", force=False)
    assert target.read_bytes() == b"before"
    write_bytes(target, b"after", force=True)
    assert target.read_bytes() == b"after"


def test_a_plan_is_never_replaced_by_an_export_even_with_force(tmp_path: Path) -> None:
    plan = tmp_path / "named like an export.pdf"
    save_plan(two_role_plan(), plan)
    before = plan.read_bytes()
    with pytest.raises(OutputError, match="is a Skillmix plan"):
        write_bytes(plan, b"%PDF", force=True)
    assert plan.read_bytes() == before


def test_a_plan_never_replaces_a_file_that_is_not_one(tmp_path: Path) -> None:
    notes = tmp_path / "notes.skillmix"
    notes.write_text("my notes")
    with pytest.raises(OutputError, match="is not a Skillmix plan"):
        check_target(notes, force=True, plan=True)
    empty = tmp_path / "empty.skillmix"
    empty.touch()
    check_target(empty, force=True, plan=True)  # an empty file holds nothing to lose


def test_a_folder_or_a_missing_folder_is_named_not_a_part_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as folder:
        write_bytes(tmp_path, b"x", force=True)
    assert str(folder.value).startswith(f"{tmp_path} is a folder") and PART_SUFFIX not in str(folder.value)
    with pytest.raises(OutputError, match="no such folder"):
        write_bytes(tmp_path / "nowhere" / "out.json", b"x", force=True)


def test_a_full_disk_leaves_the_earlier_file_whole_and_no_part_file(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"earlier export")

    def full(part: Path) -> None:
        part.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device", str(part))

    with pytest.raises(OutputError) as e:
        write_with(target, full, force=True)
    assert str(e.value) == f"could not write {target}: No space left on device; the earlier file is unchanged"
    assert target.read_bytes() == b"earlier export"
    assert _parts(tmp_path) == []


def test_a_failed_first_write_leaves_nothing(tmp_path: Path) -> None:
    def broken(part: Path) -> None:
        part.write_bytes(b"half")
        raise RuntimeError("the writer failed")

    with pytest.raises(RuntimeError):
        write_with(tmp_path / "new.pdf", broken, force=False)
    assert list(tmp_path.iterdir()) == []


def test_a_file_open_elsewhere_gets_a_message_saying_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(src))

    monkeypatch.setattr(output.os, "replace", refuse)
    with pytest.raises(OutputError, match="may be open in another program"):
        write_bytes(tmp_path / "pack.pdf", b"%PDF", force=True)
    assert list(tmp_path.iterdir()) == []


def test_part_files_left_by_killed_writes_are_removed_once_stale(tmp_path: Path) -> None:
    old = tmp_path / f".pack.pdf.0123abcd{PART_SUFFIX}"
    young = tmp_path / f".pack.pdf.4567ef01{PART_SUFFIX}"
    journal = tmp_path / f".p.skillmix.89abcdef{PART_SUFFIX}-journal"
    mine = tmp_path / ".hidden-but-not-ours.pdf"
    for f in (old, young, journal, mine):
        f.write_bytes(b"x")
    long_ago = time.time() - STALE_AFTER - 60
    for f in (old, journal, mine):
        os.utime(f, (long_ago, long_ago))
    write_bytes(tmp_path / "pack.pdf", b"%PDF", force=False)
    assert not old.exists() and not journal.exists()
    assert young.exists() and mine.exists()  # a write in progress, and a file that is not ours
    assert remove_stale_parts(tmp_path, now=time.time() + 2 * STALE_AFTER) == [young]


def test_a_long_name_is_written_and_a_name_too_long_for_the_disk_is_named(tmp_path: Path) -> None:
    long = tmp_path / ("a" * 240 + ".pdf")  # its part file's name must still fit
    write_bytes(long, b"%PDF", force=False)
    assert long.read_bytes() == b"%PDF"
    too_long = tmp_path / ("b" * 300 + ".pdf")
    with pytest.raises(OutputError, match="the name is too long for the disk; choose a shorter one"):
        write_bytes(too_long, b"%PDF", force=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [long.name]
