"""The words of the appointment audit: columns, modes, destinations, GPAD categories.

The audit follows the "Making Time in General Practice" audit (Primary Care Foundation and
NHS Alliance, 2015: 56 GPs asked of each appointment "could this have been handled by
someone else?"). Answers are grouped into the four destinations the national figures use.
"""

from __future__ import annotations

from planner import reference

#: (key, header) of every column the reader needs, in template order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("date", "Date"),
    ("clinician", "Clinician"),
    ("role", "Role"),
    ("category", "National category (GPAD)"),
    ("mode", "Mode"),
    ("destination", "Could this have been handled by"),
)
NOTES_HEADER = "Notes (optional, not imported)"

DEFAULT_ROLES: tuple[str, ...] = ("GP", "Nurse", "Other")

#: Appointment modes, as GPAD publishes them (without "Unknown").
MODES: tuple[str, ...] = ("Face-to-face", "Telephone", "Video/online", "Home visit")

#: Answer in the audit -> the destination group its share counts in (None: not avoidable).
ANSWERS: dict[str, str | None] = {
    "Another practice role": "practice_role",
    "Community pharmacy": "pharmacy_self_care",
    "Self-care": "pharmacy_self_care",
    "Care navigation or social prescribing": "navigation",
    "Hospital should have dealt with it": "hospital",
    "Not avoidable": None,
}

#: The destination groups, with the words the national figures use.
SHARE_LABELS: dict[str, str] = {
    "practice_role": "Another professional in the practice",
    "pharmacy_self_care": "Community pharmacy or self-care",
    "navigation": "Care navigation or social prescribing",
    "hospital": "Hospital should have dealt with it",
}


def gpad_categories() -> tuple[str, ...]:
    """The 16 published national appointment categories (GPAD), from the reference data."""
    return tuple(reference.gpad_categories())
