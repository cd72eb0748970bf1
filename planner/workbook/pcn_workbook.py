"""The PCN workbook: the network's inputs, practices, and a sheet per option (today first) whose
team costs, ARRS, allocation, headroom and each practice's recharge are live formulas across the
practices, so a PCN board member can change a salary or a session in Excel and see them move.
Figures from the practice engine (GP hours, year in post) are copied values, shaded grey."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.engine.pcn import PcnResult, compute_pcn
from planner.excel.cells import (
    HOURS,
    MONEY,
    addr,
    colour_key,
    header_row,
    put_formula,
    put_number,
    put_text,
    safe_sheet_name,
    save_atomically,
    section,
    title,
    total_style,
    widths,
)
from planner.files.output import check_target
from planner.model import Pcn
from planner.present.pcn import NETWORK_LINES, line

INPUTS = "PCN"
#: rows of the PCN sheet's inputs
RATE, NI, THRESHOLD, PENSION = 4, 5, 6, 7
PRACTICE_ROW = 11  # first practice row on the PCN sheet (code, name, list size, weighted population)
TEAM_COLS = ("Name", "Role", "New post", "WTE", "Salary", "Pay", "Employer NI", "Pension", "Employment cost",
             "ARRS maximum per WTE", "ARRS claimable", "ARRS a year", "Share of the year", "ARRS this year",
             "Cost above ARRS")


@dataclass
class PcnSheetRefs:
    allocation: str
    committed: str
    planned: str
    headroom: str
    recharge: dict[str, str]  # practice code -> its recharge cell


def _ref(row: int, col: int, sheet: str = INPUTS) -> str:
    return f"'{sheet}'!{addr(row, col)}"


def _inputs(ws: Worksheet, pcn: Pcn) -> None:
    title(ws, f"{pcn.name} ({pcn.code}): ARRS {pcn.contract_year}", "Yellow cells are inputs; change them "
          "and every option sheet recalculates.", 6)
    colour_key(ws, 3)
    a = pcn.assumptions
    for row, label, value, fmt in ((RATE, "ARRS sum per weighted patient (£)", pcn.arrs_per_weighted_patient, "0.000"),
                                   (NI, "Employer NI rate", a.employer_ni_rate, "0.00%"),
                                   (THRESHOLD, "Employer NI threshold (£ a year)", a.employer_ni_threshold, MONEY),
                                   (PENSION, "Employer pension rate", a.employer_pension_rate, "0.00%")):
        put_text(ws.cell(row=row, column=1), label)
        put_number(ws.cell(row=row, column=2), value, fmt, editable=True)
    section(ws, PRACTICE_ROW - 2, "Member practices")
    header_row(ws, PRACTICE_ROW - 1, ["Code", "Practice", "List size", "Weighted population"], numbers_from=3)
    for i, p in enumerate(pcn.practices):
        row = PRACTICE_ROW + i
        put_text(ws.cell(row=row, column=1), p.code)
        put_text(ws.cell(row=row, column=2), p.name)
        put_number(ws.cell(row=row, column=3), p.list_size, "#,##0")
        put_number(ws.cell(row=row, column=4), p.weighted_population, "#,##0", editable=True)
    widths(ws, [38, 30, 12, 14])


def _team_row(ws: Worksheet, row: int, c: object, pcn: Pcn, new: bool) -> None:
    from planner.engine.pcn import StaffCost

    assert isinstance(c, StaffCost)
    s, role = c.staff, pcn.role(c.staff.role)
    salary = s.annual_salary if s.annual_salary is not None else (role.annual_salary if role else 0.0)
    cap = role.arrs_cap if role and role.arrs_cap is not None else 0.0
    put_text(ws.cell(row=row, column=1), s.name)
    put_text(ws.cell(row=row, column=2), role.title if role else s.role)
    put_text(ws.cell(row=row, column=3), "yes" if new else "")
    put_number(ws.cell(row=row, column=4), s.wte, "0.00", editable=True)
    put_number(ws.cell(row=row, column=5), salary, MONEY, editable=True)
    f = {col: addr(row, col, absolute=False) for col in range(4, 16)}
    put_formula(ws.cell(row=row, column=6), f"={f[5]}*{f[4]}", MONEY)
    put_formula(ws.cell(row=row, column=7), f"={_ref(NI, 2)}*MAX(0,{f[6]}-{_ref(THRESHOLD, 2)})", MONEY)
    put_formula(ws.cell(row=row, column=8), f"={_ref(PENSION, 2)}*{f[6]}", MONEY)
    put_formula(ws.cell(row=row, column=9), f"={f[6]}+{f[7]}+{f[8]}", MONEY)
    put_number(ws.cell(row=row, column=10), cap, MONEY, editable=True)
    put_number(ws.cell(row=row, column=11), 1 if c.claimable else 0, "0", editable=True)
    put_formula(ws.cell(row=row, column=12), f"=IF({f[11]}=1,MIN({f[9]},{f[10]}*{f[4]}),0)", MONEY)
    put_number(ws.cell(row=row, column=13), c.year_fraction, "0.000", copied=True)
    put_formula(ws.cell(row=row, column=14), f"={f[12]}*{f[13]}", MONEY)
    put_formula(ws.cell(row=row, column=15), f"={f[9]}-{f[12]}", MONEY)


def write_option(ws: Worksheet, pcn: Pcn, r: PcnResult) -> PcnSheetRefs:
    """One option (or today): the team after it with sessions by practice, then the allocation and
    each practice's recharge as formulas over the team."""
    codes = [p.code for p in pcn.practices]
    title(ws, f"{r.name}: the shared team and the ARRS allocation", "Costs are a full year; ARRS this year "
          "counts the share of the contract year each person is in post.", 8)
    colour_key(ws, 3)
    top = 5
    header_row(ws, top, [*TEAM_COLS, *(f"Sessions: {p.name}" for p in pcn.practices), "Sessions in all"],
               numbers_from=4)
    new = {c.staff.name for c in r.costs} - {s.name for s in pcn.staff}
    first, last = top + 1, top + len(r.costs)
    sess0 = len(TEAM_COLS) + 1
    for i, c in enumerate(r.costs):
        row = first + i
        _team_row(ws, row, c, pcn, c.staff.name in new)
        for j, code in enumerate(codes):
            put_number(ws.cell(row=row, column=sess0 + j), c.staff.sessions.get(code, 0.0), HOURS, editable=True)
        put_formula(ws.cell(row=row, column=sess0 + len(codes)),
                    f"=SUM({addr(row, sess0, False)}:{addr(row, sess0 + len(codes) - 1, False)})", HOURS)
    col = {k: f"{addr(first, k)}:{addr(last, k)}" for k in range(1, sess0 + len(codes) + 1)}
    cells, row = _allocation(ws, last + 2, col, len(codes), sum(p.own_arrs for p in r.practices))
    recharge = _recharges(ws, row + 2, pcn, r, col, sess0)
    widths(ws, [30, 22, 8, 7, 11, 11, 10, 10, 12, 11, 9, 11, 9, 11, 11] + [11] * (len(codes) + 1))
    return PcnSheetRefs(cells["allocation"], cells["committed"], cells["planned"], cells["headroom"], recharge)


def _allocation(ws: Worksheet, row: int, col: dict[int, str], practices: int,
                own_arrs: float) -> tuple[dict[str, str], int]:
    """Allocation, committed (posts in place), planned (new posts and the practices' own ARRS
    hires) and headroom, as formulas; their cells and the last row used."""
    section(ws, row, "ARRS allocation")
    cells: dict[str, str] = {}
    weighted = f"{_ref(PRACTICE_ROW, 4)}:{_ref(PRACTICE_ROW + practices - 1, 4)}"
    sums = {"allocation": f"={_ref(RATE, 2)}*SUM({weighted})",
            "committed": f"=SUMIFS({col[14]},{col[3]},\"<>yes\")",
            "planned": f"=SUMIFS({col[14]},{col[3]},\"yes\")+{own_arrs!r}",
            "headroom": ""}
    for key, formula in sums.items():
        row += 1
        put_text(ws.cell(row=row, column=1), line(key, NETWORK_LINES).label)
        cells[key] = addr(row, 2)
        formula = formula or f"={cells['allocation']}-{cells['committed']}-{cells['planned']}"
        put_formula(ws.cell(row=row, column=2), formula, MONEY)
    total_style(ws, row, 1, 2)
    return cells, row


def _recharges(ws: Worksheet, row: int, pcn: Pcn, r: PcnResult, col: dict[int, str], sess0: int) -> dict[str, str]:
    """Each practice's recharge of the cost above ARRS (a formula over the team), and its GP
    hours from the practice engine (copied)."""
    section(ws, row, "Each practice: recharge of the cost above ARRS, and GP hours from the practice engine")
    header_row(ws, row + 1, ["Practice", "Recharged a year", "GP hours freed a week", "GP gap closed"], numbers_from=2)
    n, out = len(pcn.practices), {}
    total = col[sess0 + n]
    weighted = f"{_ref(PRACTICE_ROW, 4)}:{_ref(PRACTICE_ROW + n - 1, 4)}"
    for j, p in enumerate(r.practices):
        at = row + 2 + j
        put_text(ws.cell(row=at, column=1), p.name)
        share = (f"SUMPRODUCT({col[15]},{col[sess0 + j]}/({total}+({total}=0)))" if pcn.recharge_basis == "sessions"
                 else f"SUM({col[15]})*{_ref(PRACTICE_ROW + j, 4)}/SUM({weighted})")
        put_formula(ws.cell(row=at, column=2), f"={share}", MONEY)
        out[p.code] = addr(at, 2)
        put_number(ws.cell(row=at, column=3), p.gp_hours_freed_per_week, HOURS, copied=True)
        put_number(ws.cell(row=at, column=4), p.gp_gap_closed, HOURS, copied=True)
    return out


def build_pcn_workbook(pcn: Pcn) -> tuple[Workbook, dict[str, tuple[str, PcnSheetRefs]]]:
    """The workbook and, for each result (today, then options), its sheet and figure cells."""
    results = compute_pcn(pcn)
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = INPUTS
    _inputs(first, pcn)
    taken, index = [INPUTS], {}
    for r in (results.today, *results.options):
        name = safe_sheet_name(r.name, taken)
        taken.append(name)
        index[r.name] = (name, write_option(wb.create_sheet(name), pcn, r))
    return wb, index


def export_pcn_workbook(pcn: Pcn, path: Path, *, force: bool = True) -> None:
    """Write the workbook whole or not at all; an existing file is replaced only with ``force``."""
    check_target(Path(path), force=force)
    wb, _ = build_pcn_workbook(pcn)
    save_atomically(wb, path, force=force)
