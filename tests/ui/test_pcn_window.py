"""The PCN window: figures from the engine, sessions typed in as undoable edits, saving with a
conflict explained and the edits re-applied, and the File menu entries that open it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.engine.pcn import compute_pcn
from planner.pcn.session import PcnSession
from planner.pcn.store import create_file, open_location
from planner.present import format as fmt
from planner.sample import sample_pcn
from ui.pcn.opening import open_location as open_window


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "sample.skillmix-pcn"
    create_file(path, sample_pcn()).engine.dispose()
    w = open_window(str(path))
    assert w is not None
    qtbot.addWidget(w)
    w.path = path  # type: ignore[attr-defined]
    return w


def test_shows_the_engine_figures_for_today_and_each_option(window):
    results = compute_pcn(sample_pcn())
    assert [window.option.itemText(i) for i in range(window.option.count())] == [
        "Today", "Shared visiting paramedic", "Pharmacist sessions to Weald Cross", "Practice nurse via ARRS"]
    window.option.setCurrentIndex(1)
    paramedic = results.option("Shared visiting paramedic")
    assert window.bar.money == paramedic.money
    assert f"This option {fmt.money(paramedic.money.planned)}" in [t for t, _ in window.bar.legend()]
    freed = window.practices.index(2, 0).data()
    assert freed == fmt.hours(paramedic.practice("X10001").gp_hours_freed_per_week)
    window.option.setCurrentIndex(3)
    assert "12-month rule" in window.rules.text()


def test_typing_sessions_is_an_undoable_edit_and_refusals_are_shown(window, qtbot):
    model = window.team
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index("Amir Haddad")
    cell = model.index(row, 3)  # Riverside
    assert model.setData(cell, "2", Qt.ItemDataRole.EditRole)
    assert window.document.pcn.member("Amir Haddad").sessions["X10001"] == 2
    assert window.isWindowModified()
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(cell, "9", Qt.ItemDataRole.EditRole)
    assert "at most 9 sessions" in refused.args[0]
    window.document.undo_stack.undo()
    assert window.document.pcn.member("Amir Haddad").sessions["X10001"] == 3


def test_saving_and_a_conflicting_save_re_applied(window, monkeypatch):
    model = window.team
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index("Amir Haddad")
    other = PcnSession.open(open_location(window.path))
    from dataclasses import replace
    other.save(replace(other.pcn, arrs_per_weighted_patient=28.0), "Rate from the DES")
    model.setData(model.index(row, 3), "2", Qt.ItemDataRole.EditRole)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    assert not window.save()
    assert "Rate from the DES" in shown[0]
    assert window.document.pcn.arrs_per_weighted_patient == 28.0  # theirs, with mine on top
    assert window.document.pcn.member("Amir Haddad").sessions["X10001"] == 2
    assert window.save()
    final = PcnSession.open(open_location(window.path)).pcn
    assert final.arrs_per_weighted_patient == 28.0 and final.member("Amir Haddad").sessions["X10001"] == 2


def test_a_bad_location_is_a_message_not_a_traceback(qtbot, monkeypatch, tmp_path):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert open_window("postgresql://me:secret@server/db") is None
    assert open_window(str(tmp_path / "nothing.skillmix-pcn")) is None
    assert "Do not write the password" in said[0] and "does not exist" in said[1]


def test_the_file_menu_opens_pcn_plans(qtbot):
    from ui.actions import ACTIONS

    ids = {a.id: a.handler for a in ACTIONS}
    assert ids["open_pcn"] == "open_pcn:file" and ids["open_pcn_database"] == "open_pcn:database"
