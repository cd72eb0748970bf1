"""The benchmarks' PCN-sized plan must be a valid plan of the promised size."""

from __future__ import annotations

from benchmarks.pcn_plan import build_pcn_plan
from planner.engine import compute, validate_plan


def test_pcn_plan_is_valid_and_of_the_promised_size():
    plan = build_pcn_plan()
    assert validate_plan(plan) == []
    assert (len(plan.staff), len(plan.roles), len(plan.activities)) == (200, 25, 80)
    assert [len(s.changes) for s in plan.scenarios] == [20] * 10
    assert any(r.arrs_reimbursement_per_year > 0 for r in compute(plan).scenarios)
