"""Scenarios page on the sample practice: the change editor's choices, the live preview, the
results panel against the engine, and scenario/change edits with undo."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import evaluate
from planner.model import Hire, Shift
from planner.present.format import money
from planner.sample import sample_plan
from tests.ui.scenarios_support import (
    PARAMEDIC,
    choose,
    combo_items,
    list_names,
    make_page,
    panel_matches,
    start_hire,
)


@pytest.fixture
def page(qtbot):
    return make_page(qtbot)


def test_adding_a_hire_shows_the_engines_figures_and_undo_restores_them(page):
    page.select_scenario(PARAMEDIC)
    document = page.document
    before = evaluate(document.plan, document.plan.scenario(PARAMEDIC))
    panel_matches(page, before)

    start_hire(page, "Practice nurse", 0.5)
    page.change_section.editor.forms["hire"].arrs.setChecked(True)
    page.change_section.editor.accept_button.click()

    # 0.5 WTE practice nurse at £42,170 (2026/27): pay 21,085; NI 0.15 x (21,085 - 5,000) =
    # 2,412.75; pension 0.1438 x 21,085 = 3,032.02; employment cost 26,529.77, all paid
    # back by ARRS (cap 0.5 x £55,103 = £27,551.50). GP supervision 0.5 x 0.25 = 0.125 h.
    hire_cost = 21085 + 0.15 * (21085 - 5000) + 0.1438 * 21085
    assert hire_cost == pytest.approx(26529.773)
    after = evaluate(document.plan, document.plan.scenario(PARAMEDIC))
    assert after.employment_cost_per_year == pytest.approx(before.employment_cost_per_year + hire_cost)
    assert after.net_cost_per_year == pytest.approx(before.net_cost_per_year)
    assert after.gp_hours_freed_per_week == pytest.approx(before.gp_hours_freed_per_week - 0.125)
    panel_matches(page, after)
    assert page.results.panel.figure_text("employment_cost_per_year") == \
        money(before.employment_cost_per_year + hire_cost)
    assert document.undo_stack.undoText() == \
        f"Add to {PARAMEDIC}: Hire 0.5 WTE Practice nurse, ARRS funded"
    assert page.change_section.model.rowCount() == 5

    document.undo_stack.undo()
    panel_matches(page, before)
    assert page.change_section.model.rowCount() == 4
    assert document.undo_stack.redoText() == \
        f"Add to {PARAMEDIC}: Hire 0.5 WTE Practice nurse, ARRS funded"


def test_typing_previews_the_results_without_touching_the_plan_or_undo(page):
    page.select_scenario(PARAMEDIC)
    document = page.document
    plan = document.plan
    start_hire(page, "Healthcare assistant", 1.0)
    page.change_section.editor.forms["hire"].wte.setValue(2.0)
    candidate = replace(plan.scenario(PARAMEDIC),
                        changes=plan.scenario(PARAMEDIC).changes + (Hire("HCA", 2.0, None, False),))
    panel_matches(page, evaluate(plan, candidate))
    assert page.results.panel.banner.isVisibleTo(page)
    assert document.plan is plan
    assert document.undo_stack.count() == 0

    page.change_section.editor.cancel_button.click()
    assert page.change_section.editor.isHidden()
    assert not page.results.panel.banner.isVisibleTo(page)
    panel_matches(page, evaluate(plan, plan.scenario(PARAMEDIC)))
    assert document.undo_stack.count() == 0


def test_a_shift_offers_only_activities_the_role_does_and_roles_with_minutes(page):
    plan = page.document.plan
    page.add_change()
    choose(page.change_section.editor.kind, "Move work to another role")
    form = page.change_section.editor.forms["shift"]
    # nobody moves work away from a paramedic: the sample's paramedics do no activity now
    assert "Paramedic" not in combo_items(form.from_role)
    choose(form.from_role, "Healthcare assistant")
    # HCAs do LTC reviews (20%), planned procedures (35%) and blood tests (90%) now
    assert combo_items(form.activity) == ["Long-term condition reviews",
                                          "Planned procedures: injections, dressings, smears, immunisations",
                                          "Blood tests"]
    choose(form.from_role, "General practitioner")
    choose(form.activity, "Home visits")
    # home visits have minutes for GP, ANP and PARA; the GP is the role moved from
    assert combo_items(form.to_role) == ["Advanced nurse practitioner", "Paramedic"]
    choose(form.activity, "Mental health consultations")  # only GPs have minutes for it
    assert not form.to_role.isEnabled()
    assert not page.change_section.editor.accept_button.isEnabled()
    assert "No other role has minutes" in page.results.panel.problems.text()
    choose(form.activity, "Structured medication reviews")
    assert combo_items(form.to_role) == ["Clinical pharmacist"]
    form.fraction.setValue(50)
    assert page.change_section.editor.candidate() == Shift("med_review", "GP", "PHARM", 0.5)
    assert page.change_section.editor.accept_button.isEnabled()
    assert plan is page.document.plan


def test_arrs_funding_can_be_ticked_only_for_a_role_with_a_cap(page):
    start_hire(page, "Receptionist / care navigator", 1.0)
    form = page.change_section.editor.forms["hire"]
    assert not form.arrs.isEnabled() and not form.arrs.isChecked()
    assert form.salary.value() == 25272  # the role's salary (2026/27)
    choose(form.role, "Clinical pharmacist")
    # never pre-ticked: the PCN has to confirm ARRS headroom first
    assert form.arrs.isEnabled() and not form.arrs.isChecked()
    assert form.salary.value() == 51932
    assert page.change_section.editor.candidate() == Hire("PHARM", 1.0, None, False)
    form.arrs.setChecked(True)
    assert page.change_section.editor.candidate() == Hire("PHARM", 1.0, None, True)
    form.salary.setValue(52000)
    assert page.change_section.editor.candidate().annual_salary == 52000


def test_an_impossible_value_shows_the_problem_in_words_not_a_traceback(page):
    start_hire(page, "Paramedic", 1.0)
    page.change_section.editor.forms["hire"].wte.setValue(0)
    assert "WTE: 0 must be above 0" in page.results.panel.problems.text()
    assert page.results.panel.figure_text("net_cost_per_year") == "–"
    assert not page.change_section.editor.accept_button.isEnabled()


def test_editing_a_change_replaces_it_in_one_undo_step(page):
    page.select_scenario("Clinical pharmacist")
    page.change_section.view.selectRow(1)  # move 80% of medication reviews to the pharmacist
    page.edit_change()
    form = page.change_section.editor.forms["shift"]
    assert form.fraction.value() == 80
    form.fraction.setValue(60)
    form.fraction.setValue(65)
    page.change_section.editor.accept_button.click()
    changes = page.document.plan.scenario("Clinical pharmacist").changes
    assert changes[1] == Shift("med_review", "GP", "PHARM", 0.65)
    assert page.document.undo_stack.count() == 1
    assert page.document.undo_stack.undoText() == ("Change Clinical pharmacist: Move 65% of "
                                                   "Structured medication reviews from General "
                                                   "practitioner to Clinical pharmacist")


def test_remove_and_move_changes_with_undo(page):
    page.select_scenario("Clinical pharmacist")
    first = page.document.plan.scenario("Clinical pharmacist").changes
    page.change_section.view.selectRow(0)
    page.move_change(1)
    assert page.document.plan.scenario("Clinical pharmacist").changes[:2] == (first[1], first[0])
    assert page.document.undo_stack.undoText().startswith("Move down in Clinical pharmacist: Hire")
    page.change_section.view.selectRow(4)
    page.remove_change()
    assert len(page.document.plan.scenario("Clinical pharmacist").changes) == 4
    page.document.undo_stack.undo()
    page.document.undo_stack.undo()
    assert page.document.plan.scenario("Clinical pharmacist").changes == first


def test_rename_copy_delete_and_recommend_with_undo(page):
    document = page.document
    page.select_scenario("Clinical pharmacist")
    page.rename_scenario("Pharmacist first")
    assert document.undo_stack.undoText() == \
        "Rename scenario Clinical pharmacist to Pharmacist first"
    assert list_names(page)[0] == "★ Pharmacist first"
    assert page.current_name == "Pharmacist first"

    page.copy_scenario()
    assert page.current_name == "Copy of Pharmacist first"
    assert list_names(page)[:2] == ["★ Pharmacist first", "Copy of Pharmacist first"]
    assert page.change_section.model.rowCount() == 5

    page.delete_scenario()
    assert document.undo_stack.undoText() == "Delete scenario Copy of Pharmacist first"
    assert len(document.plan.scenarios) == 3

    page.select_scenario(PARAMEDIC)
    page.list_section.recommended.click()
    assert [s.recommended for s in document.plan.scenarios] == [False, False, True]
    assert document.undo_stack.undoText() == f"Recommend {PARAMEDIC}"

    for _ in range(4):
        document.undo_stack.undo()
    assert document.plan == sample_plan()
    assert list_names(page)[0] == "★ Clinical pharmacist"


def test_a_taken_name_is_refused_in_words(page, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PARAMEDIC, True))
    page.new_scenario()
    assert f"already a scenario called '{PARAMEDIC}'" in page.refusal.text()
    assert page.document.undo_stack.count() == 0
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nurse-led", True))
    page.new_scenario()
    assert page.current_name == "Nurse-led"
    assert page.change_section.model.rowCount() == 0
    assert page.results.panel.figure_text("gp_hours_freed_per_week") == "0.0"


def test_many_edits_do_not_wear_away_pythons_none(page):
    """PySide6-Essentials 6.12.0 on Python 3.11 dropped a reference to None on every Qt call
    returning void, so the app aborted ("deallocating None") after a few thousand calls,
    e.g. a minute of typing in the change editor. (From Python 3.12 None is immortal.)"""
    import sys

    page.add_change()
    choose(page.change_section.editor.kind, "Hire")
    spin = page.change_section.editor.forms["hire"].wte
    before = sys.getrefcount(None)
    for i in range(60):
        spin.setValue(0.5 + i / 10)
    assert sys.getrefcount(None) >= before - 100
