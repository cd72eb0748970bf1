"""The rota import wizard: a fixture workbook (built here with openpyxl) goes in as one undo
step; a bad rota shows its problems by sheet and cell and cannot be finished until fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWizard

from tests.planner.builders import two_role_plan
from ui.document import PlanDocument
from ui.theme import WARNING
from ui.wizards.rota_wizard import RotaImportWizard

S = 25 / 6  # one session without times: 4 h 10 min
HEADER = ["Name", "Job title", "Mon AM", "Mon PM", "Tue AM", "Tue PM", "Wed AM", "Wed PM"]


def rota(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook()
    week = wb.active
    week.title = "Week 1"
    week.append(HEADER)
    for row in rows:
        week.append(row)
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Bank holiday cover to be agreed"
    wb.save(path)
    return path


GOOD = [
    # Dr One: Surgery x3 + Admin = 4 sessions = 4 x 25/6 = 16.67 h (already in the plan: updated)
    ["Dr One", "GP partner", "Surgery", "Surgery", "Admin", "Surgery", "off", "off"],
    # Nurse Two: Clinic x3 = 12.5 h (new: added as a practice nurse)
    ["Nurse Two", "practice nurse", "Clinic", "Clinic", "Clinic", "-", "-", "-"],
]


def run_to_preview(qtbot, document: PlanDocument, path: Path) -> RotaImportWizard:  # type: ignore[no-untyped-def]
    wizard = RotaImportWizard(document, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # file -> sheets
    assert wizard.currentPage() is wizard.sheets_page
    sheets = wizard.sheets_page.list
    assert [sheets.item(i).text() for i in range(sheets.count())] == ["Week 1", "Notes"]
    sheets.item(1).setCheckState(sheets.item(1).checkState().Unchecked)
    wizard.next()  # reads in a worker thread, then shows the preview
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def test_fixture_rota_imports_as_one_undo_step(qtbot, tmp_path: Path) -> None:
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "rota.xlsx", GOOD))
    people = wizard.preview_page.people
    assert [people.records[r][:3] for r in range(people.rowCount())] == [
        ["Dr One", "General practitioner", "16.7"],
        ["Nurse Two", "Practice nurse", "12.5"],
    ]
    assert people.data(people.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "Job title in the rota: GP partner"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled() and not finish.isVisible()  # no skipping the confirm page
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    assert finish.isEnabled() and finish.isVisible()
    changes = wizard.confirm_page.changes
    # Dr One 30 h -> 4 sessions = 16.7 h: -44% (flagged); Nurse Two is new
    assert [[changes.text(r, c) for c in (1, 2, 3)] for r in range(changes.rowCount())] == [
        ["Dr One", "General practitioner (no change)", "30.0 → 16.7 (-44%)"],
        ["Nurse Two", "New: Practice nurse", "New: 12.5"],
    ]
    assert [changes.flagged(0, 2), changes.flagged(0, 3), changes.flagged(1, 3)] == [False, True, False]
    assert "Import 2 of 2 people" in wizard.confirm_page.text.text()
    assert "1 already in the team" in wizard.confirm_page.text.text()
    assert "Dr One works 30.0 h a week in your plan and 16.7 h in the rota (-44%)" in \
        wizard.confirm_page.checks.text()
    wizard.accept()
    staff = {s.name: (s.role, s.weekly_hours) for s in document.plan.staff}
    # hours are kept to 4 decimals
    assert staff == {"Dr One": ("GP", pytest.approx(4 * S, abs=1e-4)), "Dr Two": ("GP", 20),
                     "Nurse One": ("PN", 30), "Nurse Two": ("PN", pytest.approx(3 * S, abs=1e-4))}
    # GP capacity (16.67 + 20) x 0.9 = 33 h; PN (30 + 12.5) x 0.9 = 38.25 h
    assert document.results.baseline.capacity["GP"] == pytest.approx(33.0, abs=1e-3)
    assert document.results.baseline.capacity["PN"] == pytest.approx(38.25, abs=1e-3)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Import rota from rota.xlsx"
    document.undo_stack.undo()
    assert document.plan == two_role_plan()


# Nurse One is a practice nurse (30 h) in the plan; this rota calls a "Nurse One" a GP partner
# with 3 sessions = 12.5 h: the same name, perhaps not the same person
CLASH = [GOOD[0], ["Nurse One", "GP partner", "Surgery", "Surgery", "Surgery", "-", "-", "-"], GOOD[1]]


def test_a_name_clash_is_flagged_in_red_with_what_to_check(qtbot, tmp_path: Path) -> None:
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "clash.xlsx", CLASH))
    wizard.next()
    changes = wizard.confirm_page.changes
    assert changes.text(1, 2) == "Practice nurse → General practitioner"
    assert changes.text(1, 3) == "30.0 → 12.5 (-58%)"  # 12.5 / 30 - 1 = -58.3%
    role = changes.index(1, 2)
    assert changes.flagged(1, 2)
    assert changes.data(role, Qt.ItemDataRole.ForegroundRole) == QColor(WARNING)
    assert changes.data(role, Qt.ItemDataRole.FontRole).bold()
    warning = ("Nurse One is a Practice nurse working 30.0 h a week in your plan; the rota says "
               "General practitioner, 12.5 h (-58%). Check it is the same person.")
    assert warning in changes.data(role, Qt.ItemDataRole.ToolTipRole)
    assert warning in wizard.confirm_page.checks.text()
    assert not changes.flagged(2, 2)  # Nurse Two is new: nothing to check


def tick_states(page) -> list[bool]:  # type: ignore[no-untyped-def]
    changes = page.changes
    return [changes.data(changes.index(r, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            for r in range(changes.rowCount())]


def test_a_role_change_starts_unticked_and_is_left_as_it_is(qtbot, tmp_path: Path) -> None:
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "clash.xlsx", CLASH))
    wizard.next()
    page = wizard.confirm_page
    # Dr One (hours flagged only) and Nurse Two (new) ticked; Nurse One (a role change) not
    assert [page.changes.text(r, 1) for r in range(3)] == ["Dr One", "Nurse One", "Nurse Two"]
    assert page.changes.flagged(0, 3) and not page.changes.flagged(0, 2)
    assert tick_states(page) == [True, False, True]
    assert "Import 2 of 3 people" in page.text.text()
    assert "1 unticked stays as in your plan" in page.text.text()
    checks = page.checks.text()
    held = checks.index("Not imported unless you tick them")
    assert checks.index("Dr One works 30.0 h a week in your plan") < held  # to check, ticked
    assert checks.index("Nurse One is a Practice nurse") > held  # explained, not imported
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    staff = {s.name: (s.role, round(s.weekly_hours, 4)) for s in document.plan.staff}
    assert staff == {"Dr One": ("GP", round(4 * S, 4)), "Dr Two": ("GP", 20), "Nurse One": ("PN", 30),
                     "Nurse Two": ("PN", round(3 * S, 4))}
    assert document.undo_stack.count() == 1


def test_a_role_change_ticked_by_hand_stays_ticked_and_is_imported(qtbot, tmp_path: Path) -> None:
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "clash.xlsx", CLASH))
    wizard.next()
    page = wizard.confirm_page
    page.changes.set_ticked(1, True)  # Nurse One: the same person after all
    assert "Import 3 of 3 people" in page.text.text()
    assert "Not imported unless" not in page.checks.text()
    wizard.back()
    wizard.next()  # the tick the user gave is kept
    assert tick_states(page) == [True, True, True]
    wizard.accept()
    nurse_one = {s.name: (s.role, round(s.weekly_hours, 4)) for s in document.plan.staff}["Nurse One"]
    assert nurse_one == ("GP", round(3 * S, 4))


def test_an_unticked_person_is_left_as_they_are(qtbot, tmp_path: Path) -> None:
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "rota.xlsx", GOOD))
    wizard.next()
    page = wizard.confirm_page
    page.changes.set_ticked(0, False)  # Dr One
    assert "Import 1 of 2 people" in page.text.text()
    assert "1 unticked stays as in your plan" in page.text.text()
    assert "Dr One" not in page.checks.text()  # no longer being changed
    wizard.accept()
    assert {s.name: s.weekly_hours for s in document.plan.staff}["Dr One"] == 30


def test_with_no_one_ticked_there_is_nothing_to_finish(qtbot, tmp_path: Path) -> None:
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "rota.xlsx", GOOD))
    wizard.next()
    for row in range(wizard.confirm_page.changes.rowCount()):
        wizard.confirm_page.changes.set_ticked(row, False)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "No one is ticked" in wizard.confirm_page.text.text()
    wizard.back()
    wizard.next()  # the ticks are remembered
    assert not wizard.confirm_page.changes.ticked()


def test_bad_rota_shows_problems_by_sheet_and_cell_and_cannot_finish(qtbot, tmp_path: Path) -> None:
    bad = [GOOD[0], ["Nurse Two", "Wizard", "Clinic", "Golf", "Clinic", "-", "-", "GOLF"]]
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "bad.xlsx", bad))
    problems = {where: text for where, text in wizard.preview_page.problems.records}
    # each place said once, in words; the words as the rota spells them (first at D3)
    assert problems == {
        "Week 1, cell B3": "Unknown job title “Wizard”: choose the role below.",
        "Week 1, cell D3": "Unknown session word “Golf” (also in 1 more cell): say what it means "
                           "below, then read again."}
    people = wizard.preview_page.people
    assert people.records[1][1] == "Unknown: “Wizard”"
    assert "2 problems stop the import." in wizard.preview_page.summary.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert document.undo_stack.count() == 0

    # the person's role on the page that shows the problem (no reading again), the word inline
    page = wizard.preview_page
    assert set(page.person_combos) == {"Nurse Two"} and set(page.word_combos) == {"Golf"}
    role = page.person_combos["Nurse Two"]
    assert [role.itemText(i) for i in range(3)] == ["Choose their role…", "General practitioner", "Practice nurse"]
    assert role.itemText(role.count() - 1) == "Leave out of this import"
    role.setCurrentIndex(role.findData("PN"))
    assert "1 problem stops the import." in page.summary.text()  # Golf is left
    golf, _ = page.word_combos["Golf"]
    golf.setCurrentIndex(golf.findData("off"))
    page.reread.click()
    assert wizard.preview_page.problems.records == []
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.accept()
    assert {s.name: s.weekly_hours for s in document.plan.staff}["Nurse Two"] == pytest.approx(2 * S, abs=1e-4)
    saved = document.plan.extras["rota_vocabulary"]
    assert saved == {"sessions": {"golf": "off"}, "titles": {"wizard": "PN"}}
    assert document.undo_stack.count() == 1


def test_a_file_that_is_not_a_workbook_is_refused_on_the_first_step(qtbot, tmp_path: Path) -> None:
    fake = tmp_path / "rota.xlsx"
    fake.write_text("Name,Mon\nDr One,Surgery\n")
    wizard = RotaImportWizard(PlanDocument(two_role_plan()), fake)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "rota.xlsx" in wizard.file_page.error.text()


def test_a_cancelled_read_imports_nothing(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from planner.rota import RotaCancelled
    from ui.wizards.background import run_in_background
    from ui.wizards.rota_reader import rota_job

    job = rota_job(rota(tmp_path / "rota.xlsx", GOOD * 50), None, ["Week 1"], S)
    parent = QWidget()
    qtbot.addWidget(parent)

    def cancelled_at_once(progress, _cancelled):  # type: ignore[no-untyped-def]
        return job(progress, lambda: True)

    outcome = run_in_background(parent, "Import rota", "Reading…", cancelled_at_once, (RotaCancelled,))
    assert (outcome.cancelled, outcome.result, outcome.error) == (True, None, "")


def test_the_preview_fits_a_960_pixel_wizard_with_the_total_before_the_categories(qtbot, tmp_path: Path) -> None:
    from planner.sample import sample_plan

    long_names = [["Dr K Whitfield (regular locum)", "Locum GP", "Surgery", "Surgery", "AL", "AL", "CPD", "MDT"],
                  ["Julie Hart", "Receptionist", "Surgery", "Admin", "Visits", "Triage", "Admin", "off"]]
    document = PlanDocument(sample_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "rota.xlsx", long_names))
    wizard.resize(960, 680)
    qtbot.wait(10)
    view, people = wizard.preview_page.people_view, wizard.preview_page.people
    assert people.headers[:3] == ["Name", "Role", "Total"]
    assert people.headers[3:] == ["Clinic", "Duty", "Visits", "Admin", "Meetings", "Training", "Leave"]
    # every column, Leave included, within the visible width: no sideways scrolling
    assert view.horizontalHeader().length() <= view.viewport().width()
    for column in range(people.columnCount()):
        assert view.columnWidth(column) >= view.sizeHintForColumn(column) - 1, people.headers[column]
    # Whitfield: Surgery x2 + AL x2 + CPD + MDT = 6 x 25/6 = 25.0 h, 8.3 h of it leave
    assert people.records[0][:3] == ["Dr K Whitfield (regular locum)", "General practitioner", "25.0"]
    assert people.records[0][people.headers.index("Leave")] == "8.3"


def test_a_near_match_is_asked_and_a_role_gap_change_called_out(qtbot, tmp_path: Path) -> None:
    """'Dr K Whitfield' in the rota beside 'Dr K Whitfield (regular locum)' in the sample: Finish
    waits for an answer; as a new GP, the GPs' shortfall moving is called out; as the same
    person, Whitfield's hours are updated and no GP is added."""
    from planner.sample import sample_plan

    rows = [["Dr K Whitfield", "Locum GP", "Surgery", "Surgery", "Surgery", "Surgery", "Surgery", "Surgery"]]
    document = PlanDocument(sample_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "locum.xlsx", rows))
    wizard.next()
    page = wizard.confirm_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    combo = page.match_combos["Dr K Whitfield"]
    assert combo.itemText(1) == "The same person as “Dr K Whitfield (regular locum)” in your plan"
    assert not finish.isEnabled() and "Say whether" in page.text.text()
    combo.setCurrentIndex(combo.findData("new"))
    assert finish.isEnabled()
    assert "General practitioner: 25.0 h short a week now" in page.checks.text()
    combo.setCurrentIndex(combo.findData("same"))
    assert [page.changes.text(0, c) for c in (1, 3)] == ["Dr K Whitfield (regular locum)", "16.7 → 25.0 (+50%)"]
    wizard.accept()
    staff = {s.name: s.weekly_hours for s in document.plan.staff}
    assert len(staff) == len(sample_plan().staff) and staff["Dr K Whitfield (regular locum)"] == pytest.approx(25.0)


def test_a_missing_job_title_gets_a_role_from_the_catalogue_or_is_left_out(qtbot, tmp_path: Path) -> None:
    rows = [GOOD[0], ["Sam Lee", "", "Clinic", "Clinic"], ["Jo Fox", "", "Clinic"]]
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "untitled.xlsx", rows))
    page = wizard.preview_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert set(page.person_combos) == {"Sam Lee", "Jo Fox"} and not next_button.isEnabled()
    sam = page.person_combos["Sam Lee"]
    sam.setCurrentIndex(sam.findData("catalogue:PARA"))
    assert sam.currentText() == "Add role: Paramedic"
    jo = page.person_combos["Jo Fox"]
    jo.setCurrentIndex(jo.findData("__leave_out__"))
    assert next_button.isEnabled()
    wizard.next()
    assert "1 role is added from the catalogue" in wizard.confirm_page.text.text()
    wizard.accept()
    assert document.plan.role("PARA") is not None
    staff = {s.name: s.role for s in document.plan.staff}
    assert staff["Sam Lee"] == "PARA" and "Jo Fox" not in staff
    document.undo_stack.undo()
    assert document.plan == two_role_plan()


def test_ticks_are_settled_in_the_wizard(qtbot, tmp_path: Path) -> None:
    rows = [["Carer A", "HCA", 1, 1, None, 1], ["Carer B", "HCA", 1]]
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "ticks.xlsx", rows))
    page = wizard.preview_page
    combo, hours = page.number_combos["1"]
    combo.setCurrentIndex(combo.findData("tick:clinic"))
    hours.setValue(7.5)
    page.reread.click()
    # three ticks of a 7.5 h clinic shift = 22.5 h; HCA is not a role of this plan: a picker
    assert [r[:3] for r in page.people.records] == [["Carer A", "“HCA”: not in this plan", "22.5"],
                                                     ["Carer B", "“HCA”: not in this plan", "7.5"]]
    assert set(page.person_combos) == {"Carer A", "Carer B"}
    assert document.plan.extras.get("rota_vocabulary") is None  # nothing saved before Finish


@pytest.mark.parametrize("name, words", [("rota.csv", "is a CSV file"), ("rota.numbers", "Apple Numbers")])
def test_an_unreadable_file_type_says_why_instead_of_greying_next(qtbot, tmp_path: Path, name: str,
                                                                   words: str) -> None:
    path = tmp_path / name
    path.write_text("Name,Mon\nDr One,Surgery\n")
    wizard = RotaImportWizard(PlanDocument(two_role_plan()), path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert words in wizard.file_page.error.text() and "save it as an Excel Workbook" in wizard.file_page.error.text()


def test_an_old_xls_rota_goes_through_the_wizard(qtbot) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "rota-excel-97-2003.xls"
    document = PlanDocument(two_role_plan())
    wizard = RotaImportWizard(document, fixture)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert [r[:3] for r in wizard.preview_page.people.records] == [
        ["Dr Ada Shah", "General practitioner", "41.7"], ["Mo Green", "Practice nurse", "16.7"]]


def test_the_pages_do_not_import_the_wizard() -> None:
    """The pages share a RotaSession: no import circle between the pages and the wizard."""
    import ast

    folder = Path(__file__).resolve().parents[2] / "ui" / "wizards"
    for page in ("rota_pages.py", "rota_preview_page.py", "rota_confirm.py", "rota_session.py"):
        tree = ast.parse((folder / page).read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert "ui.wizards.rota_wizard" not in imported, page


def test_header_words_in_another_language_are_said_in_the_wizard(qtbot, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Semaine"
    ws.append(["Nom", "Poste", "Lundi", "Mardi", "Mercredi"])
    ws.append(["Dr One", "GP", "Surgery", None, "Admin"])
    path = tmp_path / "french.xlsx"
    wb.save(path)
    wizard = RotaImportWizard(PlanDocument(two_role_plan()), path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert "No rota found" in page.problems.records[0][1]
    page.headers.setText("Nom = name; Poste = job title, Lundi = Mon, Mardi = Tue, Mercredi = Wed")
    page.reread.click()
    assert page.problems.records == []
    assert [r[:3] for r in page.people.records] == [["Dr One", "General practitioner", "16.7"]]  # 2 whole days
    page.headers.setText("Nom is name")
    page.reread.click()
    assert "write each as word = meaning" in page.summary.text()
