"""Autosave: unsaved work is written to SKILLMIX_HOME/autosave and offered back after a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.windows import Answers, open_window, saved_plan, set_cell
from ui.autosave import autosave_dir, recoverable

Button = QMessageBox.StandardButton


def _crash(window) -> None:  # type: ignore[no-untyped-def]
    """What a killed Skillmix leaves: its autosave, with nobody holding it."""
    window.files.autosaver._timer.stop()
    window.files.autosaver._lock.release()


def test_unsaved_work_is_autosaved_and_discarded_once_saved(qtbot, tmp_path: Path, isolated_home: Path) -> None:
    window = open_window(qtbot, saved_plan(tmp_path))
    assert window.files.autosaver.save_now() is None  # nothing unsaved, nothing written
    set_cell(window.page("team").staff, 0, "weekly_hours", "12")
    written = window.files.autosaver.save_now()
    assert written is not None and written.parent == isolated_home / "autosave"
    assert written.is_file()
    assert recoverable() == []  # this Skillmix is still running: nothing to recover
    window.files.save()
    assert not written.exists()


def test_recovery_is_offered_after_a_crash(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_plan(tmp_path)
    crashed = open_window(qtbot, path)
    set_cell(crashed.page("team").staff, 0, "weekly_hours", "12")
    crashed.files.autosaver.save_now()
    _crash(crashed)
    crashed.files._release()  # the dead process's lock on the plan went with it
    edited = crashed.document.plan

    answers = Answers(monkeypatch, Button.Yes)
    window = open_window(qtbot, path)
    assert window.files.offer_recovery()
    assert "your changes to Test Practice were saved" in answers.asked[0]
    assert window.document.plan == edited
    assert window.document.path == path
    assert window.isWindowModified()
    assert window.document.plan.staff[0].weekly_hours == 12
    # the recovered work is autosaved again under this Skillmix, and the old file is gone
    assert [p for p in autosave_dir().glob("*.skillmix")] == [window.files.autosaver.file]
    crashed.document.undo_stack.setClean()


def test_recovery_declined_discards_the_autosave(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = open_window(qtbot)
    set_cell(crashed.page("team").staff, 0, "weekly_hours", "12")
    crashed.files.autosaver.save_now()
    _crash(crashed)
    assert [r.title for r in recoverable()] == ["Riverside Medical Practice (sample)"]
    Answers(monkeypatch, Button.Discard)
    window = open_window(qtbot)
    assert not window.files.offer_recovery()
    assert recoverable() == []
    assert not window.isWindowModified()
    crashed.document.undo_stack.setClean()
