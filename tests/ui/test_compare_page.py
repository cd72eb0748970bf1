"""Compare page on the sample practice: a column for doing nothing and one per scenario,
figures equal to the engine's, the recommended scenario starred, and the charts' bars."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner import edits
from planner.engine import evaluate, realisation, safety_check
from planner.model import FREED_TIME_USES, Hire, Shift
from planner.present.format import hours, money, number
from planner.sample import sample_plan
from tests.planner.builders import sample_2025_26
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
        assert page.table.cell("gp_hours_freed_per_week", column) == hours(result.gp_hours_freed_per_week)
        assert page.table.cell("net_cost_per_year", column) == money(result.net_cost_per_year)
        assert page.table.cell("arrs_reimbursement_per_year", column) == money(result.arrs_reimbursement_per_year)
        assert page.table.cell("net_benefit_per_year", column) == money(result.net_benefit_per_year)


def test_the_realisation_risk_and_years_rows_equal_the_engines(page):
    plan = page.document.plan
    for column, scenario in enumerate(plan.scenarios, start=2):
        result = evaluate(plan, scenario)
        real = realisation(plan, result)
        assert page.table.cell("gp_hours_absorbing_shortfall", column) == hours(real.gp_hours_absorbing_shortfall)
        # the rest of the printed total, so the two printed rows add up to it
        freed = float(page.table.cell("gp_hours_freed_per_week", column))
        rest = freed - float(hours(real.gp_hours_absorbing_shortfall))
        assert page.table.cell("gp_hours_available", column) == hours(rest)
        cash = money(real.cash_effect_per_year)
        signed = cash if real.cash_effect_per_year <= 0 else "+" + cash
        assert page.table.cell("cash_effect_per_year", column) == signed
        assert page.table.cell("gp_supervision_hours_per_week", column) == hours(result.after.supervision_hours)
        contacts = safety_check(plan, result.after).gp_contacts_per_day
        assert page.table.cell("gp_contacts_per_day_after", column).startswith(number(contacts, 1))
        closed = (result.before.demand["GP"] - result.before.capacity["GP"]) - (
            result.after.demand["GP"] - result.after.capacity["GP"])
        assert page.table.cell("gp_gap_closed_per_week", column) == hours(closed)
        assert page.table.cell("freed_time_use", column) == FREED_TIME_USES[scenario.freed_time_use]


def test_the_printed_split_of_freed_hours_adds_up_to_the_printed_total(qtbot):
    # The 2025/26 sample's document workflow: 14.7048 h freed, 13.95222 h of it covering today's
    # unrostered work. Each rounded alone: 14.7 = 14.0 + 0.8 (0.75258 rounds up) does not add up;
    # the rest of the printed total is 14.7 - 14.0 = 0.7
    page = ComparePage(PlanDocument(sample_2025_26()))
    qtbot.addWidget(page)
    page.resize(1260, 860)
    page.show()
    column = 2 + [s.name for s in page.document.plan.scenarios].index("Document workflow and care navigation")
    keys = ("gp_hours_freed_per_week", "gp_hours_absorbing_shortfall", "gp_hours_available")
    cells = [page.table.cell(key, column) for key in keys]
    assert cells == ["14.7", "14.0", "0.7"]


def test_freed_hours_split_against_todays_shortfall_by_hand(page):
    # GP demand minus capacity before any change is today's shortfall; the pharmacist frees
    # fewer hours than that, so all of them cover unrostered work and none are left over
    plan = page.document.plan
    baseline = page.document.results.baseline
    shortfall = baseline.demand["GP"] - baseline.capacity["GP"]
    freed = evaluate(plan, plan.scenarios[0]).gp_hours_freed_per_week
    assert 0 < freed < shortfall
    assert page.table.cell("gp_hours_absorbing_shortfall", 2) == hours(freed)
    assert page.table.cell("gp_hours_available", 2) == "0.0"
    # and the headline prices doing nothing: the shortfall x weeks x the GP hour's value
    cost = shortfall * plan.practice.weeks_per_year * plan.assumptions.gp_hour_value
    assert f"worth {money(cost)} a year at locum rates" in page.headline.text()


def test_labels_say_which_figures_are_not_cash(page):
    labels = {r.key: r.label for r in page.table._rows}
    for key in ("gp_time_value_per_year", "net_benefit_per_year", "payback_months"):
        if key in labels:
            assert "(not cash)" in labels[key], key


@pytest.mark.parametrize("size", [(1366, 698), (910, 465), (1920, 1010)])
def test_every_row_and_column_is_whole_on_a_laptop(qtbot, size):
    from tests.ui.windows import open_window

    window = open_window(qtbot)
    window.show()
    window.resize(*size)
    window.show_page("compare")
    qtbot.wait(20)
    page = window.page("compare")
    view = page.view
    last = page.table.row_number("shortfall_hours")
    bottom = view.rowViewportPosition(last) + view.rowHeight(last)
    assert view.verticalScrollBar().maximum() == 0  # the table never scrolls up and down inside
    assert bottom <= view.viewport().height()
    header = view.horizontalHeader()
    for column in range(page.table.columnCount()):  # every title and figure whole
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
        for row in range(page.table.rowCount()):
            assert_whole(view, row, column)
    if size[0] >= 1366:  # on a laptop at 100% the options fit side by side without scrolling
        assert header.length() <= view.viewport().width()
    if size == (1920, 1010):  # and on a large screen the whole page is in view
        assert page.height() <= window.scrolls["compare"].viewport().height()


def assert_whole(view, row: int, column: int) -> None:
    """The cell shows its whole text: no word (a number with its unit) wider than the column,
    and the wrapped lines no taller than the row."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFont, QFontMetrics

    index = view.model().index(row, column)
    text = str(index.data() or "")
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    mark = 20 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
    width = view.columnWidth(column) - 8 - mark
    assert max(metrics.horizontalAdvance(w) for w in text.split(" ")) <= width, (text, width)
    lines = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
    assert lines.height() <= view.rowHeight(row), (text, lines.height(), view.rowHeight(row))


def test_doing_nothing_frees_nothing_and_shows_todays_shortfall(page):
    assert page.table.cell("gp_hours_freed_per_week", 1) == "0.0"
    assert page.table.cell("net_cost_per_year", 1) == "£0"
    assert page.table.cell("net_cost_per_gp_hour_closed", 1) == "–"
    baseline = page.document.results.baseline
    gp_short = baseline.demand["GP"] - baseline.capacity["GP"]
    assert gp_short > 0  # the sample's GPs have more work than rostered time today
    # the sample's ANPs are 1.6 h short too (2026/27 leave with sickness); each role's hours kept together
    anp_short = baseline.demand["ANP"] - baseline.capacity["ANP"]
    assert page.table.cell("shortfall_hours", 1) == (
        f"General practitioner {hours(gp_short)}\u00a0h; Advanced nurse practitioner {hours(anp_short)}\u00a0h")


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
    document.apply(edits.add_change(document.plan, "Paramedic for home visits", Hire("HCA", 1.0)))
    plan = document.plan
    result = evaluate(plan, plan.scenario("Paramedic for home visits"))
    assert page.table.cell("employment_cost_per_year", 4) == money(result.employment_cost_per_year)
    document.apply(edits.set_recommended(plan, "Paramedic for home visits"))
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
    assert page.table.cell("gp_hours_freed_per_week", 4) == "Cannot be worked out"
    tip = page.table.data(page.table.index(0, 4), 3)  # ToolTipRole
    assert "Practice nurse has no minutes for 'Mental health consultations'" in tip
    first = evaluate(plan, plan.scenarios[0])
    assert page.table.cell("gp_hours_freed_per_week", 2) == hours(first.gp_hours_freed_per_week)
    assert "1 scenario cannot be worked out" in page.headline.text()


def _replace_scenario(plan, scenario):
    from planner.edits import replace_plan

    scenarios = tuple(scenario if s.name == scenario.name else s for s in plan.scenarios)
    return replace_plan(plan, replace(plan, scenarios=scenarios), "Break a scenario")


def test_a_hidden_page_redraws_its_charts_only_when_shown_again(page, monkeypatch):
    calls = []
    real = page.refresh
    monkeypatch.setattr(page, "refresh", lambda: (calls.append(1), real()))
    plan = page.document.plan
    page.hide()
    page.document.apply(edits.rename_scenario(plan, plan.scenarios[0].name, "Pharmacist renamed"))
    assert calls == []  # an edit elsewhere does not redraw a hidden page
    page.show()
    assert calls == [1]  # it catches up once when shown
    page.document.apply(edits.rename_scenario(page.document.plan, "Pharmacist renamed", "Back"))
    assert calls == [1, 1]  # while shown, every edit redraws it
