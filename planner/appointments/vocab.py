"""The words of the published Appointments in General Practice (GPAD) practice-level files.

Layout checked against NHS England Digital's "Appointments in General Practice" publication
(https://digital.nhs.uk/data-and-information/publications/statistical/appointments-in-general-practice,
its supporting information page, and the Practice_Level_Crosstab_<Mon>_<YY>.csv files in its
zips; from March 2026 split by region, e.g. Practice_Level_Crosstab_Midlands_North_Mar_26.csv)
and public GitHub analyses that read those files. A header row, then one row per practice,
month and combination of the breakdowns:

    APPOINTMENT_MONTH_START_DATE,GP_CODE,GP_NAME,SUPPLIER,PCN_CODE,PCN_NAME,
    SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,HCP_TYPE,APPT_MODE,NATIONAL_CATEGORY,
    TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS,APPT_STATUS

- APPOINTMENT_MONTH_START_DATE: the first day of the month, written 01OCT2026.
- HCP_TYPE: GP, Other Practice staff, Unknown.
- APPT_MODE: Face-to-Face, Home Visit, Telephone, Video Conference/Online, Unknown.
- NATIONAL_CATEGORY: the 16 national categories, plus Inconsistent Mapping and Unmapped.
- TIME_BETWEEN_BOOK_AND_APPT: Same Day, 1 Day, 2 to 7 Days, 8  to 14 Days, 15  to 21 Days,
  22  to 28 Days, More than 28 Days, Unknown / Data Quality (some bands with two spaces).
- APPT_STATUS: Attended, DNA (did not attend), Unknown.
Columns are found by their names, so a file with its columns in another order still reads.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

MONTH = "APPOINTMENT_MONTH_START_DATE"
CODE = "GP_CODE"
NAME = "GP_NAME"
PCN_CODE = "PCN_CODE"
PCN_NAME = "PCN_NAME"
SUB_CODE = "SUB_ICB_LOCATION_CODE"
SUB_NAME = "SUB_ICB_LOCATION_NAME"
HCP = "HCP_TYPE"
MODE = "APPT_MODE"
CATEGORY = "NATIONAL_CATEGORY"
BOOKED = "TIME_BETWEEN_BOOK_AND_APPT"
COUNT = "COUNT_OF_APPOINTMENTS"
STATUS = "APPT_STATUS"

REQUIRED: tuple[str, ...] = (MONTH, CODE, HCP, MODE, CATEGORY, BOOKED, COUNT, STATUS)
OPTIONAL: tuple[str, ...] = (NAME, PCN_CODE, PCN_NAME, SUB_CODE, SUB_NAME)
#: the breakdowns as published, last in every row: the fast reader relies on this order
TAIL: tuple[str, ...] = (HCP, MODE, CATEGORY, BOOKED, COUNT, STATUS)
#: other spellings seen in older or regional files
ALIASES: dict[str, str] = {"APPOINTMENT_MONTH": MONTH, "APPT_MONTH": MONTH,
                           "PRACTICE_CODE": CODE, "PRACTICE_NAME": NAME, "CCG_CODE": SUB_CODE,
                           "CCG_NAME": SUB_NAME, "APPOINTMENT_STATUS": STATUS}

GP = "GP"
OTHER = "Other Practice staff"
UNKNOWN = "Unknown"
DNA = "DNA"
SAME_DAY = "Same Day"

_MONTH_FORMATS = ("%d%b%Y", "%b%Y", "%Y-%m-%d", "%Y-%m", "%d/%m/%Y", "%d-%b-%Y", "%d %b %Y")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def clean(value: str) -> str:
    """A value as the file writes it, trimmed."""
    return value.strip()


def staff_kind(hcp: str) -> str:
    """'gp', 'other' or 'unknown' for an HCP_TYPE value (any value but GP and Unknown is other
    practice staff)."""
    word = " ".join(hcp.split()).casefold()
    if word == GP.casefold():
        return "gp"
    if not word or word.startswith("unknown"):
        return "unknown"
    return "other"


def is_dna(status: str) -> bool:
    return status.strip().casefold() in ("dna", "did not attend")


def is_same_day(band: str) -> bool:
    return " ".join(band.split()).casefold() == SAME_DAY.casefold()


def band_known(band: str) -> bool:
    word = band.strip().casefold()
    return bool(word) and not word.startswith("unknown")


def month_key(text: str) -> str | None:
    """'2026-10' for '01OCT2026' (and the other spellings of a month), None when not a month."""
    word = text.strip()
    for fmt in _MONTH_FORMATS:
        try:
            return datetime.strptime(word.title() if "%b" in fmt else word, fmt).strftime("%Y-%m")
        except ValueError:
            continue
    return None


def parse_month(text: str) -> str | None:
    """'2026-10' for a month typed as 2026-10 (or any spelling month_key reads)."""
    match = _YEAR_MONTH.match(text.strip())
    if match and 1 <= int(match.group(2)) <= 12:
        return text.strip()
    return month_key(text)


def month_days(key: str) -> int:
    year, month = (int(p) for p in key.split("-"))
    return calendar.monthrange(year, month)[1]


def month_label(key: str) -> str:
    """'Oct 2026' for '2026-10'."""
    year, month = (int(p) for p in key.split("-"))
    return date(year, month, 1).strftime("%b %Y")


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` ('YYYY-MM'), both included."""
    y, m = (int(p) for p in first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def weeks_in(months: list[str]) -> float:
    """The chosen months' days divided by 7."""
    return sum(month_days(m) for m in months) / 7


def column_letter(index: int) -> str:
    """Excel's letter for a 0-based column: 0 -> A, 27 -> AB (what the manager sees in Excel)."""
    letters = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters
