"""The command line: exit codes, one-line errors, JSON shapes."""

from __future__ import annotations

import json

import pytest

from planner.cli.main import main
from planner.interchange import read_plan_json, write_plan_json
from planner.model import Scenario, Shift
from planner.store import load_plan, save_plan
from tests.planner.builders import two_role_plan

SCENARIO_KEYS = {
    "demand_hours", "capacity_hours", "shortfall_hours", "gp_hours_freed_per_week",
    "gp_sessions_freed_per_week", "gp_appointments_released_per_year", "employment_cost_per_year",
    "arrs_reimbursement_per_year", "one_off_costs", "net_cost_per_year", "gp_time_value_per_year",
    "net_benefit_per_year", "cost_per_appointment_released", "payback_months",
}


@pytest.fixture
def plan_file(tmp_path):
    s = Scenario("Nurse appointments", (Shift("appts", "GP", "PN", 0.5),))
    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(scenarios=(s,)), path)
    return path


def test_summary_json_has_the_model_md_shape(plan_file, capsys):
    assert main(["summary", str(plan_file), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"edition", "hcas_zone", "baseline", "scenarios"}
    assert out["edition"] == "2025/26" and out["hcas_zone"] == ""  # a plan without an edition
    assert {"demand_hours", "capacity_hours", "gp_hours_by_category"} <= set(out["baseline"])
    r = out["scenarios"]["Nurse appointments"]
    assert SCENARIO_KEYS <= set(r)
    # 70 GP appointments x 50% x 10 min = 5.833 h
    assert r["gp_hours_freed_per_week"] == pytest.approx(35 * 10 / 60)


def test_summary_text_and_scenario_filter(plan_file, capsys):
    assert main(["summary", str(plan_file), "--scenario", "Nurse appointments"]) == 0
    text = capsys.readouterr().out
    assert "GP hours freed a week" in text and "5.8" in text
    assert main(["summary", str(plan_file), "--scenario", "Nope"]) == 2
    err = capsys.readouterr().err
    assert "no scenario named 'Nope'" in err and len(err.strip().splitlines()) == 1


def test_bad_files_exit_2_with_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.skillmix"
    bad.write_text("hello")
    for argv in (["summary", str(bad)], ["summary", str(tmp_path / "missing.skillmix")],
                 ["import-json", str(tmp_path / "missing.json"), str(tmp_path / "x.skillmix")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("skillmix: ") and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_invalid_plan_exits_2_naming_the_field(tmp_path, capsys):
    s = Scenario("Bad", (Shift("letters", "GP", "PN", 0.5),))
    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(scenarios=(s,)), path)
    assert main(["summary", str(path)]) == 2
    assert "scenario 'Bad', change 1 (shift), to" in capsys.readouterr().err
    assert main(["validate", str(path)]) == 2


def test_export_then_import_gives_the_same_plan(plan_file, tmp_path, capsys):
    out = tmp_path / "p.json"
    assert main(["export-json", str(plan_file), str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["format"] == "skillmix-plan" and data["version"] == 1
    again = tmp_path / "again.skillmix"
    assert main(["import-json", str(out), str(again)]) == 0
    assert load_plan(again) == load_plan(plan_file)
    assert main(["import-json", str(out), str(again)]) == 2  # refuses to overwrite
    assert "already exists" in capsys.readouterr().err


def test_import_json_errors_name_the_path(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "skillmix-plan", "version": 1, "practice": {"name": "X", '
                   '"list_size": "lots"}}')
    assert main(["import-json", str(bad), str(tmp_path / "x.skillmix")]) == 2
    assert "practice.list_size: expected a number" in capsys.readouterr().err
    assert not (tmp_path / "x.skillmix").exists()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert main(["import-json", str(broken), str(tmp_path / "x.skillmix")]) == 2
    assert "not valid JSON (line 1" in capsys.readouterr().err


def test_import_json_refuses_an_invalid_plan(tmp_path, capsys):
    s = Scenario("Bad", (Shift("letters", "GP", "PN", 0.5),))
    path = tmp_path / "p.json"
    write_plan_json(two_role_plan(scenarios=(s,)), path)
    assert read_plan_json(path).scenarios[0].name == "Bad"
    assert main(["import-json", str(path), str(tmp_path / "x.skillmix")]) == 2
    assert not (tmp_path / "x.skillmix").exists()


def test_new_sample_then_summary_shows_titles_and_warnings(tmp_path, capsys):
    path = tmp_path / "sample.skillmix"
    assert main(["new-sample", str(path)]) == 0
    assert main(["new-sample", str(path)]) == 2  # never overwrites without --force
    capsys.readouterr()
    assert main(["summary", str(path)]) == 0
    text = capsys.readouterr().out
    assert "General practitioner" in text and "Bureaucracy" in text
    assert "GP patient contacts a day" in text  # the sample's GPs work above the safe 25
    assert main(["validate", str(path)]) == 0


def test_wrong_kinds_of_file_get_a_hint(tmp_path, capsys):
    from openpyxl import Workbook

    xlsx = tmp_path / "rota.xlsx"
    Workbook().save(xlsx)
    assert main(["summary", str(xlsx)]) == 2
    assert "import-rota" in capsys.readouterr().err
    assert main(["import-json", str(xlsx), str(tmp_path / "p.skillmix")]) == 2
    err = capsys.readouterr().err
    assert "is not plan JSON" in err and "Traceback" not in err


def test_scenario_names_match_ignoring_case(plan_file, capsys):
    assert main(["summary", str(plan_file), "--scenario", "nurse APPOINTMENTS", "--json"]) == 0
    assert "Nurse appointments" in json.loads(capsys.readouterr().out)["scenarios"]


@pytest.mark.parametrize("many", [False, True])
def test_a_reader_that_stops_early_gets_no_complaint(tmp_path, many):
    """`skillmix summary PLAN | grep -q GP`: the command stops quietly when the reader has gone,
    whether its output is met while it runs (larger than a pipe's buffer) or at the end."""
    import subprocess
    import sys

    plan_file = tmp_path / "big.skillmix"
    # small output stays in the buffer until the end (met at the last flush); large output is
    # written while the command runs
    scenarios = tuple(Scenario(f"Option {i}", (Shift("appts", "GP", "PN", 0.5),))
                      for i in range(60 if many else 1))
    save_plan(two_role_plan(scenarios=scenarios), plan_file)

    code = "import sys; from planner.cli.main import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, "summary", str(plan_file)] + (["--json"] if many else [])
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before anything is read
    err = proc.stderr.read().decode()
    assert proc.wait() == 0
    assert err == ""
