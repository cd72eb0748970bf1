"""The appointment audit on the Workload page: write the template, import a filled-in audit as
one undo step (its shares beside the national ones), problems by sheet and cell with nothing
imported, a scenario made from the shares, and the File menu actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from planner.audit import avoidable_shares
from planner.model import Avoid, Shift
from planner.sample import sample_plan
from tests.ui.windows import open_window
from ui.document import PlanDocument
from ui.pages.workload_page import WorkloadPage
from ui.settings import Settings

ROUTINE = "General Consultation Routine"
#: 10 GP appointments and one nurse's: to another practice role 2, community pharmacy 1,
#: self-care 2, navigation 1, hospital 1, not avoidable 3 (the nurse's row is not counted)
ROWS = [
    [date(2025, 3, 3), "Dr A", "GP", ROUTINE, "Face-to-face", "Another practice role"],
    [date(2025, 3, 3), "Dr A", "GP", ROUTINE, "Telephone", "Not avoidable"],
    [date(2025, 3, 4), "Dr A", "GP", ROUTINE, "Telephone", "Self-care"],
    [date(2025, 3, 4), "Dr B", "GP", ROUTINE, "Video/online", "Community pharmacy"],
    [date(2025, 3, 4), "Nurse C", "PN", ROUTINE, "Face-to-face", "Self-care"],
    [date(2025, 3, 5), "Dr B", "GP", ROUTINE, "Face-to-face", "Not avoidable"],
    [date(2025, 3, 5), "Dr B", "GP", ROUTINE, "Face-to-face", "Another practice role"],
    [date(2025, 3, 6), "Dr A", "GP", ROUTINE, "Telephone", "Hospital should have dealt with it"],
    [date(2025, 3, 6), "Dr A", "GP", ROUTINE, "Face-to-face", "Care navigation or social prescribing"],
    [date(2025, 3, 7), "Dr B", "GP", ROUTINE, "Telephone", "Self-care"],
    [date(2025, 3, 7), "Dr A", "GP", ROUTINE, "Face-to-face", "Not avoidable"],
]


@pytest.fixture
def page(qtbot):
    page = WorkloadPage(PlanDocument(sample_plan()), Settings())
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.show()
    page.show_audit()
    qtbot.waitUntil(lambda: page.audit._loaded)  # planner.audit loads after the first paint
    return page


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def answer_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def filled_audit(page: WorkloadPage, monkeypatch: pytest.MonkeyPatch, folder: Path,
                 rows: list[list[object]], name: str = "week of 3 March.xlsx") -> Path:
    """The template written through the page, then typed into as a GP would (row 5 onwards)."""
    template = folder / "Appointment audit"  # the page adds .xlsx
    answer_save(monkeypatch, template)
    page.audit.template_button.click()
    written = folder / "Appointment audit.xlsx"
    assert page.audit.last_template == written
    book = load_workbook(written)
    roles = [c.value for c in book["Lists"]["A"][1:] if c.value]
    assert roles == [r.code for r in page.document.plan.roles]  # the plan's role codes
    sheet = book["Audit"]
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    out = folder / name
    book.save(out)
    return out


def test_an_imported_audit_is_one_undo_step_and_shown_beside_the_national_shares(page, monkeypatch, tmp_path):
    document, panel = page.document, page.audit
    assert panel.share_text("practice_role", "national") == "6.5%"
    assert panel.share_text("practice_role", "audit") == "–"
    assert panel.in_use.text().startswith("In use: the national figures. Source: NHS England")
    audit = filled_audit(page, monkeypatch, tmp_path, ROWS)
    before, steps = document.plan, document.undo_stack.count()

    answer_open(monkeypatch, audit)
    panel.import_button.click()

    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Import appointment audit week of 3 March.xlsx"
    shares = avoidable_shares(document.plan)
    assert (shares.is_practice_audit, shares.audited) == (True, 10)
    # of 10 GP appointments: 2 another role, 1 pharmacy + 2 self-care, 1 navigation, 1 hospital
    assert [panel.share_text(k, "audit") for k in
            ("practice_role", "pharmacy_self_care", "navigation", "hospital", "total")] == \
        ["20.0%", "30.0%", "10.0%", "10.0%", "70.0%"]
    assert panel.share_text("total", "national") == "20.5%"  # 6.5 + 5.5 + 4 + 4.5
    assert panel.sentence.text().startswith(
        "Your audit: 10 GP appointments (3 Mar 2025 – 7 Mar 2025), 20.0% could have gone to "
        "another practice role and 70.0% could have been handled elsewhere in all")
    assert panel.in_use.text().startswith("In use: your practice's audit. Source: Practice audit "
                                          "week of 3 March.xlsx")
    assert panel.scenario_button.text() == "Make a scenario from your audit"

    document.undo_stack.undo()
    assert document.plan is before
    assert panel.share_text("practice_role", "audit") == "–"
    assert panel.scenario_button.text() == "Make a scenario from the national shares"


def test_a_bad_audit_shows_its_problems_by_cell_and_changes_nothing(page, monkeypatch, tmp_path):
    document, panel = page.document, page.audit
    rows = [list(r) for r in ROWS[:3]]
    rows[1][0] = "yesterday"  # row 6: a date typed as text
    rows[2][5] = "The pharmacist"  # row 7: not one of the answers
    audit = filled_audit(page, monkeypatch, tmp_path, rows, "bad.xlsx")
    before, steps = document.plan, document.undo_stack.count()

    answer_open(monkeypatch, audit)
    panel.import_button.click()

    assert document.plan is before
    assert document.undo_stack.count() == steps
    dialog = panel.problems_dialog
    assert dialog is not None and dialog.isVisible()
    assert "bad.xlsx</b> has 2 problems, so nothing was imported" in dialog.message.text()
    assert [(dialog.cell(r, "sheet"), dialog.cell(r, "cell")) for r in range(2)] == \
        [("Audit", "A6"), ("Audit", "F7")]
    assert "is text, not a date" in dialog.cell(0, "problem")
    assert "'The pharmacist' is not one of" in dialog.cell(1, "problem")
    assert panel.share_text("practice_role", "audit") == "–"
    dialog.close()


def test_an_audit_without_gp_appointments_is_refused_in_words(page, monkeypatch, tmp_path):
    audit = filled_audit(page, monkeypatch, tmp_path, [ROWS[4]], "nurses only.xlsx")
    steps = page.document.undo_stack.count()
    answer_open(monkeypatch, audit)
    page.audit.import_button.click()
    assert page.document.undo_stack.count() == steps
    assert "no appointments with the GP role 'GP'" in page.audit.problems_dialog.cell(0, "problem")
    page.audit.problems_dialog.close()


def test_a_scenario_made_from_the_audit_is_one_step(page, monkeypatch, tmp_path):
    document, panel = page.document, page.audit
    answer_open(monkeypatch, filled_audit(page, monkeypatch, tmp_path, ROWS))
    panel.import_button.click()
    steps = document.undo_stack.count()

    panel.make_scenario("From our audit")

    assert document.undo_stack.count() == steps + 1
    scenario = document.plan.scenarios[-1]
    assert scenario.name == "From our audit"
    acute = [c for c in scenario.changes if c.activity == "acute_same_day"]
    # 20% of the GP's same-day appointments to the ANP; then (30% + 10%) / (1 - 20%) = 50% avoided
    assert acute[0] == Shift("acute_same_day", "GP", "ANP", 0.2)
    assert isinstance(acute[1], Avoid) and acute[1].fraction == pytest.approx(0.5)
    assert "Added the scenario 'From our audit'" in panel.status.text()
    document.undo_stack.undo()
    assert [s.name for s in document.plan.scenarios][-1] != "From our audit"


def test_use_the_national_figures_again(page, monkeypatch, tmp_path):
    answer_open(monkeypatch, filled_audit(page, monkeypatch, tmp_path, ROWS))
    page.audit.import_button.click()
    assert page.audit.national_button.isVisibleTo(page)
    page.audit.national_button.click()
    assert not avoidable_shares(page.document.plan).is_practice_audit
    assert page.audit.share_text("practice_role", "audit") == "–"
    assert not page.audit.national_button.isVisibleTo(page)


def test_the_file_menu_opens_the_audit_on_the_workload_page(qtbot, monkeypatch, tmp_path):
    window = open_window(qtbot)
    out = tmp_path / "audit for the GPs.xlsx"
    answer_save(monkeypatch, out)
    window.actions_by_id["audit_template"].trigger()
    workload = window.page("workload")
    assert window.current_page() is workload
    assert workload.tabs.currentWidget() is workload.audit
    assert out.is_file()
