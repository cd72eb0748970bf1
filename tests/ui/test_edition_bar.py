"""Opening a plan of an older edition offers, without blocking, to move it to the current
reference figures; the move lists every change and is one undo step. The Practice page names
the edition and sets London weighting."""

from __future__ import annotations

from pathlib import Path

from planner.edits.editions import move_to_edition
from planner.reference import current_edition, plan_edition, plan_hcas_zone
from planner.sample import sample_plan
from tests.planner.builders import sample_2025_26
from tests.ui.windows import open_window, saved_plan
from ui.document import PlanDocument
from ui.pages.practice_page import PracticePage
from ui.widgets.edition_bar import EditionBar


def test_an_old_plan_is_offered_the_move_and_it_undoes_in_one_step(qtbot, tmp_path: Path) -> None:
    path = saved_plan(tmp_path, sample_2025_26(), "Riverside")
    window = open_window(qtbot, path)
    bar = window.edition_bar
    assert not bar.isHidden()
    assert "This plan uses the 2025/26 figures." in bar.message.text()
    assert bar.move_button.text() == f"Move to {current_edition()}"
    listed = bar.changes.toPlainText()
    assert "Clinical pharmacist: ARRS cap: £65,838 → £69,207" in listed
    assert "Paramedic: ARRS cap: £64,293 → £66,440 (Skillmix estimate)" in listed
    before = window.document.plan
    bar.move_button.click()
    assert plan_edition(window.document.plan) == "2026/27" and bar.isHidden()
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.plan == before and not bar.isHidden()


def test_not_now_hides_the_bar_and_a_current_plan_has_none(qtbot) -> None:
    document = PlanDocument(sample_2025_26())
    bar = EditionBar(document)
    qtbot.addWidget(bar)
    assert not bar.isHidden()
    bar.later.click()
    assert bar.isHidden()
    document.load(move_to_edition(sample_2025_26(), "2026/27").after)
    assert bar.isHidden()
    document.load(sample_plan())  # the shipped sample is this year's plan: nothing to offer
    assert bar.isHidden()


def test_the_practice_page_names_the_edition_and_sets_london_weighting(qtbot) -> None:
    document = PlanDocument(move_to_edition(sample_plan(), "2026/27").after)
    page = PracticePage(document)
    qtbot.addWidget(page)
    assert page.edition.text().startswith("Reference figures: 2026/27 edition")
    page.hcas.setCurrentIndex(page.hcas.findData("outer"))
    page._hcas_chosen(page.hcas.currentIndex())
    assert plan_hcas_zone(document.plan) == "outer"
    pharm = document.plan.role("PHARM")
    assert pharm is not None and pharm.annual_salary == 51932 + 6137
    assert "London weighting: outer London" in page.edition.text()
    document.undo_stack.undo()
    assert plan_hcas_zone(document.plan) == ""
