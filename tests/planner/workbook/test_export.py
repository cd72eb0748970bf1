"""The exported workbook's live formulas, evaluated by `formulas`, against the engine and by hand."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from planner.engine import InvalidPlan, compute
from planner.engine.summary import summary_dict
from planner.model import Avoid, Hire, Plan, Retime, Scenario, Shift
from planner.present.figures import ONLY_WHEN_FREE, label, released_is_shown
from planner.workbook import build_workbook, export_workbook
from tests.planner.builders import PHARM, two_role_plan
from tests.planner.workbook.xlsx_eval import Evaluated, labelled, set_named_value

NET_BENEFIT = label("net_benefit_per_year")  # MODEL.md's net benefit

RESULT_KEYS = (
    "gp_hours_freed_per_week", "gp_sessions_freed_per_week", "gp_appointments_released_per_year",
    "employment_cost_per_year", "arrs_reimbursement_per_year", "one_off_costs", "net_cost_per_year",
    "gp_time_value_per_year", "net_benefit_per_year", "cost_per_appointment_released",
    "payback_months", "gp_supervision_hours_per_week",
)
#: Extension E7 (docs/MODEL-EXTENSIONS.md): what freed GP time really becomes, in cash.
CASH_KEYS = (
    "gp_shortfall_today", "gp_hours_absorbing_shortfall", "gp_hours_available", "cash_saving_per_year",
    "cash_effect_per_year", "cash_payback_months",
)


def hand_plan() -> Plan:
    """two_role_plan (GP 45 h, PN 27 h capacity) plus a pharmacist who can do appointments.

    Scenario "Pharmacist": appts 100 a week, GP does 70 (10 min), PN 30 (15 min), PHARM 20 min.
    1. move 50% of GP items to PHARM: GP 35, PHARM 35
    2. avoid 10% of GP items: GP 31.5
    3. move 20% of PHARM items to PN: PHARM 28, PN 37
    4. letters by GP take 1.5 min instead of 2
    5. hire 1.0 PHARM (role salary 47,810, ARRS funded, one-off 2,500; 1 h GP supervision)
    6. hire 0.5 PN at 32,000 (not funded; 2 h GP supervision per WTE -> 1 h)
    GP hours before: 70 x 10/60 + 200 x 2/60 = 11.6667 + 6.6667 = 18.3333
    GP hours after: 31.5 x 10/60 + 200 x 1.5/60 + supervision 2 = 5.25 + 5 + 2 = 12.25
    freed = 6.0833 h a week
    PHARM: pay 47,810; NI 0.15 x 42,810 = 6,421.50; pension 0.1438 x 47,810 = 6,875.078;
           employment 61,106.578; ARRS min(61,106.578, 65,838) = 61,106.578
    PN: pay 16,000; NI 0.15 x 11,000 = 1,650; pension 2,300.80; employment 19,950.80; ARRS 0
    """
    plan = two_role_plan()
    appts = replace(plan.activities[0], minutes={"GP": 10, "PN": 15, "PHARM": 20})
    scenario = Scenario("Pharmacist", (
        Shift("appts", "GP", "PHARM", 0.5), Avoid("appts", "GP", 0.1), Shift("appts", "PHARM", "PN", 0.2),
        Retime("letters", "GP", 1.5), Hire("PHARM", 1.0, None, True, 2500),
        Hire("PN", 0.5, 32000, False, 0)), "Hand-worked")
    return replace(plan, roles=(*plan.roles, PHARM), activities=(appts, plan.activities[1]),
                   scenarios=(scenario, Scenario("Nothing")))


def assert_matches_engine(plan: Plan, path: Path) -> Evaluated:
    """Every figure the workbook computes equals the engine's (within 0.01)."""
    export_workbook(plan, path)
    values = Evaluated(path)
    _, index = build_workbook(plan)
    expected = summary_dict(plan, compute(plan))
    base = expected["baseline"]
    for role, ref in index.workload.demand.items():
        assert values[ref] == pytest.approx(base["demand_hours"][role], abs=0.01), role
        assert values[index.workload.capacity[role]] == pytest.approx(base["capacity_hours"][role], abs=0.01)
    for cat, ref in index.workload.gp_by_category.items():
        assert values[ref] == pytest.approx(base["gp_hours_by_category"][cat], abs=0.01), cat
    assert values[index.workload.gp_bureaucracy] == pytest.approx(base["gp_bureaucracy_hours"], abs=0.01)
    for name, refs in index.scenarios.items():
        want = expected["scenarios"][name]
        for key in RESULT_KEYS + CASH_KEYS:
            for got in (values[index.summary[name][key]], values[refs.results[key]]):
                if want[key] is None or (key in ONLY_WHEN_FREE and not released_is_shown(want)):
                    assert got == "–", (name, key)  # as the app and the pack print it
                else:
                    assert got == pytest.approx(want[key], abs=0.01), (name, key)
        assert values[index.do_nothing["cost_of_doing_nothing_per_year"]] == pytest.approx(
            want["cost_of_doing_nothing_per_year"], abs=0.01), name
        for role, ref in refs.demand_after.items():
            assert values[ref] == pytest.approx(want["demand_hours"][role], abs=0.01), (name, role)
            assert values[refs.capacity_after[role]] == pytest.approx(want["capacity_hours"][role], abs=0.01)
            assert values[refs.shortfall_after[role]] == pytest.approx(want["shortfall_hours"][role], abs=0.01)
        assert_projection_matches(values, refs.projection, want["projection"], name)
        assert values[index.summary[name]["net_benefit_over_projection"]] == pytest.approx(
            want["projection"][-1]["cumulative_net_benefit"], abs=0.01)
        assert values[refs.short_total] == pytest.approx(sum(want["shortfall_hours"].values()), abs=0.01)
        contacts = want["gp_contacts_per_day_after"]
        assert values[refs.contacts_after] == ("–" if contacts is None else pytest.approx(contacts, abs=1e-9))
    return values


def assert_projection_matches(values: Evaluated, cells: dict[str, list[str]], years: list[dict[str, float]],
                              name: str) -> None:
    """Each year's figures of the workbook's projection equal planner.engine.project()'s."""
    assert len(cells["net_benefit"]) == len(years), name
    pairs = {"net_benefit": "net_benefit", "cumulative": "cumulative_net_benefit", "net_cost": "net_cost",
             "hours": "gp_hours_freed_per_week", "value": "gp_time_value", "one_off": "one_off_costs"}
    for i, year in enumerate(years):
        for ours, theirs in pairs.items():
            assert values[cells[ours][i]] == pytest.approx(year[theirs], abs=0.01), (name, i + 1, ours)


def test_hand_made_plan_formulas_give_the_hand_worked_figures(tmp_path: Path) -> None:
    plan = hand_plan()
    values = assert_matches_engine(plan, tmp_path / "hand.xlsx")
    _, index = build_workbook(plan)
    r = {k: values[ref] for k, ref in index.summary["Pharmacist"].items()}
    assert r["gp_hours_freed_per_week"] == pytest.approx(18.3333333 - 12.25)
    assert r["employment_cost_per_year"] == pytest.approx(61106.578 + 19950.80)
    assert r["arrs_reimbursement_per_year"] == pytest.approx(61106.578)
    assert r["net_cost_per_year"] == pytest.approx(19950.80)
    # 6.0833 h x 60 / 10 min x 52 weeks = 1,898 appointments; x 52 x £87.36 = £27,634.88
    assert r["gp_appointments_released_per_year"] == pytest.approx(1898)
    assert r["gp_time_value_per_year"] == pytest.approx(27634.88)
    assert r["payback_months"] == pytest.approx(12 * 2500 / (27634.88 - 19950.80))


@pytest.mark.slow  # the sample workbook recalculated: full suite and CI, not the fast loop
def test_sample_plan_formulas_match_the_engine(tmp_path: Path) -> None:
    from planner.sample import sample_plan

    plan = sample_plan()
    assert len(plan.scenarios) >= 3
    assert_matches_engine(plan, tmp_path / "sample.xlsx")


@pytest.mark.slow  # the sample workbook recalculated: full suite and CI, not the fast loop
def test_changing_the_ni_rate_in_excel_moves_the_employment_cost(tmp_path: Path) -> None:
    plan = hand_plan()
    path, changed = tmp_path / "plan.xlsx", tmp_path / "changed.xlsx"
    export_workbook(plan, path)
    set_named_value(path, "employer_ni_rate", 0.14, changed)
    values = Evaluated(changed)
    _, index = build_workbook(plan)
    r = {k: values[ref] for k, ref in index.summary["Pharmacist"].items()}
    # NI falls by 0.01 x (42,810 + 11,000) = 538.10; the pharmacist's ARRS (under its cap)
    # falls with his cost by 428.10, so the net cost falls only by the nurse's 110.00.
    assert r["employment_cost_per_year"] == pytest.approx(81057.378 - 538.10)
    assert r["arrs_reimbursement_per_year"] == pytest.approx(61106.578 - 428.10)
    assert r["net_cost_per_year"] == pytest.approx(19950.80 - 110.00)


@pytest.mark.slow  # the sample workbook recalculated: full suite and CI, not the fast loop
def test_changing_the_gp_hour_value_moves_the_benefit(tmp_path: Path) -> None:
    path, changed = tmp_path / "plan.xlsx", tmp_path / "changed.xlsx"
    export_workbook(hand_plan(), path)
    set_named_value(path, "gp_hour_value", 100.0, changed)
    values = Evaluated(changed)
    # 6.0833 h x 52 weeks x £100 = £31,633.33; net benefit = that - 19,950.80
    # Summary: column B is doing nothing, C the first option
    assert values[labelled(changed, "Summary", label("gp_time_value_per_year"), 3)] == pytest.approx(31633.333)
    assert values[labelled(changed, "Summary", NET_BENEFIT, 3)] == pytest.approx(31633.333 - 19950.80)
    assert values[labelled(changed, "Summary", NET_BENEFIT, 2)] == 0


def test_invalid_plan_raises_and_writes_nothing(tmp_path: Path) -> None:
    plan = replace(hand_plan(), scenarios=(Scenario("Bad", (Shift("appts", "GP", "NOPE", 0.5),)),))
    with pytest.raises(InvalidPlan):
        export_workbook(plan, tmp_path / "bad.xlsx")
    assert list(tmp_path.iterdir()) == []
