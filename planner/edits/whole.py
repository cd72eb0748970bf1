"""Edits of the whole plan at once: an import, a paste of many cells, the practice's audit."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from planner.model import Edit, Plan
from planner.model.extras import AUDIT_KEY as EXTRAS_KEY

if TYPE_CHECKING:  # the importers load their readers (openpyxl...) only when something is imported
    from planner.appointments import AppointmentImport
    from planner.appointments.book import BookMapping, BookResult
    from planner.audit import AuditResult


def replace_plan(before: Plan, after: Plan, label: str) -> Edit:
    """A whole new plan as one step (a rota import, a paste of many cells)."""
    return Edit(label, before, after)


def import_audit(plan: Plan, result: AuditResult, file_name: str) -> Edit:
    """The audit's shares of GP appointments saved in the plan, replacing any earlier audit,
    as one step. ValueError (planner.audit.AuditError) when it has no GP appointments."""
    from planner.audit import apply_audit

    return Edit(f"Import appointment audit {file_name}", plan, apply_audit(plan, result, file_name))


def use_national_shares(plan: Plan) -> Edit:
    """Forget the practice's audit: the national Making Time shares apply again."""

    extras = {k: v for k, v in plan.extras.items() if k != EXTRAS_KEY}
    return Edit("Use the national figures for avoidable appointments", plan,
                replace(plan, extras=extras))


def import_appointments(plan: Plan, imported: AppointmentImport) -> Edit:
    """The practice's appointment data as one step: the volumes and splits it covers, and where
    they came from (Undo puts every old value back)."""

    from planner.appointments import apply_import

    files = imported.files
    name = files[0] if len(files) == 1 else f"{len(files)} files"
    return Edit(f"Import appointments from {name}", plan, apply_import(plan, imported))


def import_appointment_book(plan: Plan, result: BookResult, mapping: BookMapping) -> Edit:
    """Minutes per activity and role from the practice's appointment book, and the column and
    word mapping saved with the plan, as one step."""
    from planner.appointments.book import apply_minutes

    return Edit(f"Import appointment book {result.file}", plan, apply_minutes(plan, result, mapping))
