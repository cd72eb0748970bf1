"""Benchmarks for a tiny hand-made PCN (docs/MODEL-EXTENSIONS.md, E10), worked by hand.

Appointments = every status but DNA, February 2026 = 4 weeks; list sizes A 4,000, B 6,000,
C 5,000, D 3,000.
  practice A: 562 appointments / (4,000 x 4) x 1,000 = 35.125 per 1,000 patients a week
  PCN (A, B): 962 / 40,000 x 1,000 = 24.05;  sub-ICB (A, B, C): 1,162 / 60,000 x 1,000 = 19.367
  file (all four): 1,282 / 72,000 x 1,000 = 17.806
  GP share A: 350 / (350 + 202); same day A: 120 / 562; DNA A: 8 / 570, PCN 48 / 1,010.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.appointments import prepare_import, read_gpad, read_list_sizes
from planner.appointments.benchmarks import figures
from tests.planner.appointments.gpad_files import gpad_plan, write_gpad, write_list_sizes


def saved_counts(tmp_path: Path, with_lists: bool = True) -> list[dict[str, object]]:
    scan = read_gpad([write_gpad(tmp_path / "f.csv")], "A81001")
    lists, problems = read_list_sizes(write_list_sizes(tmp_path / "gp-reg-pat-prac-all.csv"))
    assert problems == []
    return prepare_import(gpad_plan(), scan, lists if with_lists else None).benchmarks


def by_key(saved: list[dict[str, object]]) -> dict[str, tuple[float | None, ...]]:
    return {f.key: f.values for f in figures(saved)}  # type: ignore[arg-type]


def test_groups_and_their_practices(tmp_path: Path) -> None:
    saved = saved_counts(tmp_path)
    assert [(g["kind"], g["code"], g["practices"]) for g in saved] == [
        ("practice", "A81001", 1), ("pcn", "U12345", 2), ("sub_icb", "16C", 3), ("file", "", 4)]
    assert saved[2]["name"] == "NHS Tees Valley, North ICB - 16C"  # a quoted comma in the name


def test_rates_per_1000_patients_a_week(tmp_path: Path) -> None:
    got = by_key(saved_counts(tmp_path))
    assert got["all"] == pytest.approx((35.125, 24.05, 1162 / 60, 1282 / 72))
    assert got["staff.gp"] == pytest.approx((350 / 16, 750 / 40, 950 / 60, 950 / 72))
    assert got["category.Planned Clinics"] == pytest.approx((10.0, 4.0, 160 / 60, 280 / 72))
    assert got["mode.Home Visit"] == pytest.approx((1.25, 0.5, 20 / 60, 20 / 72))


def test_shares_and_dna_rate(tmp_path: Path) -> None:
    got = by_key(saved_counts(tmp_path))
    assert got["gp_share"] == pytest.approx((350 / 552, 750 / 952, 950 / 1152, 950 / 1272))
    assert got["same_day"] == pytest.approx((120 / 562, 520 / 962, 720 / 1162, 720 / 1282))
    assert got["dna"] == pytest.approx((8 / 570, 48 / 1010, 48 / 1210, 48 / 1330))


def test_without_the_list_size_file_only_the_practice_has_rates(tmp_path: Path) -> None:
    saved = saved_counts(tmp_path, with_lists=False)
    assert saved[0]["list_source"] == "plan"  # the plan's 4,000 patients, said so where shown
    got = by_key(saved)
    assert got["all"] == (35.125, None, None, None)
    assert got["gp_share"][1] == pytest.approx(750 / 952)  # shares need no list size


def test_list_size_file_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("CODE,PATIENTS\nA81001,100\n", encoding="utf-8")
    _, problems = read_list_sizes(bad)
    assert problems[0].line == 1 and "NUMBER_OF_PATIENTS" in problems[0].message
    text = tmp_path / "text.csv"
    text.write_text("CODE,NUMBER_OF_PATIENTS\nA81001,many\n", encoding="utf-8")
    _, problems = read_list_sizes(text)
    assert (problems[0].line, problems[0].column) == (2, "NUMBER_OF_PATIENTS")
