"""The Assumptions sheet: every figure with its value, unit, source, link and year.

The figures the workbook's formulas use are named cells (``employer_ni_rate``,
``wte_hours``...), so a partner can change one and see every total move.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from planner.audit import avoidable_shares
from planner.audit.vocab import SHARE_LABELS
from planner.excel.cells import (
    HOURS,
    MONEY,
    MONEY_PENCE,
    PERCENT,
    PERCENT_2,
    WRAP,
    header_row,
    put_formula,
    put_number,
    put_text,
    sheet_ref,
    title,
    total_style,
    widths,
)
from planner.model import Plan
from planner.workbook.labels import role_label
from planner.workbook.layout import finish
from planner.workbook.sources import FigureSource, figure_source

SHEET = "Assumptions"
HEADERS = ("Assumption", "Value", "Unit", "Default", "Set by", "Source", "Link", "Year")
VALUE_COL = 2
FIRST_ROW = 5


@dataclass(frozen=True)
class AssumptionLine:
    key: str  # also the Excel name of the value cell when ``named``
    label: str
    unit: str
    number_format: str
    named: bool = True  # formulas refer to it
    editable: bool = True  # shaded: changing it in the workbook moves the totals


LINES: tuple[AssumptionLine, ...] = (
    AssumptionLine("employer_ni_rate", "Employer National Insurance rate", "of pay above the threshold",
                   PERCENT),
    AssumptionLine("employer_ni_threshold", "Employer NI threshold", "£ a person a year", MONEY),
    AssumptionLine("employer_pension_rate", "Employer pension contribution", "of pay", PERCENT_2),
    AssumptionLine("wte_hours", "Full-time (1 WTE) hours", "hours a week", "0.00"),
    AssumptionLine("session_hours", "GP session length", "hours", "0.00"),
    AssumptionLine("gp_appointment_minutes", "GP appointment length", "minutes", "0.0"),
    AssumptionLine("gp_hour_value", "Value of one freed GP hour", "£ an hour", MONEY_PENCE),
    AssumptionLine("locum_share_of_shortfall", "Share of today's unrostered GP work paid as locum sessions",
                   "of the GP hours short today (0: GPs stay late, unpaid)", PERCENT),
    AssumptionLine("weeks_per_year", "Open weeks a year", "weeks", "0.0"),
    AssumptionLine("pay_award_rate", "Yearly pay award (projection)", "a year", PERCENT),
    AssumptionLine("list_growth_rate", "Yearly list growth (projection)", "a year", PERCENT),
    AssumptionLine("projection_years", "Years projected", "years (one column each: change it in Skillmix)",
                   "0", editable=False),
    AssumptionLine("safe_contacts_per_gp_day", "Safe patient contacts per GP a day", "contacts", "0"),
    AssumptionLine("room_sessions_per_week", "Sessions a consulting room can host", "a week", HOURS),
    AssumptionLine("consulting_rooms", "Consulting rooms", "rooms (0: not recorded)", "0"),
)

#: The Excel names the other sheets' formulas use.
NAMED = tuple(line.key for line in LINES if line.named)
PRACTICE_KEYS = ("weeks_per_year", "consulting_rooms")  # settings of the practice, not Assumptions


def assumption_value(plan: Plan, key: str) -> float:
    if key in PRACTICE_KEYS:
        return float(getattr(plan.practice, key))
    return float(getattr(plan.assumptions, key))


def write_assumptions(ws: Worksheet, plan: Plan) -> None:
    """Fill the Assumptions sheet and define the names the formulas use."""
    from planner.reference import edition_line

    title(ws, "Assumptions", "Yellow values are inputs: change one and the totals that use it "
          "recalculate. Each value is a named cell (Formulas > Name Manager) that the other sheets' "
          f"formulas use by name. Reference figures: {edition_line(plan)}. Employer NI is costed in "
          "full: the Employment Allowance an eligible practice can set against its NI bill is not "
          "deducted. No indemnity cost: NHS work is covered by the state Clinical Negligence Scheme "
          "for General Practice.", 6)
    header_row(ws, FIRST_ROW - 1, HEADERS)
    row = FIRST_ROW
    for line in LINES:
        _line(ws, row, line, assumption_value(plan, line.key), figure_source(plan, line.key))
        if line.named:
            ref = sheet_ref(SHEET, row, VALUE_COL)
            ws.parent.defined_names[line.key] = DefinedName(line.key, attr_text=ref)
        row += 1
    put_text(ws.cell(row=row, column=1), "GP role (whose time is GP time)")
    put_text(ws.cell(row=row, column=VALUE_COL), role_label(plan, plan.assumptions.gp_role)).alignment = WRAP
    put_text(ws.cell(row=row, column=3), "change it in Skillmix, not here").alignment = WRAP
    _avoidable(ws, row + 2, plan)
    widths(ws, (40, 11, 26, 11, 15, 44, 36, 16))
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=2)
    finish(ws, plan.practice.name, f"{FIRST_ROW - 1}:{FIRST_ROW - 1}")


def _line(ws: Worksheet, row: int, line: AssumptionLine, value: float, src: FigureSource) -> None:
    put_text(ws.cell(row=row, column=1), line.label).alignment = WRAP
    put_number(ws.cell(row=row, column=VALUE_COL), value, line.number_format,
               editable=line.named and line.editable)
    put_text(ws.cell(row=row, column=3), line.unit).alignment = WRAP
    put_number(ws.cell(row=row, column=4), src.default, line.number_format)
    put_text(ws.cell(row=row, column=5), "Changed by you" if src.overridden else "Default")
    put_text(ws.cell(row=row, column=6), src.source).alignment = WRAP
    put_text(ws.cell(row=row, column=7), src.url).alignment = WRAP
    put_text(ws.cell(row=row, column=8), src.year).alignment = WRAP


def _avoidable(ws: Worksheet, row: int, plan: Plan) -> None:
    shares = avoidable_shares(plan)
    header_row(ws, row, ("Avoidable GP appointments: could have gone to", "Share", "Unit", "", "",
                         "Source"))
    for key, label in SHARE_LABELS.items():
        row += 1
        put_text(ws.cell(row=row, column=1), label)
        put_number(ws.cell(row=row, column=2), shares.shares.get(key, 0.0), PERCENT)
        put_text(ws.cell(row=row, column=3), "of GP appointments")
        put_text(ws.cell(row=row, column=6), shares.source).alignment = WRAP
    row += 1
    put_text(ws.cell(row=row, column=1), "Total potentially avoidable")
    first = row - len(SHARE_LABELS)
    put_formula(ws.cell(row=row, column=2), f"=SUM(B{first}:B{row - 1})", PERCENT)
    total_style(ws, row, 1, 6)
