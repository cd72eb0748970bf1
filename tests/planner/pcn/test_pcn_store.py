"""The PCN plan at a location, run on both a .skillmix-pcn file and a real PostgreSQL server:
parts with revisions, one transaction per save, conflicts refused with who/what/when, pending
edits re-applied or kept, and nothing half-written."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.model import Pcn
from planner.pcn.session import PcnSession
from planner.pcn.store import PcnStoreError, SaveConflict, open_location
from planner.sample import sample_pcn


def with_weight(pcn: Pcn, code: str, weighted: float) -> Pcn:
    return replace(pcn, practices=tuple(replace(p, weighted_population=weighted) if p.code == code else p
                                        for p in pcn.practices))


def with_list(pcn: Pcn, code: str, size: int) -> Pcn:
    def change(p):  # type: ignore[no-untyped-def]
        return replace(p, plan=replace(p.plan, practice=replace(p.plan.practice, list_size=size)))
    return replace(pcn, practices=tuple(change(p) if p.code == code else p for p in pcn.practices))


def test_opens_what_was_published(place):
    session = PcnSession.open(open_location(place("pcn_lead")))
    assert session.pcn == sample_pcn()
    assert set(session.revisions.values()) == {1}


def test_a_save_writes_only_the_changed_part_and_records_who_and_what(place):
    session = PcnSession.open(open_location(place("pcn_lead")))
    outcome = session.save(with_list(session.pcn, "X10002", 7900), "Change list size of Millbrook")
    assert outcome.status == "saved"
    again = PcnSession.open(open_location(place("pcn_lead")))
    assert again.pcn.practice("X10002").list_size == 7900
    assert again.revisions["X10002"] == 2 and again.revisions["PCN"] == 1
    latest = open_location(place("pcn_lead")).history(1)[0]
    assert (latest.owner, latest.revision, latest.summary) == ("X10002", 2, "Change list size of Millbrook")


def test_two_managers_on_different_parts_both_save(place):
    one = PcnSession.open(open_location(place("pcn_lead")))
    two = PcnSession.open(open_location(place("pcn_lead")))
    assert one.save(with_list(one.pcn, "X10001", 10500)).status == "saved"
    assert two.save(with_list(two.pcn, "X10003", 12700)).status == "saved"
    final = PcnSession.open(open_location(place("pcn_lead"))).pcn
    assert final.practice("X10001").list_size == 10500 and final.practice("X10003").list_size == 12700


def test_a_conflicting_save_is_refused_and_the_edits_re_applied(place):
    one = PcnSession.open(open_location(place("pcn_lead")))
    two = PcnSession.open(open_location(place("pcn_lead")))
    assert one.save(with_weight(one.pcn, "X10001", 11000.0), "Weighted population of Riverside").status == "saved"
    outcome = two.save(replace(two.pcn, arrs_per_weighted_patient=27.5), "ARRS sum from the DES")
    assert outcome.status == "reapplied"
    assert "saved the PCN's own plan" in outcome.message and "Weighted population of Riverside" in outcome.message
    assert outcome.pcn.arrs_per_weighted_patient == 27.5
    assert outcome.pcn.practice("X10001").weighted_population == 11000.0  # theirs kept
    assert two.save(outcome.pcn, "ARRS sum from the DES").status == "saved"
    final = PcnSession.open(open_location(place("pcn_lead"))).pcn
    assert (final.arrs_per_weighted_patient, final.practice("X10001").weighted_population) == (27.5, 11000.0)


def test_both_changing_the_same_value_keeps_mine_to_retry(place):
    one = PcnSession.open(open_location(place("pcn_lead")))
    two = PcnSession.open(open_location(place("pcn_lead")))
    one.save(with_weight(one.pcn, "X10001", 11000.0), "theirs")
    mine = with_weight(two.pcn, "X10001", 9000.0)
    outcome = two.save(mine, "mine")
    assert outcome.status == "kept" and outcome.pcn == mine
    assert "PCN: practices[X10001].weighted_population" in outcome.message
    assert PcnSession.open(open_location(place("pcn_lead"))).pcn.practice("X10001").weighted_population == 11000.0
    assert two.overwrite(mine, "mine over theirs").status == "saved"
    assert PcnSession.open(open_location(place("pcn_lead"))).pcn.practice("X10001").weighted_population == 9000.0


def test_nothing_is_half_written(place):
    """One save of two parts, the second of which moved on: neither is written."""
    one = PcnSession.open(open_location(place("pcn_lead")))
    two = PcnSession.open(open_location(place("pcn_lead")))
    one.save(with_list(one.pcn, "X10004", 5300))
    location = open_location(place("pcn_lead"))
    both = with_list(with_list(two.pcn, "X10001", 1), "X10004", 2)
    changed = two.changed_parts(both)
    assert list(changed) == ["X10001", "X10004"]
    with pytest.raises(SaveConflict):
        location.save(changed, two.revisions, {}, "U99001")
    final = PcnSession.open(open_location(place("pcn_lead")))
    assert final.pcn.practice("X10001").list_size == 10400 and final.revisions["X10001"] == 1


def test_not_a_pcn_plan_is_refused(tmp_path):
    bad = tmp_path / "notes.skillmix-pcn"
    bad.write_text("hello")
    with pytest.raises(PcnStoreError, match="not a Skillmix PCN plan"):
        open_location(bad)
    with pytest.raises(PcnStoreError, match="does not exist"):
        open_location(tmp_path / "missing.skillmix-pcn")


def test_the_released_pcn_file_opens_as_its_json(tmp_path):
    import shutil
    from pathlib import Path

    from planner.pcn.json_form import read_pcn_json

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    copy = tmp_path / "old.skillmix-pcn"
    shutil.copy(fixtures / "pcn-schema1.skillmix-pcn", copy)
    assert PcnSession.open(open_location(copy)).pcn == read_pcn_json(fixtures / "pcn-schema1.json")


def test_a_pcn_file_from_a_newer_skillmix_is_refused_untouched(tmp_path):
    import sqlite3

    from planner.pcn.store import create_file

    path = tmp_path / "new.skillmix-pcn"
    create_file(path, sample_pcn()).engine.dispose()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE pcn_meta SET value = '99' WHERE key = 'schema_version'")
    before = path.read_bytes()
    with pytest.raises(PcnStoreError, match="newer Skillmix"):
        open_location(path).load()
    assert path.read_bytes() == before
