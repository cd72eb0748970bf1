"""The team's week kept with the plan after a rota import (issue 12, the Team page): each
person's hours by kind of session and by session of the week, and who covers each session."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from planner.rota import apply_rota, read_rota
from planner.rota.week_record import EXTRAS_KEY, cover, rota_week
from tests.planner.builders import two_role_plan
from tests.planner.rota.rota_books import S, long_list, messy_grid


def near(expected):  # type: ignore[no-untyped-def]
    """The record keeps four decimals."""
    return pytest.approx(expected, abs=1e-4)


PLAN = replace(two_role_plan(), roles=(*two_role_plan().roles,
                                       replace(two_role_plan().roles[1], code="HCA", title="Healthcare assistant")))


def test_a_grid_rota_records_each_persons_kinds_of_session_and_sessions(tmp_path: Path) -> None:
    result = read_rota(messy_grid(tmp_path / "rota.xlsx"))
    plan = apply_rota(PLAN, result)
    weeks = {p.name: p for p in rota_week(plan)}
    patel = weeks["Dr Anna Patel"]
    # the builder's figures: clinic 18.4167, duty S, visits 3.5833, admin S, leave 2S
    assert patel.hours["clinic"] == near(2 * S + 3.5 + 4.5 + S / 2)
    assert patel.hours["duty"] == near(S) and patel.hours["leave"] == near(2 * S)
    # at work: Mon AM and PM (S each), Tue AM 3.5 and PM 4.5, Wed AM S and PM 1.5, Thu AM S,
    # Thu PM S; Fri AM and PM are annual leave, not cover
    assert patel.sessions["Mon AM"] == near(S) and patel.sessions["Tue PM"] == near(4.5)
    assert "Fri AM" not in patel.sessions and "Fri PM" not in patel.sessions
    sessions = dict(cover(plan))
    assert sessions["Mon AM"] == ["Dr Anna Patel", "Dr Ben Khan", "Sue Jones", "Tom Brown"]
    assert sessions["Sat AM"] == ["Dr Ben Khan"]
    assert "Fri PM" not in sessions  # nobody at work: Patel on leave, Khan and Jones not listed
    assert [slot for slot, _ in cover(plan)][:2] == ["Mon AM", "Mon PM"]  # Monday morning first


def test_a_long_list_places_each_row_in_its_session_by_its_start(tmp_path: Path) -> None:
    plan = apply_rota(PLAN, read_rota(long_list(tmp_path / "list.xlsx")))
    patel = {p.name: p for p in rota_week(plan)}["Dr Anna Patel"]
    # two weeks averaged: Mon 08:30 (3.5) and wk2 Mon 09:00 (3) in the morning, Mon 13:30 (3.5)
    # in the afternoon, Tue 9am (3) in the morning, wk2 Tue 1.30pm (4.5) in the afternoon
    assert patel.sessions == near({"Mon AM": 3.25, "Mon PM": 1.75, "Tue AM": 1.5, "Tue PM": 2.25})
    jones = {p.name: p for p in rota_week(plan)}["Sue Jones"]
    assert jones.sessions == near({"Wed AM": 2.5, "Thu": S / 2})  # a meeting with no time: the day


def test_a_damaged_record_is_ignored() -> None:
    damaged_records = ("text", {"people": []}, {"people": {"Dr One": "x"}},
                       {"people": {"Dr One": {"clinic": "9"}}, "sessions": {"Dr One": {"Mon AM": "x"}}})
    for damaged in damaged_records:
        plan = replace(PLAN, extras={EXTRAS_KEY: damaged})
        weeks = rota_week(plan)
        assert all(not any(w.hours.values()) and not w.sessions for w in weeks) and cover(plan) == []
