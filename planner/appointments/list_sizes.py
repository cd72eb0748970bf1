"""Registered patients by practice, from NHS England Digital's "Patients Registered at a GP
Practice" file (gp-reg-pat-prac-all.csv), for appointments per 1,000 patients.

Layout, from the publication's metadata page and public GitHub code that reads it (for example
traffordDataLab/open_data, general_practice/patient_registrations/pre-processing.R):

    PUBLICATION,EXTRACT_DATE,TYPE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS
    GP_PRAC_PAT_LIST,01OCT2026,GP,A81001,TS18 1HU,ALL,ALL,4326

Other files of the publication name the code column ORG_CODE and add rows by sex and age:
only rows with SEX and AGE both ALL (where those columns exist) are read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from planner.appointments.layout import BOM, decode
from planner.appointments.result import FileProblem

CODES = ("CODE", "ORG_CODE", "PRACTICE_CODE")
PATIENTS = ("NUMBER_OF_PATIENTS", "TOTAL_ALL")


@dataclass(frozen=True)
class ListSizes:
    file: str
    extract_date: str  # as written, e.g. 01OCT2026
    patients: dict[str, int]  # practice code -> registered patients


def read_list_sizes(path: Path) -> tuple[ListSizes | None, list[FileProblem]]:
    """The list sizes in the file at ``path``, or the problems that stop them being read."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as e:
        return None, [FileProblem(name, 0, "", f"cannot be read: {e.strerror or e}")]
    if raw.startswith(b"PK\x03\x04") or b"\x00" in raw[:4096]:
        return None, [FileProblem(name, 1, "", "this is not a CSV file: unzip the download and choose "
                                  "gp-reg-pat-prac-all.csv")]
    rows = csv.reader(io.StringIO(decode(raw.removeprefix(BOM))))
    header = [h.strip().upper() for h in next(rows, [])]
    code = next((header.index(c) for c in CODES if c in header), None)
    count = next((header.index(c) for c in PATIENTS if c in header), None)
    if code is None or count is None:
        return None, [FileProblem(name, 1, "", "this is not a 'Patients Registered at a GP Practice' file: "
                                  "its first line needs the columns CODE and NUMBER_OF_PATIENTS")]
    return _rows(name, rows, header, code, count)


def _rows(name: str, rows: Iterator[list[str]], header: list[str], code: int, count: int,
          ) -> tuple[ListSizes | None, list[FileProblem]]:
    sex, age = (header.index(c) if c in header else None for c in ("SEX", "AGE"))
    date = header.index("EXTRACT_DATE") if "EXTRACT_DATE" in header else None
    patients: dict[str, int] = {}
    problems: list[FileProblem] = []
    extract = ""
    for number, row in enumerate(rows, start=2):
        if not row or len(row) <= max(code, count):
            continue
        if any(i is not None and i < len(row) and row[i].strip().upper() != "ALL" for i in (sex, age)):
            continue
        text = row[count].strip().replace(",", "")
        if not text.isdigit():
            problems.append(FileProblem(name, number, header[count], f"'{text[:30]}' is not a number of patients"))
            continue
        patients[row[code].strip().upper()] = int(text)
        extract = extract or (row[date].strip() if date is not None and date < len(row) else "")
    if not patients and not problems:
        problems.append(FileProblem(name, 2, "", "the file has no practices in it"))
    return (None, problems) if problems else (ListSizes(name, extract, patients), [])
