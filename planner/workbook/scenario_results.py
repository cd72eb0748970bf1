"""A scenario sheet's Results: the MODEL.md figures and, beside them, what the freed GP time
really becomes in cash (extension E7, docs/MODEL-EXTENSIONS.md). All are live formulas.

MODEL.md's net benefit and payback price every freed GP hour at gp_hour_value, so they are
labelled as the value of GP time, not cash. E7, over the time-by-role table below:
shortfall today = MAX(0, GP demand before - GP capacity before);
hours absorbing it = MIN(MAX(0, hours freed), shortfall today);
hours available = MAX(0, hours freed) - hours absorbing it;
cash saved = (hours absorbing x locum_share_of_shortfall + hours available x [the freed time
becomes fewer locum sessions]) x weeks_per_year x gp_hour_value;
cash effect = cash saved - net cost; cash payback = 12 x one-off / cash effect when positive.
A divisor of 0.000001 or less counts as none (planner.engine.problems.NEGLIGIBLE), as in the engine.
What the freed time becomes is an input cell (a list to choose from) the 1/0 line reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from planner.excel.cells import (
    HEADER_FONT,
    HOURS,
    INPUT_FILL,
    MONEY,
    MONEY_PENCE,
    WHOLE,
    WRAP,
    note_row,
    put_formula,
    put_text,
    section,
    total_style,
)
from planner.model import FREED_TIME_USES
from planner.present import figures as present_figures

USE, LOCUM_FLAG = "freed_time_use", "becomes_fewer_locum_sessions"
USE_LOCUMS = FREED_TIME_USES["locums"]
NOT_DECIDED = "Not decided yet"
USE_CHOICES = (*FREED_TIME_USES.values(), NOT_DECIDED)
NOTE_COLS = 6
MONTHS = '0.0 "months"'
RIGHT = Alignment(horizontal="right")


@dataclass(frozen=True)
class ResultLine:
    """One figure: ``formula`` refers to earlier lines by key ({net_cost_per_year}) and to the
    cells {gp_before} {gp_after} {gp_capacity_before} {gp_capacity_after} {employment} {arrs} {one_off}
    {supervision} {hours_cost}.
    A figure of planner.present.figures is labelled as there; the working lines of this sheet
    (the 1/0 switch) carry their own words in ``own_label``."""

    key: str
    fmt: str
    formula: str
    total: bool = False
    own_label: str = ""

    @property
    def label(self) -> str:
        return self.own_label or present_figures.label(self.key)

    @property
    def printed_label(self) -> str:
        """The label, indented under the figure it is a part of ("of which ...")."""
        part = not self.own_label and present_figures.figure(self.key).part_of
        return ("    " if part else "") + self.label


_GP_TIME = (
    ResultLine("gp_hours_freed_per_week", HOURS, "={gp_before}-{gp_after}"),
    ResultLine("gp_gap_closed_per_week", HOURS,
               "=({gp_before}-{gp_capacity_before})-({gp_after}-{gp_capacity_after})"),
    ResultLine("gp_hours_absorbing_shortfall", HOURS,
               "=MIN(MAX(0,{gp_hours_freed_per_week}),{gp_shortfall_today})"),
    ResultLine("gp_hours_available", HOURS,
               "=MAX(0,{gp_hours_freed_per_week})-{gp_hours_absorbing_shortfall}"),
    ResultLine("gp_sessions_freed_per_week", HOURS, "={gp_hours_freed_per_week}/session_hours"),
    # printed only when some freed hours are free for the chosen use, as in the app and the pack
    # (planner.present.figures): hours that cover today's unrostered work release no appointment
    ResultLine("gp_appointments_released_per_year", WHOLE,
               "=IF(ROUND(MAX(0,{gp_hours_freed_per_week}),1)-ROUND({gp_hours_absorbing_shortfall},1)>0.000001,"
               '{gp_hours_freed_per_week}*60/gp_appointment_minutes*weeks_per_year,"–")'),
    ResultLine("gp_supervision_hours_per_week", HOURS, "={supervision}"),
    ResultLine("gp_shortfall_today", HOURS, "=MAX(0,{gp_before}-{gp_capacity_before})"),
)
_MONEY = (
    ResultLine("employment_cost_per_year", MONEY, "={employment}+{hours_cost}"),
    ResultLine("arrs_reimbursement_per_year", MONEY, "={arrs}"),
    ResultLine("net_cost_per_year", MONEY,
               "={employment_cost_per_year}-{arrs_reimbursement_per_year}", total=True),
    ResultLine("one_off_costs", MONEY, "={one_off}"),
    ResultLine("full_cost_per_year", MONEY, "={employment_cost_per_year}"),
    ResultLine("net_cost_per_gp_hour_closed", MONEY_PENCE,
               '=IF({gp_gap_closed_per_week}>0.000001,'
               '{net_cost_per_year}/({gp_gap_closed_per_week}*weeks_per_year),"–")'),
    ResultLine("full_cost_per_gp_hour_closed", MONEY_PENCE,
               '=IF({gp_gap_closed_per_week}>0.000001,'
               '{full_cost_per_year}/({gp_gap_closed_per_week}*weeks_per_year),"–")'),
    ResultLine("cost_per_appointment_released", MONEY_PENCE,
               '=IF(ISNUMBER({gp_appointments_released_per_year}),IF({gp_appointments_released_per_year}>0.000001,'
               '{net_cost_per_year}/{gp_appointments_released_per_year},"–"),"–")'),
)
_VALUE = (
    ResultLine("gp_time_value_per_year", MONEY,
               "={gp_hours_freed_per_week}*weeks_per_year*gp_hour_value"),
    ResultLine("net_benefit_per_year", MONEY,
               "={gp_time_value_per_year}-{net_cost_per_year}", total=True),
    ResultLine("payback_months", MONTHS,
               '=IF({net_benefit_per_year}>0.000001,12*{one_off_costs}/{net_benefit_per_year},"–")'),
)
_CASH = (
    ResultLine(USE, "General", ""),
    ResultLine(LOCUM_FLAG, "0", f'=IF({{{USE}}}="{USE_LOCUMS}",1,0)',
               own_label="Becomes fewer locum sessions? (1 yes, 0 no)"),
    ResultLine("cash_saving_per_year", MONEY,
               "=({gp_hours_absorbing_shortfall}*locum_share_of_shortfall"
               f"+{{gp_hours_available}}*{{{LOCUM_FLAG}}})*weeks_per_year*gp_hour_value"),
    ResultLine("cash_effect_per_year", MONEY,
               "={cash_saving_per_year}-{net_cost_per_year}", total=True),
    ResultLine("cash_payback_months", MONTHS,
               '=IF({cash_effect_per_year}>0.000001,12*{one_off_costs}/{cash_effect_per_year},"–")'),
)
GP_TIME_NOTE = ("Freed hours that absorb today's unrostered work = the smaller of the hours freed and "
                "the hours short today; the rest are available for the chosen use. Hours print to one "
                "decimal place but the formulas use them unrounded, so printed lines may add up 0.1 apart.")
VALUE_NOTE = ("Every freed GP hour priced at the value of one freed GP hour (Assumptions): a "
              "measure of time, not money the practice banks.")
CASH_NOTE = ("Cash saved = (freed hours that absorb today's unrostered work x the share of it paid "
             "as locum sessions (Assumptions) + freed hours available x the 1 or 0 above) x open weeks "
             "a year x value of a GP hour. Cash effect below 0: the option costs the practice cash.")
#: (group title, its lines, a note printed under it or "").
RESULT_GROUPS: tuple[tuple[str, tuple[ResultLine, ...], str], ...] = (
    ("GP time", _GP_TIME, GP_TIME_NOTE),
    ("Money", _MONEY, ""),
    ("Value of GP time (not cash)", _VALUE, VALUE_NOTE),
    ("Cash: what the freed time really saves", _CASH, CASH_NOTE),
)
RESULT_LABELS: dict[str, tuple[str, str]] = {
    line.key: (line.label, line.fmt) for _, lines, _ in RESULT_GROUPS for line in lines}
#: Keys of the lines printed as totals (bold, a line above).
RESULT_TOTALS = frozenset(line.key for _, lines, _ in RESULT_GROUPS for line in lines if line.total)
#: Rows the results take below their section title.
RESULT_ROWS = sum(1 + len(lines) + (1 if note else 0) for _, lines, note in RESULT_GROUPS)


def write_results(ws: Worksheet, title_row: int, cells: dict[str, str], use: str) -> dict[str, str]:
    """The Results from ``title_row`` (its section title); ``use`` is the scenario's
    freed_time_use key. Returns each figure's cell on this sheet by key."""
    section(ws, title_row, "Results")
    out = _line_cells(title_row)
    places = dict(cells) | out  # a formula may refer to a line printed below it
    row = title_row
    for group, lines, note in RESULT_GROUPS:
        row += 1
        put_text(ws.cell(row=row, column=1), group).font = HEADER_FONT
        for line in lines:
            row += 1
            put_text(ws.cell(row=row, column=1), line.printed_label).alignment = WRAP
            if line.key == USE:
                _use_cell(ws, row, use)
            else:
                cell = put_formula(ws.cell(row=row, column=2), line.formula.format(**places), line.fmt)
                cell.alignment = RIGHT  # a "–" (no figure) lines up with the numbers
            if line.total:
                total_style(ws, row, 1, 2)
        if note:
            row += 1
            note_row(ws, row, note, NOTE_COLS)
    return out


def _line_cells(title_row: int) -> dict[str, str]:
    """The cell of each figure, rows counted as ``write_results`` writes them."""
    out, row = {}, title_row
    for _, lines, note in RESULT_GROUPS:
        row += 1
        for line in lines:
            row += 1
            out[line.key] = f"B{row}"
        row += 1 if note else 0
    return out


def _use_cell(ws: Worksheet, row: int, use: str) -> None:
    """What the freed time becomes: an input cell that offers the choices as a list."""
    cell = put_text(ws.cell(row=row, column=2), FREED_TIME_USES.get(use, NOT_DECIDED))
    cell.fill, cell.alignment = INPUT_FILL, WRAP
    choices = DataValidation(type="list", formula1='"' + ",".join(USE_CHOICES) + '"', allow_blank=False,
                             showErrorMessage=True, error="Choose one of the list.")
    ws.add_data_validation(choices)
    choices.add(cell.coordinate)
