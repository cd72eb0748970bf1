"""Every surface says which workload figures are the practice's own: the workbook's Workload
sheet and summary --json (the pack and the app have their own tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.appointments import apply_import, prepare_import, read_gpad
from planner.cli.main import main
from planner.store import save_plan
from planner.workbook import export_workbook
from tests.planner.appointments.gpad_files import gpad_plan, write_gpad


@pytest.fixture
def plan_with_data(tmp_path: Path):  # type: ignore[no-untyped-def]
    plan = gpad_plan()
    return apply_import(plan, prepare_import(plan, read_gpad([write_gpad(tmp_path / "feb.csv")], "A81001")))


def test_workbook_workload_sheet_names_the_source(plan_with_data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.xlsx"
    export_workbook(plan_with_data, out)
    ws = load_workbook(out)["Workload"]
    assert ws["I4"].value == "Items a week from"
    column = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=9).value for r in range(5, 40)
              if ws.cell(row=r, column=9).value}
    assert column["Home visits"] == "Your data: feb.csv, Feb 2026"
    assert column["Hospital letters"] == "Skillmix estimate: appointment data does not cover this work"
    assert "5 of 6 activity volumes are your practice's own data" in ws["A2"].value
    plain = tmp_path / "plain.xlsx"
    export_workbook(gpad_plan(), plain)
    assert load_workbook(plain)["Workload"]["I4"].value is None  # no column without data


def test_summary_json_lists_workload_sources(plan_with_data, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.skillmix"
    save_plan(plan_with_data, path)
    assert main(["summary", str(path), "--json"]) == 0
    sources = json.loads(capsys.readouterr().out)["workload_sources"]
    assert sources["files"] == ["feb.csv"] and sources["months"] == ["2026-02"]
    assert sources["activities"]["home_visits"] == "data"
    assert sources["activities"]["hospital_letters"] == "not_covered"
