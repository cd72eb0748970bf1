"""A primary-care-network-sized plan for benchmarks: 200 staff, 25 roles,
80 activities, 10 scenarios of 20 changes each. Deterministic (seeded)."""

from __future__ import annotations

import random

from planner.model import (
    CATEGORIES,
    STAFF_GROUPS,
    Activity,
    Avoid,
    Change,
    Hire,
    Plan,
    Practice,
    Retime,
    Role,
    Scenario,
    Shift,
    Staff,
)


def _roles() -> tuple[Role, ...]:
    roles = [Role("GP", "General practitioner", "GP", 95000, 0.13, None, 0)]
    for i in range(1, 25):
        roles.append(Role(f"R{i:02d}", f"Role {i}", STAFF_GROUPS[1 + i % 3], 30000 + 1000 * i,
                          0.12, 40000 + 1000 * i if i % 2 else None, 0.5 if i % 3 == 0 else 0))
    return tuple(roles)


def _activities(rng: random.Random, codes: list[str]) -> tuple[Activity, ...]:
    out = []
    for i in range(80):
        doers = ["GP", *rng.sample(codes[1:], 4)]
        minutes = {r: float(rng.randint(3, 20)) for r in doers}
        split = {"GP": 0.6, doers[1]: 0.4}
        out.append(Activity(f"act{i:02d}", f"Activity {i}", CATEGORIES[i % len(CATEGORIES)],
                            float(rng.randint(20, 400)), minutes, split))
    return tuple(out)


def _changes(rng: random.Random, acts: tuple[Activity, ...], capped: set[str]) -> tuple[Change, ...]:
    changes: list[Change] = []
    for j in range(20):
        a = rng.choice(acts)
        others = [r for r in a.minutes if r != "GP"]
        kind = j % 4
        if kind == 0:
            changes.append(Shift(a.code, "GP", rng.choice(others), round(rng.uniform(0.1, 0.6), 2)))
        elif kind == 1:
            changes.append(Avoid(a.code, "GP", round(rng.uniform(0.02, 0.2), 2)))
        elif kind == 2:
            changes.append(Retime(a.code, "GP", float(rng.randint(4, 12))))
        else:
            role = rng.choice(others)
            changes.append(Hire(role, round(rng.uniform(0.4, 1.5), 1), None,
                                role in capped and rng.random() < 0.8, float(rng.randint(0, 5000))))
    return tuple(changes)


def build_pcn_plan(seed: int = 7) -> Plan:
    rng = random.Random(seed)
    roles = _roles()
    codes = [r.code for r in roles]
    staff = tuple(Staff(f"Person {i:03d}", codes[i % 25] if i % 4 else "GP",
                        float(rng.choice([15, 20, 25, 30, 37.5])), None) for i in range(200))
    acts = _activities(rng, codes)
    capped = {r.code for r in roles if r.arrs_cap is not None}
    scenarios = tuple(Scenario(f"Option {k + 1}", _changes(rng, acts, capped), f"Benchmark option {k + 1}")
                      for k in range(10))
    return Plan(Practice("Riverside Primary Care Network", 52000), roles=roles, staff=staff,
                activities=acts, scenarios=scenarios)
