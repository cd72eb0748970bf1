"""Changing someone's hours from the Scenarios page (E13): the regular locum from 4 sessions to 2
is costed at their hourly rate, previewed as you type and one undo step."""

from __future__ import annotations

import pytest

from planner.engine import evaluate
from planner.present.format import money
from tests.ui.scenarios_support import PARAMEDIC, choose, make_page

LOCUM = "Dr K Whitfield (regular locum)"


@pytest.fixture
def page(qtbot):  # type: ignore[no-untyped-def]
    return make_page(qtbot)


def test_the_locum_from_four_sessions_to_two_saves_at_the_hourly_rate(page) -> None:
    page.select_scenario(PARAMEDIC)
    document = page.document
    before = evaluate(document.plan, document.plan.scenario(PARAMEDIC))
    page.add_change()
    choose(page.change_section.editor.kind, "Change someone's hours (sessions, locum)")
    form = page.change_section.editor.forms["change_hours"]
    choose(form.person, f"{LOCUM} (General practitioner)")
    assert form.hours.value() == pytest.approx(16.67)  # starts from their hours now
    assert "paid by the hour at £87.36" in form.now.text()
    form.hours.setValue(8.33)  # 2 sessions of 4 h 10 min
    # preview: (16.67 - 8.33) h x 52 weeks x £87.36 = £37,886.28 a year less
    saving = (16.67 - 8.33) * 52 * 87.36
    assert page.results.panel.figure_text("employment_cost_per_year") == money(before.employment_cost_per_year - saving)
    assert document.plan.scenario(PARAMEDIC) is not None and len(document.plan.scenario(PARAMEDIC).changes) == 4
    page.change_section.editor.accept_button.click()
    after = evaluate(document.plan, document.plan.scenario(PARAMEDIC))
    assert after.employment_cost_per_year == pytest.approx(before.employment_cost_per_year - saving)
    assert document.undo_stack.undoText() == (
        f"Add to {PARAMEDIC}: {LOCUM}: 16.67 → 8.33 hours a week (4 → 2 sessions)")
    document.undo_stack.undo()
    assert evaluate(document.plan, document.plan.scenario(PARAMEDIC)).employment_cost_per_year == \
        pytest.approx(before.employment_cost_per_year)
