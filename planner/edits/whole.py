"""Edits of the whole plan at once: an import, a paste of many cells, the practice's audit."""

from __future__ import annotations

from dataclasses import replace

from planner.audit import EXTRAS_KEY, AuditResult, apply_audit
from planner.model import Edit, Plan


def replace_plan(before: Plan, after: Plan, label: str) -> Edit:
    """A whole new plan as one step (a rota import, a paste of many cells)."""
    return Edit(label, before, after)


def import_audit(plan: Plan, result: AuditResult, file_name: str) -> Edit:
    """The audit's shares of GP appointments saved in the plan, replacing any earlier audit,
    as one step. ValueError (planner.audit.AuditError) when it has no GP appointments."""

    return Edit(f"Import appointment audit {file_name}", plan, apply_audit(plan, result, file_name))


def use_national_shares(plan: Plan) -> Edit:
    """Forget the practice's audit: the national Making Time shares apply again."""

    extras = {k: v for k, v in plan.extras.items() if k != EXTRAS_KEY}
    return Edit("Use the national figures for avoidable appointments", plan,
                replace(plan, extras=extras))
