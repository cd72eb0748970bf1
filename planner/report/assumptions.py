"""Assumptions and sources: every figure the pack used, its value, where it comes from, and
whether the practice changed it or it is a Skillmix estimate."""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from planner.appointments.book import minutes_source
from planner.appointments.provenance import imported, volume_source
from planner.catalogue import activity_sources, role_defaults, role_defaults_in
from planner.model import CATEGORY_LABELS, Activity, Assumptions, Role
from planner.present import format as fmt
from planner.present.names import TIME_OFF
from planner.reference import (
    ASSUMPTION_FIGURES,
    Figure,
    ReferenceDataError,
    edition_line,
    load_edition,
    plan_edition,
    plan_hcas_zone,
)
from planner.report.appendix import method, team, version_note
from planner.report.context import PackContext
from planner.report.figures import apportion_to
from planner.report.gp_time import printed_categories
from planner.report.sources import Sources, differs, safe_figure, status
from planner.report.styles import BODY, FRAME_WIDTH, H1, H2, NOTE
from planner.report.tables import cell, grid, head, long_heading, one_page
from planner.report.wording import edition_warning, gp_hour_working

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
    "gp_hour_value": ("Value of one freed GP hour", fmt.pence),
    "pay_award_rate": ("Pay award each year (projection)", _rate),
    "list_growth_rate": ("List growth each year (projection)", _rate),
    "projection_years": ("Years projected", lambda v: f"{v:g}"),
    "safe_contacts_per_gp_day": ("Safe patient contacts per GP day", lambda v: f"{v:g}"),
    "room_sessions_per_week": ("Sessions a consulting room offers a week", lambda v: f"{v:g}"),
    "locum_share_of_shortfall": ("Share of today's unrostered GP work paid as locum sessions", _rate),
}


def assumptions_section(ctx: PackContext) -> list[Flowable]:
    sources = Sources()
    intro = ("Every figure behind this pack, with its source. <b>Your figure</b> marks a value the practice "
             "changed from the cited default; <b>Skillmix estimate: check</b> marks a default with no "
             "published source, to be replaced with the practice's own count when it can be.")
    story: list[Flowable] = [Paragraph("Assumptions and sources", H1), Paragraph(intro, BODY)]
    story.append(Paragraph(edition_text(ctx), BODY))
    warning = edition_warning(ctx.on, ctx.plan)
    if warning:
        story.append(Paragraph(warning, BODY))
    story += _assumptions(ctx, sources) + _roles(ctx, sources) + _activities(ctx, sources)
    story += team(ctx) + method(ctx) + sources.listing()
    return story


def sources_section(ctx: PackContext, title: str) -> list[Flowable]:
    """The short pack's sources: the model's assumptions and the roles' pay and ARRS maximums with
    their sources, the reference figures and which plan the pack was made from (the full pack adds
    every activity, the team and the method)."""
    sources = Sources()
    intro = ("The figures behind this pack, with their sources. <b>Your figure</b> marks a value the practice "
             "changed from the cited default. The full pack adds every activity, the team and how each "
             "figure is worked out.")
    body: list[Flowable] = [Paragraph(intro, BODY),
                            Paragraph(f"<b>Reference figures:</b> {edition_line(ctx.plan)}.", NOTE)]
    warning = edition_warning(ctx.on, ctx.plan)
    if warning:
        body.append(Paragraph(warning, BODY))
    body += _assumptions(ctx, sources) + _roles(ctx, sources) + sources.listing() + [version_note(ctx)]
    return [Paragraph(title, H1), one_page(body)]


def _assumptions(ctx: PackContext, sources: Sources) -> list[Flowable]:
    a, p = ctx.plan.assumptions, ctx.plan.practice
    rows = [[cell("Registered patients"), f"{p.list_size:,}", "", cell("The practice")],
            [cell("Working weeks a year"), f"{p.weeks_per_year:g}", "", cell("The practice")]]
    if p.consulting_rooms:
        rows.append([cell("Consulting rooms"), f"{p.consulting_rooms}", "", cell("The practice")])
    for key, (label, show) in ASSUMPTION_ROWS.items():
        if key not in Assumptions.keys() or key not in ASSUMPTION_FIGURES:
            continue
        fig = safe_figure(ASSUMPTION_FIGURES[key], plan_edition(ctx.plan))
        value = float(getattr(a, key))
        default = show(fig.value) if fig is not None else ""
        if key == "gp_hour_value":
            label = f"{label} {gp_hour_working(ctx.plan).removeprefix(show(value) + ' an hour ')}"
        rows.append([cell(label), show(value), sources.ref(fig), cell(status(fig, differs(value, fig), default))])
    rows.append([cell("Role whose time counts as GP time"), cell(ctx.para(ctx.role_title(a.gp_role)), right=True),
                 "", cell("The practice")])
    w = FRAME_WIDTH
    table = grid([head("Assumption"), head("Value", True), head("Source", True), head("Status")], rows,
                 [w * 0.42, w * 0.16, w * 0.1, w * 0.32], numeric_from=1)
    table.setStyle([("ALIGN", (3, 0), (3, -1), "LEFT")])
    return [Paragraph("Model assumptions", H2), table]


def _role_figures(code: str, edition: str | None = None) -> dict[str, Figure]:
    try:
        return role_defaults(code, edition)
    except (KeyError, ReferenceDataError):
        return {}


def _role_changed(ctx: PackContext, role: Role, figs: dict[str, Figure]) -> list[str]:
    """The role's fields that differ from the plan's edition defaults (salaries and ARRS caps
    with the practice's London weighting)."""
    try:
        defaults = role_defaults_in(role.code, plan_edition(ctx.plan), plan_hcas_zone(ctx.plan))
    except (KeyError, ReferenceDataError):
        defaults = {}
    return [name for key, name in ROLE_FIELDS
            if (not defaults[key].matches(getattr(role, key)) if key in defaults
                else differs(getattr(role, key), figs.get(key)))]


EMPLOYMENT_ALLOWANCE_NOTE = (
    "<b>Employment Allowance.</b> Each hire is costed with the full employer NI above the threshold. An "
    "eligible practice can take up to {allowance} a year off its total employer NI bill (the Employment "
    "Allowance); if the practice has not used it up, a hire costs it less than shown.")
CNSGP_NOTE = (
    "<b>Indemnity.</b> No indemnity cost is added for GPs or other staff: clinical negligence claims arising "
    "from NHS work in general practice in England are covered by the state Clinical Negligence Scheme for "
    "General Practice (CNSGP, NHS Resolution, since 1 April 2019), free to practices and their staff. Private "
    "work, inquests and regulatory matters still need a medical defence organisation.")


def edition_text(ctx: PackContext) -> str:
    """Which edition the figures come from, the year's ARRS rules, and what the costs leave out."""
    edition = plan_edition(ctx.plan)
    parts = [f"<b>Reference figures:</b> {edition_line(ctx.plan)}. Pay, ARRS maximums, employer NI and pension "
             "and the locum rate change every April; figures marked 'Worked out from cited figures' or "
             "'Skillmix estimate' were not published for this year."]
    try:
        rules = load_edition(edition).rules
    except ReferenceDataError:
        rules = {}
    for key, label in (("arrs_gp_eligibility", "GPs in the ARRS"), ("arrs_twelve_month_rule", "12-month rule"),
                       ("practice_gp_reimbursement", "Practice-level GP funding")):
        if key in rules:
            parts.append(f"<b>{label}:</b> {escape(rules[key].text)}")
    allowance = safe_figure("employment_allowance", edition)
    if allowance is not None:
        parts.append(EMPLOYMENT_ALLOWANCE_NOTE.format(allowance=fmt.money(allowance.value)))
    parts.append(CNSGP_NOTE)
    return " ".join(parts)


ROLE_FIELDS = (("annual_salary", "salary"), ("leave_fraction", "leave"), ("arrs_cap", "ARRS maximum"),
               ("supervision_gp_hours_per_wte_week", "supervision"))


def _roles(ctx: PackContext, sources: Sources) -> list[Flowable]:
    rows = [_role_row(ctx, r, sources) for r in ctx.plan.roles]
    w = FRAME_WIDTH
    table = grid([head("Role"), head("Full-time pay", True), head(TIME_OFF, True),
                  head("ARRS maximum per WTE", True), head("GP supervision per WTE, hours a week", True),
                  head("Source", True), head("Status")], rows,
                 [w * 0.20, w * 0.10, w * 0.09, w * 0.11, w * 0.13, w * 0.12, w * 0.25])
    table.setStyle([("ALIGN", (6, 0), (6, -1), "LEFT")])
    return [*long_heading("Roles: pay, leave, ARRS and supervision"), table]


def _role_row(ctx: PackContext, role: Role, sources: Sources) -> list[object]:
    figs = _role_figures(role.code, plan_edition(ctx.plan))
    changed = _role_changed(ctx, role, figs)
    if not figs:
        state = "The practice's own figures"
    elif changed:
        state = "Your figures: " + ", ".join(changed)
    elif any(f.estimate for f in figs.values()):
        state = "Cited; estimates: check"
    else:
        state = "Cited"
    cap = fmt.money(role.arrs_cap) if role.arrs_cap is not None else "Not ARRS"
    cap_fig = figs.get("arrs_cap")
    if role.arrs_cap is not None and cap_fig is not None and cap_fig.estimate and "ARRS maximum" not in changed:
        cap += " (estimate)"
    return [cell(ctx.para(role.title)), fmt.money(role.annual_salary), _rate(role.leave_fraction),
            cell(cap, right=True), f"{role.supervision_gp_hours_per_wte_week:g}",
            cell(sources.refs(list(figs.values())), right=True), cell(state)]


def _activity_figures(code: str) -> dict[str, Figure]:
    try:
        return activity_sources(code)
    except (KeyError, ReferenceDataError):
        return {}


def _activities(ctx: PackContext, sources: Sources) -> list[Flowable]:
    acts = ctx.plan.activities
    gp_hours = activity_gp_hours(ctx)
    rows = [_activity_row(ctx, a, h, sources) for a, h in zip(acts, gp_hours, strict=True)]
    rows.append([cell("All activities", bold=True), "", "", fmt.hours(sum(gp_hours)), "", ""])
    w = FRAME_WIDTH
    table = grid([head("Activity (kind of work)"), head("Items a week", True),
                  head("Share done now, and minutes each, by role"), head("GP hours a week", True),
                  head("Source", True), head("Status")], rows,
                 [w * 0.25, w * 0.09, w * 0.30, w * 0.09, w * 0.08, w * 0.19], total=True)
    table.setStyle([("ALIGN", (2, 0), (2, -1), "LEFT"), ("ALIGN", (5, 0), (5, -1), "LEFT")])
    return [*long_heading("Activities: how much work, who does it, and how long it takes"), table,
            Paragraph(activities_note(ctx, gp_hours), NOTE)]


def activity_gp_hours(ctx: PackContext) -> list[float]:
    """Printed GP hours a week of each activity: the lines of one kind of work add up to that kind's
    printed hours on the GP time page, so an activity alone in its kind prints the same there."""
    gp = ctx.plan.assumptions.gp_role
    acts = ctx.plan.activities
    raw = [a.volume_per_week * a.split.get(gp, 0.0) * a.minutes.get(gp, 0.0) / 60 for a in acts]
    printed = dict(printed_categories(ctx))
    out = [0.0] * len(acts)
    for cat in dict.fromkeys(a.category for a in acts):
        idx = [i for i, a in enumerate(acts) if a.category == cat]
        if cat in printed:
            tenths = apportion_to([raw[i] * 10 for i in idx], round(printed[cat] * 10))
            shown = [t / 10 for t in tenths]
        else:
            shown = fmt.apportion([raw[i] for i in idx], 1)
        for i, h in zip(idx, shown, strict=True):
            out[i] = h
    return out


def activities_note(ctx: PackContext, gp_hours: list[float]) -> str:
    """How the GP hours column is worked out, with the biggest line as a worked example."""
    gp = ctx.plan.assumptions.gp_role
    example = ""
    if any(gp_hours):
        a, h = max(zip(ctx.plan.activities, gp_hours, strict=True), key=lambda p: p[1])
        example = (f" (for example {ctx.para(a.name.lower() if a.name[1:2].islower() else a.name)}: "
                   f"{fmt.number(a.volume_per_week, 1)} × {share_text(a.split[gp])} × {a.minutes[gp]:g} ÷ 60 = "
                   f"{fmt.hours(h)})")
    return (f"GP hours a week = items a week × the GP share now × GP minutes each ÷ 60{example}. The column adds "
            f"up to the {fmt.hours(sum(gp_hours))} hours of GP work on the GP time page, and its lines of one kind "
            "of work add up to that kind's hours there. A role with minutes but no share could do "
            "the work and does none today. Items a week = the per-1,000-patient figure × registered patients ÷ 1,000.")


def _activity_row(ctx: PackContext, a: Activity, gp_hours: float, sources: Sources) -> list[object]:
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
    state = _with_data_source(ctx, a, state, changed)
    name = f"{ctx.para(a.name)} <font size=7 color='#425563'>({CATEGORY_LABELS.get(a.category, a.category)})</font>"
    return [cell(name), fmt.number(a.volume_per_week, 1), cell(who_does_it(ctx, a)), fmt.hours(gp_hours),
            cell(sources.refs(list(figs.values())), right=True), cell(ctx.para(state))]


def _with_data_source(ctx: PackContext, a: Activity, state: str, changed: list[str]) -> str:
    """With the practice's appointment data imported, say which volumes are its own (E9), and
    which minutes come from its appointment book (E11)."""
    book = [f"{ctx.role_title(r)} minutes: {text}" for r in a.minutes
            if (text := minutes_source(ctx.plan, a.code, r))]
    if book:
        state = "; ".join([*(s for s in [state] if not s.startswith("Your figures")), *book])
    if imported(ctx.plan) is None:
        return state
    source = volume_source(ctx.plan, a)
    if source.kind in ("data", "changed"):
        minutes = [c for c in changed if c != "volume"]
        return source.text + ("; your figures: " + ", ".join(minutes) if minutes else "")
    return f"{source.text}{'; your figures: ' + ', '.join(changed) if changed else ''}"


def who_does_it(ctx: PackContext, a: Activity) -> str:
    """'General practitioner 80% at 10 min; Clinical pharmacist 20% at 20 min; Practice nurse
    could, 15 min': each role's share today, then the roles that could do it."""
    doing = [f"{ctx.para(ctx.role_title(r))} {share_text(a.split.get(r, 0.0))} at {m:g} min"
             for r, m in a.minutes.items() if a.split.get(r, 0.0) > 0]
    could = [f"{ctx.para(ctx.role_title(r))} could, {m:g} min"
             for r, m in a.minutes.items() if a.split.get(r, 0.0) <= 0]
    return "; ".join(doing + could)


def share_text(share: float) -> str:
    """80%, 12.5%, 0.5%: a share as typed, without trailing zeros."""
    return f"{share * 100:.1f}".rstrip("0").rstrip(".") + "%"
