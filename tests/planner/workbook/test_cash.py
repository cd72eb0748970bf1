"""Extension E7 in the workbook: freed GP hours set against today's shortfall and the cash
effect, as live formulas that equal the engine's and a hand-worked plan's figures."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.model import Plan, Staff
from planner.workbook import build_workbook, export_workbook
from planner.workbook.scenario_results import USE_CHOICES
from tests.planner.workbook.test_export import assert_matches_engine, hand_plan
from tests.planner.workbook.xlsx_eval import Evaluated, set_named_value

WEEK_VALUE = 52 * 87.36  # £4,542.72: one GP hour a week for a year
SHORT = 18.3333333 - 13.5  # GP hours short today: demand 18.3333 - capacity (10 + 5) x 0.9
FREED = 18.3333333 - 12.25  # hand_plan's GP hours freed a week (6.0833)
NET_COST = 19950.80  # hand_plan's net cost a year


def short_plan(locum_share: float = 0.0, use: str = "locums") -> Plan:
    """hand_plan with GPs of 10 h and 5 h a week (capacity 13.5 h for 18.33 h of GP work), the
    share ``locum_share`` of that shortfall paid as locum sessions, and the pharmacist
    option's freed time becoming ``use``."""
    plan = hand_plan()
    staff = (Staff("Dr One", "GP", 10), Staff("Dr Two", "GP", 5), Staff("Nurse One", "PN", 30))
    option = replace(plan.scenarios[0], freed_time_use=use)
    return replace(plan, staff=staff, scenarios=(option, *plan.scenarios[1:]),
                   assumptions=replace(plan.assumptions, locum_share_of_shortfall=locum_share))


def cash_figures(path: Path, option: str = "Pharmacist") -> dict[str, object]:
    values = Evaluated(path)
    _, index = build_workbook(short_plan())
    on_sheet = index.scenarios[option].results.items()  # the option's own sheet, then the Summary
    figures = {key: values[ref] for key, ref in [*on_sheet, *index.summary[option].items()]}
    figures["cost_of_doing_nothing_per_year"] = values[index.do_nothing["cost_of_doing_nothing_per_year"]]
    return figures


def test_hand_worked_shortfall_split_and_cash_effect(tmp_path: Path) -> None:
    """4.83 of the 6.08 freed hours absorb today's shortfall; the 1.25 left over become fewer
    locum sessions: 1.25 x 52 x £87.36 = £5,678.40 saved, less the net cost £19,950.80."""
    path = tmp_path / "short.xlsx"
    assert_matches_engine(short_plan(), path)
    got = cash_figures(path)
    assert got["gp_hours_freed_per_week"] == pytest.approx(FREED)
    assert got["gp_shortfall_today"] == pytest.approx(SHORT)
    assert got["gp_hours_absorbing_shortfall"] == pytest.approx(SHORT)
    assert got["gp_hours_available"] == pytest.approx(1.25)
    assert got["cash_saving_per_year"] == pytest.approx(5678.40)
    assert got["cash_effect_per_year"] == pytest.approx(5678.40 - NET_COST)
    assert got["cash_payback_months"] == "–"  # no cash payback while the cash effect is negative
    assert got["cost_of_doing_nothing_per_year"] == pytest.approx(4.8333333 * WEEK_VALUE)  # £21,956.48
    # MODEL.md's figure still prices all 6.08 freed hours: £27,634.88 less the net cost
    assert got["net_benefit_per_year"] == pytest.approx(27634.88 - NET_COST)
    assert got["freed_time_use"] == USE_CHOICES[1] == "Fewer locum sessions (cash saved)"


def test_changing_the_locum_share_in_excel_moves_the_cash_effect_by_the_hand_worked_amount(tmp_path: Path) -> None:
    path, half, whole = tmp_path / "plan.xlsx", tmp_path / "half.xlsx", tmp_path / "whole.xlsx"
    export_workbook(short_plan(), path)
    set_named_value(path, "locum_share_of_shortfall", 0.5, half)
    set_named_value(path, "locum_share_of_shortfall", 1.0, whole)
    before, after, all_paid = cash_figures(path), cash_figures(half), cash_figures(whole)
    # half of the 4.8333 absorbed hours were locum sessions: 2.41667 x £4,542.72 = £10,978.24 more
    assert after["cash_effect_per_year"] - before["cash_effect_per_year"] == pytest.approx(10978.24)
    # all of them: every freed hour saves cash, 6.0833 x £4,542.72 = £27,634.88; the £2,500
    # one-off is paid back in 12 x 2,500 / (27,634.88 - 19,950.80) = 3.90 months
    assert all_paid["cash_saving_per_year"] == pytest.approx(27634.88)
    assert all_paid["cash_effect_per_year"] == pytest.approx(27634.88 - NET_COST)
    assert all_paid["cash_payback_months"] == pytest.approx(12 * 2500 / (27634.88 - NET_COST))
    assert all_paid["gp_hours_available"] == before["gp_hours_available"]  # the split does not move


def test_changing_the_freed_time_use_in_excel_switches_the_cash_saving(tmp_path: Path) -> None:
    path, changed = tmp_path / "plan.xlsx", tmp_path / "appointments.xlsx"
    export_workbook(short_plan(locum_share=0.5), path)
    _, index = build_workbook(short_plan())
    wb = load_workbook(path)
    sheet, cell = index.scenarios["Pharmacist"].results["freed_time_use"].split("!")
    use = wb[sheet.strip("'")][cell.replace("$", "")]
    assert use.value == "Fewer locum sessions (cash saved)"
    assert any(use.coordinate in v.sqref for v in wb[sheet.strip("'")].data_validations.dataValidation)
    use.value = "Extra GP appointments (more access)"
    wb.save(changed)
    got = cash_figures(changed)
    # only half of the 4.8333 absorbed hours still save cash: 2.41667 x £4,542.72 = £10,978.24
    assert got["becomes_fewer_locum_sessions"] == 0
    assert got["cash_saving_per_year"] == pytest.approx(10978.24)
    assert got["freed_time_use"] == "Extra GP appointments (more access)"  # the Summary follows


def test_the_engine_agrees_whatever_the_share_and_use(tmp_path: Path) -> None:
    for share, use in ((0.5, "locums"), (0.25, "proactive"), (1.0, "")):
        assert_matches_engine(short_plan(share, use), tmp_path / f"{use or 'none'}.xlsx")


def test_doing_nothing_saves_and_costs_no_cash_and_an_option_that_frees_nothing_neither(tmp_path: Path) -> None:
    path = tmp_path / "short.xlsx"
    export_workbook(short_plan(), path)
    values = Evaluated(path)
    _, index = build_workbook(short_plan())
    nothing = {key: values[ref] for key, ref in index.do_nothing.items()}
    assert nothing["gp_shortfall_today"] == pytest.approx(SHORT)
    assert nothing["cash_saving_per_year"] == nothing["cash_effect_per_year"] == 0
    assert nothing["cash_payback_months"] == "–"
    empty = {key: values[ref] for key, ref in index.summary["Nothing"].items()}
    assert empty["gp_hours_absorbing_shortfall"] == empty["gp_hours_available"] == 0
    assert empty["cash_effect_per_year"] == 0 and empty["freed_time_use"] == "Not decided yet"
