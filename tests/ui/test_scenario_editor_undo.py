"""Scenarios page: undo and redo while the change editor is open, and the description box."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import evaluate
from planner.model import Hire, Shift
from planner.sample import sample_plan
from tests.ui.scenarios_support import (
    PARAMEDIC,
    list_names,
    make_page,
    panel_matches,
    start_hire,
)
from ui.pages.scenarios_page import ScenariosPage


@pytest.fixture
def page(qtbot):
    return make_page(qtbot)


def undo(page: ScenariosPage, times: int = 1) -> None:
    for _ in range(times):
        page.document.undo_stack.undo()


def redo(page: ScenariosPage, times: int = 1) -> None:
    for _ in range(times):
        page.document.undo_stack.redo()


def test_undo_and_redo_with_the_editor_open_show_the_scenario_as_it_now_is(page):
    from planner import edits

    document = page.document
    page.select_scenario(PARAMEDIC)
    original = document.plan.scenario(PARAMEDIC).description
    document.apply(edits.set_description(document.plan, PARAMEDIC, "Two paramedics share visits."))
    document.apply(edits.set_freed_time_use(document.plan, PARAMEDIC, "appointments"))
    start_hire(page, "Practice nurse", 0.5)
    page.change_section.editor.accept_button.click()
    assert page.change_section.model.rowCount() == 5
    page.rename_scenario("Paramedics")

    start_hire(page, "Healthcare assistant", 1.0)  # the editor stays open through undo/redo
    undo(page)  # the rename
    assert page.details.heading.text() == f"Changes in {PARAMEDIC}"
    assert list_names(page)[2] == PARAMEDIC
    undo(page)  # the practice nurse
    assert page.change_section.model.rowCount() == 4
    undo(page)  # what the freed time becomes: back to the sample's proactive care
    assert page.details.freed_time.currentText() == "Proactive and complex care"
    undo(page)
    assert page.details.description.toPlainText() == original
    assert not page.change_section.editor.isHidden()
    # the preview is the plan as it now is, plus the 1 WTE HCA being typed
    plan = document.plan
    candidate = replace(plan.scenario(PARAMEDIC),
                        changes=plan.scenario(PARAMEDIC).changes + (Hire("HCA", 1.0, None, False),))
    panel_matches(page, evaluate(plan, candidate))
    assert page.results.panel.banner.isVisibleTo(page)

    redo(page, 4)
    assert page.details.description.toPlainText() == "Two paramedics share visits."
    assert page.details.freed_time.currentText() == "Extra GP appointments (more access)"
    assert page.change_section.model.rowCount() == 5
    assert page.details.heading.text() == "Changes in Paramedics"
    assert page.change_section.editor.forms["hire"].wte.value() == 1.0  # what was typed is kept
    page.change_section.editor.accept_button.click()
    assert len(document.plan.scenario("Paramedics").changes) == 6


def test_the_editor_follows_its_change_when_undo_moves_it(page):
    document = page.document
    page.select_scenario("Clinical pharmacist")
    hire = document.plan.scenario("Clinical pharmacist").changes[0]
    page.change_section.view.selectRow(0)
    page.remove_change()  # the hire goes: the medication reviews shift is now change 1
    page.change_section.view.selectRow(0)
    page.edit_change()
    page.change_section.editor.forms["shift"].fraction.setValue(60)

    undo(page)  # the hire comes back in front: the shift being edited is change 2 again
    assert not page.change_section.editor.isHidden()
    assert page.change_section.editor.index == 1
    assert page.change_section.editor.title.text() == "Edit change 2"
    assert page.change_section.editor.forms["shift"].fraction.value() == 60
    page.change_section.editor.accept_button.click()
    changes = document.plan.scenario("Clinical pharmacist").changes
    assert changes[0] == hire
    assert changes[1] == Shift("med_review", "GP", "PHARM", 0.6)
    assert len(changes) == 5


def test_the_editor_closes_when_undo_takes_away_what_it_edits(page):
    document = page.document
    page.select_scenario(PARAMEDIC)
    start_hire(page, "Practice nurse", 0.5)
    page.change_section.editor.accept_button.click()
    page.change_section.view.selectRow(4)  # the practice nurse just added
    page.edit_change()
    undo(page)  # the change being edited is gone
    assert page.change_section.editor.isHidden()
    assert not page.results.panel.banner.isVisibleTo(page)
    assert page.change_section.model.rowCount() == 4
    panel_matches(page, evaluate(document.plan, document.plan.scenario(PARAMEDIC)))
    assert page.change_section.add_button.isEnabled()

    page.select_scenario("Clinical pharmacist")
    page.copy_scenario()
    page.change_section.view.selectRow(1)
    page.edit_change()
    undo(page)  # the copy, and the change being edited in it, are gone
    assert page.change_section.editor.isHidden()
    assert "Copy of Clinical pharmacist" not in list_names(page)
    assert page.details.heading.text() == f"Changes in {page.current_name}"
    assert page.change_section.model.rowCount() == len(document.plan.scenario(page.current_name).changes)


def test_the_description_grows_to_five_lines_then_scrolls(page, qtbot):
    from PySide6.QtWidgets import QApplication

    from planner import edits

    document, box = page.document, page.details.description
    page.select_scenario(PARAMEDIC)
    spacing = box.fontMetrics().lineSpacing()

    def show(text: str) -> None:
        document.apply(edits.set_description(document.plan, PARAMEDIC, text))
        QApplication.processEvents()

    show("One line")
    short = box.height()
    assert short < 4 * spacing  # a short text takes little room
    show("\n".join(["Line"] * 5))
    assert box.viewport().height() >= 5 * spacing  # all five lines in view
    assert box.verticalScrollBar().maximum() == 0
    assert box.height() > short
    show("\n".join(["Line"] * 9))
    assert box.viewport().height() < 6 * spacing  # no taller than about five lines
    assert box.verticalScrollBar().maximum() > 0  # the rest scrolls
    # the sample's longest description, wrapped to the box's width, is shown whole
    show(sample_plan().scenario("Clinical pharmacist").description)
    assert box.verticalScrollBar().maximum() == 0


def test_undoing_a_saved_change_under_the_editor_keeps_it_on_that_change(page):
    document = page.document
    page.select_scenario("Clinical pharmacist")
    page.change_section.view.selectRow(1)  # 80% of medication reviews to the pharmacist
    page.edit_change()
    page.change_section.editor.forms["shift"].fraction.setValue(65)
    page.change_section.editor.accept_button.click()
    page.change_section.view.selectRow(1)
    page.edit_change()
    page.change_section.editor.forms["shift"].fraction.setValue(70)
    undo(page)  # back to 80%: still the change being edited, with 70 typed
    assert document.plan.scenario("Clinical pharmacist").changes[1].fraction == 0.8
    assert not page.change_section.editor.isHidden() and page.change_section.editor.index == 1
    assert page.change_section.editor.forms["shift"].fraction.value() == 70
    page.change_section.editor.accept_button.click()
    assert document.plan.scenario("Clinical pharmacist").changes[1] == Shift("med_review", "GP", "PHARM", 0.7)


def test_choosing_another_scenario_closes_the_editor(page):
    page.select_scenario("Clinical pharmacist")
    page.add_change()
    assert not page.change_section.editor.isHidden()
    page.list_section.names.setCurrentRow(2)
    assert page.current_name == PARAMEDIC
    assert page.change_section.editor.isHidden()
    assert page.details.heading.text() == f"Changes in {PARAMEDIC}"
    assert not page.results.panel.banner.isVisibleTo(page)
