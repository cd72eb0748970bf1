"""Weekly volumes from a hand-made GPAD file, worked by hand (docs/MODEL-EXTENSIONS.md, E9).

February 2026 has 28 days: 4 weeks. Riverside (A81001), every status but DNA:
  GP:    acute 120 + 10 (status Unknown) = 130 -> 32.5 a week; triage 200 -> 50; home visit 20 -> 5
  other: acute 30 -> 7.5; planned clinics 160 -> 40; group consultation 12 -> 3
  unknown staff type: acute 10 -> 2.5.   DNA: GP 8 -> 2 a week.
Acute (42.5 a week; GP 32.5, other 7.5) goes to acute_same_day and minor_illness in their
volumes before (30 : 10, so 75% : 25%): 31.875 and 10.625 a week, GP share 32.5 / 40 = 81.25%,
the rest to the roles that did it before (ANP for acute, PN for minor illness).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from planner.appointments import apply_import, import_json, prepare_import, read_gpad
from planner.appointments.provenance import sources, summary_line, volume_source
from planner.edits import import_appointments, set_activity_field
from planner.engine import check
from tests.planner.appointments.gpad_files import gpad_plan, write_gpad

EXPECTED_JSON = {
    "practice": {"code": "A81001", "name": "RIVERSIDE MEDICAL PRACTICE"},
    "months": ["2026-02"],
    "per_week": {"GP": {"General Consultation Acute": 32.5, "Clinical Triage": 50.0, "Home Visit": 5.0},
                 "Other Practice staff": {"General Consultation Acute": 7.5, "Planned Clinics": 40.0,
                                          "Group Consultation and Group Education": 3.0},
                 "Unknown": {"General Consultation Acute": 2.5}},
    "dna_per_week": {"GP": 2.0},
    "problems": [],
}


@pytest.fixture
def gpad(tmp_path: Path) -> Path:
    return write_gpad(tmp_path / "Practice_Level_Crosstab_Feb_26.csv")


def test_weekly_counts_are_exact(gpad: Path) -> None:
    scan = read_gpad([gpad], "A81001")
    assert scan.problems == [] and scan.months == ("2026-02",) and scan.weeks == 4
    assert import_json(prepare_import(gpad_plan(), scan)) == EXPECTED_JSON


def test_practice_chosen_by_name_or_part_of_it(gpad: Path) -> None:
    assert read_gpad([gpad], "riverside medical practice").practice.code == "A81001"  # type: ignore[union-attr]
    assert read_gpad([gpad], "brook").practice.code == "B82002"  # type: ignore[union-attr]
    ambiguous = read_gpad([gpad], "r")  # in three names
    assert ambiguous.practice is None and "give the practice code" in ambiguous.problems[0].message


def test_volumes_and_splits_worked_by_hand(gpad: Path) -> None:
    plan = gpad_plan()
    imported = prepare_import(plan, read_gpad([gpad], "A81001"))
    after = apply_import(plan, imported)
    check(after)
    got = {a.code: (a.volume_per_week, a.split) for a in after.activities}
    assert got["acute_same_day"][0] == pytest.approx(31.875)
    assert got["acute_same_day"][1] == pytest.approx({"GP": 0.8125, "ANP": 0.1875})
    assert got["minor_illness"][0] == pytest.approx(10.625)
    assert got["minor_illness"][1] == pytest.approx({"GP": 0.8125, "PN": 0.1875})
    assert got["clinical_triage"] == (50.0, {"GP": 1.0})  # ANP keeps its minutes, does none now
    assert got["ltc_review"] == (40.0, {"PN": 1.0})
    assert got["home_visits"] == (5.0, {"GP": 1.0})
    assert got["hospital_letters"] == (300, {"GP": 1.0})  # bureaucracy: left as it was
    assert imported.volumes.not_placed == {"Group Consultation and Group Education": 3.0}


def test_provenance_marks_each_volume(gpad: Path) -> None:
    plan = gpad_plan()
    after = apply_import(plan, prepare_import(plan, read_gpad([gpad], "A81001")))
    marks = {code: s.text for code, s in sources(after).items()}
    assert marks["acute_same_day"] == "Your data: Practice_Level_Crosstab_Feb_26.csv, Feb 2026"
    assert marks["hospital_letters"] == "Skillmix estimate: appointment data does not cover this work"
    assert ("5 of 6 activity volumes are your practice's own data (Practice_Level_Crosstab_Feb_26.csv, "
            "Feb 2026)") in summary_line(after)
    edited = set_activity_field(after, "home_visits", "volume_per_week", 7).after
    source = volume_source(edited, edited.activity("home_visits"))  # type: ignore[arg-type]
    assert source.kind == "changed" and source.text.startswith("Changed by hand after importing your data")
    assert volume_source(plan, plan.activities[0]).text == "Skillmix estimate"  # nothing imported


def test_one_undo_restores_every_value(gpad: Path) -> None:
    plan = gpad_plan()
    edit = import_appointments(plan, prepare_import(plan, read_gpad([gpad], "A81001")))
    assert edit.label == "Import appointments from Practice_Level_Crosstab_Feb_26.csv"
    assert edit.before == plan and edit.after != plan
    assert "appointment_data" not in edit.before.extras


def test_categories_with_no_rows_keep_their_estimate(tmp_path: Path) -> None:
    rows = (("A81001", "GP", "Face-to-Face", "General Consultation Acute", "Same Day", 40, "Attended"),)
    plan = gpad_plan()
    after = apply_import(plan, prepare_import(plan, read_gpad([write_gpad(tmp_path / "f.csv", rows)], "A81001")))
    visits = after.activity("home_visits")
    assert visits == plan.activity("home_visits")
    assert volume_source(after, visits).text == "Skillmix estimate: not in your data"  # type: ignore[arg-type]


def test_other_staff_share_with_no_other_role_says_so(tmp_path: Path) -> None:
    rows = (("A81001", "GP", "Home Visit", "Home Visit", "Same Day", 30, "Attended"),
            ("A81001", "Other Practice staff", "Home Visit", "Home Visit", "Same Day", 10, "Attended"))
    plan = gpad_plan()
    imported = prepare_import(plan, read_gpad([write_gpad(tmp_path / "f.csv", rows)], "A81001"))
    change = next(c for c in imported.volumes.changes if c.code == "home_visits")
    assert change.split_after == {"GP": 1.0} and change.gp_share == 0.75
    assert any("no other role has minutes" in n for n in imported.volumes.notes)


def test_months_chosen_and_weeks(tmp_path: Path) -> None:
    feb = write_gpad(tmp_path / "feb.csv")
    mar = write_gpad(tmp_path / "mar.csv", month="01MAR2026")
    both = read_gpad([feb, mar], "A81001")
    assert both.months == ("2026-02", "2026-03") and both.weeks == pytest.approx(59 / 7)
    only = read_gpad([feb, mar], "A81001", ["2026-03"])
    assert only.months == ("2026-03",) and only.weeks == pytest.approx(31 / 7)
    weekly = import_json(prepare_import(gpad_plan(), only))["per_week"]
    assert weekly["GP"]["Home Visit"] == pytest.approx(round(20 / (31 / 7), 4))


def test_gp_role_code_of_the_plan_is_used(gpad: Path) -> None:
    plan = gpad_plan()
    plan = replace(plan, roles=tuple(replace(r, code="DR") if r.code == "GP" else r for r in plan.roles),
                   staff=tuple(replace(s, role="DR") if s.role == "GP" else s for s in plan.staff),
                   activities=tuple(replace(a, minutes={("DR" if r == "GP" else r): m for r, m in a.minutes.items()},
                                            split={("DR" if r == "GP" else r): s for r, s in a.split.items()})
                                    for a in plan.activities),
                   assumptions=replace(plan.assumptions, gp_role="DR"))
    after = apply_import(plan, prepare_import(plan, read_gpad([gpad], "A81001")))
    assert after.activity("acute_same_day").split == pytest.approx({"DR": 0.8125, "ANP": 0.1875})  # type: ignore[union-attr]
