"""Assumptions and sources: every figure the pack used, its value, where it comes from, and
whether the practice changed it or it is a Skillmix estimate."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph

from planner import format as fmt
from planner.catalogue import activity_sources, role_defaults
from planner.model import Activity, Assumptions, Role
from planner.reference import ASSUMPTION_FIGURES, Figure, ReferenceDataError
from planner.report.appendix import method, team
from planner.report.context import PackContext
from planner.report.sources import Sources, differs, safe_figure, status
from planner.report.styles import BODY, FRAME_WIDTH, H1, H2
from planner.report.tables import cell, grid, head

Show = Callable[[float], str]


def _rate(v: float) -> str:
    return f"{v * 100:.4g}%"


def _hours(v: float) -> str:
    return f"{v:.4g} hours"


#: assumption -> (what it is, how to print its value)
ASSUMPTION_ROWS: dict[str, tuple[str, Show]] = {
    "session_hours": ("Length of a GP session", _hours),
    "wte_hours": ("Hours in a full-time (1 WTE) week", _hours),
    "employer_ni_rate": ("Employer National Insurance rate", _rate),
    "employer_ni_threshold": ("Employer NI threshold, per person a year", fmt.money),
    "employer_pension_rate": ("Employer pension contribution", _rate),
    "gp_appointment_minutes": ("Length of a GP appointment", lambda v: f"{v:g} minutes"),
    "gp_hour_value": ("Value of one freed GP hour", lambda v: f"£{v:,.2f}"),
    "pay_award_rate": ("Pay award each year (projection)", _rate),
    "list_growth_rate": ("List growth each year (projection)", _rate),
    "projection_years": ("Years projected", lambda v: f"{v:g}"),
    "safe_contacts_per_gp_day": ("Safe patient contacts per GP day", lambda v: f"{v:g}"),
    "room_sessions_per_week": ("Sessions a consulting room offers a week", lambda v: f"{v:g}"),
}


def assumptions_section(ctx: PackContext) -> list[Flowable]:
    sources = Sources()
    intro = ("Every figure behind this pack, with its source. <b>Your figure</b> marks a value the practice "
             "changed from the cited default; <b>Skillmix estimate: check</b> marks a default with no "
             "published source, to be replaced with the practice's own count when it can be.")
    story: list[Flowable] = [Paragraph("Assumptions and sources", H1), Paragraph(intro, BODY)]
    story += _assumptions(ctx, sources) + _roles(ctx, sources) + _activities(ctx, sources)
    story += team(ctx) + method(ctx) + sources.listing()
    return story


def _assumptions(ctx: PackContext, sources: Sources) -> list[Flowable]:
    a, p = ctx.plan.assumptions, ctx.plan.practice
    rows = [[cell("Registered patients"), f"{p.list_size:,}", "", cell("The practice")],
            [cell("Working weeks a year"), f"{p.weeks_per_year:g}", "", cell("The practice")]]
    if p.consulting_rooms:
        rows.append([cell("Consulting rooms"), f"{p.consulting_rooms}", "", cell("The practice")])
    for key, (label, show) in ASSUMPTION_ROWS.items():
        if key not in Assumptions.keys() or key not in ASSUMPTION_FIGURES:
            continue
        fig = safe_figure(ASSUMPTION_FIGURES[key])
        value = float(getattr(a, key))
        default = show(fig.value) if fig is not None else ""
        rows.append([cell(label), show(value), sources.ref(fig), cell(status(fig, differs(value, fig), default))])
    rows.append([cell("Role whose time counts as GP time"), cell(ctx.para(ctx.role_title(a.gp_role)), right=True),
                 "", cell("The practice")])
    w = FRAME_WIDTH
    table = grid([head("Assumption"), head("Value", True), head("Source", True), head("Status")], rows,
                 [w * 0.42, w * 0.16, w * 0.1, w * 0.32], numeric_from=1)
    table.setStyle([("ALIGN", (3, 0), (3, -1), "LEFT")])
    return [Paragraph("Model assumptions", H2), table]


def _role_figures(code: str) -> dict[str, Figure]:
    try:
        return role_defaults(code)
    except (KeyError, ReferenceDataError):
        return {}


ROLE_FIELDS = (("annual_salary", "salary"), ("leave_fraction", "leave"), ("arrs_cap", "ARRS maximum"),
               ("supervision_gp_hours_per_wte_week", "supervision"))


def _roles(ctx: PackContext, sources: Sources) -> list[Flowable]:
    rows = [_role_row(ctx, r, sources) for r in ctx.plan.roles]
    w = FRAME_WIDTH
    table = grid([head("Role"), head("Full-time pay", True), head("Leave and training", True),
                  head("ARRS maximum per WTE", True), head("GP supervision, hours a week per WTE", True),
                  head("Source", True), head("Status")], rows,
                 [w * 0.2, w * 0.1, w * 0.1, w * 0.11, w * 0.15, w * 0.1, w * 0.24])
    table.setStyle([("ALIGN", (6, 0), (6, -1), "LEFT")])
    return [Paragraph("Roles: pay, leave, ARRS and supervision", H2), table]


def _role_row(ctx: PackContext, role: Role, sources: Sources) -> list[object]:
    figs = _role_figures(role.code)
    changed = [name for key, name in ROLE_FIELDS if differs(getattr(role, key), figs.get(key))]
    if not figs:
        state = "The practice's own figures"
    elif changed:
        state = "Your figures: " + ", ".join(changed)
    elif any(f.estimate for f in figs.values()):
        state = "Cited; some Skillmix estimates: check"
    else:
        state = "Cited"
    cap = fmt.money(role.arrs_cap) if role.arrs_cap is not None else "Not ARRS"
    return [cell(ctx.para(role.title)), fmt.money(role.annual_salary), _rate(role.leave_fraction), cap,
            f"{role.supervision_gp_hours_per_wte_week:g}", cell(sources.refs(list(figs.values())), right=True),
            cell(state)]


def _activity_figures(code: str) -> dict[str, Figure]:
    try:
        return activity_sources(code)
    except (KeyError, ReferenceDataError):
        return {}


def _activities(ctx: PackContext, sources: Sources) -> list[Flowable]:
    rows = [_activity_row(ctx, a, sources) for a in ctx.plan.activities]
    w = FRAME_WIDTH
    table = grid([head("Activity"), head("Items a week", True), head("Minutes each, by role"),
                  head("Source", True), head("Status")], rows,
                 [w * 0.27, w * 0.1, w * 0.3, w * 0.1, w * 0.23])
    table.setStyle([("ALIGN", (2, 0), (2, -1), "LEFT"), ("ALIGN", (4, 0), (4, -1), "LEFT")])
    note = ("Items a week for the practice = the per-1,000-patient figure × registered patients ÷ 1,000. "
            "Who does each activity today is in the plan; the defaults are Skillmix estimates.")
    return [Paragraph("Activities: how much work, and how long it takes", H2), table, Paragraph(note, BODY)]


def _activity_row(ctx: PackContext, a: Activity, sources: Sources) -> list[object]:
    figs = _activity_figures(a.code)
    per_1000 = figs.get("volume_per_week")
    expected = per_1000.value * ctx.plan.practice.list_size / 1000 if per_1000 else None
    changed = ["volume"] if per_1000 and expected is not None and abs(expected - a.volume_per_week) > 1e-6 else []
    changed += [ctx.role_title(r) + " minutes" for r, m in a.minutes.items() if differs(m, figs.get(f"minutes[{r}]"))]
    if not figs:
        state = "The practice's own figures"
    elif changed:
        state = "Your figures: " + ", ".join(changed)
    else:
        state = "Skillmix estimate: check" if any(f.estimate for f in figs.values()) else "Cited"
    minutes = "; ".join(f"{ctx.role_title(r)} {m:g}" for r, m in a.minutes.items())
    return [cell(ctx.para(a.name)), fmt.number(a.volume_per_week, 1), cell(ctx.para(minutes)),
            cell(sources.refs(list(figs.values())), right=True), cell(ctx.para(state))]
