"""The team as entered, and how the figures are worked out (MODEL.md in words)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from planner.present import format as fmt
from planner.report.context import PackContext, version_text
from planner.report.styles import BULLET, FRAME_WIDTH, H2, NOTE
from planner.report.tables import cell, grid, head, long_heading
from planner.report.wording import gp_hour_working


def team(ctx: PackContext) -> list[Flowable]:
    """Each member of staff (by role and number when anonymised), hours and time after leave."""
    staff = ctx.plan.staff
    if not staff:
        return [Paragraph("Team", H2), Paragraph("No staff are entered in this plan.", NOTE)]
    leave = {r.code: r.leave_fraction for r in ctx.plan.roles}
    hours = fmt.apportion([s.weekly_hours for s in staff], 1)
    available = fmt.apportion([s.weekly_hours * (1 - leave.get(s.role, 0.0)) for s in staff], 1)
    rows = [[cell(ctx.para(label)), cell(ctx.para(ctx.role_title(s.role))), fmt.hours(h), fmt.hours(v)]
            for s, label, h, v in zip(staff, ctx.staff_labels, hours, available, strict=True)]
    rows.append([cell("Whole team", bold=True), "", fmt.hours(sum(hours)), fmt.hours(sum(available))])
    w = FRAME_WIDTH
    table = grid([head("Staff member"), head("Role"), head("Hours a week", True),
                  head("Hours available after leave", True)], rows,
                 [w * 0.34, w * 0.34, w * 0.14, w * 0.18], total=True, numeric_from=2)
    return [*long_heading("Team"), table]


def method(ctx: PackContext) -> list[Flowable]:
    """The formulas of MODEL.md, so a partner with a calculator gets the same answers."""
    a = ctx.plan.assumptions
    lines = [
        "Work (hours a week) for a role = items a week × share that role does × minutes each ÷ 60, "
        "added up over activities.",
        "Capacity (hours a week) = each person's weekly hours × (1 − the role's leave and training share); "
        f"a hire adds WTE × {a.wte_hours:g} hours × (1 − leave share).",
        "GP hours freed a week = GP work before − GP work after, where GP work after includes the GP "
        "supervision the new staff need (WTE × supervision hours per WTE).",
        f"GP sessions freed = GP hours freed ÷ {a.session_hours:.4g} hours a session. GP appointments "
        f"released a year = GP hours freed × 60 ÷ {a.gp_appointment_minutes:g} minutes × "
        f"{ctx.plan.practice.weeks_per_year:g} weeks.",
        "Pay = full-time salary × WTE; employer NI = rate × (pay − threshold, if above); employer "
        "pension = rate × pay; employment cost = pay + NI + pension; ARRS = the employment cost, up to "
        "the role's maximum × WTE, for ARRS-funded hires.",
        f"Net cost = employment cost − ARRS. Value of GP time = GP hours freed × weeks × value of a GP hour, "
        f"{gp_hour_working(ctx.plan)}. Value of GP time less net cost = value of GP time − net cost (called "
        "“net benefit” in the model). Payback on GP time value (months) = 12 × one-off costs ÷ value of GP time "
        "less net cost. These are values of time, not cash.",
        "GP unrostered today = GP work − GP capacity before any change, when above zero. Of the GP hours "
        "freed, those up to that figure absorb today's unrostered work; the rest are available for the "
        "chosen use. Cost of doing nothing = GP unrostered today × weeks × value of a GP hour.",
        "Cash saving = (hours absorbing unrostered work × share of it paid as locums + hours available, when "
        "the freed time becomes fewer locum sessions) × weeks × value of a GP hour. Cash effect = cash "
        "saving − net cost. Cash payback (months) = 12 × one-off costs ÷ cash effect, when it is positive.",
        "Work with no time for it (short of time) = work after − capacity after, when above zero, for "
        "every role: work moved to a role with no spare time is shown, not hidden.",
        "Rounding: every figure is worked out unrounded, then printed to whole pounds or one decimal "
        "place of an hour; where a table prints a total, its lines are rounded so that they add up to it, "
        "so a figure may differ by 0.1 between a table and the text.",
    ]
    return [Paragraph("How the figures are worked out", H2),
            *(Paragraph(t, BULLET, bulletText="•") for t in lines), version_note(ctx)]


def version_note(ctx: PackContext) -> Paragraph:
    """Which Skillmix made the pack and from which plan: the fingerprint changes whenever the
    plan does, so two packs with the same one come from the same figures."""
    return Paragraph(f"This pack: {version_text(ctx)} (the fingerprint changes whenever the plan does: two "
                     "packs with the same one were made from the same figures).", NOTE)
