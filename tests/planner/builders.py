"""Small hand-made plans for tests, with every number visible."""

from __future__ import annotations

from planner.model import Activity, Assumptions, Plan, Practice, Role, Staff

GP = Role("GP", "General practitioner", "GP", 90000, 0.10, None, 0)
PN = Role("PN", "Practice nurse", "Nurses", 30000, 0.10, 20000, 2.0)
PHARM = Role("PHARM", "Clinical pharmacist", "Direct Patient Care", 47810, 0.13, 65838, 1.0)


def two_role_plan(**changes: object) -> Plan:
    """GP and PN. GPs: 30 h + 20 h at 10% leave -> capacity 45 h.
    PN: 30 h at 10% leave -> 27 h.
    appts: 100 a week, GP 10 min (70%), PN 15 min (30%).
    letters: 200 a week, GP 2 min (100%)."""
    plan = Plan(
        Practice("Test Practice", 5000, 52),
        Assumptions(),
        (GP, PN),
        (Staff("Dr One", "GP", 30), Staff("Dr Two", "GP", 20), Staff("Nurse One", "PN", 30)),
        (Activity("appts", "Appointments", "appointments", 100, {"GP": 10, "PN": 15},
                  {"GP": 0.7, "PN": 0.3}),
         Activity("letters", "Hospital letters", "correspondence", 200, {"GP": 2}, {"GP": 1.0})),
    )
    from dataclasses import replace

    return replace(plan, **changes)  # type: ignore[arg-type]


def sample_2025_26() -> Plan:
    """The sample as it shipped for 2025/26 (``tests/fixtures/riverside-2025-26.json``): its GPs
    were 13.95222 h short, so the document workflow option's 14.7048 freed hours split 13.95 + 0.75,
    a worked case for printed parts adding up to the printed total."""
    from pathlib import Path

    from planner.interchange import read_plan_json

    return read_plan_json(Path(__file__).resolve().parents[1] / "fixtures" / "riverside-2025-26.json")
