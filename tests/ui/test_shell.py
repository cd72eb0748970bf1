"""The window on a plan: pages show the engine's figures, edits are undoable, files are
saved and reopened, changes are never lost without asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.store import PlanLock, load_plan
from tests.planner.builders import two_role_plan
from tests.ui.windows import Answers, cell, open_window, role_row, saved_plan, set_cell
from ui.wizards.rota_wizard import RotaImportWizard

Button = QMessageBox.StandardButton


def test_sample_opens_on_first_run(qtbot) -> None:
    window = open_window(qtbot)
    assert window.windowTitle() == "Riverside Medical Practice (sample)[*] — Skillmix"
    assert not window.isWindowModified()
    assert window.document.problems == []
    assert window.document.results is not None
    assert window.page("workload").headline.text().startswith("Bureaucracy and other non-patient work: ")
    assert window.page("team").staff.rowCount() == len(window.document.plan.staff) > 10


def test_editing_hours_updates_capacity_and_undo_restores(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, saved_plan(tmp_path))
    team = window.page("team")
    gp = role_row(team.capacity, "General practitioner")
    # GP capacity: (30 + 20) h x (1 - 0.10 leave) = 45 h
    assert cell(team.capacity, gp, "capacity") == "45.0 h"
    assert set_cell(team.staff, 1, "weekly_hours", "10")
    # (30 + 10) x 0.9 = 36 h
    assert cell(team.capacity, gp, "capacity") == "36.0 h"
    assert window.document.results.baseline.capacity["GP"] == pytest.approx(36.0)
    assert cell(team.staff, 1, "weekly_hours") == "10.0"
    assert window.actions_by_id["undo"].text() == "&Undo Change hours of Dr Two"
    assert window.isWindowModified()
    window.actions_by_id["undo"].trigger()
    assert cell(team.capacity, gp, "capacity") == "45.0 h"
    assert not window.isWindowModified()
    assert window.actions_by_id["redo"].text() == "&Redo Change hours of Dr Two"


def test_a_value_that_can_never_be_right_is_refused_with_the_reason(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, saved_plan(tmp_path))
    team = window.page("team")
    assert not set_cell(team.staff, 0, "weekly_hours", "-3")
    assert window.document.plan.staff[0].weekly_hours == 30
    assert team.refusal.text() == "Hours must be at least 0."
    assert window.document.undo_stack.count() == 0


def test_gp_work_above_the_rota_shows_as_unrostered(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, saved_plan(tmp_path))
    workload = window.page("workload")
    # GP time: appointments 100 x 0.7 x 10 / 60 = 11.67 h, letters 200 x 2 / 60 = 6.67 h;
    # bureaucracy (letters) 6.67 / 18.33 = 36%
    assert workload.headline.text() == "Bureaucracy and other non-patient work: 6.7 h a week, 36% of GP time"
    gp = role_row(workload.capacity, "General practitioner")
    assert cell(workload.capacity, gp, "gap") == "26.7 h spare"  # 45 - 18.33
    set_cell(window.page("team").staff, 0, "weekly_hours", "0")
    # capacity 20 x 0.9 = 18 h against 18.33 h of work: 0.3 h unrostered
    assert cell(workload.capacity, gp, "gap") == "0.3 h unrostered"
    assert cell(workload.capacity, gp, "use") == "102%"
    assert workload.capacity.index(gp, 4).data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted background


def test_activity_minutes_and_shares_edit_through_the_table(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, saved_plan(tmp_path))
    activities = window.page("workload").activities
    assert activities.headerData(3, Qt.Orientation.Horizontal) == "Volume from"
    assert activities.headerData(4, Qt.Orientation.Horizontal) == "General\npractitioner"
    assert set_cell(activities, 1, "minutes.PN", "3")
    assert window.document.plan.activity("letters").minutes == {"GP": 2, "PN": 3}
    activities.set_mode("share")
    assert cell(activities, 0, "share.PN") == "30%"
    assert set_cell(activities, 0, "share.PN", "50")
    assert window.document.plan.activity("appts").split == pytest.approx({"GP": 0.5, "PN": 0.5})
    assert window.document.undo_stack.undoText() == "Change who does Appointments"
    activities.set_mode("hours")
    # GP: 100 x 0.5 x 10 / 60 = 8.3 h
    assert cell(activities, 0, "hours.GP") == "8.3"


def test_assumption_override_is_marked_and_reset(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, saved_plan(tmp_path))
    practice = window.page("practice")
    model = practice.assumptions
    row = [model.row(r).key for r in range(model.rowCount())].index("employer_ni_rate")
    assert cell(model, row, "status") == "Default"
    assert "gov.uk" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)  # tooltip names the source
    assert set_cell(model, row, "value", "13.8")
    assert window.document.plan.assumptions.employer_ni_rate == pytest.approx(0.138)
    assert cell(model, row, "status") == "Your figure"
    reset = practice.assumption_view.indexWidget(model.index(row, model.column_keys().index("reset")))
    reset.click()
    assert window.document.plan.assumptions.employer_ni_rate == pytest.approx(0.15)
    assert window.document.undo_stack.undoText() == "Reset employer NI rate"


def test_practice_list_size_typed_in_the_form(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, saved_plan(tmp_path))
    field = window.page("practice").fields["list_size"]
    field.setText("12000")
    field.editingFinished.emit()
    assert window.document.plan.practice.list_size == 12000
    assert window.document.undo_stack.undoText() == "Change list size"


def test_save_and_reopen_keeps_everything(qtbot, tmp_path: Path) -> None:
    path = saved_plan(tmp_path)
    window = open_window(qtbot, path)
    set_cell(window.page("team").staff, 2, "weekly_hours", "22.5")
    set_cell(window.page("practice").roles, 1, "leave_fraction", "20")
    edited = window.document.plan
    assert window.files.save()
    assert not window.isWindowModified()
    assert load_plan(path) == edited
    window.close()
    again = open_window(qtbot, path)
    assert again.document.plan == edited
    # PN capacity: 22.5 x (1 - 0.20) = 18 h
    assert again.document.results.baseline.capacity["PN"] == pytest.approx(18.0)


def test_save_as_moves_to_the_new_file(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, saved_plan(tmp_path))
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    set_cell(window.page("team").staff, 0, "name", "Dr Renamed")
    assert window.files.save_as()
    assert window.document.path == tmp_path / "copy.skillmix"
    assert load_plan(tmp_path / "copy.skillmix").staff[0].name == "Dr Renamed"
    assert load_plan(tmp_path / "Test Practice.skillmix").staff[0].name == "Dr One"
    assert window.windowTitle() == "copy[*] — Skillmix"
    assert [p.name for p in window.settings.recent_plans()][:1] == ["copy.skillmix"]


def test_close_prompt_names_the_plan_and_cancel_keeps_the_window(qtbot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_plan(tmp_path)
    window = open_window(qtbot, path)
    window.show()
    set_cell(window.page("team").staff, 0, "weekly_hours", "31")
    answers = Answers(monkeypatch, Button.Cancel, Button.Discard)
    assert not window.close()
    assert answers.asked == ["Save changes to Test Practice before closing it?"]
    assert window.isVisible()
    assert window.close()
    assert load_plan(path).staff[0].weekly_hours == 30  # discarded


def test_close_prompt_save_writes_the_file(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_plan(tmp_path)
    window = open_window(qtbot, path)
    set_cell(window.page("team").staff, 0, "weekly_hours", "31")
    Answers(monkeypatch, Button.Save)
    assert window.close()
    assert load_plan(path).staff[0].weekly_hours == 31


def test_plan_in_use_opens_read_only_when_asked(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_plan(tmp_path)
    with PlanLock(path):
        answers = Answers(monkeypatch, Button.Open)
        window = open_window(qtbot, path)
        assert "already open in Skillmix" in answers.asked[0]
        assert window.document.read_only
        assert window.windowTitle() == "Test Practice (read-only)[*] — Skillmix"
        staff = window.page("team").staff
        assert not staff.flags(staff.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
        assert not window.page("team").add_button.isEnabled()
        from planner import edits

        window.document.apply(edits.set_staff_field(window.document.plan, 0, "weekly_hours", 1))
        assert window.document.plan.staff[0].weekly_hours == 30
        assert "read-only" in window.statusBar().currentMessage()
        # Save As makes the user's own copy, which can be changed
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(tmp_path / "mine.skillmix"), ""))
        assert window.files.save()
        assert not window.document.read_only
        assert staff.flags(staff.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
        assert window.windowTitle() == "mine[*] — Skillmix"


def test_plan_in_use_cancel_falls_back_to_the_sample(qtbot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_plan(tmp_path)
    with PlanLock(path):
        Answers(monkeypatch, Button.Cancel)
        window = open_window(qtbot, path)
    assert window.document.path is None
    assert window.document.title == "Riverside Medical Practice (sample)"


def test_last_plan_reopens_on_next_start(qtbot, tmp_path: Path) -> None:
    path = saved_plan(tmp_path)
    window = open_window(qtbot, path)
    window.close()
    assert open_window(qtbot).document.path == path


def test_dropped_files(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot)
    other = saved_plan(tmp_path, two_role_plan(), "Dropped")
    assert window.files.accepts_drop([tmp_path / "rota.xlsx"])
    assert not window.files.accepts_drop([tmp_path / "notes.txt"])
    with qtbot.waitSignal(window.files.rotaRequested) as signal:
        window.files.handle_drop([tmp_path / "rota.xlsx"])
    assert signal.args == [tmp_path / "rota.xlsx"]
    wizard = window.findChild(RotaImportWizard)
    assert wizard.file_page.path.text() == str(tmp_path / "rota.xlsx")
    wizard.reject()
    window.files.handle_drop([other])
    assert window.document.path == other
    assert window.windowTitle() == "Dropped[*] — Skillmix"


def test_every_page_builds_on_the_sample(qtbot) -> None:
    window = open_window(qtbot)
    for n in range(window.navigation.count()):
        window.navigation.setCurrentRow(n)
        assert window.current_page() is list(window.pages.values())[-1]
    assert len(window.pages) == window.navigation.count() == 7


def test_about_names_the_version_and_reference_edition(qtbot) -> None:
    import planner
    from planner.reference import current_edition
    from ui.window_handlers import about_text

    edition = current_edition()
    assert f"Skillmix {planner.__version__}" in about_text()
    assert f"Reference figures: {edition} edition" in about_text()


def test_window_layout_and_recent_plans_are_remembered(qtbot, tmp_path: Path) -> None:
    path = saved_plan(tmp_path)
    window = open_window(qtbot, path)
    window.resize(700, 500)  # within the offscreen screen (800 x 600)
    window.show_page("workload")
    window.close()
    again = open_window(qtbot, path)
    assert (again.width(), again.height()) == (700, 500)
    assert again.current_page() is again.page("workload")
    assert [a.text() for a in again.recent_menu.actions()] == ["Test Practice.skillmix"]


def test_keyboard_shortcuts_for_common_actions(qtbot) -> None:
    window = open_window(qtbot)
    shortcuts = {key: a.shortcut().toString() for key, a in window.actions_by_id.items()}
    assert shortcuts["save"] == "Ctrl+S" and shortcuts["open"] == "Ctrl+O"
    assert shortcuts["undo"] == "Ctrl+Z" and shortcuts["page_team"] == "Ctrl+2"
    window.actions_by_id["page_team"].trigger()
    assert window.current_page() is window.page("team")


def test_import_rota_button_opens_the_wizard(qtbot) -> None:
    window = open_window(qtbot)
    window.page("team").import_button.click()
    wizard = window.findChild(RotaImportWizard)
    assert wizard.isVisible() and wizard.document is window.document
    wizard.reject()


def test_autosave_runs_every_minute(qtbot) -> None:
    window = open_window(qtbot)
    assert window.files.autosaver._timer.interval() == 60_000
    assert window.files.autosaver._timer.isActive()


def test_new_plan_starts_from_the_catalogue(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.catalogue import default_roles

    window = open_window(qtbot, saved_plan(tmp_path))
    set_cell(window.page("team").staff, 0, "weekly_hours", "31")
    Answers(monkeypatch, Button.Discard)
    window.files.new_plan()
    assert window.windowTitle() == "New plan[*] — Skillmix"
    assert window.document.path is None and window.files.lock is None
    assert [r.code for r in window.document.plan.roles] == [r.code for r in default_roles()]
    assert window.document.problems == []


def test_role_is_chosen_from_a_drop_down_of_role_titles(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    window = open_window(qtbot, saved_plan(tmp_path))
    team = window.page("team")
    index = team.staff.index(0, team.staff.column_keys().index("role"))
    delegate = team.staff_view.itemDelegate()
    editor = delegate.createEditor(team.staff_view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["General practitioner", "Practice nurse"]
    editor.setCurrentText("Practice nurse")
    delegate.setModelData(editor, team.staff, index)
    assert window.document.plan.staff[0].role == "PN"
    assert window.document.undo_stack.undoText() == "Change role of Dr One"


def test_a_plan_with_problems_opens_and_says_what_to_fix(qtbot, tmp_path: Path) -> None:
    from planner.model import Staff

    broken = two_role_plan(staff=(Staff("Dr One", "GP", 30), Staff("Locum", "LOCUM", 10)))
    window = open_window(qtbot, saved_plan(tmp_path, broken))
    assert window.document.results is None
    assert window._problems.text() == "⚠ 1 problem to fix before the figures can be worked out"
    assert "'LOCUM' is not a role code" in window._problems.toolTip()
    workload = window.page("workload")
    assert workload.headline.text().startswith("The figures wait")
    assert workload.capacity.rowCount() == 0
    staff = window.page("team").staff
    assert cell(staff, 1, "role") == "LOCUM (not a role of this plan)"
    assert set_cell(staff, 1, "role", "General practitioner")
    assert window._problems.text() == "No problems"
    assert workload.headline.text() == "Bureaucracy and other non-patient work: 6.7 h a week, 36% of GP time"
