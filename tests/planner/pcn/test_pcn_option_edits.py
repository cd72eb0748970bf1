"""Editing PCN options: each edit a pure function returning a PcnEdit; what cannot be right is
refused in words; the allocation moves by the hand-worked amount (docs/MODEL-EXTENSIONS.md P-worked)."""

from __future__ import annotations

import pytest

from planner.edits.pcn_choices import new_post_name, practices_for, recruit_roles, team_before
from planner.edits.pcn_options import (
    add_pcn_change,
    add_pcn_option,
    copy_pcn_option,
    delete_pcn_option,
    link_practice_option,
    move_pcn_change,
    remove_pcn_change,
    rename_pcn_option,
    replace_pcn_change,
    set_pcn_option_description,
)
from planner.engine.pcn import compute_pcn
from planner.model import Recruit, Redeploy, SharedStaff
from planner.sample import sample_pcn
from tests.planner.pcn.tiny import tiny_pcn


def recruit(sessions: dict[str, float], wte: float = 0.5, start: str = "2026-10-01", name: str = "P3") -> Recruit:
    return Recruit(SharedStaff(name, "PHARM", wte, sessions, None, start), 1000.0)


def test_create_copy_rename_delete_and_describe_an_option():
    pcn = tiny_pcn()
    edit = add_pcn_option(pcn, "  Hire   a pharmacist ")
    assert edit.before is pcn and edit.label == "Add PCN option Hire a pharmacist"
    pcn = edit.after
    assert pcn.options[-1].name == "Hire a pharmacist" and pcn.options[-1].changes == ()
    copied = copy_pcn_option(pcn, "Grow").after
    assert [o.name for o in copied.options] == ["Grow", "Copy of Grow", "Hire a pharmacist"]
    assert copied.option("Copy of Grow").changes == pcn.option("Grow").changes
    renamed = rename_pcn_option(copied, "Copy of Grow", "Grow more").after
    assert renamed.option("Grow more") is not None and renamed.option("Copy of Grow") is None
    assert delete_pcn_option(renamed, "Grow more").after.options == pcn.options
    described = set_pcn_option_description(pcn, "Grow", "For the winter")
    assert described.after.option("Grow").description == "For the winter" and described.key


@pytest.mark.parametrize(("call", "message"), [
    (lambda p: add_pcn_option(p, "grow"), "already a PCN option called 'grow'"),
    (lambda p: add_pcn_option(p, "  "), "needs a name"),
    (lambda p: rename_pcn_option(p, "Nope", "x"), "no PCN option called 'Nope'"),
    (lambda p: link_practice_option(p, "Grow", "A", "Nothing like it"), "Practice A has no option"),
    (lambda p: link_practice_option(p, "Grow", "Z", ""), "no member practice Z"),
])
def test_option_edits_refuse_in_words(call, message):
    with pytest.raises(ValueError, match=message):
        call(tiny_pcn())


def test_linking_a_practice_option():
    pcn = tiny_pcn()
    linked = link_practice_option(pcn, "Grow", "B", "Pharm work").after
    assert linked.option("Grow").practice_options == {"A": "Pharm work", "B": "Pharm work"}
    unlinked = link_practice_option(linked, "Grow", "A", "").after
    assert unlinked.option("Grow").practice_options == {"B": "Pharm work"}


def test_a_recruit_split_across_two_practices_moves_the_allocation_by_the_hand_worked_amount():
    pcn = add_pcn_option(tiny_pcn(), "Hire").after
    before = compute_pcn(pcn).option("Hire").money
    assert before.planned == 0 and before.headroom == pytest.approx(40_000)
    edit = add_pcn_change(pcn, "Hire", recruit({"A": 2.0, "B": 2.5}))
    assert edit.label == "Add to Hire: Recruit Clinical pharmacist (P3), 0.5 WTE: 2 at Practice A, 2.5 at Practice B"
    money = compute_pcn(edit.after).option("Hire").money
    # ARRS min(31,595, 60,000 x 0.5) = 30,000 a year, in post 182 of 365 days of 2026/27
    assert money.planned == pytest.approx(30_000 * 182 / 365) == pytest.approx(14_958.90, abs=0.01)
    assert money.headroom == pytest.approx(100_000 - 60_000 - 14_958.90, abs=0.01)
    figures = compute_pcn(edit.after).option("Hire")
    assert figures.practice("A").shared_sessions_after == 5 and figures.practice("B").shared_sessions_after == 5.5


def test_redeploy_replace_move_and_remove_changes():
    pcn = add_pcn_option(tiny_pcn(), "Hire").after
    pcn = add_pcn_change(pcn, "Hire", recruit({"A": 2.0})).after
    pcn = add_pcn_change(pcn, "Hire", Redeploy("P1", {"A": 1.0, "B": 5.0})).after
    assert [s.name for s in team_before(pcn, "Hire", 1)] == ["P1", "P3"]
    again = replace_pcn_change(pcn, "Hire", 0, recruit({"A": 4.0}))
    assert again.key == "option.Hire.change.0" and again.after.option("Hire").changes[0].staff.sessions == {"A": 4.0}
    moved = move_pcn_change(pcn, "Hire", 1, 0).after
    assert [c.type for c in moved.option("Hire").changes] == ["redeploy", "recruit"]
    with pytest.raises(ValueError, match="Change 2 redeploys P3: remove it first"):
        remove_pcn_change(add_pcn_change(pcn, "Hire", Redeploy("P3", {"B": 1.0})).after, "Hire", 0)
    left = remove_pcn_change(pcn, "Hire", 1).after
    assert [c.type for c in left.option("Hire").changes] == ["recruit"]


@pytest.mark.parametrize(("change", "message"), [
    (recruit({"A": 4.0, "B": 1.0}), "Change 1: Sessions add up to 5 a week but 0.5 WTE is 4.5 sessions"),
    (recruit({"A": 1.0}, name="P1"), "Change 1: Name: 'P1' is already in the shared team"),
    (recruit({"A": 1.0}, start="1 Oct"), "Start date: '1 Oct' is not a date"),
    (recruit({"A": 1.0}, wte=3), "WTE: "),
    (Redeploy("Nobody", {"A": 1.0}), "Name: 'Nobody' is not in the shared team"),
    (Redeploy("P1", {"A": 30.0}), "Sessions at Practice A: "),
])
def test_a_change_that_cannot_be_right_is_refused_in_words(change, message):
    pcn = add_pcn_option(tiny_pcn(), "Hire").after
    with pytest.raises(ValueError, match=message):
        add_pcn_change(pcn, "Hire", change)


def test_a_role_a_practice_lacks_is_named():
    pcn = sample_pcn()
    staff = SharedStaff("New coach", "HWBC", 1.0, {"X10001": 2.0})
    with pytest.raises(ValueError, match="practice X10001 has no role Health and wellbeing coach"):
        add_pcn_change(pcn, "Shared visiting paramedic", Recruit(staff))
    able, lacking = practices_for(pcn, "HWBC")
    assert able == [] and len(lacking) == 4


def test_what_the_form_offers():
    pcn = sample_pcn()
    titles = [r.title for r in recruit_roles(pcn)]
    assert "Paramedic" in titles and "Receptionist / care navigator" not in titles
    assert new_post_name(pcn, "Paramedic") == "New paramedic 2 (to recruit)"
    assert new_post_name(pcn, "Clinical pharmacist") == "New clinical pharmacist (to recruit)"
