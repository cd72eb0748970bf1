"""Turn a read of the practice's appointment files into the plan: new volumes and splits for the
activities the files cover, and in ``plan.extras["appointment_data"]`` where they came from
(files, months, the values imported), the weekly counts, what could not be placed, and the
benchmark counts. Everything else (the bureaucracy) is left as it was, and says so."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from planner.appointments import benchmarks
from planner.appointments.list_sizes import ListSizes
from planner.appointments.result import GpadScan, dna_per_week, per_week
from planner.appointments.volumes import VolumePlan, plan_volumes
from planner.model import Plan

EXTRAS_KEY = "appointment_data"
DECIMALS = 4


@dataclass(frozen=True)
class AppointmentImport:
    """What an import would do, before it is applied (the preview shows this)."""

    scan: GpadScan
    per_week: dict[str, dict[str, float]]
    dna_per_week: dict[str, float]
    volumes: VolumePlan
    benchmarks: list[dict[str, Any]]
    list_file: str  # the list-size file used for benchmarks, "" for none

    @property
    def files(self) -> list[str]:
        return list(self.scan.files)

    @property
    def months(self) -> list[str]:
        return list(self.scan.months)


def prepare_import(plan: Plan, scan: GpadScan, lists: ListSizes | None = None) -> AppointmentImport:
    """The import of ``scan`` (read without problems) into ``plan``."""
    if not scan.ok:
        raise ValueError("the appointment files have problems; nothing can be imported")
    weekly = per_week(scan.table, scan.weeks)
    return AppointmentImport(scan, weekly, dna_per_week(scan.table, scan.weeks), plan_volumes(plan, weekly),
                             benchmarks.counts(scan, lists, plan.practice.list_size),
                             f"{lists.file} ({lists.extract_date})" if lists and lists.extract_date
                             else (lists.file if lists else ""))


def apply_import(plan: Plan, imported: AppointmentImport) -> Plan:
    """The plan with the imported volumes and splits, and their provenance in extras."""
    changes = {c.code: c for c in imported.volumes.changes}
    activities = tuple(replace(a, volume_per_week=changes[a.code].volume_after, split=changes[a.code].split_after)
                       if a.code in changes else a for a in plan.activities)
    return replace(plan, activities=activities, extras={**plan.extras, EXTRAS_KEY: saved(imported)})


def saved(imported: AppointmentImport) -> dict[str, Any]:
    practice = imported.scan.practice
    assert practice is not None
    return {
        "practice": {"code": practice.code, "name": practice.name, "pcn_code": practice.pcn_code,
                     "pcn_name": practice.pcn_name, "sub_icb_code": practice.sub_icb_code,
                     "sub_icb_name": practice.sub_icb_name},
        "files": imported.files, "months": imported.months, "weeks": imported.scan.weeks,
        "per_week": _rounded(imported.per_week), "dna_per_week": _rounded(imported.dna_per_week),
        "activities": {c.code: {"volume_per_week": c.volume_after, "split": c.split_after,
                                "categories": list(c.categories)} for c in imported.volumes.changes},
        "not_placed": _rounded(imported.volumes.not_placed), "notes": list(imported.volumes.notes),
        "benchmarks": imported.benchmarks, "list_file": imported.list_file,
    }


def import_json(imported: AppointmentImport) -> dict[str, Any]:
    """The shape ``skillmix import-appointments --json`` prints (problems empty: it read)."""
    practice = imported.scan.practice
    assert practice is not None
    return {"practice": {"code": practice.code, "name": practice.name}, "months": imported.months,
            "per_week": _rounded(imported.per_week), "dna_per_week": _rounded(imported.dna_per_week),
            "problems": []}


def _rounded(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return round(float(value), DECIMALS)
