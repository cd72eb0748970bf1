"""Display rounding that keeps printed figures adding up, as a calculator rounds."""

from __future__ import annotations

from planner.present.format import apportion, hours, money, number, split_for_display


def test_figures_round_half_up_as_written():
    assert hours(13.95) == "14.0" and hours(21.25) == "21.3"  # round() gives 13.9 and 21.2
    assert money(2.5) == "£3" and money(-1234.5) == "-£1,235" and money(-0.4) == "£0"
    assert number(3894.5) == "3,895"


def test_split_for_display_adds_up_as_printed():
    # 14.72 h freed = 13.96 absorbing + 0.76 available: rounded apart, 14.0 + 0.8 = 14.8
    assert split_for_display(14.72, 13.96) == (14.0, 0.7)
    assert split_for_display(12.5, 12.5) == (12.5, 0.0)


def test_apportion_keeps_the_total():
    lines = apportion([1.04, 1.04, 1.04], 1)
    assert sum(lines) == round(3.12, 1) and sorted(lines) == [1.0, 1.0, 1.1]
