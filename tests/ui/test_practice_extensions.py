"""The model extensions' assumptions on the Practice page: each with its value, source and
year from the reference figures, and editable like the others."""

from __future__ import annotations

import pytest

from planner.reference import ASSUMPTION_FIGURES, figure
from planner.sample import sample_plan
from tests.ui.windows import cell, set_cell
from ui.document import PlanDocument
from ui.pages.practice_page import PracticePage
from ui.pages.scenarios_page import ScenariosPage

EXTENSIONS = {  # key -> (row label, value as shown for the sample's defaults)
    "pay_award_rate": ("Yearly pay award", "3.3%"),
    "list_growth_rate": ("Yearly list growth", "1%"),
    "projection_years": ("Projection years", "5 years"),
    "safe_contacts_per_gp_day": ("Safe patient contacts a GP day", "25 patients a day"),
    "room_sessions_per_week": ("Sessions a room is used a week", "10 sessions"),
}


@pytest.fixture
def page(qtbot):
    page = PracticePage(PlanDocument(sample_plan()))
    qtbot.addWidget(page)
    page.show()
    return page


def row_of(page: PracticePage, key: str) -> int:
    return [page.assumptions.row(r).key for r in range(page.assumptions.rowCount())].index(key)


@pytest.mark.parametrize("key", list(EXTENSIONS))
def test_each_extension_assumption_shows_its_value_source_and_year(page, key):
    row = row_of(page, key)
    cited = figure(ASSUMPTION_FIGURES[key], "2026/27")  # the sample is a 2026/27 plan
    assert cell(page.assumptions, row, "label") == EXTENSIONS[key][0]
    assert cell(page.assumptions, row, "value") == EXTENSIONS[key][1]
    assert cell(page.assumptions, row, "source") == cited.source
    assert cell(page.assumptions, row, "year") == cited.year
    expected = "Estimate: check it" if cited.estimate else "Default"
    assert cell(page.assumptions, row, "status") == expected


def test_more_projection_years_lengthen_the_year_by_year_table(page, qtbot):
    scenarios = ScenariosPage(page.document)
    qtbot.addWidget(scenarios)
    scenarios.show()
    assert scenarios.results.panel.years.model.rowCount() == 5
    assert set_cell(page.assumptions, row_of(page, "projection_years"), "value", "7")
    assert page.document.plan.assumptions.projection_years == 7
    assert cell(page.assumptions, row_of(page, "projection_years"), "status") == "Your figure"
    assert scenarios.results.panel.years.model.rowCount() == 7
    assert scenarios.results.panel.years.cell(6, "year") == "Year 7"
    assert not set_cell(page.assumptions, row_of(page, "projection_years"), "value", "12")
    assert page.document.plan.assumptions.projection_years == 7  # at most 10 years
