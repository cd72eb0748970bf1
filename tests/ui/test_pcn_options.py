"""The PCN window's Options tab: create an option, recruit a post with its sessions split across two
practices (the allocation bar previews the hand-worked amount as you type), undo and redo, redeploy,
link a practice's own option, and refusals in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QMessageBox

from planner.pcn.session import PcnSession
from planner.pcn.store import create_file, open_location
from tests.planner.pcn.tiny import tiny_pcn
from ui.pcn.opening import open_location as open_window

HAND_WORKED = 30_000 * 182 / 365  # ARRS of 0.5 WTE pharmacist (cap 60,000/WTE) from 1 Oct 2026


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "tiny.skillmix-pcn"
    create_file(path, tiny_pcn()).engine.dispose()
    w = open_window(str(path))
    assert w is not None
    qtbot.addWidget(w)
    w.path = path  # type: ignore[attr-defined]
    w.tabs.setCurrentWidget(w.options_panel)
    return w


def new_option(window, monkeypatch, name: str = "Hire") -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    window.options_panel.new.click()


def fill_recruit(form, sessions: dict[str, float]) -> None:
    form.role.setCurrentIndex(form.role.findData("PHARM"))
    form.name.setText("P3")
    form.name.textEdited.emit("P3")
    form.wte.setValue(0.5)
    form.start.setDate(QDate(2026, 10, 1))
    for code, n in sessions.items():
        form.sessions.boxes[code].setValue(n)


def test_create_an_option_and_recruit_across_two_practices_with_undo_and_redo(window, monkeypatch):
    panel, stack = window.options_panel, window.document.undo_stack
    new_option(window, monkeypatch)
    assert window.document.pcn.option("Hire") is not None and panel.current().name == "Hire"
    assert window.option.currentText() == "Hire" or window.option.findText("Hire") >= 0
    panel.add_recruit.click()
    form = panel.editor.forms["recruit"]
    fill_recruit(form, {"A": 2.0, "B": 2.5})
    # previewed as typed, before anything reaches the plan
    assert window.option.currentText() == "Hire"
    assert window.bar.money.planned == pytest.approx(HAND_WORKED)
    assert window.bar.money.headroom == pytest.approx(100_000 - 60_000 - HAND_WORKED)
    assert window.document.pcn.option("Hire").changes == ()
    assert form.sessions.total.text() == "4.5 of 4.5 sessions (0.5 WTE)"
    panel.editor.accept.click()
    staff = window.document.pcn.option("Hire").changes[0].staff
    assert (staff.name, staff.role, staff.wte, staff.start_date) == ("P3", "PHARM", 0.5, "2026-10-01")
    assert staff.sessions == {"A": 2.0, "B": 2.5}
    assert window.bar.money.planned == pytest.approx(HAND_WORKED)
    assert panel.changes.item(0).text().startswith("1. Recruit Clinical pharmacist (P3), 0.5 WTE: 2 at Practice A")
    stack.undo()
    assert window.document.pcn.option("Hire").changes == () and window.bar.money.planned == 0
    stack.undo()
    assert window.document.pcn.option("Hire") is None
    stack.redo()
    stack.redo()
    assert window.bar.money.planned == pytest.approx(HAND_WORKED)
    assert window.save()
    saved = PcnSession.open(open_location(window.path)).pcn
    assert saved.option("Hire").changes[0].staff.sessions == {"A": 2.0, "B": 2.5}


def test_what_cannot_be_right_is_said_as_you_type_and_rule_breaks_are_named(window, monkeypatch):
    panel = window.options_panel
    new_option(window, monkeypatch)
    panel.add_recruit.click()
    form = panel.editor.forms["recruit"]
    fill_recruit(form, {"A": 4.0, "B": 1.0})
    assert not panel.editor.accept.isEnabled()
    assert "Sessions add up to 5 a week but 0.5 WTE is 4.5 sessions" in panel.editor.words.text()
    form.sessions.boxes["B"].setValue(0.5)
    form.role.setCurrentIndex(form.role.findData("PN"))
    form.recent.setChecked(True)
    assert panel.editor.accept.isEnabled()
    assert "12-month rule" in panel.editor.words.text() and "12-month rule" in window.rules.text()
    panel.editor.cancel.click()
    assert window.document.pcn.option("Hire").changes == () and "12-month rule" not in window.rules.text()


def test_only_sensible_choices_are_offered(window, monkeypatch):
    panel = window.options_panel
    new_option(window, monkeypatch)
    panel.add_recruit.click()
    roles = panel.editor.forms["recruit"].role
    assert [roles.itemData(i) for i in range(roles.count())] == ["PHARM", "PN"]  # the ARRS roles of the PCN
    assert list(panel.editor.forms["recruit"].sessions.boxes) == ["A", "B"]
    panel.editor.cancel.click()
    panel.add_redeploy.click()
    who = panel.editor.forms["redeploy"].who
    assert [who.itemData(i) for i in range(who.count())] == ["P1"]


def test_redeploy_link_rename_copy_and_delete(window, monkeypatch):
    panel, stack = window.options_panel, window.document.undo_stack
    new_option(window, monkeypatch)
    panel.add_redeploy.click()
    form = panel.editor.forms["redeploy"]
    assert form.sessions.boxes["A"].value() == 3.0  # starts from the sessions now
    form.sessions.boxes["A"].setValue(5.0)
    form.sessions.boxes["B"].setValue(1.0)
    panel.editor.accept.click()
    assert window.document.pcn.option("Hire").changes[0].sessions == {"A": 5.0, "B": 1.0}
    box = panel.links.itemAt(0, panel.links.ItemRole.FieldRole).widget()
    box.setCurrentIndex(box.findData("Pharm work"))
    assert window.document.pcn.option("Hire").practice_options == {"A": "Pharm work"}
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Winter", True))
    panel.rename.click()
    assert [o.name for o in window.document.pcn.options] == ["Grow", "Winter"]
    panel.copy.click()
    assert [o.name for o in window.document.pcn.options] == ["Grow", "Winter", "Copy of Winter"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.select("Grow")
    panel.delete.click()
    assert [o.name for o in window.document.pcn.options] == ["Winter", "Copy of Winter"]
    stack.undo()
    assert window.document.pcn.option("Grow") is not None


def test_a_name_taken_is_refused_in_words(window, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    new_option(window, monkeypatch, "grow")
    assert said == ["There is already a PCN option called 'grow'."]


def test_london_weighting_of_the_shared_team_is_one_undoable_step(qtbot, tmp_path, monkeypatch):
    from planner.sample import sample_pcn

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "sample.skillmix-pcn"
    create_file(path, sample_pcn()).engine.dispose()
    w = open_window(str(path))
    qtbot.addWidget(w)
    committed = w.bar.money.committed
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Outer London", True))
    w.choose_london_weighting()
    assert w.document.pcn.hcas_zone == "outer" and "London weighting: Outer London" in w.note.text()
    assert w.bar.money.committed == pytest.approx(committed + 42_688.83, abs=0.01)
    w.document.undo_stack.undo()
    assert w.document.pcn.hcas_zone == "" and w.bar.money.committed == committed


def test_editing_a_change_in_place_is_one_undoable_step(window):
    panel, stack = window.options_panel, window.document.undo_stack
    panel.select("Grow")
    panel.changes.setCurrentRow(1)  # Redeploy P1: 2 in A, 4 in B
    panel.edit_change.click()
    form = panel.editor.forms["redeploy"]
    assert panel.editor.accept.text() == "Save change" and form.who.currentData() == "P1"
    assert form.sessions.boxes["A"].value() == 2.0 and form.sessions.boxes["B"].value() == 4.0
    form.sessions.boxes["B"].setValue(5.0)
    panel.editor.accept.click()
    assert window.document.pcn.option("Grow").changes[1].sessions == {"A": 2.0, "B": 5.0}
    assert stack.undoText().startswith("Change Grow: Redeploy P1")
    stack.undo()
    assert window.document.pcn.option("Grow").changes[1].sessions == {"A": 2.0, "B": 4.0}
