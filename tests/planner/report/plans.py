"""Plans for the pack tests: hand-made ones with every number visible, and stretched samples."""

from __future__ import annotations

from dataclasses import replace

from planner.model import Activity, Hire, Plan, Scenario, Shift
from planner.sample import sample_plan
from tests.planner.builders import PHARM, two_role_plan


def three_hires_plan() -> Plan:
    """two_role_plan plus a pharmacist role, and one option hiring three people at awkward pay,
    so rounding has to be shared out for the cost table to add up:
    - PN 0.6 WTE at £31,234.57, ARRS (cap 20,000 x 0.6 = 12,000 binds);
    - PHARM 0.8 WTE at £47,810.33, ARRS (cap 65,838 x 0.8 = 52,670.40 does not bind);
    - PN 0.4 WTE at £29,999.99, not ARRS."""
    plan = two_role_plan()
    hires = (Hire("PN", 0.6, 31234.57, arrs_funded=True, one_off_cost=1000.4),
             Hire("PHARM", 0.8, 47810.33, arrs_funded=True, one_off_cost=333.3),
             Hire("PN", 0.4, 29999.99, arrs_funded=False))
    s = Scenario("Three hires", (*hires, Shift("appts", "GP", "PN", 0.3)), "Nurses and a pharmacist.")
    return replace(plan, roles=(*plan.roles, PHARM), scenarios=(s,))


def busy_gp_plan() -> Plan:
    """GPs see 200 appointments a week; GP capacity 45 h = 5.4 days of two 25/6 h sessions,
    so 200 / 5.4 = 37.0 patient contacts a GP day: above the BMA's 25."""
    plan = two_role_plan()
    appts = Activity("appts", "Appointments", "appointments", 200, {"GP": 10, "PN": 15}, {"GP": 1.0})
    return replace(plan, activities=(appts, plan.activities[1]))


LONG_PRACTICE = ("The Very Long Named Riverside and Canal Side Medical Practice and Health Centre "
                 "of the Greater Upper Thames Valley Primary Care Partnership")[:120]


def many_options_plan(n: int = 10) -> Plan:
    """The sample with a 120-character practice name and ``n`` scenarios named with 80 characters."""
    plan = sample_plan()
    assert len(LONG_PRACTICE) == 120
    scenarios = []
    for i in range(n):
        base = plan.scenarios[i % len(plan.scenarios)]
        name = f"Scenario {i + 1:02d} " + "with a very long descriptive name for the partners' meeting agenda"
        name = (name + " x" * 40)[:80]
        scenarios.append(replace(base, name=name, recommended=(i == 3)))
    return replace(plan, practice=replace(plan.practice, name=LONG_PRACTICE), scenarios=tuple(scenarios))
