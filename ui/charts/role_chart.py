"""Before/after by role: the work each role has to do now and after a scenario's changes,
with the time each role will have available marked, and red bars where work will not fit."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from planner.engine import ScenarioResult
from planner.model import Plan
from planner.present.names import role_title
from ui.charts.base import ACCENT, SHORT, BarSeries, ChartWidget, bar_chart

AFTER = "#41B6E6"
AVAILABLE = "#E3E8EE"


def roles_to_show(plan: Plan, result: ScenarioResult) -> list[str]:
    """Role codes, in the plan's order, that have work or time before or after."""
    before, after = result.before, result.after
    return [r.code for r in plan.roles
            if any(abs(x.get(r.code, 0.0)) > 1e-9
                   for x in (before.demand, after.demand, before.capacity, after.capacity))]


class RoleChart(ChartWidget):
    """Hours a week of work by role, now and after, over a grey band showing the time each
    role will have after the changes: a bar past its band (red) is work that will not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "Work by role, hours a week")
        self.roles: list[str] = []

    def show_result(self, plan: Plan, result: ScenarioResult) -> None:
        self.roles = roles_to_show(plan, result)
        titles = [role_title(plan, code) for code in self.roles]
        now = [result.before.demand.get(code, 0.0) for code in self.roles]
        later = [result.after.demand.get(code, 0.0) for code in self.roles]
        colours = [SHORT if result.after.shortfall(code) > 1e-9 else AFTER for code in self.roles]
        bar_chart(self, titles, [BarSeries("Work now", now, ACCENT),
                                 BarSeries("Work after changes", later, AFTER, colours)],
                  horizontal=True, value_label="Hours of work a week",
                  value_format=lambda v: f"{v:,.1f}")
        capacity = [result.after.capacity.get(code, 0.0) for code in self.roles]
        self._mark_capacity(capacity)
        legend = [("Now", ACCENT), ("After changes", AFTER), ("Time available", AVAILABLE)]
        if any(c == SHORT for c in colours):
            legend.append(("Short of time", SHORT))
        self.set_legend(legend)
        self._fit_capacity(now, later, capacity)
        self.setMinimumHeight(max(220, 70 + 34 * len(self.roles)))

    def clear_result(self) -> None:
        self.roles = []
        self.clear_chart()
        self.set_legend([])

    def _mark_capacity(self, capacity: list[float]) -> None:
        band = self.extra("capacity", _band)
        band.setOpts(x0=[0.0] * len(capacity), y=list(range(len(capacity))), width=capacity,
                     height=0.94)

    def _fit_capacity(self, now: list[float], later: list[float], capacity: list[float]) -> None:
        high = max([0.0, *now, *later, *capacity]) or 1.0
        self.getPlotItem().getViewBox().setXRange(0, high * 1.15, padding=0)


def _band() -> pg.BarGraphItem:
    band = pg.BarGraphItem(x0=[], y=[], width=[], height=0.94, brush=pg.mkBrush(AVAILABLE),
                           pen=pg.mkPen(None))
    band.setZValue(-10)
    return band

