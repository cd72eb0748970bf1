"""A pack of a plan at the text limits: every name as long as allowed and without a space (so
no line can break at one), every description at its maximum. It is laid out (long words are
broken, never a LayoutError) and quickly (the limits keep it to seconds, not minutes)."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from planner.engine import validate_plan
from planner.model import Plan
from planner.model.limits import DESCRIPTION_MAX, NAME_MAX
from planner.report import build_pack
from planner.sample import sample_plan


def longest(prefix: str, fill: str = "W", length: int = NAME_MAX) -> str:
    """``prefix`` then ``fill`` (the widest letter) up to ``length`` characters: no spaces."""
    return (prefix + fill * length)[:length]


def maximal_plan() -> Plan:
    plan = sample_plan()
    roles = tuple(replace(r, title=longest(r.code)) for r in plan.roles)
    staff = tuple(replace(s, name=longest(f"{i}")) for i, s in enumerate(plan.staff))
    activities = tuple(replace(a, name=longest(a.code)) for a in plan.activities)
    scenarios = tuple(replace(s, name=longest(f"{i}"), description=longest("", "M", DESCRIPTION_MAX))
                      for i, s in enumerate(plan.scenarios))
    return replace(plan, practice=replace(plan.practice, name=longest("P")), roles=roles, staff=staff,
                   activities=activities, scenarios=scenarios)


@pytest.mark.slow
@pytest.mark.parametrize("anonymise", [False, True])
def test_a_plan_at_the_text_limits_makes_a_pack_in_seconds(tmp_path: Path, anonymise: bool) -> None:
    plan = maximal_plan()
    assert not validate_plan(plan)
    out = tmp_path / "pack.pdf"
    started = time.perf_counter()
    build_pack(plan, out, anonymise=anonymise, prepared_by=longest("R"), plan_name=longest("F", length=255))
    assert time.perf_counter() - started < 60
    assert out.stat().st_size > 10_000
