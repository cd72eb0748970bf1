"""Small GPAD practice-level files written by the tests, in the published layout, and a small
plan whose numbers are worked by hand in test_gpad_import.py.

Riverside (A81001) and Brook (B82002) are one PCN (U12345) in sub-ICB 16C; Castle (C83003) is
in 16C in another PCN; Dale (D84004) is in another sub-ICB. February 2026: 28 days, 4 weeks.
"""

from __future__ import annotations

from pathlib import Path

from planner.model import Activity, Assumptions, Plan, Practice, Role, Staff

HEADER = ("APPOINTMENT_MONTH_START_DATE,GP_CODE,GP_NAME,SUPPLIER,PCN_CODE,PCN_NAME,SUB_ICB_LOCATION_CODE,"
          "SUB_ICB_LOCATION_NAME,HCP_TYPE,APPT_MODE,NATIONAL_CATEGORY,TIME_BETWEEN_BOOK_AND_APPT,"
          "COUNT_OF_APPOINTMENTS,APPT_STATUS")
ACUTE = "General Consultation Acute"
TRIAGE = "Clinical Triage"
CLINICS = "Planned Clinics"
VISIT = "Home Visit"
GROUP = "Group Consultation and Group Education"
OTHER = "Other Practice staff"

PRACTICES = {
    "A81001": ("RIVERSIDE MEDICAL PRACTICE", "U12345", "RIVERSIDE PCN", "16C",
               '"NHS Tees Valley, North ICB - 16C"'),
    "B82002": ("BROOK SURGERY", "U12345", "RIVERSIDE PCN", "16C", '"NHS Tees Valley, North ICB - 16C"'),
    "C83003": ('"CASTLE, DR SMITH & PARTNERS"', "U99999", "CASTLE PCN", "16C", '"NHS Tees Valley, North ICB - 16C"'),
    "D84004": ("DALE HEALTH CENTRE", "U55555", "DALE PCN", "00K", "NHS Durham ICB - 00K"),
}

#: (practice, HCP_TYPE, APPT_MODE, NATIONAL_CATEGORY, TIME_BETWEEN_BOOK_AND_APPT, COUNT, APPT_STATUS)
ROWS: tuple[tuple[str, str, str, str, str, object, str], ...] = (
    ("A81001", "GP", "Face-to-Face", ACUTE, "Same Day", 120, "Attended"),
    ("A81001", "GP", "Face-to-Face", ACUTE, "2 to 7 Days", 8, "DNA"),
    ("A81001", "GP", "Telephone", ACUTE, "2 to 7 Days", 10, "Unknown"),
    ("A81001", OTHER, "Face-to-Face", ACUTE, "2 to 7 Days", 30, "Attended"),
    ("A81001", "Unknown", "Face-to-Face", ACUTE, "2 to 7 Days", 10, "Attended"),
    ("A81001", "GP", "Telephone", TRIAGE, "2 to 7 Days", 200, "Attended"),
    ("A81001", OTHER, "Face-to-Face", CLINICS, "2 to 7 Days", 160, "Attended"),
    ("A81001", "GP", "Home Visit", VISIT, "2 to 7 Days", 20, "Attended"),
    ("A81001", OTHER, "Face-to-Face", GROUP, "2 to 7 Days", 12, "Attended"),
    ("B82002", "GP", "Face-to-Face", ACUTE, "Same Day", 400, "Attended"),
    ("B82002", OTHER, "Face-to-Face", ACUTE, "Same Day", 40, "DNA"),
    ("C83003", "GP", "Telephone", TRIAGE, "Same Day", 200, "Attended"),
    ("D84004", OTHER, "Face-to-Face", CLINICS, "8  to 14 Days", 120, "Attended"),
)

LIST_SIZES = {"A81001": 4000, "B82002": 6000, "C83003": 5000, "D84004": 3000}


def line(code: str, hcp: str, mode: str, category: str, band: str, count: object, status: str,
         month: str = "01FEB2026") -> str:
    name, pcn, pcn_name, sub, sub_name = PRACTICES[code]
    return ",".join([month, code, name, "EMIS", pcn, pcn_name, sub, sub_name, hcp, mode, category, band,
                     str(count), status])


def write_gpad(path: Path, rows: tuple[tuple[str, str, str, str, str, object, str], ...] = ROWS,
               month: str = "01FEB2026", encoding: str = "utf-8", newline: str = "\r\n",
               header: str = HEADER, extra: tuple[str, ...] = ()) -> Path:
    lines = [header, *(line(*r, month=month) for r in rows), *extra]
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def write_list_sizes(path: Path, sizes: dict[str, int] = LIST_SIZES) -> Path:
    lines = ["PUBLICATION,EXTRACT_DATE,TYPE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS"]
    lines += [f"GP_PRAC_PAT_LIST,01FEB2026,GP,{code},TS1 1AA,ALL,ALL,{n}" for code, n in sizes.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GP = Role("GP", "General practitioner", "GP", 90000, 0.10)
ANP = Role("ANP", "Advanced nurse practitioner", "Nurses", 55000, 0.13)
PN = Role("PN", "Practice nurse", "Nurses", 35000, 0.13)


def gpad_plan() -> Plan:
    """Volumes before: acute_same_day 30 (GP 80%, ANP 20%), minor_illness 10 (GP 50%, PN 50%),
    clinical_triage 60 (GP 80%, ANP 20%), ltc_review 50 (PN 100%), home_visits 4 (GP 100%),
    hospital_letters 300 (GP 100%)."""
    return Plan(
        Practice("Riverside Medical Practice", 4000), Assumptions(), (GP, ANP, PN),
        (Staff("Dr A", "GP", 37.5), Staff("Nurse B", "ANP", 30), Staff("Nurse C", "PN", 30)),
        (Activity("acute_same_day", "Same-day acute consultations", "appointments", 30,
                  {"GP": 10, "ANP": 12}, {"GP": 0.8, "ANP": 0.2}),
         Activity("minor_illness", "Minor illness", "appointments", 10, {"GP": 10, "PN": 12},
                  {"GP": 0.5, "PN": 0.5}),
         Activity("clinical_triage", "Clinical triage", "triage", 60, {"GP": 6, "ANP": 8},
                  {"GP": 0.8, "ANP": 0.2}),
         Activity("ltc_review", "Long-term condition reviews", "appointments", 50, {"PN": 20, "GP": 15},
                  {"PN": 1.0}),
         Activity("home_visits", "Home visits", "visits", 4, {"GP": 30}, {"GP": 1.0}),
         Activity("hospital_letters", "Hospital letters", "correspondence", 300, {"GP": 2}, {"GP": 1.0})))
