"""Report page: the pack and the workbook are written to the chosen file on a worker thread,
with the ticked scenarios and options; failures are explained in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.model import Shift
from planner.sample import sample_plan
from ui.document import PlanDocument
from ui.pages.report_page import ReportPage
from ui.settings import Settings


@pytest.fixture
def page(qtbot, monkeypatch):
    page = ReportPage(PlanDocument(sample_plan()), Settings())
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    return page


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def wait_for_export(qtbot, page: ReportPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=60_000)


def test_the_pack_has_the_ticked_scenarios_anonymised(page, qtbot, monkeypatch, tmp_path):
    assert [box.text() for box in page.scenario_boxes] == [
        "★ Clinical pharmacist (recommended)", "Document workflow and care navigation",
        "Paramedic for home visits"]
    page.scenario_boxes[1].setChecked(False)
    page.anonymise.setChecked(True)
    page.prepared_by.setText("Jo Bloggs, practice manager")
    save_to(monkeypatch, tmp_path / "pack")  # no suffix typed: .pdf is added
    page.pack_button.click()
    assert not page.pack_button.isEnabled()  # busy while the worker writes
    wait_for_export(qtbot, page)
    out = tmp_path / "pack.pdf"
    assert page.last_written == out
    assert out.read_bytes()[:5] == b"%PDF-"
    text = pdf_text(out)
    assert "Riverside Medical Practice" in text
    assert "Paramedic for home visits" in text
    assert "Document workflow and care navigation" not in text
    assert "Jo Bloggs" in text
    assert "Dr A Patel" not in text  # a GP's name, printed when not anonymised
    assert page.pack_button.isEnabled()
    assert str(out) in page.status.text()


def test_the_workbook_is_written_with_a_sheet_per_scenario(page, qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    save_to(monkeypatch, tmp_path / "plan.xlsx")
    page.workbook_button.click()
    wait_for_export(qtbot, page)
    book = load_workbook(tmp_path / "plan.xlsx")
    names = " ".join(book.sheetnames)
    assert "Summary" in names and "Team" in names
    assert len(book.sheetnames) >= 3 + 3  # summary, team, workload ... and three scenarios


def test_opening_the_file_uses_a_local_url(page, qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    save_to(monkeypatch, tmp_path / "plan.xlsx")
    page.workbook_button.click()
    wait_for_export(qtbot, page)
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == tmp_path / "plan.xlsx"


def test_a_plan_that_cannot_be_computed_is_explained_and_nothing_written(page, qtbot,
                                                                        monkeypatch, tmp_path):
    from dataclasses import replace

    from planner.edits import replace_plan

    plan = page.document.plan
    broken = replace(plan.scenarios[0], changes=(Shift("mental_health", "GP", "PN", 0.5),))
    page.document.apply(replace_plan(plan, replace(plan, scenarios=(broken, *plan.scenarios[1:])),
                                     "Break"))
    save_to(monkeypatch, tmp_path / "pack.pdf")
    page.pack_button.click()
    wait_for_export(qtbot, page)
    assert "cannot be made until these problems are fixed" in page.status.text()
    assert "Practice nurse has no minutes for 'Mental health consultations'" in page.status.text()
    assert not (tmp_path / "pack.pdf").exists()
    assert page.pack_button.isEnabled()


def test_no_scenario_ticked_is_refused_before_asking_for_a_file(page, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    for box in page.scenario_boxes:
        box.setChecked(False)
    page.pack_button.click()
    assert asked == []
    assert "Tick at least one scenario" in page.status.text()


def test_ticks_survive_an_edit_and_new_scenarios_start_ticked(page):
    from planner import edits

    page.scenario_boxes[0].setChecked(False)
    page.document.apply(edits.add_scenario(page.document.plan, "Nurse-led"))
    assert page.chosen_scenarios() == ["Document workflow and care navigation",
                                       "Paramedic for home visits", "Nurse-led"]


def test_the_short_pack_is_the_default_and_the_choice_is_remembered(page, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader

    assert page.short.isChecked()  # partners want about four pages
    save_to(monkeypatch, tmp_path / "short.pdf")
    page.pack_button.click()
    wait_for_export(qtbot, page)
    assert len(PdfReader(str(tmp_path / "short.pdf")).pages) == 4
    page.full.setChecked(True)
    assert page.settings.get("report.short") is False
    again = ReportPage(page.document, page.settings)
    qtbot.addWidget(again)
    assert again.full.isChecked()
    save_to(monkeypatch, tmp_path / "full.pdf")
    again.pack_button.click()
    wait_for_export(qtbot, again)
    assert len(PdfReader(str(tmp_path / "full.pdf")).pages) > 10


def test_the_preview_shows_the_pages_before_anything_is_written(page, qtbot, monkeypatch, tmp_path):
    from ui.widgets.pack_preview import PackPreview

    page.preview_button.click()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=60_000)
    preview = page.preview
    assert isinstance(preview, PackPreview)
    assert len(preview.images) == 4 and list(tmp_path.iterdir()) == []  # nothing written
    cover = preview.images[0]
    assert cover.width() >= 700 and cover.pixelColor(20, 10).name() == "#005eb8"  # the cover's NHS blue band
    assert "4 pages" in preview.summary.text()
    save_to(monkeypatch, tmp_path / "from preview.pdf")
    preview.export_button.click()  # the same pack, written
    wait_for_export(qtbot, page)
    assert (tmp_path / "from preview.pdf").read_bytes()[:5] == b"%PDF-"
