"""The sample practice shipped with Skillmix: Riverside Medical Practice (10,400 patients).

``resources/sample/riverside.json`` is plan JSON v1 and the source of truth. Its roles and
activities are the default catalogue's (``planner.catalogue``) scaled to the list size; its
three worked scenarios show a clinical pharmacist, document workflow with care navigation,
and a paramedic for home visits. It is a plan of the current contract year (``extras.edition``
2026/27): the 2025/26 sample moved with ``planner.edits.editions.move_to_edition``.
"""

from __future__ import annotations

from pathlib import Path

from planner.interchange import read_plan_json
from planner.model import Pcn, Plan
from planner.reference import RESOURCES_DIR, resources_dir

#: Where the sample lives in the repository's resources folder.
SAMPLE_PATH: Path = RESOURCES_DIR / "sample" / "riverside.json"


def sample_path() -> Path:
    """The sample file in the resources folder in use (``SKILLMIX_RESOURCES`` when set)."""
    return resources_dir() / "sample" / "riverside.json"


def sample_plan() -> Plan:
    """Riverside Medical Practice, read fresh from its JSON file."""
    return read_plan_json(sample_path())


# ----------------------------------------------------------------------- the sample PCN

#: (code, name, list size, weighted population) of the sample PCN's member practices: fictional
SAMPLE_PRACTICES: tuple[tuple[str, str, int, float], ...] = (
    ("X10001", "Riverside Medical Practice", 10400, 10920.0),
    ("X10002", "Millbrook Surgery", 7800, 8350.0),
    ("X10003", "Harbour Lane Health Centre", 12600, 12100.0),
    ("X10004", "Weald Cross Surgery", 5200, 5900.0),
)

#: practice options that only move work to the PCN's shared staff (no hire: the PCN employs them)
PCN_WORK: dict[str, tuple[tuple[str, str, float], ...]] = {
    "Work for the PCN paramedic": (("home_visits", "PARA", 0.8), ("care_home_round", "PARA", 0.25)),
    "Work for the PCN pharmacist": (("med_review", "PHARM", 0.8), ("med_queries", "PHARM", 0.7),
                                    ("meds_reconciliation", "PHARM", 0.8)),
}


#: the roles of the sample's shared team, added to each practice's plan so they can work there
SHARED_ROLES: tuple[str, ...] = ("PHARM", "PARA", "ANP", "SPLW", "CC", "FCP", "PHARMTECH", "MHP", "PN")


def scaled_practice(plan: Plan, name: str, list_size: int) -> Plan:
    """``plan`` for a practice of ``list_size``: volumes and staff hours scaled, its own options
    replaced by the options that move work to the PCN's shared staff."""
    from dataclasses import replace

    from planner.model import Scenario, Shift

    f = list_size / plan.practice.list_size
    staff = tuple(replace(s, name=f"{s.role} {i}" if f != 1 else s.name, weekly_hours=round(s.weekly_hours * f, 2))
                  for i, s in enumerate(plan.staff, start=1))
    activities = tuple(replace(a, volume_per_week=round(a.volume_per_week * f, 2)) for a in plan.activities)
    work = tuple(Scenario(n, tuple(Shift(a, plan.assumptions.gp_role, role, x) for a, role, x in moves),
                          "Work moved to the PCN's shared staff; the PCN employs them.")
                 for n, moves in PCN_WORK.items())
    own = plan.scenarios if f == 1 else ()
    return replace(plan, practice=replace(plan.practice, name=name, list_size=list_size), staff=staff,
                   activities=activities, scenarios=own + work)


def sample_pcn() -> Pcn:
    """Riverside and Weald PCN: four practices (36,000 patients), its shared ARRS team in post
    and three options, one of which breaks an ARRS rule on purpose (the 12-month rule)."""
    from dataclasses import replace

    from planner.arrs import arrs_edition
    from planner.catalogue import default_roles
    from planner.model import MemberPractice, PcnOption, Recruit, Redeploy, SharedStaff
    from planner.reference import default_assumptions

    roles = default_roles()
    base = sample_plan()
    base = replace(base, roles=base.roles + tuple(r for r in roles if base.role(r.code) is None
                                                  and r.code in SHARED_ROLES))
    practices = tuple(MemberPractice(code, scaled_practice(base, name, size), wp)
                      for code, name, size, wp in SAMPLE_PRACTICES)
    staff = (
        SharedStaff("Amir Haddad", "PHARM", 1.0, {"X10001": 3, "X10002": 2, "X10003": 3, "X10004": 1}),
        SharedStaff("Grace Mensah", "PHARM", 1.0, {"X10002": 3, "X10003": 6}),
        SharedStaff("Ellie Ford", "PARA", 1.0, {"X10001": 4, "X10003": 5}),
        SharedStaff("Owen Price", "PHARM", 0.6, {"X10001": 2, "X10004": 3}, 48000.0),
        SharedStaff("Ruth Adeyemi", "ANP", 1.0, {"X10002": 4, "X10004": 5}),
        SharedStaff("Kofi Boateng", "PARA", 1.0, {"X10002": 4, "X10004": 5}, 52000.0),
        SharedStaff("Lucy Barnes", "SPLW", 1.0, {"X10001": 3, "X10002": 2, "X10003": 3, "X10004": 1}),
        SharedStaff("Sam Okoro", "SPLW", 0.8, {"X10001": 3, "X10003": 4}),
        SharedStaff("Hannah Cole", "CC", 1.0, {"X10001": 4, "X10003": 5}),
        SharedStaff("Jo Marsh", "CC", 1.0, {"X10002": 5, "X10004": 4}),
        SharedStaff("Ravi Patel", "FCP", 1.0, {"X10001": 3, "X10002": 2, "X10003": 4}),
        SharedStaff("Nina Shah", "PHARMTECH", 1.0, {"X10001": 3, "X10002": 2, "X10003": 3, "X10004": 1}),
        SharedStaff("Mark Daly", "MHP", 1.0, {"X10001": 3, "X10002": 2, "X10003": 3, "X10004": 1}),
    )
    visiting = SharedStaff("New paramedic (to recruit)", "PARA", 1.0,
                           {"X10001": 3, "X10002": 2, "X10003": 3, "X10004": 1}, None, "2027-01-04")
    options = (
        PcnOption("Shared visiting paramedic", (Recruit(visiting, 3000.0),),
                  {c: "Work for the PCN paramedic" for c, *_ in SAMPLE_PRACTICES},
                  "Recruit a paramedic from January 2027 for home visits and care-home rounds in every practice."),
        PcnOption("Pharmacist sessions to Weald Cross",
                  (Redeploy("Grace Mensah", {"X10002": 3, "X10003": 3, "X10004": 3}),),
                  {"X10004": "Work for the PCN pharmacist"},
                  "Move three of Grace Mensah's sessions from Harbour Lane to Weald Cross."),
        PcnOption("Practice nurse via ARRS",
                  (Recruit(SharedStaff("Practice nurse (from Millbrook)", "PN", 1.0, {"X10002": 9}, None,
                                       "2026-12-01", True, True)),),
                  {}, "Move Millbrook's own practice nurse onto the PCN's ARRS: the 12-month rule forbids it."),
    )
    year = "2026/27"
    return Pcn("Riverside and Weald PCN", "U99001", year, arrs_edition(year).per_weighted_patient.value,
               default_assumptions(), roles, practices, staff, options)


def sample_pcn_of(practices: int) -> Pcn:
    """The sample PCN with ``practices`` member practices (the four repeated, coded X10001...),
    each practice keeping its sessions of the shared team: for load tests and benchmarks."""
    from dataclasses import replace

    pcn = sample_pcn()
    base = pcn.practices
    members = tuple(replace(base[i % len(base)], code=f"X1{i + 1:04d}") for i in range(practices))
    staff = tuple(replace(s, sessions={c: n for c, n in s.sessions.items() if pcn.practice(c) is not None
                                       and int(c[1:]) - 10001 < practices}) for s in pcn.staff)
    return replace(pcn, practices=members, staff=staff,
                   options=tuple(replace(o, practice_options={c: n for c, n in o.practice_options.items()
                                                              if int(c[1:]) - 10001 < practices})
                                 for o in pcn.options if o.name != "Pharmacist sessions to Weald Cross"
                                 or practices >= 4))


def new_practice(name: str, list_size: int, consulting_rooms: int = 0) -> Plan:
    """A plan for a practice starting out: its name, registered patients and consulting rooms,
    the standard roles and the reference figures in force, the activities of the national
    catalogue scaled to its list size, and no staff yet (a rota import or the Team page adds
    them). Raises ValueError when the name is empty or there are no patients."""
    from dataclasses import replace

    from planner.catalogue import default_activities, default_roles
    from planner.model import Practice
    from planner.reference import current_edition, default_assumptions, with_context

    if not name.strip():
        raise ValueError("Give the practice's name")
    if list_size <= 0:
        raise ValueError("Give the number of registered patients")
    edition = current_edition()
    plan = Plan(Practice(name.strip(), list_size), default_assumptions(edition=edition),
                tuple(default_roles(edition)), (), tuple(default_activities(list_size)))
    plan = replace(plan, practice=replace(plan.practice, consulting_rooms=max(0, consulting_rooms)))
    return with_context(plan, edition)
