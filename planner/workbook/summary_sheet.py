"""The Summary sheet: a one-page answer. Each option's headline figures beside doing nothing
(which frees nothing, costs nothing new and keeps today's shortfall), then today's GP time
and where it goes.

Each figure refers to the cell that computes it on the option's or the Workload sheet. The
MODEL.md net benefit and payback are labelled as the value of GP time (not cash); the cash
lines and the cost of doing nothing are extension E7's (planner.workbook.scenario_results).
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from planner.engine import safety_check
from planner.engine.results import PlanResults
from planner.estimates import option_ranges
from planner.excel.cells import (
    COPIED_FILL,
    HEADER_FONT,
    HOURS,
    MONEY,
    PERCENT,
    WRAP,
    colour_key,
    header_row,
    note_row,
    put_formula,
    put_number,
    put_text,
    section,
    title,
    total_style,
    widths,
)
from planner.model import CATEGORIES, CATEGORY_LABELS, Plan
from planner.present import figures as present_figures
from planner.present.names import DO_NOTHING
from planner.workbook.labels import role_labels
from planner.workbook.layout import finish
from planner.workbook.scenario_results import RESULT_LABELS, RESULT_TOTALS, USE
from planner.workbook.scenario_sheet import ScenarioRefs
from planner.workbook.workload_sheet import WorkloadRefs

SHEET = "Summary"
RIGHT = Alignment(horizontal="right")
RIGHT_WRAP = Alignment(horizontal="right", vertical="top", wrap_text=True)
HEADER_ROW = 4
OVER_YEARS, SHORT, CONTACTS = "net_benefit_over_projection", "short_of_time_hours", "gp_contacts_per_day_after"
NOTHING_COST = "cost_of_doing_nothing_per_year"
NO_FIGURE = ("cost_per_appointment_released", "payback_months", "cash_payback_months",
             "net_cost_per_gp_hour_closed", "full_cost_per_gp_hour_closed")
PORTRAIT_MAX = 140.0  # up to three options print portrait: the page is tall, not wide
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("GP time", ("gp_gap_closed_per_week", "gp_hours_freed_per_week", "gp_sessions_freed_per_week",
                 "gp_appointments_released_per_year", "gp_supervision_hours_per_week",
                 "gp_shortfall_today", "gp_hours_absorbing_shortfall", "gp_hours_available")),
    ("Money", ("employment_cost_per_year", "arrs_reimbursement_per_year", "net_cost_per_year",
               "net_cost_per_gp_hour_closed", "full_cost_per_year", "full_cost_per_gp_hour_closed",
               "one_off_costs", "cost_per_appointment_released")),
    ("Value of GP time (not cash)", ("gp_time_value_per_year", "net_benefit_per_year", "payback_months",
                                     OVER_YEARS)),
    ("Cash: what the freed time really saves", ("cash_saving_per_year", "cash_effect_per_year",
                                                "cash_payback_months", NOTHING_COST)),
    ("Safe working", (SHORT, CONTACTS)),
)
NOTE = ("{patients:,} registered patients. Each option beside doing nothing. Figures are live formulas "
        "over the yellow inputs (Assumptions, Team, Workload and option sheets); grey cells are values "
        "copied from Skillmix, which do not recalculate. The value of GP time prices each freed GP hour "
        "at the value of a GP hour (Assumptions): it is not cash; the cash lines show what the practice "
        "would bank. Hours print to one decimal place but the formulas use them unrounded, so a sum "
        "worked from the printed figures may differ slightly.")
CASH_NOTE = ("Cash saved counts only freed hours that end paid locum sessions: the hours available, when "
             "the option's freed time becomes fewer locum sessions, plus the share of the hours absorbing "
             "today's unrostered work that is paid as locum sessions (Today, below). The rest only relieve "
             "GPs of work they now do beyond the rota: time, not cash.")
Refs = dict[str, dict[str, str]]


def write_summary(ws: Worksheet, plan: Plan, results: PlanResults, work: WorkloadRefs,
                  scenarios: list[tuple[str, ScenarioRefs]]) -> tuple[Refs, dict[str, str]]:
    """Fill the Summary sheet; returns its cells by scenario name and key, and doing nothing's."""
    p, a = plan.practice, plan.assumptions
    last_col = 2 + len(scenarios)
    title(ws, p.name, NOTE.format(patients=p.list_size), last_col)
    colour_key(ws, 3)
    recommended = {s.name for s in plan.scenarios if s.recommended}
    header_row(ws, HEADER_ROW, ["Option", DO_NOTHING] + [  # (numbers under every option)
        name + (" (recommended)" if name in recommended else "") for name, _ in scenarios], numbers_from=2)
    out: Refs = {name: {} for name, _ in scenarios}
    _uses(ws, scenarios, out)
    labels = _labels(a.projection_years, a.safe_contacts_per_gp_day)
    gp = a.gp_role
    nothing: dict[str, str | float | None] = {
        SHORT: f"={work.short_total}", CONTACTS: safety_check(plan, results.baseline).gp_contacts_per_day,
        "gp_shortfall_today": f"=MAX(0,{work.demand[gp]}-{work.capacity[gp]})"}
    done: dict[str, str] = {}
    row = HEADER_ROW + 2
    for group, keys in GROUPS:
        put_text(ws.cell(row=row, column=1), group).font = HEADER_FONT
        for key in keys:
            row += 1
            if key == NOTHING_COST:
                nothing[key] = f"={done['gp_shortfall_today'].split('!')[1]}*weeks_per_year*gp_hour_value"
            _line(ws, row, labels[key], key, nothing, scenarios, out, done)
        if key == NOTHING_COST:
            row += 1
            note_row(ws, row, CASH_NOTE, last_col)
        row += 2
    row = _ranges(ws, plan, results, [name for name, _ in scenarios], row)
    _today(ws, plan, work, row)
    widths(ws, [56] + [20] * (last_col - 1))
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    finish(ws, p.name, f"{HEADER_ROW}:{HEADER_ROW}", one_page=True, portrait_max=PORTRAIT_MAX)
    return out, done


def _uses(ws: Worksheet, scenarios: list[tuple[str, ScenarioRefs]], out: Refs) -> None:
    """What each option's freed GP time becomes: the input cell on its sheet."""
    row = HEADER_ROW + 1
    put_text(ws.cell(row=row, column=1), "What the freed GP time becomes")
    put_text(ws.cell(row=row, column=2), "–").alignment = RIGHT_WRAP
    for col, (name, refs) in enumerate(scenarios, start=3):
        put_formula(ws.cell(row=row, column=col), f"={refs.results[USE]}").alignment = RIGHT_WRAP
        out[name][USE] = f"'{SHEET}'!{ws.cell(row=row, column=col).coordinate}"


def _line(ws: Worksheet, row: int, label: tuple[str, str], key: str, nothing: dict[str, str | float | None],
          scenarios: list[tuple[str, ScenarioRefs]], out: Refs, done: dict[str, str]) -> None:
    """One figure: doing nothing's in column B, each option's after it."""
    text, fmt = label
    put_text(ws.cell(row=row, column=1), text).alignment = WRAP
    copied = key == CONTACTS
    done[key] = _cell(ws, row, 2, nothing.get(key, "–" if key in NO_FIGURE else 0), fmt, copied)
    for col, (name, refs) in enumerate(scenarios, start=3):
        source = _source(refs, key)
        out[name][key] = _cell(ws, row, col, f"={source}" if source else "–", fmt, copied)
    if key in RESULT_TOTALS or key == OVER_YEARS:
        total_style(ws, row, 1, 2 + len(scenarios))


def _labels(years: int, safe: float) -> dict[str, tuple[str, str]]:
    labels = dict(RESULT_LABELS)
    labels[OVER_YEARS] = (present_figures.label(OVER_YEARS).format(years=years), MONEY)
    labels[SHORT] = ("Work with no time for it, all roles (hours a week)", HOURS)
    labels[CONTACTS] = (present_figures.label(CONTACTS), HOURS)
    labels[NOTHING_COST] = (present_figures.label(NOTHING_COST), MONEY)
    return labels


def _source(refs: ScenarioRefs, key: str) -> str | None:
    if key == OVER_YEARS:
        return refs.projection["cumulative"][-1]
    if key == SHORT:
        return refs.short_total
    if key == CONTACTS:
        return refs.contacts_after
    return refs.results.get(key)


def _cell(ws: Worksheet, row: int, col: int, value: str | float | None, fmt: str, copied: bool = False) -> str:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str) and value.startswith("="):
        put_formula(cell, value, fmt)
    elif isinstance(value, str) or value is None:
        put_text(cell, value or "–")
    else:
        put_number(cell, value, fmt)
    if copied:
        cell.fill = COPIED_FILL
    cell.alignment = RIGHT
    return f"'{SHEET}'!{cell.coordinate}"


RANGE_KEYS = ("range_gp_gap_closed", "range_net_cost", "range_cash_effect", "estimated_inputs")
RANGES_NOTE = ("Copied from Skillmix (grey): each figure with every Skillmix estimate behind it varied within "
               "its spread, 2,000 times; 8 times in 10 it falls in the range shown (docs: E15).")


def _ranges(ws: Worksheet, plan: Plan, results: PlanResults, names: list[str], row: int) -> int:
    """The likely ranges of each option (E15), as text copied from Skillmix; returns the next row."""
    put_text(ws.cell(row=row, column=1), present_figures.RANGES).font = HEADER_FONT
    ranged = option_ranges(plan, results.scenarios)
    for key in RANGE_KEYS:
        row += 1
        figure = present_figures.figure(key)
        put_text(ws.cell(row=row, column=1), figure.label).alignment = WRAP
        _cell(ws, row, 2, "–", "General", copied=True)
        for col, name in enumerate(names, start=3):
            _cell(ws, row, col, figure.show(ranged[name], plan), "General", copied=True)
    note_row(ws, row + 1, RANGES_NOTE, 2 + len(names))
    return row + 3


def _today(ws: Worksheet, plan: Plan, work: WorkloadRefs, row: int) -> None:
    gp = plan.assumptions.gp_role
    section(ws, row, "Today (hours a week)")
    demand, capacity = work.demand[gp], work.capacity[gp]
    today = (("GP hours needed a week", f"={demand}", HOURS),
             ("GP hours available a week", f"={capacity}", HOURS),
             ("GP hours short a week (work above the rota)", f"=MAX(0,{demand}-{capacity})", HOURS),
             ("Share of it paid as locum sessions (Assumptions)", "=locum_share_of_shortfall", PERCENT),
             ("GP hours on bureaucracy a week", f"={work.gp_bureaucracy}", HOURS))
    for offset, (label, formula, fmt) in enumerate(today, start=1):
        put_text(ws.cell(row=row + offset, column=1), label)
        put_formula(ws.cell(row=row + offset, column=2), formula, fmt)
    row += len(today) + 2
    section(ws, row, f"Where GP time goes today ({role_labels(plan).get(gp, gp)}, hours a week)")
    for offset, cat in enumerate(CATEGORIES, start=1):
        put_text(ws.cell(row=row + offset, column=1), CATEGORY_LABELS[cat])
        put_formula(ws.cell(row=row + offset, column=2), f"={work.gp_by_category[cat]}", HOURS)
    total = row + len(CATEGORIES) + 1
    put_text(ws.cell(row=total, column=1), "All GP work")
    put_formula(ws.cell(row=total, column=2), f"=SUM(B{row + 1}:B{total - 1})", HOURS)
    total_style(ws, total, 1, 2)
