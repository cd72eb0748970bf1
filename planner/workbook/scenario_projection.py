"""A scenario sheet's "Over the years" and "Safe working and rooms" blocks.

The projection (docs/MODEL-EXTENSIONS.md, E1/E2) is live: for year y (a column),
pay factor = (1 + pay_award_rate)^(y - 1), list factor = (1 + list_growth_rate)^(y - 1),
GP hours freed = hours freed a week x ramp-up share x list factor, costs and ARRS x pay factor,
value of GP time = hours x weeks_per_year x gp_hour_value x pay factor, and
net benefit = value - net cost - one-off costs (year 1 only), labelled as the value of GP
time less costs (not cash). The ramp-up share is written as the value Skillmix computes
(planner.engine.projection.ramp_share), shaded grey as a copied value.

GP contacts a day and room sessions needed (E3/E4, planner.engine.safety) are copied values too.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.engine import SafetyCheck
from planner.engine.projection import ramp_share
from planner.excel.cells import (
    HEADER_FILL,
    HEADER_FONT,
    HOURS,
    MONEY,
    PERCENT,
    YEAR,
    header_row,
    note_row,
    put_formula,
    put_number,
    put_text,
    section,
    total_style,
)
from planner.model import Hire, Plan, Scenario

#: (key, label, number format, formula for column {c} over the row numbers {key} and the
#: results cells {r_freed} {r_employment} {r_arrs} {r_one_off}; "" for the ramp-up values).
LINES: tuple[tuple[str, str, str, str], ...] = (
    ("ramp", "Share of full capacity (ramp-up)", PERCENT, ""),
    ("pay_factor", "Pay factor = (1 + pay award)^(year - 1)", "0.000", "=(1+pay_award_rate)^({c}{year}-1)"),
    ("list_factor", "List factor = (1 + list growth)^(year - 1)", "0.000",
     "=(1+list_growth_rate)^({c}{year}-1)"),
    ("hours", "GP hours freed a week", HOURS, "={r_freed}*{c}{ramp}*{c}{list_factor}"),
    ("value", "Value of GP time freed", MONEY, "={c}{hours}*weeks_per_year*gp_hour_value*{c}{pay_factor}"),
    ("employment", "Employment cost", MONEY, "={r_employment}*{c}{pay_factor}"),
    ("arrs", "ARRS reimbursement", MONEY, "={r_arrs}*{c}{pay_factor}"),
    ("net_cost", "Net cost", MONEY, "={c}{employment}-{c}{arrs}"),
    ("one_off", "One-off costs", MONEY, "=IF({c}{year}=1,{r_one_off},0)"),
    ("net_benefit", "Value of GP time less costs (not cash)", MONEY, "={c}{value}-{c}{net_cost}-{c}{one_off}"),
    ("cumulative", "Value of GP time less costs so far (not cash)", MONEY, ""),
)
RIGHT = Alignment(horizontal="right")
PROJECTION_ROWS = len(LINES) + 3  # section title, year header and note included
SAFETY_ROWS = 9


def ramp_months(scenario: Scenario) -> float:
    """The longest ramp-up of the scenario's hires (the projection's R)."""
    return max((c.ramp_up_months for c in scenario.changes if isinstance(c, Hire)), default=0.0)


def write_projection(ws: Worksheet, plan: Plan, scenario: Scenario, title_row: int,
                     results: dict[str, str]) -> dict[str, list[str]]:
    """The projection from ``title_row``; returns its cells (on this sheet) by line and year."""
    years = int(plan.assumptions.projection_years)
    section(ws, title_row, f"Over the next {years} years (pay awards, list growth and ramp-up)")
    rows = {"year": title_row + 1} | {key: title_row + 2 + i for i, (key, *_) in enumerate(LINES)}
    header_row(ws, rows["year"], ["Year"])
    r = ramp_months(scenario)
    out: dict[str, list[str]] = {key: [] for key, *_ in LINES}
    for y in range(1, years + 1):
        col = 1 + y
        c = get_column_letter(col)
        year = put_number(ws.cell(row=rows["year"], column=col), y, YEAR)
        year.font, year.fill = HEADER_FONT, HEADER_FILL
        put_number(ws.cell(row=rows["ramp"], column=col), ramp_share(12 * (y - 1), 12 * y, r), PERCENT,
                   copied=True)
        for key, _, fmt, formula in LINES[1:-1]:
            put_formula(ws.cell(row=rows[key], column=col), formula.format(c=c, **rows, **results), fmt)
        earlier = f"{get_column_letter(col - 1)}{rows['cumulative']}+" if y > 1 else ""
        so_far = f"={earlier}{c}{rows['net_benefit']}"
        put_formula(ws.cell(row=rows["cumulative"], column=col), so_far, MONEY)
        for key, *_ in LINES:
            out[key].append(f"{c}{rows[key]}")
    for key, label, *_ in LINES:
        put_text(ws.cell(row=rows[key], column=1), label)
    for key in ("net_cost", "net_benefit"):
        total_style(ws, rows[key], 1, 1 + years)
    ws.cell(row=rows["cumulative"], column=1).font = HEADER_FONT
    note_row(ws, rows["cumulative"] + 1, _ramp_note(r), max(6, 1 + years))
    return out


def _ramp_note(months: float) -> str:
    if months <= 0:
        return ("Ramp-up: the new staff work at full capacity from the start (no ramp-up set in "
                "Skillmix). Pay award and list growth are on the Assumptions sheet.")
    return (f"Ramp-up share (grey: values copied from Skillmix, they do not recalculate): the average "
            f"over the year's months of min(1, month / {months:g}), {months:g} months being the longest "
            "ramp-up of the new staff; change it in Skillmix. Pay award and list growth are on the "
            "Assumptions sheet.")


def write_safety(ws: Worksheet, title_row: int, before: SafetyCheck, after: SafetyCheck) -> dict[str, str]:
    """Safe working and rooms from ``title_row`` (values, with the formula in a note)."""
    section(ws, title_row, "Safe working and rooms")
    header_row(ws, title_row + 1, ("", "Before", "After"), numbers_from=2)
    r = title_row + 2
    _pair(ws, r, "GP patient contacts a day", before.gp_contacts_per_day, after.gp_contacts_per_day)
    put_text(ws.cell(row=r + 1, column=1), "Safe level (BMA guidance)")
    for col in (2, 3):
        put_formula(ws.cell(row=r + 1, column=col), "=safe_contacts_per_gp_day", "0")
        put_formula(ws.cell(row=r + 2, column=col),
                    f'=IF(ISNUMBER({_c(col)}{r}),IF({_c(col)}{r}>{_c(col)}{r + 1},"Yes","No"),"–")'
                    ).alignment = RIGHT
    put_text(ws.cell(row=r + 2, column=1), "Over the safe level?")
    _pair(ws, r + 3, "Consulting-room sessions needed a week", before.room_sessions_needed,
          after.room_sessions_needed)
    put_text(ws.cell(row=r + 4, column=1), "Consulting-room sessions available a week")
    for col in (2, 3):
        put_formula(ws.cell(row=r + 4, column=col),
                    '=IF(consulting_rooms>0,consulting_rooms*room_sessions_per_week,"not recorded")', HOURS)
        put_formula(ws.cell(row=r + 5, column=col),
                    f'=IF(ISNUMBER({_c(col)}{r + 4}),MAX(0,{_c(col)}{r + 3}-{_c(col)}{r + 4}),"–")', HOURS)
    put_text(ws.cell(row=r + 5, column=1), "Room sessions short a week")
    note_row(ws, r + 6, "Grey: values copied from Skillmix, they do not recalculate. GP contacts a day "
             "= GP items a week in appointments, triage and visits / GP days a week, GP days = GP "
             "capacity / (2 x session length). Room sessions needed = hours a week in appointments and "
             "triage, all roles / session length.", 6)
    return {"contacts_before": f"B{r}", "contacts_after": f"C{r}"}


def _pair(ws: Worksheet, row: int, label: str, before: float | None, after: float | None) -> None:
    put_text(ws.cell(row=row, column=1), label)
    for col, value in ((2, before), (3, after)):
        if value is None:
            put_text(ws.cell(row=row, column=col), "–").alignment = RIGHT
        else:
            put_number(ws.cell(row=row, column=col), value, HOURS, copied=True)


def _c(col: int) -> str:
    return str(get_column_letter(col))
