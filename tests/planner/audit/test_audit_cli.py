"""skillmix audit-template and import-audit: exit codes, files, the plan untouched on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli.main import main
from planner.store import PlanLock, load_plan, save_plan
from tests.planner.audit.audit_files import FILLED_ROWS, fill_template, write_audit
from tests.planner.builders import two_role_plan


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(), path)
    return path


def test_audit_template_command(tmp_path: Path, plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "audit.xlsx"
    assert main(["audit-template", "-o", str(out), "--rows", "40", "--plan", str(plan_file)]) == 0
    assert "40 rows" in capsys.readouterr().out
    lists = load_workbook(out)["Lists"]
    assert [lists.cell(row=r, column=1).value for r in (2, 3)] == ["GP", "PN"]  # the plan's roles
    assert main(["audit-template", "-o", str(out)]) == 2  # will not replace without --force
    assert "already exists" in capsys.readouterr().err
    assert main(["audit-template", "-o", str(out), "--force"]) == 0
    assert main(["audit-template", "-o", str(tmp_path / "a.xlsx"), "--rows", "0"]) == 2
    assert main(["audit-template", "-o", str(tmp_path / "a.xls")]) == 2
    assert "must end in .xlsx" in capsys.readouterr().err


def test_import_audit_saves_the_shares(tmp_path: Path, plan_file: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "template.xlsx"
    assert main(["audit-template", "-o", str(template)]) == 0
    audit = fill_template(template, FILLED_ROWS, tmp_path / "week.xlsx")
    capsys.readouterr()
    assert main(["import-audit", str(plan_file), str(audit), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["audited"] == 10 and report["period"] == "3 Mar 2025 – 7 Mar 2025"
    assert report["shares"] == pytest.approx({"practice_role": 0.2, "pharmacy_self_care": 0.3,
                                              "navigation": 0.1, "hospital": 0.1})
    saved = load_plan(plan_file).extras["appointment_audit"]
    assert saved == {"source": "Practice audit week.xlsx", "audited": 10,
                     "period": "3 Mar 2025 – 7 Mar 2025", "shares": report["shares"]}
    assert not (tmp_path / "p.skillmix.lock").exists()


def test_import_audit_text_and_seed_scenario(tmp_path: Path, plan_file: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    audit = write_audit(tmp_path / "week.xlsx", FILLED_ROWS)
    assert main(["import-audit", str(plan_file), str(audit), "--seed-scenario", "Audit shares"]) == 0
    text = capsys.readouterr().out
    assert "10 GP appointments" in text and "20.0%" in text and "70.0%" in text
    assert "Added the scenario 'Audit shares'" in text
    plan = load_plan(plan_file)
    assert [s.name for s in plan.scenarios] == ["Audit shares"]
    assert main(["summary", str(plan_file), "--json"]) == 0
    freed = json.loads(capsys.readouterr().out)["scenarios"]["Audit shares"]["gp_hours_freed_per_week"]
    assert freed == pytest.approx(7.0)  # 70 GP appointments x (20% + 40%) x 10 min / 60


def test_a_bad_audit_changes_nothing(tmp_path: Path, plan_file: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = plan_file.read_bytes()
    rows = [list(r) for r in FILLED_ROWS]
    rows[3][5] = "maybe"
    rows[5][0] = "05/03/2025"
    audit = write_audit(tmp_path / "bad.xlsx", rows)
    assert main(["import-audit", str(plan_file), str(audit)]) == 2
    err = capsys.readouterr().err
    assert "Audit!F5: 'maybe' is not one of" in err
    assert "Audit!A7: '05/03/2025' is text, not a date" in err
    assert "2 problem(s); nothing was imported" in err
    assert plan_file.read_bytes() == before


@pytest.mark.parametrize("setup", ["not_excel", "missing", "nurses_only", "taken_name", "plan_in_use"])
def test_import_failures_exit_2_and_leave_the_plan_alone(setup: str, tmp_path: Path, plan_file: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    audit = write_audit(tmp_path / "week.xlsx", FILLED_ROWS)
    args = ["import-audit", str(plan_file), str(audit)]
    expected = {"not_excel": "CSV or text", "missing": "does not exist",
                "nurses_only": "no appointments with the GP role", "taken_name": "already has a scenario",
                "plan_in_use": "already open"}[setup]
    if setup == "not_excel":
        audit.write_text("date,clinician\n")
    elif setup == "missing":
        audit.unlink()
    elif setup == "nurses_only":
        write_audit(audit, [r for r in FILLED_ROWS if r[2] == "Nurse"])
    elif setup == "taken_name":
        assert main([*args, "--seed-scenario", "Seeded"]) == 0
        args.append("--seed-scenario=Seeded")
    before = plan_file.read_bytes()
    lock = PlanLock(plan_file).acquire() if setup == "plan_in_use" else None
    try:
        assert main(args) == 2
    finally:
        if lock:
            lock.release()
    assert expected in capsys.readouterr().err
    assert plan_file.read_bytes() == before
