"""PCN JSON version 1: whole and in parts by owner, round trips, and clear errors."""

from __future__ import annotations

import json

import pytest

from planner.engine.pcn import compute_pcn
from planner.interchange import PlanFormatError
from planner.pcn.json_form import NETWORK, join, pcn_from_dict, pcn_to_dict, read_pcn_json, split, write_pcn_json
from planner.sample import sample_pcn


def test_sample_pcn_round_trips_whole_and_in_parts(tmp_path):
    pcn = sample_pcn()
    assert pcn_from_dict(json.loads(json.dumps(pcn_to_dict(pcn)))) == pcn
    parts = split(pcn)
    assert set(parts) == {NETWORK, "X10001", "X10002", "X10003", "X10004"}
    assert join(json.loads(json.dumps(parts))) == pcn
    write_pcn_json(pcn, tmp_path / "pcn.json")
    assert read_pcn_json(tmp_path / "pcn.json") == pcn


def test_sample_pcn_computes_with_one_rule_broken_on_purpose():
    r = compute_pcn(sample_pcn())
    assert r.today.breaks == ()
    assert [b.rule for o in r.options for b in o.breaks] == ["12-month rule"]
    assert 0 < r.option("Shared visiting paramedic").money.headroom < r.today.money.headroom


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.update(format="skillmix-plan"), "not a Skillmix PCN plan"),
    (lambda d: d["staff"][0].update(wte="one"), "staff[0].wte: expected a number"),
    (lambda d: d["options"][0]["changes"][0].update(type="hire"), "options[0].changes[0].type"),
    (lambda d: d["practices"][1]["plan"]["roles"][0].pop("code"), "practice X10002: roles[0]"),
])
def test_bad_pcn_json_names_the_path(change, message):
    d = pcn_to_dict(sample_pcn())
    change(d)
    with pytest.raises(PlanFormatError, match=message.replace("[", r"\[").replace("]", r"\]")):
        pcn_from_dict(d)


def test_a_missing_practice_part_is_named():
    parts = split(sample_pcn())
    del parts["X10003"]
    with pytest.raises(PlanFormatError, match="practice X10003 is missing"):
        join(parts)


def test_merge_applies_my_changes_to_theirs_and_names_real_conflicts():
    from planner.pcn.merge import merge

    base = {"a": 1, "l": [{"code": "x", "v": 1}, {"code": "y", "v": 2}]}
    mine = {"a": 2, "l": [{"code": "x", "v": 1}, {"code": "y", "v": 3}, {"code": "z", "v": 0}]}
    theirs = {"a": 1, "l": [{"code": "y", "v": 2}, {"code": "x", "v": 5}], "n": 9}
    assert merge(base, mine, theirs).value == {
        "a": 2, "l": [{"code": "y", "v": 3}, {"code": "x", "v": 5}, {"code": "z", "v": 0}], "n": 9}
    assert merge({"a": 1}, {"a": 2}, {"a": 3}).conflicts == ["a"]
    assert merge({"a": 1, "b": 2}, {"b": 2}, {"a": 1, "b": 3}).value == {"b": 3}  # my deletion kept
    # both added the same object (plan JSON writes "extras" only when there are some)
    assert merge({}, {"extras": {"m": 1}}, {"extras": {"t": 1}}).value == {"extras": {"t": 1, "m": 1}}
