"""The Workload page's GP-time chart: one line per category name (no wrapped names crowding
their neighbours), no tick marks beside the bars, and the non-patient share in words."""

from __future__ import annotations

from ui.charts.gp_time_chart import GpTimeChart, bureaucracy_sentence


def test_long_category_names_are_shortened_to_one_line_with_no_ticks(qtbot) -> None:
    chart = GpTimeChart()
    qtbot.addWidget(chart)
    chart.show_hours({"appointments": 10.0, "correspondence": 6.0, "visits": 3.0, "reports_forms": 2.0,
                      "meetings": 0.01})  # under 0.05 h: no bar
    assert chart.categories == ["Appointments", "Letters", "Home visits", "Reports and forms"]
    axis = chart.getPlotItem().getAxis("left")
    names = [name for _position, name in axis._tickLevels[0]]
    assert names == chart.categories and not any("\n" in name for name in names)
    assert axis.style["tickLength"] == 0
    assert chart.getPlotItem().getAxis("bottom").style["tickLength"] == -5  # the hours keep theirs


def test_the_sentence_names_all_non_patient_work(qtbot) -> None:
    # appointments 10 + triage 2 + visits 3 = 15 patient-facing; letters 4 + supervision 1 = 5
    # of 20 h: 25%
    text = bureaucracy_sentence({"appointments": 10.0, "triage": 2.0, "visits": 3.0,
                                 "correspondence": 4.0, "supervision": 1.0})
    assert text == "Bureaucracy and other non-patient work: 5.0 h a week, 25% of GP time"
