"""Scenarios page on the sample practice: the change editor's choices, the live preview, the
results panel against the engine, and scenario/change edits with undo."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import evaluate
from planner.format import hours, money, number
from planner.model import Hire, Shift
from planner.sample import sample_plan
from ui.document import PlanDocument
from ui.pages.scenarios_page import ScenariosPage

PARAMEDIC = "Paramedic for home visits"


@pytest.fixture
def page(qtbot):
    page = ScenariosPage(PlanDocument(sample_plan()))
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.show()
    return page


def list_names(page: ScenariosPage) -> list[str]:
    return [page.scenario_list.item(i).text() for i in range(page.scenario_list.count())]


def combo_items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {combo_items(combo)}"
    combo.setCurrentIndex(index)


def panel_matches(page: ScenariosPage, result) -> None:
    assert page.panel.figure_text("gp_hours_freed") == hours(result.gp_hours_freed_per_week)
    assert page.panel.figure_text("appointments_released") == \
        number(result.gp_appointments_released_per_year)
    assert page.panel.figure_text("employment_cost") == money(result.employment_cost_per_year)
    assert page.panel.figure_text("arrs") == money(result.arrs_reimbursement_per_year)
    assert page.panel.figure_text("net_cost") == money(result.net_cost_per_year)


def start_hire(page: ScenariosPage, role: str, wte: float) -> None:
    page.add_change()
    choose(page.editor.kind, "Hire")
    form = page.editor.forms["hire"]
    choose(form.role, role)
    form.wte.setValue(wte)


def test_adding_a_hire_shows_the_engines_figures_and_undo_restores_them(page):
    page.select_scenario(PARAMEDIC)
    document = page.document
    before = evaluate(document.plan, document.plan.scenario(PARAMEDIC))
    panel_matches(page, before)

    start_hire(page, "Practice nurse", 0.5)
    page.editor.forms["hire"].arrs.setChecked(True)
    page.editor.accept_button.click()

    # 0.5 WTE practice nurse at £40,823: pay 20,411.50; NI 0.15 x (20,411.50 - 5,000) =
    # 2,311.73; pension 0.1438 x 20,411.50 = 2,935.17; employment cost 25,658.40, all paid
    # back by ARRS (cap 0.5 x £53,319 = £26,659.50). GP supervision 0.5 x 0.25 = 0.125 h.
    hire_cost = 20411.5 + 0.15 * (20411.5 - 5000) + 0.1438 * 20411.5
    assert hire_cost == pytest.approx(25658.3987)
    after = evaluate(document.plan, document.plan.scenario(PARAMEDIC))
    assert after.employment_cost_per_year == pytest.approx(before.employment_cost_per_year + hire_cost)
    assert after.net_cost_per_year == pytest.approx(before.net_cost_per_year)
    assert after.gp_hours_freed_per_week == pytest.approx(before.gp_hours_freed_per_week - 0.125)
    panel_matches(page, after)
    assert page.panel.figure_text("employment_cost") == \
        money(before.employment_cost_per_year + hire_cost)
    assert document.undo_stack.undoText() == \
        f"Add to {PARAMEDIC}: Hire 0.5 WTE Practice nurse, ARRS funded"
    assert page.changes.rowCount() == 5

    document.undo_stack.undo()
    panel_matches(page, before)
    assert page.changes.rowCount() == 4
    assert document.undo_stack.redoText() == \
        f"Add to {PARAMEDIC}: Hire 0.5 WTE Practice nurse, ARRS funded"


def test_typing_previews_the_results_without_touching_the_plan_or_undo(page):
    page.select_scenario(PARAMEDIC)
    document = page.document
    plan = document.plan
    start_hire(page, "Healthcare assistant", 1.0)
    page.editor.forms["hire"].wte.setValue(2.0)
    candidate = replace(plan.scenario(PARAMEDIC),
                        changes=plan.scenario(PARAMEDIC).changes + (Hire("HCA", 2.0, None, False),))
    panel_matches(page, evaluate(plan, candidate))
    assert page.panel.banner.isVisibleTo(page)
    assert document.plan is plan
    assert document.undo_stack.count() == 0

    page.editor.cancel_button.click()
    assert page.editor.isHidden()
    assert not page.panel.banner.isVisibleTo(page)
    panel_matches(page, evaluate(plan, plan.scenario(PARAMEDIC)))
    assert document.undo_stack.count() == 0


def test_a_shift_offers_only_activities_the_role_does_and_roles_with_minutes(page):
    plan = page.document.plan
    page.add_change()
    choose(page.editor.kind, "Move work to another role")
    form = page.editor.forms["shift"]
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
    assert not page.editor.accept_button.isEnabled()
    assert "No other role has minutes" in page.panel.problems.text()
    choose(form.activity, "Structured medication reviews")
    assert combo_items(form.to_role) == ["Clinical pharmacist"]
    form.fraction.setValue(50)
    assert page.editor.candidate() == Shift("med_review", "GP", "PHARM", 0.5)
    assert page.editor.accept_button.isEnabled()
    assert plan is page.document.plan


def test_arrs_funding_can_be_ticked_only_for_a_role_with_a_cap(page):
    start_hire(page, "Receptionist / care navigator", 1.0)
    form = page.editor.forms["hire"]
    assert not form.arrs.isEnabled() and not form.arrs.isChecked()
    assert form.salary.value() == 24465  # the role's salary
    choose(form.role, "Clinical pharmacist")
    # never pre-ticked: the PCN has to confirm ARRS headroom first
    assert form.arrs.isEnabled() and not form.arrs.isChecked()
    assert form.salary.value() == 50273
    assert page.editor.candidate() == Hire("PHARM", 1.0, None, False)
    form.arrs.setChecked(True)
    assert page.editor.candidate() == Hire("PHARM", 1.0, None, True)
    form.salary.setValue(52000)
    assert page.editor.candidate().annual_salary == 52000


def test_an_impossible_value_shows_the_problem_in_words_not_a_traceback(page):
    start_hire(page, "Paramedic", 1.0)
    page.editor.forms["hire"].wte.setValue(0)
    assert "WTE: 0 must be above 0" in page.panel.problems.text()
    assert page.panel.figure_text("net_cost") == "–"
    assert not page.editor.accept_button.isEnabled()


def test_editing_a_change_replaces_it_in_one_undo_step(page):
    page.select_scenario("Clinical pharmacist")
    page.change_view.selectRow(1)  # move 80% of medication reviews to the pharmacist
    page.edit_change()
    form = page.editor.forms["shift"]
    assert form.fraction.value() == 80
    form.fraction.setValue(60)
    form.fraction.setValue(65)
    page.editor.accept_button.click()
    changes = page.document.plan.scenario("Clinical pharmacist").changes
    assert changes[1] == Shift("med_review", "GP", "PHARM", 0.65)
    assert page.document.undo_stack.count() == 1
    assert page.document.undo_stack.undoText() == ("Change Clinical pharmacist: Move 65% of "
                                                   "Structured medication reviews from General "
                                                   "practitioner to Clinical pharmacist")


def test_remove_and_move_changes_with_undo(page):
    page.select_scenario("Clinical pharmacist")
    first = page.document.plan.scenario("Clinical pharmacist").changes
    page.change_view.selectRow(0)
    page.move_change(1)
    assert page.document.plan.scenario("Clinical pharmacist").changes[:2] == (first[1], first[0])
    assert page.document.undo_stack.undoText().startswith("Move down in Clinical pharmacist: Hire")
    page.change_view.selectRow(4)
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
    assert page.changes.rowCount() == 5

    page.delete_scenario()
    assert document.undo_stack.undoText() == "Delete scenario Copy of Pharmacist first"
    assert len(document.plan.scenarios) == 3

    page.select_scenario(PARAMEDIC)
    page.recommended.click()
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
    assert page.changes.rowCount() == 0
    assert page.panel.figure_text("gp_hours_freed") == "0.0"


def test_many_edits_do_not_wear_away_pythons_none(page):
    """PySide6-Essentials 6.12.0 on Python 3.11 dropped a reference to None on every Qt call
    returning void, so the app aborted ("deallocating None") after a few thousand calls,
    e.g. a minute of typing in the change editor. (From Python 3.12 None is immortal.)"""
    import sys

    page.add_change()
    choose(page.editor.kind, "Hire")
    spin = page.editor.forms["hire"].wte
    before = sys.getrefcount(None)
    for i in range(60):
        spin.setValue(0.5 + i / 10)
    assert sys.getrefcount(None) >= before - 100


def undo(page: ScenariosPage, times: int = 1) -> None:
    for _ in range(times):
        page.document.undo_stack.undo()


def redo(page: ScenariosPage, times: int = 1) -> None:
    for _ in range(times):
        page.document.undo_stack.redo()


def test_undo_and_redo_with_the_editor_open_show_the_scenario_as_it_now_is(page):
    from planner import scenario_edits as se

    document = page.document
    page.select_scenario(PARAMEDIC)
    original = document.plan.scenario(PARAMEDIC).description
    document.apply(se.set_description(document.plan, PARAMEDIC, "Two paramedics share visits."))
    document.apply(se.set_freed_time_use(document.plan, PARAMEDIC, "appointments"))
    start_hire(page, "Practice nurse", 0.5)
    page.editor.accept_button.click()
    assert page.changes.rowCount() == 5
    page.rename_scenario("Paramedics")

    start_hire(page, "Healthcare assistant", 1.0)  # the editor stays open through undo/redo
    undo(page)  # the rename
    assert page.changes_heading.text() == f"Changes in {PARAMEDIC}"
    assert list_names(page)[2] == PARAMEDIC
    undo(page)  # the practice nurse
    assert page.changes.rowCount() == 4
    undo(page)  # what the freed time becomes: back to the sample's proactive care
    assert page.freed_time.currentText() == "Proactive and complex care"
    undo(page)
    assert page.description.toPlainText() == original
    assert not page.editor.isHidden()
    # the preview is the plan as it now is, plus the 1 WTE HCA being typed
    plan = document.plan
    candidate = replace(plan.scenario(PARAMEDIC),
                        changes=plan.scenario(PARAMEDIC).changes + (Hire("HCA", 1.0, None, False),))
    panel_matches(page, evaluate(plan, candidate))
    assert page.panel.banner.isVisibleTo(page)

    redo(page, 4)
    assert page.description.toPlainText() == "Two paramedics share visits."
    assert page.freed_time.currentText() == "Extra GP appointments (more access)"
    assert page.changes.rowCount() == 5
    assert page.changes_heading.text() == "Changes in Paramedics"
    assert page.editor.forms["hire"].wte.value() == 1.0  # what was typed is kept
    page.editor.accept_button.click()
    assert len(document.plan.scenario("Paramedics").changes) == 6


def test_the_editor_follows_its_change_when_undo_moves_it(page):
    document = page.document
    page.select_scenario("Clinical pharmacist")
    hire = document.plan.scenario("Clinical pharmacist").changes[0]
    page.change_view.selectRow(0)
    page.remove_change()  # the hire goes: the medication reviews shift is now change 1
    page.change_view.selectRow(0)
    page.edit_change()
    page.editor.forms["shift"].fraction.setValue(60)

    undo(page)  # the hire comes back in front: the shift being edited is change 2 again
    assert not page.editor.isHidden()
    assert page.editor.index == 1
    assert page.editor.title.text() == "Edit change 2"
    assert page.editor.forms["shift"].fraction.value() == 60
    page.editor.accept_button.click()
    changes = document.plan.scenario("Clinical pharmacist").changes
    assert changes[0] == hire
    assert changes[1] == Shift("med_review", "GP", "PHARM", 0.6)
    assert len(changes) == 5


def test_the_editor_closes_when_undo_takes_away_what_it_edits(page):
    document = page.document
    page.select_scenario(PARAMEDIC)
    start_hire(page, "Practice nurse", 0.5)
    page.editor.accept_button.click()
    page.change_view.selectRow(4)  # the practice nurse just added
    page.edit_change()
    undo(page)  # the change being edited is gone
    assert page.editor.isHidden()
    assert not page.panel.banner.isVisibleTo(page)
    assert page.changes.rowCount() == 4
    panel_matches(page, evaluate(document.plan, document.plan.scenario(PARAMEDIC)))
    assert page.add_button.isEnabled()

    page.select_scenario("Clinical pharmacist")
    page.copy_scenario()
    page.change_view.selectRow(1)
    page.edit_change()
    undo(page)  # the copy, and the change being edited in it, are gone
    assert page.editor.isHidden()
    assert "Copy of Clinical pharmacist" not in list_names(page)
    assert page.changes_heading.text() == f"Changes in {page.current_name}"
    assert page.changes.rowCount() == len(document.plan.scenario(page.current_name).changes)


def test_the_description_grows_to_five_lines_then_scrolls(page, qtbot):
    from PySide6.QtWidgets import QApplication

    from planner import scenario_edits as se

    document, box = page.document, page.description
    page.select_scenario(PARAMEDIC)
    spacing = box.fontMetrics().lineSpacing()

    def show(text: str) -> None:
        document.apply(se.set_description(document.plan, PARAMEDIC, text))
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
    page.change_view.selectRow(1)  # 80% of medication reviews to the pharmacist
    page.edit_change()
    page.editor.forms["shift"].fraction.setValue(65)
    page.editor.accept_button.click()
    page.change_view.selectRow(1)
    page.edit_change()
    page.editor.forms["shift"].fraction.setValue(70)
    undo(page)  # back to 80%: still the change being edited, with 70 typed
    assert document.plan.scenario("Clinical pharmacist").changes[1].fraction == 0.8
    assert not page.editor.isHidden() and page.editor.index == 1
    assert page.editor.forms["shift"].fraction.value() == 70
    page.editor.accept_button.click()
    assert document.plan.scenario("Clinical pharmacist").changes[1] == Shift("med_review", "GP", "PHARM", 0.7)


def test_choosing_another_scenario_closes_the_editor(page):
    page.select_scenario("Clinical pharmacist")
    page.add_change()
    assert not page.editor.isHidden()
    page.scenario_list.setCurrentRow(2)
    assert page.current_name == PARAMEDIC
    assert page.editor.isHidden()
    assert page.changes_heading.text() == f"Changes in {PARAMEDIC}"
    assert not page.panel.banner.isVisibleTo(page)


def settle(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def test_on_a_1366x768_screen_the_figures_and_the_chart_are_tabs_and_the_window_fits(qtbot):
    from tests.ui.windows import open_window

    window = open_window(qtbot)
    window.resize(1366, 768)
    window.show()
    window.show_page("scenarios")
    page = window.page("scenarios")
    page.select_scenario(PARAMEDIC)
    settle(qtbot)
    results = page.results
    # figures (about 350 px) over the chart (70 + 34 px a role) do not fit: tabs, as on Compare
    assert (window.width(), window.height()) == (1366, 768)
    assert results.tabbed
    assert [results.tabs.tabText(i) for i in range(results.tabs.count())] == \
        ["Figures", "Work by role", "Year by year"]
    assert all(label.isVisibleTo(window) for label in page.panel.values.values())
    assert not page.panel.chart.isVisibleTo(window)
    results.tabs.setCurrentIndex(1)
    assert page.panel.chart.isVisibleTo(window)

    window.resize(1440, 1000)  # room for both: the chart under the figures again
    settle(qtbot)
    assert not results.tabbed
    assert page.panel.chart.isVisibleTo(window)
    assert all(label.isVisibleTo(window) for label in page.panel.values.values())


def test_an_edit_leaves_the_year_by_year_table_in_view(page):
    from planner import scenario_edits as se

    page.select_scenario(PARAMEDIC)
    tabs = page.results.tabs
    tabs.setCurrentWidget(page.panel.years)
    page.document.apply(se.set_description(page.document.plan, PARAMEDIC, "Visits first"))
    assert page.panel.years.isVisible()
    assert not page.panel.chart.isVisible()  # it used to paint over the table


def test_a_long_payback_wraps_rather_than_widening_the_window(qtbot):
    from tests.ui.windows import open_window

    window = open_window(qtbot)
    window.resize(1366, 768)
    window.show()
    window.show_page("scenarios")
    page = window.page("scenarios")
    page.select_scenario(PARAMEDIC)
    settle(qtbot)
    width = page.results.minimumSizeHint().width()
    start_hire(page, "General practitioner", 1.0)  # a salaried GP: the GP time never pays back
    settle(qtbot)
    assert page.panel.figure_text("payback") == "Never (costs more than the GP time is worth)"
    assert page.results.minimumSizeHint().width() == width
    assert window.width() == 1366
