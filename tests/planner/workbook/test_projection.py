"""The scenario sheets' projection (E1/E2) is live and equals planner.engine.project();
GP contacts and room sessions (E3/E4) are printed as the engine computes them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from planner.model import Hire, Plan
from planner.present.figures import label
from planner.workbook import build_workbook, export_workbook
from tests.planner.workbook.test_export import assert_matches_engine, hand_plan
from tests.planner.workbook.xlsx_eval import Evaluated, labelled, set_named_value

NET_COST = 19950.80  # hand_plan's net cost a year (see test_export.hand_plan)
FREED = 18.3333333 - 12.25  # GP hours freed a week
HOUR_VALUE = 364 / (25 / 6)  # £87.36


def ramped_plan(months: float = 6) -> Plan:
    """hand_plan with the pharmacist taking ``months`` to reach full capacity."""
    plan = hand_plan()
    scenario = plan.scenarios[0]
    changes = tuple(replace(c, ramp_up_months=months) if isinstance(c, Hire) and c.role == "PHARM" else c
                    for c in scenario.changes)
    return replace(plan, scenarios=(replace(scenario, changes=changes), *plan.scenarios[1:]))


def test_each_year_equals_the_engine_projection(tmp_path: Path) -> None:
    plan = ramped_plan()
    values = assert_matches_engine(plan, tmp_path / "ramped.xlsx")  # every year, every option
    _, index = build_workbook(plan)
    years = index.scenarios["Pharmacist"].projection
    assert len(years["net_benefit"]) == 5  # projection_years
    # Year 1: a 6-month ramp gives 0.75 of the year; 6.0833 h x 0.75 = 4.5625 h a week,
    # x 52 weeks x £87.36 = £20,726.16; less the net cost 19,950.80 and the one-off 2,500.
    assert values[years["ramp"][0]] == pytest.approx(0.75)
    assert values[years["hours"][0]] == pytest.approx(4.5625)
    assert values[years["value"][0]] == pytest.approx(20726.16)
    assert values[years["net_benefit"][0]] == pytest.approx(20726.16 - NET_COST - 2500)
    # Year 2: full capacity, pay x 1.036, list x 1.01, no one-off cost.
    value_2 = FREED * 1.01 * 52 * HOUR_VALUE * 1.036
    assert values[years["net_benefit"][1]] == pytest.approx(value_2 - NET_COST * 1.036)
    assert values[years["cumulative"][1]] == pytest.approx(20726.16 - NET_COST - 2500 + value_2 - NET_COST * 1.036)


def test_changing_the_pay_award_moves_year_3_net_cost_by_the_hand_worked_factor(tmp_path: Path) -> None:
    path, changed = tmp_path / "plan.xlsx", tmp_path / "changed.xlsx"
    plan = ramped_plan()
    export_workbook(plan, path)
    set_named_value(path, "pay_award_rate", 0.05, changed)
    before, after = Evaluated(path), Evaluated(changed)
    _, index = build_workbook(plan)
    year_3 = index.scenarios["Pharmacist"].projection["net_cost"][2]
    # 19,950.80 x 1.036^2 = 21,413.15 at the 3.6% award; x 1.05^2 = 21,995.76 at 5%
    assert before[year_3] == pytest.approx(NET_COST * 1.036 ** 2)
    assert after[year_3] == pytest.approx(NET_COST * 1.1025)
    assert after[year_3] / before[year_3] == pytest.approx((1.05 / 1.036) ** 2)
    # the first year carries no pay award, so it does not move
    year_1 = index.scenarios["Pharmacist"].projection["net_cost"][0]
    assert after[year_1] == pytest.approx(before[year_1]) == pytest.approx(NET_COST)


def test_list_growth_and_summary_total_follow_the_named_cells(tmp_path: Path) -> None:
    path, changed = tmp_path / "plan.xlsx", tmp_path / "changed.xlsx"
    plan = ramped_plan(0)
    export_workbook(plan, path)
    set_named_value(path, "list_growth_rate", 0.0, changed)
    set_named_value(changed, "pay_award_rate", 0.0, changed)
    values = Evaluated(changed)
    # no growth and no award: five equal years of 6.0833 x 52 x £87.36 - 19,950.80, less 2,500 once
    each_year = FREED * 52 * HOUR_VALUE - NET_COST
    over_five = labelled(changed, "Summary", label("net_benefit_over_projection").format(years=5), 3)
    assert values[over_five] == pytest.approx(5 * each_year - 2500)
    assert values[over_five.replace("!C", "!B")] == 0  # doing nothing


def test_contacts_and_room_sessions_are_the_engine_figures(tmp_path: Path) -> None:
    plan = hand_plan()
    plan = replace(plan, practice=replace(plan.practice, consulting_rooms=2))
    path = tmp_path / "rooms.xlsx"
    export_workbook(plan, path)
    values = Evaluated(path)
    sheet = "Pharmacist"
    # GP days a week = capacity 45 h / (2 x 25/6 h) = 5.4; GP appointments 70 a week before,
    # 31.5 after (hand_plan's changes 1 and 2).
    assert values[labelled(path, sheet, "GP patient contacts a day", 2)] == pytest.approx(70 / 5.4)
    assert values[labelled(path, sheet, "GP patient contacts a day", 3)] == pytest.approx(31.5 / 5.4)
    assert values[labelled(path, sheet, "Over the safe level?", 3)] == "No"
    # Rooms: (GP 70 x 10 + PN 30 x 15) / 60 = 19.1667 h of appointments / (25/6) = 4.6 sessions.
    # After, the GP's appointments take 31.5 x 10 / 60 = 5.25 h; the pharmacist and the nurse hired
    # do only appointments (share 1), so their new time fills rooms: PHARM max(28 x 20 / 60,
    # 0 + 1 WTE x 37.5 x 0.87) = 32.625 h, PN max(37 x 15 / 60, 7.5 + 0.5 x 37.5 x 0.9) = 24.375 h;
    # (5.25 + 32.625 + 24.375) / (25/6) = 14.94 sessions (E4).
    assert values[labelled(path, sheet, "Consulting-room sessions needed a week", 2)] == pytest.approx(4.6)
    assert values[labelled(path, sheet, "Consulting-room sessions needed a week", 3)] == pytest.approx(14.94)
    available = labelled(path, sheet, "Consulting-room sessions available a week", 3)
    assert values[available] == pytest.approx(20)  # 2 rooms x 10 sessions
    set_named_value(path, "consulting_rooms", 0, tmp_path / "none.xlsx")
    assert Evaluated(tmp_path / "none.xlsx")[available] == "not recorded"
    contacts = label("gp_contacts_per_day_after")
    summary = Evaluated(path)[labelled(path, "Summary", contacts, 2)]
    assert summary == pytest.approx(70 / 5.4)  # doing nothing keeps today's contacts
