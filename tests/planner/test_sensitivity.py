"""One-at-a-time sensitivity (planner.engine.sensitivity), against hand-worked arithmetic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import InvalidPlan
from planner.engine.sensitivity import SensitivityBar, sensitivity
from planner.model import Hire, Scenario, Shift
from tests.planner.builders import PN, two_role_plan

HOUR = 364 / (25 / 6)  # default gp_hour_value: £87.36


def plan_with(hire: Hire, fraction: float = 0.5):  # type: ignore[no-untyped-def]
    """two_role_plan (GP 70 of 100 appointments at 10 min; 200 letters at 2 min) with one scenario:
    hire PN, move ``fraction`` of the GP's appointments to PN.
    Base: 35 items moved = 5.8333 GP h; PN supervision 2 h per WTE -> freed 3.8333 h a week.
    Pay 30,000; NI 0.15 x 25,000 = 3,750; pension 0.1438 x 30,000 = 4,314 -> 38,064."""
    s = Scenario("Nurse", (hire, Shift("appts", "GP", "PN", fraction)))
    return two_role_plan(scenarios=(s,))


def bar(bars: list[SensitivityBar], key: str) -> SensitivityBar:
    return next(b for b in bars if b.key == key)


def test_raising_the_ni_rate_moves_net_cost_by_its_share_of_pay_above_the_threshold():
    bars = sensitivity(plan_with(Hire("PN", 1.0, 30000)), "Nurse")
    ni = bar(bars, "assumptions.employer_ni_rate")
    assert ni.base.net_cost_per_year == pytest.approx(38064)
    assert ni.high_value == pytest.approx(0.18) and ni.low_value == pytest.approx(0.12)
    assert ni.high.net_cost_per_year - ni.base.net_cost_per_year == pytest.approx(0.2 * 0.15 * (30000 - 5000))
    assert ni.base.net_cost_per_year - ni.low.net_cost_per_year == pytest.approx(750)
    assert ni.gp_hours_spread == 0


def test_when_the_arrs_cap_binds_ni_still_moves_net_cost():
    capped = two_role_plan().roles[1].arrs_cap  # PN cap 20,000 < 38,064
    assert capped == 20000
    bars = sensitivity(plan_with(Hire("PN", 1.0, 30000, arrs_funded=True)), "Nurse")
    ni = bar(bars, "assumptions.employer_ni_rate")
    assert ni.base.net_cost_per_year == pytest.approx(38064 - 20000)
    assert ni.high.net_cost_per_year - ni.base.net_cost_per_year == pytest.approx(750)


def test_when_arrs_pays_everything_ni_does_not_move_net_cost():
    plan = plan_with(Hire("PN", 1.0, 30000, arrs_funded=True))
    plan = replace(plan, roles=(plan.roles[0], replace(PN, arrs_cap=50000)))
    ni = bar(sensitivity(plan, "Nurse"), "assumptions.employer_ni_rate")
    assert ni.low.net_cost_per_year == ni.high.net_cost_per_year == pytest.approx(0)


def test_shift_fraction_and_volume_move_gp_hours_freed():
    bars = sensitivity(plan_with(Hire("PN", 1.0, 30000)), "Nurse")
    share = bar(bars, "change 2.fraction")
    assert share.base.gp_hours_freed_per_week == pytest.approx(35 * 10 / 60 - 2)
    # 0.4 x 70 = 28 items moved; 0.6 x 70 = 42 items
    assert share.low.gp_hours_freed_per_week == pytest.approx(28 * 10 / 60 - 2)
    assert share.high.gp_hours_freed_per_week == pytest.approx(42 * 10 / 60 - 2)
    volume = bar(bars, "activity appts.volume_per_week")
    assert volume.low_value == pytest.approx(80) and volume.high_value == pytest.approx(120)
    assert volume.high.gp_hours_freed_per_week == pytest.approx(0.5 * 84 * 10 / 60 - 2)
    assert volume.high.net_benefit_per_year == pytest.approx(5.0 * 52 * HOUR - 38064)


def test_supervision_hours_are_varied_for_the_hired_role():
    sup = bar(sensitivity(plan_with(Hire("PN", 1.0, 30000)), "Nurse"),
              "role PN.supervision_gp_hours_per_wte_week")
    assert sup.low.gp_hours_freed_per_week == pytest.approx(35 / 6 - 1.6)
    assert sup.high.gp_hours_freed_per_week == pytest.approx(35 / 6 - 2.4)


def test_fractions_are_clamped_to_one():
    share = bar(sensitivity(plan_with(Hire("PN", 1.0, 30000), fraction=0.9), "Nurse"), "change 2.fraction")
    assert share.high_value == 1.0
    assert share.low_value == pytest.approx(0.72)
    assert share.high.gp_hours_freed_per_week == pytest.approx(70 * 10 / 60 - 2)


def test_bars_are_sorted_by_spread_of_net_benefit():
    bars = sensitivity(plan_with(Hire("PN", 1.0, 30000)), "Nurse")
    spreads = [b.net_benefit_spread for b in bars]
    assert spreads == sorted(spreads, reverse=True)
    # WTE +/-0.2: pay +/-6,000 -> NI +/-900, pension +/-862.80; supervision +/-0.4 GP h a week.
    cost = 2 * (6000 + 900 + 862.8)
    assert bars[0].key == "change 1.wte"
    assert bars[0].net_benefit_spread == pytest.approx(cost + 2 * 0.4 * 52 * HOUR)
    assert bar(bars, "change 1.annual_salary").net_benefit_spread == pytest.approx(cost)


def test_role_salary_is_used_when_the_hire_has_none():
    salary = bar(sensitivity(plan_with(Hire("PN", 1.0)), "Nurse"), "change 1.annual_salary")
    assert salary.base_value == 30000 and salary.high_value == pytest.approx(36000)


def test_labels_use_names_not_codes():
    labels = [b.label for b in sensitivity(plan_with(Hire("PN", 1.0, 30000)), "Nurse")]
    assert "Share moved: Appointments, General practitioner to Practice nurse" in labels
    assert "Salary: Practice nurse" in labels


def test_bad_calls_are_refused():
    plan = plan_with(Hire("PN", 1.0, 30000))
    with pytest.raises(KeyError, match="Nope"):
        sensitivity(plan, "Nope")
    with pytest.raises(ValueError, match="swing"):
        sensitivity(plan, "Nurse", swing=1.5)
    with pytest.raises(InvalidPlan):
        sensitivity(replace(plan, activities=()), "Nurse")


def test_arrs_not_available_is_a_bar_from_no_arrs_to_as_planned():
    # PN cap 20,000 binds: employment cost 38,064, ARRS 20,000, net cost 18,064 as planned.
    bars = sensitivity(plan_with(Hire("PN", 1.0, 30000, arrs_funded=True)), "Nurse")
    arrs = bar(bars, "arrs_funding")
    assert arrs.label == "ARRS funding not available"
    assert (arrs.low_value, arrs.high_value) == (0.0, 1.0)
    assert arrs.high.net_cost_per_year == pytest.approx(38064 - 20000) == arrs.base.net_cost_per_year
    assert arrs.low.net_cost_per_year == pytest.approx(38064)  # nobody pays the 20,000
    assert arrs.net_benefit_spread == pytest.approx(20000)
    assert arrs.gp_hours_spread == 0
    # Salary +/-20% moves net benefit by 2 x (6,000 + 900 + 862.80) = 15,525.60 (the cap still binds):
    # losing ARRS (20,000) moves it more, so its bar comes first.
    assert bar(bars, "change 1.annual_salary").net_benefit_spread == pytest.approx(15525.6)
    assert bars[0].key == "arrs_funding"


def test_no_arrs_bar_without_an_arrs_funded_hire():
    keys = [b.key for b in sensitivity(plan_with(Hire("PN", 1.0, 30000)), "Nurse")]
    assert "arrs_funding" not in keys


def test_longer_gp_appointments_free_more_gp_time_when_appointments_move():
    # The GP's 35 appointments moved take 35 x 10 / 60 = 5.8333 h; 20% longer appointments (12 min)
    # make them 7.0 h, 20% shorter (8 min) 4.6667 h; supervision (2 h) is unchanged.
    bars = sensitivity(plan_with(Hire("PN", 1.0, 30000)), "Nurse")
    minutes = bar(bars, "activities.appointments.gp_minutes")
    assert minutes.low.gp_hours_freed_per_week == pytest.approx(35 * 8 / 60 - 2)
    assert minutes.high.gp_hours_freed_per_week == pytest.approx(35 * 12 / 60 - 2)


def test_the_session_length_is_an_input_too():
    # the session length moves neither the hours freed nor the cost: its bar has no spread here,
    # but it is shown (partners asked whether a 4 h 10 min session is the practice's own)
    bars = sensitivity(plan_with(Hire("PN", 1.0, 30000)), "Nurse")
    session = bar(bars, "assumptions.session_hours")
    assert session.low_value == pytest.approx(25 / 6 * 0.8) and session.high_value == pytest.approx(25 / 6 * 1.2)
    assert session.gp_hours_spread == 0
