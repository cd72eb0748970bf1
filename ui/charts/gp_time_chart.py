"""Where GP time goes: hours a week by activity category, patient-facing work in NHS blue
and bureaucracy (every other category, supervision and meetings included) in grey, with its
share written out in words. Category names are short so each fits on one line beside its bar."""

from __future__ import annotations

from planner.engine import bureaucracy_hours
from planner.model import CATEGORY_LABELS, PATIENT_FACING_CATEGORIES
from planner.present import format as fmt
from ui.charts.base import ACCENT, BarSeries, ChartWidget, bar_chart

BUREAUCRACY_COLOUR = "#768692"  # NHS mid grey
NON_PATIENT = "Bureaucracy and other non-patient work"
#: one-line names for the chart's axis (the full names wrap and crowd their neighbours)
SHORT_LABELS: dict[str, str] = {
    "visits": "Home visits",
    "correspondence": "Letters",
}


def chart_label(category: str) -> str:
    return SHORT_LABELS.get(category) or CATEGORY_LABELS.get(category, category)


def bureaucracy_sentence(by_category: dict[str, float]) -> str:
    """'Bureaucracy and other non-patient work: 41.2 h a week, 38% of GP time' (MODEL.md's
    bureaucracy: every category but appointments, triage and visits)."""
    total = sum(by_category.values())
    if total <= 0:
        return "No GP time recorded yet."
    paperwork = bureaucracy_hours(by_category)
    return (f"{NON_PATIENT}: {fmt.hours(paperwork)} h a week, {fmt.percent(paperwork / total)} "
            f"of GP time")


class GpTimeChart(ChartWidget):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent, title="GP hours a week")  # type: ignore[arg-type]
        self.categories: list[str] = []
        self.values: list[float] = []

    def show_hours(self, by_category: dict[str, float]) -> None:
        """Bars for every category with GP time, largest first."""
        shown = sorted(((c, h) for c, h in by_category.items() if h > 0.05),
                       key=lambda item: -item[1])
        self.categories = [chart_label(c) for c, _ in shown]
        self.values = [h for _, h in shown]
        colours = [ACCENT if c in PATIENT_FACING_CATEGORIES else BUREAUCRACY_COLOUR
                   for c, _ in shown]
        bar_chart(self, self.categories,
                  [BarSeries("GP hours", self.values, ACCENT, colours)],
                  horizontal=True, value_format=lambda v: f"{fmt.hours(v)} h")
        self.set_legend([("Patient care", ACCENT), ("Non-patient work", BUREAUCRACY_COLOUR)])
