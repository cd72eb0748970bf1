"""The audit template: drop-downs, layout, and a round trip through a GP's typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.audit import apply_audit, read_audit, write_audit_template
from tests.planner.audit.audit_files import FILLED_ROWS, fill_template
from tests.planner.builders import two_role_plan


def test_template_layout_and_drop_downs(tmp_path: Path) -> None:
    path = tmp_path / "audit.xlsx"
    write_audit_template(path, roles=["GP", "PN", "=cmd"], rows=50)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Audit", "Lists", "Instructions"]
    audit, lists = wb["Audit"], wb["Lists"]
    assert lists.sheet_state == "hidden"
    assert [c.value for c in audit[4]][:6] == ["Date", "Clinician", "Role", "National category (GPAD)",
                                               "Mode", "Could this have been handled by"]
    assert audit["A4"].font.b and audit.freeze_panes == "A5"
    assert audit["A5"].number_format == "dd/mm/yyyy" and audit["A54"].number_format == "dd/mm/yyyy"
    assert audit.column_dimensions["D"].width >= 40
    assert [lists.cell(row=r, column=1).value for r in range(1, 5)] == ["Role", "GP", "PN", "=cmd"]
    assert lists["A4"].data_type == "s"  # a role code that looks like a formula stays text
    assert lists["B17"].value == "Non-contractual chargeable work"  # the 16th GPAD category
    checks = {str(dv.sqref): dv for dv in audit.data_validations.dataValidation}
    assert checks["C5:C54"].type == "list" and checks["C5:C54"].formula1 == "Lists!$A$2:$A$4"
    assert checks["D5:D54"].formula1 == "Lists!$B$2:$B$17"
    assert checks["E5:E54"].formula1 == "Lists!$C$2:$C$5"
    assert checks["F5:F54"].formula1 == "Lists!$D$2:$D$7"
    assert checks["A5:A54"].type == "date"
    assert all(dv.showErrorMessage for dv in checks.values())


def test_default_roles_and_row_limits(tmp_path: Path) -> None:
    write_audit_template(tmp_path / "a.xlsx")
    lists = load_workbook(tmp_path / "a.xlsx")["Lists"]
    assert [lists.cell(row=r, column=1).value for r in range(2, 5)] == ["GP", "Nurse", "Other"]
    with pytest.raises(ValueError, match="rows must be between 1 and 5000"):
        write_audit_template(tmp_path / "b.xlsx", rows=0)
    assert not (tmp_path / "b.xlsx").exists()


def test_round_trip_template_filled_in_and_read_back(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_audit_template(template, rows=20)
    filled = fill_template(template, FILLED_ROWS, tmp_path / "filled.xlsx")
    result, problems = read_audit(filled)
    assert problems == []
    assert result is not None and len(result.rows) == 12
    assert result.rows[0].row == 5
    plan = apply_audit(two_role_plan(), result, "filled.xlsx")
    saved = plan.extras["appointment_audit"]
    # 10 GP rows: practice role 2, pharmacy 1 + self-care 2, navigation 1, hospital 1, not avoidable 3
    assert saved["audited"] == 10
    assert saved["shares"] == pytest.approx({"practice_role": 0.2, "pharmacy_self_care": 0.3,
                                             "navigation": 0.1, "hospital": 0.1})
    assert saved["period"] == "3 Mar 2025 – 7 Mar 2025"
    assert saved["source"] == "Practice audit filled.xlsx"


def test_template_with_a_wrong_answer_typed_over_the_drop_down(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_audit_template(template, roles=["GP", "PN"], rows=20)
    rows = [list(FILLED_ROWS[0]), list(FILLED_ROWS[1])]
    rows[1][2] = "Nurse"  # not one of this template's roles
    rows[1][5] = "maybe"
    result, problems = read_audit(fill_template(template, rows, tmp_path / "filled.xlsx"))
    assert result is None
    assert [str(p) for p in problems] == [
        "Audit!C6: 'Nurse' is not one of GP, PN",
        "Audit!F6: 'maybe' is not one of Another practice role, Community pharmacy, Self-care, Care "
        "navigation or social prescribing, Hospital should have dealt with it, Not avoidable",
    ]
