"""Scenarios side by side in pictures: GP hours freed a week and net cost a year, one bar
per scenario (doing nothing first), each in its own chart so each has its own scale."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner.engine import ScenarioResult
from ui.charts.base import ACCENT, BarSeries, ChartWidget, bar_chart

COST = "#FFB81C"  # NHS warm yellow
SAVING = "#009639"  # NHS green: a scenario that saves money


def _money(value: float) -> str:
    return f"-£{-value:,.0f}" if value < 0 else f"£{value:,.0f}"


class CompareCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = ChartWidget(self, "GP hours freed a week")
        self.cost = ChartWidget(self, "Net cost a year (£)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hours)
        layout.addWidget(self.cost)
        self.names: list[str] = []

    def show_results(self, named: list[tuple[str, ScenarioResult]]) -> None:
        """``named``: (label, result) in the order to show, doing nothing first."""
        self.names = [name for name, _ in named]
        freed = [r.gp_hours_freed_per_week for _, r in named]
        cost = [r.net_cost_per_year for _, r in named]
        bar_chart(self.hours, self.names, [BarSeries("GP hours freed", freed, ACCENT)],
                  horizontal=True, value_label="Hours a week", value_format=lambda v: f"{v:,.1f}")
        bar_chart(self.cost, self.names,
                  [BarSeries("Net cost", cost, COST, [SAVING if c < 0 else COST for c in cost])],
                  horizontal=True, value_label="Pounds a year", value_format=_money,
                  axis_format=_money)
        self.cost.set_legend([("Cost", COST), ("Saving", SAVING)] if min(cost, default=0) < 0 else [])

    def clear(self) -> None:
        self.names = []
        for chart in (self.hours, self.cost):
            chart.clear_chart()
