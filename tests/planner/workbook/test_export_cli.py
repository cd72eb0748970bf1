"""skillmix export-xlsx: exit codes and files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli.main import main
from planner.model import Scenario, Shift
from planner.present.figures import label
from planner.store import save_plan
from tests.planner.workbook.test_export import hand_plan
from tests.planner.workbook.xlsx_eval import Evaluated, labelled


def test_export_xlsx_writes_the_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path, out = tmp_path / "p.skillmix", tmp_path / "plan.xlsx"
    save_plan(hand_plan(), plan_path)
    assert main(["export-xlsx", str(plan_path), "-o", str(out)]) == 0
    assert "2 scenario sheet(s)" in capsys.readouterr().out
    assert load_workbook(out).sheetnames == ["Summary", "Team", "Workload", "Pharmacist", "Nothing",
                                             "Assumptions"]
    values = Evaluated(out)
    # hand_plan: employment 61,106.578 + 19,950.80 (see test_export.hand_plan)
    assert values[labelled(out, "Summary", label("employment_cost_per_year"), 3)] == pytest.approx(81057.378)
    assert main(["export-xlsx", str(plan_path), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["export-xlsx", str(plan_path), "-o", str(out), "--force"]) == 0


def test_export_xlsx_refuses_bad_plans_and_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path = tmp_path / "p.skillmix"
    bad = replace(hand_plan(), scenarios=(Scenario("Bad", (Shift("appts", "GP", "NOPE", 0.5),)),))
    save_plan(bad, plan_path)
    assert main(["export-xlsx", str(plan_path), "-o", str(tmp_path / "out.xlsx")]) == 2
    assert "invalid plan" in capsys.readouterr().err
    assert not (tmp_path / "out.xlsx").exists()
    assert main(["export-xlsx", str(plan_path), "-o", str(tmp_path / "out.csv")]) == 2
    assert main(["export-xlsx", str(tmp_path / "none.skillmix"), "-o", str(tmp_path / "o.xlsx")]) == 2
    assert list(p.name for p in tmp_path.iterdir()) == ["p.skillmix"]
