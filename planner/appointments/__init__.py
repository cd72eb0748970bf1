"""The practice's own appointment data (extensions E9 and E10, docs/MODEL-EXTENSIONS.md).

``read_gpad`` streams NHS England's Appointments in General Practice practice-level files and
keeps one practice's rows (with its PCN, sub-ICB and whole-file counts for benchmarks);
``prepare_import``/``apply_import`` turn them into activity volumes and splits, saved with
their source in ``plan.extras["appointment_data"]``; ``provenance`` says which figures are the
practice's own; ``benchmarks.figures`` compares the practice with its peers.
"""

from __future__ import annotations

from planner.appointments.apply import EXTRAS_KEY, AppointmentImport, apply_import, import_json, prepare_import
from planner.appointments.gpad import ScanCancelled, find_practice, scan_gpad
from planner.appointments.list_sizes import ListSizes, read_list_sizes
from planner.appointments.practices import PracticeEntry, choose, list_practices
from planner.appointments.reading import parse_months, read_gpad
from planner.appointments.result import FileProblem, GpadScan, Practice

__all__ = [
    "EXTRAS_KEY", "AppointmentImport", "apply_import", "import_json", "prepare_import",
    "ScanCancelled", "find_practice", "scan_gpad", "ListSizes", "read_list_sizes",
    "PracticeEntry", "choose", "list_practices", "parse_months", "read_gpad",
    "FileProblem", "GpadScan", "Practice",
]
