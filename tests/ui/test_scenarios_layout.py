"""Scenarios page on a laptop screen: figures, chart and year-by-year table without cutting anything off."""

from __future__ import annotations

import pytest

from tests.ui.scenarios_support import (
    PARAMEDIC,
    make_page,
    start_hire,
)


@pytest.fixture
def page(qtbot):
    return make_page(qtbot)


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
    assert all(label.isVisibleTo(window) for label in page.results.panel.values.values())
    assert not page.results.panel.chart.isVisibleTo(window)
    results.tabs.setCurrentIndex(1)
    assert page.results.panel.chart.isVisibleTo(window)

    window.resize(1440, 1000)
    settle(qtbot)
    assert results.tabbed  # the figures with their working still need a tab of their own
    page.results.panel.working_button.setChecked(False)  # room for both: the chart under the figures again
    settle(qtbot)
    assert not results.tabbed
    assert page.results.panel.chart.isVisibleTo(window)
    assert all(label.isVisibleTo(window) for label in page.results.panel.values.values())


def test_an_edit_leaves_the_year_by_year_table_in_view(page):
    from planner import edits

    page.select_scenario(PARAMEDIC)
    tabs = page.results.tabs
    tabs.setCurrentWidget(page.results.panel.years)
    page.document.apply(edits.set_description(page.document.plan, PARAMEDIC, "Visits first"))
    assert page.results.panel.years.isVisible()
    assert not page.results.panel.chart.isVisible()  # it used to paint over the table


def test_a_long_payback_never_widens_the_window(qtbot):
    from tests.ui.windows import open_window

    window = open_window(qtbot)
    window.resize(1366, 768)
    window.show()
    window.show_page("scenarios")
    page = window.page("scenarios")
    page.select_scenario(PARAMEDIC)
    settle(qtbot)
    start_hire(page, "General practitioner", 1.0)  # a salaried GP: the GP time never pays back
    settle(qtbot)
    assert page.results.panel.figure_text("payback_months") == "Never"
    assert window.width() == 1366
    assert page.minimumSizeHint().width() <= window.scrolls["scenarios"].viewport().width()
