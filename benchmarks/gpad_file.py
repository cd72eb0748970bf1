"""Write a made-up GPAD practice-level file in the published layout (planner.appointments.vocab):
one row per practice, month and combination of the breakdowns, as NHS England writes them.
The counts are random; every tenth practice name holds a quoted comma, as real names do."""

from __future__ import annotations

import csv
import random
from pathlib import Path

HEADER = ("APPOINTMENT_MONTH_START_DATE", "GP_CODE", "GP_NAME", "SUPPLIER", "PCN_CODE", "PCN_NAME",
          "SUB_ICB_LOCATION_CODE", "SUB_ICB_LOCATION_NAME", "HCP_TYPE", "APPT_MODE", "NATIONAL_CATEGORY",
          "TIME_BETWEEN_BOOK_AND_APPT", "COUNT_OF_APPOINTMENTS", "APPT_STATUS")
HCP = ("GP", "Other Practice staff", "Unknown")
MODES = ("Face-to-Face", "Home Visit", "Telephone", "Unknown", "Video Conference/Online")
CATEGORIES = ("General Consultation Acute", "General Consultation Routine", "Unplanned Clinical Activity",
              "Clinical Triage", "Walk-in", "Planned Clinics", "Planned Clinical Procedure",
              "Structured Medication Review", "Home Visit", "Care Home Visit",
              "Patient contact during Care Home Round",
              "Care Home Needs Assessment & Personalised Care and Support Planning",
              "Social Prescribing Service", "Group Consultation and Group Education",
              "Service provided by organisation external to the practice", "Non-contractual chargeable work",
              "Inconsistent Mapping", "Unmapped")
BANDS = ("Same Day", "1 Day", "2 to 7 Days", "8  to 14 Days", "15  to 21 Days", "22  to 28 Days",
         "More than 28 Days", "Unknown / Data Quality")
STATUSES = ("Attended", "DNA", "Unknown")
ROWS_PER_PRACTICE = 400
PRACTICES_PER_PCN = 6
PRACTICES_PER_SUB_ICB = 150


def practice_code(n: int) -> str:
    return f"{chr(65 + n % 26)}{81000 + n}"


def write_gpad_file(path: Path, rows: int, month: str = "01OCT2026", seed: int = 1) -> int:
    """Write about ``rows`` rows (whole practices of ROWS_PER_PRACTICE rows); the number written."""
    combos = [(h, m, c, b, s) for h in HCP for m in MODES for c in CATEGORIES for b in BANDS for s in STATUSES]
    rng = random.Random(seed)
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\r\n")
        out.writerow(HEADER)
        n = 0
        while written < rows:
            out.writerows(_practice_rows(n, month, rng.sample(combos, ROWS_PER_PRACTICE), rng))
            written += ROWS_PER_PRACTICE
            n += 1
    return written


def _practice_rows(n: int, month: str, combos: list[tuple[str, ...]], rng: random.Random) -> list[list[object]]:
    name = f"SURGERY {n}, HIGH STREET" if n % 10 == 0 else f"THE {n} MEDICAL CENTRE"
    pcn, sub = n // PRACTICES_PER_PCN, n // PRACTICES_PER_SUB_ICB
    head = [month, practice_code(n), name, "EMIS", f"U{10000 + pcn}", f"PCN {pcn} PCN", f"{sub:02d}X",
            f"NHS SOMEWHERE ICB - {sub:02d}X"]
    return [[*head, h, m, c, b, rng.randint(1, 60), s] for h, m, c, b, s in combos]
