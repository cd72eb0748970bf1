"""Reference editions by contract year: every edition file is complete and sourced, a plan records
its edition, moving a plan is one undoable step that keeps the practice's own figures, and
London weighting (HCAS) follows AfC Annex 9. Hand-worked numbers are in the comments."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.catalogue import default_roles, role_entries
from planner.edits.editions import edition_changes, move_to_edition, set_hcas_zone
from planner.interchange import PlanFormatError, dumps, plan_from_dict, read_plan_json, write_plan_json
from planner.model import Hire
from planner.reference import (
    RESOURCES_DIR,
    current_edition,
    default_assumptions,
    edition_names,
    editions_after,
    figure,
    hcas_supplement,
    load_edition,
    load_figures,
    plan_edition,
    plan_hcas_zone,
    with_context,
)
from planner.sample import sample_plan
from tests.planner.test_reference import figure_problems, raw_figures

EDITIONS_DIR = RESOURCES_DIR / "reference" / "editions"
EDITION_FILES = sorted(EDITIONS_DIR.glob("*.json"))
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def old_sample():
    """The sample as Skillmix shipped it before editions: a 2025/26 plan."""
    return read_plan_json(FIXTURES / "riverside-2025-26.json")


def raw_edition(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- every edition file

@pytest.mark.parametrize("path", EDITION_FILES, ids=lambda p: p.name)
def test_every_edition_file_is_sourced_and_well_formed(path: Path) -> None:
    """A new edition file is checked here with no new test: every figure has a source, a year, a
    confidence and (unless an estimate) a web address; estimates and derived figures explain
    themselves; every rule has a source."""
    data = raw_edition(path)
    assert path.name == data["edition"].replace("/", "-") + ".json"
    assert date.fromisoformat(data["starts"]) < date.fromisoformat(data["ends"])
    bad = {f.get("id", f"#{i}"): p for i, f in enumerate(data["figures"]) if (p := figure_problems(f))}
    assert bad == {}
    for key, rule in data["rules"].items():
        assert rule["text"].strip() and rule["source"].strip() and rule["url"].startswith("http"), key


@pytest.mark.parametrize("older, newer", list(zip(EDITION_FILES, EDITION_FILES[1:], strict=False)),
                         ids=lambda p: p.name)
def test_each_edition_has_every_id_of_the_one_before_and_follows_it(older: Path, newer: Path) -> None:
    a, b = raw_edition(older), raw_edition(newer)
    missing = {f["id"] for f in a["figures"]} - {f["id"] for f in b["figures"]}
    assert missing == set(), f"{newer.name} lacks {sorted(missing)}"
    assert set(a["rules"]) <= set(b["rules"])
    assert date.fromisoformat(b["starts"]) == date.fromisoformat(a["ends"]) + timedelta(days=1)


def test_edition_ids_have_no_year_and_do_not_clash_with_the_other_figures() -> None:
    common = {f["id"] for f in raw_figures()}
    for path in EDITION_FILES:
        ids = {f["id"] for f in raw_edition(path)["figures"]}
        assert not ids & common, path.name
        assert not [i for i in ids if any(y in i for y in ("2024", "2025", "2026", "2027"))], path.name


def test_every_role_figure_exists_in_every_edition() -> None:
    for name in edition_names():
        figures = load_figures(name)
        for entry in role_entries():
            for fid in entry.figure_ids().values():
                assert fid in figures, (name, entry.code, fid)


@pytest.mark.parametrize("edition", ["2025/26", "2026/27"])
@pytest.mark.parametrize("cap", ["arrs_cap_paramedic", "arrs_cap_physician_associate", "arrs_cap_dietitian",
                                 "arrs_cap_podiatrist", "arrs_cap_occupational_therapist", "arrs_cap_gpa",
                                 "arrs_cap_nursing_associate", "arrs_cap_hwbc", "arrs_cap_splw",
                                 "arrs_cap_fcp", "arrs_cap_care_coordinator"])
def test_unpublished_arrs_maximums_are_marked_as_estimates(edition: str, cap: str) -> None:
    f = figure(cap, edition)
    assert f.estimate and f.confidence == "ESTIMATE" and f.note


# ---------------------------------------------------------------- the figures themselves

@pytest.mark.parametrize("fid, v25, v26", [
    # 2025/26: the Network Contract DES amounts (The Pharmacist; Humberside LMC), not 2024/25's
    ("arrs_cap_clinical_pharmacist", 66972, 69207),   # (66,972 + 750) x 1.033 - 750 = 69,206.8
    ("arrs_cap_advanced_practitioner", 73334, 75779),
    ("arrs_cap_pharmacy_technician", 43352, 44807),
    ("arrs_cap_clinical_pharmacist_outer_london", 74392, 76872),
    ("arrs_cap_gp", 105882, 152900),                  # 2026/27: top of the range + on-costs
    ("afc_band7_middle", 50273, 51932),               # 50,273 x 1.033 = 51,932.0
    ("salaried_gp_max", 114744, 118760),              # 114,744.44 x 1.035 = 118,760.5
    ("afc_pay_award", 0.036, 0.033), ("gp_pay_award", 0.04, 0.035),
    ("employer_ni_rate", 0.15, 0.15), ("employer_ni_threshold", 5000, 5000),
    ("employment_allowance", 10500, 10500), ("employer_pension_rate_practice", 0.1438, 0.1438),
    ("hcas_outer_max", 5941, 6137), ("leave_fraction_afc", 0.15, 0.198),
])
def test_edition_values(fid: str, v25: float, v26: float) -> None:
    assert figure(fid, "2025/26").value == pytest.approx(v25)
    assert figure(fid, "2026/27").value == pytest.approx(v26)


def test_2026_27_gp_maximum_is_the_top_of_the_range_plus_on_costs() -> None:
    top = figure("salaried_gp_max", "2026/27").value
    assert top + 0.15 * (top - 5000) + 0.1438 * top == pytest.approx(152_900, abs=5)
    assert figure("gp_reimbursement_extra_hour", "2026/27").value * 37.5 * 52 == pytest.approx(152_900, abs=1)


def test_2026_27_leave_adds_the_cited_sickness_absence() -> None:
    sick = figure("sickness_absence_rate_nhs")
    assert sick.url.startswith("https://digital.nhs.uk") and not sick.estimate
    # 1 - (1 - 0.15) x (1 - 0.057) = 0.19845 -> 0.198; staff 1 - 0.88 x 0.943 = 0.17016 -> 0.170
    assert figure("leave_fraction_afc", "2026/27").value == pytest.approx(0.198)
    assert figure("leave_fraction_practice_staff", "2026/27").value == pytest.approx(0.170)


def test_the_2025_26_edition_keeps_the_model_md_defaults() -> None:
    from planner.model import Assumptions

    assert default_assumptions(edition="2025/26") == Assumptions()
    assert default_assumptions(edition="2026/27").pay_award_rate == pytest.approx(0.033)


@pytest.mark.parametrize("on, expected", [
    (date(2026, 3, 31), "2025/26"), (date(2026, 4, 1), "2026/27"), (date(2026, 11, 30), "2026/27"),
    (date(2031, 1, 1), "2026/27"), (date(2020, 1, 1), "2025/26"),
])
def test_the_current_edition_follows_the_contract_year(on: date, expected: str) -> None:
    assert current_edition(on) == expected


def test_unknown_edition_is_named() -> None:
    with pytest.raises(Exception, match="2019/20"):
        load_edition("2019/20")


# ---------------------------------------------------------------- what a plan records

def test_a_plan_without_an_edition_is_a_2025_26_plan() -> None:
    plan = old_sample()
    assert "edition" not in plan.extras
    assert plan_edition(plan) == "2025/26" and plan_hcas_zone(plan) == ""


def test_the_sample_is_the_2025_26_sample_moved_to_2026_27() -> None:
    """The sample is this contract year's plan: exactly what moving the 2025/26 sample (as it
    shipped, with its regular locum paid by the hour) to 2026/27 gives, so it carries the current
    defaults, opens with no offer to move, and a 2025/26 plan is still offered the move."""
    sample = sample_plan()
    locum = next(s for s in sample.staff if "locum" in s.name)
    assert locum.hourly_rate == 87.36  # the regular locum is paid by the hour (E13), at the cited session rate
    before = old_sample()
    before = replace(before, staff=tuple(
        replace(s, hourly_rate=87.36) if "locum" in s.name else s for s in before.staff))
    assert move_to_edition(before, "2026/27").after == sample
    assert plan_edition(sample) == "2026/27"
    assert list(editions_after(sample, date(2026, 11, 30))) == []
    assert list(editions_after(before, date(2026, 11, 30))) == ["2026/27"]
    defaults = {r.code: r for r in default_roles("2026/27")}
    assert all(r == defaults[r.code] for r in sample.roles)
    assert sample.assumptions == default_assumptions(edition="2026/27")


def test_an_old_plan_file_opens_as_2025_26(tmp_path: Path) -> None:
    from planner.store import open_plan

    path = tmp_path / "old.skillmix"
    shutil.copy(FIXTURES / "plan-schema1.skillmix", path)
    assert plan_edition(open_plan(path)[0]) == "2025/26"


def test_the_edition_and_zone_survive_plan_json_and_the_plan_file(tmp_path: Path) -> None:
    from planner.store import load_plan, save_plan

    plan = with_context(old_sample(), "2026/27", "outer")
    write_plan_json(plan, tmp_path / "p.json")
    again = read_plan_json(tmp_path / "p.json")
    assert again == plan and plan_edition(again) == "2026/27" and plan_hcas_zone(again) == "outer"
    save_plan(plan, tmp_path / "p.skillmix")
    assert plan_edition(load_plan(tmp_path / "p.skillmix")) == "2026/27"


@pytest.mark.parametrize("extras, field", [({"edition": "2019/20"}, "plan.extras.edition"),
                                           ({"edition": 2026}, "plan.extras.edition"),
                                           ({"hcas_zone": "Zone 1"}, "plan.extras.hcas_zone")])
def test_a_bad_edition_or_zone_in_plan_json_is_named(extras: dict, field: str) -> None:
    data = json.loads(dumps(old_sample()))
    data["extras"] = extras
    with pytest.raises(PlanFormatError, match=field.replace(".", r"\.")):
        plan_from_dict(data)


def test_summary_json_names_the_edition(tmp_path: Path) -> None:
    plan_json = tmp_path / "p.json"
    write_plan_json(with_context(old_sample(), "2026/27"), plan_json)
    plan_file = tmp_path / "p.skillmix"
    run = [sys.executable, "-m", "planner"]
    subprocess.run([*run, "import-json", str(plan_json), str(plan_file)], check=True, capture_output=True)
    out = subprocess.run([*run, "summary", str(plan_file), "--json"], check=True, capture_output=True, text=True)
    assert json.loads(out.stdout)["edition"] == "2026/27"


# ---------------------------------------------------------------- moving a plan

def test_moving_the_2025_26_sample_to_2026_27_by_hand() -> None:
    plan = old_sample()
    pharm = plan.role("PHARM")
    assert pharm is not None and pharm.arrs_cap == 65838  # what the old release shipped
    own = replace(plan, roles=tuple(replace(r, annual_salary=52000.0) if r.code == "ANP" else r for r in plan.roles))
    edit = move_to_edition(own, "2026/27")
    after = edit.after
    assert plan_edition(after) == "2026/27"
    moved = after.role("PHARM")
    assert moved is not None
    assert moved.arrs_cap == pytest.approx(69207)        # (66,972 + 750) x 1.033 - 750
    assert moved.annual_salary == pytest.approx(51932)   # band 7 middle 50,273 x 1.033
    assert moved.leave_fraction == pytest.approx(0.198)
    anp = after.role("ANP")
    assert anp is not None and anp.annual_salary == 52000.0   # the practice's own figure is kept
    assert anp.arrs_cap == pytest.approx(75779)
    assert after.assumptions.pay_award_rate == pytest.approx(0.033)
    hire = next(c for c in after.scenario("Clinical pharmacist").changes if isinstance(c, Hire))  # type: ignore[union-attr]
    assert hire.annual_salary == pytest.approx(56515)    # band 7 top 54,710 x 1.033 = 56,515.4
    # one undo step gives back exactly the plan before
    assert edit.before == own and not edit.changes_nothing


def test_the_change_list_says_old_to_new_and_what_is_kept() -> None:
    plan = old_sample()
    own = replace(plan, roles=tuple(replace(r, arrs_cap=70000.0) if r.code == "PHARM" else r for r in plan.roles))
    lines = [c.describe() for c in edition_changes(own, "2026/27")]
    assert "Clinical pharmacist: ARRS cap: kept your figure £70,000 (the default would be £69,207)" in lines
    assert "Advanced nurse practitioner: ARRS cap: £72,141 → £75,779" in lines
    assert "Paramedic: ARRS cap: £64,293 → £66,440 (Skillmix estimate)" in lines
    assert "Yearly pay award: 3.6% → 3.3%" in lines
    changes = edition_changes(own, "2026/27")
    assert all(c.figure.source for c in changes)


def test_moving_to_the_same_edition_changes_nothing() -> None:
    plan = move_to_edition(old_sample(), "2026/27").after
    assert edition_changes(plan, "2026/27") == []
    assert move_to_edition(plan, "2026/27").changes_nothing


def test_a_new_plan_uses_the_current_edition() -> None:
    roles = {r.code: r for r in default_roles()}
    assert roles["PHARM"].arrs_cap == pytest.approx(figure("arrs_cap_clinical_pharmacist", current_edition()).value)


def test_moving_to_an_edition_skillmix_does_not_ship_is_refused() -> None:
    with pytest.raises(ValueError, match="2030/31"):
        move_to_edition(old_sample(), "2030/31")


def test_editions_after_offers_the_newer_edition() -> None:
    assert list(editions_after(old_sample(), date(2026, 11, 30))) == ["2026/27"]
    assert list(editions_after(old_sample(), date(2026, 3, 1))) == []


# ---------------------------------------------------------------- London weighting (E8)

@pytest.mark.parametrize("pay, zone, supplement", [
    (51932, "outer", 6137),     # 15% = 7,789.80, above the 2026/27 outer maximum 5,941 x 1.033 = 6,137
    (51932, "fringe", 2271),    # 5% = 2,596.60, above the fringe maximum 2,198 x 1.033 = 2,271
    (25760, "inner", 5794),     # 20% = 5,152, below the inner minimum 5,609 x 1.033 = 5,794
    (33000, "outer", 4950),     # 15% = 4,950, between 4,870 and 6,137
    (33000, "", 0),
])
def test_hcas_is_a_share_of_pay_between_a_minimum_and_a_maximum(pay: float, zone: str, supplement: float) -> None:
    assert hcas_supplement(pay, zone, "2026/27") == pytest.approx(supplement)


def test_london_weighting_moves_afc_salaries_and_london_arrs_maximums() -> None:
    plan = move_to_edition(old_sample(), "2026/27").after
    edit = set_hcas_zone(plan, "outer")
    pharm, gp = edit.after.role("PHARM"), edit.after.role("GP")
    assert pharm is not None and gp is not None
    assert pharm.annual_salary == pytest.approx(51932 + 6137)
    assert pharm.arrs_cap == pytest.approx(76872)       # the outer London maximum, (74,392 + 750) x 1.033 - 750
    assert gp.annual_salary == pytest.approx(98730)     # not Agenda for Change: unchanged
    para = edit.after.role("PARA")
    assert para is not None and para.arrs_cap == pytest.approx(66440)  # no London amount: the national one
    assert plan_hcas_zone(edit.after) == "outer"
    back = set_hcas_zone(edit.after, "")
    assert back.after == plan


def test_a_bad_zone_is_named() -> None:
    with pytest.raises(ValueError, match="hcas_zone"):
        set_hcas_zone(old_sample(), "zone 2")
