"""The national avoidable-appointment shares (Making Time audit, NHS England 2015), read from
the shipped reference figures."""

from __future__ import annotations

from planner.reference import figure

#: Destination group (vocab.SHARE_LABELS) -> reference figure id.
SHARE_FIGURES: dict[str, str] = {
    "practice_role": "avoidable_other_practice_professional",
    "pharmacy_self_care": "avoidable_pharmacy_self_care",
    "navigation": "avoidable_social_prescribing_navigation",
    "hospital": "avoidable_hospital_caused",
}
TOTAL_FIGURE = "avoidable_total"


def national_avoidable_shares() -> tuple[str, dict[str, float]]:
    """(source, shares by destination group) of the national figures."""
    total = figure(TOTAL_FIGURE)
    source = f"{total.source}, {total.url}"
    return source, {key: figure(fid).value for key, fid in SHARE_FIGURES.items()}
