"""Small pieces of wording shared by the pack's sections: a label used inside a sentence, a
session length in hours and minutes, how the value of a GP hour is worked out, pay bands,
and the edition of the reference figures."""

from __future__ import annotations

import re
from datetime import date

from planner.model import FREED_TIME_USES, Plan
from planner.present import format as fmt
from planner.reference import ReferenceDataError, load_figures

LOCUM_SESSION_FIGURE = "gp_locum_session_rate"


def inline(label: str) -> str:
    """A capitalised label made to run on inside a sentence: 'Extra GP appointments' ->
    'extra GP appointments' (a word in capitals, such as 'GP' or 'ARRS', keeps them)."""
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


def freed_use(code: str) -> str | None:
    """'Extra GP appointments (more access)' for a scenario's freed_time_use, None undecided."""
    return FREED_TIME_USES.get(code)


def hours_minutes(hours: float) -> str:
    """4.1667 -> '4 h 10 min'; 4.0 -> '4 h'."""
    total = round(hours * 60)
    h, m = divmod(total, 60)
    return f"{h} h {m} min" if m else f"{h} h"


def locum_session_rate(edition: str | None = None) -> float | None:
    try:
        return load_figures(edition)[LOCUM_SESSION_FIGURE].value
    except (KeyError, ReferenceDataError):
        return None


def gp_hour_working(plan: Plan) -> str:
    """'£87.36 an hour (a £364 locum session ÷ 4 h 10 min)' when the value is the cited locum
    rate over the session length; otherwise '£90.00 an hour (the practice's figure)'."""
    a = plan.assumptions
    value = f"£{a.gp_hour_value:,.2f} an hour"
    rate = locum_session_rate(reference_edition(plan))
    if rate is not None and a.session_hours > 0 and round(rate / a.session_hours, 2) == round(a.gp_hour_value, 2):
        return f"{value} (a {fmt.money(rate)} locum session ÷ {hours_minutes(a.session_hours)})"
    return f"{value} (the practice's figure)"


_BAND = re.compile(r"^afc_band(\w+?)_(entry|middle|top)$")


def pay_band(salary: float, plan: Plan | None = None) -> str | None:
    """'band 7' when ``salary`` is a cited Agenda for Change pay point of the plan's edition
    (with the plan's London weighting, if any), else None."""
    from planner.reference import pay_points_in, plan_hcas_zone

    try:
        edition = reference_edition(plan)
        points = pay_points_in(edition, plan_hcas_zone(plan) if plan is not None else "") if edition else {}
    except (ReferenceDataError, KeyError):
        return None
    for fid, d in points.items():
        if (m := _BAND.match(fid)) and abs(d.value - salary) < 0.5:
            return "band " + m.group(1)
    return None


def reference_edition(plan: Plan | None = None) -> str | None:
    """The edition of the reference figures the plan uses, e.g. '2026/27' (without a plan, the
    edition in force today; None when no edition ships)."""
    from planner.reference import current_edition, plan_edition

    if plan is not None:
        return plan_edition(plan)
    try:
        return current_edition()
    except ReferenceDataError:
        return None


def edition_end(edition: str) -> date | None:
    """The last day of a financial-year edition: '2025/26' -> 31 March 2026."""
    m = re.fullmatch(r"(\d{4})/(\d{2})", edition.strip())
    return date(int(m.group(1)) + 1, 3, 31) if m else None


def edition_warning(on: date, plan: Plan | None = None) -> str | None:
    """A warning when a pack dated ``on`` is past the end of the edition the plan's figures come
    from (without a plan: today's edition)."""
    from planner.reference import edition_names

    edition = reference_edition(plan)
    end = edition_end(edition) if edition else None
    if edition is None or end is None or on <= end:
        return None
    newer = [e for e in edition_names() if edition_end(e) and edition_end(e) > end]  # type: ignore[operator]
    move = (f" Skillmix ships the {newer[-1]} edition: open the plan in Skillmix and move it to those figures, "
            "or check them against this year's figures (Assumptions and sources) before the partners decide."
            if newer else
            " Check them against this year's figures (Assumptions and sources) before the partners decide.")
    return (f"<b>The reference figures may be out of date.</b> Pay scales, ARRS maximums, employer NI and "
            f"pension rates and the locum rate are from the {edition} edition, which ended on "
            f"{end.day} {end:%B %Y}; this pack is dated {on.day} {on:%B %Y}." + move)
