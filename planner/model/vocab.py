"""Fixed vocabularies of the model: staff groups and activity categories (MODEL.md)."""

from __future__ import annotations

STAFF_GROUPS: tuple[str, ...] = ("GP", "Nurses", "Direct Patient Care", "Admin/Non-clinical")

CATEGORIES: tuple[str, ...] = (
    "appointments",
    "triage",
    "visits",
    "prescriptions",
    "correspondence",
    "results",
    "referrals",
    "reports_forms",
    "meetings",
    "supervision",
    "other_admin",
)

#: Categories of direct patient contact; every other category is bureaucracy.
PATIENT_FACING_CATEGORIES: frozenset[str] = frozenset({"appointments", "triage", "visits"})

BUREAUCRACY: tuple[str, ...] = tuple(c for c in CATEGORIES if c not in PATIENT_FACING_CATEGORIES)

CATEGORY_LABELS: dict[str, str] = {
    "appointments": "Appointments",
    "triage": "Triage",
    "visits": "Home and care-home visits",
    "prescriptions": "Prescriptions",
    "correspondence": "Letters and correspondence",
    "results": "Test results",
    "referrals": "Referrals",
    "reports_forms": "Reports and forms",
    "meetings": "Meetings",
    "supervision": "Supervision",
    "other_admin": "Other admin",
}
