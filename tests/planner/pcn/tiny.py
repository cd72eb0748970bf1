"""A two-practice PCN small enough to work out by hand (docs/MODEL-EXTENSIONS.md, P-worked)."""

from __future__ import annotations

from planner.model import (
    Activity,
    Assumptions,
    MemberPractice,
    Pcn,
    PcnOption,
    Plan,
    Practice,
    Recruit,
    Redeploy,
    Role,
    Scenario,
    SharedStaff,
    Shift,
    Staff,
)

GP = Role("GP", "General practitioner", "GP", 90000.0)
PHARM = Role("PHARM", "Clinical pharmacist", "Direct Patient Care", 50000.0, 0.1, 60000.0, 1.0)
PN = Role("PN", "Practice nurse", "Nurses", 40000.0, 0.1, 50000.0, 0.25)
RECEP = Role("RECEP", "Receptionist", "Admin/Non-clinical", 24000.0)
ROLES = (GP, PHARM, PN, RECEP)


def practice(name: str, size: int, gp_hours: float, reviews: float) -> Plan:
    review = Activity("med_review", "Medication reviews", "appointments", reviews,
                      {"GP": 15.0, "PHARM": 20.0}, {"GP": 1.0})
    work = Scenario("Pharm work", (Shift("med_review", "GP", "PHARM", 0.5),))
    return Plan(Practice(name, size), Assumptions(), ROLES, (Staff("Dr One", "GP", gp_hours),), (review,), (work,))


def tiny_pcn(per_patient: float = 10.0) -> Pcn:
    a = MemberPractice("A", practice("Practice A", 5000, 5.0, 30.0), 6000.0)
    b = MemberPractice("B", practice("Practice B", 3000, 10.0, 20.0), 4000.0)
    p1 = SharedStaff("P1", "PHARM", 1.0, {"A": 3.0, "B": 3.0})
    p2 = SharedStaff("P2", "PHARM", 0.5, {"A": 4.5}, None, "2026-10-01")
    grow = PcnOption("Grow", (Recruit(p2, 1000.0), Redeploy("P1", {"A": 2.0, "B": 4.0})), {"A": "Pharm work"})
    return Pcn("Tiny PCN", "U00001", "2026/27", per_patient, Assumptions(), ROLES, (a, b), (p1,), (grow,))
