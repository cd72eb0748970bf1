"""The model extensions on the Scenarios page (sample practice): months to full capacity of a
hire and the year-by-year projection, what the freed GP time becomes (undoable), GP contacts
a day against the BMA safe limit and room sessions against the rooms."""

from __future__ import annotations

import pytest

from planner import edits
from planner.engine import baseline, evaluate, project
from planner.present.format import hours, money
from planner.sample import sample_plan
from ui.document import PlanDocument
from ui.pages.scenarios_page import ScenariosPage
from ui.theme import WARNING

PHARMACIST = "Clinical pharmacist"  # its first change hires 1 WTE pharmacist, 3 months to full capacity


@pytest.fixture
def page(qtbot):
    page = ScenariosPage(PlanDocument(sample_plan()))
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.show()
    page.select_scenario(PHARMACIST)
    return page


def year_one(page: ScenariosPage, key: str) -> str:
    return page.results.panel.years.cell(0, key)


def test_months_to_full_capacity_changes_year_one_to_the_engines_projection(page):
    document = page.document
    result = evaluate(document.plan, document.plan.scenario(PHARMACIST))
    freed, net_cost = result.gp_hours_freed_per_week, result.net_cost_per_year
    # 3 months to full capacity: year 1 averages min(1, t/3) over 12 months = (1.5 + 9) / 12
    assert year_one(page, "gp_hours_freed") == hours(freed * 0.875)

    page.change_section.view.selectRow(0)
    page.edit_change()
    form = page.change_section.editor.forms["hire"]
    assert form.form.labelForField(form.ramp).text() == "Months to full capacity"
    assert (form.ramp.minimum(), form.ramp.maximum(), form.ramp.value()) == (0, 36, 3)
    form.ramp.setValue(12)
    page.change_section.editor.accept_button.click()

    assert document.plan.scenario(PHARMACIST).changes[0].ramp_up_months == 12
    assert document.undo_stack.undoText().startswith(f"Change {PHARMACIST}: Hire 1 WTE")
    # 12 months: year 1 averages t/12 over the year = 0.5 of the GP hours freed; the value of
    # that time is 0.5 x freed x 52 weeks x £87.36, less the net cost and £2,500 one-off costs
    value = 0.5 * freed * 52 * 87.36
    assert year_one(page, "gp_hours_freed") == hours(0.5 * freed)
    assert year_one(page, "net_benefit") == money(value - net_cost - 2500)
    engine = project(document.results.scenario(PHARMACIST), document.plan.assumptions, 52)
    assert engine[0].ramp == pytest.approx(0.5)
    assert year_one(page, "net_benefit") == money(engine[0].net_benefit)
    assert page.results.panel.years.model.rowCount() == 5  # projection_years
    assert "with new staff at 50% of full capacity" in page.results.panel.years_line.text()

    document.undo_stack.undo()
    assert year_one(page, "gp_hours_freed") == hours(freed * 0.875)


def test_typing_the_months_previews_year_one_without_an_undo_step(page):
    page.change_section.view.selectRow(0)
    page.edit_change()
    steps = page.document.undo_stack.count()
    page.change_section.editor.forms["hire"].ramp.setValue(0)
    freed = page.document.results.scenario(PHARMACIST).gp_hours_freed_per_week
    assert year_one(page, "gp_hours_freed") == hours(freed)  # no ramp-up: all of it in year 1
    assert page.document.undo_stack.count() == steps


def test_what_the_freed_time_becomes_is_an_undoable_choice(page):
    document = page.document
    combo = page.details.freed_time
    assert combo.currentText() == "Fewer locum sessions (cash saved)"  # the sample's choice
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Not decided", "Extra GP appointments (more access)", "Fewer locum sessions (cash saved)",
        "Proactive and complex care", "Partner time released (cash)"]

    row = combo.findText("Extra GP appointments (more access)")
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    assert document.plan.scenario(PHARMACIST).freed_time_use == "appointments"
    assert document.undo_stack.undoText() == \
        f"Freed GP time in {PHARMACIST}: Extra GP appointments (more access)"

    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert document.plan.scenario(PHARMACIST).freed_time_use == ""

    document.undo_stack.undo()
    assert document.plan.scenario(PHARMACIST).freed_time_use == "appointments"
    document.undo_stack.undo()
    assert document.plan.scenario(PHARMACIST).freed_time_use == "locums"
    assert combo.currentText() == "Fewer locum sessions (cash saved)"


def test_gp_contacts_above_the_safe_limit_are_said_in_red(page):
    plan = page.document.plan
    # GP items a week in appointments, triage and visits, over GP days a week
    # (GP hours available / (2 sessions x 25/6 hours))
    items = sum(a.volume_per_week * a.split.get("GP", 0) for a in plan.activities
                if a.category in ("appointments", "triage", "visits"))
    days = baseline(plan).capacity["GP"] / (2 * 25 / 6)
    now = items / days
    assert now == pytest.approx(34.9, abs=0.05)  # the sample's GPs are well over 25 a day
    after = page.results.panel.safety.contacts.text().split(" → ")[1]
    assert page.results.panel.safety.contacts.text().startswith(f"{now:.1f} → ")
    assert float(after) < now  # the pharmacist takes some GP appointments
    assert f"GPs would see {after} patients a day; BMA safe working says no more than 25." in \
        page.results.panel.safety.text()
    assert WARNING in page.results.panel.safety.contacts.styleSheet()

    page.document.apply(edits.set_assumption(page.document.plan, "safe_contacts_per_gp_day", 40))
    assert "Within the BMA safe working limit of 40 patients a GP day." in page.results.panel.safety.text()
    assert WARNING not in page.results.panel.safety.contacts.styleSheet()


def test_room_sessions_against_the_rooms_recorded(page):
    document = page.document
    needed = page.results.panel.safety.rooms.text().split(" / ")[0]
    assert page.results.panel.safety.rooms.text() == f"{needed} / 70"  # 7 rooms x 10 sessions a week
    assert "Not enough rooms" not in page.results.panel.safety.text()

    document.apply(edits.set_practice(document.plan, "consulting_rooms", 6))
    assert page.results.panel.safety.rooms.text() == f"{needed} / 60"
    assert (f"Not enough rooms: {needed} sessions a week are needed and 6 consulting rooms "
            "give 60.") in page.results.panel.safety.text()
    assert WARNING in page.results.panel.safety.rooms.styleSheet()

    document.apply(edits.set_practice(document.plan, "consulting_rooms", 0))
    assert page.results.panel.safety.rooms.text() == f"{needed} / not recorded"
    assert "Consulting rooms are not recorded" in page.results.panel.safety.text()


def test_a_new_hire_starts_on_the_role_work_was_moved_to(qtbot):
    from tests.ui.scenarios_support import choose

    page = ScenariosPage(PlanDocument(sample_plan()))
    qtbot.addWidget(page)
    page.select_scenario("Paramedic for home visits")  # its changes move home visits to the paramedic
    page.add_change()
    choose(page.change_section.editor.kind, "Hire")
    assert page.change_section.editor.forms["hire"].role.currentText() == "Paramedic"
