"""A member practice's own plan, opened from the PCN and saved back as one save of its part with
the revision check, on a .skillmix-pcn file and on PostgreSQL (where a practice manager may save
only their own practice); and a practice's plan imported into the PCN as one undoable edit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.edits.pcn import replace_practice_plan
from planner.model import Plan
from planner.pcn.practice_part import PracticePart
from planner.pcn.session import PcnSession
from planner.pcn.store import NotAllowed, PcnStoreError, open_location
from planner.sample import sample_pcn


def sized(plan: Plan, size: int) -> Plan:
    return replace(plan, practice=replace(plan.practice, list_size=size))


def rooms(plan: Plan, n: int) -> Plan:
    return replace(plan, practice=replace(plan.practice, consulting_rooms=n))


def opened(place, user: str = "pcn_lead", code: str = "X10002") -> tuple[PcnSession, PracticePart, Plan]:
    session = PcnSession.open(open_location(place(user)))
    return session, PracticePart.of(session, code), session.pcn.practice(code).plan


def test_saving_a_practice_writes_only_its_part(place):
    session, part, plan = opened(place)
    outcome = part.save(sized(plan, 7900), "List size of Millbrook")
    assert outcome.status == "saved" and part.revision == 2
    again = PcnSession.open(open_location(place("pcn_lead")))
    assert again.pcn.practice("X10002").list_size == 7900
    assert again.revisions == {"PCN": 1, "X10001": 1, "X10002": 2, "X10003": 1, "X10004": 1}
    latest = open_location(place("pcn_lead")).history(1)[0]
    assert (latest.owner, latest.summary) == ("X10002", "List size of Millbrook")
    # the PCN window takes the saved plan as its base: saving the PCN does not write it again
    assert session.adopt_practice("X10002", outcome.plan, part.body, part.revision)
    assert "X10002" not in session.changed_parts(replace(session.pcn))
    assert not session.adopt_practice("X10002", outcome.plan, part.body, part.revision)


def test_a_conflicting_practice_save_is_re_applied_or_kept(place):
    _, mine, plan = opened(place)
    _, theirs, their_plan = opened(place)
    assert theirs.save(rooms(their_plan, 9), "Rooms at Millbrook").status == "saved"
    outcome = mine.save(sized(plan, 7900), "List size")
    assert outcome.status == "reapplied" and "Rooms at Millbrook" in outcome.message
    assert outcome.plan.practice.consulting_rooms == 9 and outcome.plan.practice.list_size == 7900
    assert mine.save(outcome.plan).status == "saved"
    final = PcnSession.open(open_location(place("pcn_lead"))).pcn.practice("X10002").plan.practice
    assert (final.list_size, final.consulting_rooms) == (7900, 9)


def test_both_changing_the_same_value_keeps_mine_until_i_choose(place):
    _, mine, plan = opened(place)
    _, theirs, their_plan = opened(place)
    theirs.save(sized(their_plan, 8100), "Their list size")
    kept = mine.save(sized(plan, 7900), "My list size")
    assert kept.status == "kept" and "practice.list_size" in kept.message
    assert kept.plan.practice.list_size == 7900
    assert mine.take_theirs().practice.list_size == 8100
    assert mine.overwrite(sized(plan, 7900), "Mine over theirs").status == "saved"
    assert PcnSession.open(open_location(place("pcn_lead"))).pcn.practice("X10002").list_size == 7900


def test_a_practice_manager_saves_their_own_practice_only(pcn_db):
    _, own, plan = opened(pcn_db.url, "pm_x10002")
    assert own.save(sized(plan, 7900), "own list").status == "saved"
    _, other, other_plan = opened(pcn_db.url, "pm_x10002", "X10001")
    with pytest.raises(NotAllowed, match="may not change practice X10001"):
        other.save(sized(other_plan, 1), "someone else's list")
    _, read_only, partner_plan = opened(pcn_db.url, "partner_x10001", "X10001")
    with pytest.raises(NotAllowed):
        read_only.save(sized(partner_plan, 1))
    final = PcnSession.open(open_location(pcn_db.url("pcn_lead")))
    assert final.pcn.practice("X10001").list_size == 10400 and final.revisions["X10001"] == 1
    assert final.pcn.practice("X10002").list_size == 7900


def test_no_such_practice(place):
    session = PcnSession.open(open_location(place("pcn_lead")))
    with pytest.raises(PcnStoreError, match="no member practice X99999"):
        PracticePart.of(session, "X99999")


def test_importing_a_practice_plan_is_one_edit_refused_when_the_shared_staff_need_a_role():
    pcn = sample_pcn()
    plan = sized(pcn.practice("X10001").plan, 10900)
    edit = replace_practice_plan(pcn, "X10002", plan, "riverside.skillmix")
    assert edit.label == "Import the plan of Millbrook Surgery from riverside.skillmix"
    assert edit.after.practice("X10002").plan is plan and edit.after.practice("X10001") == pcn.practice("X10001")
    bare = replace(plan, roles=tuple(r for r in plan.roles if r.code != "PARA"),
                   staff=tuple(s for s in plan.staff if s.role != "PARA"),
                   scenarios=())
    with pytest.raises(ValueError, match="cannot replace Millbrook Surgery's in the PCN"):
        replace_practice_plan(pcn, "X10002", bare)
    with pytest.raises(ValueError, match="no member practice X1"):
        replace_practice_plan(pcn, "X1", plan)


def test_each_user_is_told_what_they_may_change(place):
    lead = PcnSession.open(open_location(place("pcn_lead")))
    assert lead.may_change("PCN") and lead.may_change("X10001")
    manager = PcnSession.open(open_location(place("pm_x10002")))
    partner = PcnSession.open(open_location(place("partner_x10001")))
    if place("pm_x10002").startswith("postgresql://"):
        assert manager.owner == "X10002" and manager.may_change("X10002")
        assert not manager.may_change("X10001") and not manager.may_change("PCN")
        assert partner.owner == "" and not partner.may_change("X10001")
    else:  # a file: whoever may write the file may change all of it
        assert manager.owner == partner.owner == "PCN"
