"""Reference figures: every shipped figure has a source, and the loader is strict and clear."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from planner.model import Assumptions
from planner.reference import (
    ASSUMPTION_FIGURES,
    CONFIDENCE_LEVELS,
    RESOURCES_DIR,
    ReferenceDataError,
    assumption_is_overridden,
    default_assumptions,
    figure,
    gpad_categories,
    gpad_source,
    load_figures,
)

FIGURES_FILE = RESOURCES_DIR / "reference" / "figures.json"
GPAD_FILE = RESOURCES_DIR / "reference" / "gpad_categories.json"


def raw_figures() -> list[dict[str, Any]]:
    """The figures as written in the file (not through the loader under test)."""
    data = json.loads(FIGURES_FILE.read_text(encoding="utf-8"))
    assert isinstance(data["figures"], list)
    return data["figures"]


def figure_problems(f: dict[str, Any]) -> list[str]:
    """What is wrong with one raw figure entry, against the rules of the task."""
    out = []
    for key in ("id", "label", "unit", "year", "source"):
        if not isinstance(f.get(key), str) or not f[key].strip():
            out.append(f"{key} is empty")
    v = f.get("value")
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        out.append(f"value {v!r} is not a number")
    if f.get("confidence") not in CONFIDENCE_LEVELS:
        out.append(f"confidence {f.get('confidence')!r} is not one of {CONFIDENCE_LEVELS}")
    if not isinstance(f.get("estimate"), bool):
        out.append("estimate is not true/false")
    elif (f.get("confidence") == "ESTIMATE") != f["estimate"]:
        out.append("confidence ESTIMATE and estimate=true must go together")
    url = f.get("url")
    if not isinstance(url, str):
        out.append("url is missing")
    elif not f.get("estimate") and not url.startswith(("http://", "https://")):
        out.append(f"a cited figure needs a web address, found {url!r}")
    if f.get("confidence") in ("ESTIMATE", "DERIVED") and not str(f.get("note") or "").strip():
        out.append("an estimate or derived figure needs a note explaining it")
    return out


# ---------------------------------------------------------------- the file

def test_every_figure_has_a_source_year_and_valid_confidence() -> None:
    bad = {f.get("id", f"#{i}"): p for i, f in enumerate(raw_figures()) if (p := figure_problems(f))}
    assert bad == {}


def test_the_rule_check_catches_unsourced_figures() -> None:
    good = {"id": "x", "label": "X", "value": 1, "unit": "u", "year": "2025", "source": "S",
            "url": "https://example.org", "confidence": "H", "estimate": False, "note": ""}
    assert figure_problems(good) == []
    assert figure_problems({**good, "source": ""}) == ["source is empty"]
    assert figure_problems({**good, "url": ""})
    assert figure_problems({**good, "confidence": "UNCONFIRMED"})
    assert figure_problems({**good, "confidence": "ESTIMATE"})  # estimate flag false
    assert figure_problems({**good, "confidence": "ESTIMATE", "estimate": True, "url": ""})  # no note


def test_figure_ids_are_unique() -> None:
    ids = [f["id"] for f in raw_figures()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("fid, expected", [
    ("afc_band7_entry", 47810), ("afc_band7_middle", 50273), ("afc_band7_top", 54710),
    ("afc_band2_entry", 24465), ("afc_band4_top", 30162), ("afc_band8b_top", 74896),
    ("afc_band5_middle", 33487), ("afc_2024_25_band6_entry", 37338), ("afc_2024_25_band8a_top", 60504),
    ("employer_ni_rate", 0.15), ("employer_ni_threshold", 5000),
    ("employer_pension_rate_practice", 0.1438), ("employer_pension_rate_full", 0.2378),
    ("wte_hours", 37.5), ("gp_session_hours", 25 / 6),
    ("salaried_gp_2024_25_min", 73113), ("salaried_gp_min", 76038), ("salaried_gp_max", 114744),
    ("gp_locum_day_rate", 727), ("gp_locum_session_rate", 364), ("gp_hour_value", 87.36),
    ("gp_appointment_minutes", 10), ("pssru_gp_hour_with_qualifications", 285),
    ("pssru_gp_hour_without_qualifications", 239), ("pssru_gp_consultation_with_qualifications", 48),
    ("pssru_gp_consultation_without_qualifications", 40), ("pssru_nurse_band5_hour", 57),
    ("arrs_clinical_pharmacist_2024_25", 65838), ("arrs_advanced_practitioner_2024_25", 72141),
    ("arrs_pharmacy_technician_2024_25", 42437), ("arrs_splw_2024_25", 42437),
    ("arrs_care_coordinator_2024_25", 35270), ("arrs_fcp_2024_25", 65838),
    ("arrs_cap_consultant_nurse", 102683), ("arrs_cap_hcsw", 32159),
    ("arrs_cap_gpn_new", 43352), ("arrs_cap_gpn_experienced", 53319), ("arrs_gp_2024_25", 92462),
    ("arrs_cap_clinical_pharmacist", 66972), ("arrs_cap_advanced_practitioner", 73334),
    ("arrs_cap_pharmacy_technician", 43352), ("arrs_cap_gp", 105882),
    ("avoidable_total", 0.27), ("avoidable_other_practice_professional", 0.065),
    ("avoidable_pharmacy_self_care", 0.055), ("avoidable_social_prescribing_navigation", 0.04),
    ("avoidable_hospital_caused", 0.045), ("avoidable_total_conservative_2018", 0.205),
    ("safe_contacts_per_gp_day", 25), ("actual_contacts_per_gp_day", 37),
    ("gpad_appointments_per_1000_week", 122), ("gpad_gp_appointments_per_1000_week", 53),
    ("average_list_size", 10390), ("workflow_saving_min_per_gp_day_low", 40),
    ("workflow_saving_min_per_gp_day_high", 45),
])
def test_cited_values_match_figures_md(fid: str, expected: float) -> None:
    """Values copied from shared/reference/figures.md and the 2025/26 sources (the 2025/26
    edition; history keeps its year in the id); a typo in the JSON fails here."""
    assert figure(fid, "2025/26").value == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("edition, award", [("2025/26", 0.04), ("2026/27", 0.035)])
def test_derived_figures_follow_from_their_inputs(edition: str, award: float) -> None:
    def f(fid: str) -> float:
        return figure(fid, edition).value

    assert f("gp_hour_value") == pytest.approx(f("gp_locum_session_rate") / f("gp_session_hours"), abs=0.005)
    assert f("gp_locum_session_rate") == pytest.approx(f("gp_locum_day_rate") / 2, abs=1)
    before = {"2025/26": (73113, 110331), "2026/27": (76038, 114744.44)}[edition]
    assert f("salaried_gp_min") == pytest.approx(before[0] * (1 + award), abs=1)
    assert f("salaried_gp_max") == pytest.approx(before[1] * (1 + award), abs=1)
    assert f("salaried_gp_mid") == pytest.approx((f("salaried_gp_min") + f("salaried_gp_max")) / 2, abs=1)
    for band in ("7", "8a", "8b"):
        assert figure(f"afc_2024_25_band{band}_middle").value == pytest.approx(
            figure(f"afc_band{band}_middle", "2025/26").value / 1.036, abs=1)
        assert figure(f"afc_band{band}_middle", "2026/27").value == pytest.approx(
            figure(f"afc_band{band}_middle", "2025/26").value * 1.033, abs=0.5)


@pytest.mark.parametrize("edition", ["2025/26", "2026/27"])
@pytest.mark.parametrize("fid, salary_id", [
    ("arrs_cap_physician_associate", "afc_band7_middle"),
    ("arrs_cap_paramedic", "afc_band7_middle"),
    ("arrs_cap_dietitian", "afc_band7_middle"),
    ("arrs_cap_podiatrist", "afc_band7_middle"),
    ("arrs_cap_occupational_therapist", "afc_band7_middle"),
    ("arrs_cap_gpa", "afc_band4_entry"),
    ("arrs_cap_nursing_associate", "afc_band4_entry"),
    ("arrs_cap_trainee_nursing_associate", "afc_band3_entry"),
    ("arrs_cap_hwbc", "afc_band5_middle"),
    ("arrs_cap_mental_health_practitioner", "afc_band6_middle"),
])
def test_estimated_arrs_caps_are_salary_plus_on_costs(edition: str, fid: str, salary_id: str) -> None:
    """Unpublished caps: band salary + employer NI above the threshold + 14.38% pension."""
    f, s = figure(fid, edition), figure(salary_id, edition).value
    expected = s + 0.15 * (s - 5000) + 0.1438 * s
    assert f.value == pytest.approx(expected, abs=0.5)
    assert f.estimate and f.confidence == "ESTIMATE" and f"{s:,.0f}" in f.note


def test_unsourced_values_are_marked_as_estimates() -> None:
    for fid in ("leave_fraction_afc", "leave_fraction_gp", "leave_fraction_practice_staff",
                "supervision_pharm", "supervision_para", "list_growth_rate"):
        f = figure(fid, "2025/26")
        assert f.estimate and f.confidence == "ESTIMATE" and f.url == "" and f.note, fid


# ---------------------------------------------------------------- the loader

def test_loader_reads_every_figure_as_typed_values() -> None:
    common = load_figures("")
    assert len(common) == len(raw_figures())
    figures = load_figures("2025/26")
    assert set(common) < set(figures)
    f = figures["afc_band7_entry"]
    assert (f.value, f.unit, f.year, f.estimate) == (47810.0, "GBP per year", "2025/26", False)
    assert isinstance(f.value, float)
    assert "nhstakehomepaycalculator" in f.citation()


def test_unknown_figure_raises_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="no_such_figure"):
        figure("no_such_figure")


def _write_resources(folder: Path, figures: object) -> None:
    (folder / "reference").mkdir(parents=True)
    (folder / "reference" / "figures.json").write_text(json.dumps(figures), encoding="utf-8")


def test_env_var_points_the_loader_at_another_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = {"id": "wte_hours", "label": "WTE", "value": 40, "unit": "h", "year": "2030", "source": "Test",
             "url": "https://example.org", "confidence": "H", "estimate": False}
    _write_resources(tmp_path, {"figures": [entry]})
    monkeypatch.setenv("SKILLMIX_RESOURCES", str(tmp_path))
    assert figure("wte_hours").value == 40.0
    assert set(load_figures()) == {"wte_hours"}
    monkeypatch.delenv("SKILLMIX_RESOURCES")
    assert figure("wte_hours").value == 37.5


def test_duplicate_and_malformed_figures_are_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = {"id": "a", "label": "A", "value": 1, "unit": "u", "year": "y", "source": "s", "url": "",
             "confidence": "ESTIMATE", "estimate": True}
    _write_resources(tmp_path / "dup", {"figures": [entry, entry]})
    monkeypatch.setenv("SKILLMIX_RESOURCES", str(tmp_path / "dup"))
    with pytest.raises(ReferenceDataError, match="more than once"):
        load_figures()
    _write_resources(tmp_path / "bad", {"figures": [{**entry, "value": "ten"}]})
    monkeypatch.setenv("SKILLMIX_RESOURCES", str(tmp_path / "bad"))
    with pytest.raises(ReferenceDataError, match="not a number"):
        load_figures()
    monkeypatch.setenv("SKILLMIX_RESOURCES", str(tmp_path / "missing"))
    with pytest.raises(ReferenceDataError, match="not found"):
        load_figures()


# ---------------------------------------------------------------- assumptions

def test_default_assumptions_are_the_model_md_defaults() -> None:
    a = default_assumptions()
    assert a.employer_ni_rate == pytest.approx(0.15)
    assert a.employer_ni_threshold == pytest.approx(5000)
    assert a.employer_pension_rate == pytest.approx(0.1438)
    assert a.wte_hours == pytest.approx(37.5)
    assert a.session_hours == pytest.approx(25 / 6)
    assert a.gp_appointment_minutes == pytest.approx(10)
    assert a.gp_hour_value == pytest.approx(87.36)
    assert a.gp_role == "GP"


def test_every_numeric_assumption_has_a_figure() -> None:
    assert set(ASSUMPTION_FIGURES) == set(Assumptions.keys()) - {"gp_role"}
    for key, fid in ASSUMPTION_FIGURES.items():
        assert figure(fid).value == pytest.approx(float(getattr(default_assumptions(), key))), key


def test_default_assumptions_match_the_models_own_defaults() -> None:
    """The model's hard-coded defaults (MODEL.md) are the 2025/26 edition's figures; the
    shipped figures must not drift from them."""
    assert default_assumptions(edition="2025/26") == Assumptions()


def test_assumption_override_detection() -> None:
    a = default_assumptions()
    assert not any(assumption_is_overridden(a, k) for k in ASSUMPTION_FIGURES)
    assert assumption_is_overridden(replace(a, wte_hours=40.0), "wte_hours")
    assert assumption_is_overridden(replace(a, gp_hour_value=87.37), "gp_hour_value")
    assert not assumption_is_overridden(replace(a, gp_hour_value=87.36 * (1 + 1e-12)), "gp_hour_value")
    assert not assumption_is_overridden(replace(a, session_hours=364 / 87.36), "session_hours")
    with pytest.raises(KeyError):
        assumption_is_overridden(a, "gp_role")


# ---------------------------------------------------------------- GPAD categories

def test_gpad_categories_are_the_16_national_categories() -> None:
    names = gpad_categories()
    assert len(names) == 16 == len(set(names))
    assert "Structured Medication Review" in names and "Patient contact during Care Home Round" in names
    assert gpad_categories(include_extra=True)[16:] == ["Inconsistent Mapping", "Unmapped"]


def test_gpad_categories_are_sourced() -> None:
    data = json.loads(GPAD_FILE.read_text(encoding="utf-8"))
    assert data["source"].strip() and data["url"].startswith("https://") and data["year"].strip()
    src = gpad_source()
    assert src.confidence in CONFIDENCE_LEVELS and src.value == 16
