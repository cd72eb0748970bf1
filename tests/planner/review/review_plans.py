"""The hand-worked plans of extension E12 (docs/MODEL-EXTENSIONS.md), every number visible.

At approval (``approval_plan``): GPs Dr One 30 h and Dr Two 20 h at 10% leave = 45 h of GP time.
GP work: medication reviews 60 a week x 15 min = 15 h, letters 300 x 2 min = 10 h, appointments
150 x 10 min = 25 h: 50 h, 5 h short. Option "Pharmacist": move 80% of the reviews to a
pharmacist (20 min) and hire 1 WTE at £50,000, ARRS funded (maximum £60,000), 1 GP hour of
supervision a WTE, freed time to become fewer locum sessions, a GP hour worth £90.

Now (``plan_now``): the new rota has Pharm Pat (pharmacist, 30 h) and Dr Two down to 12 h; the new
appointment data has 64 reviews a week, a quarter of them by a GP; the list is 5,100.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.model import Activity, Assumptions, Hire, Plan, Practice, Role, Scenario, Shift, Staff

GP = Role("GP", "General practitioner", "GP", 90000, 0.10, None, 0)
PHARM = Role("PHARM", "Clinical pharmacist", "Direct Patient Care", 50000, 0.10, 60000, 1.0)
OPTION = "Pharmacist"
APPROVED_ON = date(2026, 3, 3)
REVIEWED_ON = date(2026, 9, 1)


def approval_plan() -> Plan:
    option = Scenario(OPTION, (Shift("med_review", "GP", "PHARM", 0.8),
                               Hire("PHARM", 1.0, 50000, arrs_funded=True, one_off_cost=2000)),
                      freed_time_use="locums")
    return Plan(
        Practice("Review Practice", 5000, 52),
        Assumptions(gp_hour_value=90.0),
        (GP, PHARM),
        (Staff("Dr One", "GP", 30), Staff("Dr Two", "GP", 20)),
        (Activity("med_review", "Medication reviews", "appointments", 60, {"GP": 15, "PHARM": 20}, {"GP": 1.0}),
         Activity("letters", "Hospital letters", "correspondence", 300, {"GP": 2}, {"GP": 1.0}),
         Activity("appts", "GP appointments", "appointments", 150, {"GP": 10}, {"GP": 1.0})),
        (option,),
    )


GPAD = {"practice": {"code": "A12345", "name": "Review Practice"}, "files": ["Practice_Level_Crosstab_Jun_26.csv"],
        "months": ["2026-06", "2026-07"],
        "activities": {"med_review": {"volume_per_week": 64.0, "split": {"GP": 0.25, "PHARM": 0.75},
                                      "categories": []}}}


def now(plan: Plan) -> Plan:
    """``plan`` (approved) with the new rota and appointment data of the worked example."""
    staff = (Staff("Dr One", "GP", 30), Staff("Dr Two", "GP", 12), Staff("Pharm Pat", "PHARM", 30))
    reviews = replace(plan.activities[0], volume_per_week=64, split={"GP": 0.25, "PHARM": 0.75})
    return replace(plan, practice=replace(plan.practice, list_size=5100), staff=staff,
                   activities=(reviews, *plan.activities[1:]), extras={**plan.extras, "appointment_data": GPAD})
