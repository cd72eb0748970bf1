"""Avoidable GP appointments by destination: the practice's own audit, else the national shares.

Shares are of the GP appointments audited: count of GP rows with that answer divided by all
GP rows. A row is a GP row when its role is the plan's GP role code, or "GP" (the template's
default word). Nurses' and other clinicians' rows are read but not counted: the shares say
what part of GP time could go elsewhere, as the national figures do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from planner.audit.national import national_avoidable_shares
from planner.audit.result import AuditResult, AuditRow
from planner.audit.vocab import ANSWERS, SHARE_LABELS
from planner.model import Plan
from planner.model.extras import AUDIT_KEY, audit_problem

EXTRAS_KEY = AUDIT_KEY
DEFAULT_GP_WORD = "GP"


class AuditError(ValueError):
    """An audit that reads but cannot be used (for example, no GP appointments in it)."""


@dataclass(frozen=True)
class AvoidableShares:
    source: str
    shares: Mapping[str, float]  # destination key (vocab.SHARE_LABELS) -> share of GP appointments
    is_practice_audit: bool
    audited: int = 0  # GP appointments audited (0 for the national figures)
    period: str = ""

    @property
    def total(self) -> float:
        return sum(self.shares.values())


def national_shares() -> AvoidableShares:
    """The Making Time shares (NHS England, 2015: 27% of GP appointments potentially avoidable)."""
    source, shares = national_avoidable_shares()
    return AvoidableShares(source, MappingProxyType(shares), False)


def avoidable_shares(plan: Plan) -> AvoidableShares:
    """The practice's own audit when one was imported, else the national shares."""
    saved = plan.extras.get(EXTRAS_KEY)
    if saved is None or audit_problem(saved) is not None:
        return national_shares()  # a damaged saved audit is named by validation
    shares = {k: float(saved["shares"].get(k, 0.0)) for k in SHARE_LABELS}
    return AvoidableShares(str(saved.get("source", "Practice audit")), MappingProxyType(shares), True,
                           int(saved.get("audited", 0)), str(saved.get("period", "")))


def gp_rows(plan: Plan, result: AuditResult) -> tuple[AuditRow, ...]:
    """The audited appointments that count: those of the GP role."""
    return result.rows_for_role({plan.assumptions.gp_role, DEFAULT_GP_WORD})


def audit_shares(rows: tuple[AuditRow, ...]) -> dict[str, float]:
    """Share of ``rows`` by destination group (count / number of rows)."""
    counts: Counter[str] = Counter()
    for row in rows:
        group = ANSWERS[row.answer]
        if group:
            counts[group] += 1
    return {key: counts[key] / len(rows) for key in SHARE_LABELS}


def period(rows: tuple[AuditRow, ...]) -> str:
    first, last = min(r.date for r in rows), max(r.date for r in rows)
    return f"{_day(first)} – {_day(last)}"


def _day(d: Any) -> str:
    return f"{d.day} {d:%b %Y}"


def apply_audit(plan: Plan, result: AuditResult, source_name: str) -> Plan:
    """The plan with the audit's shares saved in ``extras`` (replacing any earlier audit).

    Raises AuditError when the audit has no appointments of the GP role."""
    rows = gp_rows(plan, result)
    if not rows:
        roles = sorted({r.role for r in result.rows})
        raise AuditError(f"the audit has no appointments with the GP role "
                         f"'{plan.assumptions.gp_role}' (roles found: {', '.join(roles)})")
    saved = {"source": f"Practice audit {source_name}", "audited": len(rows),
             "period": period(rows), "shares": audit_shares(rows)}
    return replace(plan, extras={**plan.extras, EXTRAS_KEY: saved})
