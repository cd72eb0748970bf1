"""The PCN figures worked out by hand on a two-practice network (docs/MODEL-EXTENSIONS.md, P-worked).

Assumptions are MODEL.md's defaults: 25/6 h sessions, 37.5 h WTE, NI 15% above £5,000, pension 14.38%."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.engine import InvalidPlan
from planner.engine.pcn import compute_pcn, validate_pcn, year_fraction
from planner.model import PcnOption, Recruit, SharedStaff
from tests.planner.pcn.tiny import tiny_pcn

approx = pytest.approx


def test_allocation_committed_planned_and_headroom_by_hand():
    r = compute_pcn(tiny_pcn())
    # allocation = £10 x (6,000 + 4,000) weighted patients
    assert r.today.money.allocation == approx(100_000)
    # P1: pay 50,000; NI 0.15 x 45,000 = 6,750; pension 7,190; cost 63,940; ARRS min(63,940, 60,000)
    assert r.today.money.committed == approx(60_000)
    assert r.today.money.planned == 0
    grow = r.option("Grow")
    # P2 (0.5 WTE): pay 25,000; NI 3,000; pension 3,595; cost 31,595; ARRS 30,000 a full year,
    # from 1 Oct 2026: 182 of the 365 days of 2026/27
    assert grow.recruits_cost == approx(31_595)
    assert grow.money.planned == approx(30_000 * 182 / 365)
    assert grow.money.headroom == approx(100_000 - 60_000 - 30_000 * 182 / 365)
    assert grow.one_off_costs == approx(1000)
    assert grow.breaks == ()


def test_practice_figures_through_the_practice_engine_by_hand():
    grow = compute_pcn(tiny_pcn()).option("Grow")
    a, b = grow.practice("A"), grow.practice("B")
    # A: GP demand 30 x 15 / 60 = 7.5 h against 5 h: a gap of 2.5 h
    assert a.gp_gap_before == approx(2.5)
    # half the reviews move to PHARM: GP 3.75 h, plus supervision of P2's 4.5 added sessions
    # (18.75 h = 0.5 WTE x 1 h) = 4.25 h; freed 7.5 - 4.25 = 3.25; gap closed, 5 h > 4.25 h
    assert a.gp_hours_freed_per_week == approx(3.25)
    assert a.gp_gap_after == 0 and a.gp_gap_closed == approx(2.5)
    assert (a.shared_sessions_before, a.shared_sessions_after) == (3.0, 6.5)
    # PHARM capacity in A: P1's 2 kept sessions (8.33 h) + P2's 0.5 WTE, each x (1 - 0.1)
    assert a.result.after.capacity["PHARM"] == approx((2 * 25 / 6 + 18.75) * 0.9)
    # B gains one session of P1: supervision 4.1667 / 37.5 WTE x 1 h costs GP time
    assert b.gp_hours_freed_per_week == approx(-(25 / 6) / 37.5)
    assert grow.gp_hours_freed_per_week == approx(3.25 - (25 / 6) / 37.5)


def test_recharges_of_the_cost_above_arrs_by_sessions_by_hand():
    r = compute_pcn(tiny_pcn())
    # today P1's 3,940 above ARRS is shared 3:3
    assert r.today.practice("A").recharge_before == approx(1970)
    grow = r.option("Grow")
    a, b = grow.practice("A"), grow.practice("B")
    # after: P1 2:4 of 3,940, and P2 (all in A) 31,595 - 30,000 = 1,595
    assert a.recharge_after == approx(3940 * 2 / 6 + 1595)
    assert b.recharge_after == approx(3940 * 4 / 6)
    assert a.net_cost_change == approx(3940 * 2 / 6 + 1595 - 1970)
    assert grow.net_cost_change == approx(1595)
    assert a.shared_arrs + b.shared_arrs == approx(90_000)


def test_recharge_by_weighted_population():
    pcn = replace(tiny_pcn(), recharge_basis="weighted_population")
    today = compute_pcn(pcn).today
    assert today.practice("A").recharge_before == approx(3940 * 0.6)
    assert today.practice("B").recharge_before == approx(3940 * 0.4)


def test_allocation_overspent_is_named():
    grow = compute_pcn(tiny_pcn(per_patient=7.0)).option("Grow")
    assert grow.money.headroom < 0
    (broken,) = grow.breaks
    assert broken.rule == "allocation" and "by £4,959" in broken.message


def test_twelve_month_rule_and_ineligible_role_are_named_and_not_claimed():
    nurse = SharedStaff("N1", "PN", 1.0, {"B": 9.0}, None, "", True, True)
    clerk = SharedStaff("C1", "RECEP", 1.0, {"A": 9.0})
    option = PcnOption("Nurse", (Recruit(nurse), Recruit(clerk)))
    pcn = replace(tiny_pcn(per_patient=20.0), options=(option,))
    result = compute_pcn(pcn).option("Nurse")
    assert [b.rule for b in result.breaks] == ["12-month rule", "eligible role"]  # in team order
    assert result.money.planned == 0  # neither can be claimed
    assert all(not c.claimable for c in result.costs if c.staff.name in ("N1", "C1"))
    # the 2024/25 edition had no 12-month rule for nurses
    earlier = compute_pcn(replace(pcn, contract_year="2024/25")).option("Nurse")
    assert [b.rule for b in earlier.breaks] == ["eligible role"]


def test_role_limit_is_named():
    from planner.model import Role

    epn = Role("EPN", "Enhanced practice nurse", "Nurses", 47810.0, 0.1, 60000.0)
    base = tiny_pcn()
    pcn = replace(base, roles=base.roles + (epn,), practices=tuple(
        replace(p, plan=replace(p.plan, roles=p.plan.roles + (epn,))) for p in base.practices))
    two = tuple(Recruit(SharedStaff(f"E{i}", "EPN", 1.0, {"A": 4.0})) for i in (1, 2))
    result = compute_pcn(replace(pcn, arrs_per_weighted_patient=30.0, options=(PcnOption("Two", two),))).option("Two")
    assert [b.rule for b in result.breaks] == ["role limit"]
    assert "may claim for 1" in result.breaks[0].message


def test_year_fraction():
    assert year_fraction("", "2026-04-01", "2027-03-31") == 1
    assert year_fraction("2026-01-01", "2026-04-01", "2027-03-31") == 1
    assert year_fraction("2027-04-01", "2026-04-01", "2027-03-31") == 0
    assert year_fraction("2027-03-31", "2026-04-01", "2027-03-31") == approx(1 / 365)


def test_problems_name_the_thing_and_field():
    bad = SharedStaff("P9", "PHARM", 1.0, {"A": 6.0, "B": 4.0, "Z": 1.0}, None, "1 Oct")
    pcn = replace(tiny_pcn(), staff=(bad,), contract_year="2031/32")
    found = {(p.where, p.field) for p in validate_pcn(pcn)}
    assert ("PCN", "contract_year") in found
    assert ("shared staff 'P9'", "sessions[Z]") in found
    assert ("shared staff 'P9'", "start_date") in found
    assert ("PCN option 'Grow', change 2 (redeploy)", "name") in found  # P1 is no longer in the team
    over = replace(tiny_pcn(), staff=(SharedStaff("P1", "PHARM", 1.0, {"A": 6.0, "B": 4.0}),))
    assert [str(p) for p in validate_pcn(over)] == [
        "shared staff 'P1', sessions: sessions add up to 10 a week but 1 WTE is 9 sessions"]
    with pytest.raises(InvalidPlan):
        compute_pcn(pcn)


def test_a_broken_practice_plan_is_named_by_practice():
    base = tiny_pcn()
    a = base.practices[0]
    broken = replace(a, plan=replace(a.plan, staff=(replace(a.plan.staff[0], role="XX"),)))
    problems = validate_pcn(replace(base, practices=(broken, base.practices[1])))
    assert problems and problems[0].where == "practice A, staff 1 'Dr One'"
