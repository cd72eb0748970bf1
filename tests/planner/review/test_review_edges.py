"""E12 at its edges: people who left, work added and gone, leave and edition changes, where the
rota came from, no GP time now, a plan that cannot be computed, and the engine's own gap closed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.edits import approve_option
from planner.engine import InvalidPlan
from planner.model import Activity, Staff
from planner.present import figures as option_figures
from planner.present.review_figures import REVIEW_FIGURES
from planner.review import review
from planner.review import snapshot as snapshot_module
from tests.planner.review.review_plans import APPROVED_ON, GP, OPTION, approval_plan, now


@pytest.fixture(scope="module")
def approved():
    return approve_option(approval_plan(), OPTION, APPROVED_ON, "Partners").after


def test_people_who_left_work_added_and_gone_leave_and_edition(approved) -> None:
    """(The option now names an activity the plan no longer has: the review of the team and work goes on.)"""
    plan = replace(approved, staff=(Staff("DR ONE ", "GP", 30),),  # matched by name as the rota import does
                   roles=(replace(GP, leave_fraction=0.13), *approved.roles[1:]),
                   activities=(*approved.activities[1:],
                               Activity("forms", "Insurance forms", "reports_forms", 5, {"GP": 20}, {"GP": 1.0})),
                   extras={**approved.extras, "edition": "2026/27"})
    changes = review(plan).changes
    assert [c.text for c in changes.team] == [
        "General practitioner: 30.0 hours a week (was 50.0). Left: Dr Two 20.0 h. Leave 13% (was 10%)."]
    assert [w.text for w in changes.work] == [
        "Insurance forms: new, 5.0 a week, Skillmix estimate.",
        "Medication reviews: no longer in the plan (was 60.0 a week)."]
    assert "Reference figures: 2026/27 edition (was 2025/26)." in changes.other


def test_someone_whose_role_changed_left_one_role_and_joined_the_other(approved) -> None:
    plan = replace(approved, staff=(Staff("Dr One", "GP", 30), Staff("Dr Two", "PHARM", 20)))
    r = review(plan)
    assert [c.text for c in r.changes.team] == [
        "General practitioner: 30.0 hours a week (was 50.0). Left: Dr Two 20.0 h.",
        "Clinical pharmacist: 20.0 hours a week (was 0.0). Joined: Dr Two 20.0 h."]
    assert r.actual.now.added_wte == {"PHARM": pytest.approx(20 / 37.5)}


def test_where_the_rota_came_from_when_the_import_recorded_it(approved) -> None:
    plan = replace(approved, extras={**approved.extras,
                                     "rota_import": {"file": "rota-sep.xlsx", "imported_on": "2026-09-01"}})
    assert review(plan).changes.other == (
        "Rota: rota-sep.xlsx imported 1 September 2026 (at approval: not recorded).",)


def test_no_gp_time_now_means_contacts_not_known(approved) -> None:
    plan = replace(approved, staff=(Staff("Pharm Pat", "PHARM", 37.5),))
    line = next(line for line in review(plan).lines if line.figure.key == "gp_contacts_per_day_after")
    assert line.actual is None and line.status == "not_known"
    assert line.words == "Not known: there is no GP time in the plan now"
    assert line.texts() == ("30.0", "–", "–")
    assert review(plan).verdict.endswith("; 1 cannot be worked out.")


def test_a_plan_that_cannot_be_computed_now_says_so(approved) -> None:
    broken = replace(approved, activities=(replace(approved.activities[0], split={"GP": 0.5}),
                                           *approved.activities[1:]))
    with pytest.raises(InvalidPlan):
        review(broken)


def test_the_engines_gap_closed_is_the_promise_when_it_has_one(monkeypatch) -> None:
    real = snapshot_module.scenario_figures
    monkeypatch.setattr(snapshot_module, "scenario_figures",
                        lambda plan, r: real(plan, r) | {"gp_gap_closed_per_week": 4.25})
    plan = approve_option(approval_plan(), OPTION, APPROVED_ON, "Partners").after
    assert review(plan).decision.promised["gp_gap_closed_per_week"] == 4.25


def test_review_labels_are_the_option_tables_labels_where_they_share_a_figure() -> None:
    shared = [f for f in REVIEW_FIGURES if f.key in option_figures.BY_KEY]
    assert len(shared) >= 4
    for f in shared:
        assert f.label == option_figures.label(f.key), f.key


def test_a_review_of_today_with_nothing_done_is_the_plan_without_the_option(approved) -> None:
    r = review(now(approved))
    assert r.actual.now.gp_demand == pytest.approx(39.8)
