"""First start (issue 12): the sample says it is a sample and offers "Start your practice"
(name, patients, rooms, then a rota or typing the team); New plan asks the same; a checklist
under the pages ticks each step as the plan shows it done."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from planner import edits
from planner.model import Staff
from tests.ui.windows import Answers, open_window
from ui.widgets.first_run import StartPractice


def fill_in(monkeypatch: pytest.MonkeyPatch, name: str, patients: int, rooms: int, rota: bool) -> list[StartPractice]:
    shown: list[StartPractice] = []

    def exec_(dialog: StartPractice) -> int:
        shown.append(dialog)
        dialog.name.setText(name)
        dialog.patients.setValue(patients)
        dialog.rooms.setValue(rooms)
        (dialog.rota if rota else dialog.type_team).setChecked(True)
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(StartPractice, "exec", exec_)
    return shown


def test_the_sample_says_so_and_starting_a_practice_leads_to_the_team(qtbot, monkeypatch) -> None:
    window = open_window(qtbot)
    window.show()
    assert window.document.sample
    banner = window.sample_banner
    assert banner.isVisible() and "sample practice" in banner.message.text()
    assert window.checklist.texts()[0] == "○ Start your practice"
    shown = fill_in(monkeypatch, "Hill Street Surgery", 6200, 5, rota=False)
    banner.start_button.click()
    assert shown
    plan = window.document.plan
    assert (plan.practice.name, plan.practice.list_size, plan.practice.consulting_rooms) == \
        ("Hill Street Surgery", 6200, 5)
    assert plan.staff == () and not window.document.sample
    assert not banner.isVisible()
    assert window.current_page() is window.page("team")  # typing the team: the Team page
    assert window.windowTitle().startswith("Hill Street Surgery")
    assert window.checklist.texts()[:2] == ["✓ Your practice", "○ Your team"]
    window.document.apply(edits.add_staff(window.document.plan, Staff("Dr One", "GP", 30)))
    assert window.checklist.texts()[1] == "✓ Your team"


def test_choosing_the_rota_starts_its_import(qtbot, monkeypatch) -> None:
    window = open_window(qtbot)
    asked: list[str] = []
    monkeypatch.setattr(window, "import_rota", lambda path=None: asked.append("rota"))
    fill_in(monkeypatch, "Hill Street Surgery", 6200, 5, rota=True)
    window.sample_banner.start_button.click()
    assert asked == ["rota"]


def test_new_plan_asks_for_the_practice_instead_of_making_one_silently(qtbot, monkeypatch) -> None:
    window = open_window(qtbot)
    window.document.apply(edits.set_practice(window.document.plan, "list_size", "9000"))
    Answers(monkeypatch, QMessageBox.StandardButton.Discard)  # the changed sample is let go
    shown = fill_in(monkeypatch, "Moor Lane Practice", 4100, 3, rota=False)
    window.actions_by_id["new"].trigger()
    assert shown and window.document.plan.practice.name == "Moor Lane Practice"
    assert window.document.plan.practice.list_size == 4100


def test_the_dialog_needs_a_name_and_patients(qtbot) -> None:
    dialog = StartPractice()
    qtbot.addWidget(dialog)
    dialog.patients.setValue(5000)
    dialog.ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and "name" in dialog.problem.text()
    dialog.name.setText("Hill Street")
    dialog.patients.setValue(0)
    dialog.ok.click()
    assert "registered patients" in dialog.problem.text()
    dialog.patients.setValue(5000)
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_checklist_step_shows_its_page(qtbot) -> None:
    window = open_window(qtbot)
    window.checklist.rows[3].linkActivated.emit("scenarios")
    assert window.current_page() is window.page("scenarios")


def test_the_data_line_keys_are_the_importers_keys() -> None:
    from planner.appointments.apply import EXTRAS_KEY as DATA
    from planner.appointments.book import EXTRAS_KEY as BOOK
    from ui.data_line import IMPORTED_KEYS

    assert IMPORTED_KEYS == (DATA, BOOK)


def test_the_window_knows_the_spreadsheet_suffixes_the_readers_read() -> None:
    from planner.excel import READABLE_SUFFIXES
    from ui.file_ops import ROTA_SUFFIXES

    assert ROTA_SUFFIXES == READABLE_SUFFIXES
