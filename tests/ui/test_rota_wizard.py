"""The rota import wizard: a fixture workbook (built here with openpyxl) goes in as one undo
step; a bad rota shows its problems by sheet and cell and cannot be finished until fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard

from tests.planner.builders import two_role_plan
from ui.document import PlanDocument
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
    assert [people.records[r][:4] for r in range(people.rowCount())] == [
        ["Dr One", "GP partner", "General practitioner", "16.7"],
        ["Nurse Two", "practice nurse", "Practice nurse", "12.5"],
    ]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.next()
    assert "1 already in the team" in wizard.confirm_page.text.text()
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


def test_bad_rota_shows_problems_by_sheet_and_cell_and_cannot_finish(qtbot, tmp_path: Path) -> None:
    bad = [GOOD[0], ["Nurse Two", "Wizard", "Clinic", "Golf", "Clinic", "-", "-", "-"]]
    document = PlanDocument(two_role_plan())
    wizard = run_to_preview(qtbot, document, rota(tmp_path / "bad.xlsx", bad))
    problems = wizard.preview_page.problems.records
    assert ["Week 1", "B3"] in [p[:2] for p in problems]  # the job title 'Wizard'
    assert ["Week 1", "D3"] in [p[:2] for p in problems]  # the session word 'Golf'
    assert any("golf" in p[2].casefold() for p in problems)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert document.undo_stack.count() == 0

    # say what the words mean inline, read again: no problems left, and the words are kept
    combos = wizard.preview_page.combos
    assert set(combos) == {"wizard", "golf"}
    combos["wizard"].setCurrentIndex(combos["wizard"].findData("PN"))
    combos["golf"].setCurrentIndex(combos["golf"].findData("off"))
    wizard.preview_page.reread.click()
    assert wizard.preview_page.problems.records == []
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
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
    from ui.wizards.rota_reader import RotaReadJob

    job = RotaReadJob(rota(tmp_path / "rota.xlsx", GOOD * 50), None, ["Week 1"], S)
    seen: list[object] = []
    job.finished.connect(seen.append)
    job.cancel()
    job.run()
    assert [(o.cancelled, o.result) for o in seen] == [(True, None)]
