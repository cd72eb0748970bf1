"""The shapes of the plan's saved settings (``Plan.extras``) that figures are computed from,
checked by validation so a damaged or hand-edited value is named, never a traceback.

Only the appointment audit feeds a figure here; the edition and London weighting are checked
by planner.reference, and the rota words are read leniently (a word that is not text is
ignored) by planner.rota.
"""

from __future__ import annotations

from typing import Any

from planner.model.limits import NAME_MAX, NUMBER_LIMITS, Limit, text_problem

#: ``extras[AUDIT_KEY]``: the practice's own appointment audit (planner.audit).
AUDIT_KEY = "appointment_audit"
AUDITED = Limit(0, 1_000_000, integer=True)  # GP appointments audited


def audit_problem(saved: Any) -> tuple[str, str] | None:
    """None when ``saved`` is a readable audit, else (the field, why not):
    {"source": text, "audited": whole number, "period": text, "shares": {key: share 0-1}}."""
    if not isinstance(saved, dict):
        return "", f"{type(saved).__name__} is not an audit (an object is expected)"
    shares = saved.get("shares")
    if not isinstance(shares, dict):
        return "shares", "is missing or is not an object of shares"
    for key, share in shares.items():
        why = NUMBER_LIMITS["share"].problem(share)
        if why:
            return f"shares.{key}", why
    if "audited" in saved and (why := AUDITED.problem(saved["audited"])):
        return "audited", why
    for key in ("source", "period"):
        if key in saved and (why := text_problem(saved[key], NAME_MAX)):
            return key, why
    return None
