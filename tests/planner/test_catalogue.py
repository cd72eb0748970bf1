"""Default catalogues: every number traces to a figure, and the defaults make a valid plan."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from planner.catalogue import (
    activity_entries,
    activity_sources,
    default_activities,
    default_roles,
    role_defaults,
    role_entries,
)
from planner.engine import validate_plan
from planner.model import CATEGORIES, STAFF_GROUPS, Plan, Practice, Staff
from planner.reference import (
    RESOURCES_DIR,
    current_edition,
    default_assumptions,
    edition_names,
    figure,
    gpad_categories,
    load_figures,
)

CATALOGUE = RESOURCES_DIR / "catalogue"


def raw(name: str, key: str) -> list[dict[str, Any]]:
    data = json.loads((CATALOGUE / name).read_text(encoding="utf-8"))
    items = data[key]
    assert isinstance(items, list)
    return items


def referenced_ids() -> list[tuple[str, str]]:
    """(where, figure id) for every figure id the catalogue files name."""
    out = []
    for r in raw("roles.json", "roles"):
        for key in ("annual_salary", "leave_fraction", "arrs_cap", "supervision_gp_hours_per_wte_week"):
            if r[key] is not None:
                out.append((f"role {r['code']}.{key}", r[key]))
    for a in raw("activities.json", "activities"):
        out.append((f"activity {a['code']}.volume", a["volume_per_1000_patients_per_week"]))
        out.append((f"activity {a['code']}.split_source", a["split_source"]))
        out += [(f"activity {a['code']}.minutes[{r}]", fid) for r, fid in a["minutes"].items()]
    return out


# ---------------------------------------------------------------- references

def test_every_referenced_figure_exists() -> None:
    figures = load_figures()
    missing = [(where, fid) for where, fid in referenced_ids() if fid not in figures]
    assert missing == []


def test_every_role_field_other_than_arrs_is_a_figure() -> None:
    for r in raw("roles.json", "roles"):
        for key in ("annual_salary", "leave_fraction", "supervision_gp_hours_per_wte_week"):
            assert isinstance(r[key], str) and r[key], (r["code"], key)


# ---------------------------------------------------------------- roles

def test_roles_have_valid_codes_and_staff_groups() -> None:
    roles = raw("roles.json", "roles")
    codes = [r["code"] for r in roles]
    assert 18 <= len(roles) <= 26
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{2,10}", c) for c in codes), codes
    assert all(r["staff_group"] in STAFF_GROUPS for r in roles)
    assert {"GP", "ANP", "PN", "HCA", "PHARM", "PARA", "PA", "SPLW", "RECEP", "ADMIN", "PM"} <= set(codes)
    assert {r["staff_group"] for r in roles} == set(STAFF_GROUPS)


@pytest.mark.parametrize("edition", edition_names())
def test_role_figures_have_fitting_units_and_ranges(edition: str) -> None:
    for r in raw("roles.json", "roles"):
        salary, leave = figure(r["annual_salary"], edition), figure(r["leave_fraction"], edition)
        supervision = figure(r["supervision_gp_hours_per_wte_week"], edition)
        assert salary.unit == "GBP per year" and 20000 < salary.value < 120000, r["code"]
        assert 0.05 <= leave.value <= 0.25, r["code"]
        assert supervision.unit == "GP hours per WTE per week" and 0 <= supervision.value <= 4, r["code"]
        if r["arrs_cap"] is not None:
            cap = figure(r["arrs_cap"], edition)
            assert cap.unit == "GBP per WTE per year" and 25000 < cap.value < 160000, r["code"]


def test_non_clinical_practice_roles_are_not_arrs_roles() -> None:
    caps = {r.code: r.arrs_cap for r in default_roles()}
    assert caps["RECEP"] is None and caps["PM"] is None and caps["ADMIN"] is None
    assert caps["PHARM"] == figure("arrs_cap_clinical_pharmacist").value and caps["PARA"] is not None
    assert {r.code: r.arrs_cap for r in default_roles("2025/26")}["PHARM"] == 66972


def test_default_roles_take_their_values_from_figures() -> None:
    pharm = {r.code: r for r in default_roles()}["PHARM"]
    assert pharm.annual_salary == figure("afc_band7_middle").value
    assert pharm.arrs_cap == figure("arrs_cap_clinical_pharmacist").value
    assert pharm.staff_group == "Direct Patient Care"


def test_role_defaults_show_the_source_of_each_field() -> None:
    d = role_defaults("PHARM")
    assert set(d) == {"annual_salary", "leave_fraction", "arrs_cap", "supervision_gp_hours_per_wte_week"}
    assert d["annual_salary"].year == current_edition() and d["annual_salary"].source
    assert role_defaults("PHARM", "2025/26")["arrs_cap"].value == 66972
    assert d["leave_fraction"].estimate
    assert "arrs_cap" not in role_defaults("RECEP")
    with pytest.raises(KeyError, match="NOPE"):
        role_defaults("NOPE")


# ---------------------------------------------------------------- activities

def test_activities_have_valid_codes_categories_and_gpad_categories() -> None:
    acts = raw("activities.json", "activities")
    codes = [a["code"] for a in acts]
    assert 20 <= len(acts) <= 35
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", c) for c in codes), codes
    assert all(a["category"] in CATEGORIES for a in acts)
    assert {a["category"] for a in acts} == set(CATEGORIES)  # the bureaucracy is all there
    gpad = set(gpad_categories())
    assert all(a["gpad_category"] is None or a["gpad_category"] in gpad for a in acts)
    assert all(a["gpad_category"] for a in acts if a["category"] in ("appointments", "triage", "visits"))


def test_splits_sum_to_one_and_name_only_roles_with_minutes() -> None:
    role_codes = {r["code"] for r in raw("roles.json", "roles")}
    for a in raw("activities.json", "activities"):
        assert sum(a["split"].values()) == pytest.approx(1, abs=1e-9), a["code"]
        assert all(0 < s <= 1 for s in a["split"].values()), a["code"]
        assert set(a["split"]) <= set(a["minutes"]), a["code"]
        assert set(a["minutes"]) <= role_codes, a["code"]


def test_split_source_gives_the_gp_share_of_the_split() -> None:
    for a in raw("activities.json", "activities"):
        src = figure(a["split_source"])
        assert src.estimate and src.value == pytest.approx(a["split"].get("GP", 0.0)), a["code"]


def test_activity_figures_have_fitting_units() -> None:
    for e in activity_entries():
        assert figure(e.volume_per_1000_patients_per_week).unit == "items per 1,000 patients per week"
        for role, fid in e.minutes.items():
            f = figure(fid)
            assert "minutes" in f.unit and 0 < f.value <= 90, (e.code, role)


def test_default_activities_scale_with_list_size() -> None:
    per_1000 = figure("volume_hospital_letters").value
    letters = {a.code: a for a in default_activities(10400)}["hospital_letters"]
    assert letters.volume_per_week == pytest.approx(per_1000 * 10.4)
    assert all(a.volume_per_week == 0 for a in default_activities(0))
    assert letters.minutes["GP"] == figure(activity_sources("hospital_letters")["minutes[GP]"].id).value


def test_activity_sources_cover_volume_minutes_and_split() -> None:
    src = activity_sources("acute_same_day")
    assert src["minutes[GP]"].id == "gp_appointment_minutes" and not src["minutes[GP]"].estimate
    assert src["volume_per_week"].estimate
    assert {"volume_per_week", "split", "minutes[GP]", "minutes[ANP]"} <= set(src)
    with pytest.raises(KeyError, match="nope"):
        activity_sources("nope")


def test_default_catalogue_makes_a_valid_plan() -> None:
    plan = Plan(Practice("Default", 10000), default_assumptions(), default_roles(),
                (Staff("Dr Test", "GP", 37.5),), default_activities(10000))
    assert validate_plan(plan) == []


def test_entries_and_values_agree_in_order_and_count() -> None:
    assert [e.code for e in role_entries()] == [r.code for r in default_roles()]
    assert [e.code for e in activity_entries()] == [a.code for a in default_activities(1000)]
