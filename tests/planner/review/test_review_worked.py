"""E12 worked by hand (docs/MODEL-EXTENSIONS.md): what the option promised when it was approved,
and what the plan shows after the new rota and appointment data."""

from __future__ import annotations

import pytest

from planner.edits import approve_option
from planner.present.review_figures import review_figure
from planner.review import decision, review
from tests.planner.review.review_plans import APPROVED_ON, OPTION, REVIEWED_ON, approval_plan, now


@pytest.fixture(scope="module")
def approved():
    return approve_option(approval_plan(), OPTION, APPROVED_ON, "Partners' meeting").after


def test_the_promise_is_the_options_figures_on_the_day(approved) -> None:
    d = decision(approved)
    p = d.promised
    assert (d.number, d.option, d.approved_on, d.approved_by) == (1, OPTION, APPROVED_ON, "Partners' meeting")
    # GP work 15 + 10 + 25 = 50 h; after: 60 x 20% x 15 / 60 = 3 + 10 + 25 + 1 h supervision = 39 h
    assert p["gp_hours_freed_per_week"] == pytest.approx(11.0)
    # 5 h short before (50 - 45); 39 - 45 < 0: nothing short after. The gap closes by the whole
    # 11 h (E12: from 5 h of work above the GP time to 6 h of GP time above the work)
    assert p["gp_shortfall_today"] == pytest.approx(5.0)
    assert p["gp_gap_closed_per_week"] == pytest.approx(11.0)
    # GP contacts: 210 items / (45 / 8.3333 = 5.4 GP days) = 38.89 before; (12 + 150) / 5.4 = 30 after
    assert p["gp_contacts_per_day_before"] == pytest.approx(210 / 5.4)
    assert p["gp_contacts_per_day_after"] == pytest.approx(30.0)
    # pay 50,000 + NI 0.15 x 45,000 = 6,750 + pension 7,190 = 63,940; ARRS 60,000; net 3,940
    assert p["employment_cost_per_year"] == pytest.approx(63940)
    assert p["net_cost_per_year"] == pytest.approx(3940)
    # 5 of the 11 h absorb the shortfall; the other 6 become locum sessions: 6 x 52 x £90 = 28,080
    assert p["cash_effect_per_year"] == pytest.approx(28080 - 3940)
    b = d.baseline
    assert (b.gp_demand, b.gp_capacity, b.gp_shortfall) == pytest.approx((50.0, 45.0, 5.0))
    assert b.team_hours == {"GP": 50.0, "PHARM": 0.0}
    assert b.activities["med_review"]["volume_per_week"] == 60
    assert [(h.role, h.wte, h.annual_salary, h.arrs_funded) for h in d.hires] == [("PHARM", 1.0, 50000, True)]


def test_actual_now_worked_by_hand(approved) -> None:
    r = review(now(approved), on=REVIEWED_ON)
    found = r.actual.figures
    # Pharm Pat 30 h = 0.8 WTE in post; 0.8 h of GP supervision
    assert r.actual.now.added_wte == {"PHARM": pytest.approx(0.8)}
    # GP work now: 64 x 25% x 15 / 60 = 4 + 10 + 25 + 0.8 = 39.8 h; GP time (30 + 12) x 0.9 = 37.8 h
    assert r.actual.now.gp_demand == pytest.approx(39.8)
    assert r.actual.now.gp_capacity == pytest.approx(37.8)
    assert found["gp_hours_freed_per_week"] == pytest.approx(50 - 39.8)
    # 2.0 h short now: 5 - 2 = 3 h of the gap closed
    assert found["gp_gap_closed_per_week"] == pytest.approx(3.0)
    # (16 + 150) contacts a week / (37.8 / 8.3333 = 4.536 GP days)
    assert found["gp_contacts_per_day_after"] == pytest.approx(166 / 4.536)
    # 0.8 WTE: pay 40,000 + NI 0.15 x 35,000 = 5,250 + pension 5,752 = 51,002; ARRS min(51,002, 48,000)
    assert found["employment_cost_per_year"] == pytest.approx(51002)
    assert found["net_cost_per_year"] == pytest.approx(3002)
    # 5 of 10.2 h absorb the shortfall at approval; 5.2 x 52 x £90 = 24,336 saved
    assert found["cash_effect_per_year"] == pytest.approx(24336 - 3002)


def test_each_line_says_how_it_turned_out(approved) -> None:
    r = review(now(approved), on=REVIEWED_ON)
    by_label = {line.label: line for line in r.lines}
    gap = review_figure("gp_gap_closed_per_week").label  # the option table's label once the engine has the figure
    assert list(by_label) == ["GP hours freed a week", gap, "GP patient contacts a day",
                              "Clinical pharmacist in post (WTE added)", "Net cost a year", "Cash effect a year"]
    freed = by_label["GP hours freed a week"]
    assert freed.texts() == ("11.0", "10.2", "-0.8")
    assert freed.words == "Behind: 0.8 hours a week fewer freed than promised"
    contacts = by_label["GP patient contacts a day"]
    assert contacts.texts() == ("30.0", "36.6", "+6.6") and contacts.status == "behind"
    hires = by_label["Clinical pharmacist in post (WTE added)"]
    assert hires.texts() == ("1.00", "0.80", "-0.20")
    assert hires.words == "Behind: 0.20 WTE fewer in post than promised"
    cost = by_label["Net cost a year"]
    assert cost.words == "Ahead: £938 a year less than promised, with fewer staff in post than promised"
    assert by_label["Cash effect a year"].texts() == ("+£24,140", "+£21,334", "-£2,806")
    assert r.counts == {"as_promised": 0, "ahead": 1, "behind": 5, "not_known": 0}


def test_what_changed_in_between(approved) -> None:
    r = review(now(approved), on=REVIEWED_ON)
    team = [c.text for c in r.changes.team]
    assert team == ["General practitioner: 42.0 hours a week (was 50.0). Hours changed: Dr Two 12.0 h (was 20.0).",
                    "Clinical pharmacist: 30.0 hours a week (was 0.0). Joined: Pharm Pat 30.0 h."]
    work = r.changes.work
    assert [w.text for w in work] == [
        "Medication reviews: 64.0 a week (was 60.0), Your data: Practice_Level_Crosstab_Jun_26.csv, Jun 2026 – "
        "Jul 2026. GP share 25% (was 100%)."]
    assert work[0].is_data
    assert r.changes.other == (
        "Registered patients: 5,100 (was 5,000).",
        "Appointment data: Your data: Practice_Level_Crosstab_Jun_26.csv, Jun 2026 – Jul 2026 (at approval: "
        "Skillmix estimates, no appointment data imported).")


def test_nothing_changed_means_every_figure_as_promised_but_the_hires(approved) -> None:
    r = review(approved, on=REVIEWED_ON)
    statuses = {line.label: line.status for line in r.lines}
    assert statuses["GP hours freed a week"] == "behind"  # nothing was done: nothing freed
    assert r.actual.figures["gp_hours_freed_per_week"] == pytest.approx(0.0)
    assert r.actual.figures["net_cost_per_year"] == pytest.approx(0.0)
    assert r.changes.nothing
