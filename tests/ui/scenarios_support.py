"""Shared pieces of the Scenarios page tests: the page on the sample practice and ways to drive it."""

from __future__ import annotations

from planner.engine import realisation
from planner.present.format import hours, money, number
from planner.sample import sample_plan
from ui.document import PlanDocument
from ui.pages.scenarios_page import ScenariosPage

PARAMEDIC = "Paramedic for home visits"


def make_page(qtbot) -> ScenariosPage:
    """The Scenarios page on the sample practice, shown at a size where nothing is tabbed."""
    page = ScenariosPage(PlanDocument(sample_plan()))
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.show()
    return page


def list_names(page: ScenariosPage) -> list[str]:
    return [page.list_section.names.item(i).text() for i in range(page.list_section.names.count())]


def combo_items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {combo_items(combo)}"
    combo.setCurrentIndex(index)


def panel_matches(page: ScenariosPage, result) -> None:
    assert page.results.panel.figure_text("gp_hours_freed_per_week") == hours(result.gp_hours_freed_per_week)
    real = realisation(page.document.plan, result)
    # appointments are released only by freed hours left after covering today's unrostered work
    free = hours(result.gp_hours_freed_per_week - float(hours(real.gp_hours_absorbing_shortfall))) != "0.0"
    assert page.results.panel.figure_text("gp_appointments_released_per_year") == \
        (number(result.gp_appointments_released_per_year) if free else "–")
    assert page.results.panel.figure_text("employment_cost_per_year") == money(result.employment_cost_per_year)
    assert page.results.panel.figure_text("arrs_reimbursement_per_year") == money(result.arrs_reimbursement_per_year)
    assert page.results.panel.figure_text("net_cost_per_year") == money(result.net_cost_per_year)


def start_hire(page: ScenariosPage, role: str, wte: float) -> None:
    page.add_change()
    choose(page.change_section.editor.kind, "Hire")
    form = page.change_section.editor.forms["hire"]
    choose(form.role, role)
    form.wte.setValue(wte)
