"""Where GP time goes now: GP hours by category (bureaucracy and other non-patient work named,
as MODEL.md defines it), demand against capacity for every role, and GP work that does not fit
the rota."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from planner.engine import safety_check
from planner.model import CATEGORIES, CATEGORY_LABELS, PATIENT_FACING_CATEGORIES
from planner.present import format as fmt
from planner.present.names import TIME_OFF_EXPLAINED
from planner.report.charts import ACCENT, HATCHED, BarRow, PairRow, hbar_chart, paired_chart
from planner.report.context import PackContext
from planner.report.decision import cost_of_doing_nothing, gp_shortfall_today
from planner.report.figures import role_hours
from planner.report.styles import BODY, FRAME_WIDTH, H1, H2, NOTE
from planner.report.tables import cell, grid, head
from planner.report.wording import gp_hour_working, inline

#: MODEL.md's "bureaucracy": every category but appointments, triage and visits, so it holds
#: meetings and supervision as well as paperwork; named so that nobody reads it as paperwork alone
NON_PATIENT = "Non-patient work"
BUREAUCRACY = "bureaucracy and other non-patient work"


def gp_time(ctx: PackContext) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Where GP time goes now", H1)]
    story += _categories(ctx)
    story += _roles(ctx)
    story += _unrostered(ctx)
    story.append(PageBreak())
    return story


def printed_categories(ctx: PackContext) -> list[tuple[str, float]]:
    """(category, printed hours a week) for every category with GP time, model order; the
    printed hours add up to the printed GP total."""
    by_cat = ctx.results.gp_hours_by_category
    cats = [c for c in CATEGORIES if by_cat.get(c, 0.0) > 0]
    return list(zip(cats, fmt.apportion([by_cat[c] for c in cats], 1), strict=True))


def _categories(ctx: PackContext) -> list[Flowable]:
    rows = printed_categories(ctx)
    total = round(sum(h for _, h in rows), 1)
    admin = round(sum(h for c, h in rows if c not in PATIENT_FACING_CATEGORIES), 1)
    share = admin / total if total else 0.0
    kinds = ", ".join(inline(CATEGORY_LABELS[c]) for c, _ in rows if c not in PATIENT_FACING_CATEGORIES)
    intro = (f"The GPs' listed work takes <b>{fmt.hours(total)} hours a week</b>. "
             f"<b>{fmt.hours(admin)} hours ({fmt.percent(share)})</b> of it is {BUREAUCRACY}: everything "
             f"that is not appointments, triage or visits" + (f" ({kinds})." if kinds else "."))
    story: list[Flowable] = [Paragraph("GP time by kind of work", H2), Paragraph(intro, BODY)]
    if not rows:
        return story
    ordered = sorted(rows, key=lambda p: -p[1])
    chart = hbar_chart([BarRow(CATEGORY_LABELS[c], h, ACCENT if c in PATIENT_FACING_CATEGORIES else HATCHED)
                        for c, h in ordered], FRAME_WIDTH, lambda v: f"{fmt.hours(v)} h",
                       legend_items=[(ACCENT, "Patient contact"), (HATCHED, BUREAUCRACY[0].upper() + BUREAUCRACY[1:])])
    shares = fmt.apportion([h / total * 100 if total else 0.0 for _, h in rows], 0)
    body = [[cell(CATEGORY_LABELS[c]), "Patient contact" if c in PATIENT_FACING_CATEGORIES else NON_PATIENT,
             fmt.hours(h), f"{s:.0f}%"] for (c, h), s in zip(rows, shares, strict=True)]
    body.append([cell("All GP work", bold=True), "", fmt.hours(total), f"{sum(shares):.0f}%"])
    w = FRAME_WIDTH
    table = grid([head("Kind of work"), head("Counts as"), head("Hours a week", True), head("Share", True)],
                 body, [w * 0.45, w * 0.25, w * 0.15, w * 0.15], total=True, numeric_from=2)
    note = ("Hours of each kind = the GP hours of its activities (items a week × GP share × GP minutes ÷ 60), "
            "listed activity by activity under Assumptions and sources.")
    return story + [KeepTogether([chart, Spacer(1, 6), table, Paragraph(note, NOTE)])]


def _roles(ctx: PackContext) -> list[Flowable]:
    base = ctx.results.baseline
    hours = role_hours(base, base)
    people = {r.code: sum(1 for s in ctx.plan.staff if s.role == r.code) for r in ctx.plan.roles}
    codes = [r.code for r in ctx.plan.roles if people[r.code] or hours[r.code].before]
    body = []
    for code in codes:
        h = hours[code]
        gap = round(h.capacity - h.before, 1)
        busy = fmt.percent(h.before / h.capacity) if h.capacity else "no staff"
        body.append([cell(ctx.para(ctx.role_title(code))), str(people[code]), fmt.hours(h.capacity),
                     fmt.hours(h.before), fmt.hours(gap), busy])
    w = FRAME_WIDTH
    table = grid([head("Role"), head("People", True), head("Capacity, hours a week", True),
                  head("Work, hours a week", True), head("Spare (+) or short (−)", True),
                  head("Work as share of capacity", True)],
                 body, [w * 0.32, w * 0.1, w * 0.145, w * 0.145, w * 0.145, w * 0.145])
    chart = paired_chart([PairRow(ctx.role_title(c), hours[c].capacity, hours[c].before) for c in codes],
                         FRAME_WIDTH, fmt.hours, ("Capacity (rota after leave)", "Work (demand)"))
    intro = (f"Capacity is each role's rostered hours less time off. {TIME_OFF_EXPLAINED} Work is "
             "the hours the practice's listed activities take that role each week (volume × share × minutes).")
    note = ("Spare or short = capacity − work, as printed. Hours are rounded so that each row adds up "
            "across, so a figure here may differ by 0.1 from the same figure in the text.")
    return [KeepTogether([Paragraph("Work against capacity, every role", H2), Paragraph(intro, BODY),
                          chart, Spacer(1, 6), table, Paragraph(note, NOTE)])]


def _unrostered(ctx: PackContext) -> list[Flowable]:
    base, a = ctx.results.baseline, ctx.plan.assumptions
    demand, capacity = base.demand.get(a.gp_role, 0.0), base.capacity.get(a.gp_role, 0.0)
    short = gp_shortfall_today(ctx)
    if short > 0:
        text = (f"GP work is {fmt.hours(demand)} hours a week against {fmt.hours(capacity)} hours of GP "
                f"capacity: <b>{fmt.hours(short)} hours a week ({fmt.hours(short / a.session_hours)} "
                f"sessions) of GP work is unrostered</b> ({demand:,.2f} − {capacity:,.2f} = {short:,.2f} before "
                "rounding). It is done in extra unpaid hours, by locums, or not done. Doing nothing leaves "
                f"it as it is: {fmt.money(cost_of_doing_nothing(ctx))} a year of GP time at "
                f"{gp_hour_working(ctx.plan)}, a cost in cash only where locums cover it.")
    else:
        text = (f"GP work ({fmt.hours(demand)} hours a week) fits within GP capacity "
                f"({fmt.hours(capacity)} hours): no GP work is unrostered.")
    story: list[Flowable] = [Paragraph("GP work that does not fit the rota", H2), Paragraph(text, BODY)]
    check = safety_check(ctx.plan, ctx.results.baseline)
    if check.gp_contacts_per_day is not None:
        story.append(Paragraph(safe_working_text(check.gp_contacts_per_day, check.safe_contacts_per_day,
                                                 "now"), BODY))
        story.append(Paragraph(SAFE_WORKING_FORMULA, NOTE))
    return story


SAFE_WORKING_FORMULA = (
    "Patient contacts a GP day = GP appointments, triage and visits a week ÷ GP days a week, where GP "
    "days = GP capacity hours ÷ (2 × session length). BMA safe working guidance: no more than 25 "
    "contacts a day.")


def safe_working_text(contacts: float, limit: float, when: str) -> str:
    over = contacts > limit
    verdict = (f"<b>above the safe limit of {limit:g}</b>" if over
               else f"within the safe limit of {limit:g}")
    return f"Each GP day has about {fmt.number(contacts, 1)} patient contacts {when}: {verdict}."
