"""The scenario results panel: the freed-hours split prints parts that add up to the printed
total, and hired time with no work moved to it is pointed out in grey."""

from __future__ import annotations

from planner.engine import evaluate
from planner.model import Hire, Plan, Scenario, Shift, Staff
from tests.planner.builders import sample_2025_26, two_role_plan
from ui.theme import MUTED
from ui.widgets.results_panel import ResultsPanel


def shown(qtbot, plan: Plan, scenario: Scenario) -> ResultsPanel:  # type: ignore[no-untyped-def]
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show_result(plan, evaluate(plan, scenario))
    return panel


def test_the_freed_hours_split_adds_up_as_printed(qtbot) -> None:
    plan = sample_2025_26()
    scenario = next(s for s in plan.scenarios if s.name == "Document workflow and care navigation")
    panel = shown(qtbot, plan, scenario)
    # the 2025/26 sample: 14.7048 h freed, 13.95222 h of it covering today's unrostered work: alone they would
    # print 14.7 = 14.0 + 0.8 (0.75258); the rest of the printed total is 14.7 - 14.0 = 0.7
    keys = ("gp_hours_freed_per_week", "gp_hours_absorbing_shortfall", "gp_hours_available")
    figures = [panel.figure_text(key) for key in keys]
    assert figures == ["14.7", "14.0", "0.7"]
    total, part, rest = (float(f) for f in figures)
    assert round(part + rest, 1) == total


def nurse_hired(*changes: object) -> tuple[Plan, Scenario]:
    # no practice nurse on the team: PN demand 100 appts x 30% x 15 min / 60 = 7.5 h, no time
    plan = two_role_plan(staff=(Staff("Dr One", "GP", 30), Staff("Dr Two", "GP", 20)))
    # hiring 0.5 WTE: 0.5 x 37.5 h x (1 - 10% leave) = 16.875 h of nurse time
    return plan, Scenario("Nurse", (Hire("PN", 0.5), *changes))  # type: ignore[arg-type]


def test_hired_time_with_no_work_moved_is_pointed_out_in_grey(qtbot) -> None:
    panel = shown(qtbot, *nurse_hired())
    # capacity after - demand after = 16.875 - 7.5 = 9.375 h (the GPs' spare time is not
    # listed: no GP was hired)
    assert panel.idle.text() == "New Practice nurse time: 9.4 h a week with no work moved to them yet"
    assert not panel.idle.isHidden()
    assert MUTED in panel.idle.styleSheet()


def test_no_line_once_the_hired_time_has_work(qtbot) -> None:
    # all appointments to the nurse: 7.5 + 100 x 70% x 15 / 60 = 7.5 + 17.5 = 25 h > 16.875 h
    panel = shown(qtbot, *nurse_hired(Shift("appts", "GP", "PN", 1.0)))
    assert panel.idle.text() == ""
    assert panel.idle.isHidden()
    assert "Practice nurse" in panel.short_of_time_text()


def test_hired_time_beyond_some_work_moved_says_how_much_was_moved(qtbot) -> None:
    # 20% of the GPs' 70 appointments to the nurse: 14 x 15 / 60 = 3.5 h moved; time after
    # 16.875 h against 7.5 + 3.5 = 11 h of work: 5.875 h more than the work
    panel = shown(qtbot, *nurse_hired(Shift("appts", "GP", "PN", 0.2)))
    assert panel.idle.text() == "New Practice nurse time: 5.9 h a week more than the 3.5 h of work moved to them"


def test_the_working_shows_the_supervision_taken_off_and_why_no_cash_is_saved(qtbot) -> None:
    plan, scenario = nurse_hired(Shift("appts", "GP", "PN", 0.2))  # nurses: 2 h of GP supervision a WTE
    panel = shown(qtbot, plan, scenario)
    # GP appointments moved: 14 x 10 min / 60 = 2.33 h; less 0.5 WTE x 2 h supervision = 1.33 h
    assert panel.figure_text("gp_hours_freed_per_week") == "1.3"
    assert panel.working_text("gp_hours_freed_per_week") == (
        "2.3 h of GP work moved, avoided or made quicker − 1.0 h of GP supervision for the new staff = 1.3 h freed.")
    assert panel.workings["gp_hours_freed_per_week"].isVisibleTo(panel)
    panel.working_button.click()  # hidden on request
    assert not panel.workings["gp_hours_freed_per_week"].isVisibleTo(panel)


def test_spare_time_the_team_had_already_is_not_counted_as_new(qtbot) -> None:
    # Nurse One 30 h x 0.9 = 27 h against 7.5 h of work: 19.5 h spare before any hire. After
    # hiring 16.875 h the gap is 36.375 h, but only the 16.875 h hired is new time
    plan = two_role_plan()
    panel = shown(qtbot, plan, Scenario("Nurse", (Hire("PN", 0.5),)))
    assert panel.idle.text() == "New Practice nurse time: 16.9 h a week with no work moved to them yet"
    # under an hour: 0.02 WTE = 0.02 x 37.5 x 0.9 = 0.675 h, not worth a line
    panel.show_result(plan, evaluate(plan, Scenario("Nurse", (Hire("PN", 0.02),))))
    assert panel.idle.isHidden()
