"""Avoidable shares (practice audit or national) and the scenario seeded from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from planner.audit import (
    AuditError,
    AuditResult,
    AuditRow,
    apply_audit,
    avoidable_shares,
    read_audit,
    seed_scenario,
)
from planner.engine import compute
from planner.model import Activity, Avoid, Change, Role, Shift
from tests.planner.audit.audit_files import FILLED_ROWS, write_audit
from tests.planner.builders import two_role_plan

ANP = Role("ANP", "Advanced nurse practitioner", "Nurses", 55000, 0.12, 60000, 1.5)


def audit_result(tmp_path: Path) -> AuditResult:
    result, problems = read_audit(write_audit(tmp_path / "audit.xlsx", FILLED_ROWS))
    assert problems == [] and result is not None
    return result


def steps(changes: tuple[Change, ...]) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    for c in changes:
        assert isinstance(c, (Shift, Avoid))
        if isinstance(c, Shift):
            out.append((c.type, c.activity, c.from_role, c.to_role))
        else:
            out.append((c.type, c.activity, c.role, ""))
    return out


def fractions(changes: tuple[Change, ...]) -> list[float]:
    return [c.fraction for c in changes if isinstance(c, (Shift, Avoid))]


def row(role: str, answer: str, day: int = 3) -> AuditRow:
    return AuditRow(2, date(2025, 3, day), "Dr A", role, "Clinical Triage", "Telephone", answer)


def test_national_shares_when_the_practice_has_no_audit() -> None:
    shares = avoidable_shares(two_role_plan())
    assert not shares.is_practice_audit
    # NHS England 2015: 6.5% + 5.5% + 4% + 4.5% = 20.5% with a destination (of the 27% headline)
    assert dict(shares.shares) == pytest.approx({"practice_role": 0.065, "pharmacy_self_care": 0.055,
                                                 "navigation": 0.04, "hospital": 0.045})
    assert shares.total == pytest.approx(0.205)
    assert "http://www.england.nhs.uk/2015/10/05/gp-appointments" in shares.source


def test_audit_replaces_the_national_shares(tmp_path: Path) -> None:
    plan = apply_audit(two_role_plan(), audit_result(tmp_path), "audit.xlsx")
    shares = avoidable_shares(plan)
    assert shares.is_practice_audit and shares.source == "Practice audit audit.xlsx"
    assert shares.audited == 10 and shares.period == "3 Mar 2025 – 7 Mar 2025"
    assert shares.total == pytest.approx(0.7)  # 7 of the 10 GP appointments had a destination


def test_only_rows_of_the_gp_role_count() -> None:
    plan = replace(two_role_plan(), assumptions=replace(two_role_plan().assumptions, gp_role="GP"))
    result = AuditResult("Audit", (row("GP", "Self-care"), row("gp", "Not avoidable"),
                                   row("PN", "Self-care"), row("Nurse", "Self-care")))
    saved = apply_audit(plan, result, "x.xlsx").extras["appointment_audit"]
    assert saved["audited"] == 2  # "GP" and "gp"; the nurses' rows are not GP appointments
    assert saved["shares"]["pharmacy_self_care"] == pytest.approx(0.5)


def test_an_audit_without_gp_rows_is_refused() -> None:
    result = AuditResult("Audit", (row("Nurse", "Self-care"),))
    with pytest.raises(AuditError, match="no appointments with the GP role 'GP'.*Nurse"):
        apply_audit(two_role_plan(), result, "x.xlsx")


def test_a_second_audit_replaces_the_first_and_keeps_other_extras(tmp_path: Path) -> None:
    plan = replace(two_role_plan(), extras={"rota": {"x": 1}})
    plan = apply_audit(plan, audit_result(tmp_path), "first.xlsx")
    plan = apply_audit(plan, AuditResult("Audit", (row("GP", "Not avoidable", 10),)), "second.xlsx")
    assert plan.extras["rota"] == {"x": 1}
    assert plan.extras["appointment_audit"]["source"] == "Practice audit second.xlsx"
    assert plan.extras["appointment_audit"]["period"] == "10 Mar 2025 – 10 Mar 2025"
    assert avoidable_shares(plan).total == 0


def test_seeded_scenario_shifts_and_avoids_the_audited_shares(tmp_path: Path) -> None:
    plan = apply_audit(two_role_plan(), audit_result(tmp_path), "audit.xlsx")
    plan = seed_scenario(plan, "Our audit")
    scenario = plan.scenario("Our audit")
    assert scenario is not None
    # practice role 20% moves to PN (no ANP in this plan); 30% + 10% = 40% of the GP's items
    # leave, which is 0.4 / 0.8 = 50% of what the GP still does after the move.
    assert steps(scenario.changes) == [("shift", "appts", "GP", "PN"), ("avoid", "appts", "GP", "")]
    assert fractions(scenario.changes) == pytest.approx([0.2, 0.5])
    assert "moved to ANP, else PN, else PHARM" in scenario.description
    result = compute(plan).scenario("Our audit")
    # GP did 70 appointments at 10 min: 70 x (1 - 0.2 - 0.4) = 28 left, so 42 x 10 / 60 = 7 h freed
    assert result.gp_hours_freed_per_week == pytest.approx(7.0)
    # PN gains 14 items at 15 min = 3.5 h
    assert result.after.demand["PN"] - result.before.demand["PN"] == pytest.approx(3.5)


def test_seed_prefers_anp_and_skips_activities_no_one_else_can_do() -> None:
    plan = two_role_plan()
    appts = replace(plan.activities[0], minutes={"GP": 10, "PN": 15, "ANP": 12})
    gp_only = Activity("ltc", "Long-term conditions", "appointments", 20, {"GP": 15}, {"GP": 1.0})
    plan = replace(plan, roles=(*plan.roles, ANP), activities=(appts, plan.activities[1], gp_only))
    plan = seed_scenario(plan, "National shares")
    changes = plan.scenarios[-1].changes
    # national: 6.5% moves; (5.5% + 4%) / (1 - 6.5%) of the rest is avoided
    assert steps(changes) == [("shift", "appts", "GP", "ANP"), ("avoid", "appts", "GP", ""),
                              ("avoid", "ltc", "GP", "")]  # letters are correspondence, not appointments
    assert fractions(changes) == pytest.approx([0.065, 0.095 / 0.935, 0.095])
    assert "Long-term conditions: no ANP, PN or PHARM minutes" in plan.scenarios[-1].description


def test_seed_refuses_a_taken_name_or_a_plan_without_gp_appointments() -> None:
    plan = seed_scenario(two_role_plan(), "Audit")
    with pytest.raises(ValueError, match="already has a scenario named 'Audit'"):
        seed_scenario(plan, "Audit")
    letters_only = replace(two_role_plan(), activities=(two_role_plan().activities[1],))
    with pytest.raises(ValueError, match="no appointment activities done by 'GP'"):
        seed_scenario(letters_only, "Audit")
