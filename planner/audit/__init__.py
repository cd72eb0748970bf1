"""The practice's own appointment audit (extension E6): template, reader, shares, scenario.

``write_audit_template`` writes the workbook a GP fills in for a week; ``read_audit`` reads it
back (rows, or problems naming sheet and cell); ``apply_audit`` stores the shares of GP
appointments by destination in ``plan.extras["appointment_audit"]``; ``avoidable_shares``
gives those, or the national Making Time shares; ``seed_scenario`` makes a scenario of them.
"""

from __future__ import annotations

from planner.audit.reader import read_audit
from planner.audit.result import AuditProblem, AuditResult, AuditRow
from planner.audit.seed import seed_scenario
from planner.audit.shares import (
    EXTRAS_KEY,
    AuditError,
    AvoidableShares,
    apply_audit,
    audit_shares,
    avoidable_shares,
    national_shares,
)
from planner.audit.template import write_audit_template

__all__ = [
    "AuditProblem", "AuditResult", "AuditRow", "seed_scenario", "EXTRAS_KEY", "AuditError",
    "AvoidableShares", "apply_audit", "audit_shares", "avoidable_shares", "national_shares",
    "write_audit_template", "read_audit",
]
