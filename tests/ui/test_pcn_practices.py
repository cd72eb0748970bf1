"""A member practice's own plan from the PCN window: opened in the practice app, edited, saved back
into the PCN location as one save of its part (revision checked), reopened; a conflicting save
explained and re-applied or kept; a practice's .skillmix plan imported as one undoable edit; and on
PostgreSQL a practice manager saves their own practice but not another's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.edits.practice import set_practice
from planner.pcn.practice_part import PracticePart
from planner.pcn.session import PcnSession
from planner.pcn.store import create_file, open_location
from planner.sample import sample_pcn
from planner.store import save_plan
from tests.planner.pcn.conftest import make_database, pg_cluster  # noqa: F401 (a fixture)
from ui.pcn import practices
from ui.pcn.opening import open_location as open_window

Button = QMessageBox.StandardButton


@pytest.fixture
def said(monkeypatch) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"information": [], "warning": [], "question": []}
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: out["information"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: out["warning"].append(text))

    def question(_p, _t, text, *_a):  # type: ignore[no-untyped-def]
        out["question"].append(text)
        return out.get("answer", [Button.Discard])[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return out


def pcn_window(qtbot, location: str):  # type: ignore[no-untyped-def]
    w = open_window(location)
    assert w is not None
    qtbot.addWidget(w)
    return w


@pytest.fixture
def file_location(tmp_path) -> str:
    path = tmp_path / "sample.skillmix-pcn"
    create_file(path, sample_pcn()).engine.dispose()
    return str(path)


def open_practice(qtbot, window, code: str = "X10002"):  # type: ignore[no-untyped-def]
    practice = practices.open_practice(window, code)
    assert practice is not None
    qtbot.addWidget(practice)
    return practice


def test_open_edit_save_back_and_reopen(qtbot, file_location, said):
    window = pcn_window(qtbot, file_location)
    practice = open_practice(qtbot, window)
    assert practice.document.plan is window.document.pcn.practice("X10002").plan
    assert "Millbrook Surgery in Riverside and Weald PCN" in practice.windowTitle()
    assert practices.open_practice(window, "X10002") is practice  # one window a practice
    practice.document.apply(set_practice(practice.document.plan, "list_size", "7900"))
    assert practice.isWindowModified()
    practice.actions_by_id["save"].trigger()
    assert not practice.document.modified and said["warning"] == []
    reopened = PcnSession.open(open_location(file_location))
    assert reopened.pcn.practice("X10002").list_size == 7900
    assert reopened.revisions == {"PCN": 1, "X10001": 1, "X10002": 2, "X10003": 1, "X10004": 1}
    # the PCN window shows it at once, and its own save does not write the practice again
    assert window.document.pcn.practice("X10002").list_size == 7900 and not window.document.modified
    window.team.setData(window.team.index(0, 3), "2")
    window.document.undo_stack.undo()
    assert window.document.pcn.practice("X10002").list_size == 7900  # undo never brings the old plan back
    assert window.save()
    assert PcnSession.open(open_location(file_location)).revisions["X10002"] == 2


def test_a_conflicting_save_is_explained_and_re_applied(qtbot, file_location, said):
    window = pcn_window(qtbot, file_location)
    practice = open_practice(qtbot, window)
    other = PracticePart.of(PcnSession.open(open_location(file_location)), "X10002")
    other.save(replace(other.saved_plan, practice=replace(other.saved_plan.practice, consulting_rooms=9)),
               "Rooms at Millbrook")
    practice.document.apply(set_practice(practice.document.plan, "list_size", "7900"))
    assert not practice.files.save()
    assert "Rooms at Millbrook" in said["information"][0] and "re-applied" in said["information"][0]
    plan = practice.document.plan.practice
    assert (plan.list_size, plan.consulting_rooms) == (7900, 9) and practice.document.modified
    assert window.document.pcn.practice("X10002").plan.practice.consulting_rooms == 9  # theirs, as saved
    assert practice.files.save()
    final = PcnSession.open(open_location(file_location)).pcn.practice("X10002").plan.practice
    assert (final.list_size, final.consulting_rooms) == (7900, 9)


def test_both_changing_the_same_value_asks_and_can_save_over_theirs(qtbot, file_location, said):
    window = pcn_window(qtbot, file_location)
    practice = open_practice(qtbot, window)
    other = PracticePart.of(PcnSession.open(open_location(file_location)), "X10002")
    other.save(replace(other.saved_plan, practice=replace(other.saved_plan.practice, list_size=8100)), "Theirs")
    practice.document.apply(set_practice(practice.document.plan, "list_size", "7900"))
    said["answer"] = [Button.Yes]
    assert practice.files.save()
    assert "You both changed practice.list_size" in said["question"][0]
    assert PcnSession.open(open_location(file_location)).pcn.practice("X10002").list_size == 7900


def test_import_a_practice_plan_from_the_window(qtbot, file_location, said, tmp_path):
    window = pcn_window(qtbot, file_location)
    plan = window.document.pcn.practice("X10001").plan
    path = tmp_path / "riverside.skillmix"
    save_plan(replace(plan, practice=replace(plan.practice, name="Millbrook (new)", list_size=8000)), path)
    assert practices.import_practice(window, "X10002", path)
    assert window.document.pcn.practice("X10002").name == "Millbrook (new)" and window.isWindowModified()
    window.document.undo_stack.undo()
    assert window.document.pcn.practice("X10002").name == "Millbrook Surgery"
    window.document.undo_stack.redo()
    assert window.save()
    assert PcnSession.open(open_location(file_location)).pcn.practice("X10002").list_size == 8000
    assert not practices.import_practice(window, "X10002", tmp_path / "missing.skillmix")
    assert said["warning"]


def test_a_practice_manager_saves_their_practice_and_not_another(qtbot, request, said):
    pcn_db = make_database(request.getfixturevalue("pg_cluster"))
    window = pcn_window(qtbot, pcn_db.url("pm_x10002"))
    own = open_practice(qtbot, window, "X10002")
    own.document.apply(set_practice(own.document.plan, "list_size", "7900"))
    assert own.files.save() and said["warning"] == []
    assert "you may change Millbrook Surgery's own plan only" in window.note.text()
    other = open_practice(qtbot, window, "X10001")
    assert other.document.read_only and "(read-only)" in other.windowTitle()
    other.document.apply(set_practice(other.document.plan, "list_size", "1"))
    assert other.document.plan.practice.list_size == 10400  # refused: not theirs to change
    assert not other.files.save()
    assert "not change it in" in said["warning"][0] and "your database rights" in said["warning"][0]
    final = PcnSession.open(open_location(pcn_db.url("pcn_lead"))).pcn
    assert final.practice("X10002").list_size == 7900 and final.practice("X10001").list_size == 10400


def test_closing_the_pcn_window_closes_its_practice_windows_asking_first(qtbot, file_location, said):
    window = pcn_window(qtbot, file_location)
    practice = open_practice(qtbot, window)
    practice.document.apply(set_practice(practice.document.plan, "list_size", "7900"))
    said["answer"] = [Button.Cancel]
    assert not window.close() and practice.isVisible()
    said["answer"] = [Button.Save]
    assert window.close() and not practice.isVisible()
    assert PcnSession.open(open_location(file_location)).pcn.practice("X10002").list_size == 7900
