"""planner.edits: each user intent gives a labelled Edit whose after-plan is computed right."""

from __future__ import annotations

import pytest

from planner import edits
from planner.engine import baseline
from planner.model import Assumptions, Role, Staff
from tests.planner.builders import two_role_plan


def test_staff_hours_edit_changes_capacity_and_keeps_before() -> None:
    plan = two_role_plan()
    edit = edits.set_staff_field(plan, 1, "weekly_hours", 10)
    assert edit.label == "Change hours of Dr Two"
    assert edit.before is plan
    # GP capacity: (30 + 10) x 0.9 = 36 h (was (30 + 20) x 0.9 = 45 h)
    assert baseline(edit.after).capacity["GP"] == pytest.approx(36.0)
    assert baseline(edit.before).capacity["GP"] == pytest.approx(45.0)


def test_staff_hours_accepts_text_from_a_cell() -> None:
    edit = edits.set_staff_field(two_role_plan(), 0, "weekly_hours", " 37.5 ")
    assert edit.after.staff[0].weekly_hours == 37.5


@pytest.mark.parametrize("value, message", [(-1, "at least 0"), ("lots", "must be a number"),
                                            (200, "at most 168")])
def test_staff_hours_that_can_never_be_right_are_refused(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        edits.set_staff_field(two_role_plan(), 0, "weekly_hours", value)


def test_staff_role_by_title_or_code_and_unknown_refused() -> None:
    plan = two_role_plan()
    assert edits.set_staff_field(plan, 0, "role", "Practice nurse").after.staff[0].role == "PN"
    assert edits.set_staff_field(plan, 0, "role", "PN").after.staff[0].role == "PN"
    with pytest.raises(ValueError, match="'Vet' is not a role"):
        edits.set_staff_field(plan, 0, "role", "Vet")


def test_staff_salary_blank_means_role_salary() -> None:
    plan = two_role_plan()
    with_salary = edits.set_staff_field(plan, 0, "annual_salary", "£95,000").after
    assert with_salary.staff[0].annual_salary == 95000
    assert edits.set_staff_field(with_salary, 0, "annual_salary", "").after.staff[0].annual_salary is None


def test_add_and_remove_staff() -> None:
    plan = two_role_plan()
    added = edits.add_staff(plan, Staff("Nurse Two", "PN", 20))
    assert added.label == "Add Nurse Two"
    # PN capacity: (30 + 20) x 0.9 = 45 h
    assert baseline(added.after).capacity["PN"] == pytest.approx(45.0)
    removed = edits.remove_staff(plan, 0)
    assert removed.label == "Remove Dr One"
    assert [s.name for s in removed.after.staff] == ["Dr Two", "Nurse One"]
    with pytest.raises(ValueError, match="number 4"):
        edits.remove_staff(plan, 3)


def test_practice_fields() -> None:
    plan = two_role_plan()
    assert edits.set_practice(plan, "list_size", "12,000").after.practice.list_size == 12000
    assert edits.set_practice(plan, "name", " Oak Surgery ").after.practice.name == "Oak Surgery"
    with pytest.raises(ValueError, match="whole number"):
        edits.set_practice(plan, "list_size", 10.5)
    with pytest.raises(ValueError, match="cannot be empty"):
        edits.set_practice(plan, "name", "  ")
    with pytest.raises(ValueError, match="not a field"):
        edits.set_practice(plan, "postcode", "AB1")


def test_assumption_override_and_reset() -> None:
    plan = two_role_plan()
    edit = edits.set_assumption(plan, "employer_ni_rate", 0.138)
    assert edit.label == "Change employer NI rate"
    assert edit.after.assumptions.employer_ni_rate == 0.138
    reset = edits.reset_assumption(edit.after, "employer_ni_rate")
    assert reset.label == "Reset employer NI rate"
    assert reset.after.assumptions.employer_ni_rate == edits.default_assumption("employer_ni_rate")
    with pytest.raises(ValueError, match="at most 1"):
        edits.set_assumption(plan, "employer_ni_rate", 1.5)
    with pytest.raises(ValueError, match="not a role"):
        edits.set_assumption(plan, "gp_role", "XX")
    assert edits.set_assumption(plan, "gp_role", "Practice nurse").after.assumptions.gp_role == "PN"


def test_default_assumption_is_the_shipped_value() -> None:
    assert edits.default_assumption("wte_hours") == pytest.approx(Assumptions().wte_hours)


def test_role_fields() -> None:
    plan = two_role_plan()
    edit = edits.set_role_field(plan, "PN", "leave_fraction", 0.2)
    assert edit.label == "Change leave of Practice nurse"
    # PN capacity: 30 x (1 - 0.2) = 24 h
    assert baseline(edit.after).capacity["PN"] == pytest.approx(24.0)
    assert edits.set_role_field(plan, "PN", "arrs_cap", None).after.role("PN").arrs_cap is None
    with pytest.raises(ValueError, match="Staff group"):
        edits.set_role_field(plan, "PN", "staff_group", "Vets")
    with pytest.raises(ValueError, match="cannot be changed"):
        edits.set_role_field(plan, "PN", "code", "N")


def test_add_role_refuses_a_used_code() -> None:
    plan = two_role_plan()
    para = Role("PARA", "Paramedic", "Direct Patient Care", 45000, 0.12, 55000, 1.0)
    assert edits.add_role(plan, para).after.role("PARA") == para
    with pytest.raises(ValueError, match="already a role"):
        edits.add_role(plan, Role("GP", "Another GP", "GP", 1))


def test_activity_volume_changes_demand() -> None:
    plan = two_role_plan()
    edit = edits.set_activity_field(plan, "letters", "volume_per_week", 300)
    assert edit.label == "Change volume of Hospital letters"
    # GP demand: appts 100 x 0.7 x 10 / 60 = 11.667 h + letters 300 x 2 / 60 = 10 h
    assert baseline(edit.after).demand["GP"] == pytest.approx(100 * 0.7 * 10 / 60 + 10)
    assert edits.set_activity_field(plan, "letters", "category", "Test results").after \
        .activity("letters").category == "results"


def test_activity_minutes_add_change_and_remove() -> None:
    plan = two_role_plan()
    added = edits.set_activity_minutes(plan, "letters", "PN", 3)
    assert added.label == "Change Practice nurse minutes of Hospital letters"
    assert added.after.activity("letters").minutes == {"GP": 2, "PN": 3}
    removed = edits.set_activity_minutes(added.after, "letters", "PN", None)
    assert removed.after.activity("letters").minutes == {"GP": 2}
    with pytest.raises(ValueError, match="does 30%"):
        edits.set_activity_minutes(plan, "appts", "PN", None)


def test_activity_split_must_add_up_and_roles_must_have_minutes() -> None:
    plan = two_role_plan()
    edit = edits.set_activity_split(plan, "appts", {"GP": 0.5, "PN": 0.5})
    # GP demand: appts 100 x 0.5 x 10 / 60 = 8.333 h + letters 200 x 2 / 60 = 6.667 h = 15 h
    assert baseline(edit.after).demand["GP"] == pytest.approx(15.0)
    with pytest.raises(ValueError, match="add up to 90%"):
        edits.set_activity_split(plan, "appts", {"GP": 0.6, "PN": 0.3})
    with pytest.raises(ValueError, match="no minutes"):
        edits.set_activity_split(plan, "letters", {"GP": 0.5, "PN": 0.5})


def test_replace_plan_is_one_edit_and_noop_detected() -> None:
    plan = two_role_plan()
    other = edits.set_practice(plan, "list_size", 6000).after
    edit = edits.replace_plan(plan, other, "Import rota")
    assert (edit.label, edit.before, edit.after) == ("Import rota", plan, other)
    assert not edit.changes_nothing
    assert edits.set_staff_field(plan, 0, "weekly_hours", 30).changes_nothing


def test_activity_share_rebalances_the_other_roles() -> None:
    plan = two_role_plan()
    edit = edits.set_activity_share(plan, "appts", "PN", 0.5)
    assert edit.after.activity("appts").split == pytest.approx({"GP": 0.5, "PN": 0.5})
    # letters: only GP does it and only GP has minutes: nobody can take the rest
    with pytest.raises(ValueError, match="other 40%"):
        edits.set_activity_share(plan, "letters", "GP", 0.6)
    # with PN given minutes, the rest of letters goes to PN
    able = edits.set_activity_minutes(plan, "letters", "PN", 3).after
    assert edits.set_activity_share(able, "letters", "GP", 0.75).after.activity("letters").split \
        == pytest.approx({"GP": 0.75, "PN": 0.25})


def test_an_audit_import_is_one_edit_and_the_national_figures_can_come_back() -> None:
    from datetime import date

    from planner.audit import AuditError, AuditResult, AuditRow, avoidable_shares

    def row(n: int, role: str, answer: str) -> AuditRow:
        return AuditRow(n, date(2025, 3, n), "Dr A", role, "Clinical Triage", "Telephone", answer)

    result = AuditResult("Audit", (row(5, "GP", "Another practice role"), row(6, "GP", "Not avoidable"),
                                   row(7, "GP", "Self-care"), row(8, "GP", "Not avoidable"),
                                   row(9, "Nurse", "Self-care")))
    plan = two_role_plan()
    edit = edits.import_audit(plan, result, "week.xlsx")
    assert edit.label == "Import appointment audit week.xlsx"
    assert edit.before is plan and not avoidable_shares(plan).is_practice_audit
    shares = avoidable_shares(edit.after)
    # 4 GP rows (the nurse's is not counted): 1 to another role, 1 self-care
    assert (shares.is_practice_audit, shares.audited) == (True, 4)
    assert dict(shares.shares) == pytest.approx({"practice_role": 0.25, "pharmacy_self_care": 0.25,
                                                 "navigation": 0.0, "hospital": 0.0})
    back = edits.use_national_shares(edit.after)
    assert not avoidable_shares(back.after).is_practice_audit
    assert back.after == plan
    assert edits.use_national_shares(plan).changes_nothing
    with pytest.raises(AuditError, match="no appointments with the GP role"):
        edits.import_audit(plan, AuditResult("Audit", (row(9, "Nurse", "Self-care"),)), "x.xlsx")
