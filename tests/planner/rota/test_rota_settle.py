"""Settling a rota's people against the plan: near-matches, roles chosen or added, people left
out, and a role's spare or short hours changing called out (planner.rota.settle)."""

from __future__ import annotations

import pytest

from planner.rota import RotaImport, RotaPerson, apply_rota
from planner.rota.settle import (
    NearMatch,
    Settlement,
    core_name,
    near_matches,
    role_gap_changes,
    settled,
    unsettled,
)
from planner.sample import sample_plan
from tests.planner.builders import two_role_plan

S = 25 / 6


def person(name: str, role: str | None = "GP", hours: float = 4 * S, title: str = "GP") -> RotaPerson:
    return RotaPerson(name, title, role, {"clinic": hours})


def test_core_names_drop_titles_brackets_and_case() -> None:
    assert core_name("Dr K Whitfield (regular locum)") == ["k", "whitfield"]
    assert core_name("DR. ANNA  PATEL") == ["anna", "patel"]


@pytest.mark.parametrize("rota, plan_name", [
    ("Dr K Whitfield", "Dr K Whitfield (regular locum)"),
    ("Kate Whitfield", "Dr K Whitfield (regular locum)"),
    ("DR. A. PATEL", "Dr A Patel"),
    ("Patel", "Dr A Patel"),  # the surname alone: asked, not assumed
    ("Anna Patel", "Dr A Patel"),
])
def test_near_matches_with_people_in_the_plan(rota: str, plan_name: str) -> None:
    assert near_matches(sample_plan(), (person(rota),)) == [NearMatch(rota, plan_name)]


@pytest.mark.parametrize("rota", ["Dr B Whitfield", "Dr K Whitworth", "Dr R Hughes", "dr r hughes"])
def test_no_near_match_for_another_person_or_an_exact_name(rota: str) -> None:
    """Another initial or surname is someone else; an exact name (case aside) is the same
    person already."""
    assert near_matches(sample_plan(), (person(rota),)) == []


def test_the_whitfield_case_flags_the_gp_gap_and_is_settled_as_the_same_person() -> None:
    """'Dr K Whitfield' (40 h) beside 'Dr K Whitfield (regular locum)' (16.67 h): imported as a
    new GP the GPs go from 25.0 h short (24.95) to spare (40 h x (1 - 0.198) = 32.1 h more time),
    which is called out; said to be the same person, Whitfield's hours are updated instead."""
    plan = sample_plan()
    result = RotaImport(people=(person("Dr K Whitfield", hours=40.0),))
    as_new = apply_rota(plan, result)
    [line] = role_gap_changes(plan, as_new)
    assert line.startswith("General practitioner: 25.0 h short a week now, 7.1 h spare after the import")
    assert "spare after the import" in line
    plan2, same = settled(plan, result, Settlement(same_as={"dr k whitfield": "Dr K Whitfield (regular locum)"}))
    after = apply_rota(plan2, same)
    assert len(after.staff) == len(plan.staff)
    assert {s.name: s.weekly_hours for s in after.staff}["Dr K Whitfield (regular locum)"] == 40.0


def test_people_without_a_role_get_one_or_are_left_out() -> None:
    plan = two_role_plan()  # roles GP and PN
    result = RotaImport(people=(person("Kim", None, title=""), person("Sam", "HCA", title="HCA"),
                                person("Lee", None, title="Dispenser")))
    assert [(p.name, why) for p, why in unsettled(plan, result)] == [
        ("Kim", "no job title in the rota"), ("Sam", "“HCA” is a role this plan does not have"),
        ("Lee", "job title “Dispenser” not known")]
    answers = Settlement(roles={"kim": "PN", "sam": "HCA"}, skipped=frozenset({"lee"}), added_roles=("HCA",))
    plan2, result2 = settled(plan, result, answers)
    assert unsettled(plan2, result2) == []
    assert plan2.role("HCA") is not None and plan2.role("HCA").title == "Healthcare assistant"
    after = apply_rota(plan2, result2)
    assert {s.name: s.role for s in after.staff if s.name in ("Kim", "Sam", "Lee")} == {"Kim": "PN", "Sam": "HCA"}
