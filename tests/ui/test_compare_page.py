"""Compare page on the sample practice: a column for doing nothing and one per scenario,
figures equal to the engine's, the recommended scenario starred, and the charts' bars."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner import scenario_edits as se
from planner.engine import evaluate
from planner.format import hours, money
from planner.model import Hire, Shift
from planner.sample import sample_plan
from ui.charts.base import ChartWidget
from ui.document import PlanDocument
from ui.pages.compare_page import ComparePage


@pytest.fixture
def page(qtbot):
    page = ComparePage(PlanDocument(sample_plan()))
    qtbot.addWidget(page)
    page.resize(1260, 860)
    page.show()
    return page


def bar_lengths(chart: ChartWidget) -> list[float]:
    return [float(v) for v in chart._bars[0].opts["width"]]


def test_a_column_for_doing_nothing_then_one_per_scenario(page):
    assert page.table.scenario_headers() == ["Do nothing", "★ Clinical pharmacist",
                                             "Document workflow\nand care navigation",
                                             "Paramedic for\nhome visits"]
    plan = page.document.plan
    for column, scenario in enumerate(plan.scenarios, start=2):
        result = evaluate(plan, scenario)
        assert page.table.cell("gp_hours_freed", column) == hours(result.gp_hours_freed_per_week)
        assert page.table.cell("net_cost", column) == money(result.net_cost_per_year)
        assert page.table.cell("arrs", column) == money(result.arrs_reimbursement_per_year)
        assert page.table.cell("net_benefit", column) == money(result.net_benefit_per_year)


def test_doing_nothing_frees_nothing_and_shows_todays_shortfall(page):
    assert page.table.cell("gp_hours_freed", 1) == "0.0"
    assert page.table.cell("net_cost", 1) == "£0"
    assert page.table.cell("cost_per_appointment", 1) == "–"
    baseline = page.document.results.baseline
    gp_short = baseline.demand["GP"] - baseline.capacity["GP"]
    assert gp_short > 0  # the sample's GPs have more work than rostered time today
    assert page.table.cell("short", 1) == f"General practitioner {hours(gp_short)} h"


def test_the_charts_show_each_scenarios_hours_and_net_cost(page):
    results = page.document.results.scenarios
    assert page.charts.names == ["Do nothing", "★ Clinical pharmacist",
                                 "Document workflow and care navigation",
                                 "Paramedic for home visits"]
    assert bar_lengths(page.charts.hours) == pytest.approx(
        [0.0, *(r.gp_hours_freed_per_week for r in results)])
    assert bar_lengths(page.charts.cost) == pytest.approx(
        [0.0, *(r.net_cost_per_year for r in results)])


def test_an_edit_elsewhere_updates_the_comparison(page):
    document = page.document
    document.apply(se.add_change(document.plan, "Paramedic for home visits", Hire("HCA", 1.0)))
    plan = document.plan
    result = evaluate(plan, plan.scenario("Paramedic for home visits"))
    assert page.table.cell("employment_cost", 4) == money(result.employment_cost_per_year)
    document.apply(se.set_recommended(plan, "Paramedic for home visits"))
    assert page.table.scenario_headers()[1:] == ["Clinical pharmacist",
                                                 "Document workflow\nand care navigation",
                                                 "★ Paramedic\nfor home visits"]


def test_a_scenario_that_cannot_be_worked_out_says_so_and_the_rest_still_compare(page):
    document = page.document
    plan = document.plan
    # a shift of mental health work to a nurse, who has no minutes for it
    broken = replace(plan.scenarios[2], changes=(Shift("mental_health", "GP", "PN", 0.5),))
    document.apply(_replace_scenario(plan, broken))
    assert document.results is None
    assert page.table.cell("gp_hours_freed", 4) == "Cannot be worked out"
    tip = page.table.data(page.table.index(0, 4), 3)  # ToolTipRole
    assert "Practice nurse has no minutes for 'Mental health consultations'" in tip
    first = evaluate(plan, plan.scenarios[0])
    assert page.table.cell("gp_hours_freed", 2) == hours(first.gp_hours_freed_per_week)
    assert "1 scenario cannot be worked out" in page.headline.text()


def _replace_scenario(plan, scenario):
    from planner.edits import replace_plan

    scenarios = tuple(scenario if s.name == scenario.name else s for s in plan.scenarios)
    return replace_plan(plan, replace(plan, scenarios=scenarios), "Break a scenario")
