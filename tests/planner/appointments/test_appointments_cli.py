"""skillmix import-appointments: the JSON shape, exit codes, and the plan untouched on refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.store import load_plan, save_plan
from tests.planner.appointments.gpad_files import gpad_plan, write_gpad, write_list_sizes
from tests.planner.appointments.test_gpad_import import EXPECTED_JSON


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.skillmix"
    save_plan(gpad_plan(), path)
    return path


@pytest.fixture
def gpad(tmp_path: Path) -> Path:
    return write_gpad(tmp_path / "Practice_Level_Crosstab_Feb_26.csv")


def run(*args: object) -> int:
    return main(["import-appointments", *(str(a) for a in args)])


def test_json_is_exactly_the_published_shape(plan_file: Path, gpad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(plan_file, gpad, "--practice", "A81001", "--json") == 0
    out = capsys.readouterr()
    assert json.loads(out.out) == EXPECTED_JSON
    assert "Imported 5 activity volumes" in out.err
    plan = load_plan(plan_file)
    assert plan.activity("home_visits").volume_per_week == 5  # type: ignore[union-attr]
    assert plan.extras["appointment_data"]["files"] == ["Practice_Level_Crosstab_Feb_26.csv"]


def test_dry_run_changes_nothing(plan_file: Path, gpad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = plan_file.read_bytes()
    assert run(plan_file, gpad, "--practice", "riverside", "--months", "2026-02", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Same-day acute consultations" in out and "30.0 ->      31.9" in out
    assert "Group Consultation and Group Education" in out  # not placed, and said so
    assert "Would import 5 activity volumes" in out
    assert plan_file.read_bytes() == before


def test_problems_exit_2_with_json_and_leave_the_plan(plan_file: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_gpad(tmp_path / "bad.csv", extra=(
        "01FEB2026,A81001,RIVERSIDE MEDICAL PRACTICE,EMIS,U12345,RIVERSIDE PCN,16C,x,GP,Telephone,"
        "Clinical Triage,Same Day,-3,Attended",))
    before = load_plan(plan_file)
    assert run(plan_file, bad, "--practice", "A81001", "--json") == 2
    out = capsys.readouterr()
    data = json.loads(out.out)
    assert list(data) == ["practice", "months", "per_week", "dna_per_week", "problems"]
    assert data["problems"] == [{"file": "bad.csv", "line": 15, "column": "COUNT_OF_APPOINTMENTS (M)",
                                 "message": "'-3' is below zero: a count of appointments must be a whole "
                                            "number, 0 or more"}]
    assert "nothing was imported and the plan is unchanged" in out.err
    assert load_plan(plan_file) == before


def test_unknown_practice_and_months(plan_file: Path, gpad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(plan_file, gpad, "--practice", "Z99999") == 2
    assert "no practice with the code or name 'Z99999'" in capsys.readouterr().err
    assert run(plan_file, gpad, "--practice", "A81001", "--months", "2026-13") == 2
    assert "is not a month" in capsys.readouterr().err
    assert run(plan_file, gpad) == 2
    assert "--practice" in capsys.readouterr().err


def test_list_practices_and_list_sizes(plan_file: Path, gpad: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert run(plan_file, gpad, "--list-practices") == 0
    out = capsys.readouterr().out
    assert "A81001   RIVERSIDE MEDICAL PRACTICE" in out and "D84004" in out
    lists = write_list_sizes(tmp_path / "gp-reg-pat-prac-all.csv")
    assert run(plan_file, gpad, "--practice", "A81001", "--list-sizes", lists) == 0
    saved = load_plan(plan_file).extras["appointment_data"]
    assert saved["benchmarks"][1]["patient_weeks"] == 40000 and saved["list_file"].startswith("gp-reg-pat-prac-all")
